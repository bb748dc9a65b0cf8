/**
 * The public face of `shared/util/`: what other contexts may import. Everything else in the
 * folder is internal (checked by `npm run lint:deps`).
 */
export { formatZodIssues } from './formatZodIssues.ts'
export { sha256File, sha256Hex } from './sha256.ts'
export { writeFileAtomic } from './writeFileAtomic.ts'
