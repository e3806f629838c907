import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { context, trace, TraceFlags } from '@opentelemetry/api';
import { createLogger, maskSecrets, safeError } from './logger';

describe('safeError', () => {
  it('keeps kind, code, message and frames, drops every other property', () => {
    const error = Object.assign(new Error('duplicate key value violates unique constraint'), {
      code: '23505',
      parameters: ['III-ЛО', '123456'],
      body: '{"password":"canary"}',
    });
    const safe = safeError(error);
    expect(safe).toMatchObject({ type: 'Error', code: '23505', message: 'duplicate key value violates unique constraint' });
    expect(JSON.stringify(safe)).not.toMatch(/123456|canary/);
  });
});

describe('maskSecrets', () => {
  it('masks e-mail addresses, access tokens and API keys', () => {
    const text = maskSecrets('to мама@пример.рф: eyJhbGciOi.eyJzdWIiOiIx.c2lnbmF0dXJl pdo_abcdef123456');
    expect(text).toBe('to [e-mail]: [token] [api key]');
  });
});

describe('createLogger', () => {
  it('censors secret fields at any depth', () => {
    const lines: string[] = [];
    const logger = createLogger('test');
    const write = jest.spyOn(process.stdout, 'write').mockImplementation((line) => {
      lines.push(String(line));
      return true;
    });
    logger.info({ input: { password: 'canary-1', number: '654321' }, token: 'canary-2' }, 'x');
    write.mockRestore();
    expect(lines.join('')).toContain('[скрыто]');
    expect(lines.join('')).not.toMatch(/canary|654321/);
  });
});

describe('a log line written inside a trace', () => {
  it('names the trace and the span, and a line outside any trace names none', () => {
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
    const lines: string[] = [];
    const logger = createLogger('test');
    const write = jest.spyOn(process.stdout, 'write').mockImplementation((line) => {
      lines.push(String(line));
      return true;
    });
    const traced = { traceId: '0af7651916cd43dd8448eb211c80319c', spanId: 'b7ad6b7169203331', traceFlags: TraceFlags.SAMPLED };
    context.with(trace.setSpanContext(context.active(), traced), () => logger.info('inside'));
    logger.info('outside');
    write.mockRestore();
    context.disable();
    const [inside, outside] = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(inside).toMatchObject({ msg: 'inside', trace_id: traced.traceId, span_id: traced.spanId });
    expect(outside!.trace_id).toBeUndefined();
  });
});
