/** Why a certificate stays an accounting one (сертификат учёта) with no money on it. */
export type AccountingOnlyReason = 'NO_NORMATIVE' | 'QUOTA_EXHAUSTED' | 'BUDGET_EXHAUSTED';

/** What a parent reads: plain words, never an "empty" certificate by surprise (DOMAIN.md). */
export const accountingOnlyMessages: Record<AccountingOnlyReason, string> = {
  NO_NORMATIVE:
    'Муниципалитет ещё не утвердил норматив на этот учебный год, поэтому сертификат пока действует как сертификат учёта.',
  QUOTA_EXHAUSTED:
    'Все сертификаты финансирования муниципалитета на этот учебный год уже выданы. Сертификат действует как сертификат учёта: бесплатные программы доступны.',
  BUDGET_EXHAUSTED:
    'Бюджет муниципалитета на сертификаты в этом учебном году исчерпан. Сертификат действует как сертификат учёта: бесплатные программы доступны.',
};
