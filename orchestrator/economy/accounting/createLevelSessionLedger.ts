import type { LevelStore } from '../../LevelStore.ts'
import { createLevelStorageQuota } from '../../storage/createLevelStorageQuota.ts'
import type { EvictedItem, StoreOperation } from '../../storage/StorageQuota.ts'
import { storedBytes } from '../../storage/storedBytes.ts'
import { ReservedSessionIdError } from './errors.ts'
import { addToRollup, rollupKey } from './rollUpSession.ts'
import { emptyIntentTotals, emptyRouteTotals, isCarefulRecord, ROUTES, UNKNOWN_INTENT, type Route, type SessionLedger, type SessionRecord, type UsageEntry } from './SessionLedger.ts'

/**
 * What the sessions of one API key may weigh in the ledger, in bytes as stored (index included),
 * before its least recently used are rolled into daily totals: ~1.2 KB a session of two requests,
 * so ~7,000 sessions kept one by one. With the memory's budget, one key keeps at most 64 MiB
 * (test/attacks/exhaustion/storage-growth.test.ts).
 */
export const DEFAULT_SESSION_BYTES_PER_KEY = 8 * 2 ** 20
/**
 * The same for the key's sessions in careful mode (they disclosed a risk; a refused manipulation
 * attempt alone does not count), a budget of their own: no flood of ordinary sessions or refusals,
 * from this key or another, rolls one up and so ends its careful mode after a restart
 * (createCarefulSessions.ts reads it here). ~6,000 such sessions.
 */
export const DEFAULT_CAREFUL_SESSION_BYTES_PER_KEY = 8 * 2 ** 20

/** The budgets of the ledger's quota. */
const SESSION = 'session'
const CAREFUL = 'careful'
/** The owner of sessions recorded without an API key id: one budget for them all. */
const UNOWNED = ''

/**
 * Session accounting in `level`: one JSON record per session, rewritten after every request, so a
 * crash loses at most the request in flight. Each API key's sessions share a byte budget
 * (`sessionBytesPerKey`, and `carefulSessionBytesPerKey` for sessions in careful mode): past it,
 * its least recently used sessions are summed into per-day rollups (`rollups` sublevel) that
 * `all()` returns beside the sessions, so reports count them as before. The quota's index (the
 * `quota` sublevel), the rollups and the session are written in one batch. Writes run one at a
 * time (a rollup is shared by every key's sessions).
 */
export function createLevelSessionLedger(components: { store: LevelStore; now: () => number; sessionBytesPerKey?: number; carefulSessionBytesPerKey?: number }): SessionLedger {
  const { store, now } = components
  const quota = createLevelStorageQuota({
    store,
    budgets: { [SESSION]: components.sessionBytesPerKey ?? DEFAULT_SESSION_BYTES_PER_KEY, [CAREFUL]: components.carefulSessionBytesPerKey ?? DEFAULT_CAREFUL_SESSION_BYTES_PER_KEY }
  })
  const rollups = store.sublevel<string, string>('rollups', {})
  let queue: Promise<void> = Promise.resolve()
  const get = async (sessionId: string): Promise<SessionRecord | undefined> => {
    if (sessionId.startsWith('!')) return undefined
    const raw = await store.get(sessionId)
    return raw === undefined ? undefined : JSON.parse(raw) as SessionRecord
  }

  /** Deletes evicted sessions and adds each to its day's rollup. */
  const rollUp = async (evicted: readonly EvictedItem[]): Promise<StoreOperation[]> => {
    const operations: StoreOperation[] = []
    const sums = new Map<string, SessionRecord | undefined>()
    for (const { id } of evicted) {
      const session = await get(id)
      if (session === undefined) continue
      const key = rollupKey(session)
      if (!sums.has(key)) {
        const raw = await rollups.get(key)
        sums.set(key, raw === undefined ? undefined : JSON.parse(raw) as SessionRecord)
      }
      sums.set(key, addToRollup(sums.get(key), session, key))
      operations.push({ type: 'del', key: id })
    }
    for (const [key, sum] of sums) operations.push({ type: 'put', key, value: JSON.stringify(sum), sublevel: rollups })
    return operations
  }

  const recordNow = async (sessionId: string, entry: UsageEntry): Promise<void> => {
    const at = now()
    const record = await get(sessionId) ?? {
      sessionId, startedAt: at, updatedAt: at, requests: 0, sovereign: true, claudeFallbacks: 0, careful: false,
      byRoute: Object.fromEntries(ROUTES.map((route) => [route, emptyRouteTotals()])) as Record<Route, ReturnType<typeof emptyRouteTotals>>
    }
    // An older record (no `careful` kept) keeps what it implied; from now on only a risk makes it careful.
    record.careful = isCarefulRecord(record) || entry.careful === true
    addUsage(record, entry, at)
    const value = JSON.stringify(record)
    // A session that disclosed a risk is careful (createCarefulSessions.ts): it counts against the
    // careful budget. Refused manipulation attempts do not: a flood of them (one app's user sending
    // jailbreaks) would otherwise push a person in crisis out of that budget, and out of careful mode.
    const kind = record.careful ? CAREFUL : SESSION
    const { operations, evicted } = await quota.admit({ owner: entry.owner ?? UNOWNED, id: sessionId, kind, bytes: storedBytes(store, sessionId, value), at })
    await store.batch([{ type: 'put', key: sessionId, value }, ...operations, ...await rollUp(evicted)])
  }

  return {
    get,
    record(sessionId, entry) {
      if (sessionId.startsWith('!')) return Promise.reject(new ReservedSessionIdError({ sessionId }))
      const next = queue.then(() => recordNow(sessionId, entry))
      queue = next.catch(() => {})
      return next
    },
    async all() {
      const records: SessionRecord[] = []
      // Sessions lie on both sides of the `!` range, where level keeps the quota and rollups sublevels.
      for await (const value of store.values({ lt: '!' })) records.push(JSON.parse(value) as SessionRecord)
      for await (const value of store.values({ gte: '"' })) records.push(JSON.parse(value) as SessionRecord)
      for await (const value of rollups.values()) records.push(JSON.parse(value) as SessionRecord)
      return records
    }
  }
}

/** Adds one request's usage to its session's record. */
function addUsage(record: SessionRecord, entry: UsageEntry, at: number): void {
  const totals = record.byRoute[entry.route]
  totals.requests += 1
  totals.inputTokens += entry.inputTokens
  totals.outputTokens += entry.outputTokens
  totals.cacheWriteTokens += entry.cacheWriteTokens ?? 0
  totals.cacheReadTokens += entry.cacheReadTokens ?? 0
  totals.curatorPassages = (totals.curatorPassages ?? 0) + (entry.curatorPassages ?? 0)
  const byIntent = record.byIntent ?? {}
  const intent = byIntent[entry.intent ?? UNKNOWN_INTENT] ??= emptyIntentTotals()
  intent.requests += 1
  const onRoute = intent.byRoute[entry.route] ??= { requests: 0, promptTokens: 0, outputTokens: 0, passageTokens: 0 }
  onRoute.requests += 1
  onRoute.promptTokens += entry.inputTokens + (entry.cacheWriteTokens ?? 0) + (entry.cacheReadTokens ?? 0)
  onRoute.outputTokens += entry.outputTokens
  onRoute.passageTokens += entry.passageTokens ?? 0
  // Sessions recorded before intents were kept have requests that no intent accounts for.
  if (record.byIntent !== undefined || record.requests === 0) record.byIntent = byIntent
  record.requests += 1
  record.updatedAt = at
  if (entry.route === 'claude') record.sovereign = false
  if (entry.claudeFallback === true) record.claudeFallbacks += 1
}
