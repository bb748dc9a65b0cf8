import { createRequire } from 'node:module'

/** The part of the `secp256k1` package's native binding (libsecp256k1) used here. */
export interface NativeSecp256k1 {
  ecdsaRecover(signature: Uint8Array, recoveryId: number, digest: Uint8Array, compressed: boolean, output: Uint8Array): Uint8Array
  /** r‖s (low s) and the recovery id; RFC 6979 nonces without options. Throws on an invalid key. */
  ecdsaSign(digest: Uint8Array, privateKey: Uint8Array): { signature: Uint8Array; recid: number }
}

let nativeBinding: NativeSecp256k1 | null | undefined

/**
 * libsecp256k1 through the `secp256k1` package's prebuilt binding, or null where it cannot load
 * (no prebuild for the platform). `secp256k1/bindings` is asked for, not the package's main entry,
 * which falls back to pure-JS `elliptic` silently: slower than the noble paths used instead.
 */
export function loadNativeSecp256k1(): NativeSecp256k1 | null {
  if (nativeBinding !== undefined) return nativeBinding
  try {
    nativeBinding = createRequire(import.meta.url)('secp256k1/bindings') as NativeSecp256k1
  } catch {
    nativeBinding = null
  }
  return nativeBinding
}
