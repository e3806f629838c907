export const MAX_FAILURES = 5;
/** Many families sign in from one school or one mobile operator's address, so an address gets more room. */
export const MAX_ADDRESS_FAILURES = 30;
export const FAILURE_WINDOW_MS = 15 * 60_000;

/**
 * When a login (or an address) may try again: null while fewer than `max` attempts failed within the last
 * 15 minutes, else the moment the oldest of the last `max` leaves the window.
 */
export function retryAfter(failures: readonly Date[], now: Date, max = MAX_FAILURES): Date | null {
  const recent = failures
    .map((f) => f.getTime())
    .filter((t) => t > now.getTime() - FAILURE_WINDOW_MS && t <= now.getTime())
    .sort((a, b) => a - b);
  if (recent.length < max) return null;
  return new Date(recent[recent.length - max] + FAILURE_WINDOW_MS);
}

/** "Повторите через 7 мин." — whole minutes, rounded up so the parent never comes back too early. */
export function tooManyAttemptsMessage(retryAt: Date, now: Date): string {
  const minutes = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 60_000));
  return `Слишком много неудачных попыток входа. Повторите через ${minutes} мин.`;
}

/** The later of two moments to retry at, or null when neither blocks. */
export const laterRetry = (a: Date | null, b: Date | null): Date | null => (a && b ? (a > b ? a : b) : (a ?? b));
