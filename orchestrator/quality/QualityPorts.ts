import type { Receipt } from '../../shared/protocol/index.ts'
import type { EvidenceRequest, VerificationSummary } from './evidence/evidenceBundle.ts'

/** Checks an answer against the approved model (teacher forcing); see `verification/`. */
export interface AnswerVerifier {
  verify(input: { request: EvidenceRequest; claimedText: string; claimedUsage: { inputTokens: number; outputTokens: number }; signal?: AbortSignal }): Promise<VerificationSummary>
}

/** A node's answer with the receipt it signed for it. */
export interface SignedAnswer {
  peerId: string
  ethAddress: string
  text: string
  receipt: Receipt
}

/** Sends a request to one named node, exactly as ordinary traffic is sent (same protocol and fields). */
export type AskNode = (peerId: string, request: EvidenceRequest, signal?: AbortSignal) => Promise<SignedAnswer>

/** The reference answer (Claude) for the same request; absent when no key is configured. */
export type AskReference = (request: EvidenceRequest, signal?: AbortSignal) => Promise<string>

/** Slashes a node on chain, citing the evidence bundle's hash (the orchestrator's bounded slasher role). */
export interface NodeSlasher {
  slash(input: { ethAddress: string; evidenceHash: `0x${string}`; reason: string }): Promise<{ amount: bigint; transactionHash?: string } | undefined>
}
