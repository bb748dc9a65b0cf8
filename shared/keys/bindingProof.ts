import { peerIdFromString } from '@libp2p/peer-id'
import { verifyMessage, type Wallet } from 'ethers'
import type { PrivateKey } from '@libp2p/interface'
import { z } from 'zod'
import { InvalidSignatureError } from '../protocol/errors.ts'

/**
 * A two-way binding between a libp2p peer id and an Ethereum address: each key signs the
 * other's identity, so neither can be claimed by someone holding only one key.
 */
export const bindingProofSchema = z.object({
  /** EIP-191 signature by the ETH key over `ethStatement(peerId)`. */
  ethSignature: z.string().regex(/^0x[0-9a-fA-F]{130}$/),
  /** Base64 Ed25519 signature by the libp2p key over `peerStatement(address)`. */
  peerSignature: z.string().min(1).max(200)
}).strict()
export type BindingProof = z.infer<typeof bindingProofSchema>

const ethStatement = (peerId: string): string => `MAIA node binding: this Ethereum account operates libp2p peer ${peerId}`
const peerStatement = (address: string): string => `MAIA node binding: this libp2p peer is operated by Ethereum account ${address.toLowerCase()}`

export async function createBindingProof(libp2pKey: PrivateKey, peerId: string, wallet: Wallet): Promise<BindingProof> {
  const ethSignature = await wallet.signMessage(ethStatement(peerId))
  const peerSignature = Buffer.from(await libp2pKey.sign(new TextEncoder().encode(peerStatement(wallet.address)))).toString('base64')
  return { ethSignature, peerSignature }
}

/** Throws `InvalidSignatureError` unless both halves of the proof verify. */
export async function assertBindingProof(peerId: string, ethAddress: string, proof: BindingProof): Promise<void> {
  let recovered: string
  try {
    recovered = verifyMessage(ethStatement(peerId), proof.ethSignature)
  } catch {
    throw new InvalidSignatureError('binding proof (eth half)', { peerId, ethAddress })
  }
  if (recovered.toLowerCase() !== ethAddress.toLowerCase()) {
    throw new InvalidSignatureError('binding proof (eth half)', { expected: ethAddress, recovered })
  }
  const publicKey = peerIdFromString(peerId).publicKey
  const signature = new Uint8Array(Buffer.from(proof.peerSignature, 'base64'))
  const valid = publicKey !== undefined && await publicKey.verify(new TextEncoder().encode(peerStatement(ethAddress)), signature)
  if (!valid) throw new InvalidSignatureError('binding proof (libp2p half)', { peerId })
}
