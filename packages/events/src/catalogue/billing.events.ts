import { z } from 'zod';
import { defineEvent } from './define-event';
import { idSchema, kopecksSchema } from './fields.schema';
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

export const billingEvents = [enrollmentFundsReserved, enrollmentFundsRejected, certificateAccountOpened] as const;
