import type { DataSource } from 'typeorm';
import { UserEntity } from '../entities/user.entity';

export const findUser = (dataSource: DataSource, userId: string): Promise<UserEntity | null> =>
  dataSource.getRepository(UserEntity).findOneBy({ id: userId });
