import type { CertificateMode } from '@pdo/events/domain';

export type { CertificateMode };

/** What billing says when it leaves a certificate without money for the school year. */
export type AccountingReason = 'NO_NORMATIVE' | 'QUOTA_EXHAUSTED' | 'BUDGET_EXHAUSTED';

export const certificateModeLabels: Record<CertificateMode, string> = {
  accounting: 'Сертификат учёта',
  financing: 'Сертификат персонифицированного финансирования',
};

const FREE_PROGRAMS = 'С ним можно записаться на бесплатные программы.';

const accountingReasons: Record<AccountingReason, string> = {
  NO_NORMATIVE: `Муниципалитет ещё не утвердил норматив на этот учебный год, поэтому сертификат пока без средств. ${FREE_PROGRAMS}`,
  QUOTA_EXHAUSTED: `Квота сертификатов финансирования муниципалитета на этот учебный год исчерпана, поэтому сертификат без средств. ${FREE_PROGRAMS}`,
  BUDGET_EXHAUSTED: `Средства муниципалитета на сертификаты в этом учебном году закончились, поэтому сертификат без средств. ${FREE_PROGRAMS}`,
};

const isAccountingReason = (code: string): code is AccountingReason => code in accountingReasons;

/**
 * Why the certificate is what it is, in plain words for the parent: nobody finds an "empty" certificate
 * by surprise (DOMAIN.md). `reasonCode` is billing's code; null before billing has decided.
 */
export function certificateModeReason(mode: CertificateMode, reasonCode: string | null): string {
  if (mode === 'financing') {
    return 'Сертификат пополнен по нормативу муниципалитета на учебный год: им можно оплачивать сертифицированные программы.';
  }
  if (reasonCode && isAccountingReason(reasonCode)) return accountingReasons[reasonCode];
  return `Сертификат учёта: средства на него выделяются после активации, если у муниципалитета есть квота на учебный год. ${FREE_PROGRAMS}`;
}

/**
 * Billing decides per school year; a later year's decision replaces an earlier one, and within one year
 * money once opened is not taken back by a late "accounting only".
 */
export function replacesMode(
  current: { mode: CertificateMode; periodStart: string | null },
  next: { mode: CertificateMode; periodStart: string },
): boolean {
  if (current.periodStart === null || next.periodStart > current.periodStart) return true;
  if (next.periodStart < current.periodStart) return false;
  return !(current.mode === 'financing' && next.mode === 'accounting');
}
