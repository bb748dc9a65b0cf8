import { buildCostReport } from '../economy/index.ts'
import { ApiError, scopedUserId, type ApiRoute } from '../gateway/index.ts'
import type { MaiaInit } from '../maia/index.ts'

/** The longest user id `x-maia-user` carries (callerContext.ts), and so the longest one with a memory. */
const MAX_USER_ID_CHARACTERS = 256
/**
 * The longest user id segment of a path: percent-encoding spells a character in up to 9 (a 3-byte
 * UTF-8 character as %XX%XX%XX), so every id that can have a memory can reach it. Bounded on the
 * encoded path, an id of 253 characters with a `/` in it was stored and could be neither exported nor erased.
 */
const USER_ID_PATH = /^\/v1\/users\/([^/]{1,2304})\/memory$/

/** The MAIA pipeline's own routes: a user's memory (export, delete) and the cost report. */
export function maiaRoutes(maia: MaiaInit): ApiRoute[] {
  return [
    // A user's memory is reachable only with the API key of the app that created it.
    { method: 'GET', path: USER_ID_PATH, handle: async ([userId], { keyId }) => ({ ...await maia.memory.export(scopedUserId(keyId, checkedUserId(userId!))), userId }) },
    { method: 'DELETE', path: USER_ID_PATH, handle: async ([userId], { keyId }) => ({ userId, deleted: await maia.memory.delete(scopedUserId(keyId, checkedUserId(userId!))) }) },
    { method: 'GET', path: /^\/v1\/report$/, admin: true, handle: async () => buildCostReport(await maia.ledger.all(), maia.priceTable) }
  ]
}

function checkedUserId(userId: string): string {
  if (userId.length > MAX_USER_ID_CHARACTERS) throw new ApiError('invalid_request_error', `A user id has at most ${MAX_USER_ID_CHARACTERS} characters (this one has ${userId.length})`)
  return userId
}
