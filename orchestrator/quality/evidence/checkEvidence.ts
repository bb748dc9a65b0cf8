import { assertReceiptSignature, hashInferenceOutput, hashInferencePrompt } from '../../../shared/protocol/index.ts'
import type { EvidenceBundle } from './evidenceBundle.ts'

/** Why a bundle does not bind the node to what it claims, or `undefined` when it does. */
export type EvidenceDefect =
  | 'receipt signature invalid'
  | 'receipt signer is not the node'
  | 'receipt prompt hash differs from the request'
  | 'receipt output hash differs from the claimed output'
  | 'receipt model differs from the judged model'

/**
 * Checks that a bundle holds the node to its claim: the receipt is signed by the node's address,
 * commits (by hash) to exactly the bundled request and output, and names the model the verdict
 * was reached with. Only then does a verdict against the output count against the node; the
 * verdict itself is re-checked by re-running the verifier on `request` + `claimedOutput` with the
 * model whose hash is `approvedModelHash`.
 */
export function findEvidenceDefect(bundle: EvidenceBundle): EvidenceDefect | undefined {
  try {
    assertReceiptSignature(bundle.receipt)
  } catch {
    return 'receipt signature invalid'
  }
  if (bundle.receipt.node.toLowerCase() !== bundle.node.ethAddress.toLowerCase()) return 'receipt signer is not the node'
  if (bundle.receipt.promptHash !== hashInferencePrompt({ type: 'request', id: bundle.receipt.requestId as `0x${string}`, ...bundle.request })) return 'receipt prompt hash differs from the request'
  if (bundle.receipt.outputHash !== hashInferenceOutput(bundle.claimedOutput, bundle.claimedTokens)) return 'receipt output hash differs from the claimed output'
  // A node is held to the model it signed for: judged with another one, honest tokens read as lies.
  if (bundle.receipt.modelHash.toLowerCase() !== bundle.approvedModelHash.toLowerCase()) return 'receipt model differs from the judged model'
  return undefined
}
