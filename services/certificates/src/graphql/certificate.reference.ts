import type { ReferenceResolvers } from '@pdo/service-kit';
import { CertificateEntity } from '../entities/certificate.entity';
import { canRead } from '../operations/certificate.operations';

/** Another subgraph may hold a certificate's id or number; the same read rule applies as for `certificate(number)`. */
export const certificateReferenceResolvers: ReferenceResolvers = {
  Certificate: {
    __resolveReference: async (reference: { id?: string; number?: string }, { dataSource, viewer }) => {
      const repository = dataSource.getRepository(CertificateEntity);
      const certificate = reference.id
        ? await repository.findOneBy({ id: reference.id })
        : await repository.findOneBy({ number: reference.number ?? '' });
      return certificate && (await canRead(dataSource.manager, viewer, certificate)) ? certificate : null;
    },
  },
};
