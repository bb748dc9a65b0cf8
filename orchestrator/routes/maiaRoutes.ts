import { buildCostReport } from '../economy/index.ts'
import { scopedUserId, type ApiRoute } from '../gateway/index.ts'
import type { MaiaInit } from '../maia/index.ts'

/** The MAIA pipeline's own routes: a user's memory (export, delete) and the cost report. */
export function maiaRoutes(maia: MaiaInit): ApiRoute[] {
  return [
    // A user's memory is reachable only with the API key of the app that created it.
    { method: 'GET', path: /^\/v1\/users\/([^/]{1,256})\/memory$/, handle: async ([userId], { keyId }) => ({ ...await maia.memory.export(scopedUserId(keyId, userId!)), userId }) },
    { method: 'DELETE', path: /^\/v1\/users\/([^/]{1,256})\/memory$/, handle: async ([userId], { keyId }) => ({ userId, deleted: await maia.memory.delete(scopedUserId(keyId, userId!)) }) },
    { method: 'GET', path: /^\/v1\/report$/, admin: true, handle: async () => buildCostReport(await maia.ledger.all(), maia.priceTable) }
  ]
}
