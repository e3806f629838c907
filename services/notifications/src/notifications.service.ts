import { defineService } from '@pdo/service-kit';
import { startDeliveryLoop } from './delivery/delivery.loop';
import { smtpTransport } from './delivery/smtp.transport';
import { defaultRetryPolicy } from './domain/delivery-retry';
import { NotificationEntity } from './entities/notification.entity';
import { startCertificatesConsumer } from './events/certificates.consumer';
import { NotificationResolver } from './graphql/notification.resolver';
import { CreateNotifications1763700000001 } from './migrations/1763700000001-create-notifications';
import { AddDelivery1763800000001 } from './migrations/1763800000001-add-delivery';
import { notificationsConfigSchema, type NotificationsConfig } from './notifications.config';

export const notificationsService = defineService<NotificationsConfig>({
  name: 'notifications',
  defaultPort: 4005,
  configSchema: notificationsConfigSchema,
  subgraph: { resolvers: [NotificationResolver] },
  entities: [NotificationEntity],
  migrations: [CreateNotifications1763700000001, AddDelivery1763800000001],
  background: async (runtime) => {
    const { config, dataSource, logger } = runtime;
    if (!config.SMTP_URL) logger.warn('SMTP_URL is not set: messages are queued and fail until it is');
    // The consumer first: its start may be retried, and must not leave a second delivery loop behind.
    const consumer = await startCertificatesConsumer(runtime);
    const delivery = startDeliveryLoop({
      dataSource,
      transport: smtpTransport(config.SMTP_URL, config.MAIL_FROM),
      policy: defaultRetryPolicy,
      logger,
    });
    return [consumer, delivery];
  },
});
