/**
 * The public face of `orchestrator/quality/`: quality sampling against peers and the reference,
 * verified inference, reputation, evidence and the distillation set. Everything else in the
 * folder is internal (checked by `npm run lint:deps`).
 */
export { createQualityLoop, reputationKey, type QualityCounters, type QualityLoop, type QualityLoopComponents, type ServedAnswer } from './createQualityLoop.ts'
export type { AnswerVerifier, AskNode, AskReference, NodeSlasher, SignedAnswer } from './QualityPorts.ts'
export { createReputationBook, DEFAULT_REPUTATION, type ReputationSettings } from './reputation/createReputationBook.ts'
export type { NodeReputation, QualityOutcome, ReputationBook } from './reputation/ReputationBook.ts'
export { createQualitySampler, DEFAULT_SAMPLE_RATE, type QualitySampler } from './sampling/createQualitySampler.ts'
export { lexicalSimilarity } from './scoring/lexicalSimilarity.ts'
export { scoreAgainstPeers, type PeerScoring } from './scoring/scoreAgainstPeers.ts'
export { evidenceBundleSchema, hashEvidence, type EvidenceBundle, type EvidenceRequest, type VerificationSummary } from './evidence/evidenceBundle.ts'
export { findEvidenceDefect } from './evidence/checkEvidence.ts'
export { createLevelEvidenceStore } from './evidence/createLevelEvidenceStore.ts'
export type { EvidenceStore, StoredEvidence } from './evidence/EvidenceStore.ts'
export {
  type DistillationAddOutcome, type DistillationCursor, type DistillationExportOptions, type DistillationOwnerUsage,
  type DistillationSample, type DistillationSet, type DistillationUsage, type ExportedChatLine
} from './distillation/distillationSet.ts'
export { createLevelDistillationSet, type LevelDistillationSetComponents } from './distillation/createLevelDistillationSet.ts'
export {
  DEFAULT_DISTILLATION_MAX_BYTES, DEFAULT_DISTILLATION_MAX_SAMPLE_BYTES, DEFAULT_DISTILLATION_OWNER_SHARE, resolveDistillationLimits,
  type DistillationLimits, type ResolvedDistillationLimits
} from './distillation/distillationLimits.ts'
export { formatDistillationCursor, parseDistillationCursor } from './distillation/distillationKeys.ts'
export type { QualityInit } from './QualityInit.ts'
export { EvidenceNotFoundError } from './errors.ts'
export { askNamedNode, servedAnswer } from './network/askNamedNode.ts'
export { createClaudeReference, type ReferenceUsage } from './reference/claudeReference.ts'
export { asAnswerVerifier, createTeacherForcingVerifier, type TeacherForcingVerifier } from './verification/index.ts'
