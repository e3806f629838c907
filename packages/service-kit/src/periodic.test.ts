import pino from 'pino';
import { startPeriodic } from './periodic';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('startPeriodic', () => {
  it('runs at once and then again, never two runs at a time, and stop waits for the last', async () => {
    let active = 0;
    let maxActive = 0;
    let runs = 0;
    const job = startPeriodic({
      name: 'test job',
      everyMs: 5,
      logger: pino({ enabled: false }),
      run: async () => {
        active += 1;
        maxActive = Math.max(maxActive, active);
        await sleep(15);
        runs += 1;
        active -= 1;
      },
    });
    await sleep(60);
    await job.stop();
    const stoppedAt = runs;
    await sleep(30);
    expect(runs).toBeGreaterThanOrEqual(2);
    expect(maxActive).toBe(1);
    expect(active).toBe(0);
    expect(runs).toBe(stoppedAt);
  });

  it('logs a failed run and keeps going', async () => {
    const errors: string[] = [];
    const logger = pino({ level: 'error' }, { write: (line: string) => void errors.push(line) });
    let calls = 0;
    const results: number[] = [];
    const job = startPeriodic({
      name: 'flaky job',
      everyMs: 5,
      logger,
      run: async () => {
        calls += 1;
        if (calls === 1) throw new Error('database away');
        return calls;
      },
      onResult: (result) => results.push(result),
    });
    await sleep(40);
    await job.stop();
    expect(errors.join('')).toContain('flaky job failed');
    expect(results[0]).toBe(2);
  });
});
