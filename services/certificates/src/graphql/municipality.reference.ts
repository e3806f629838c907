import type { ReferenceResolvers } from '@pdo/service-kit';
import { findMunicipality } from '../operations/reference-data.operations';

export const municipalityReferenceResolvers: ReferenceResolvers = {
  Municipality: {
    __resolveReference: (reference: { code: string }, { dataSource }) => findMunicipality(dataSource, reference.code),
  },
};
