import { startPdfRenderer } from '@pdo/pdf';
import { defineService } from '@pdo/service-kit';
import { startDeliveryLoop } from './delivery/delivery.loop';
import { smtpTransport } from './delivery/smtp.transport';
import { defaultRetryPolicy } from './domain/delivery-retry';
import { DocumentEntity } from './entities/document.entity';
import { NotificationEntity } from './entities/notification.entity';
import { startNotificationsConsumer } from './events/notifications.consumer';
import { Certificate, Child, IdentityDocument } from './graphql/child.type';
import { ChildDocumentsResolver } from './graphql/child-documents.resolver';
import { DocumentLinkResolver } from './graphql/document-link.resolver';
import { MunicipalityDocumentsResolver } from './graphql/municipality-documents.resolver';
import { ActivatingInstitution, Municipality, SupportCentre } from './graphql/municipality.type';
import { NotificationResolver } from './graphql/notification.resolver';
import { filesRoute } from './http/files.route';
import { CreateNotifications1763700000001 } from './migrations/1763700000001-create-notifications';
import { AddDelivery1763800000001 } from './migrations/1763800000001-add-delivery';
import { AddDocuments1763900000001 } from './migrations/1763900000001-add-documents';
import { AddNotificationOwners1764000000001 } from './migrations/1764000000001-add-notification-owners';
import { AddChildFirstName1764200000001 } from './migrations/1764200000001-add-child-first-name';
import { filesSecret, notificationsConfigSchema, type NotificationsConfig } from './notifications.config';

export const notificationsService = defineService<NotificationsConfig>({
  name: 'notifications',
  defaultPort: 4005,
  configSchema: notificationsConfigSchema,
  subgraph: {
    resolvers: [NotificationResolver, ChildDocumentsResolver, DocumentLinkResolver, MunicipalityDocumentsResolver],
    orphanedTypes: [Child, Certificate, IdentityDocument, Municipality, SupportCentre, ActivatingInstitution],
  },
  entities: [NotificationEntity, DocumentEntity],
  migrations: [
    CreateNotifications1763700000001,
    AddDelivery1763800000001,
    AddDocuments1763900000001,
    AddNotificationOwners1764000000001,
    AddChildFirstName1764200000001,
  ],
  routes: ({ dataSource, logger }) => filesRoute({ dataSource, logger, secret: () => filesSecret() }),
  background: async (runtime) => {
    const { config, dataSource, logger } = runtime;
    if (!config.SMTP_URL) logger.warn('SMTP_URL is not set: messages are queued and fail until it is');
    // The consumer first: its start may be retried, and must not leave a second delivery loop behind.
    const consumer = await startNotificationsConsumer(runtime);
    // Warm rendering threads now, so the first burst of documents does not pay for starting them.
    const pdfRenderer = startPdfRenderer();
    const delivery = startDeliveryLoop({
      dataSource,
      transport: smtpTransport(config.SMTP_URL, config.MAIL_FROM, config.MAIL_CONCURRENCY),
      policy: defaultRetryPolicy,
      logger,
      concurrency: config.MAIL_CONCURRENCY,
    });
    return [consumer, delivery, pdfRenderer];
  },
});
