import { randomBytes } from 'node:crypto'
import { Wallet, type BaseWallet } from 'ethers'
import { hashInferenceOutput, hashInferencePrompt, signReceipt } from '../../../../shared/protocol/index.ts'
import type { EvidenceRequest, SignedAnswer } from '../../../../orchestrator/quality/index.ts'

export const APPROVED_MODEL = `0x${'ab'.repeat(32)}`

export function sampleRequest(content = 'What does the river teach about patience?'): EvidenceRequest & { id: string } {
  return { id: `0x${randomBytes(32).toString('hex')}`, messages: [{ role: 'user', content }], maxTokens: 64, temperature: 0.7, topP: 1, seed: 42, stop: [] }
}

/** A node's answer with a real EIP-712 receipt signed by `wallet`, as nodes sign them. */
/** With `tokens`, the receipt commits to them too and the answer carries them (as the final frame does). */
export async function signedAnswer(wallet: BaseWallet, peerId: string, request: EvidenceRequest & { id?: string }, text: string, options: { outputTokens?: number; modelHash?: string; tokens?: number[] } = {}): Promise<SignedAnswer> {
  const id = request.id ?? `0x${randomBytes(32).toString('hex')}`
  const { id: _ignored, ...fields } = { ...request, id }
  const receipt = await signReceipt(wallet, {
    requestId: id, promptHash: hashInferencePrompt({ type: 'request', id: id as `0x${string}`, ...fields }), outputHash: hashInferenceOutput(text, options.tokens),
    inputTokens: 12, outputTokens: options.outputTokens ?? text.split(/\s+/).length, modelHash: options.modelHash ?? APPROVED_MODEL,
    node: wallet.address, chainId: 31337
  })
  return { peerId, ethAddress: wallet.address, text, receipt, ...(options.tokens === undefined ? {} : { tokens: options.tokens }) }
}

export const wallets = { honestA: Wallet.createRandom(), honestB: Wallet.createRandom(), liar: Wallet.createRandom() }
