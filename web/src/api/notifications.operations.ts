import { gql, type TypedDocumentNode } from '@apollo/client';

export interface Notification {
  id: string;
  email: string;
  subject: string;
  body: string;
  status: string;
  attempts: number;
  sentAt: string | null;
  createdAt: string;
}

export const deliveryLabels: Record<string, string> = {
  queued: 'В очереди на отправку',
  sent: 'Отправлено',
  failed: 'Не доставлено, повторим',
};

export const MY_NOTIFICATIONS: TypedDocumentNode<{ myNotifications: Notification[] }, Record<string, never>> = gql`
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
`;
