import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '@pdo/service-kit';
import { NotificationEntity } from '../entities/notification.entity';
import { Notification } from './notification.type';

@Resolver(() => Notification)
export class NotificationResolver {
  @Authorized()
  @Query(() => [Notification], { description: 'Мои уведомления: письма обо мне и моих детях, новые сверху' })
  async myNotifications(@Ctx() { viewer, dataSource }: RequestContext): Promise<Notification[]> {
    if (!viewer.userId) return [];
    return dataSource
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .where('n.owner_user_ids @> ARRAY[:userId]::uuid[]', { userId: viewer.userId })
      .orderBy('n.created_at', 'DESC')
      .take(100)
      .getMany();
  }
}
