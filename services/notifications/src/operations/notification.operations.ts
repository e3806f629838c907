import type { DataSource } from 'typeorm';
import { NotificationEntity } from '../entities/notification.entity';

/** The user's letters (about him and his children), newest first. */
export const notificationsOf = (dataSource: DataSource, userId: string): Promise<NotificationEntity[]> =>
  dataSource
    .getRepository(NotificationEntity)
    .createQueryBuilder('n')
    .where('n.owner_user_ids @> ARRAY[:userId]::uuid[]', { userId })
    .orderBy('n.created_at', 'DESC')
    .take(100)
    .getMany();
