import type { ReferenceResolvers } from '@pdo/service-kit';
import { MunicipalityEntity } from '../entities/municipality.entity';

export const municipalityReferenceResolvers: ReferenceResolvers = {
  Municipality: {
    __resolveReference: (reference: { code: string }, { dataSource }) =>
      dataSource.getRepository(MunicipalityEntity).findOneBy({ code: reference.code }),
  },
};
