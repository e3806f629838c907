import type { coPaymentCharged, EventOf, invoiceIssued } from '@pdo/events';
import type { EntityManager } from 'typeorm';
import { sendCoPaymentNotice, storeInvoice } from '../operations/billing-documents.operations';

export const onCoPaymentCharged = (event: EventOf<typeof coPaymentCharged>, manager: EntityManager): Promise<void> =>
  sendCoPaymentNotice(manager, event);

export const onInvoiceIssued = (event: EventOf<typeof invoiceIssued>, manager: EntityManager): Promise<void> =>
  storeInvoice(manager, event);
