import { join } from 'node:path'
import { Level } from 'level'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createLevelSessionLedger, DEFAULT_CAREFUL_MARKER_BYTES_PER_KEY, DEFAULT_CAREFUL_SESSION_BYTES_PER_KEY, DEFAULT_MARKER_BYTES_PER_KEY, DEFAULT_SESSION_BYTES_PER_KEY } from '../../../orchestrator/economy/accounting/createLevelSessionLedger.ts'
import { INTENTS } from '../../../orchestrator/maia/intent/intents.ts'
import { createLevelUserMemory, DEFAULT_MEMORY_BYTES_PER_KEY } from '../../../orchestrator/maia/memory/createLevelUserMemory.ts'
import { createMemoryCipher } from '../../../orchestrator/maia/memory/memoryCipher.ts'
import { temporaryDirectory } from '../../helpers/network.ts'
import { APP_A_KEY, APP_B_KEY, askMaia, startMaiaNetwork, type MaiaNetwork } from '../maia/support.ts'

// Resource exhaustion of the orchestrator's level store by the holder of one valid API key (app B).
// Every request that names a new user (`x-maia-user`) or a new session (`x-maia-session`) creates
// records: a session-ledger record per session, a memory summary per (user, session) and a fact
// record per self-description found in the turn. They had no TTL, no per-user cap and no per-key
// quota: 3 records and 1,934 bytes per request with fresh 200-character ids, 1.8 GiB per million
// requests, kept forever. Worse, facts were keyed by content: one 8,000-character turn of distinct
// "I want to ..." sentences wrote hundreds of fact records for one user, and every later request of
// that user read and decrypted all of them (`createLevelUserMemory.select`).
// Defended: a user keeps at most 100 facts (of at most 200 characters) and 20 session summaries; and
// each API key has byte budgets, keys, values and indexes counted: its users' memory (44 MiB; past
// it, its least recently active users are forgotten first), its sessions in the ledger and apart its
// sessions in careful mode (8 MiB each; past them, its least recently used sessions are rolled into
// per-day totals, one record a day for all keys, which every report still counts). One key's flood
// never evicts another key's users or sessions (orchestrator/storage, orchestrator/maia/memory,
// orchestrator/economy/accounting). Measured here: what each fresh user and session costs with the
// production defaults; that the store stops growing at the budgets, on a network given small ones
// and sent four times what fills them; and that the defaults, with the largest user and session the
// code can store, stay within one key's budget. A million requests cost the lesser of the two.
// Since the budgets, a fresh user and session cost 7 records and ~2,650 bytes, not 3 and 1,934 (listed
// key by key on 2026-12-05): the session (~1,210 bytes), the summary (~530) and the fact (~200) as
// before, plus what the budgets keep to count and evict them: per session and per user an item record
// (`!!quota!i/`, ~350 and ~170 bytes) and a recency entry (`!!quota!l/`, ~90 bytes each); the key's
// totals record (`!!quota!m/`) is rewritten in place, so it adds none.

/** The whole store (memory and session ledger sublevels), counted as key and value bytes; the ledger's daily rollups apart. */
async function storeSize(network: MaiaNetwork): Promise<{ records: number; bytes: number; rollups: number; rollupBytes: number; largestTotals: number }> {
  const size = { records: 0, bytes: 0, rollups: 0, rollupBytes: 0, largestTotals: 0 }
  for await (const [key, value] of network.db.iterator()) {
    const bytes = Buffer.byteLength(key) + Buffer.byteLength(value)
    if (key.includes('!!quota!m/')) size.largestTotals = Math.max(size.largestTotals, bytes)
    if (key.startsWith('!sessions!!rollups!')) {
      size.rollups += 1
      size.rollupBytes += bytes
      continue
    }
    size.records += 1
    size.bytes += bytes
  }
  return size
}

/** A light greeting: routed to a template, so no node is needed and the request costs the attacker nothing but HTTP. */
const GREETING = 'Hello MAIA, good morning to you.'

/** What one key may make this orchestrator keep, whatever it sends (a generous fixed budget). */
const PER_KEY_BUDGET_BYTES = 64 * 1024 * 1024
/** Facts one user may keep (a person has a name, a job, a few feelings and goals: not hundreds). */
const MAX_FACTS_PER_USER = 100
/** Small per-key budgets for the network that shows where growth stops. */
const SMALL_BUDGET_BYTES = 16 * 1024
/** A key's totals record in each of the two stores (`m/<key>`: a few counts), at most. */
const TOTALS_RECORD_BYTES = 256

/**
 * The largest user and session the code can store, in bytes as the budgets count them (measured on
 * a store of their own): a user with 100 of the widest facts the patterns let through (a name of
 * 3-byte letters, then 80 control characters, 6 bytes each in JSON, cut at 200 characters) and 20
 * summaries of 600 control characters, under 273-character session ids of 2-byte characters (the
 * longest a header names); a session answered on every route for every intent, ~10^12 tokens a field.
 */
async function largestItems(): Promise<{ user: number; session: number }> {
  const directory = await temporaryDirectory('maia-largest-items-')
  const db = new Level<string, string>(join(directory.path, 'db'))
  await db.open()
  let clock = Date.now()
  const bytesOf = async (prefix: string): Promise<number> => {
    let bytes = 0
    for await (const [key, value] of db.iterator({ gte: prefix, lt: `${prefix.slice(0, -1)}"` })) {
      if (!key.includes('!!quota!m/')) bytes += Buffer.byteLength(key) + Buffer.byteLength(value)
    }
    return bytes
  }
  try {
    const control = '\u0001'
    const sessionId = (index: number): string => `${'k'.repeat(16)}:${String(index).padStart(3, '0')}${'\u00e9'.repeat(253)}`
    const memory = createLevelUserMemory({ store: db.sublevel<string, string>('memory', {}), cipher: createMemoryCipher(new Uint8Array(32).fill(5)), now: () => clock++ })
    for (let session = 0; session < 20; session++) {
      for (let turn = 0; turn < 4; turn++) {
        const facts = Array.from({ length: 8 }, (_, index) => `My partner A${String.fromCharCode(0x4e00 + session * 32 + turn * 8 + index)}${'\u4e2d'.repeat(110)} is ${control.repeat(80)}.`)
        await memory.observe('largest', sessionId(session), [`${control.repeat(300)}.`, ...facts].join(' '), 'k')
      }
    }
    const exported = await memory.export('largest')
    expect([exported.facts.length, exported.summaries.length]).toEqual([MAX_FACTS_PER_USER, 20])
    const ledger = createLevelSessionLedger({ store: db.sublevel<string, string>('sessions', {}), now: () => clock++ })
    const huge = 2 ** 40
    for (const intent of [...INTENTS, undefined]) {
      for (const route of ['template', 'safety', 'network', 'claude'] as const) {
        await ledger.record(sessionId(0), { route, intent, owner: 'k', inputTokens: huge, outputTokens: huge, cacheReadTokens: huge, cacheWriteTokens: huge, curatorPassages: huge, passageTokens: huge, claudeFallback: true })
      }
    }
    return { user: await bytesOf('!memory!'), session: await bytesOf('!sessions!') }
  } finally {
    await db.close()
    await directory.remove()
  }
}

describe('ATTACK storage exhaustion through memory and the session ledger', () => {
  let network: MaiaNetwork
  let url: string

  beforeAll(async () => {
    network = await startMaiaNetwork()
    url = network.orchestrator.api.url
  }, 60_000)
  afterAll(async () => {
    await network?.stop()
  })

  it('defended: fresh user and session ids grow the store only up to the key\'s byte budgets, which stay within 64 MiB', async () => {
    const fresh = (at: string, index: number): Promise<{ status: number }> =>
      askMaia(at, APP_B_KEY, [{ role: 'user', content: `${GREETING} I want to grow my garden number ${index}.` }], { 'x-maia-user': `u-${index}-${'x'.repeat(200)}`, 'x-maia-session': `s-${index}-${'y'.repeat(200)}` })
    // With the production defaults: what each fresh user and session costs until the key's budgets are full.
    // Warm the router (its models load on the first message).
    expect((await askMaia(url, APP_B_KEY, [{ role: 'user', content: GREETING }])).status).toBe(200)
    const before = await storeSize(network)
    const requests = 60
    const started = performance.now()
    for (let index = 0; index < requests; index++) expect((await fresh(url, index)).status).toBe(200)
    const elapsedMs = performance.now() - started
    const after = await storeSize(network)
    const bytesPerRequest = (after.bytes - before.bytes) / requests
    const recordsPerRequest = (after.records - before.records) / requests

    // Small budgets, and four times the traffic that fills them: the store stops at the budgets,
    // and app A's user, there before the flood, keeps her memory.
    const small = await startMaiaNetwork({
      memoryBytesPerKey: SMALL_BUDGET_BYTES, sessionBytesPerKey: SMALL_BUDGET_BYTES, carefulSessionBytesPerKey: SMALL_BUDGET_BYTES,
      markerBytesPerKey: SMALL_BUDGET_BYTES, carefulMarkerBytesPerKey: SMALL_BUDGET_BYTES
    })
    let plateau: { records: number[]; maxBytes: number; bound: number; rollups: number; flood: number }
    try {
      const smallUrl = small.orchestrator.api.url
      expect((await askMaia(smallUrl, APP_A_KEY, [{ role: 'user', content: `${GREETING} My name is Zanzibar Quillfeather.` }], { 'x-maia-user': 'alice', 'x-maia-session': 'alice-1' })).status).toBe(200)
      const alice = await storeSize(small)
      // Memory, sessions, careful sessions and the two marker budgets of rolled-up sessions.
      const bound = alice.bytes + 5 * SMALL_BUDGET_BYTES + 2 * TOTALS_RECORD_BYTES
      const flood = Math.ceil((4 * 2 * SMALL_BUDGET_BYTES) / bytesPerRequest)
      const records: number[] = []
      let maxBytes = 0
      let rollups = 0
      for (let index = 0; index < flood; index++) {
        expect((await fresh(smallUrl, index)).status).toBe(200)
        const size = await storeSize(small)
        expect(size.bytes, `store after ${index + 1} requests of the flood`).toBeLessThanOrEqual(bound)
        maxBytes = Math.max(maxBytes, size.bytes)
        rollups = size.rollups
        if ((index + 1) % Math.ceil(flood / 4) === 0 || index + 1 === flood) records.push(size.records)
      }
      // One rollup a UTC day, whatever the number of sessions it sums (two if the flood crossed midnight).
      expect(rollups).toBeGreaterThanOrEqual(1)
      expect(rollups).toBeLessThanOrEqual(2)
      // A key's totals (a few counts): room left for the digits of counts at the default budgets.
      expect((await storeSize(small)).largestTotals).toBeLessThanOrEqual(TOTALS_RECORD_BYTES - 64)
      const memory = await (await fetch(`${smallUrl}/v1/users/alice/memory`, { headers: { 'x-api-key': APP_A_KEY } })).json() as { facts: Array<{ text: string }> }
      expect(memory.facts.map((fact) => fact.text)).toContain('My name is Zanzibar Quillfeather')
      plateau = { records, maxBytes, bound, rollups, flood }
    } finally {
      await small.stop()
    }

    // The defaults: a key's budgets hold even its largest user and session, and with its two totals records stay within 64 MiB.
    const largest = await largestItems()
    expect(largest.user, 'the largest user fits the memory budget').toBeLessThanOrEqual(DEFAULT_MEMORY_BYTES_PER_KEY)
    expect(largest.session, 'the largest session fits each ledger budget').toBeLessThanOrEqual(Math.min(DEFAULT_SESSION_BYTES_PER_KEY, DEFAULT_CAREFUL_SESSION_BYTES_PER_KEY))
    const keyBound = DEFAULT_MEMORY_BYTES_PER_KEY + DEFAULT_SESSION_BYTES_PER_KEY + DEFAULT_CAREFUL_SESSION_BYTES_PER_KEY +
      DEFAULT_MARKER_BYTES_PER_KEY + DEFAULT_CAREFUL_MARKER_BYTES_PER_KEY + 2 * TOTALS_RECORD_BYTES
    const unbounded = bytesPerRequest * 1_000_000
    const extrapolated = Math.min(unbounded, keyBound)
    const mib = (bytes: number): string => (bytes / 2 ** 20).toFixed(2)
    console.info(`[storage] ${requests} requests in ${elapsedMs.toFixed(0)} ms (${(elapsedMs / requests).toFixed(1)} ms each): +${after.records - before.records} records, +${after.bytes - before.bytes} bytes; ${recordsPerRequest.toFixed(2)} records and ${bytesPerRequest.toFixed(0)} bytes per request until the key's budgets are full (unbounded, 1e6 requests -> ${(unbounded / 2 ** 30).toFixed(2)} GiB); with ${SMALL_BUDGET_BYTES / 1024} KiB budgets, ${plateau.flood} requests: records ${plateau.records.join(' -> ')}, at most ${plateau.maxBytes} bytes (bound ${plateau.bound}), ${plateau.rollups} daily rollup; largest user ${largest.user} bytes, largest session ${largest.session} bytes; default budgets ${mib(DEFAULT_MEMORY_BYTES_PER_KEY)} + ${mib(DEFAULT_SESSION_BYTES_PER_KEY)} + ${mib(DEFAULT_CAREFUL_SESSION_BYTES_PER_KEY)} + ${mib(DEFAULT_MARKER_BYTES_PER_KEY)} + ${mib(DEFAULT_CAREFUL_MARKER_BYTES_PER_KEY)} MiB; 1e6 requests of one key -> ${mib(extrapolated)} MiB`)
    expect(keyBound, 'what the defaults let one key keep').toBeLessThanOrEqual(PER_KEY_BUDGET_BYTES)
    expect(extrapolated, 'bytes one key makes the orchestrator keep after 1e6 requests').toBeLessThanOrEqual(PER_KEY_BUDGET_BYTES)
  }, 120_000)

  it('HOLE: one 8,000-character turn of distinct self-descriptions stores hundreds of facts for one user, and every later request decrypts them all', async () => {
    const user = 'fact-flooder'
    let sentence = 0
    const flood = (): string => {
      let text = ''
      // The memory observes the last 8,000 characters of the turn (QUESTION_CHARACTERS).
      while (text.length < 7_900) text += `I want to plant tree ${sentence++}. `
      return text.trim()
    }
    const before = await storeSize(network)
    let started = performance.now()
    const first = await askMaia(url, APP_B_KEY, [{ role: 'user', content: flood() }], { 'x-maia-user': user, 'x-maia-session': 'flood-1' })
    const firstMs = performance.now() - started
    expect(first.status).toBe(200)
    const afterOne = await storeSize(network)
    for (let round = 2; round <= 4; round++) {
      expect((await askMaia(url, APP_B_KEY, [{ role: 'user', content: flood() }], { 'x-maia-user': user, 'x-maia-session': `flood-${round}` })).status).toBe(200)
    }
    const exported = await (await fetch(`${url}/v1/users/${user}/memory`, { headers: { 'x-api-key': APP_B_KEY } })).json() as { facts: unknown[]; summaries: unknown[] }
    const after = await storeSize(network)
    // A later greeting of that user: memory is read (and every record decrypted) to fill the template.
    started = performance.now()
    expect((await askMaia(url, APP_B_KEY, [{ role: 'user', content: GREETING }], { 'x-maia-user': user, 'x-maia-session': 'flood-5' })).status).toBe(200)
    const laterMs = performance.now() - started
    started = performance.now()
    expect((await askMaia(url, APP_A_KEY, [{ role: 'user', content: GREETING }], { 'x-maia-user': 'fresh-user', 'x-maia-session': 'fresh' })).status).toBe(200)
    const freshMs = performance.now() - started
    console.info(`[facts] one 7,900-char turn: +${afterOne.records - before.records} records, +${afterOne.bytes - before.bytes} bytes (${firstMs.toFixed(0)} ms); four turns: ${exported.facts.length} facts, ${exported.summaries.length} summaries, +${after.bytes - before.bytes} bytes; a later greeting of that user ${laterMs.toFixed(0)} ms vs a fresh user ${freshMs.toFixed(0)} ms`)
    expect(exported.facts.length, 'facts kept for one user').toBeLessThanOrEqual(MAX_FACTS_PER_USER)
  }, 60_000)
})
