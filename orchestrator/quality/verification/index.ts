/**
 * The public face of `orchestrator/quality/verification/`: verified inference by teacher forcing
 * against the approved GGUF, its calibration, and the adversary simulations benchmarks build on.
 */
export { createTeacherForcingVerifier, type TeacherForcingVerifier, type TeacherForcingVerifierOptions, type VerificationResult } from './createTeacherForcingVerifier.ts'
export { asAnswerVerifier, DEFAULT_SAMPLED_POSITIONS, toVerificationSummary, type AnswerVerifierOptions, type TokenAwareAnswerVerifier } from './answerVerifier.ts'
export { DEFAULT_THRESHOLDS } from './defaultThresholds.ts'
export { calibrateThresholds, collectHonestRecords, recordAnswer, summarize, type CalibrationOptions, type CalibrationRecord } from './calibration.ts'
export { decideVerdict, type ReasonCode, type Verdict, type VerdictReason, type VerificationThresholds } from './verdict.ts'
export type { AnswerStatistics, TokenizationCheck } from './statistics.ts'
export type { EndingCheck, Ending } from './ending.ts'
export type { UsageCheck } from './usage.ts'
export { parseVerificationRequest, verificationRequestSchema, NODE_LLAMA_CPP_DEFAULT_TOP_K, type VerificationRequest, type VerificationRequestInput, type Sampling, type ClaimedUsage, type PositionSelection } from './schemas.ts'
export { buildPromptTokens, toChatHistory, type PromptTokens } from '../../../shared/chat/index.ts'
export { InvalidVerificationRequestError, UnknownTokenError, VerificationContextOverflowError, VerifierDisposedError, VerifierLoadError } from './errors.ts'
export { createSimulatedNode, type ClaimedAnswer, type SimulatedNode, type SimulatedRequest } from './simulatedNode.ts'
export { ADVERSARY_KINDS, AdversaryContextError, simulateAdversaryAnswer, type AdversaryContext, type AdversaryKind } from './simulateAdversaryAnswer.ts'
