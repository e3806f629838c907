export const MAX_FAILURES = 5;
export const FAILURE_WINDOW_MS = 15 * 60_000;

/**
 * When a login may try again: null while fewer than five attempts failed within the last 15 minutes,
 * else the moment the oldest of the last five leaves the window.
 */
export function retryAfter(failures: readonly Date[], now: Date): Date | null {
  const recent = failures
    .map((f) => f.getTime())
    .filter((t) => t > now.getTime() - FAILURE_WINDOW_MS && t <= now.getTime())
    .sort((a, b) => a - b);
  if (recent.length < MAX_FAILURES) return null;
  return new Date(recent[recent.length - MAX_FAILURES] + FAILURE_WINDOW_MS);
}

/** "Повторите через 7 мин." — whole minutes, rounded up so the parent never comes back too early. */
export function tooManyAttemptsMessage(retryAt: Date, now: Date): string {
  const minutes = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 60_000));
  return `Слишком много неудачных попыток входа. Повторите через ${minutes} мин.`;
}
