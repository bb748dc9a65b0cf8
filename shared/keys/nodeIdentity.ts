import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { generateKeyPair, privateKeyFromProtobuf, privateKeyToProtobuf } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import type { PeerId, PrivateKey } from '@libp2p/interface'
import { Wallet } from 'ethers'
import { CorruptKeyFileError, InsecureKeyFileError } from './errors.ts'
import { writeFileAtomic } from '../util/writeFileAtomic.ts'

/** A participant's two identities: its libp2p peer key and its Ethereum account. */
export interface NodeIdentity {
  readonly libp2pKey: PrivateKey
  readonly peerId: PeerId
  readonly wallet: Wallet
}

export const LIBP2P_KEY_FILE = 'libp2p.key'
export const ETH_KEY_FILE = 'eth.key'

/**
 * Loads the identity kept in `dataDir`, creating both keys on first use. Key files are
 * written with mode 0600 and refused if other users can read them.
 *
 * @example
 * const identity = await loadOrCreateIdentity('~/.maia/node')
 * identity.peerId.toString() // '12D3KooW...'
 */
export async function loadOrCreateIdentity(dataDir: string): Promise<NodeIdentity> {
  const libp2pKey = await loadOrCreate(join(dataDir, LIBP2P_KEY_FILE),
    async () => privateKeyToProtobuf(await generateKeyPair('Ed25519')),
    (bytes) => privateKeyFromProtobuf(bytes))
  const wallet = await loadOrCreate(join(dataDir, ETH_KEY_FILE),
    async () => new TextEncoder().encode(Wallet.createRandom().privateKey),
    (bytes) => new Wallet(new TextDecoder().decode(bytes).trim()))
  return { libp2pKey, peerId: peerIdFromPrivateKey(libp2pKey), wallet }
}

async function loadOrCreate<T>(path: string, create: () => Promise<Uint8Array>, parse: (bytes: Uint8Array) => T): Promise<T> {
  const existing = await readKeyFile(path)
  const bytes = existing ?? await create()
  let key: T
  try {
    key = parse(bytes)
  } catch (cause) {
    throw new CorruptKeyFileError(path, { cause })
  }
  if (existing === undefined) await writeFileAtomic(path, bytes, 0o600)
  return key
}

/** Reads a key file, refusing one other users can read; `undefined` when it does not exist. */
export async function readKeyFile(path: string): Promise<Uint8Array | undefined> {
  let mode: number
  try {
    mode = (await stat(path)).mode
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
  if ((mode & 0o077) !== 0) throw new InsecureKeyFileError(path, mode)
  return new Uint8Array(await readFile(path))
}
