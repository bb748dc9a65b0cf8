/**
 * The public face of `shared/errors/`: what other contexts may import. Everything else in the
 * folder is internal (checked by `npm run lint:deps`).
 */
export { BaseError } from './BaseError.ts'
