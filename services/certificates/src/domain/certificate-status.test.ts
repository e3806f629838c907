import {
  certificateActions,
  certificateStatuses,
  certificateStatusLabels,
  isLive,
  transition,
  type CertificateAction,
  type CertificateStatus,
} from './certificate-status';

const expected: Record<CertificateStatus, Record<CertificateAction, string>> = {
  inactive: {
    activate: 'active',
    suspend: 'CERTIFICATE_STATUS_CONFLICT',
    resume: 'CERTIFICATE_STATUS_CONFLICT',
    terminate: 'terminated',
  },
  active: {
    activate: 'CERTIFICATE_ALREADY_ACTIVE',
    suspend: 'suspended',
    resume: 'CERTIFICATE_STATUS_CONFLICT',
    terminate: 'terminated',
  },
  suspended: {
    activate: 'CERTIFICATE_STATUS_CONFLICT',
    suspend: 'CERTIFICATE_STATUS_CONFLICT',
    resume: 'active',
    terminate: 'terminated',
  },
  terminated: {
    activate: 'CERTIFICATE_TERMINATED',
    suspend: 'CERTIFICATE_TERMINATED',
    resume: 'CERTIFICATE_TERMINATED',
    terminate: 'CERTIFICATE_TERMINATED',
  },
};

describe('transition', () => {
  for (const status of certificateStatuses) {
    for (const action of certificateActions) {
      it(`${status} + ${action} → ${expected[status][action]}`, () => {
        const result = transition(status, action);
        expect(result.ok ? result.status : result.refusal).toBe(expected[status][action]);
      });
    }
  }

  it('never leaves terminated', () => {
    for (const action of certificateActions) expect(transition('terminated', action).ok).toBe(false);
  });
});

describe('certificate status', () => {
  it('has a Russian label for each status', () => {
    expect(certificateStatusLabels).toEqual({
      inactive: 'Не активирован',
      active: 'Активирован',
      suspended: 'Приостановлен',
      terminated: 'Прекращён',
    });
  });

  it('counts every status but terminated as live', () => {
    expect(certificateStatuses.filter(isLive)).toEqual(['inactive', 'active', 'suspended']);
  });
});
