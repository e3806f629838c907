import type { childChanged, childRegistered, EventOf } from '@pdo/events';
import type { EntityManager } from 'typeorm';
import { recordChild } from '../operations/read-model.operations';

export const upsertChild = (event: EventOf<typeof childRegistered> | EventOf<typeof childChanged>, manager: EntityManager) =>
  recordChild(manager, event);
