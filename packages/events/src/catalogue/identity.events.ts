import { z } from 'zod';
import { defineEvent } from './define-event';
import { idSchema, municipalityCodeSchema } from './fields.schema';
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

/** What other services need to know about a child: no names, no documents. */
const childSchema = z.object({
  childId: idSchema,
  parentIds: z.array(idSchema),
  birthDate: z.iso.date(),
  municipalityCode: municipalityCodeSchema,
  attendsSchool: z.boolean(),
});

export const childRegistered = defineEvent({ type: 'identity.ChildRegistered', version: 1, topic, schema: childSchema });

export const childChanged = defineEvent({ type: 'identity.ChildChanged', version: 1, topic, schema: childSchema });

export const consentWithdrawn = defineEvent({
  type: 'identity.ConsentWithdrawn',
  version: 1,
  topic,
  schema: z.object({ childId: idSchema }),
});

export const identityEvents = [userRegistered, childRegistered, childChanged, consentWithdrawn] as const;
