import type { coPaymentCharged, EventOf, invoiceIssued } from '@pdo/events';
import type { EntityManager } from 'typeorm';
import { saveDocument } from '../documents/document.store';
import { coPaymentEmail } from '../domain/email-templates';
import { municipalityName } from '../domain/russian-format';
import { applicantEmail } from './certificate-letters.operations';
import { enqueue } from './message-queue';

/** The month's co-payment notice, to the address the parent gave in the certificate application. */
export async function sendCoPaymentNotice(manager: EntityManager, event: EventOf<typeof coPaymentCharged>): Promise<void> {
  const { data } = event;
  if (data.coPaymentKopecks === 0) return;
  const email = await applicantEmail(manager, data.childId);
  if (!email) return;
  await enqueue(manager, {
    sourceEventId: event.id,
    kind: 'co_payment_notice',
    email,
    ownerUserIds: [data.parentUserId],
    content: coPaymentEmail(data),
  });
}

/**
 * The invoice is stored for the provider's staff and the municipality's finance officers and operators to
 * download. No event tells this service a provider's e-mail address, so it is not mailed.
 */
export async function storeInvoice(manager: EntityManager, event: EventOf<typeof invoiceIssued>): Promise<void> {
  const { data } = event;
  const [provider] = (await manager.query('SELECT name, inn FROM providers WHERE provider_id = $1', [data.providerId])) as {
    name: string;
    inn: string | null;
  }[];
  await saveDocument(manager, {
    kind: 'invoice',
    subjectKey: data.invoiceId,
    scope: { ownerUserIds: [], municipalityCode: data.municipalityCode, providerId: data.providerId },
    data: {
      number: data.number,
      issuedOn: data.issuedOn,
      month: data.month,
      municipalityName: municipalityName(data.municipalityCode),
      providerName: provider?.name ?? null,
      providerInn: provider?.inn ?? null,
      lineCount: data.lineCount,
      totalPriceKopecks: data.totalPriceKopecks,
      certificateTotalKopecks: data.certificateTotalKopecks,
      coPaymentTotalKopecks: data.coPaymentTotalKopecks,
      advanceKopecks: data.advanceKopecks,
      dueKopecks: data.dueKopecks,
      lines: data.lines,
    },
  });
}
