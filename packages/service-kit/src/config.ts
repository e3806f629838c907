import { z } from 'zod';

/** Where a server listens: only this machine by default; a pod sets 0.0.0.0 (k8s manifests). */
export const hostSchema = z.string().min(1).default('127.0.0.1');

/** What every subgraph reads from the environment; services extend it with their own keys. */
export const baseConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535),
  HOST: hostSchema,
  DATABASE_URL: z.string().url(),
  /**
   * A streaming replica of DATABASE_URL (CloudNativePG's `-ro` service in k8s) for reads that may trail the writes
   * by a moment, such as the public catalogue's searches; unset, they read DATABASE_URL.
   */
  DATABASE_READ_URL: z.string().url().optional(),
  KAFKA_BROKERS: z.string().min(1),
  GATEWAY_SECRET: z.string().min(32, 'must be at least 32 characters'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type BaseConfig = z.infer<typeof baseConfigSchema>;

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Parses the environment; on failure the message is one line naming every bad variable. */
export function loadConfig<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv = process.env): z.infer<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
}
