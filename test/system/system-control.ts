// What the fault tests share: a service's own database, the test system's control endpoint (SIGKILL a
// service and start it again) and waiting for a condition.
import { requiredTestEnv } from '@pdo/service-kit/testing';

/** The URL of one service's database on the test system's PostgreSQL. */
export function serviceDatabaseUrl(name: string): string {
  const url = new URL(requiredTestEnv('DATABASE_URL'));
  url.pathname = `/${name}`;
  return url.toString();
}

/** Asks the test system to act, e.g. `/services/billing/kill` (SIGKILL, then started again and ready). */
export async function control(path: string): Promise<void> {
  const response = await fetch(`${requiredTestEnv('SYSTEM_CONTROL_URL')}${path}`, { method: 'POST' });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
}

export async function waitFor(what: string, condition: () => Promise<boolean>, timeoutMs = 120_000, pollMs = 250): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
