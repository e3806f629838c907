import { z } from 'zod';
import { defineEvent } from './define-event';
import {
  certificateNumberSchema,
  directionSchema,
  emailShapeSchema,
  idSchema,
  kopecksSchema,
  municipalityCodeSchema,
} from './fields.schema';
import { eventsTopic } from './topics';

const topic = eventsTopic('navigator');

/** The enrolment saga starts here: navigator holds a seat and asks billing to reserve money. */
export const enrollmentRequested = defineEvent({
  type: 'navigator.EnrollmentRequested',
  version: 1,
  topic,
  schema: z.object({
    enrollmentId: idSchema,
    childId: idSchema,
    certificateId: idSchema,
    programId: idSchema,
    groupId: idSchema,
    providerId: idSchema,
    municipalityCode: municipalityCodeSchema,
    monthlyPriceKopecks: kopecksSchema,
    months: z.number().int().positive(),
    /** false for a free program (not in the certified registry): no reservation; absent in events sent before it was added */
    payableByCertificate: z.boolean().optional(),
    /** for the parent's «заявка получена» letter; absent in events sent before they were added */
    parentUserId: idSchema.optional(),
    programTitle: z.string().min(1).optional(),
    providerName: z.string().min(1).optional(),
    /**
     * how the parent consented: offer_accepted (they asked themselves), or written / in_person when staff entered the
     * request for them, with when; absent in events sent before they were added
     */
    consentMethod: z.enum(['offer_accepted', 'written', 'in_person']).optional(),
    consentGivenAt: z.iso.datetime().optional(),
  }),
});

const enrollmentOutcomeSchema = z.object({
  enrollmentId: idSchema,
  childId: idSchema,
  certificateId: idSchema,
  reason: z.string().min(1).optional(),
});

/** Superseded by version 2; kept so that events already sent still decode. */
export const enrollmentAccepted = defineEvent({
  type: 'navigator.EnrollmentAccepted',
  version: 1,
  topic,
  schema: enrollmentOutcomeSchema.omit({ reason: true }),
});

const time = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/);

/**
 * Everything the contract (договор-оферта) quotes, so notifications render it and e-mail the parent from
 * the event alone. No names of the child or parent: notifications has the parent's address by user id.
 */
export const enrollmentAcceptedV2 = defineEvent({
  type: 'navigator.EnrollmentAccepted',
  version: 2,
  topic,
  schema: enrollmentOutcomeSchema.omit({ reason: true }).extend({
    certificateNumber: certificateNumberSchema,
    parentUserId: idSchema,
    programId: idSchema,
    programTitle: z.string().min(1),
    programAddress: z.string(),
    providerId: idSchema,
    providerName: z.string().min(1),
    /** null only for providers registered before tax ids were kept */
    providerInn: z
      .string()
      .regex(/^(\d{10}|\d{12})$/)
      .nullable(),
    groupId: idSchema,
    /** 1 is Monday … 7 is Sunday */
    daysOfWeek: z.array(z.number().int().min(1).max(7)).min(1),
    startTime: time,
    endTime: time,
    startDate: z.iso.date(),
    endDate: z.iso.date(),
    monthlyPriceKopecks: kopecksSchema,
    months: z.number().int().positive(),
    /** over the whole term: what the certificate pays and what the family pays on top */
    certificateShareKopecks: kopecksSchema,
    coPaymentKopecks: kopecksSchema,
    /** the program's направленность, for billing's budget by direction; absent in events sent before it was added */
    direction: directionSchema.optional(),
  }),
});

/** Why a request or an enrolment ended, so the letters tell the family (and the provider) the right story. */
export const enrollmentEndCauseSchema = z.enum(['declined', 'withdrawn', 'expired', 'certificate_terminated']);
export type EnrollmentEndCause = z.infer<typeof enrollmentEndCauseSchema>;

/**
 * What the letters about an ended request or enrolment quote. Optional, so events sent before they were added
 * still validate; `providerEmail` is the provider's contact address, null when it gave none.
 */
const enrollmentEndingSchema = enrollmentOutcomeSchema.extend({
  cause: enrollmentEndCauseSchema.optional(),
  parentUserId: idSchema.optional(),
  certificateNumber: certificateNumberSchema.optional(),
  programTitle: z.string().min(1).optional(),
  providerId: idSchema.optional(),
  providerName: z.string().min(1).optional(),
  providerEmail: emailShapeSchema.nullable().optional(),
  /** whether the provider had accepted it: only a running enrolment is told to the provider as ending */
  wasAccepted: z.boolean().optional(),
});

export const enrollmentDeclined = defineEvent({
  type: 'navigator.EnrollmentDeclined',
  version: 1,
  topic,
  schema: enrollmentEndingSchema,
});

/**
 * Releases both the seat and the reserved money. `endsOn` is set when a parent leaves: the program runs
 * (and is paid) until that day, the first of the next month.
 */
export const enrollmentCancelled = defineEvent({
  type: 'navigator.EnrollmentCancelled',
  version: 1,
  topic,
  schema: enrollmentEndingSchema.extend({ endsOn: z.iso.date().optional() }),
});

export const navigatorEvents = [
  enrollmentRequested,
  enrollmentAccepted,
  enrollmentAcceptedV2,
  enrollmentDeclined,
  enrollmentCancelled,
] as const;
