/**
 * The public face of `shared/util/`: what other contexts may import. Everything else in the
 * folder is internal (checked by `npm run lint:deps`).
 */
export { systemClock, type Clock, type IntervalHandle } from './clock.ts'
export { createRepeatingTask, type RepeatingTask, type RepeatingTaskInit } from './createRepeatingTask.ts'
export { formatZodIssues } from './formatZodIssues.ts'
export { createLifecycle, LifecycleStopError, type Lifecycle, type Startable, type Stoppable } from './lifecycle.ts'
export { sha256File, sha256Hex } from './sha256.ts'
export { writeFileAtomic } from './writeFileAtomic.ts'
export { canonicalJson } from './canonicalJson.ts'
export { seededRandom } from './seededRandom.ts'
export { fnv1a, fnv1aContinue, FNV1A_OFFSET } from './fnv1a.ts'
