import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CAREFUL_MODE_FOOTER, CAREFUL_MODE_FRAMING } from '../../../orchestrator/maia/intent/index.ts'
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
  // only for a disclosed risk; refusals count against the ordinary session budget. Left: a flood of
  // risk sessions by the same key can still roll a crisis session up (a rolled-up session's id is not
  // kept), and the in-process memory of 10,000 careful sessions is shared by all keys.
  it('app B\'s own user in crisis stays careful after a flood of jailbreak sessions from another of its users and a restart', async () => {
    expect(observed.beaCarefulBeforeRestart).toBe(true)
    const reply = await ask(APP_B_KEY, 'bea', 'bea-crisis', NETWORK_QUESTION)
    // Recorded for the report: the flood rolled Bea's session out of the ledger.
    expect({ beaKeptInLedger: observed.beaKeptInLedger, carefulAfterRestart: reply.text.includes(CAREFUL_MODE_FOOTER) })
      .toEqual({ beaKeptInLedger: true, carefulAfterRestart: true })
  })
})
