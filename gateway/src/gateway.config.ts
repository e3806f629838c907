import { hostSchema, loadConfig } from '@pdo/service-kit';
import { z } from 'zod';

export const gatewayConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(4000),
  HOST: hostSchema,
  GATEWAY_SECRET: z.string().min(32, 'must be at least 32 characters'),
  JWT_PUBLIC_KEY: z.string().includes('PUBLIC KEY', { message: 'must be an SPKI PEM public key (ES256)' }),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SUPERGRAPH_PATH: z.string().optional(),
  /** which proxies' X-Forwarded-For to believe for the client address (Express "trust proxy"): behind an ingress, its subnet */
  TRUST_PROXY: z.string().min(1).default('loopback'),
});

export type GatewayConfig = z.infer<typeof gatewayConfigSchema>;

export const readGatewayConfig = (env: NodeJS.ProcessEnv = process.env): GatewayConfig => loadConfig(gatewayConfigSchema, env);
