import fc from 'fast-check';
import { parseMonth } from './month';
import { reportRefusal, runsFrom, type ReportedEnrollment } from './month-report.rules';

const october = parseMonth('2026-10');
const running: ReportedEnrollment = {
  status: 'accepted',
  acceptedOn: '2026-09-10',
  startsOn: '2026-09-01',
  endsOn: '2027-06-01',
  months: 9,
  chargedMonths: 1,
  certificateActive: true,
};
const code = (enrollment: ReportedEnrollment, month = october) => reportRefusal(enrollment, month)?.extensions.code ?? 'OK';

describe('reportRefusal', () => {
  it('bills an accepted enrolment that ran in the month, including its first and last month', () => {
    expect(code(running)).toBe('OK');
    expect(code({ ...running, startsOn: '2026-10-31', acceptedOn: '2026-10-02' })).toBe('OK');
    expect(code({ ...running, status: 'ended', endsOn: '2026-10-02' })).toBe('OK');
    expect(code({ ...running, startsOn: null })).toBe('OK');
  });

  it('refuses what was not accepted, had not begun or had already ended', () => {
    expect(code({ ...running, status: 'requested' })).toBe('ENROLLMENT_NOT_ACCEPTED');
    // declined or refused: it ended without ever being accepted
    expect(code({ ...running, status: 'ended', acceptedOn: null, startsOn: null, endsOn: '2026-10-20' })).toBe(
      'ENROLLMENT_NOT_ACCEPTED',
    );
    expect(code({ ...running, startsOn: '2026-11-01' })).toBe('ENROLLMENT_NOT_STARTED');
    expect(code({ ...running, status: 'ended', endsOn: '2026-10-01' })).toBe('ENROLLMENT_ENDED');
  });

  it('counts from the acceptance, not from the group: months before it are not paid', () => {
    // the case: a group that began in 2020, an enrolment accepted in the 2026/27 school year
    const late = { ...running, startsOn: '2020-09-01', acceptedOn: '2026-11-15', chargedMonths: 0 };
    expect(code(late, parseMonth('2024-07'))).toBe('ENROLLMENT_NOT_STARTED');
    expect(code(late, parseMonth('2026-10'))).toBe('ENROLLMENT_NOT_STARTED');
    expect(code(late, parseMonth('2026-11'))).toBe('OK');
    expect(runsFrom(late)).toBe('2026-11-15');
    expect(runsFrom({ acceptedOn: '2026-08-20', startsOn: '2026-09-01' })).toBe('2026-09-01');
  });

  it("never pays past the program's length or the months already charged", () => {
    const oneMonth = { ...running, months: 1, chargedMonths: 0, acceptedOn: '2026-09-01' };
    expect(code(oneMonth, parseMonth('2026-09'))).toBe('OK');
    expect(code(oneMonth, parseMonth('2026-10'))).toBe('PROGRAM_TERM_EXCEEDED');
    expect(code({ ...oneMonth, chargedMonths: 1 }, parseMonth('2026-09'))).toBe('PROGRAM_TERM_EXCEEDED');
  });

  it('keeps to the school year the enrolment began in', () => {
    const long = { ...running, months: 24, endsOn: null, chargedMonths: 0 };
    expect(code(long, parseMonth('2027-08'))).toBe('OK');
    expect(code(long, parseMonth('2027-09'))).toBe('SCHOOL_YEAR_EXCEEDED');
  });

  it('does not charge a month the certificate was not active on any day', () => {
    expect(code({ ...running, certificateActive: false })).toBe('CERTIFICATE_NOT_ACTIVE_IN_MONTH');
  });

  const day = fc
    .record({
      year: fc.integer({ min: 2019, max: 2029 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
    })
    .map(({ year, month, day: d }) => `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
  const index = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
  const schoolYear = (date: string) => (Number(date.slice(5, 7)) >= 9 ? Number(date.slice(0, 4)) : Number(date.slice(0, 4)) - 1);

  it('agrees with a day-by-day model of DOMAIN.md on random enrolments and months', () => {
    fc.assert(
      fc.property(
        fc.record({
          status: fc.constantFrom('requested' as const, 'accepted' as const, 'ended' as const),
          acceptedOn: fc.option(day, { nil: null }),
          startsOn: fc.option(day, { nil: null }),
          endsOn: fc.option(day, { nil: null }),
          months: fc.integer({ min: 1, max: 14 }),
          chargedMonths: fc.integer({ min: 0, max: 14 }),
          certificateActive: fc.boolean(),
        }),
        day,
        (enrollment, someDay) => {
          const month = parseMonth(someDay.slice(0, 7));
          const accepted = enrollment.status !== 'requested' && enrollment.acceptedOn !== null;
          const from =
            [enrollment.acceptedOn, enrollment.startsOn]
              .filter((d) => d !== null)
              .sort()
              .at(-1) ?? null;
          // some day of the month lies in [from, endsOn)
          const monthStart = month.firstDay;
          const monthEnd = `${month.month}-31`;
          const ranInMonth = from !== null && from <= monthEnd && (enrollment.endsOn === null || enrollment.endsOn > monthStart);
          const withinTerm =
            from !== null && index(monthStart) - index(from) < enrollment.months && schoolYear(monthStart) === schoolYear(from);
          const allowed =
            accepted && ranInMonth && withinTerm && enrollment.chargedMonths < enrollment.months && enrollment.certificateActive;
          expect(reportRefusal(enrollment, month) === null).toBe(allowed);
        },
      ),
      { numRuns: 5000 },
    );
  });
});
