import fc from 'fast-check';
import { GROUP_MAX_AGE, GROUP_MIN_AGE, isAgeRange, isPhoneNumber, phoneDigits } from './reference-data.rules';

describe('certificate group age range', () => {
  it('admits the default group and narrower ones', () => {
    expect(isAgeRange(5, 18)).toBe(true);
    expect(isAgeRange(5, 6)).toBe(true);
    expect(isAgeRange(14, 18)).toBe(true);
  });

  it('refuses ranges outside 5..18, empty or inverted ones and fractions', () => {
    for (const [min, max] of [
      [4, 18],
      [5, 19],
      [0, 3],
      [10, 10],
      [12, 7],
      [5.5, 18],
      [5, 17.5],
      [Number.NaN, 18],
    ]) {
      expect(isAgeRange(min!, max!)).toBe(false);
    }
  });

  it('holds exactly when 5 ≤ min < max ≤ 18 (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -5, max: 30 }), fc.integer({ min: -5, max: 30 }), (min, max) => {
        expect(isAgeRange(min, max)).toBe(min >= GROUP_MIN_AGE && max <= GROUP_MAX_AGE && min < max);
      }),
    );
  });
});

describe('phone number', () => {
  it('accepts the usual ways of writing a Kuzbass number', () => {
    expect(phoneDigits('+7 (38464) 2-11-11')).toBe('73846421111');
    expect(phoneDigits('8 (3842) 36-51-14')).toBe('83842365114');
    expect(phoneDigits('+79131234567')).toBe('79131234567');
    expect(isPhoneNumber('8-913-123-45-67')).toBe(true);
  });

  it('refuses too few or too many digits, letters, other country codes and missing prefixes', () => {
    for (const phone of [
      '',
      '+7',
      '2-11-11',
      '+7 (38464) 2-11-1',
      '+7 (38464) 2-11-111',
      '+1 (202) 555-01-00',
      '38464 2-11-11',
      '+7 (3842) 36-51-1x',
      '+7 3842 365114 доб. 2',
    ]) {
      expect(isPhoneNumber(phone)).toBe(false);
    }
  });
});
