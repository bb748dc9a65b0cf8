import { BaseError } from '../errors/BaseError.ts'

/** A key file can be read by other users of the machine: refuse it, as ssh does. */
export class InsecureKeyFileError extends BaseError {
  override name = 'InsecureKeyFileError'
  constructor(path: string, mode: number) {
    super('Key file is readable by other users', {
      details: { path, mode: `0${(mode & 0o777).toString(8)}`, fix: `chmod 600 ${path}` }
    })
  }
}

/** A key file exists but does not hold a valid key. */
export class CorruptKeyFileError extends BaseError {
  override name = 'CorruptKeyFileError'
  constructor(path: string, options: { cause?: unknown } = {}) {
    super('Key file is corrupt', { details: { path }, cause: options.cause })
  }
}
