import type { consentWithdrawn, EventOf } from '@pdo/events';
import type { EntityManager } from 'typeorm';
import { endWithoutConsent } from '../operations/child.operations';

/** Without consent the child's data may not be processed: the live certificate ends. */
export const terminateOnConsentWithdrawn = (event: EventOf<typeof consentWithdrawn>, manager: EntityManager) =>
  endWithoutConsent(manager, event.data.childId, event.occurredAt);
