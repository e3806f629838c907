import { createHmac } from 'node:crypto';
import { baseConfigSchema } from '@pdo/service-kit';
import { z } from 'zod';

export const notificationsConfigSchema = baseConfigSchema.extend({
  /** optional so the service starts without mail; sending then fails with a reason naming it */
  SMTP_URL: z.url().optional(),
  MAIL_FROM: z.string().min(3).default('"Сертификат ПДО Кузбасса" <no-reply@pdo.kuzbass.local>'),
  /** messages sent at once per replica, over as many SMTP connections; each holds a database connection meanwhile */
  MAIL_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(4),
  /** signs download links; without it a key is derived from GATEWAY_SECRET, which every replica shares */
  FILES_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
});

export type NotificationsConfig = z.infer<typeof notificationsConfigSchema>;

/** The key of download links, read where it is used (resolvers get no config) as certificates reads its URL. */
export function filesSecret(env: NodeJS.ProcessEnv = process.env): string {
  if (env.FILES_SECRET) return env.FILES_SECRET;
  if (!env.GATEWAY_SECRET) throw new Error('FILES_SECRET or GATEWAY_SECRET must be set to sign download links');
  return createHmac('sha256', env.GATEWAY_SECRET).update('pdo download links').digest('hex');
}
