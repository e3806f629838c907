import fc from 'fast-check';
import { GraphQLError } from 'graphql';
import { z } from 'zod';
import { parseInput } from './errors';

const CYRILLIC = /[\u0400-\u04ff]/;

const refusalOf = (rule: z.ZodType, value: unknown): GraphQLError => {
  try {
    parseInput(rule, value);
  } catch (error) {
    if (error instanceof GraphQLError) return error;
    throw error;
  }
  throw new Error(`${JSON.stringify(value)} was accepted`);
};

// Rules as inputs write them when they give no message of their own.
const rules: [string, z.ZodType][] = [
  ['a bounded string', z.string().trim().min(1).max(20)],
  ['a uuid', z.uuid()],
  ['an enum', z.enum(['birth_certificate', 'passport'])],
  ['a whole number in range', z.number().int().min(1).max(7)],
  ['a date', z.iso.date()],
  ['an object', z.object({ token: z.string().max(200) })],
  ['a list', z.array(z.string()).min(1).max(3)],
];

describe('parseInput', () => {
  it.each(rules)('refuses bad input for %s with BAD_USER_INPUT and a Russian message', (_name, rule) => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        if (rule.safeParse(value).success) return;
        const refusal = refusalOf(rule, value);
        expect(refusal.extensions.code).toBe('BAD_USER_INPUT');
        expect(refusal.message).toMatch(CYRILLIC);
      }),
      { numRuns: 200 },
    );
  });

  it('names the field of the first problem', () => {
    expect(refusalOf(z.object({ token: z.string().max(3) }), { token: 'слишком длинный' }).extensions.field).toBe('token');
  });
});
