import type { LevelStore } from '../../LevelStore.ts'
import { emptyIntentTotals, emptyRouteTotals, ROUTES, UNKNOWN_INTENT, type Route, type SessionLedger, type SessionRecord } from './SessionLedger.ts'


/**
 * Session accounting in `level`: one JSON record per session, rewritten after every request, so a
 * crash loses at most the request in flight. Updates to one session are serialized in-process.
 */
export function createLevelSessionLedger(components: { store: LevelStore; now: () => number }): SessionLedger {
  const { store, now } = components
  const pending = new Map<string, Promise<void>>()
  const get = async (sessionId: string): Promise<SessionRecord | undefined> => {
    const raw = await store.get(sessionId)
    return raw === undefined ? undefined : JSON.parse(raw) as SessionRecord
  }
  return {
    get,
    record(sessionId, entry) {
      const previous = pending.get(sessionId) ?? Promise.resolve()
      const next = previous.then(async () => {
        const at = now()
        const record = await get(sessionId) ?? {
          sessionId, startedAt: at, updatedAt: at, requests: 0, sovereign: true, claudeFallbacks: 0,
          byRoute: Object.fromEntries(ROUTES.map((route) => [route, emptyRouteTotals()])) as Record<Route, ReturnType<typeof emptyRouteTotals>>
        }
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
        await store.put(sessionId, JSON.stringify(record))
      })
      const settled = next.catch(() => {})
      pending.set(sessionId, settled)
      void settled.then(() => { if (pending.get(sessionId) === settled) pending.delete(sessionId) })
      return next
    },
    async all() {
      const records: SessionRecord[] = []
      for await (const value of store.values()) records.push(JSON.parse(value) as SessionRecord)
      return records
    }
  }
}
