import { z } from 'zod';
import { defineEvent } from './define-event';
import { certificateNumberSchema, idSchema, municipalityCodeSchema } from './fields.schema';
import { eventsTopic } from './topics';

const topic = eventsTopic('certificates');

/** Carries the e-mail and link because notifications must send the confirmation letter. */
export const certificateApplicationSubmitted = defineEvent({
  type: 'certificates.CertificateApplicationSubmitted',
  version: 1,
  topic,
  schema: z.object({
    applicationId: idSchema,
    childId: idSchema,
    email: z.email(),
    confirmationUrl: z.url(),
  }),
});

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
    reason: z.string().min(1).optional(),
  }),
});

export const certificatesEvents = [certificateApplicationSubmitted, certificateIssued, certificateStatusChanged] as const;
