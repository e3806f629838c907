import type {
  enrollmentAccepted,
  enrollmentAcceptedV2,
  enrollmentCancelled,
  enrollmentDeclined,
  enrollmentRequested,
  EventOf,
} from '@pdo/events';
import type { EntityManager } from 'typeorm';
import {
  recordAcceptedEnrollment,
  releaseEnrollmentFunds,
  reserveEnrollmentFunds,
} from '../operations/enrollment-funds.operations';

export const onEnrollmentRequested = (event: EventOf<typeof enrollmentRequested>, manager: EntityManager): Promise<void> =>
  reserveEnrollmentFunds(manager, event);

export const onEnrollmentAccepted = (
  event: EventOf<typeof enrollmentAccepted | typeof enrollmentAcceptedV2>,
  manager: EntityManager,
): Promise<void> => recordAcceptedEnrollment(manager, event);

export const onEnrollmentEnded = (
  event: EventOf<typeof enrollmentDeclined> | EventOf<typeof enrollmentCancelled>,
  manager: EntityManager,
): Promise<void> => releaseEnrollmentFunds(manager, event);
