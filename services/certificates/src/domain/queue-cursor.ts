/**
 * A position in the activation queue, oldest first: the last row's creation time in microseconds since
 * the epoch (as PostgreSQL keeps it, so no row is repeated or skipped between pages) and its id.
 */
export interface QueuePosition {
  createdAtMicros: string;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MICROS = /^\d{1,18}$/;

/** Opaque to the client, so the order can change without breaking its contract. */
export const encodeQueueCursor = ({ createdAtMicros, id }: QueuePosition) =>
  Buffer.from(`${createdAtMicros}|${id}`).toString('base64url');

/** null for anything that is not a cursor this service gave out. */
export function decodeQueueCursor(cursor: string): QueuePosition | null {
  const [createdAtMicros, id, ...rest] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (rest.length > 0 || !createdAtMicros || !id || !MICROS.test(createdAtMicros) || !UUID.test(id)) return null;
  return { createdAtMicros, id };
}
