/** The longest wait between two attempts, however many failed before. */
export const MAX_RETRY_DELAY_MS = 6 * 60 * 60 * 1000;

/**
 * How long to wait after the `attempt`-th failed attempt (1-based): exponential backoff
 * (`base`, 2×, 4×, … capped at six hours) with "equal jitter" — half of it fixed, the other half
 * random — so relays that failed together do not retry together, yet no retry comes too soon.
 * `random` returns a number in [0, 1) (Math.random; tests pass their own).
 */
export function retryDelayMs(attempt: number, baseMs: number, random: () => number = Math.random): number {
  const exponential = Math.min(MAX_RETRY_DELAY_MS, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(exponential / 2 + (exponential / 2) * random());
}
