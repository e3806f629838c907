import type {
  enrollmentAccepted,
  enrollmentAcceptedV2,
  enrollmentCancelled,
  enrollmentDeclined,
  enrollmentRequested,
  EventData,
  EventOf,
} from '@pdo/events';
import { kuzbassDate } from '@pdo/service-kit';
import type { EntityManager } from 'typeorm';
import { contractNumber, type EnrollmentContract } from '../documents/contract.document';
import { saveDocument } from '../documents/document.store';
import {
  contractEmail,
  enrollmentDeclinedEmail,
  enrollmentEndedEmail,
  enrollmentExpiredEmail,
  enrollmentReceivedEmail,
} from '../domain/email-templates';
import { notificationOwners } from '../domain/notification-owners';
import { applicantEmail } from './certificate-letters.operations';
import { childName, childScope } from './child.operations';
import { enqueue } from './message-queue';

type Accepted = EventOf<typeof enrollmentAccepted | typeof enrollmentAcceptedV2>;

/**
 * Acceptance forms the contract: it is stored (the parent, the provider and the municipality's operators may
 * download it) and e-mailed to the parent's address from the certificate application. Version 1 events
 * predate what a contract quotes, so they form none.
 */
export async function formEnrollmentContract(manager: EntityManager, event: Accepted): Promise<void> {
  if (event.version !== 2) return;
  const data = event.data as EventData<typeof enrollmentAcceptedV2>;
  const contract: EnrollmentContract = {
    enrollmentId: data.enrollmentId,
    concludedOn: kuzbassDate(new Date(event.occurredAt)),
    certificateNumber: data.certificateNumber,
    programTitle: data.programTitle,
    programAddress: data.programAddress,
    providerName: data.providerName,
    providerInn: data.providerInn,
    daysOfWeek: data.daysOfWeek,
    startTime: data.startTime,
    endTime: data.endTime,
    startDate: data.startDate,
    endDate: data.endDate,
    monthlyPriceKopecks: data.monthlyPriceKopecks,
    months: data.months,
    certificateShareKopecks: data.certificateShareKopecks,
    coPaymentKopecks: data.coPaymentKopecks,
  };
  await manager.query(
    `INSERT INTO providers (provider_id, name, inn) VALUES ($1, $2, $3)
     ON CONFLICT (provider_id) DO UPDATE SET name = EXCLUDED.name, inn = EXCLUDED.inn`,
    [data.providerId, data.providerName, data.providerInn],
  );
  const documentId = await saveDocument(manager, {
    kind: 'contract',
    data: contract,
    subjectKey: data.enrollmentId,
    // the certificate number carries the municipality it was issued in: 42 + code + sequence
    scope: {
      ownerUserIds: [data.parentUserId],
      municipalityCode: data.certificateNumber.slice(2, 4),
      providerId: data.providerId,
    },
  });
  const email = await applicantEmail(manager, data.childId);
  if (!email) return;
  await enqueue(manager, {
    sourceEventId: event.id,
    kind: 'enrollment_contract',
    email,
    ownerUserIds: [data.parentUserId],
    attachmentDocumentId: documentId,
    content: contractEmail({ ...contract, contractNumber: contractNumber(contract) }),
  });
}

/** The parent's address (from the certificate application), whose mailboxes show the letter, and the child's name. */
async function family(manager: EntityManager, childId: string, parentUserId: string) {
  const email = await applicantEmail(manager, childId);
  const knownParents = (await childScope(manager, childId))?.ownerUserIds ?? [];
  return {
    email,
    ownerUserIds: notificationOwners({ applicantUserId: parentUserId }, knownParents),
    childName: await childName(manager, childId),
  };
}

/** «Заявка получена». Events sent before they named the parent and the program give no letter worth sending. */
export async function sendEnrollmentReceivedLetter(
  manager: EntityManager,
  event: EventOf<typeof enrollmentRequested>,
): Promise<void> {
  const { data } = event;
  if (!data.parentUserId || !data.programTitle) return;
  const { email, ownerUserIds, childName } = await family(manager, data.childId, data.parentUserId);
  if (!email) return;
  await enqueue(manager, {
    sourceEventId: event.id,
    kind: 'enrollment_received',
    email,
    ownerUserIds,
    content: enrollmentReceivedEmail({
      programTitle: data.programTitle,
      providerName: data.providerName,
      childName,
      payableByCertificate: data.payableByCertificate !== false,
      staffEntry:
        (data.consentMethod === 'written' || data.consentMethod === 'in_person') && data.consentGivenAt
          ? { ...data, consentMethod: data.consentMethod, consentGivenAt: data.consentGivenAt }
          : null,
    }),
  });
}

export async function sendEnrollmentDeclinedLetter(
  manager: EntityManager,
  event: EventOf<typeof enrollmentDeclined>,
): Promise<void> {
  const { data } = event;
  if (!data.parentUserId || !data.programTitle) return;
  const { email, ownerUserIds, childName } = await family(manager, data.childId, data.parentUserId);
  if (!email) return;
  await enqueue(manager, {
    sourceEventId: event.id,
    kind: 'enrollment_declined',
    email,
    ownerUserIds,
    content: enrollmentDeclinedEmail({ ...data, programTitle: data.programTitle, childName }),
  });
}

/**
 * An expired request is told to the parent. An enrolment the provider had accepted, ended by the certificate's
 * termination, is told to the provider at its contact address (the parent's letter is the termination one); a
 * provider that gave no address is not mailed, as with invoices. A parent's own withdrawal owes no letter.
 */
export async function sendEnrollmentCancelledLetter(
  manager: EntityManager,
  event: EventOf<typeof enrollmentCancelled>,
): Promise<void> {
  const { data } = event;
  if (!data.programTitle) return;
  if (data.cause === 'expired' && data.parentUserId) {
    const { email, ownerUserIds, childName } = await family(manager, data.childId, data.parentUserId);
    if (!email) return;
    await enqueue(manager, {
      sourceEventId: event.id,
      kind: 'enrollment_expired',
      email,
      ownerUserIds,
      content: enrollmentExpiredEmail({ ...data, programTitle: data.programTitle, childName }),
    });
  }
  if (
    data.cause === 'certificate_terminated' &&
    data.wasAccepted &&
    data.providerEmail &&
    data.certificateNumber &&
    data.endsOn
  ) {
    await enqueue(manager, {
      sourceEventId: event.id,
      kind: 'enrollment_ended',
      email: data.providerEmail,
      content: enrollmentEndedEmail({
        certificateNumber: data.certificateNumber,
        programTitle: data.programTitle,
        endsOn: data.endsOn,
      }),
    });
  }
}
