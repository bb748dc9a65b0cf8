import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto'
import { BaseError } from '../../../shared/errors/index.ts'

export class MemoryDecryptionError extends BaseError {
  override name = 'MemoryDecryptionError'
  constructor(options: { cause?: unknown } = {}) {
    super('Stored memory could not be decrypted (wrong secret or tampered data)', { cause: options.cause })
  }
}

/** Encrypts user memory at rest (AES-256-GCM) and hides user ids in storage keys (HMAC). */
export interface MemoryCipher {
  seal(plaintext: string, associatedData: string): string
  open(sealed: string, associatedData: string): string
  /** A stable, non-reversible storage name for a user id. */
  storageId(userId: string): string
}

/**
 * Derives separate encryption and key-naming keys from the orchestrator's secret (HKDF), so
 * neither use weakens the other. The associated data binds each record to its user and slot,
 * so a record copied under another user's key fails to open.
 */
export function createMemoryCipher(secret: Uint8Array): MemoryCipher {
  const encryptionKey = Buffer.from(hkdfSync('sha256', secret, 'maia-memory', 'aes-256-gcm', 32))
  const namingKey = Buffer.from(hkdfSync('sha256', secret, 'maia-memory', 'storage-id', 32))
  return {
    seal(plaintext, associatedData) {
      const iv = randomBytes(12)
      const cipher = createCipheriv('aes-256-gcm', encryptionKey, iv)
      cipher.setAAD(Buffer.from(associatedData))
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()])
      return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')
    },
    open(sealed, associatedData) {
      try {
        const bytes = Buffer.from(sealed, 'base64')
        const decipher = createDecipheriv('aes-256-gcm', encryptionKey, bytes.subarray(0, 12))
        decipher.setAAD(Buffer.from(associatedData))
        decipher.setAuthTag(bytes.subarray(12, 28))
        return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8')
      } catch (cause) {
        throw new MemoryDecryptionError({ cause })
      }
    },
    storageId(userId) {
      return createHmac('sha256', namingKey).update(userId).digest('hex').slice(0, 32)
    }
  }
}
