import { join } from 'node:path'
import { Level } from 'level'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildReportHistory } from '../../../../orchestrator/dashboard/buildReportHistory.ts'
import { buildCostReport } from '../../../../orchestrator/economy/accounting/costReport.ts'
import { createLevelSessionLedger, type LevelSessionLedgerComponents } from '../../../../orchestrator/economy/accounting/createLevelSessionLedger.ts'
import { CorruptSessionMarkerError } from '../../../../orchestrator/economy/accounting/errors.ts'
import { buildPhaseReport } from '../../../../orchestrator/economy/accounting/phaseReport.ts'
import { markerKey } from '../../../../orchestrator/economy/accounting/rolledUpMarker.ts'
import type { SessionLedger, SessionRecord, UsageEntry } from '../../../../orchestrator/economy/accounting/SessionLedger.ts'
import { createCarefulSessions } from '../../../../orchestrator/maia/createCarefulSessions.ts'
import { createLevelStorageQuota } from '../../../../orchestrator/storage/createLevelStorageQuota.ts'
import type { OwnerUsage } from '../../../../orchestrator/storage/StorageQuota.ts'
import { DEFAULT_PRICE_TABLE } from '../../../../shared/config/priceTable.ts'
import { temporaryDirectory } from '../../../helpers/network.ts'
import { numbersIn } from '../../../helpers/numbersIn.ts'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
/** Room for a few sessions a key: a flood of 20 rolls up everything before it. */
const SMALL = 4_000
const OWNER = 'app-b'

const check = (extra: Partial<UsageEntry> = {}): UsageEntry => ({ route: 'template', intent: 'elemental_check_in', inputTokens: 0, outputTokens: 40, owner: OWNER, ...extra })
const shadow = (extra: Partial<UsageEntry> = {}): UsageEntry => ({ route: 'network', intent: 'shadow_work', inputTokens: 2_000, outputTokens: 200, passageTokens: 500, owner: OWNER, ...extra })
const synthesis = (extra: Partial<UsageEntry> = {}): UsageEntry =>
  ({ route: 'claude', intent: 'complex_synthesis', inputTokens: 3_000, cacheReadTokens: 1_000, outputTokens: 300, owner: OWNER, ...extra })
const crisis = (extra: Partial<UsageEntry> = {}): UsageEntry => ({ route: 'safety', intent: 'safety_escalation', inputTokens: 0, outputTokens: 90, owner: OWNER, careful: true, ...extra })

/** Every figure the cost, phase and history reports give an operator. */
function figures(records: SessionRecord[]): Record<string, number> {
  const round = (value: number): number => Number(value.toFixed(9))
  const cost = buildCostReport(records, DEFAULT_PRICE_TABLE)
  const phases = buildPhaseReport(records, DEFAULT_PRICE_TABLE, { libraryTokens: 50_000 })
  const history = buildReportHistory(records, DEFAULT_PRICE_TABLE).points.at(-1)
  return {
    sessions: cost.sessions, requests: cost.requests, sovereignSessions: cost.sovereignSessions, costUsd: round(cost.costUsd.total),
    per1000Sessions: round(cost.costUsd.per1000Sessions), allClaudePer1000: round(cost.allClaudeBaselineUsd.per1000Sessions),
    perSessionRows: cost.perSession.reduce((sum, row) => sum + (row.sessions ?? 1), 0),
    phaseSessions: phases.sessions, phaseRequests: phases.requests,
    ...Object.fromEntries(phases.phases.flatMap((row) => [
      [`${row.phase} sessionsWithoutAnthropicShare`, round(row.sessionsWithoutAnthropicShare)], [`${row.phase} costPer1000Sessions`, round(row.costPer1000Sessions)]
    ])),
    historySessions: history?.sessions ?? 0, historySovereigntyPercent: round(history?.sovereigntyPercent ?? 0)
  }
}


describe('the session ledger\'s markers of rolled-up sessions', () => {
  let directory: Awaited<ReturnType<typeof temporaryDirectory>>
  let db: Level<string, string>
  let clock = 0
  const now = (): number => clock
  const open = async (): Promise<void> => {
    db = new Level<string, string>(join(directory.path, 'db'))
    await db.open()
  }
  const ledgerIn = (name: string, budgets: Omit<LevelSessionLedgerComponents, 'store' | 'now'> = {}): SessionLedger =>
    createLevelSessionLedger({ store: db.sublevel<string, string>(name, {}), now, ...budgets })
  const bounded = (budgets: Omit<LevelSessionLedgerComponents, 'store' | 'now'> = {}): SessionLedger =>
    ledgerIn('bounded', { sessionBytesPerKey: SMALL, carefulSessionBytesPerKey: SMALL, ...budgets })
  const usageOf = (name: string): Promise<OwnerUsage> => createLevelStorageQuota({ store: db.sublevel<string, string>(name, {}), budgets: {} }).usage(OWNER)
  /** A ledger's sublevel as a scan finds it (rollups and per-key totals apart): what the budgets count. */
  const scan = async (name: string): Promise<{ bytes: number; sessions: number; markers: number }> => {
    const found = { bytes: 0, sessions: 0, markers: 0 }
    for await (const [key, value] of db.iterator({ gte: `!${name}!`, lt: `!${name}"` })) {
      if (key.startsWith(`!${name}!!rollups!`) || key.startsWith(`!${name}!!quota!m/`)) continue
      found.bytes += Buffer.byteLength(key) + Buffer.byteLength(value)
      if (!key.startsWith(`!${name}!!`)) found.sessions += 1
      if (key.startsWith(`!${name}!!markers!`)) found.markers += 1
    }
    return found
  }
  /** Fresh one-request sessions a minute apart (20: every older session of the key in that budget is rolled up). */
  const flood = async (ledgers: SessionLedger[], tag: string, options: { sessions?: number; entry?: () => UsageEntry } = {}): Promise<void> => {
    for (let index = 0; index < (options.sessions ?? 20); index++) {
      clock += MINUTE
      for (const ledger of ledgers) await ledger.record(`flood-${tag}-${index}`, (options.entry ?? check)())
    }
  }
  /** Floods of ordinary and of crisis sessions: every older session of the key is rolled up, careful or not. */
  const floodBoth = async (ledgers: SessionLedger[], tag: string): Promise<void> => {
    await flood(ledgers, tag)
    await flood(ledgers, `${tag}-crisis`, { entry: crisis })
  }

  beforeEach(async () => {
    directory = await temporaryDirectory('maia-marker-')
    await open()
    clock = Date.UTC(2026, 2, 1, 9)
  })
  afterEach(async () => {
    await db.close()
    await directory.remove()
  })

  it('continues a resumed rolled-up session: every report figure is the one an unbounded ledger gives, however often it is rolled up and resumed', async () => {
    const whole = ledgerIn('whole')
    const ledger = bounded()
    const both = async (session: string, entry: UsageEntry): Promise<void> => {
      for (const one of [whole, ledger]) await one.record(session, entry)
    }
    // Sovereign and not, network answers (phase 2 samples each), a crisis.
    await both('check-in', check())
    await both('shadow', shadow())
    await both('synthesis', synthesis())
    await both('crisis', crisis())
    await floodBoth([whole, ledger], 'a')
    for (const session of ['check-in', 'shadow', 'synthesis']) expect(await ledger.get(session), session).toMatchObject({ requests: 0, continues: {} })
    expect(await ledger.get('crisis')).toMatchObject({ requests: 0, careful: true })
    expect(figures(await ledger.all())).toEqual(figures(await whole.all()))

    clock += HOUR
    await both('check-in', synthesis())
    await both('shadow', shadow())
    await both('shadow', shadow())
    await both('synthesis', check())
    await both('crisis', shadow())
    expect(figures(await ledger.all())).toEqual(figures(await whole.all()))
    expect(await ledger.get('check-in')).toMatchObject({ requests: 1, sovereign: false, continues: { sovereign: true } })
    expect(await ledger.get('crisis')).toMatchObject({ careful: true })

    // Rolled up again (their rest lands in the rollup of the day they started), and resumed again.
    await floodBoth([whole, ledger], 'b')
    clock += HOUR
    await both('shadow', shadow())
    await both('check-in', check())
    await both('crisis', synthesis())
    const kept = await ledger.all()
    expect(figures(kept)).toEqual(figures(await whole.all()))
    expect(numbersIn(kept).filter((value) => value < 0)).toEqual([])
    expect(await ledger.get('crisis')).toMatchObject({ careful: true, sovereign: false, continues: { sovereign: true } })
  })

  it('keeps a session resumed across UTC midnight on the day it started: one rollup for that day, figures as an unbounded ledger\'s', async () => {
    clock = Date.UTC(2026, 2, 1, 23, 30)
    const whole = ledgerIn('whole')
    const ledger = bounded()
    const started = clock
    for (const one of [whole, ledger]) await one.record('late', shadow())
    await flood([whole, ledger], 'evening')
    clock = Date.UTC(2026, 2, 2, 0, 20)
    for (const one of [whole, ledger]) await one.record('late', synthesis())
    expect(await ledger.get('late')).toMatchObject({ startedAt: started, requests: 1, continues: { sovereign: true } })
    // The next day's traffic rolls its rest up again: into the first day's rollup, the session counted once.
    await flood([whole, ledger], 'morning')
    const kept = await ledger.all()
    expect(figures(kept)).toEqual(figures(await whole.all()))
    const firstDay = kept.find((record) => record.sessionId === 'rollup:2026-03-01')!
    expect(firstDay.rollup).toMatchObject({ sessions: 21, sovereignSessions: 20 })
    expect(firstDay.byRoute.claude.requests).toBe(1)
    expect(kept.find((record) => record.sessionId === 'rollup:2026-03-02')?.byRoute.claude.requests ?? 0).toBe(0)
  })

  it('keeps markers within their own budget, the oldest going first: a session resumed after its marker went is counted again (the documented cost), a crisis session\'s marker kept apart', async () => {
    const whole = ledgerIn('whole')
    // Room for about three markers of ordinary sessions.
    const ledger = bounded({ markerBytesPerKey: 1_300 })
    for (const one of [whole, ledger]) await one.record('crisis', crisis())
    // Crisis sessions roll the first up, into a marker of its careful budget.
    await flood([whole, ledger], 'crisis', { sessions: 5, entry: crisis })
    for (let index = 0; index < 10; index++) {
      clock += MINUTE
      for (const one of [whole, ledger]) await one.record(`long-${index}`, check())
    }
    // Five more: the ten are rolled up, the five kept (the key's budget holds about four sessions).
    await flood([whole, ledger], 'a', { sessions: 5 })
    const usage = await usageOf('bounded')
    expect(usage.marker!.bytes).toBeLessThanOrEqual(1_300)
    expect(usage.marker!.items).toBeGreaterThanOrEqual(2)
    const marked = await Promise.all(Array.from({ length: 10 }, async (_, index) => await ledger.get(`long-${index}`) !== undefined))
    // The markers of the sessions used last are kept; the older ones went.
    const markedCount = marked.filter(Boolean).length
    expect(markedCount).toBeGreaterThanOrEqual(1)
    expect(marked).toEqual([...Array<boolean>(10 - markedCount).fill(false), ...Array<boolean>(markedCount).fill(true)])
    // A flood of ordinary sessions ends no crisis session's marker: it has a budget of its own.
    expect(await ledger.get('crisis')).toMatchObject({ careful: true, requests: 0 })
    expect(await createCarefulSessions({ ledger }).isCareful('crisis')).toBe(true)

    clock += HOUR
    // Each resume rolls up another session, whose marker may push out the next one's: count as they go.
    let lost = 0
    for (let index = 9; index >= 0; index--) {
      if (await ledger.get(`long-${index}`) === undefined) lost += 1
      for (const one of [whole, ledger]) await one.record(`long-${index}`, check())
    }
    const [counted, truth] = [figures(await ledger.all()), figures(await whole.all())]
    expect(lost).toBeGreaterThan(0)
    expect(lost).toBeLessThan(10)
    expect([counted.sessions, counted.requests]).toEqual([truth.sessions! + lost, truth.requests])
    const found = await scan('bounded')
    const after = await usageOf('bounded')
    expect(found.bytes).toBe(Object.values(after).reduce((sum, kind) => sum + kind.bytes, 0))
    expect(found.markers).toBe((after.marker?.items ?? 0) + (after['careful-marker']?.items ?? 0))
  })

  it('keeps markers across a reopen: a rolled-up session resumed after a restart is the same session, a crisis one still careful', async () => {
    const whole = ledgerIn('whole')
    let ledger = bounded()
    for (const one of [whole, ledger]) {
      await one.record('crisis', crisis())
      await one.record('shadow', shadow())
    }
    await floodBoth([whole, ledger], 'a')
    await db.close()
    await open()
    const reopenedWhole = ledgerIn('whole')
    ledger = bounded()
    expect(await createCarefulSessions({ ledger }).isCareful('crisis')).toBe(true)
    expect(await createCarefulSessions({ ledger }).isCareful('shadow')).toBe(false)
    clock += HOUR
    for (const one of [reopenedWhole, ledger]) {
      await one.record('crisis', shadow())
      await one.record('shadow', synthesis())
    }
    expect(figures(await ledger.all())).toEqual(figures(await reopenedWhole.all()))
    expect(await ledger.get('crisis')).toMatchObject({ careful: true, requests: 1 })
    // Resumed, a session's marker goes (its record says the same), and with it the marker's bytes.
    expect(await db.sublevel<string, string>('bounded', {}).sublevel<string, string>('markers', {}).get(markerKey('crisis'))).toBeUndefined()
  })

  it('starts one continuation for concurrent writes to a rolled-up session', async () => {
    const whole = ledgerIn('whole')
    const ledger = bounded()
    for (const one of [whole, ledger]) await one.record('busy', shadow())
    await flood([whole, ledger], 'a')
    clock += HOUR
    const entries = [shadow(), synthesis(), check(), shadow(), crisis()]
    for (const entry of entries) await whole.record('busy', entry)
    await Promise.all(entries.map((entry) => ledger.record('busy', entry)))
    expect(await ledger.get('busy')).toMatchObject({ requests: 5, careful: true, continues: { sovereign: true } })
    expect(figures(await ledger.all())).toEqual(figures(await whole.all()))
  })

  it('never splits a rollup from its marker in a crash: what the database holds is what the budgets count, no session both kept and marked, each counted once', async () => {
    let ledger = bounded()
    const first = Array.from({ length: 30 }, (_, index) => `s${index}`)
    for (const session of first) {
      clock += MINUTE
      await ledger.record(session, index(session) % 4 === 0 ? crisis() : shadow())
    }
    // Resumes of rolled-up sessions and fresh sessions, in flight when the database closes.
    const writes: Array<Promise<string | undefined>> = []
    for (let write = 0; write < 200; write++) {
      clock += 1
      const session = write % 2 === 0 ? first[write % 30]! : `fresh-${write}`
      writes.push(ledger.record(session, write % 3 === 0 ? synthesis() : check()).then(() => session, () => undefined))
    }
    await writes[40]
    await db.close()
    const written = (await Promise.all(writes)).filter((session) => session !== undefined)
    expect(written.length).toBeLessThan(200)
    await open()
    ledger = bounded()
    const found = await scan('bounded')
    const usage = await usageOf('bounded')
    expect(found.bytes).toBe(Object.values(usage).reduce((sum, kind) => sum + kind.bytes, 0))
    expect(found.sessions).toBe((usage.session?.items ?? 0) + (usage.careful?.items ?? 0))
    expect(found.markers).toBe((usage.marker?.items ?? 0) + (usage['careful-marker']?.items ?? 0))
    const markers = db.sublevel<string, string>('bounded', {}).sublevel<string, string>('markers', {})
    const store = db.sublevel<string, string>('bounded', {})
    for (const session of new Set([...first, ...written])) {
      expect(await store.get(session) !== undefined && await markers.get(markerKey(session)) !== undefined, session).toBe(false)
    }
    const sessions = new Set([...first, ...written]).size
    expect(buildCostReport(await ledger.all(), DEFAULT_PRICE_TABLE).sessions).toBe(sessions)
  })

  it('keeps the rest of a session recorded before intents were kept out of the phase report, as the session itself is', async () => {
    const whole = ledgerIn('whole')
    const ledger = bounded()
    for (const [name, one] of [['whole', whole], ['bounded', ledger]] as const) {
      await one.record('old', shadow())
      const store = db.sublevel<string, string>(name, {})
      const record = JSON.parse((await store.get('old'))!) as SessionRecord
      await store.put('old', JSON.stringify({ ...record, byIntent: undefined }))
    }
    await flood([whole, ledger], 'a')
    expect((await ledger.all()).map((record) => record.sessionId)).toContain('rollup:2026-03-01/without-intents')
    clock += HOUR
    for (const one of [whole, ledger]) await one.record('old', synthesis())
    expect((await ledger.get('old'))?.byIntent).toBeUndefined()
    expect(figures(await ledger.all())).toEqual(figures(await whole.all()))
  })

  it('refuses a corrupt marker with a typed error, and careful mode reads it as unknown', async () => {
    const ledger = bounded()
    await db.sublevel<string, string>('bounded', {}).sublevel<string, string>('markers', {}).put(markerKey('tampered'), '{"startedAt":"yesterday"}')
    await expect(ledger.record('tampered', check())).rejects.toBeInstanceOf(CorruptSessionMarkerError)
    await expect(ledger.get('tampered')).rejects.toBeInstanceOf(CorruptSessionMarkerError)
    expect(await createCarefulSessions({ ledger }).isCareful('tampered')).toBe(false)
  })
})

/** The number in a session name (`s12` -> 12). */
function index(session: string): number {
  return Number(session.replace(/\D/g, ''))
}
