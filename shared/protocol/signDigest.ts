import type { BaseWallet } from 'ethers'
import { loadNativeSecp256k1 } from './nativeSecp256k1.ts'

const privateKeys = new WeakMap<BaseWallet, Uint8Array>()

/**
 * `wallet.signingKey.sign(digest).serialized`, natively where libsecp256k1 loads: both use
 * RFC 6979 nonces and low `s`, so the 65 bytes are the same (r‖s‖v, v = 27 + recovery id).
 */
export function signDigest(wallet: BaseWallet, digest: Uint8Array, options: { native?: boolean } = {}): string {
  const native = options.native === false ? null : loadNativeSecp256k1()
  if (native === null || digest.length !== 32) return wallet.signingKey.sign(digest).serialized
  let privateKey = privateKeys.get(wallet)
  if (privateKey === undefined) {
    privateKey = Buffer.from(wallet.signingKey.privateKey.slice(2), 'hex')
    privateKeys.set(wallet, privateKey)
  }
  const output = native.ecdsaSign(digest, privateKey)
  const signature = Buffer.alloc(65)
  signature.set(output.signature, 0)
  signature[64] = 27 + output.recid
  return `0x${signature.toString('hex')}`
}
