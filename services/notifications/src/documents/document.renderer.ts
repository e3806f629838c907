import { applicationFormPdf, type ApplicationForm } from './application-form.document';
import { contractNumber, contractPdf, type EnrollmentContract } from './contract.document';
import { institutionsListPdf, type InstitutionsList } from './institutions-list.document';
import { invoicePdf, type ProviderInvoice } from './invoice.document';

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
  const fileName = documentFileName(document);
  switch (document.kind) {
    case 'application_form':
      return { fileName, pdf: await applicationFormPdf(document.data) };
    case 'institutions_list':
      return { fileName, pdf: await institutionsListPdf(document.data) };
    case 'contract':
      return { fileName, pdf: await contractPdf(document.data) };
    case 'invoice':
      return { fileName, pdf: await invoicePdf(document.data) };
  }
}
