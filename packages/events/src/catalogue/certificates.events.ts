import { z } from 'zod';
import { defineEvent } from './define-event';
import { certificateNumberSchema, emailShapeSchema, idSchema, municipalityCodeSchema } from './fields.schema';
import { eventsTopic } from './topics';

const topic = eventsTopic('certificates');

/**
 * Whose notifications an event makes: the applicant and every parent of the child. Optional in the events
 * that existed before they were added, so that events recorded earlier still validate.
 */
const applicantUserId = idSchema;
const parentUserIds = z.array(idSchema);

/** Carries the e-mail and link because notifications must send the confirmation letter. */
export const certificateApplicationSubmitted = defineEvent({
  type: 'certificates.CertificateApplicationSubmitted',
  version: 1,
  topic,
  schema: z.object({
    applicationId: idSchema,
    childId: idSchema,
    email: emailShapeSchema,
    confirmationUrl: z.url(),
    applicantUserId: applicantUserId.optional(),
    /** when the link stops working, for the letter to say; absent in events sent before it was added */
    expiresAt: z.iso.datetime().optional(),
  }),
});

/** An operator entered the application in person: it is confirmed at once, no letter with a link. */
export const certificateApplicationEntered = defineEvent({
  type: 'certificates.CertificateApplicationEntered',
  version: 1,
  topic,
  schema: z.object({
    applicationId: idSchema,
    applicationNumber: z.number().int().positive(),
    childId: idSchema,
    municipalityCode: municipalityCodeSchema,
    applicantUserId,
    enteredByUserId: idSchema,
    /** the applicant's address if they gave one, for the later letters */
    email: emailShapeSchema.nullable(),
  }),
});

/** `applicationNumber` and `groupName` fill the printed application form. */
export const certificateIssued = defineEvent({
  type: 'certificates.CertificateIssued',
  version: 1,
  topic,
  schema: z.object({
    certificateId: idSchema,
    number: certificateNumberSchema,
    childId: idSchema,
    municipalityCode: municipalityCodeSchema,
    groupId: idSchema,
    applicationNumber: z.number().int().positive().optional(),
    groupName: z.string().min(1).optional(),
    applicantUserId: applicantUserId.optional(),
    parentUserIds: parentUserIds.optional(),
  }),
});

export const certificateStatusSchema = z.enum(['inactive', 'active', 'suspended', 'terminated']);
export type CertificateStatus = z.infer<typeof certificateStatusSchema>;

export const certificateStatusChanged = defineEvent({
  type: 'certificates.CertificateStatusChanged',
  version: 1,
  topic,
  schema: z.object({
    certificateId: idSchema,
    number: certificateNumberSchema,
    childId: idSchema,
    status: certificateStatusSchema,
    /** the status it left, so a resumed certificate is told apart from a first activation; absent in older events */
    previousStatus: certificateStatusSchema.optional(),
    reason: z.string().min(1).optional(),
    applicantUserId: applicantUserId.optional(),
    parentUserIds: parentUserIds.optional(),
  }),
});

/** The child moved: the certificate, with its number, now belongs to another municipality (and its group there). */
export const certificateMoved = defineEvent({
  type: 'certificates.CertificateMoved',
  version: 1,
  topic,
  schema: z.object({
    certificateId: idSchema,
    number: certificateNumberSchema,
    childId: idSchema,
    fromMunicipalityCode: municipalityCodeSchema,
    toMunicipalityCode: municipalityCodeSchema,
    groupId: idSchema,
    applicantUserId,
    parentUserIds,
  }),
});

/** The new municipality's МОЦ refused to take the certificate over: it stays where it was, and the family is told why. */
export const certificateMoveRefused = defineEvent({
  type: 'certificates.CertificateMoveRefused',
  version: 1,
  topic,
  schema: z.object({
    moveRequestId: idSchema,
    certificateId: idSchema,
    number: certificateNumberSchema,
    childId: idSchema,
    fromMunicipalityCode: municipalityCodeSchema,
    toMunicipalityCode: municipalityCodeSchema,
    reason: z.string().min(1),
    applicantUserId,
    parentUserIds,
  }),
});

export const certificateModeSchema = z.enum(['accounting', 'financing']);
export type CertificateMode = z.infer<typeof certificateModeSchema>;

/**
 * The certificate became a financing one for the school year starting `periodStart`, or stays an accounting
 * one with billing's reason code (NO_NORMATIVE, QUOTA_EXHAUSTED, BUDGET_EXHAUSTED).
 */
export const certificateModeChanged = defineEvent({
  type: 'certificates.CertificateModeChanged',
  version: 1,
  topic,
  schema: z.object({
    certificateId: idSchema,
    number: certificateNumberSchema,
    childId: idSchema,
    mode: certificateModeSchema,
    reason: z
      .string()
      .regex(/^[A-Z][A-Z_]*$/)
      .optional(),
    periodStart: z.iso.date(),
    applicantUserId,
    parentUserIds,
  }),
});

export const certificatesEvents = [
  certificateApplicationSubmitted,
  certificateApplicationEntered,
  certificateIssued,
  certificateStatusChanged,
  certificateMoved,
  certificateMoveRefused,
  certificateModeChanged,
] as const;
