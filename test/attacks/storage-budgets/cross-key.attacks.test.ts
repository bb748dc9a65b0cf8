import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SessionRecord } from '../../../orchestrator/economy/accounting/SessionLedger.ts'
import { createLevelStorageQuota } from '../../../orchestrator/storage/createLevelStorageQuota.ts'
import type { OwnerUsage } from '../../../orchestrator/storage/StorageQuota.ts'
import {
  APP_A_KEY, APP_B_KEY, askMaia, ledgerOwner, memoryCipher, memoryOwner, MEMORY_SUBLEVEL, NETWORK_QUESTION, OPERATOR_KEY, promptText,
  quotaUsage, readLedger, sessionKey, SESSIONS_SUBLEVEL, startBudgetedNetwork, userKey, type BudgetedNetwork
} from './support.ts'

// App B holds one valid key and sends the same x-maia-user and x-maia-session strings app A's users
// have, or will have: can it evict, read, overwrite or take over the budget of app A's users and
// sessions? The quota's rule "an item stays with the key that first wrote it" would let B pre-claim
// ids A is about to use (A's items then counting against B, and evicted by B's flood) if both keys
// named an item alike. Budgets are small here, so B's flood is several times what fills them.

const MEMORY_BUDGET_BYTES = 16 * 1024
const SESSION_BUDGET_BYTES = 8 * 1024
/** Requests in app B's flood: each a new user and session, some named like app A's. */
const FLOOD_REQUESTS = 60
const ALICE_FACT = 'My name is Zanzibar Quillfeather.'
const CAROL_FACT = 'My name is Carolina Wintergreen.'

interface KeyUsage { memory: OwnerUsage; sessions: OwnerUsage }

describe('ATTACK one key against another\'s users and sessions under per-key budgets', () => {
  let network: BudgetedNetwork
  let appABefore: KeyUsage
  let appAAfter: KeyUsage
  let appBAfter: KeyUsage

  const ask = (key: string, user: string, session: string, content: string): ReturnType<typeof askMaia> =>
    askMaia(network.url(), key, [{ role: 'user', content }], { 'x-maia-user': user, 'x-maia-session': session })
  const usageOf = async (key: string): Promise<KeyUsage> => ({
    memory: await quotaUsage(network.db(), MEMORY_SUBLEVEL, memoryOwner(key)),
    sessions: await quotaUsage(network.db(), SESSIONS_SUBLEVEL, ledgerOwner(key))
  })

  beforeAll(async () => {
    network = await startBudgetedNetwork({ memoryBytesPerKey: MEMORY_BUDGET_BYTES, sessionBytesPerKey: SESSION_BUDGET_BYTES })
    // App B claims first the user and session names app A will use for Carol.
    for (let index = 0; index < 3; index++) expect((await ask(APP_B_KEY, 'carol', 'carol-1', `My name is Mallory Claim${index}.`)).status).toBe(200)
    // App A's users: Alice, and then Carol under the names B claimed.
    expect((await ask(APP_A_KEY, 'alice', 'alice-1', `${ALICE_FACT} Hello MAIA.`)).status).toBe(200)
    expect((await ask(APP_A_KEY, 'carol', 'carol-1', `${CAROL_FACT} Hello MAIA.`)).status).toBe(200)
    appABefore = await usageOf(APP_A_KEY)
    // App B floods with fresh users and sessions, and with Alice's and Carol's names.
    for (let index = 0; index < FLOOD_REQUESTS; index++) {
      const user = index % 4 === 0 ? 'alice' : index % 4 === 1 ? 'carol' : `user-${index}`
      const session = index % 4 === 0 ? 'alice-1' : index % 4 === 1 ? 'carol-1' : `session-${index}`
      expect((await ask(APP_B_KEY, user, session, `My name is Mallory Flood${index}. I work as a locksmith number ${index}.`)).status).toBe(200)
    }
    appAAfter = await usageOf(APP_A_KEY)
    appBAfter = await usageOf(APP_B_KEY)
  }, 60_000)
  afterAll(async () => {
    await network?.stop()
  })

  it('defended: app B\'s flood, under app A\'s user and session names, leaves app A\'s budgets exactly as they were and holds B to its own', () => {
    expect(appAAfter).toEqual(appABefore)
    expect(appABefore.memory.user?.items).toBe(2)
    expect(appABefore.sessions.session?.items).toBe(2)
    expect(appBAfter.memory.user!.bytes).toBeLessThanOrEqual(MEMORY_BUDGET_BYTES)
    expect(appBAfter.sessions.session!.bytes).toBeLessThanOrEqual(SESSION_BUDGET_BYTES)
    // The flood did fill B's budgets (so it evicted), and what it evicted was its own.
    expect(appBAfter.memory.user!.bytes).toBeGreaterThan(MEMORY_BUDGET_BYTES / 2)
    expect(appBAfter.sessions.session!.items).toBeLessThan(FLOOD_REQUESTS / 2)
  })

  it('defended: app B cannot pre-claim the ids app A will use: A\'s Carol and her session count against A, not B', async () => {
    const db = network.db()
    const memoryQuota = createLevelStorageQuota({ store: db.sublevel<string, string>(MEMORY_SUBLEVEL, {}), budgets: {} })
    const sessionQuota = createLevelStorageQuota({ store: db.sublevel<string, string>(SESSIONS_SUBLEVEL, {}), budgets: {} })
    expect(await memoryQuota.ownerOf(memoryCipher.storageId(userKey(APP_A_KEY, 'carol')))).toBe(memoryOwner(APP_A_KEY))
    expect(await sessionQuota.ownerOf(sessionKey(APP_A_KEY, 'carol-1'))).toBe(ledgerOwner(APP_A_KEY))
    // A's session records hold A's requests only, B's requests under the same names none of them.
    const ledger = readLedger(db)
    expect((await ledger.get(sessionKey(APP_A_KEY, 'alice-1')))?.requests).toBe(1)
    expect((await ledger.get(sessionKey(APP_A_KEY, 'carol-1')))?.requests).toBe(1)
  })

  it('defended: app A\'s users keep their memory through B\'s flood, and B reads only its own users of the same name', async () => {
    await ask(APP_A_KEY, 'alice', 'alice-2', NETWORK_QUESTION)
    expect(promptText(network.prompts.at(-1))).toContain('Zanzibar Quillfeather')
    const exportOf = async (key: string, user: string): Promise<string> =>
      JSON.stringify(await (await fetch(`${network.url()}/v1/users/${user}/memory`, { headers: { 'x-api-key': key } })).json())
    expect(await exportOf(APP_A_KEY, 'carol')).toContain('Carolina Wintergreen')
    const seenByB = await exportOf(APP_B_KEY, 'carol')
    expect(seenByB).not.toContain('Carolina')
    expect(seenByB).not.toContain('Quillfeather')
  })

  it('defended: session and user ids naming level\'s sublevels (`!quota!`, `!rollups!`), unicode, 256 and 257 characters stay app B\'s own sessions', async () => {
    const sessionsIn = (records: SessionRecord[]): number =>
      records.reduce((sum, record) => sum + (record.rollup?.sessions ?? 1), 0)
    const sessionsBefore = sessionsIn(await readLedger(network.db()).all())
    const appAAtStart = await usageOf(APP_A_KEY)
    const hostile = [
      `!quota!m/${ledgerOwner(APP_A_KEY)}`, '!rollups!2026-01-01', `!quota!i/${'0'.repeat(24)}`, '\u00ff\u00fe!',
      // UTF-8 bytes as the header carries them (a header is read as latin1: one character a byte).
      Buffer.from('Ünïcødé 💔 сессия', 'utf8').toString('latin1'), 'x'.repeat(256)
    ]
    for (const name of hostile) {
      expect((await askMaia(network.url(), APP_B_KEY, [{ role: 'user', content: `Hello MAIA, this is ${name.length}.` }], { 'x-maia-user': name, 'x-maia-session': name })).status).toBe(200)
    }
    // Over 256 characters the header is ignored: the session is then named from the conversation, still under B's key.
    expect((await askMaia(network.url(), APP_B_KEY, [{ role: 'user', content: 'Hello MAIA, a long one.' }], { 'x-maia-session': 'y'.repeat(257) })).status).toBe(200)
    const ledger = readLedger(network.db())
    // B is at its budget: the oldest of these may already be rolled up (`get` is then the empty record
    // its marker starts, `continues` set), the newest is kept, under B's key, with B's one request.
    for (const name of hostile) {
      const record = await ledger.get(sessionKey(APP_B_KEY, name))
      expect(record === undefined ? 'lost' : record.continues === undefined ? record.requests : `rolled up, ${record.requests} kept`, name).toBeOneOf([1, 'rolled up, 0 kept'])
    }
    expect((await ledger.get(sessionKey(APP_B_KEY, hostile.at(-1)!)))?.requests).toBe(1)
    expect(await usageOf(APP_A_KEY)).toEqual(appAAtStart)
    // Every report still reads the ledger whole: the operator's cost report parses and counts them.
    const report = await fetch(`${network.url()}/v1/report`, { headers: { 'x-api-key': OPERATOR_KEY } })
    expect(report.status).toBe(200)
    const all = await ledger.all()
    expect(all.filter((record) => record.rollup === undefined && !record.sessionId.startsWith(`${ledgerOwner(APP_A_KEY)}:`) && !record.sessionId.startsWith(`${ledgerOwner(APP_B_KEY)}:`) && !record.sessionId.startsWith('sess_'))).toEqual([])
    // Seven new sessions, each kept or (over B's budget) rolled into a day's total: none lost, none counted twice.
    expect(sessionsIn(all)).toBe(sessionsBefore + hostile.length + 1)
  })
})
