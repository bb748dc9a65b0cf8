import { median, percentile } from '../../lib.ts'

export { median, percentile }

/** Median of finite values; `null` when there are none (JSON-safe). */
export function medianOrNull(values: readonly number[]): number | null {
  const finite = values.filter(Number.isFinite)
  return finite.length === 0 ? null : median(finite)
}

export function maxOrNull(values: readonly number[]): number | null {
  const finite = values.filter(Number.isFinite)
  return finite.length === 0 ? null : Math.max(...finite)
}

export function percentileOrNull(values: readonly number[], fraction: number): number | null {
  const finite = values.filter(Number.isFinite)
  return finite.length === 0 ? null : percentile(finite, fraction)
}

/**
 * Median over runs where a run that never reached the event counts as "later than any": the
 * median is `null` when it falls on such a run (censored at the run's request cap).
 */
export function censoredMedian(values: ReadonlyArray<number | null>): number | null {
  if (values.length === 0) return null
  const sorted = values.map((value) => value ?? Number.POSITIVE_INFINITY).sort((a, b) => a - b)
  const middle = sorted[Math.min(sorted.length - 1, Math.ceil(0.5 * sorted.length) - 1)]!
  return Number.isFinite(middle) ? middle : null
}
