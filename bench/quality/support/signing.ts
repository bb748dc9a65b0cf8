import { Wallet, id as keccakText } from 'ethers'
import type { SignedAnswer } from '../../../orchestrator/quality/index.ts'
import type { ClaimedAnswer } from '../../../orchestrator/quality/verification/index.ts'
import { hashInferenceOutput, hashInferencePrompt, signReceipt } from '../../../shared/protocol/index.ts'
import type { BenchRequest } from './requests.ts'

/** A provider node as the loop knows it: a peer id and the key its receipts are signed with. */
export interface BenchNode {
  readonly peerId: string
  readonly wallet: Wallet
}

/** A node with a key derived from `label` (deterministic, no mnemonic derivation). */
export function benchNode(label: string): BenchNode {
  return { peerId: `12D3KooWBench${label.replace(/[^A-Za-z0-9]/g, '')}`, wallet: new Wallet(keccakText(`maia-bench-node:${label}`)) }
}

export interface ReceiptContext {
  readonly chainId: number
  readonly modelHash: `0x${string}`
  /**
   * What the answer carries besides its text: the token ids and the stop reason of the node's
   * final frame (`tokens`, the protocol now), or nothing (`text`, the protocol before token ids).
   */
  readonly claims: 'tokens' | 'text'
}

/**
 * Signs `answer` the way a node does (EIP-712 receipt committing to the request's prompt hash,
 * the output's hash and the billed usage), whatever the answer is: an adversary signs its lies.
 */
export async function signAnswer(node: BenchNode, request: BenchRequest, answer: ClaimedAnswer, context: ReceiptContext): Promise<SignedAnswer> {
  const receipt = await signReceipt(node.wallet, {
    requestId: request.id,
    promptHash: hashInferencePrompt({ type: 'request', id: request.id, ...request.fields }),
    outputHash: hashInferenceOutput(answer.text, context.claims === 'tokens' ? answer.tokens : undefined),
    inputTokens: answer.usage.promptTokens,
    outputTokens: answer.usage.completionTokens,
    modelHash: context.modelHash,
    node: node.wallet.address,
    chainId: context.chainId
  })
  const signed: SignedAnswer = { peerId: node.peerId, ethAddress: node.wallet.address, text: answer.text, receipt }
  return context.claims === 'tokens' ? { ...signed, tokens: [...answer.tokens], stopReason: answer.stopReason } : signed
}
