import { baseConfigSchema, loadConfig } from '@pdo/service-kit';
import { z } from 'zod';

export const identityConfigSchema = baseConfigSchema.extend({
  JWT_PRIVATE_KEY: z.string().includes('PRIVATE KEY', { message: 'must be a PKCS#8 PEM private key (ES256)' }),
});

export type IdentityConfig = z.infer<typeof identityConfigSchema>;

let cached: IdentityConfig | undefined;
export const identityConfig = (): IdentityConfig =>
  (cached ??= loadConfig(identityConfigSchema, { PORT: '4001', ...process.env }));
