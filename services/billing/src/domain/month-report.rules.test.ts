import { parseMonth } from './month';
import { reportRefusal, type ReportedEnrollment } from './month-report.rules';

const october = parseMonth('2026-10');
const running: ReportedEnrollment = { status: 'accepted', startsOn: '2026-09-01', endsOn: null };
const code = (enrollment: ReportedEnrollment) => reportRefusal(enrollment, october)?.extensions.code ?? 'OK';

describe('reportRefusal', () => {
  it('bills an accepted enrolment that ran in the month, including its first and last month', () => {
    expect(code(running)).toBe('OK');
    expect(code({ ...running, startsOn: '2026-10-31' })).toBe('OK');
    expect(code({ ...running, status: 'ended', endsOn: '2026-11-01' })).toBe('OK');
    expect(code({ ...running, startsOn: null })).toBe('OK');
  });

  it('refuses what was not accepted, had not begun or had already ended', () => {
    expect(code({ ...running, status: 'requested' })).toBe('ENROLLMENT_NOT_ACCEPTED');
    expect(code({ ...running, startsOn: '2026-11-01' })).toBe('ENROLLMENT_NOT_STARTED');
    expect(code({ ...running, status: 'ended', endsOn: '2026-10-01' })).toBe('ENROLLMENT_ENDED');
  });
});
