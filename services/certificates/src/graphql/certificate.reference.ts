import type { ReferenceResolvers } from '@pdo/service-kit';
import { referencedCertificate } from '../operations/certificate.operations';

/** Another subgraph may hold a certificate's id or number; the same read rule applies as for `certificate(number)`. */
export const certificateReferenceResolvers: ReferenceResolvers = {
  Certificate: {
    __resolveReference: (reference: { id?: string; number?: string }, { dataSource, viewer }) =>
      referencedCertificate(dataSource, viewer, reference),
  },
};
