import type { ReferenceResolvers } from '@pdo/service-kit';
import { groupById, programById } from '../operations/program.operations';
import { providerById } from '../operations/provider.operations';
import { toProvider } from './provider.type';

export const catalogueReferenceResolvers: ReferenceResolvers = {
  Program: {
    __resolveReference: (reference: { id: string }, { dataSource }) => programById(dataSource, reference.id),
  },
  ProgramGroup: {
    __resolveReference: (reference: { id: string }, { dataSource }) => groupById(dataSource, reference.id),
  },
  Provider: {
    __resolveReference: async (reference: { id: string }, { dataSource }) => {
      const provider = await providerById(dataSource, reference.id);
      return provider && toProvider(provider);
    },
  },
};
