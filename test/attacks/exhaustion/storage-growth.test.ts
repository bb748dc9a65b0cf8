import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { APP_A_KEY, APP_B_KEY, askMaia, startMaiaNetwork, type MaiaNetwork } from '../maia/support.ts'

// Resource exhaustion of the orchestrator's level store by the holder of one valid API key (app B).
// Every request that names a new user (`x-maia-user`) or a new session (`x-maia-session`) creates
// records: a session-ledger record per session, a memory summary per (user, session) and a fact
// record per self-description found in the turn. None has a TTL, a per-user cap or a per-key
// quota. Worse, facts are keyed by content: one 8,000-character turn of distinct "I want to ..."
// sentences writes hundreds of fact records for one user, and every later request of that user
// reads and decrypts all of them (`createLevelUserMemory.select`).
// Secure behaviour: what one key can make the orchestrator keep is bounded (a per-user fact cap, a
// per-key quota or a TTL), so extrapolated growth stays within a fixed budget.

/** The whole store (memory and session ledger sublevels), counted as key and value bytes. */
async function storeSize(network: MaiaNetwork): Promise<{ records: number; bytes: number }> {
  let records = 0
  let bytes = 0
  for await (const [key, value] of network.db.iterator()) {
    records += 1
    bytes += Buffer.byteLength(key) + Buffer.byteLength(value)
  }
  return { records, bytes }
}

/** A light greeting: routed to a template, so no node is needed and the request costs the attacker nothing but HTTP. */
const GREETING = 'Hello MAIA, good morning to you.'

/** What one key may make this orchestrator keep, whatever it sends (a generous fixed budget). */
const PER_KEY_BUDGET_BYTES = 64 * 1024 * 1024
/** Facts one user may keep (a person has a name, a job, a few feelings and goals: not hundreds). */
const MAX_FACTS_PER_USER = 100

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

  // OPEN HOLE, kept failing on purpose (`it.fails`: it turns red the day it is closed, and must then
  // become a plain `it`). Needs a per-key quota on new users and sessions, or a retention pass that
  // rolls old sessions into daily totals; each user's own memory is bounded now (the test below).
  it.fails('HOLE: each request with a fresh user and session id adds records without bound (no per-key quota, no TTL)', async () => {
    // Warm the router (its models load on the first message).
    expect((await askMaia(url, APP_B_KEY, [{ role: 'user', content: GREETING }])).status).toBe(200)
    const before = await storeSize(network)
    const requests = 60
    const started = performance.now()
    for (let index = 0; index < requests; index++) {
      const reply = await askMaia(url, APP_B_KEY, [{ role: 'user', content: `${GREETING} I want to grow my garden number ${index}.` }], { 'x-maia-user': `u-${index}-${'x'.repeat(200)}`, 'x-maia-session': `s-${index}-${'y'.repeat(200)}` })
      expect(reply.status).toBe(200)
    }
    const elapsedMs = performance.now() - started
    const after = await storeSize(network)
    const bytesPerRequest = (after.bytes - before.bytes) / requests
    const recordsPerRequest = (after.records - before.records) / requests
    const extrapolated = bytesPerRequest * 1_000_000
    console.info(`[storage] ${requests} requests in ${elapsedMs.toFixed(0)} ms (${(elapsedMs / requests).toFixed(1)} ms each): +${after.records - before.records} records, +${after.bytes - before.bytes} bytes; ${recordsPerRequest.toFixed(2)} records and ${bytesPerRequest.toFixed(0)} bytes per request; 1e6 requests -> ${(extrapolated / 2 ** 30).toFixed(2)} GiB kept forever`)
    // Another key's use is unaffected either way; the bound is on what this key makes the orchestrator keep.
    expect(extrapolated, 'bytes one key makes the orchestrator keep after 1e6 requests').toBeLessThanOrEqual(PER_KEY_BUDGET_BYTES)
  }, 30_000)

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
