import fc from 'fast-check'

/**
 * The seed every property runs from: fixed, so `npm test` (and CI) is reproducible and a failure
 * replays exactly; `MAIA_FUZZ_SEED=random` draws a new one each run to explore (do that locally,
 * with `MAIA_FUZZ_SCALE`, and turn what it finds into a fixed test).
 */
const seed = process.env.MAIA_FUZZ_SEED
if (seed !== 'random') fc.configureGlobal({ seed: seed === undefined ? 20_261_129 : Number(seed) })

/**
 * Runs per property: small enough for `npm test` on a 2-core machine; `MAIA_FUZZ_SCALE=20` (or any
 * factor) searches deeper locally. A failure prints fast-check's seed and path to replay it.
 */
export function fuzzRuns(runs: number): number {
  const scale = Number(process.env.MAIA_FUZZ_SCALE ?? 1)
  return Math.max(1, Math.round(runs * (Number.isFinite(scale) && scale > 0 ? scale : 1)))
}

/** A test's timeout grown with the same factor, so a deeper search is not cut short. */
export function fuzzTimeout(ms: number): number {
  return Math.max(ms, Math.round(ms * fuzzRuns(1_000) / 1_000))
}
