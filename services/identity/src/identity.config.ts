import { baseConfigSchema, loadConfig } from '@pdo/service-kit';
import { z } from 'zod';

const publicWebUrlSchema = z.url().default('http://localhost:8080');

export const identityConfigSchema = baseConfigSchema.extend({
  JWT_PRIVATE_KEY: z.string().includes('PRIVATE KEY', { message: 'must be a PKCS#8 PEM private key (ES256)' }),
  /** where the web app lives: recovery links point there */
  PUBLIC_WEB_URL: publicWebUrlSchema,
});

export type IdentityConfig = z.infer<typeof identityConfigSchema>;

let cached: IdentityConfig | undefined;
export const identityConfig = (): IdentityConfig =>
  (cached ??= loadConfig(identityConfigSchema, { PORT: '4001', ...process.env }));

/** Read on its own, so resolvers need not know the rest of the configuration. */
export const passwordRecoveryUrl = (token: string): string => {
  const url = new URL('/password-recovery', publicWebUrlSchema.parse(process.env.PUBLIC_WEB_URL));
  url.searchParams.set('token', token);
  return url.toString();
};
