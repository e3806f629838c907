import { baseConfigSchema } from '@pdo/service-kit';
import { z } from 'zod';

export const notificationsConfigSchema = baseConfigSchema.extend({
  /** optional so the service starts without mail; sending then fails with a reason naming it */
  SMTP_URL: z.url().optional(),
  MAIL_FROM: z.string().min(3).default('"Сертификат ПДО Кузбасса" <no-reply@pdo.kuzbass.local>'),
});

export type NotificationsConfig = z.infer<typeof notificationsConfigSchema>;
