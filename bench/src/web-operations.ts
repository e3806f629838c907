// The operations the web client sends (web/src/api/*.operations.ts, compiled by codegen), as their query text,
// so a bench asks exactly what the pages ask.
import { print } from 'graphql';
import {
  ApplyForCertificateDocument,
  CertificateBalanceDocument,
  ConfirmEmailDocument,
  MyChildrenDocument,
  PriceForDocument,
  RequestEnrollmentDocument,
  type MyChildrenQuery,
} from '../../web/src/gql/graphql.ts';

export type { MyChildrenQuery };

export const webOperations = {
  /** the parent's children page and certificate cards */
  myChildren: print(MyChildrenDocument),
  /** each certificate card's balance and movements */
  certificateBalance: print(CertificateBalanceDocument),
  /** the price split on a program's page, for the chosen child */
  priceFor: print(PriceForDocument),
  applyForCertificate: print(ApplyForCertificateDocument),
  /** the link in the confirmation letter */
  confirmEmail: print(ConfirmEmailDocument),
  requestEnrollment: print(RequestEnrollmentDocument),
};
