import { join } from 'node:path'
import { Level } from 'level'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildReportHistory } from '../../../orchestrator/dashboard/buildReportHistory.ts'
import { buildCostReport } from '../../../orchestrator/economy/accounting/costReport.ts'
import { createLevelSessionLedger } from '../../../orchestrator/economy/accounting/createLevelSessionLedger.ts'
import { buildPhaseReport } from '../../../orchestrator/economy/accounting/phaseReport.ts'
import { ROUTES, type Route, type SessionLedger, type SessionRecord, type UsageEntry } from '../../../orchestrator/economy/accounting/SessionLedger.ts'
import { createLevelUserMemory } from '../../../orchestrator/maia/memory/createLevelUserMemory.ts'
import { createLevelStorageQuota } from '../../../orchestrator/storage/createLevelStorageQuota.ts'
import type { OwnerUsage } from '../../../orchestrator/storage/StorageQuota.ts'
import { DEFAULT_PRICE_TABLE } from '../../../shared/config/priceTable.ts'
import { seededRandom } from '../../../shared/util/seededRandom.ts'
import { temporaryDirectory } from '../../helpers/network.ts'
import { numbersIn } from '../../helpers/numbersIn.ts'
import { memoryCipher } from './support.ts'

// The per-day rollups that evicted sessions go to, under floods: do the operator's cost, phase and
// history reports keep every figure they had with every session kept, and do the counts that bound
// each key survive a crash (the database closed while a flood's eviction batches are in flight)?

const HOUR = 3_600_000
/** Room for a few sessions a key: most of a flood is rolled up. */
const SMALL_BUDGET_BYTES = 4_000
const INTENTS = ['elemental_check_in', 'shadow_work', 'oracle_reading', 'complex_synthesis'] as const

/** One request's usage, drawn at random over every route, safety replies included (a session moves to the careful budget). */
function randomEntry(random: () => number, owner: string): UsageEntry {
  const route = ROUTES[Math.floor(random() * ROUTES.length)] as Route
  const model = route === 'network' || route === 'claude'
  return {
    route, owner, intent: route === 'safety' ? 'safety_escalation' : INTENTS[Math.floor(random() * INTENTS.length)]!,
    inputTokens: model ? Math.floor(random() * 20_000) : 0,
    outputTokens: Math.floor(random() * 800),
    ...(route === 'claude' ? { cacheWriteTokens: Math.floor(random() * 4_000), cacheReadTokens: Math.floor(random() * 9_000) } : {}),
    ...(route === 'network' && random() < 0.2 ? { claudeFallback: true } : {}),
    curatorPassages: Math.floor(random() * 3),
    passageTokens: Math.floor(random() * 5_000)
  }
}

/** The report figures an operator reads, from a ledger's records. */
function figures(records: SessionRecord[]): Record<string, number> {
  const cost = buildCostReport(records, DEFAULT_PRICE_TABLE)
  const phases = buildPhaseReport(records, DEFAULT_PRICE_TABLE, { libraryTokens: 50_000 })
  const history = buildReportHistory(records, DEFAULT_PRICE_TABLE).points.at(-1)
  return {
    sessions: cost.sessions, requests: cost.requests, sovereignSessions: cost.sovereignSessions,
    costUsd: Number(cost.costUsd.total.toFixed(9)), per1000Sessions: Number(cost.costUsd.per1000Sessions.toFixed(9)),
    phaseSessions: phases.sessions,
    ...Object.fromEntries(phases.phases.map((row) => [`${row.phase} sessionsWithoutAnthropicShare`, Number(row.sessionsWithoutAnthropicShare.toFixed(9))])),
    historySessions: history?.sessions ?? 0, historySovereigntyPercent: Number((history?.sovereigntyPercent ?? 0).toFixed(9))
  }
}


describe('ATTACK the session ledger\'s rollups and counts under floods', () => {
  let directory: Awaited<ReturnType<typeof temporaryDirectory>>
  let db: Level<string, string>
  let clock = 0
  const now = (): number => clock
  const open = async (): Promise<void> => {
    db = new Level<string, string>(join(directory.path, 'db'))
    await db.open()
  }
  const ledgerIn = (name: string, budget?: number): SessionLedger =>
    createLevelSessionLedger({ store: db.sublevel<string, string>(name, {}), now, sessionBytesPerKey: budget, carefulSessionBytesPerKey: budget })
  const usageIn = (name: string, owner: string): Promise<OwnerUsage> =>
    createLevelStorageQuota({ store: db.sublevel<string, string>(name, {}), budgets: {} }).usage(owner)
  /** A sublevel as a scan finds it: items and their index records (what budgets count), and how many items (sessions, and rolled-up sessions' markers). */
  const scan = async (name: string): Promise<{ bytes: number; items: number }> => {
    const found = { bytes: 0, items: 0 }
    for await (const [key, value] of db.iterator({ gte: `!${name}!`, lt: `!${name}"` })) {
      if (key.startsWith(`!${name}!!rollups!`) || key.startsWith(`!${name}!!quota!m/`)) continue
      found.bytes += Buffer.byteLength(key) + Buffer.byteLength(value)
      if (!key.startsWith(`!${name}!!`) || key.startsWith(`!${name}!!markers!`)) found.items += 1
    }
    return found
  }

  beforeEach(async () => {
    directory = await temporaryDirectory('maia-rollup-attack-')
    await open()
    // Late on a UTC day, so the floods cross midnight and fill two days' rollups.
    clock = Date.UTC(2026, 2, 1, 21)
  })
  afterEach(async () => {
    await db.close()
    await directory.remove()
  })

  it('defended: two keys flooding at once (concurrent writes, sessions turning careful, across midnight) leave every report figure as with every session kept, none negative', async () => {
    const whole = ledgerIn('whole')
    const bounded = ledgerIn('bounded', SMALL_BUDGET_BYTES)
    const random = seededRandom(23)
    for (let round = 0; round < 12; round++) {
      // Each round, app A's few sessions and app B's burst of ten arrive together, unawaited.
      const writes: Array<Promise<void>> = []
      for (let index = 0; index < 12; index++) {
        const owner = index < 2 ? 'app-a' : 'app-b'
        const session = `${owner}:r${round}:${index}`
        for (let request = 0; request < 1 + Math.floor(random() * 3); request++) {
          const entry = randomEntry(random, owner)
          writes.push(whole.record(session, entry), bounded.record(session, entry))
        }
      }
      await Promise.all(writes)
      clock += HOUR / 2
    }
    const kept = await bounded.all()
    expect(kept.filter((record) => record.rollup !== undefined).length).toBeGreaterThanOrEqual(2)
    expect(figures(kept)).toEqual(figures(await whole.all()))
    expect(numbersIn(kept).filter((value) => value < 0 || !Number.isFinite(value))).toEqual([])
    for (const owner of ['app-a', 'app-b']) {
      const usage = await usageIn('bounded', owner)
      expect(usage.session?.bytes ?? 0).toBeLessThanOrEqual(SMALL_BUDGET_BYTES)
      expect(usage.careful?.bytes ?? 0).toBeLessThanOrEqual(SMALL_BUDGET_BYTES)
    }
  })

  // Was an open hole: a session rolled into its day's total and then used again (its user comes
  // back) was a new session to the ledger: `get` found nothing, so a fresh record started, counted
  // once more in every report beside the rollup that already counted it, and judged apart
  // (sovereign, careful, "without Anthropic"). Here one key's own traffic (a flood of 20 short
  // sessions, or just a busy app) rolls up 10 long-lived sessions that each then make one Claude
  // call: the unbounded ledger reports 30 sessions, 20 sovereign (66.7%), $4.50 per 1,000 sessions;
  // the budgeted one reported 40 sessions, 30 sovereign (75.0%), $3.38 per 1,000 (phase 2's share of
  // sessions without Anthropic 0.967 -> 0.975), so a key could inflate the operator's session count
  // and sovereignty share at will. Now a rolled-up session leaves a marker (a 12-byte hash of its id,
  // in the key's quota, a budget of its own, written in the rollup's batch) holding its start and
  // the per-session figures its rollup counts; the record its next request starts continues that
  // session (`continues`), adding no session and only what it changes of the session's figures.
  it('a session resumed after its key\'s flood rolled it up is still one session, with its sovereignty as a whole ledger sees it', async () => {
    const whole = ledgerIn('whole')
    const bounded = ledgerIn('bounded', SMALL_BUDGET_BYTES)
    const both = async (session: string, entry: UsageEntry): Promise<void> => {
      await whole.record(session, entry)
      await bounded.record(session, entry)
    }
    const template: UsageEntry = { route: 'template', intent: 'elemental_check_in', inputTokens: 0, outputTokens: 40, owner: 'app-b' }
    for (let index = 0; index < 10; index++) await both(`long-${index}`, template)
    for (let index = 0; index < 20; index++) {
      clock += 60_000
      await both(`flood-${index}`, template)
    }
    // Rolled up (no request kept one by one), its marker kept: the record its next request continues.
    expect(await bounded.get('long-0')).toMatchObject({ requests: 0, continues: { sovereign: true } })
    clock += HOUR * 5
    for (let index = 0; index < 10; index++) {
      await both(`long-${index}`, { route: 'claude', intent: 'shadow_work', inputTokens: 3_000, outputTokens: 300, owner: 'app-b' })
    }
    expect(figures(await bounded.all())).toEqual(figures(await whole.all()))
  })

  it('defended: a crash (the database closed) in the middle of a flood\'s eviction batches leaves the counts equal to what the database holds, and every recorded session counted once', async () => {
    let ledger = ledgerIn('sessions', SMALL_BUDGET_BYTES)
    const random = seededRandom(7)
    const writes: Array<Promise<boolean>> = []
    for (let index = 0; index < 400; index++) {
      const owner = index % 3 === 0 ? 'app-a' : 'app-b'
      writes.push(ledger.record(`${owner}:s${index}`, randomEntry(random, owner)).then(() => true, () => false))
    }
    // Close once some of the queue is written: the batch in flight either lands whole or not at all.
    await writes[60]
    await db.close()
    const recorded = (await Promise.all(writes)).filter(Boolean).length
    expect(recorded).toBeGreaterThanOrEqual(61)
    expect(recorded).toBeLessThan(400)
    await open()
    ledger = ledgerIn('sessions', SMALL_BUDGET_BYTES)
    const found = await scan('sessions')
    const usage = [...Object.values(await usageIn('sessions', 'app-a')), ...Object.values(await usageIn('sessions', 'app-b'))]
    expect(found).toEqual({ bytes: usage.reduce((sum, kind) => sum + kind.bytes, 0), items: usage.reduce((sum, kind) => sum + kind.items, 0) })
    expect(buildCostReport(await ledger.all(), DEFAULT_PRICE_TABLE).sessions).toBe(recorded)
    // And it goes on within budget after the reopen.
    for (let index = 0; index < 40; index++) await ledger.record(`app-b:after-${index}`, randomEntry(random, 'app-b'))
    expect((await usageIn('sessions', 'app-b')).session?.bytes ?? 0).toBeLessThanOrEqual(SMALL_BUDGET_BYTES)
    expect(buildCostReport(await ledger.all(), DEFAULT_PRICE_TABLE).sessions).toBe(recorded + 40)
  })

  it('defended: a crash in the middle of a memory flood leaves each key\'s memory counts equal to what the database holds', async () => {
    const memoryOver = (): ReturnType<typeof createLevelUserMemory> =>
      createLevelUserMemory({ store: db.sublevel<string, string>('memory', {}), cipher: memoryCipher, now, bytesPerKey: SMALL_BUDGET_BYTES })
    const owners = ['app-a', 'app-b'].map((app) => memoryCipher.storageId(`api-key\n${app}`))
    let memory = memoryOver()
    const writes: Array<Promise<boolean>> = []
    for (let index = 0; index < 150; index++) {
      const app = index % 3 === 0 ? 'app-a' : 'app-b'
      writes.push(memory.observe(`${app}:u${index}`, `s${index}`, `My name is Flood${index}. I work as a baker number ${index}.`, app).then(() => true, () => false))
    }
    await writes[30]
    await db.close()
    const observed = (await Promise.all(writes)).filter(Boolean).length
    expect(observed).toBeLessThan(150)
    await open()
    memory = memoryOver()
    const usage = (await Promise.all(owners.map((owner) => usageIn('memory', owner)))).flatMap((kinds) => Object.values(kinds))
    const found = await scan('memory')
    // Memory's records are named by user (`<user>/fact/...`): items are users, as the index counts them.
    expect(found.bytes).toBe(usage.reduce((sum, kind) => sum + kind.bytes, 0))
    for (let index = 0; index < 20; index++) await memory.observe(`app-b:after-${index}`, 'after', `My name is After${index}.`, 'app-b')
    expect((await usageIn('memory', owners[1]!)).user!.bytes).toBeLessThanOrEqual(SMALL_BUDGET_BYTES)
  })
})
