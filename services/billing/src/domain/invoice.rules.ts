import { DomainError, forbidden, hasRole, type Viewer } from '@pdo/service-kit/domain';

export type InvoiceStatus = 'issued' | 'approved' | 'returned';
/** Which of a municipality's invoices a list or its export shows: those of one status, or all of them. */
export type InvoiceFilter = InvoiceStatus | 'all';
export type InvoiceDecision = 'approved' | 'returned';

/** Staff over a municipality: its finance officer and МОЦ operator, and the regional admin. They read its invoices, budget and certificate accounts. */
export function isMunicipalityStaff(viewer: Viewer, municipalityCode: string): boolean {
  if (hasRole(viewer, 'regional_admin')) return true;
  return hasRole(viewer, 'finance_officer', 'operator') && viewer.municipalityCode === municipalityCode;
}

/** DOMAIN.md: only the finance officer of the paying municipality approves (or returns) its invoices. */
export function canReviewInvoices(viewer: Viewer, municipalityCode: string): boolean {
  return hasRole(viewer, 'finance_officer') && viewer.municipalityCode === municipalityCode;
}

export interface ReviewedInvoice {
  municipalityCode: string;
  status: InvoiceStatus;
  issuedBy: string | null;
}

/** Only an issued invoice is reviewed, once, by the paying municipality's finance officer, never by whoever issued it. */
export function assertMayReview(viewer: Viewer, invoice: ReviewedInvoice): void {
  if (!canReviewInvoices(viewer, invoice.municipalityCode)) {
    throw forbidden('Счёт принимает или возвращает только финансовый орган муниципалитета, который его оплачивает.');
  }
  if (invoice.issuedBy !== null && invoice.issuedBy === viewer.userId) {
    throw new DomainError('OWN_INVOICE', 'Нельзя принять или вернуть счёт, который вы выставили сами.');
  }
  if (invoice.status !== 'issued') {
    throw new DomainError('INVOICE_ALREADY_REVIEWED', 'Этот счёт уже рассмотрен.');
  }
}

/**
 * The advance already paid is settled against the invoice up to what the municipality owes for it; the rest
 * stays owed. The month-end SQL settles with the same LEAST.
 */
export function settleAdvance(
  certificateTotalKopecks: number,
  advanceKopecks: number,
): { advanceKopecks: number; dueKopecks: number } {
  const settled = Math.min(certificateTotalKopecks, advanceKopecks);
  return { advanceKopecks: settled, dueKopecks: certificateTotalKopecks - settled };
}
