export const RECOVERY_TTL_MS = 60 * 60_000;
/** A second letter within a minute is dropped, so nobody can flood a parent's mailbox. */
export const RECOVERY_RESEND_INTERVAL_MS = 60_000;

export const recoveryExpiry = (now: Date): Date => new Date(now.getTime() + RECOVERY_TTL_MS);

export function mayResend(lastRequestedAt: Date | null, now: Date): boolean {
  return !lastRequestedAt || now.getTime() - lastRequestedAt.getTime() >= RECOVERY_RESEND_INTERVAL_MS;
}

export interface StoredRecovery {
  expiresAt: Date;
  usedAt: Date | null;
}

export function recoveryUsable(recovery: StoredRecovery | null, now: Date): boolean {
  return !!recovery && !recovery.usedAt && recovery.expiresAt.getTime() > now.getTime();
}

/** A login or an e-mail, as typed into the one field of the recovery form. */
export const looksLikeEmail = (value: string): boolean => value.includes('@');
