import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '@pdo/service-kit';
import { notificationsOf } from '../operations/notification.operations';
import { Notification } from './notification.type';

@Resolver(() => Notification)
export class NotificationResolver {
  @Authorized()
  @Query(() => [Notification], { description: 'Мои уведомления: письма обо мне и моих детях, новые сверху' })
  async myNotifications(@Ctx() { viewer, dataSource }: RequestContext): Promise<Notification[]> {
    if (!viewer.userId) return [];
    return notificationsOf(dataSource, viewer.userId);
  }
}
