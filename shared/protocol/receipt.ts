import { TypedDataEncoder, verifyTypedData, type Signer, type TypedDataDomain, type TypedDataField } from 'ethers'
import { InvalidSignatureError } from '../errors/protocol.ts'
import { canonicalJson } from '../util/canonicalJson.ts'
import { sha256Hex } from '../util/sha256.ts'
import { RECEIPT_DOMAIN_NAME, RECEIPT_DOMAIN_VERSION } from './constants.ts'
import type { InferenceRequest, Receipt } from './inference.ts'

/** The EIP-712 type of an inference receipt: what a node attests it served. */
export const RECEIPT_TYPES: Record<string, TypedDataField[]> = {
  InferenceReceipt: [
    { name: 'requestId', type: 'bytes32' },
    { name: 'promptHash', type: 'bytes32' },
    { name: 'outputHash', type: 'bytes32' },
    { name: 'inputTokens', type: 'uint256' },
    { name: 'outputTokens', type: 'uint256' },
    { name: 'modelHash', type: 'bytes32' },
    { name: 'node', type: 'address' }
  ]
}

export type UnsignedReceipt = Omit<Receipt, 'signature'>

export function receiptDomain(chainId: number): TypedDataDomain {
  return { name: RECEIPT_DOMAIN_NAME, version: RECEIPT_DOMAIN_VERSION, chainId }
}

/**
 * The hash a receipt commits to for the prompt: every field that shapes the output, in
 * canonical JSON, so the orchestrator can recompute it from the request it sent.
 */
export function hashInferencePrompt(request: InferenceRequest): `0x${string}` {
  const { messages, maxTokens, temperature, topP, seed, stop } = request
  return sha256Hex(canonicalJson({ messages, maxTokens, temperature, topP, seed, stop }))
}

/** The hash a receipt commits to for the output text. */
export function hashInferenceOutput(text: string): `0x${string}` {
  return sha256Hex(text)
}

function typedValue(receipt: UnsignedReceipt): Record<string, unknown> {
  return {
    requestId: receipt.requestId,
    promptHash: receipt.promptHash,
    outputHash: receipt.outputHash,
    inputTokens: receipt.inputTokens,
    outputTokens: receipt.outputTokens,
    modelHash: receipt.modelHash,
    node: receipt.node
  }
}

/** Signs a receipt as EIP-712 typed data with the node's Ethereum key. */
export async function signReceipt(signer: Signer, receipt: UnsignedReceipt): Promise<Receipt> {
  const signature = await signer.signTypedData(receiptDomain(receipt.chainId), RECEIPT_TYPES, typedValue(receipt))
  return { ...receipt, signature }
}

/** The EIP-712 digest of a receipt (what gets countersigned or stored as its key). */
export function receiptDigest(receipt: UnsignedReceipt): string {
  return TypedDataEncoder.hash(receiptDomain(receipt.chainId), RECEIPT_TYPES, typedValue(receipt))
}

/** Throws `InvalidSignatureError` unless the receipt was signed by `receipt.node`. */
export function assertReceiptSignature(receipt: Receipt): void {
  let recovered: string
  try {
    recovered = verifyTypedData(receiptDomain(receipt.chainId), RECEIPT_TYPES, typedValue(receipt), receipt.signature)
  } catch (cause) {
    throw new InvalidSignatureError('receipt', { reason: cause instanceof Error ? cause.message : String(cause) })
  }
  if (recovered.toLowerCase() !== receipt.node.toLowerCase()) {
    throw new InvalidSignatureError('receipt', { expected: receipt.node, recovered })
  }
}
