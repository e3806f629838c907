import type { enrollmentRequested, EventOf } from '@pdo/events';
import type { EntityManager } from 'typeorm';
import { recordProviderEnrollment } from '../operations/provider-enrollment.operations';

/** Remembers that the child applied to the provider; a repeated event changes nothing. */
export const onEnrollmentRequested = (event: EventOf<typeof enrollmentRequested>, manager: EntityManager): Promise<void> =>
  recordProviderEnrollment(manager, event.data);
