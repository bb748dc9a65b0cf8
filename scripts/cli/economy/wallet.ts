import { Wallet } from 'ethers'
import { CorruptKeyFileError } from '../../../shared/keys/index.ts'
import { readKeyFile } from '../../../shared/keys/index.ts'
import { InvalidEconomyArgumentError, KeyFileNotFoundError } from './errors.ts'

/** The environment variable holding a 0x-hex private key (never a flag: flags leak into history and `ps`). */
export const PRIVATE_KEY_ENV = 'MAIA_PRIVATE_KEY'

/**
 * The signing wallet from `--key-file` (wins when both are given) or `MAIA_PRIVATE_KEY`; `undefined`
 * when neither is set. A node's `eth.key` works as a key file.
 *
 * @throws {InsecureKeyFileError} when other users can read the file (as ssh refuses such keys).
 * @throws {KeyFileNotFoundError} / {CorruptKeyFileError} for a missing or unparsable file.
 */
export async function loadWallet({ keyFile, env }: { keyFile?: string; env: NodeJS.ProcessEnv }): Promise<Wallet | undefined> {
  if (keyFile !== undefined) {
    const bytes = await readKeyFile(keyFile)
    if (bytes === undefined) throw new KeyFileNotFoundError(keyFile)
    try {
      return new Wallet(new TextDecoder().decode(bytes).trim())
    } catch (cause) {
      throw new CorruptKeyFileError(keyFile, { cause })
    }
  }
  const fromEnv = env[PRIVATE_KEY_ENV]?.trim()
  if (fromEnv === undefined || fromEnv === '') return undefined
  try {
    return new Wallet(fromEnv)
  } catch {
    // No cause: ethers' error text would echo the key.
    throw new InvalidEconomyArgumentError(`${PRIVATE_KEY_ENV}: not a valid 0x-hex secp256k1 private key`)
  }
}
