import type { childChanged, childRegistered, EventOf } from '@pdo/events';
import type { EntityManager } from 'typeorm';
import { recordChild } from '../operations/child.operations';

export const onChildRecorded = (
  event: EventOf<typeof childRegistered> | EventOf<typeof childChanged>,
  manager: EntityManager,
): Promise<void> => recordChild(manager, event);
