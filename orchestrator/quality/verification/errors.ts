import { BaseError } from '../../../shared/errors/index.ts'

/** The approved GGUF could not be loaded for verification. */
export class VerifierLoadError extends BaseError {
  override name = 'VerifierLoadError'
  constructor(modelPath: string, options: { cause?: unknown } = {}) {
    super('Could not load the verification model', {
      details: { modelPath, reason: options.cause instanceof Error ? options.cause.message : String(options.cause) },
      cause: options.cause
    })
  }
}

/** A verification request (or verifier option) failed its schema; `details.issues` lists every problem. */
export class InvalidVerificationRequestError extends BaseError {
  override name = 'InvalidVerificationRequestError'
  constructor(issues: string) {
    super('Invalid verification request', { details: { issues } })
  }
}

/**
 * Prompt plus claimed answer do not fit the verifier's context. The verifier never shifts its
 * context (the node did not either, or positions would not line up): give it a context at least
 * as large as the nodes'.
 */
export class VerificationContextOverflowError extends BaseError {
  override name = 'VerificationContextOverflowError'
  constructor(required: number, contextSize: number) {
    super('The prompt and claimed answer do not fit the verifier context', { details: { required, contextSize } })
  }
}

/** A claimed token id is not in the approved model's vocabulary: no honest node can emit it. */
export class UnknownTokenError extends BaseError {
  override name = 'UnknownTokenError'
  constructor(token: number, vocabularySize: number) {
    super('Claimed token is outside the vocabulary', { details: { token, vocabularySize } })
  }
}

/** `verify()` was called after `dispose()`. */
export class VerifierDisposedError extends BaseError {
  override name = 'VerifierDisposedError'
  constructor() {
    super('The verifier was disposed')
  }
}
