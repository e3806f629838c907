import { z } from 'zod';
import { defineEvent } from './define-event';
import { idSchema, kopecksSchema, municipalityCodeSchema } from './fields.schema';
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
  }),
});

const enrollmentOutcomeSchema = z.object({
  enrollmentId: idSchema,
  childId: idSchema,
  certificateId: idSchema,
  reason: z.string().min(1).optional(),
});

export const enrollmentAccepted = defineEvent({
  type: 'navigator.EnrollmentAccepted',
  version: 1,
  topic,
  schema: enrollmentOutcomeSchema.omit({ reason: true }),
});

export const enrollmentDeclined = defineEvent({
  type: 'navigator.EnrollmentDeclined',
  version: 1,
  topic,
  schema: enrollmentOutcomeSchema,
});

/**
 * Releases both the seat and the reserved money. `endsOn` is set when a parent leaves: the program runs
 * (and is paid) until that day, the first of the next month.
 */
export const enrollmentCancelled = defineEvent({
  type: 'navigator.EnrollmentCancelled',
  version: 1,
  topic,
  schema: enrollmentOutcomeSchema.extend({ endsOn: z.iso.date().optional() }),
});

export const navigatorEvents = [enrollmentRequested, enrollmentAccepted, enrollmentDeclined, enrollmentCancelled] as const;
