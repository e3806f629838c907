import fc from 'fast-check';
import { checkAgeRange, transition, type ProgramAction, type ProgramStatus } from './program.rules';

const codeOf = (run: () => void) => {
  try {
    run();
    return null;
  } catch (error) {
    return (error as { extensions: { code: string } }).extensions.code;
  }
};

describe('checkAgeRange', () => {
  it('accepts exactly the ranges inside 5..18 with min ≤ max', () => {
    fc.assert(
      fc.property(fc.integer({ min: -5, max: 30 }), fc.integer({ min: -5, max: 30 }), (min, max) => {
        const ok = min >= 5 && max <= 18 && min <= max;
        expect(codeOf(() => checkAgeRange(min, max))).toBe(ok ? null : 'BAD_AGE_RANGE');
      }),
    );
  });

  it('refuses 18 down to 5 with a Russian message', () => {
    expect(() => checkAgeRange(18, 5)).toThrow(/наименьший возраст не может быть больше наибольшего/);
  });
});

describe('transition', () => {
  const statuses: ProgramStatus[] = ['draft', 'on_review', 'published', 'returned', 'archived'];
  const table: Record<ProgramAction, Partial<Record<ProgramStatus, ProgramStatus>>> = {
    edit: { draft: 'draft', returned: 'returned' },
    submit: { draft: 'on_review', returned: 'on_review' },
    approve: { on_review: 'published' },
    return: { on_review: 'returned' },
    archive: { draft: 'archived', on_review: 'archived', published: 'archived', returned: 'archived' },
  };

  it.each(Object.keys(table) as ProgramAction[])('%s: allowed only from its statuses', (action) => {
    for (const status of statuses) {
      const expected = table[action][status];
      if (expected) expect(transition(status, action)).toBe(expected);
      else expect(codeOf(() => transition(status, action))).toBe('INVALID_PROGRAM_STATUS');
    }
  });
});
