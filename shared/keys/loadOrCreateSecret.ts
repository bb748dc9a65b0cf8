import { randomBytes } from 'node:crypto'
import { CorruptKeyFileError } from './errors.ts'
import { readKeyFile } from './nodeIdentity.ts'
import { writeFileAtomic } from '../util/writeFileAtomic.ts'

/**
 * A 32-byte secret kept as hex in `path` (mode 0600), created on first use. Used for keys that
 * must survive restarts but never leave the machine, such as the one user memory is sealed with.
 */
export async function loadOrCreateSecret(path: string): Promise<Uint8Array> {
  const existing = await readKeyFile(path)
  if (existing !== undefined) {
    const hex = new TextDecoder().decode(existing).trim()
    if (!/^(?:[0-9a-f]{2}){32,}$/i.test(hex)) throw new CorruptKeyFileError(path)
    return new Uint8Array(Buffer.from(hex, 'hex'))
  }
  const secret = randomBytes(32)
  await writeFileAtomic(path, secret.toString('hex'), 0o600)
  return new Uint8Array(secret)
}
