import type {
  certificateApplicationEntered,
  certificateApplicationSubmitted,
  certificateIssued,
  certificateMoved,
  certificateMoveRefused,
  certificateStatusChanged,
  EventOf,
} from '@pdo/events';
import type { EntityManager } from 'typeorm';
import {
  sendApplicationEnteredLetter,
  sendCertificateIssuedLetter,
  sendCertificateMoveRefusedLetter,
  sendCertificateMovedLetter,
  sendCertificateStatusLetter,
  sendConfirmationLetter,
} from '../operations/certificate-letters.operations';

export const onApplicationSubmitted = (
  event: EventOf<typeof certificateApplicationSubmitted>,
  manager: EntityManager,
): Promise<void> => sendConfirmationLetter(manager, event);

export const onApplicationEntered = (
  event: EventOf<typeof certificateApplicationEntered>,
  manager: EntityManager,
): Promise<void> => sendApplicationEnteredLetter(manager, event);

export const onCertificateIssued = (event: EventOf<typeof certificateIssued>, manager: EntityManager): Promise<void> =>
  sendCertificateIssuedLetter(manager, event);

export const onCertificateStatusChanged = (
  event: EventOf<typeof certificateStatusChanged>,
  manager: EntityManager,
): Promise<void> => sendCertificateStatusLetter(manager, event);

export const onCertificateMoved = (event: EventOf<typeof certificateMoved>, manager: EntityManager): Promise<void> =>
  sendCertificateMovedLetter(manager, event);

export const onCertificateMoveRefused = (event: EventOf<typeof certificateMoveRefused>, manager: EntityManager): Promise<void> =>
  sendCertificateMoveRefusedLetter(manager, event);
