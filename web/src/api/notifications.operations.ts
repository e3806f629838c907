import { graphql } from '../gql';
import type { MyNotificationsQuery } from '../gql/graphql';

export type Notification = MyNotificationsQuery['myNotifications'][number];

export const deliveryLabels: Record<string, string> = {
  queued: 'В очереди на отправку',
  sent: 'Отправлено',
  failed: 'Не доставлено, повторим',
};

export const MY_NOTIFICATIONS = graphql(`
  query MyNotifications {
    myNotifications {
      id
      email
      subject
      body
      status
      attempts
      sentAt
      createdAt
    }
  }
`);
