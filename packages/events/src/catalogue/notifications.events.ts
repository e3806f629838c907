import { z } from 'zod';
import { defineEvent } from './define-event';
import { idSchema } from './fields.schema';
import { eventsTopic } from './topics';

const topic = eventsTopic('notifications');

export const notificationSent = defineEvent({
  type: 'notifications.NotificationSent',
  version: 1,
  topic,
  schema: z.object({
    notificationId: idSchema,
    kind: z.string().min(1),
  }),
});

export const notificationsEvents = [notificationSent] as const;
