import { type childChanged, type childRegistered, type EventOf, type passwordResetRequested, upsertIfNewer } from '@pdo/events';
import type { EntityManager } from 'typeorm';
import type { DocumentScope } from '../domain/document-access.rules';
import { passwordResetEmail } from '../domain/email-templates';
import { enqueue } from './message-queue';

/** Who a child's documents belong to: its parents, and the operators of the municipality it lives in. */
export async function recordChild(
  manager: EntityManager,
  event: EventOf<typeof childRegistered> | EventOf<typeof childChanged>,
): Promise<void> {
  const { childId, parentIds, municipalityCode, firstName } = event.data;
  // events from before identity named the child carry no first name: the one held stays
  await upsertIfNewer(
    manager,
    {
      table: 'children',
      key: { column: 'child_id', value: childId },
      values: { parent_ids: parentIds, municipality_code: municipalityCode, first_name: firstName ?? null },
      keepWhenNull: ['first_name'],
    },
    event.occurredAt,
  );
}

/** The child's first name for the letters, or null when identity's events have not named it yet. */
export async function childName(manager: EntityManager, childId: string): Promise<string | null> {
  const [row] = (await manager.query('SELECT first_name FROM children WHERE child_id = $1', [childId])) as {
    first_name: string | null;
  }[];
  return row?.first_name ?? null;
}

export async function childScope(manager: EntityManager, childId: string): Promise<DocumentScope | null> {
  const [row] = (await manager.query('SELECT parent_ids, municipality_code FROM children WHERE child_id = $1', [childId])) as {
    parent_ids: string[];
    municipality_code: string;
  }[];
  return row ? { ownerUserIds: row.parent_ids, municipalityCode: row.municipality_code, providerId: null } : null;
}

/** The «Забыли пароль?» letter; identity keeps only the token's hash, so this is the one copy sent out. */
export async function sendPasswordResetLetter(
  manager: EntityManager,
  event: EventOf<typeof passwordResetRequested>,
): Promise<void> {
  await enqueue(manager, {
    sourceEventId: event.id,
    kind: 'password_reset',
    email: event.data.email,
    ownerUserIds: [event.data.userId],
    content: passwordResetEmail(event.data),
  });
}
