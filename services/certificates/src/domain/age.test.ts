import { ageOn } from '@pdo/service-kit/domain';
import { ageWithin } from './age';

describe('ageWithin', () => {
  it('admits the lower bound and excludes the upper one', () => {
    expect(ageWithin(4, 5, 18)).toBe(false);
    expect(ageWithin(5, 5, 18)).toBe(true);
    expect(ageWithin(17, 5, 18)).toBe(true);
    expect(ageWithin(18, 5, 18)).toBe(false);
  });

  it('excludes the day of the 18th birthday and admits the day before', () => {
    expect(ageWithin(ageOn('2008-11-21', '2026-11-20'), 5, 18)).toBe(true);
    expect(ageWithin(ageOn('2008-11-21', '2026-11-21'), 5, 18)).toBe(false);
  });
});
