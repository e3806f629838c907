import type { ReferenceResolvers } from '@pdo/service-kit';
import { UserEntity } from '../entities/user.entity';

export const userReferenceResolvers: ReferenceResolvers = {
  User: {
    __resolveReference: async (reference: { id: string }, { dataSource }) => {
      const user = await dataSource.getRepository(UserEntity).findOneBy({ id: reference.id });
      return user ? { ...user } : null;
    },
  },
};
