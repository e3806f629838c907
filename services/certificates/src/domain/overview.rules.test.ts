import { fillDays, overviewDays, sharePercent, waitedDays } from './overview.rules';

describe('overviewDays', () => {
  it('ends with today, oldest first', () => {
    expect(overviewDays('2026-12-05', 3)).toEqual(['2026-12-03', '2026-12-04', '2026-12-05']);
  });

  it('crosses a month and 29 February of a leap year', () => {
    expect(overviewDays('2028-03-01', 3)).toEqual(['2028-02-28', '2028-02-29', '2028-03-01']);
    expect(overviewDays('2027-03-01', 2)).toEqual(['2027-02-28', '2027-03-01']);
  });

  it('a single day is today', () => {
    expect(overviewDays('2026-01-01', 1)).toEqual(['2026-01-01']);
  });
});

describe('fillDays', () => {
  it('puts zeros where nothing happened and drops days outside the range', () => {
    const days = ['2026-12-04', '2026-12-05'];
    expect(
      fillDays(days, [
        { day: '2026-12-05', applications: 3, issued: 0, activated: 0 },
        { day: '2026-11-01', applications: 9, issued: 1, activated: 1 },
        { day: '2026-12-04', applications: 0, issued: 2, activated: 0 },
      ]),
    ).toEqual([
      { day: '2026-12-04', applications: 0, issued: 2, activated: 0 },
      { day: '2026-12-05', applications: 3, issued: 0, activated: 0 },
    ]);
  });
});

describe('sharePercent', () => {
  it('rounds to a tenth of a per cent', () => {
    expect(sharePercent(52, 100)).toBe(52);
    expect(sharePercent(1, 3)).toBe(33.3);
    expect(sharePercent(2, 3)).toBe(66.7);
  });

  it('is 0 with nothing issued and 100 when all are activated', () => {
    expect(sharePercent(0, 0)).toBe(0);
    expect(sharePercent(7, 7)).toBe(100);
  });
});

describe('waitedDays', () => {
  it('counts whole days and never goes below zero', () => {
    const now = new Date('2026-12-05T10:00:00Z');
    expect(waitedDays(new Date('2026-12-02T10:00:01Z'), now)).toBe(2);
    expect(waitedDays(new Date('2026-12-02T10:00:00Z'), now)).toBe(3);
    expect(waitedDays(new Date('2026-12-05T10:00:05Z'), now)).toBe(0);
  });
});
