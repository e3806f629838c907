import { DomainError } from '@pdo/service-kit/domain';
import {
  canApply,
  checkAge,
  checkCertificate,
  enrollmentStatuses,
  rejectionMessage,
  releasesSeat,
  transition,
  type EnrollmentAction,
} from './enrollment.rules';

const codeOf = (fn: () => void): unknown => {
  try {
    fn();
  } catch (error) {
    return error instanceof DomainError ? error.extensions.code : error;
  }
  return undefined;
};

describe('checkAge', () => {
  it('accepts the range bounds and refuses outside them with AGE_OUT_OF_RANGE', () => {
    expect(codeOf(() => checkAge('2019-09-01', '2026-09-01', 7, 14))).toBeUndefined(); // 7
    expect(codeOf(() => checkAge('2011-09-02', '2026-09-01', 7, 14))).toBeUndefined(); // 14
    expect(codeOf(() => checkAge('2019-09-02', '2026-09-01', 7, 14))).toBe('AGE_OUT_OF_RANGE'); // 6
    expect(codeOf(() => checkAge('2011-09-01', '2026-09-01', 7, 14))).toBe('AGE_OUT_OF_RANGE'); // 15
    expect(codeOf(() => checkAge('2027-01-10', '2026-09-01', 7, 14))).toBe('AGE_OUT_OF_RANGE'); // not born yet
  });
});

describe('checkCertificate', () => {
  it('passes only an active certificate', () => {
    expect(codeOf(() => checkCertificate({ status: 'active' }))).toBeUndefined();
    for (const status of ['inactive', 'suspended', 'terminated'] as const) {
      expect(codeOf(() => checkCertificate({ status }))).toBe('CERTIFICATE_NOT_ACTIVE');
    }
    expect(codeOf(() => checkCertificate(null))).toBe('CERTIFICATE_NOT_ACTIVE');
  });

  it('tells the parent a suspended certificate is suspended', () => {
    expect(() => checkCertificate({ status: 'suspended' })).toThrow(/приостановлено/);
    expect(() => checkCertificate({ status: 'inactive' })).toThrow(/не активирован/);
  });
});

describe('enrolment transitions', () => {
  const table: [EnrollmentAction, string, string][] = [
    ['reserve', 'awaiting_funds', 'pending_provider'],
    ['reject', 'awaiting_funds', 'rejected'],
    ['accept', 'pending_provider', 'accepted'],
    ['decline', 'pending_provider', 'declined'],
    ['withdraw', 'awaiting_funds', 'withdrawn'],
    ['withdraw', 'pending_provider', 'withdrawn'],
    ['withdraw', 'accepted', 'withdrawn'],
    ['expire', 'pending_provider', 'expired'],
  ];

  it('allows exactly these steps; every other pair is INVALID_ENROLLMENT_STATUS', () => {
    const actions: EnrollmentAction[] = ['reserve', 'reject', 'accept', 'decline', 'withdraw', 'expire'];
    for (const action of actions) {
      for (const status of enrollmentStatuses) {
        const step = table.find(([a, from]) => a === action && from === status);
        expect(canApply(status, action)).toBe(Boolean(step));
        if (step) expect(transition(status, action)).toBe(step[2]);
        else expect(codeOf(() => transition(status, action))).toBe('INVALID_ENROLLMENT_STATUS');
      }
    }
  });

  it('releases the seat on every ending, not when the money is reserved or the provider accepts', () => {
    expect(releasesSeat('reserve', 'awaiting_funds')).toBe(false);
    expect(releasesSeat('accept', 'pending_provider')).toBe(false);
    expect(releasesSeat('reject', 'awaiting_funds')).toBe(true);
    for (const action of ['decline', 'withdraw', 'expire'] as const) expect(releasesSeat(action, 'pending_provider')).toBe(true);
    expect(releasesSeat('withdraw', 'awaiting_funds')).toBe(true);
  });

  it('keeps the seat of an accepted enrolment a parent leaves: the child attends until its end', () => {
    expect(releasesSeat('withdraw', 'accepted')).toBe(false);
  });
});

describe('rejectionMessage', () => {
  it('explains billing’s known codes and falls back to a general sentence', () => {
    expect(rejectionMessage('QUOTA_EXHAUSTED')).toMatch(/исчерпал/);
    expect(rejectionMessage('CERTIFICATE_NOT_FINANCED')).toMatch(/нет средств/);
    expect(rejectionMessage('SOMETHING_NEW')).toMatch(/Обратитесь в МОЦ/);
  });
});
