import { Wallet, getAddress, hexlify, randomBytes, type BaseWallet } from 'ethers'
import type { Receipt } from '../../../../../shared/protocol/inference.ts'
import { signReceipt } from '../../../../../shared/protocol/receipt.ts'
import type { CuratorCredit, ReceiptEntryInput } from '../../../../../orchestrator/economy/settlement/ReceiptStore.ts'

/** The tiny model's identity stand-in. */
export const MODEL_HASH = '0x' + 'ab'.repeat(32)

/** A receipt signed by `node`, for a random request. */
export async function signedReceipt(node: BaseWallet, overrides: Partial<Omit<Receipt, 'signature' | 'node'>> = {}): Promise<Receipt> {
  return await signReceipt(node, {
    requestId: hexlify(randomBytes(32)),
    promptHash: hexlify(randomBytes(32)),
    outputHash: hexlify(randomBytes(32)),
    inputTokens: 120,
    outputTokens: 40,
    modelHash: MODEL_HASH,
    node: node.address,
    chainId: 31337,
    ...overrides
  })
}

/** A fixed set of parties, so expected amounts can be written by hand. */
export interface Parties {
  nodes: BaseWallet[]
  trainer: string
  curators: string[]
  user: string
}

export function createParties(nodeCount = 2, curatorCount = 2): Parties {
  return {
    nodes: Array.from({ length: nodeCount }, () => Wallet.createRandom()),
    trainer: Wallet.createRandom().address,
    curators: Array.from({ length: curatorCount }, () => Wallet.createRandom().address),
    user: Wallet.createRandom().address
  }
}

/** One entry to record; `amount` as a decimal string so the list survives JSON. */
export async function entry(
  node: BaseWallet,
  amount: bigint,
  extra: { trainer?: string; curators?: CuratorCredit[]; user?: string; sessionId?: string } = {}
): Promise<ReceiptEntryInput & { amount: string }> {
  return {
    receipt: await signedReceipt(node),
    sessionId: extra.sessionId ?? 'session-1',
    amount: amount.toString(),
    ...(extra.user === undefined ? {} : { user: extra.user }),
    ...(extra.trainer === undefined ? {} : { trainer: extra.trainer }),
    ...(extra.curators === undefined ? {} : { curators: extra.curators })
  }
}

/**
 * Expected cumulative earnings written from the rules, not from the implementation, for amounts where
 * nothing rounds (multiples of 10^15 base units, fee 10%, identity weights, 80/10/10): every receipt
 * earns 90% of its charge; the trainer and the curators (by passages) 10% of that each when present;
 * the provider the rest.
 */
export function expectedEarnings(entries: readonly ReceiptEntryInput[]): Map<string, bigint> {
  const expected = new Map<string, bigint>()
  const credit = (account: string, amount: bigint): void => {
    const key = getAddress(account)
    expected.set(key, (expected.get(key) ?? 0n) + amount)
  }
  for (const item of entries) {
    const net = (BigInt(item.amount) * 9n) / 10n
    let provider = net
    if (item.trainer !== undefined) {
      credit(item.trainer, net / 10n)
      provider -= net / 10n
    }
    const curators = item.curators ?? []
    const passages = curators.reduce((sum, curator) => sum + BigInt(curator.passages), 0n)
    for (const curator of curators) {
      const share = ((net / 10n) * BigInt(curator.passages)) / passages
      credit(curator.account, share)
      provider -= share
    }
    credit(item.provider ?? item.receipt.node, provider)
  }
  return expected
}
