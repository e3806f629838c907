import { z } from 'zod';
import { baseConfigSchema, ConfigError, loadConfig } from './config';

const valid = {
  PORT: '4001',
  DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/identity',
  KAFKA_BROKERS: '127.0.0.1:9092',
  GATEWAY_SECRET: 'x'.repeat(32),
};

describe('loadConfig', () => {
  it('parses and coerces a valid environment, with defaults', () => {
    const config = loadConfig(baseConfigSchema, valid);
    expect(config.PORT).toBe(4001);
    expect(config.LOG_LEVEL).toBe('info');
    expect(config.NODE_ENV).toBe('development');
  });

  it('names every bad variable in one line', () => {
    const call = () => loadConfig(baseConfigSchema, { ...valid, PORT: 'abc', GATEWAY_SECRET: 'short' });
    expect(call).toThrow(ConfigError);
    try {
      call();
    } catch (error) {
      const message = (error as Error).message;
      expect(message).not.toContain('\n');
      expect(message).toContain('PORT');
      expect(message).toContain('GATEWAY_SECRET');
    }
  });

  it('accepts service-specific extensions', () => {
    const schema = baseConfigSchema.extend({ SMTP_URL: z.string().url() });
    expect(() => loadConfig(schema, valid)).toThrow(/SMTP_URL/);
  });
});
