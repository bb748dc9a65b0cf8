import { join } from 'node:path'
import { privateKeyFromProtobuf } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { Wallet } from 'ethers'
import { CorruptKeyFileError } from '../../../shared/keys/index.ts'
import { ETH_KEY_FILE, LIBP2P_KEY_FILE, readKeyFile } from '../../../shared/keys/index.ts'
import { KeyFileNotFoundError } from './errors.ts'

/**
 * The ETH address (and key) and libp2p peer id of a node, read from its `--data-dir` (as `maia node`
 * wrote it) without creating anything: registering a node that has no keys yet would stake for nobody.
 * The key signs the node's consent to its registration by a provider (`NodeRegistration`).
 */
export async function readNodeIdentity(dataDir: string): Promise<{ node: string; peerId: string; wallet: Wallet }> {
  const ethPath = join(dataDir, ETH_KEY_FILE)
  const libp2pPath = join(dataDir, LIBP2P_KEY_FILE)
  const ethBytes = await readKeyFile(ethPath)
  if (ethBytes === undefined) throw new KeyFileNotFoundError(ethPath)
  const libp2pBytes = await readKeyFile(libp2pPath)
  if (libp2pBytes === undefined) throw new KeyFileNotFoundError(libp2pPath)
  let wallet: Wallet
  try {
    wallet = new Wallet(new TextDecoder().decode(ethBytes).trim())
  } catch (cause) {
    throw new CorruptKeyFileError(ethPath, { cause })
  }
  try {
    return { node: wallet.address, wallet, peerId: peerIdFromPrivateKey(privateKeyFromProtobuf(libp2pBytes)).toString() }
  } catch (cause) {
    throw new CorruptKeyFileError(libp2pPath, { cause })
  }
}
