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

/**
 * A key file exists but does not hold a valid key. The parser's error is not kept as the cause:
 * ethers' quotes the whole value it refused, which for a near-valid key is the key itself, and
 * anything that logs causes (pino's `err`) would write it out. Only its name and code are kept.
 */
export class CorruptKeyFileError extends BaseError {
  override name = 'CorruptKeyFileError'
  constructor(path: string, options: { cause?: unknown } = {}) {
    super('Key file is corrupt', { details: { path, ...(options.cause === undefined ? {} : { reason: reasonWithoutValue(options.cause) }) } })
  }
}

/** An error's class name and code (ethers' `INVALID_ARGUMENT`), never its message, which may quote the value. */
function reasonWithoutValue(cause: unknown): string {
  if (!(cause instanceof Error)) return typeof cause
  const code = (cause as { code?: unknown }).code
  return typeof code === 'string' ? `${cause.name} (${code})` : cause.name
}
