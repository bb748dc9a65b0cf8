import { BaseError } from '../../shared/errors/index.ts'

/** A dataset input (library, distillation file, dialogue file) is missing or unreadable. */
export class DatasetInputError extends BaseError {
  override name = 'DatasetInputError'
  constructor(path: string, reason: string, options: { cause?: unknown } = {}) {
    super('Cannot read a dataset input', { details: { path, reason }, cause: options.cause })
  }
}

/** A line of a JSONL input does not have the documented shape. */
export class InvalidDatasetLineError extends BaseError {
  override name = 'InvalidDatasetLineError'
  constructor(path: string, line: number, reason: string) {
    super('A dataset input line has the wrong shape', { details: { path, line, reason } })
  }
}

/** A built dataset directory lacks a file, or a file does not match its card. */
export class InvalidDatasetError extends BaseError {
  override name = 'InvalidDatasetError'
  constructor(directory: string, reason: string, options: { cause?: unknown } = {}) {
    super('Not a valid built dataset', { details: { directory, reason }, cause: options.cause })
  }
}

/** A split file of a built dataset is missing or is not the file card.json describes (lines, bytes, SHA-256). */
export class DatasetFileMismatchError extends InvalidDatasetError {
  override name = 'DatasetFileMismatchError'
  /** `train.jsonl`, `validation.jsonl` or `test.jsonl`. */
  readonly file: string
  /** What differs, e.g. "1883 lines, card.json says 1882". */
  readonly mismatch: string
  constructor(directory: string, file: string, mismatch: string, options: { cause?: unknown } = {}) {
    super(directory, `${file}: ${mismatch}`, options)
    this.file = file
    this.mismatch = mismatch
  }
}

/** The build produced no example at all (every input empty, duplicated or contaminated). */
export class EmptyDatasetError extends BaseError {
  override name = 'EmptyDatasetError'
  constructor(candidates: number) {
    super('The dataset has no examples left', { details: { candidates } })
  }
}
