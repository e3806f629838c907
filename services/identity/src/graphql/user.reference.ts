import type { ReferenceResolvers } from '@pdo/service-kit';
import { findUser } from '../operations/user.operations';

export const userReferenceResolvers: ReferenceResolvers = {
  User: {
    __resolveReference: async (reference: { id: string }, { dataSource }) => {
      const user = await findUser(dataSource, reference.id);
      return user ? { ...user } : null;
    },
  },
};
