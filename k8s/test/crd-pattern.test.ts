import { toJsPattern } from '../validate/crd.schema.ts';

describe('CRD patterns (RE2) in JavaScript', () => {
  it('leaves patterns without inline flags as they are', () => {
    expect(toJsPattern('^(http|https)://.+$')).toBe('^(http|https)://.+$');
  });

  it('spells RE2’s case-insensitive flag out as both cases of each letter', () => {
    const pattern = new RegExp(toJsPattern('^(?i)(abort|warn)?$'), 'u');
    expect(['Abort', 'WARN', 'warn', ''].map((value) => pattern.test(value))).toEqual([true, true, true, true]);
    expect(['ignore', 'warning'].map((value) => pattern.test(value))).toEqual([false, false]);
  });

  it('refuses to guess at a flagged pattern with classes or escapes', () => {
    expect(() => toJsPattern('(?i)[a-z]+')).toThrow(/cannot translate/);
  });
});
