import { gql, type TypedDocumentNode } from '@apollo/client';

/** A short-lived path on the gateway (/files/…); asked for at the moment of the click. */
export interface DownloadLink {
  url: string;
  fileName: string;
  expiresAt: string;
}

export const APPLICATION_FORM: TypedDocumentNode<{ child: { id: string; applicationForm: DownloadLink } }, { childId: string }> =
  gql`
    query ApplicationForm($childId: ID!) {
      child(id: $childId) {
        id
        applicationForm {
          url
          fileName
          expiresAt
        }
      }
    }
  `;

export const ENROLLMENT_CONTRACT: TypedDocumentNode<{ enrollmentContract: DownloadLink }, { enrollmentId: string }> = gql`
  query EnrollmentContract($enrollmentId: ID!) {
    enrollmentContract(enrollmentId: $enrollmentId) {
      url
      fileName
      expiresAt
    }
  }
`;

export const INVOICE_DOCUMENT: TypedDocumentNode<{ invoiceDocument: DownloadLink }, { invoiceId: string }> = gql`
  query InvoiceDocument($invoiceId: ID!) {
    invoiceDocument(invoiceId: $invoiceId) {
      url
      fileName
      expiresAt
    }
  }
`;

export const INSTITUTIONS_LIST: TypedDocumentNode<
  { municipality: { code: string; institutionsList: DownloadLink } | null },
  { code: string }
> = gql`
  query InstitutionsList($code: String!) {
    municipality(code: $code) {
      code
      institutionsList {
        url
        fileName
        expiresAt
      }
    }
  }
`;
