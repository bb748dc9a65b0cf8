import { buildReportHistory, type DashboardChainReader } from '../dashboard/index.ts'
import type { SessionLedger } from '../economy/index.ts'
import type { ApiRoute } from '../gateway/index.ts'
import type { PriceTable } from '../../shared/config/index.ts'

export interface DashboardRoutesInit {
  /** The MAIA pipeline's accounting, for the cost report over time. */
  accounting?: { ledger: SessionLedger; priceTable: PriceTable }
  /** The chain's governance, epochs, rewards and deposits, when the orchestrator runs on one. */
  chain?: DashboardChainReader
}

/**
 * Read-only JSON the dashboard needs beyond the existing routes: the cost report over time (an
 * operator's, like `/v1/report`), and what the chain says of governance (model versions with their
 * declared dataset and recorded evaluation, whether activation needs one, proposals), epochs, rewards, deposits,
 * stakes and one account (public on chain already, so any API key may read it).
 */
export function dashboardRoutes(init: DashboardRoutesInit): ApiRoute[] {
  const { accounting, chain } = init
  return [
    ...(accounting === undefined ? [] : [{
      method: 'GET' as const, path: /^\/v1\/report\/history$/, admin: true,
      handle: async () => buildReportHistory(await accounting.ledger.all(), accounting.priceTable)
    }]),
    ...(chain === undefined ? [] : [
      { method: 'GET' as const, path: /^\/v1\/governance$/, handle: () => chain.governance() },
      { method: 'GET' as const, path: /^\/v1\/economy$/, handle: () => chain.economy() },
      { method: 'GET' as const, path: /^\/v1\/economy\/accounts\/(0x[0-9a-fA-F]{40})$/, handle: ([account]: string[]) => chain.account(account!) },
      { method: 'GET' as const, path: /^\/v1\/network\/stakes$/, handle: async () => ({ stakes: await chain.stakes() }) }
    ])
  ]
}
