import type { EventOf, normativeSet } from '@pdo/events';
import type { EntityManager } from 'typeorm';
import { recordNormative } from '../operations/read-model.operations';

export const onNormativeSet = (event: EventOf<typeof normativeSet>, manager: EntityManager) => recordNormative(manager, event);
