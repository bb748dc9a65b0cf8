import type { DistillationSet } from './distillation/distillationSet.ts'
import type { EvidenceStore } from './evidence/EvidenceStore.ts'
import type { AnswerVerifier, AskReference, NodeSlasher } from './QualityPorts.ts'
import type { ReputationBook } from './reputation/ReputationBook.ts'
import type { ReferenceUsage } from './reference/claudeReference.ts'

/** Quality sampling as the orchestrator composes it (the network parts are added there). */
export interface QualityInit {
  /** Share of network-served answers checked (default 0.1). */
  sampleRate?: number
  /** Other nodes asked the same prompt per sample (default 2). */
  peersPerSample?: number
  /** Reputation, shared with the settlement's reward weights; a fresh one when absent. */
  reputation?: ReputationBook
  evidence: EvidenceStore
  distillation?: DistillationSet
  /** Teacher-forcing verifier on the approved model; integrity checks are skipped without it. */
  verifier?: AnswerVerifier
  /** The reference answer (Claude); scoring falls back to consensus among peers without it. */
  askReference?: AskReference
  /** What the reference answers cost so far (Claude tokens), reported with the quality figures. */
  referenceUsage?: () => ReferenceUsage
  /** What an answer without token ids counts as when its text passes (default `suspicious`). */
  missingTokenIds?: 'suspicious' | 'accept'
  /** Slashes proven liars on chain (the orchestrator's bounded slasher role). */
  slasher?: NodeSlasher
}
