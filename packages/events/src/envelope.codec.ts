import type { EventCatalogue } from './catalogue/event.catalogue';
import { findEventDefinition } from './catalogue/event.catalogue';
import { envelopeSchema, type Envelope } from './envelope.schema';

export type Decoded = { ok: true; event: Envelope } | { ok: false; error: string };

/** Reads a Kafka message value as an envelope; anything else is reported, never thrown. */
export function decodeEnvelope(value: Buffer | null): Decoded {
  if (!value) return { ok: false, error: 'empty message' };
  let json: unknown;
  try {
    json = JSON.parse(value.toString('utf8'));
  } catch {
    return { ok: false, error: 'not JSON' };
  }
  const parsed = envelopeSchema.safeParse(json);
  return parsed.success ? { ok: true, event: parsed.data } : { ok: false, error: `bad envelope: ${parsed.error.message}` };
}

/** Checks the data against the catalogue definition of the event's type and version. */
export function validateEventData(catalogue: EventCatalogue, event: Envelope): Decoded {
  const definition = findEventDefinition(catalogue, event.type, event.version);
  if (!definition) return { ok: false, error: `unknown event ${event.type} v${event.version}` };
  const data = definition.schema.safeParse(event.data);
  return data.success
    ? { ok: true, event: { ...event, data: data.data } }
    : { ok: false, error: `bad ${event.type} data: ${data.error.message}` };
}
