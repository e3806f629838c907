import { z } from 'zod';
import { defineEvent } from './define-event';
import { certificateNumberSchema, idSchema, kopecksSchema, municipalityCodeSchema } from './fields.schema';
import { eventsTopic } from './topics';

const topic = eventsTopic('billing');

export const enrollmentFundsReserved = defineEvent({
  type: 'billing.EnrollmentFundsReserved',
  version: 1,
  topic,
  schema: z.object({
    enrollmentId: idSchema,
    certificateShareKopecks: kopecksSchema,
    coPaymentKopecks: kopecksSchema,
  }),
});

/** `code` is a stable machine code such as `QUOTA_EXHAUSTED`; the parent-facing text is chosen by the reader. */
export const enrollmentFundsRejected = defineEvent({
  type: 'billing.EnrollmentFundsRejected',
  version: 1,
  topic,
  schema: z.object({
    enrollmentId: idSchema,
    code: z.string().regex(/^[A-Z][A-Z_]*$/),
  }),
});

/** A certificate became a financing one: its balance for the school year starting `periodStart`. */
export const certificateAccountOpened = defineEvent({
  type: 'billing.CertificateAccountOpened',
  version: 1,
  topic,
  schema: z.object({
    certificateId: idSchema,
    balanceKopecks: kopecksSchema,
    periodStart: z.iso.date(),
  }),
});

/** Why a certificate stays an accounting one (сертификат учёта) with no money for the period. */
export const accountingOnlyReasonSchema = z.enum(['NO_NORMATIVE', 'QUOTA_EXHAUSTED', 'BUDGET_EXHAUSTED']);

/** The certificate is active but carries no money for the school year starting `periodStart`, and why. */
export const certificateAccountingOnly = defineEvent({
  type: 'billing.CertificateAccountingOnly',
  version: 1,
  topic,
  schema: z.object({
    certificateId: idSchema,
    periodStart: z.iso.date(),
    reason: accountingOnlyReasonSchema,
  }),
});

/** A calendar month, YYYY-MM: the unit of charges and invoices. */
export const billingMonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

/**
 * A municipality's normative for a certificate group and school year was set or changed: what one
 * certificate carries per year from `effectiveFrom` (navigator shows providers the certificate value).
 */
export const normativeSet = defineEvent({
  type: 'billing.NormativeSet',
  version: 1,
  topic,
  schema: z.object({
    normativeId: idSchema,
    municipalityCode: municipalityCodeSchema,
    groupName: z.string().min(1),
    periodStart: z.iso.date(),
    effectiveFrom: z.iso.date(),
    amountKopecksPerYear: kopecksSchema,
  }),
});

/**
 * A month of an enrolment was charged and the certificate did not cover all of it: the parent pays
 * `coPaymentKopecks` (= price − certificate share) to the provider. Sent once per enrolment and month, and
 * again only when a corrected invoice of the month changes the co-payment.
 */
export const coPaymentCharged = defineEvent({
  type: 'billing.CoPaymentCharged',
  version: 1,
  topic,
  schema: z.object({
    enrollmentId: idSchema,
    parentUserId: idSchema,
    childId: idSchema,
    providerId: idSchema,
    month: billingMonthSchema,
    priceKopecks: kopecksSchema,
    certificateShareKopecks: kopecksSchema,
    coPaymentKopecks: kopecksSchema,
    programTitle: z.string().min(1).optional(),
  }),
});

/** Lines are carried only while the invoice is small enough to print from the event alone. */
export const INVOICE_EVENT_MAX_LINES = 200;

export const invoiceLineSchema = z.object({
  enrollmentId: idSchema,
  certificateNumber: certificateNumberSchema.optional(),
  priceKopecks: kopecksSchema,
  certificateShareKopecks: kopecksSchema,
  coPaymentKopecks: kopecksSchema,
});

/**
 * The invoice of one provider to one municipality for one month: the municipality pays the certificate
 * shares (less any advance already paid); co-payments are what parents pay the provider directly.
 */
export const invoiceIssued = defineEvent({
  type: 'billing.InvoiceIssued',
  version: 1,
  topic,
  schema: z.object({
    invoiceId: idSchema,
    number: z.string().min(1),
    providerId: idSchema,
    municipalityCode: municipalityCodeSchema,
    month: billingMonthSchema,
    issuedOn: z.iso.date(),
    lineCount: z.number().int().nonnegative(),
    totalPriceKopecks: kopecksSchema,
    certificateTotalKopecks: kopecksSchema,
    coPaymentTotalKopecks: kopecksSchema,
    advanceKopecks: kopecksSchema,
    /** what the municipality still owes: certificate total − advance, never below zero */
    dueKopecks: kopecksSchema,
    lines: z.array(invoiceLineSchema).max(INVOICE_EVENT_MAX_LINES).optional(),
  }),
});

/** The municipality approved the invoice for payment, or returned it to the provider with a reason. */
export const invoiceReviewed = defineEvent({
  type: 'billing.InvoiceReviewed',
  version: 1,
  topic,
  schema: z.object({
    invoiceId: idSchema,
    providerId: idSchema,
    municipalityCode: municipalityCodeSchema,
    month: billingMonthSchema,
    decision: z.enum(['approved', 'returned']),
    reason: z.string().min(1).optional(),
  }),
});

export const billingEvents = [
  enrollmentFundsReserved,
  enrollmentFundsRejected,
  certificateAccountOpened,
  certificateAccountingOnly,
  normativeSet,
  coPaymentCharged,
  invoiceIssued,
  invoiceReviewed,
] as const;
