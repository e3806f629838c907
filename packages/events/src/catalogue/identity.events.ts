import { z } from 'zod';
import { defineEvent } from './define-event';
import { emailShapeSchema, idSchema, municipalityCodeSchema } from './fields.schema';
import { eventsTopic } from './topics';

const topic = eventsTopic('identity');

export const userRegistered = defineEvent({
  type: 'identity.UserRegistered',
  version: 1,
  topic,
  schema: z.object({
    userId: idSchema,
    roles: z.array(z.string().min(1)).min(1),
    municipalityCode: municipalityCodeSchema.optional(),
    providerId: idSchema.optional(),
  }),
});

/**
 * What other services need to know about a child: no documents, and of the name only the first name, which
 * the letters to the family use to say which child they are about. Absent in events sent before it was added.
 */
const childSchema = z.object({
  childId: idSchema,
  parentIds: z.array(idSchema),
  birthDate: z.iso.date(),
  municipalityCode: municipalityCodeSchema,
  attendsSchool: z.boolean(),
  firstName: z.string().min(1).optional(),
});

export const childRegistered = defineEvent({ type: 'identity.ChildRegistered', version: 1, topic, schema: childSchema });

export const childChanged = defineEvent({ type: 'identity.ChildChanged', version: 1, topic, schema: childSchema });

export const consentWithdrawn = defineEvent({
  type: 'identity.ConsentWithdrawn',
  version: 1,
  topic,
  schema: z.object({ childId: idSchema }),
});

/** Only what certificates needs to check that a document belongs to the child: no numbers, no scans. */
const documentSchema = z.object({
  documentId: idSchema,
  childId: idSchema,
  kind: z.enum(['birth_certificate', 'passport']),
});

export const documentAdded = defineEvent({ type: 'identity.DocumentAdded', version: 1, topic, schema: documentSchema });

export const documentChanged = defineEvent({ type: 'identity.DocumentChanged', version: 1, topic, schema: documentSchema });

/** Notifications e-mails the link; the token inside resetUrl is the only copy outside identity's hash. */
export const passwordResetRequested = defineEvent({
  type: 'identity.PasswordResetRequested',
  version: 1,
  topic,
  schema: z.object({
    userId: idSchema,
    email: emailShapeSchema,
    resetUrl: z.url(),
    expiresAt: z.iso.datetime(),
  }),
});

export const identityEvents = [
  userRegistered,
  childRegistered,
  childChanged,
  consentWithdrawn,
  documentAdded,
  documentChanged,
  passwordResetRequested,
] as const;
