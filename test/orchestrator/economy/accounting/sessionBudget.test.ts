import { join } from 'node:path'
import { Level } from 'level'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildReportHistory } from '../../../../orchestrator/dashboard/buildReportHistory.ts'
import { buildCostReport } from '../../../../orchestrator/economy/accounting/costReport.ts'
import { createLevelSessionLedger } from '../../../../orchestrator/economy/accounting/createLevelSessionLedger.ts'
import { ReservedSessionIdError } from '../../../../orchestrator/economy/accounting/errors.ts'
import { buildPhaseReport } from '../../../../orchestrator/economy/accounting/phaseReport.ts'
import { ROUTES, type Route, type SessionLedger, type UsageEntry } from '../../../../orchestrator/economy/accounting/SessionLedger.ts'
import type { LevelStore } from '../../../../orchestrator/LevelStore.ts'
import { createCarefulSessions } from '../../../../orchestrator/maia/createCarefulSessions.ts'
import { createLevelStorageQuota } from '../../../../orchestrator/storage/createLevelStorageQuota.ts'
import { DEFAULT_PRICE_TABLE } from '../../../../shared/config/priceTable.ts'
import { seededRandom } from '../../../../shared/util/seededRandom.ts'
import { temporaryDirectory } from '../../../helpers/network.ts'

const HOUR = 3_600_000
const INTENTS = ['elemental_check_in', 'simple_reflection', 'shadow_work', 'complex_synthesis', 'oracle_reading', undefined] as const
/** Room for a few sessions a key: most of the traffic below is rolled up. */
const SMALL = 4_000

/** Whether the ledger keeps the session one by one (a rolled-up one's `get` is the empty record its next request continues). */
async function keptOneByOne(ledger: SessionLedger, sessionId: string): Promise<boolean> {
  return ((await ledger.get(sessionId))?.requests ?? 0) > 0
}

/** One request's usage, drawn at random: every route, cache use, fallbacks, passages. */
function randomEntry(random: () => number, owner: string): UsageEntry {
  const route = ROUTES[Math.floor(random() * ROUTES.length)] as Route
  const intent = route === 'safety' ? 'safety_escalation' : INTENTS[Math.floor(random() * INTENTS.length)]
  const model = route === 'network' || route === 'claude'
  return {
    route, owner, ...(intent === undefined ? {} : { intent }),
    inputTokens: model ? Math.floor(random() * 20_000) : 0,
    outputTokens: Math.floor(random() * 800),
    ...(route === 'claude' ? { cacheWriteTokens: Math.floor(random() * 4_000), cacheReadTokens: Math.floor(random() * 9_000) } : {}),
    ...(route === 'network' && random() < 0.2 ? { claudeFallback: true } : {}),
    // A safety reply here is to a disclosed risk (a refused manipulation attempt is not careful).
    ...(route === 'safety' ? { careful: true } : {}),
    curatorPassages: Math.floor(random() * 3),
    passageTokens: Math.floor(random() * 5_000)
  }
}

describe('the session ledger\'s per-key budget', () => {
  let directory: Awaited<ReturnType<typeof temporaryDirectory>>
  let db: Level<string, string>
  let clock = 0
  const now = (): number => clock
  const open = async (): Promise<void> => {
    db = new Level<string, string>(join(directory.path, 'db'))
    await db.open()
  }
  const ledgerIn = (name: string, budgets: { sessionBytesPerKey?: number; carefulSessionBytesPerKey?: number } = {}): { ledger: SessionLedger; store: LevelStore } => {
    const store = db.sublevel<string, string>(name, {})
    return { ledger: createLevelSessionLedger({ store, now, ...budgets }), store }
  }
  /** Bytes of a ledger's sublevel as a scan of the database finds them, rollups and per-key totals apart. */
  const scan = async (name: string): Promise<{ sessions: number; markers: number; bytes: number; rollups: number; totals: number }> => {
    const result = { sessions: 0, markers: 0, bytes: 0, rollups: 0, totals: 0 }
    for await (const [key, value] of db.iterator({ gte: `!${name}!`, lt: `!${name}"` })) {
      const bytes = Buffer.byteLength(key) + Buffer.byteLength(value)
      if (key.startsWith(`!${name}!!rollups!`)) result.rollups += 1
      else if (key.startsWith(`!${name}!!quota!m/`)) result.totals += bytes
      else result.bytes += bytes
      if (!key.startsWith(`!${name}!!`)) result.sessions += 1
      if (key.startsWith(`!${name}!!markers!`)) result.markers += 1
    }
    return result
  }

  beforeEach(async () => {
    directory = await temporaryDirectory()
    await open()
    clock = Date.UTC(2026, 0, 1)
  })
  afterEach(async () => {
    await db.close()
    await directory.remove()
  })

  it('rolls the least recently used sessions into daily totals: every report figure is the one the whole ledger gives', async () => {
    const whole = ledgerIn('whole').ledger
    const bounded = ledgerIn('bounded', { sessionBytesPerKey: SMALL, carefulSessionBytesPerKey: SMALL })
    const random = seededRandom(11)
    // 160 sessions of two keys over ~8 days, each of 1-4 requests in a row.
    for (let index = 0; index < 160; index++) {
      const owner = index % 3 === 0 ? 'app-b' : 'app-a'
      const requests = 1 + Math.floor(random() * 4)
      for (let request = 0; request < requests; request++) {
        clock += Math.floor(random() * HOUR)
        const entry = randomEntry(random, owner)
        await whole.record(`s${index}`, entry)
        await bounded.ledger.record(`s${index}`, entry)
      }
    }
    const all = await whole.all()
    const kept = await bounded.ledger.all()
    const rollups = kept.filter((record) => record.rollup !== undefined)
    expect(all).toHaveLength(160)
    expect(kept.length).toBeLessThan(30)
    // One rollup a day on which a session that is no longer kept started (~8 days of traffic).
    const keptIds = new Set(kept.map((record) => record.sessionId))
    const days = new Set(all.filter((record) => !keptIds.has(record.sessionId)).map((record) => new Date(record.startedAt).toISOString().slice(0, 10)))
    expect(rollups.map((record) => record.sessionId).sort()).toEqual([...days].sort().map((day) => `rollup:${day}`))

    const cost = buildCostReport(all, DEFAULT_PRICE_TABLE)
    const boundedCost = buildCostReport(kept, DEFAULT_PRICE_TABLE)
    const { perSession: _rows, costUsd, allClaudeBaselineUsd, ...counts } = cost
    expect(boundedCost).toMatchObject(counts)
    expect(boundedCost.costUsd.total).toBeCloseTo(costUsd.total, 9)
    expect(boundedCost.costUsd.per1000Sessions).toBeCloseTo(costUsd.per1000Sessions, 9)
    expect(boundedCost.allClaudeBaselineUsd.total).toBeCloseTo(allClaudeBaselineUsd.total, 9)
    expect(boundedCost.perSession.reduce((sum, row) => sum + (row.sessions ?? 1), 0)).toBe(160)

    const phases = buildPhaseReport(all, DEFAULT_PRICE_TABLE, { libraryTokens: 50_000 })
    const boundedPhases = buildPhaseReport(kept, DEFAULT_PRICE_TABLE, { libraryTokens: 50_000 })
    expect([boundedPhases.sessions, boundedPhases.requests]).toEqual([phases.sessions, phases.requests])
    expect(boundedPhases.recorded.costPer1000Sessions).toBeCloseTo(phases.recorded.costPer1000Sessions, 9)
    for (const [index, row] of phases.phases.entries()) {
      const other = boundedPhases.phases[index]!
      expect(other.requestsByRoute, row.phase).toEqual(row.requestsByRoute)
      for (const figure of ['sovereignShare', 'costPer1000Sessions', 'answersWithoutAnthropicShare', 'sessionsWithoutAnthropicShare'] as const) {
        expect(other[figure], `${row.phase} ${figure}`).toBeCloseTo(row[figure], 9)
      }
    }
    // The intent mix and the average calls the replay prices with are the same.
    expect(boundedPhases.assumptions.filter((line) => /^(Intent mix|A Claude call|A network call)/.test(line))).toEqual(phases.assumptions.filter((line) => /^(Intent mix|A Claude call|A network call)/.test(line)))
    expect(boundedPhases.assumptions.join('\n')).toMatch(/sessions are kept as daily totals/)

    const history = buildReportHistory(all, DEFAULT_PRICE_TABLE)
    const boundedHistory = buildReportHistory(kept, DEFAULT_PRICE_TABLE)
    expect(boundedHistory.cache).toEqual(history.cache)
    const [last, boundedLast] = [history.points.at(-1)!, boundedHistory.points.at(-1)!]
    expect(boundedLast.sessions).toBe(last.sessions)
    expect(boundedLast.sovereigntyPercent).toBeCloseTo(last.sovereigntyPercent, 9)
    expect(boundedLast.costPer1000Sessions).toBeCloseTo(last.costPer1000Sessions, 9)
  })

  it('keeps each key within its budget, the least recently used going first, and one key\'s flood never touches another\'s sessions', async () => {
    const { ledger } = ledgerIn('sessions', { sessionBytesPerKey: SMALL })
    await ledger.record('a:old', { route: 'template', inputTokens: 0, outputTokens: 10, owner: 'app-a' })
    clock += 1
    await ledger.record('a:used', { route: 'template', inputTokens: 0, outputTokens: 10, owner: 'app-a' })
    clock += 1
    await ledger.record('a:old', { route: 'template', inputTokens: 0, outputTokens: 10, owner: 'app-a' })
    for (let index = 0; index < 200; index++) {
      clock += 1
      await ledger.record(`b:${index}`, { route: 'network', inputTokens: 900, outputTokens: 90, owner: 'app-b' })
    }
    expect(await keptOneByOne(ledger, 'a:old')).toBe(true)
    expect(await keptOneByOne(ledger, 'a:used')).toBe(true)
    expect(await keptOneByOne(ledger, 'b:199')).toBe(true)
    expect(await keptOneByOne(ledger, 'b:0')).toBe(false)
    const quota = createLevelStorageQuota({ store: db.sublevel<string, string>('sessions', {}), budgets: {} })
    expect((await quota.usage('app-b')).session!.bytes).toBeLessThanOrEqual(SMALL)
    // App A fills its own budget: its least recently used session goes, not the one used since.
    for (let index = 0; index < 200; index++) {
      clock += 1
      await ledger.record(`a:${index}`, { route: 'template', inputTokens: 0, outputTokens: 10, owner: 'app-a' })
      if (!await keptOneByOne(ledger, 'a:used')) break
      expect(await keptOneByOne(ledger, 'a:old')).toBe(true)
    }
    expect(await keptOneByOne(ledger, 'a:used')).toBe(false)
  })

  it('never rolls up a session in careful mode for another key\'s flood or its own ordinary sessions', async () => {
    const { ledger } = ledgerIn('sessions', { sessionBytesPerKey: SMALL, carefulSessionBytesPerKey: SMALL })
    await ledger.record('a:crisis', { route: 'template', intent: 'simple_reflection', inputTokens: 0, outputTokens: 10, owner: 'app-a' })
    await ledger.record('a:crisis', { route: 'safety', intent: 'safety_escalation', inputTokens: 0, outputTokens: 90, owner: 'app-a', careful: true })
    for (let index = 0; index < 150; index++) {
      clock += 1
      await ledger.record(`b:${index}`, { route: 'network', intent: 'shadow_work', inputTokens: 900, outputTokens: 90, owner: 'app-b' })
      await ledger.record(`b:crisis-${index}`, { route: 'safety', intent: 'safety_escalation', inputTokens: 0, outputTokens: 90, owner: 'app-b', careful: true })
      await ledger.record(`a:${index}`, { route: 'template', intent: 'elemental_check_in', inputTokens: 0, outputTokens: 10, owner: 'app-a' })
    }
    expect((await ledger.get('a:crisis'))?.byRoute.safety.requests).toBe(1)
    // App B's careful sessions are bounded by their own budget.
    expect(await keptOneByOne(ledger, 'b:crisis-0')).toBe(false)
    expect(await keptOneByOne(ledger, 'b:crisis-149')).toBe(true)
    // After a restart, careful mode is known from the ledger alone.
    await db.close()
    await open()
    const reopened = ledgerIn('sessions', { sessionBytesPerKey: SMALL, carefulSessionBytesPerKey: SMALL }).ledger
    expect(await createCarefulSessions({ ledger: reopened }).isCareful('a:crisis')).toBe(true)
    expect(await createCarefulSessions({ ledger: reopened }).isCareful('a:149')).toBe(false)
  })

  it('keeps a refused manipulation attempt out of careful mode and out of the careful budget: a flood of them leaves a crisis session alone', async () => {
    const { ledger } = ledgerIn('sessions', { sessionBytesPerKey: SMALL, carefulSessionBytesPerKey: SMALL })
    await ledger.record('a:crisis', { route: 'safety', intent: 'safety_escalation', inputTokens: 0, outputTokens: 90, owner: 'app-a', careful: true })
    for (let index = 0; index < 150; index++) {
      clock += 1
      await ledger.record(`a:jailbreak-${index}`, { route: 'safety', intent: 'safety_escalation', inputTokens: 0, outputTokens: 40, owner: 'app-a', careful: false })
    }
    expect(await keptOneByOne(ledger, 'a:crisis')).toBe(true)
    expect(await keptOneByOne(ledger, 'a:jailbreak-0')).toBe(false)
    const careful = createCarefulSessions({ ledger })
    expect([await careful.isCareful('a:crisis'), await careful.isCareful('a:jailbreak-149')]).toEqual([true, false])
  })

  it('keeps its counts consistent across a reopen: they match what a scan of the database finds', async () => {
    let { ledger } = ledgerIn('sessions', { sessionBytesPerKey: SMALL, carefulSessionBytesPerKey: SMALL })
    const random = seededRandom(5)
    const traffic = async (sessions: number, from: number): Promise<void> => {
      for (let index = from; index < from + sessions; index++) {
        clock += HOUR
        await ledger.record(`s${index}`, randomEntry(random, 'app-a'))
      }
    }
    await traffic(60, 0)
    const quota = createLevelStorageQuota({ store: db.sublevel<string, string>('sessions', {}), budgets: {} })
    const before = await quota.usage('app-a')
    await db.close()
    await open()
    ledger = ledgerIn('sessions', { sessionBytesPerKey: SMALL, carefulSessionBytesPerKey: SMALL }).ledger
    const reopenedQuota = createLevelStorageQuota({ store: db.sublevel<string, string>('sessions', {}), budgets: {} })
    expect(await reopenedQuota.usage('app-a')).toEqual(before)
    await traffic(60, 60)
    const usage = await reopenedQuota.usage('app-a')
    const found = await scan('sessions')
    // Sessions, rolled-up sessions' markers and their index, as the database holds them, are exactly what the budgets count.
    expect(found.bytes).toBe(Object.values(usage).reduce((sum, kind) => sum + kind.bytes, 0))
    expect(found.sessions).toBe((usage.session?.items ?? 0) + (usage.careful?.items ?? 0))
    expect(found.markers).toBe((usage.marker?.items ?? 0) + (usage['careful-marker']?.items ?? 0))
    expect(found.markers).toBeGreaterThan(0)
    expect(usage.session!.bytes).toBeLessThanOrEqual(SMALL)
    expect(usage.careful!.bytes).toBeLessThanOrEqual(SMALL)
    expect(buildCostReport(await ledger.all(), DEFAULT_PRICE_TABLE).sessions).toBe(120)
  })

  it('refuses a session id where level keeps its sublevels', async () => {
    const { ledger } = ledgerIn('sessions')
    await expect(ledger.record('!quota!m/x', { route: 'template', inputTokens: 0, outputTokens: 1 })).rejects.toBeInstanceOf(ReservedSessionIdError)
    expect(await ledger.get('!quota!m/x')).toBeUndefined()
    // Ids on either side of `!` are ordinary sessions.
    await ledger.record(' leading space', { route: 'template', inputTokens: 0, outputTokens: 1 })
    await ledger.record('~tilde', { route: 'template', inputTokens: 0, outputTokens: 1 })
    expect((await ledger.all()).map((record) => record.sessionId).sort()).toEqual([' leading space', '~tilde'])
  })
})
