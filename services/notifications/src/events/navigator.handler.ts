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
  formEnrollmentContract,
  sendEnrollmentCancelledLetter,
  sendEnrollmentDeclinedLetter,
  sendEnrollmentReceivedLetter,
} from '../operations/enrollment-letters.operations';

export const onEnrollmentAccepted = (
  event: EventOf<typeof enrollmentAccepted | typeof enrollmentAcceptedV2>,
  manager: EntityManager,
): Promise<void> => formEnrollmentContract(manager, event);

export const onEnrollmentRequested = (event: EventOf<typeof enrollmentRequested>, manager: EntityManager): Promise<void> =>
  sendEnrollmentReceivedLetter(manager, event);

export const onEnrollmentDeclined = (event: EventOf<typeof enrollmentDeclined>, manager: EntityManager): Promise<void> =>
  sendEnrollmentDeclinedLetter(manager, event);

export const onEnrollmentCancelled = (event: EventOf<typeof enrollmentCancelled>, manager: EntityManager): Promise<void> =>
  sendEnrollmentCancelledLetter(manager, event);
