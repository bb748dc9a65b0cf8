import type { JsonRpcProvider } from 'ethers'
import { NotADevnetError } from './errors.ts'

/** Chain id of Hardhat's (and anvil's) local network: the only chain time travel is allowed on. */
export const DEVNET_CHAIN_ID = 31337n

/** @throws {NotADevnetError} unless `chainId` is the local devnet's. */
export function assertDevnet(chainId: bigint): void {
  if (chainId !== DEVNET_CHAIN_ID) throw new NotADevnetError(chainId, DEVNET_CHAIN_ID)
}

export async function latestTimestamp(provider: JsonRpcProvider): Promise<bigint> {
  const block = await provider.getBlock('latest')
  return BigInt(block?.timestamp ?? 0)
}

/** Devnet only: moves chain time forward by `seconds` and mines a block; returns the new time. */
export async function advanceTime(provider: JsonRpcProvider, seconds: bigint): Promise<bigint> {
  if (seconds > 0n) await provider.send('evm_increaseTime', [Number(seconds)])
  await provider.send('evm_mine', [])
  return await latestTimestamp(provider)
}

/** Devnet only: mines a block at `timestamp` or later (no-op when the chain is already there). */
export async function advanceTo(provider: JsonRpcProvider, timestamp: bigint): Promise<bigint> {
  const now = await latestTimestamp(provider)
  if (now >= timestamp) return now
  return await advanceTime(provider, timestamp - now)
}
