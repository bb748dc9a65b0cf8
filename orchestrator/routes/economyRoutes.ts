import { readSettlementStatus, type EconomyInit } from '../economy/index.ts'
import type { ApiRoute } from '../gateway/index.ts'

/** Rewards proofs for claimants, and settlement for operators; none without a settler. */
export function economyRoutes(economy: EconomyInit, settlement: { settleEpoch: () => Promise<unknown>; retryStatus: () => unknown }): ApiRoute[] {
  const settler = economy.settler
  if (settler === undefined) return []
  return [
    { method: 'GET', path: /^\/v1\/rewards\/(0x[0-9a-fA-F]{40})$/, handle: async ([account]) => await settler.claimFor(account!) },
    {
      method: 'GET', path: /^\/v1\/settlement$/, admin: true,
      handle: async () => ({
        ...await readSettlementStatus({ settler, receipts: economy.receipts, health: economy.health }),
        ...(economy.payments === undefined ? {} : { redemptionFailures: await economy.payments.failures() }),
        retry: settlement.retryStatus()
      })
    },
    { method: 'POST', path: /^\/v1\/settlement\/epochs$/, admin: true, handle: async () => await settlement.settleEpoch() }
  ]
}
