import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '@pdo/service-kit';
import { NotificationEntity } from '../entities/notification.entity';
import { Notification } from './notification.type';

@Resolver(() => Notification)
export class NotificationResolver {
  @Authorized()
  @Query(() => [Notification], { description: 'Мои письма, новые сверху' })
  myNotifications(@Ctx() { viewer, dataSource }: RequestContext): Promise<Notification[]> {
    return dataSource
      .getRepository(NotificationEntity)
      .find({ where: { recipientUserId: viewer.userId ?? '' }, order: { createdAt: 'DESC' }, take: 100 });
  }
}
