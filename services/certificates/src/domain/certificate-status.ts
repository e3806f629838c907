import type { CertificateStatus } from '@pdo/events/domain';

export type { CertificateStatus };
export type CertificateAction = 'activate' | 'suspend' | 'resume' | 'terminate';
export type TransitionRefusal = 'CERTIFICATE_ALREADY_ACTIVE' | 'CERTIFICATE_TERMINATED' | 'CERTIFICATE_STATUS_CONFLICT';

export const certificateStatuses: readonly CertificateStatus[] = ['inactive', 'active', 'suspended', 'terminated'];
export const certificateActions: readonly CertificateAction[] = ['activate', 'suspend', 'resume', 'terminate'];

/** What the parent and the operator read. */
export const certificateStatusLabels: Record<CertificateStatus, string> = {
  inactive: 'Не активирован',
  active: 'Активирован',
  suspended: 'Приостановлен',
  terminated: 'Прекращён',
};

/** The only moves a certificate can make; terminated is final. */
const table: Record<CertificateStatus, Partial<Record<CertificateAction, CertificateStatus>>> = {
  inactive: { activate: 'active', terminate: 'terminated' },
  active: { suspend: 'suspended', terminate: 'terminated' },
  suspended: { resume: 'active', terminate: 'terminated' },
  terminated: {},
};

export type TransitionResult = { ok: true; status: CertificateStatus } | { ok: false; refusal: TransitionRefusal };

export function transition(status: CertificateStatus, action: CertificateAction): TransitionResult {
  const next = table[status][action];
  if (next) return { ok: true, status: next };
  if (status === 'terminated') return { ok: false, refusal: 'CERTIFICATE_TERMINATED' };
  if (action === 'activate' && status === 'active') return { ok: false, refusal: 'CERTIFICATE_ALREADY_ACTIVE' };
  return { ok: false, refusal: 'CERTIFICATE_STATUS_CONFLICT' };
}

/** A certificate that still counts as the child's one certificate in the region. */
export const isLive = (status: CertificateStatus) => status !== 'terminated';
