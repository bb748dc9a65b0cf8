import { keccak_256 } from '@noble/hashes/sha3.js'
import { recoverAddress } from 'ethers'
import { createSignerCache, type SignerCache } from '../keys/createSignerCache.ts'
import { loadNativeSecp256k1 as loadNative } from './nativeSecp256k1.ts'

/** Signers whose public keys are kept (every node an orchestrator routes to, with room to spare). */
const MAX_KNOWN_KEYS = 4_096

/** ethers refuses an `s` with its top bit set ("non-canonical s"). */
const TOP_BIT = 0x80

/** Whether native signature recovery is available in this process. */
export function hasNativeSecp256k1(): boolean {
  return loadNative() !== null
}

export interface SignatureCheckerInit {
  /** Use libsecp256k1 when it loads (default true); false forces the JS path (tests compare the two). */
  native?: boolean
}

/**
 * Exact Ethereum signature checks for the orchestrator's hot path: a receipt per routed request, a
 * capability record per heartbeat. With libsecp256k1 (the `secp256k1` package's native binding) a
 * check is an ecrecover plus a keccak, ~0.08 ms, against ~0.5 ms for the noble signer cache with a
 * precomputed table and ~2-4 ms for ethers; a signer's public key is kept once proven, so its
 * later signatures skip the keccak. Answers are ethers'
 * (`recoverAddress(digest, signature) === address`): signatures outside the common shape (not 65
 * bytes, v not 27/28, a top-bit `s`) take ethers' own path, and libsecp256k1 refuses what ethers
 * refuses of the rest (r or s zero or not below the group order). Without the binding: the noble
 * signer cache ({@link createSignerCache}), same answers.
 *
 * @example
 * const signatures = createSignatureChecker()
 * signatures.signedBy(receiptDigestBytes(receipt), receipt.signature, receipt.node) // true
 */
export function createSignatureChecker(init: SignatureCheckerInit = {}): SignerCache {
  const native = init.native === false ? null : loadNative()
  if (native === null) return createSignerCache()
  const publicKey = new Uint8Array(65)
  // Each address's public key, once a recovery has proven it hashes to that address: a later
  // signature whose recovered key is the same 64 bytes is that signer's without a keccak. Any other
  // key takes the keccak path (a different key with the same address would be a keccak collision).
  const knownKeys = new Map<string, Buffer>()
  return {
    get size() { return knownKeys.size },
    signedBy(digest, signature, address) {
      try {
        const bytes = Buffer.from(signature.startsWith('0x') ? signature.slice(2) : signature, 'hex')
        const v = bytes[64]
        if (digest.length !== 32 || bytes.length !== 65 || (v !== 27 && v !== 28) || (bytes[32]! & TOP_BIT) !== 0) {
          return recoverAddress(digest, signature).toLowerCase() === address.toLowerCase()
        }
        native.ecdsaRecover(bytes.subarray(0, 64), v - 27, digest, false, publicKey)
        const recovered = publicKey.subarray(1)
        const known = knownKeys.get(address)
        if (known !== undefined && known.equals(recovered)) return true
        const hashed = keccak_256(recovered)
        if (`0x${Buffer.from(hashed.buffer, hashed.byteOffset + 12, 20).toString('hex')}` !== address.toLowerCase()) return false
        if (knownKeys.size >= MAX_KNOWN_KEYS) knownKeys.clear()
        knownKeys.set(address, Buffer.from(recovered))
        return true
      } catch {
        return false
      }
    }
  }
}
