import { z } from 'zod';
import type { EventData, EventDefinition } from './catalogue/define-event';

/** What travels on Kafka: the same envelope for every event; `data` is checked against the catalogue. */
export const envelopeSchema = z.object({
  id: z.uuid(),
  type: z.string().min(1),
  version: z.number().int().positive(),
  occurredAt: z.iso.datetime({ offset: true }),
  aggregateId: z.string().min(1),
  data: z.record(z.string(), z.unknown()),
});

export type Envelope = z.infer<typeof envelopeSchema>;

/** The envelope of one catalogue event, with its data typed. */
export type EventOf<D extends EventDefinition> = Omit<Envelope, 'type' | 'version' | 'data'> & {
  type: D['type'];
  version: D['version'];
  data: EventData<D>;
};
