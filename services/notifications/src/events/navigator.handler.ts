import type { enrollmentAccepted, enrollmentAcceptedV2, EventData, EventOf } from '@pdo/events';
import { kuzbassDate } from '@pdo/service-kit';
import type { EntityManager } from 'typeorm';
import { contractNumber, type EnrollmentContract } from '../documents/contract.document';
import { saveDocument } from '../documents/document.store';
import { contractEmail } from '../domain/email-templates';
import { applicantEmail } from './certificates.handler';
import { enqueue } from './message.queue';

type Accepted = EventOf<typeof enrollmentAccepted | typeof enrollmentAcceptedV2>;

/**
 * Acceptance forms the contract: it is stored (the parent, the provider and the municipality's operators may
 * download it) and e-mailed to the parent's address from the certificate application. Version 1 events
 * predate what a contract quotes, so they form none.
 */
export async function onEnrollmentAccepted(event: Accepted, manager: EntityManager): Promise<void> {
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
