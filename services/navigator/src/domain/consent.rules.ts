import { badInput } from '@pdo/service-kit/domain';

/** How a parent consented to staff entering the application for them. */
export const consentMethods = ['written', 'in_person'] as const;
/** A parent applying themselves consents by accepting the program's contract offer (договор-оферта). */
export const OFFER_ACCEPTED = 'offer_accepted';
export type ConsentMethod = (typeof consentMethods)[number] | typeof OFFER_ACCEPTED;

export const consentMethodLabels: Record<ConsentMethod, string> = {
  written: 'письменное заявление родителя',
  in_person: 'родитель лично, личность проверена по документу',
  offer_accepted: 'родитель принял договор-оферту в навигаторе',
};

/** A consent older than this is no longer what the parent asked for today. */
export const CONSENT_VALID_DAYS = 30;
/** Clocks of the office computer and the server may differ a little. */
const CLOCK_SKEW_MS = 5 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The consent must already have been given, and recently. */
export function checkConsentTime(givenAt: Date, now: Date): void {
  if (givenAt.getTime() > now.getTime() + CLOCK_SKEW_MS)
    throw badInput('Согласие родителя не может быть дано в будущем. Проверьте дату и время.', 'consentGivenAt');
  if (givenAt.getTime() < now.getTime() - CONSENT_VALID_DAYS * DAY_MS)
    throw badInput(
      `Согласие родителя старше ${CONSENT_VALID_DAYS} дней. Получите у родителя новое согласие на запись.`,
      'consentGivenAt',
    );
}
