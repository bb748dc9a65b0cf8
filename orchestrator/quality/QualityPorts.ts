import type { Receipt, StopReason } from '../../shared/protocol/index.ts'
import type { EvidenceRequest, VerificationSummary } from './evidence/evidenceBundle.ts'

/** Checks an answer against the approved model (teacher forcing); see `verification/`. */
export interface AnswerVerifier {
  /**
   * The SHA-256 (0x…, lowercase) of the GGUF the verifier runs, when known. The loop never judges
   * an answer with another model than the approved one: after governance activates a new model,
   * an old verifier would read honest answers as lies.
   */
  readonly modelHash?: string
  verify(input: {
    request: EvidenceRequest
    claimedText: string
    claimedUsage: { inputTokens: number; outputTokens: number }
    /**
     * The node's generated token ids (its final frame's `tokens`). With them every position lines
     * up with what the node's model evaluated and distribution evidence can prove a lie; without
     * them the text is re-tokenized and the verdict is `suspicious` at worst on that evidence.
     */
    claimedTokens?: number[]
    /** The final frame's stop reason, checked against what the approved model makes plausible. */
    claimedStopReason?: StopReason
    signal?: AbortSignal
  }): Promise<VerificationSummary>
}

/** A node's answer with the receipt it signed for it. */
export interface SignedAnswer {
  peerId: string
  ethAddress: string
  text: string
  receipt: Receipt
  /**
   * The token ids the node says its model generated (final frame), unsigned: the receipt commits
   * to `text` and the verifier refuses ids that do not spell exactly that text.
   */
  tokens?: number[]
  /** The final frame's stop reason. */
  stopReason?: StopReason
}

/** Sends a request to one named node, exactly as ordinary traffic is sent (same protocol and fields). */
/** `delivery.wholeReply`: ask as the sampled request was asked (tokens gathered into a few frames), so the node cannot tell a re-ask by how it travels. */
export type AskNode = (peerId: string, request: EvidenceRequest, signal?: AbortSignal, delivery?: { wholeReply?: boolean }) => Promise<SignedAnswer>

/** The reference answer (Claude) for the same request; absent when no key is configured. */
export type AskReference = (request: EvidenceRequest, signal?: AbortSignal) => Promise<string>

/** Slashes a node on chain, citing the evidence bundle's hash (the orchestrator's bounded slasher role). */
export interface NodeSlasher {
  slash(input: { ethAddress: string; evidenceHash: `0x${string}`; reason: string }): Promise<{ amount: bigint; transactionHash?: string } | undefined>
}
