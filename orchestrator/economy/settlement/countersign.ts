import { getAddress, recoverAddress, type SigningKey } from 'ethers'

/** The orchestrator key that countersigns receipts; an ethers `Wallet` satisfies it. */
export interface Countersigner {
  readonly address: string
  readonly signingKey: SigningKey
}

/**
 * The orchestrator's countersignature of a receipt digest: a raw secp256k1 signature over the 32-byte
 * EIP-712 digest itself, without the EIP-191 "Ethereum Signed Message" prefix, so it attests exactly
 * the typed data the node signed (65 bytes, `r ‖ s ‖ v`).
 *
 * @example
 * const countersignature = countersignDigest(orchestratorWallet, receiptDigest(receipt))
 */
export function countersignDigest(signer: Countersigner, digest: string): string {
  return signer.signingKey.sign(digest).serialized
}

/**
 * The address that produced `countersignature` over `digest`.
 *
 * @example
 * recoverCountersigner(stored.digest, stored.countersignature) === stored.orchestrator
 */
export function recoverCountersigner(digest: string, countersignature: string): string {
  return getAddress(recoverAddress(digest, countersignature))
}
