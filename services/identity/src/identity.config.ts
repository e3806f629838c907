import { baseConfigSchema, loadConfig } from '@pdo/service-kit';
import { z } from 'zod';

const publicWebUrlSchema = z.url().default('http://localhost:8080');

export const identityConfigSchema = baseConfigSchema.extend({
  JWT_PRIVATE_KEY: z.string().includes('PRIVATE KEY', { message: 'must be a PKCS#8 PEM private key (ES256)' }),
  /** where the web app lives: recovery links point there */
  PUBLIC_WEB_URL: publicWebUrlSchema,
  /** Gosuslugi (ESIA) as an OpenID Connect provider; without the three, Gosuslugi sign-in answers GOSUSLUGI_UNAVAILABLE */
  ESIA_ISSUER: z.url().optional(),
  ESIA_CLIENT_ID: z.string().min(1).optional(),
  ESIA_CLIENT_SECRET: z.string().min(1).optional(),
  ESIA_SCOPE: z.string().min(1).default('openid profile email snils'),
  /** the web page Gosuslugi returns to; it passes code and state to completeGosuslugiSignIn */
  ESIA_REDIRECT_URI: z.url().optional(),
});

export type IdentityConfig = z.infer<typeof identityConfigSchema>;

let cached: IdentityConfig | undefined;
export const identityConfig = (): IdentityConfig =>
  (cached ??= loadConfig(identityConfigSchema, { PORT: '4001', ...process.env }));

/** Read on its own, so resolvers need not know the rest of the configuration. */
export const publicWebUrl = (): string => publicWebUrlSchema.parse(process.env.PUBLIC_WEB_URL);

export const passwordRecoveryUrl = (token: string): string => {
  const url = new URL('/password-recovery', publicWebUrl());
  url.searchParams.set('token', token);
  return url.toString();
};
