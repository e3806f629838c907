import type { childChanged, childRegistered, EventOf, passwordResetRequested } from '@pdo/events';
import type { EntityManager } from 'typeorm';
import { recordChild, sendPasswordResetLetter } from '../operations/child.operations';

export const onChildRecorded = (
  event: EventOf<typeof childRegistered> | EventOf<typeof childChanged>,
  manager: EntityManager,
): Promise<void> => recordChild(manager, event);

export const onPasswordResetRequested = (event: EventOf<typeof passwordResetRequested>, manager: EntityManager): Promise<void> =>
  sendPasswordResetLetter(manager, event);
