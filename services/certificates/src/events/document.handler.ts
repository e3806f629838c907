import type { documentAdded, documentChanged, EventOf } from '@pdo/events';
import type { EntityManager } from 'typeorm';
import { recordChildDocument } from '../operations/child.operations';

export const upsertDocument = (event: EventOf<typeof documentAdded> | EventOf<typeof documentChanged>, manager: EntityManager) =>
  recordChildDocument(manager, event);
