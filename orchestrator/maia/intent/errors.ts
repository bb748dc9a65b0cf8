import { BaseError } from '../../../shared/errors/index.ts'

/** The message to route was empty or only whitespace: there is nothing to classify. */
export class EmptyMessageError extends BaseError {
  override name = 'EmptyMessageError'
  constructor() {
    super('Message is empty')
  }
}

/** A route policy (file or object) failed validation. */
export class InvalidRoutePolicyError extends BaseError {
  override name = 'InvalidRoutePolicyError'
  constructor(source: string, issues: string, options: { cause?: unknown } = {}) {
    super(`Invalid route policy in ${source}`, { details: { issues }, cause: options.cause })
  }
}

/** A route policy file could not be read or is not JSON. */
export class RoutePolicyFileError extends BaseError {
  override name = 'RoutePolicyFileError'
  constructor(path: string, options: { cause?: unknown } = {}) {
    super('Cannot read route policy file', {
      details: { path, reason: options.cause instanceof Error ? options.cause.message : String(options.cause) },
      cause: options.cause
    })
  }
}

/** A template reply was asked for an intent that must never get one (a crisis). */
export class NoTemplateForIntentError extends BaseError {
  override name = 'NoTemplateForIntentError'
  constructor(intent: string, hint: string) {
    super('No template reply for this intent', { details: { intent, hint } })
  }
}

/** A classifier was asked to train on a set that lacks some intent. */
export class InsufficientTrainingDataError extends BaseError {
  override name = 'InsufficientTrainingDataError'
  constructor(missingIntents: readonly string[]) {
    super('Training data has no examples of some intents', { details: { missingIntents } })
  }
}

/** The user state or quote given to a template reply failed validation. */
export class InvalidTemplateContextError extends BaseError {
  override name = 'InvalidTemplateContextError'
  constructor(issues: string, options: { cause?: unknown } = {}) {
    super('Invalid template reply context', { details: { issues }, cause: options.cause })
  }
}

/** An intent name that is not one of the six. */
export class UnknownIntentError extends BaseError {
  override name = 'UnknownIntentError'
  constructor(intent: string) {
    super('Unknown intent', { details: { intent } })
  }
}

/** The learned safety screen's shipped files are missing, unreadable or do not match their checksum. */
export class LearnedSafetyModelError extends BaseError {
  override name = 'LearnedSafetyModelError'
  constructor(reason: string, options: { details?: Record<string, unknown>; cause?: unknown } = {}) {
    super('Cannot load the learned safety screen', { details: { reason, ...options.details }, cause: options.cause })
  }
}
