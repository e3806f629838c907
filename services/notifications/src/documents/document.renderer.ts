import { applicationFormPdf, type ApplicationForm } from './application-form.document';
import { contractNumber, contractPdf, type EnrollmentContract } from './contract.document';
import { institutionsListPdf, type InstitutionsList } from './institutions-list.document';
import { invoicePdf, type ProviderInvoice } from './invoice.document';
import { pdfRenderDuration, pdfsRendered } from '../notifications.metrics';

/** A stored document's data, by kind: what its renderer takes. */
export type DocumentData =
  | { kind: 'application_form'; data: ApplicationForm }
  | { kind: 'institutions_list'; data: InstitutionsList }
  | { kind: 'contract'; data: EnrollmentContract }
  | { kind: 'invoice'; data: ProviderInvoice };

export interface RenderedDocument {
  /** what the browser saves it as */
  fileName: string;
  pdf: Buffer;
}

export function documentFileName(document: DocumentData): string {
  switch (document.kind) {
    case 'application_form':
      return `Заявление № ${document.data.applicationNumber}.pdf`;
    case 'institutions_list':
      return `Учреждения — ${document.data.municipalityName}.pdf`;
    case 'contract':
      return `Договор № ${contractNumber(document.data)}.pdf`;
    case 'invoice':
      return `Счёт № ${document.data.number}.pdf`;
  }
}

export async function renderDocument(document: DocumentData): Promise<RenderedDocument> {
  const timer = pdfRenderDuration.startTimer({ document: document.kind });
  const pdf = await pdfOf(document);
  timer();
  pdfsRendered.inc({ document: document.kind });
  return { fileName: documentFileName(document), pdf };
}

async function pdfOf(document: DocumentData): Promise<Buffer> {
  switch (document.kind) {
    case 'application_form':
      return applicationFormPdf(document.data);
    case 'institutions_list':
      return institutionsListPdf(document.data);
    case 'contract':
      return contractPdf(document.data);
    case 'invoice':
      return invoicePdf(document.data);
  }
}
