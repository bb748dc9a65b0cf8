import type { Logger } from 'pino'
import type { NodeRegistry } from '../../shared/chain/index.ts'

/** How much of a node's stake one proven lie costs, within what governance allows this slasher. */
export interface SlashPolicy {
  /** Share of the node's stake (active + unbonding) slashed per proven lie, in basis points (default 1,000: 10%). */
  shareBps: number
}

export const DEFAULT_SLASH_POLICY: SlashPolicy = Object.freeze({ shareBps: 1_000 })

/** Slashes a node citing evidence; `undefined` when nothing may be slashed now. */
export interface ChainSlasher {
  slash(input: { ethAddress: string; evidenceHash: `0x${string}`; reason: string }): Promise<{ amount: bigint; transactionHash?: string } | undefined>
}

/**
 * The orchestrator's side of the bounded slasher role: slashes a node in NodeRegistry citing an
 * evidence bundle's hash. The amount is `shareBps` of the node's stake, lowered to the contract's
 * per-slash share and to what is left of this slasher's daily cap, so the transaction never
 * reverts on a bound; nothing is sent when nothing may be slashed (cap spent, node unstaked).
 */
export function createChainSlasher(components: { registry: NodeRegistry; slasherAddress: string; policy?: Partial<SlashPolicy>; logger: Logger }): ChainSlasher {
  const policy: SlashPolicy = { ...DEFAULT_SLASH_POLICY, ...components.policy }
  const { registry } = components
  const log = components.logger.child({ component: 'orchestrator:slasher' })
  return {
    async slash({ ethAddress, evidenceHash, reason }) {
      const [status, limit, allowance] = await Promise.all([
        registry.nodeStatus(ethAddress),
        registry.slasherLimit(components.slasherAddress),
        registry.slashAllowance(components.slasherAddress)
      ])
      const available = status.stake + status.unbonding
      const share = BigInt(Math.min(policy.shareBps, Number(limit.maxSlashBps)))
      const amount = [available * share / 10_000n, allowance].reduce((a, b) => (a < b ? a : b))
      if (amount === 0n) {
        log.warn({ node: ethAddress, evidenceHash, available: available.toString(), allowance: allowance.toString() }, 'nothing may be slashed now (no stake, or the cap is spent)')
        return undefined
      }
      const transaction = await registry.slash(ethAddress, amount, evidenceHash, reason)
      const mined = await transaction.wait()
      return { amount, ...(mined?.hash === undefined ? {} : { transactionHash: mined.hash }) }
    }
  }
}
