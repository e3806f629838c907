import { baseConfigSchema } from '@pdo/service-kit';
import { z } from 'zod';

const publicWebUrlSchema = z.url().default('http://localhost:8080');

export const certificatesConfigSchema = baseConfigSchema.extend({
  /** where the web app lives: confirmation links point there */
  PUBLIC_WEB_URL: publicWebUrlSchema,
});

export type CertificatesConfig = z.infer<typeof certificatesConfigSchema>;

/** Read on its own, so resolvers need not know the rest of the configuration. */
export const confirmationUrl = (token: string) => {
  const url = new URL('/confirm-email', publicWebUrlSchema.parse(process.env.PUBLIC_WEB_URL));
  url.searchParams.set('token', token);
  return url.toString();
};
