import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createScriptedBackend } from '../../../node/backend/ScriptedBackend.ts'
import { DEFAULT_ADMISSION } from '../../../orchestrator/inference/createAdmission.ts'
import { startTestNetwork, TEST_API_KEY, type TestNetwork } from '../../helpers/network.ts'

// Fairness of the orchestrator's waiting line (createAdmission.ts): while every node is full, up
// to 256 requests (DEFAULT_ADMISSION.maxWaiting) wait for a slot and the rest are refused with 429
// at once. The line is one FIFO shared by every API key, with no per-key share: one app (or one
// free key) that keeps ~260 requests open holds every place, and every other app's request is
// refused at once ("line full") for as long as it keeps doing so. The attack costs the attacker
// nothing but open HTTP requests (a refused or timed-out request is not billed).
// Secure behaviour: one key's waiting requests are capped at a share of the line, so another key's
// request still gets a place (it waits; it is not refused on arrival).

const ATTACKER_KEY = TEST_API_KEY
const VICTIM_KEY = 'another-app-key-456'

async function ask(url: string, key: string, signal?: AbortSignal): Promise<{ status: number; ms: number }> {
  const started = performance.now()
  try {
    const response = await fetch(`${url}/v1/messages`, {
      method: 'POST', signal,
      headers: { 'content-type': 'application/json', 'x-api-key': key },
      body: JSON.stringify({ model: 'scripted', max_tokens: 8, messages: [{ role: 'user', content: 'hi' }] })
    })
    await response.arrayBuffer()
    return { status: response.status, ms: performance.now() - started }
  } catch {
    return { status: 0, ms: performance.now() - started }
  }
}

describe('ATTACK one API key fills the shared admission line', () => {
  let network: TestNetwork

  beforeAll(async () => {
    // One node, one slot (capacity 2 with the line's share): every answer takes 3 s before its first token.
    network = await startTestNetwork([], { transport: 'memory' })
    await network.addNode(createScriptedBackend({ modelName: 'scripted', firstTokenDelayMs: 3_000, reply: () => 'ok' }), { maxConcurrent: 1, maxQueued: 4 })
    await network.waitForNodes(1)
  }, 60_000)
  afterAll(async () => {
    await network?.stop()
  })

  it('HOLE: while one key holds the whole line, another key\'s request is refused on arrival', async () => {
    const url = network.orchestrator.api.url
    const flood = DEFAULT_ADMISSION.maxWaiting + 2 + 20
    const abort = new AbortController()
    const attack = Array.from({ length: flood }, () => ask(url, ATTACKER_KEY, abort.signal))
    // Let every attacker request reach the line.
    await new Promise((resolve) => setTimeout(resolve, 800))
    const victim = await ask(url, VICTIM_KEY)
    abort.abort()
    const results = await Promise.all(attack)
    const refusedAtOnce = results.filter((result) => result.status === 429 && result.ms < 800).length
    console.info(`[admission] attacker sent ${flood} concurrent requests (line ${DEFAULT_ADMISSION.maxWaiting}, node capacity 2): ${refusedAtOnce} refused at once; the victim key got ${victim.status} after ${victim.ms.toFixed(0)} ms`)
    // Refused at once means refused without a place in the line: the attacker's requests hold all of it.
    expect(victim.status === 429 && victim.ms < 500, `victim ${victim.status} in ${victim.ms.toFixed(0)} ms`).toBe(false)
  }, 30_000)
})
