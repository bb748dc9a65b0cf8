import type { PriceTable } from '../../shared/config/index.ts'
import { buildPhaseReport, readSettlementStatus, type EconomyInit, type PhaseReport, type SessionLedger } from '../economy/index.ts'
import type { ApiRoute } from '../gateway/index.ts'

/**
 * `GET /v1/report/phases` (operator key, like `/v1/report`): the seed's cost table — 100% Anthropic,
 * phases 1A, 1B, 2 and 3 — replayed from the traffic this orchestrator recorded, as
 * `{ phases: [{ phase, label, sovereignShare, costPer1000Sessions, seedSovereignShare, seedCostPer1000Sessions, … }], assumptions, … }`
 * (shares are fractions from 0 to 1, costs USD). Needs the MAIA pipeline's ledger.
 */
export function phaseReportRoutes(maia: { ledger: SessionLedger; priceTable: PriceTable; libraryTokens?: () => Promise<number> }): ApiRoute[] {
  return [{
    method: 'GET', path: /^\/v1\/report\/phases$/, admin: true,
    handle: async (): Promise<PhaseReport> => {
      // Without the library's size the full-library prompt is assumed to fill Claude's context (said so in the assumptions).
      const libraryTokens = await maia.libraryTokens?.().catch(() => undefined)
      return buildPhaseReport(await maia.ledger.all(), maia.priceTable, libraryTokens === undefined ? {} : { libraryTokens })
    }
  }]
}

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
