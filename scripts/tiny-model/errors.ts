import { BaseError } from '../../shared/errors/index.ts'

/** The requested model shape cannot form a valid llama model (or an option has the wrong type). */
export class InvalidModelShapeError extends BaseError {
  override name = 'InvalidModelShapeError'
  constructor(summary: string, issues: readonly string[]) {
    super(`Invalid model shape: ${summary}`, { details: { issues } })
  }
}

/** The caller's AbortSignal fired; the partial temp file has been removed. */
export class GgufGenerationAbortedError extends BaseError {
  override name = 'GgufGenerationAbortedError'
  constructor(path: string, writtenBytes: number, cause: unknown) {
    super('GGUF generation aborted', { details: { path, writtenBytes }, cause })
  }
}

/** Creating, writing or renaming the output file failed (disk full, permissions, missing folder...). */
export class GgufWriteError extends BaseError {
  override name = 'GgufWriteError'
  constructor(path: string, cause: unknown) {
    super('Could not write GGUF file', { details: { path }, cause })
  }
}

/** `path` or `chunkBytes` given to the generator is unusable. */
export class InvalidGenerateOptionsError extends BaseError {
  override name = 'InvalidGenerateOptionsError'
  constructor(issues: readonly string[]) {
    super(`Invalid GGUF generation options: ${issues.join('; ')}`, { details: { issues } })
  }
}

/** Awaits a file-system operation, labelling its failure as a {@link GgufWriteError} for `path`. */
export async function asWriteError<T>(path: string, operation: Promise<T>): Promise<T> {
  try {
    return await operation
  } catch (error) {
    throw new GgufWriteError(path, error)
  }
}
