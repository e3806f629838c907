import type { ReferenceResolvers } from '@pdo/service-kit';
import { ProgramGroupEntity } from '../entities/program-group.entity';
import { ProgramEntity } from '../entities/program.entity';
import { ProviderEntity } from '../entities/provider.entity';
import { toProvider } from './provider.type';

export const catalogueReferenceResolvers: ReferenceResolvers = {
  Program: {
    __resolveReference: (reference: { id: string }, { dataSource }) =>
      dataSource.getRepository(ProgramEntity).findOneBy({ id: reference.id }),
  },
  ProgramGroup: {
    __resolveReference: async (reference: { id: string }, { dataSource }) => {
      const group = await dataSource.getRepository(ProgramGroupEntity).findOneBy({ id: reference.id });
      return group && { ...group, seatsLeft: group.seats - group.seatsTaken };
    },
  },
  Provider: {
    __resolveReference: async (reference: { id: string }, { dataSource }) => {
      const provider = await dataSource.getRepository(ProviderEntity).findOneBy({ id: reference.id });
      return provider && toProvider(provider);
    },
  },
};
