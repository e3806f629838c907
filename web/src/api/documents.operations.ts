import { graphql } from '../gql';
import type { EnrollmentContractQuery } from '../gql/graphql';

/** A short-lived path on the gateway (/files/…); asked for at the moment of the click. */
export type DownloadLink = EnrollmentContractQuery['enrollmentContract'];

export const APPLICATION_FORM = graphql(`
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
`);

export const ENROLLMENT_CONTRACT = graphql(`
  query EnrollmentContract($enrollmentId: ID!) {
    enrollmentContract(enrollmentId: $enrollmentId) {
      url
      fileName
      expiresAt
    }
  }
`);

export const INVOICE_DOCUMENT = graphql(`
  query InvoiceDocument($invoiceId: ID!) {
    invoiceDocument(invoiceId: $invoiceId) {
      url
      fileName
      expiresAt
    }
  }
`);

export const INSTITUTIONS_LIST = graphql(`
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
`);
