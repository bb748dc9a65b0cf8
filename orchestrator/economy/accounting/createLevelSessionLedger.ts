import type { LevelStore } from '../../LevelStore.ts'
import { createLevelStorageQuota } from '../../storage/createLevelStorageQuota.ts'
import type { EvictedItem, QuotaChanges, StoreOperation } from '../../storage/StorageQuota.ts'
import { storedBytes } from '../../storage/storedBytes.ts'
import { ReservedSessionIdError } from './errors.ts'
import { continuationOf, markerKey, markerOf, parseMarker, type RolledUpMarker } from './rolledUpMarker.ts'
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
 * from this key or another, rolls one up (createCarefulSessions.ts reads it here). ~6,000 such
 * sessions; past them, a rolled-up one stays careful while its marker is kept.
 */
export const DEFAULT_CAREFUL_SESSION_BYTES_PER_KEY = 8 * 2 ** 20
/**
 * What the markers of one key's rolled-up sessions may weigh, index included: ~400 bytes a session
 * (~160 of marker, ~240 of the quota's index), so the ~2,600 rolled up last (by last use) can resume
 * as the same session. Past it the oldest markers go, and a session resumed after its marker went
 * is counted again in every report (a new session beside the rollup that counts its start) and
 * judged apart (sovereign, without Anthropic). With the other budgets a key keeps at most ~62 MiB.
 */
export const DEFAULT_MARKER_BYTES_PER_KEY = 2 ** 20
/**
 * The same for the markers of rolled-up sessions in careful mode, a budget of their own so that no
 * flood of ordinary sessions ends one's careful mode: ~2,600 crisis sessions past the careful
 * budget's ~6,000. Past both, only the same key's own flood of crisis sessions (~8,600 newer ones)
 * can do it: a crisis session resumed after that and a restart gets ordinary replies, unless the
 * app resends the crisis turn (re-screened each request).
 */
export const DEFAULT_CAREFUL_MARKER_BYTES_PER_KEY = 2 ** 20

/** The budgets of the ledger's quota. */
const SESSION = 'session'
const CAREFUL = 'careful'
const MARKER = 'marker'
const CAREFUL_MARKER = 'careful-marker'
/** The owner of sessions recorded without an API key id: one budget for them all. */
const UNOWNED = ''
/** Markers are quota items named apart from sessions, whose ids never begin with `!`. */
const MARKER_ITEM_PREFIX = '!marker/'

export interface LevelSessionLedgerComponents {
  store: LevelStore
  now: () => number
  /** Default {@link DEFAULT_SESSION_BYTES_PER_KEY}. */
  sessionBytesPerKey?: number
  /** Default {@link DEFAULT_CAREFUL_SESSION_BYTES_PER_KEY}. */
  carefulSessionBytesPerKey?: number
  /** Default {@link DEFAULT_MARKER_BYTES_PER_KEY}. */
  markerBytesPerKey?: number
  /** Default {@link DEFAULT_CAREFUL_MARKER_BYTES_PER_KEY}. */
  carefulMarkerBytesPerKey?: number
}

/**
 * Session accounting in `level`: one JSON record per session, rewritten after every request, so a
 * crash loses at most the request in flight. Each API key's sessions share a byte budget
 * (`sessionBytesPerKey`, and `carefulSessionBytesPerKey` for sessions in careful mode): past it,
 * its least recently used sessions are summed into per-day rollups (`rollups` sublevel) that
 * `all()` returns beside the sessions, so reports count them as before. Each rolled-up session
 * leaves a marker (`markers` sublevel, its own budgets per key, the oldest going first): a request
 * that resumes it continues that session (the rest is counted as part of it, careful mode kept)
 * instead of starting another. The quota's index (the `quota` sublevel), rollups, markers and the
 * session are written in one batch, so a crash never splits a rollup from its marker. Writes run
 * one at a time (a rollup is shared by every key's sessions), so two writes to one session never
 * both start from its marker.
 */
export function createLevelSessionLedger(components: LevelSessionLedgerComponents): SessionLedger {
  const { store, now } = components
  const quota = createLevelStorageQuota({
    store,
    budgets: {
      [SESSION]: components.sessionBytesPerKey ?? DEFAULT_SESSION_BYTES_PER_KEY,
      [CAREFUL]: components.carefulSessionBytesPerKey ?? DEFAULT_CAREFUL_SESSION_BYTES_PER_KEY,
      [MARKER]: components.markerBytesPerKey ?? DEFAULT_MARKER_BYTES_PER_KEY,
      [CAREFUL_MARKER]: components.carefulMarkerBytesPerKey ?? DEFAULT_CAREFUL_MARKER_BYTES_PER_KEY
    }
  })
  const rollups = store.sublevel<string, string>('rollups', {})
  const markers = store.sublevel<string, string>('markers', {})
  let queue: Promise<void> = Promise.resolve()

  const kept = async (sessionId: string): Promise<SessionRecord | undefined> => {
    const raw = await store.get(sessionId)
    return raw === undefined ? undefined : JSON.parse(raw) as SessionRecord
  }
  const markerFor = async (sessionId: string): Promise<RolledUpMarker | undefined> => {
    const key = markerKey(sessionId)
    const raw = await markers.get(key)
    return raw === undefined ? undefined : parseMarker(key, raw)
  }
  const get = async (sessionId: string): Promise<SessionRecord | undefined> => {
    if (sessionId.startsWith('!')) return undefined
    const record = await kept(sessionId)
    if (record !== undefined) return record
    const marker = await markerFor(sessionId)
    return marker === undefined ? undefined : continuationOf(sessionId, marker, now())
  }

  /**
   * Leaves a rolled-up session's marker (in `markerValues`, admitted to `changes`) and returns the
   * older markers it pushed out of the owner's budget. Its `at` is the session's last use: the
   * markers of the sessions used longest ago go first.
   */
  const leaveMarker = async (item: EvictedItem, session: SessionRecord, changes: QuotaChanges, markerValues: Map<string, string | null>): Promise<EvictedItem[]> => {
    const marker = markerOf(session)
    const name = markerKey(item.id)
    const value = JSON.stringify(marker)
    markerValues.set(name, value)
    const kind = marker.careful ? CAREFUL_MARKER : MARKER
    return await changes.admit({ owner: item.owner, id: `${MARKER_ITEM_PREFIX}${name}`, kind, bytes: storedBytes(markers, name, value), at: session.updatedAt })
  }

  /**
   * Deletes evicted sessions, adds each to its day's rollup and leaves its marker; deletes the
   * markers evicted in turn.
   */
  const rollUp = async (evicted: readonly EvictedItem[], changes: QuotaChanges): Promise<StoreOperation[]> => {
    const operations: StoreOperation[] = []
    const sums = new Map<string, SessionRecord | undefined>()
    /** Markers as this write leaves them: a value, or null once evicted. */
    const markerValues = new Map<string, string | null>()
    const pending = [...evicted]
    for (let item = pending.shift(); item !== undefined; item = pending.shift()) {
      if (item.kind === MARKER || item.kind === CAREFUL_MARKER) {
        markerValues.set(item.id.slice(MARKER_ITEM_PREFIX.length), null)
        continue
      }
      const session = await kept(item.id)
      if (session === undefined) continue
      const key = rollupKey(session)
      if (!sums.has(key)) {
        const raw = await rollups.get(key)
        sums.set(key, raw === undefined ? undefined : JSON.parse(raw) as SessionRecord)
      }
      sums.set(key, addToRollup(sums.get(key), session, key))
      operations.push({ type: 'del', key: item.id })
      pending.push(...await leaveMarker(item, session, changes, markerValues))
    }
    for (const [key, sum] of sums) operations.push({ type: 'put', key, value: JSON.stringify(sum), sublevel: rollups })
    for (const [key, value] of markerValues) operations.push(value === null ? { type: 'del', key, sublevel: markers } : { type: 'put', key, value, sublevel: markers })
    return operations
  }

  /** The session's record, or the rest of it after its rollup (its marker then goes: the record says the same). */
  const startingRecord = async (sessionId: string, at: number, changes: QuotaChanges): Promise<{ record: SessionRecord; operations: StoreOperation[] }> => {
    const record = await kept(sessionId)
    if (record !== undefined) return { record, operations: [] }
    const marker = await markerFor(sessionId)
    if (marker === undefined) return { record: freshRecord(sessionId, at), operations: [] }
    const name = markerKey(sessionId)
    await changes.forget(`${MARKER_ITEM_PREFIX}${name}`)
    return { record: continuationOf(sessionId, marker, at), operations: [{ type: 'del', key: name, sublevel: markers }] }
  }

  const recordNow = async (sessionId: string, entry: UsageEntry): Promise<void> => {
    const at = now()
    const changes = quota.changes()
    const { record, operations } = await startingRecord(sessionId, at, changes)
    // An older record (no `careful` kept) keeps what it implied; from now on only a risk makes it careful.
    record.careful = isCarefulRecord(record) || entry.careful === true
    addUsage(record, entry, at)
    const value = JSON.stringify(record)
    // A session that disclosed a risk is careful (createCarefulSessions.ts): it counts against the
    // careful budget. Refused manipulation attempts do not: a flood of them (one app's user sending
    // jailbreaks) would otherwise push a person in crisis out of that budget, and out of careful mode.
    const kind = record.careful ? CAREFUL : SESSION
    const evicted = await changes.admit({ owner: entry.owner ?? UNOWNED, id: sessionId, kind, bytes: storedBytes(store, sessionId, value), at })
    const rolledUp = await rollUp(evicted, changes)
    await store.batch([{ type: 'put', key: sessionId, value }, ...operations, ...rolledUp, ...changes.operations()])
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
      // Sessions lie on both sides of the `!` range, where level keeps the quota, rollups and markers sublevels.
      for await (const value of store.values({ lt: '!' })) records.push(JSON.parse(value) as SessionRecord)
      for await (const value of store.values({ gte: '"' })) records.push(JSON.parse(value) as SessionRecord)
      for await (const value of rollups.values()) records.push(JSON.parse(value) as SessionRecord)
      return records
    }
  }
}

/** The record of a session's first request. */
function freshRecord(sessionId: string, at: number): SessionRecord {
  return {
    sessionId, startedAt: at, updatedAt: at, requests: 0, sovereign: true, claudeFallbacks: 0, careful: false,
    byRoute: Object.fromEntries(ROUTES.map((route) => [route, emptyRouteTotals()])) as Record<Route, ReturnType<typeof emptyRouteTotals>>,
    byIntent: {}
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
  // Sessions recorded before intents were kept (and the rest of such a session) have requests no intent accounts for.
  if (record.byIntent !== undefined) {
    const intent = record.byIntent[entry.intent ?? UNKNOWN_INTENT] ??= emptyIntentTotals()
    intent.requests += 1
    const onRoute = intent.byRoute[entry.route] ??= { requests: 0, promptTokens: 0, outputTokens: 0, passageTokens: 0 }
    onRoute.requests += 1
    onRoute.promptTokens += entry.inputTokens + (entry.cacheWriteTokens ?? 0) + (entry.cacheReadTokens ?? 0)
    onRoute.outputTokens += entry.outputTokens
    onRoute.passageTokens += entry.passageTokens ?? 0
  }
  record.requests += 1
  record.updatedAt = at
  if (entry.route === 'claude') record.sovereign = false
  if (entry.claudeFallback === true) record.claudeFallbacks += 1
}
