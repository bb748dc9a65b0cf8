import { join } from 'node:path'
import { Level } from 'level'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createLevelSessionLedger } from '../../../orchestrator/economy/accounting/createLevelSessionLedger.ts'
import { createCarefulSessions } from '../../../orchestrator/maia/createCarefulSessions.ts'
import { CAREFUL_MODE_FOOTER, CAREFUL_MODE_FRAMING } from '../../../orchestrator/maia/intent/index.ts'
import { temporaryDirectory } from '../../helpers/network.ts'
import {
  APP_A_KEY, APP_B_KEY, askMaia, CRISIS, JAILBREAK, ledgerOwner, NETWORK_QUESTION, promptText, quotaUsage, readLedger, sessionKey,
  SESSIONS_SUBLEVEL, startBudgetedNetwork, type BudgetedNetwork
} from './support.ts'

// Can a flood end the careful mode of a session in which a person disclosed a crisis, so that they
// get ordinary model replies again? Careful mode lives in the process (10,000 sessions, all keys
// together) and durably in the session ledger (a session with a safety reply), whose per-key
// "careful" budget rolls the least recently used such sessions into daily totals. After a restart
// (or once 10,000 other sessions pushed it out of the process) only the ledger knows. The apps here
// send only the last turn, with x-maia-session, so nothing re-screens the crisis turn.

/** A careful budget that a few dozen sessions fill (the default, 8 MiB, holds ~8,100 of these sessions). */
const CAREFUL_BUDGET_BYTES = 8 * 1024
const SESSION_BUDGET_BYTES = 8 * 1024
/** Sessions each flood sends: several times what fills the budget. */
const FLOOD_SESSIONS = 30

describe('ATTACK careful mode against per-key session budgets', () => {
  let network: BudgetedNetwork
  /** What the attacker's flood left in the ledger, before the restart. */
  const observed = { beaCarefulBeforeRestart: false, beaKeptInLedger: true, appBCareful: { items: 0, bytes: 0 } }

  const ask = (key: string, user: string, session: string, content: string): ReturnType<typeof askMaia> =>
    askMaia(network.url(), key, [{ role: 'user', content }], { 'x-maia-user': user, 'x-maia-session': session })

  beforeAll(async () => {
    network = await startBudgetedNetwork({ carefulSessionBytesPerKey: CAREFUL_BUDGET_BYTES, sessionBytesPerKey: SESSION_BUDGET_BYTES })
    // Ana (app A) and Bea (app B) each disclose a crisis in a session of their own.
    for (const [key, user] of [[APP_A_KEY, 'ana'], [APP_B_KEY, 'bea']] as const) {
      const crisis = await ask(key, user, `${user}-crisis`, CRISIS)
      expect(crisis.text).toMatch(/988|112/)
      const next = await ask(key, user, `${user}-crisis`, NETWORK_QUESTION)
      expect(next.text).toContain(CAREFUL_MODE_FOOTER)
    }
    // App B (or any one of its users) floods: jailbreak attempts, each in a fresh session (a fixed
    // refusal, no node, no risk disclosed), some named like app A's sessions, and ordinary sessions.
    for (let index = 0; index < FLOOD_SESSIONS; index++) {
      const refused = await ask(APP_B_KEY, 'mallory', index % 3 === 0 ? `ana-crisis-${index}` : `jb-${index}`, JAILBREAK)
      expect(refused.status).toBe(200)
      expect(refused.text).not.toMatch(/988/)
      await ask(APP_B_KEY, 'mallory', index === 0 ? 'ana-crisis' : `chat-${index}`, 'Hello MAIA, good morning to you.')
    }
    observed.appBCareful = (await quotaUsage(network.db(), SESSIONS_SUBLEVEL, ledgerOwner(APP_B_KEY))).careful ?? { items: 0, bytes: 0 }
    observed.beaKeptInLedger = await readLedger(network.db()).get(sessionKey(APP_B_KEY, 'bea-crisis')) !== undefined
    // Within the process, Bea's session is still known to be careful.
    observed.beaCarefulBeforeRestart = (await ask(APP_B_KEY, 'bea', 'bea-crisis', NETWORK_QUESTION)).text.includes(CAREFUL_MODE_FOOTER)
    await network.restart()
  }, 60_000)
  afterAll(async () => {
    await network?.stop()
  })

  it('defended: app B\'s flood of refused and ordinary sessions (some named like app A\'s) leaves app A\'s crisis session careful after a restart', async () => {
    const reply = await ask(APP_A_KEY, 'ana', 'ana-crisis', NETWORK_QUESTION)
    expect(reply.text).toContain(CAREFUL_MODE_FOOTER)
    expect(promptText(network.prompts.at(-1))).toContain(CAREFUL_MODE_FRAMING.slice(0, 40))
    // App B's own careful sessions stayed within its own careful budget.
    expect(observed.appBCareful.bytes).toBeLessThanOrEqual(CAREFUL_BUDGET_BYTES)
    expect(observed.appBCareful.items).toBeGreaterThan(0)
  })

  // Was an open hole: a session counted against the key's careful budget as soon as it held one safety
  // reply, and a refused jailbreak is one, so 30 jailbreak sessions from one user of app B (8 KiB
  // careful budget) rolled up Bea's crisis session, and after a restart her next message got an
  // ordinary model reply (at the defaults ~8,100 across a restart). The ledger now keeps `careful`
  // only for a disclosed risk; refusals count against the ordinary session budget. A flood of risk
  // sessions by the same key, and the in-process memory shared by all keys: the attacks below.
  it('app B\'s own user in crisis stays careful after a flood of jailbreak sessions from another of its users and a restart', async () => {
    expect(observed.beaCarefulBeforeRestart).toBe(true)
    const reply = await ask(APP_B_KEY, 'bea', 'bea-crisis', NETWORK_QUESTION)
    // Recorded for the report: the flood rolled Bea's session out of the ledger.
    expect({ beaKeptInLedger: observed.beaKeptInLedger, carefulAfterRestart: reply.text.includes(CAREFUL_MODE_FOOTER) })
      .toEqual({ beaKeptInLedger: true, carefulAfterRestart: true })
  })
})

describe('ATTACK careful mode against a flood of crisis sessions from the same key, and a restart', () => {
  let network: BudgetedNetwork
  /** What the flood left in the ledger, before the restart. */
  const observed = { beaRequestsKept: -1, beaMarkedCareful: false, appBCareful: { items: 0, bytes: 0 } }

  const ask = (key: string, user: string, session: string, content: string): ReturnType<typeof askMaia> =>
    askMaia(network.url(), key, [{ role: 'user', content }], { 'x-maia-user': user, 'x-maia-session': session })

  beforeAll(async () => {
    network = await startBudgetedNetwork({ carefulSessionBytesPerKey: CAREFUL_BUDGET_BYTES, sessionBytesPerKey: SESSION_BUDGET_BYTES })
    // Bea and Cleo (both app B) each disclose a crisis in a session of their own.
    for (const user of ['bea', 'cleo']) {
      expect((await ask(APP_B_KEY, user, `${user}-crisis`, CRISIS)).text).toMatch(/988|112/)
      expect((await ask(APP_B_KEY, user, `${user}-crisis`, NETWORK_QUESTION)).text).toContain(CAREFUL_MODE_FOOTER)
    }
    // Another user of app B (or a busy app whose users are in crisis) opens crisis sessions: each is
    // careful and counts against app B's careful budget, several times what it holds.
    for (let index = 0; index < FLOOD_SESSIONS; index++) {
      expect((await ask(APP_B_KEY, 'mallory', `crisis-${index}`, CRISIS)).text).toMatch(/988|112/)
    }
    observed.appBCareful = (await quotaUsage(network.db(), SESSIONS_SUBLEVEL, ledgerOwner(APP_B_KEY))).careful ?? { items: 0, bytes: 0 }
    const bea = await readLedger(network.db()).get(sessionKey(APP_B_KEY, 'bea-crisis'))
    observed.beaRequestsKept = bea?.requests ?? 0
    observed.beaMarkedCareful = bea?.continues !== undefined && bea.careful === true
    await network.restart()
  }, 60_000)
  afterAll(async () => {
    await network?.stop()
  })

  // Was an open hole: the flood rolled Bea's crisis session out of app B's careful budget, the
  // ledger kept nothing under her session's id, and after a restart her next message got an
  // ordinary model reply. Now her rolled-up session leaves a marker (in its own budget of app B's)
  // that keeps her careful mode, and her next request continues that session.
  it('defended: app B\'s own flood of crisis sessions rolls Bea\'s crisis session up, and after a restart she is still in careful mode', async () => {
    const reply = await ask(APP_B_KEY, 'bea', 'bea-crisis', NETWORK_QUESTION)
    expect(reply.text).toContain(CAREFUL_MODE_FOOTER)
    expect(promptText(network.prompts.at(-1))).toContain(CAREFUL_MODE_FRAMING.slice(0, 40))
    // The flood did roll her session up (nothing of it kept one by one), within app B's careful budget.
    expect({ requestsKept: observed.beaRequestsKept, markedCareful: observed.beaMarkedCareful }).toEqual({ requestsKept: 0, markedCareful: true })
    expect(observed.appBCareful.bytes).toBeLessThanOrEqual(CAREFUL_BUDGET_BYTES)
    // And it is one session again, careful, in the ledger.
    expect(await readLedger(network.db()).get(sessionKey(APP_B_KEY, 'bea-crisis'))).toMatchObject({ requests: 1, careful: true, continues: { sovereign: true } })
  })

  // Was an open hole: after a restart (or once other keys' sessions pushed hers out of the process's
  // memory), one refused manipulation attempt in a crisis session made the process remember the
  // session as "manipulation only", which it trusted over the ledger's disclosed risk: every later
  // message got ordinary replies. The ledger's `careful` (a risk, never a refusal) now holds.
  it('defended: after a restart, a refused manipulation attempt in Cleo\'s crisis session does not end its careful mode', async () => {
    const refused = await ask(APP_B_KEY, 'cleo', 'cleo-crisis', JAILBREAK)
    expect(refused.status).toBe(200)
    expect(refused.text).not.toContain(CAREFUL_MODE_FOOTER)
    const reply = await ask(APP_B_KEY, 'cleo', 'cleo-crisis', NETWORK_QUESTION)
    expect(reply.text).toContain(CAREFUL_MODE_FOOTER)
    expect(promptText(network.prompts.at(-1))).toContain(CAREFUL_MODE_FRAMING.slice(0, 40))
  })
})

describe('ATTACK careful mode through the process\'s memory of careful sessions, shared by all keys', () => {
  let directory: Awaited<ReturnType<typeof temporaryDirectory>>
  let db: Level<string, string>

  beforeAll(async () => {
    directory = await temporaryDirectory('maia-careful-memory-')
    db = new Level<string, string>(join(directory.path, 'db'))
    await db.open()
  })
  afterAll(async () => {
    await db?.close()
    await directory?.remove()
  })

  it('defended: another key\'s flood of crisis and jailbreak sessions pushes a crisis session out of the process\'s memory, and the ledger keeps it careful, through a refusal too', async () => {
    const ledger = createLevelSessionLedger({ store: db.sublevel<string, string>(SESSIONS_SUBLEVEL, {}), now: Date.now })
    // The process's memory as the responder keeps it, 100 sessions here (10,000 in production).
    const careful = createCarefulSessions({ ledger, capacity: 100 })
    const bea = sessionKey(APP_B_KEY, 'bea-crisis')
    careful.mark(bea, 'risk')
    await ledger.record(bea, { route: 'safety', intent: 'safety_escalation', inputTokens: 0, outputTokens: 90, owner: ledgerOwner(APP_B_KEY), careful: true })
    // App A floods: crisis and jailbreak sessions, each remembered by the process, twice its capacity.
    for (let index = 0; index < 200; index++) careful.mark(sessionKey(APP_A_KEY, `flood-${index}`), index % 2 === 0 ? 'risk' : 'manipulation')
    expect(await careful.isCareful(bea)).toBe(true)
    // Bea's session, now unknown to the process, gets a refused jailbreak: still careful.
    careful.mark(bea, 'manipulation')
    expect(await careful.isCareful(bea)).toBe(true)
    // A session that only ever tried manipulation is not careful, in the process or the ledger.
    const mallory = sessionKey(APP_A_KEY, 'jailbreak')
    careful.mark(mallory, 'manipulation')
    await ledger.record(mallory, { route: 'safety', intent: 'safety_escalation', inputTokens: 0, outputTokens: 40, owner: ledgerOwner(APP_A_KEY), careful: false })
    expect(await careful.isCareful(mallory)).toBe(false)
  })
})
