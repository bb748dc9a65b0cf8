import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MAX_SCREENED_TURNS } from '../../../orchestrator/maia/intent/screenConversation.ts'
import { MAX_MESSAGES, MAX_MESSAGES_BYTES } from '../../../shared/protocol/index.ts'
import { heldOutSetFiles } from '../../../bench/router/heldOutSetFiles.ts'
import { APP_A_KEY, APP_B_KEY, askMaia, startMaiaNetwork, type MaiaNetwork } from '../maia/support.ts'

// CPU exhaustion through the safety screen. Every request screens every earlier user turn of the
// conversation it carries (screenConversation, up to MAX_SCREENED_TURNS = 200), each turn in full:
// the whole turn, then up to 12 sentence windows each embedded by the sentence encoder. A single
// long turn is bounded (screenEveryWindow: ~1 s for a 256 KiB paste), but the number of turns
// multiplies it: 200 earlier turns of ~4,500 characters fit in one request (MAX_MESSAGES 1,000,
// MAX_MESSAGES_BYTES ~1 MiB). Nothing is cached across requests for new text, nothing stops when
// the client disconnects (screenConversation takes no signal), and screening runs before the
// admission line, so no concurrency bound applies. The attacker needs only a key, ~1 MiB of upload
// and no node (the last turn is a greeting answered from a template).
// Secure behaviour: the screen's work per request is bounded by a total budget (characters or
// windows across all turns), so the worst request costs at most a few seconds.

/** The most CPU one request may cost the screen, whatever it carries (a few times one long paste). */
const WORST_REQUEST_BUDGET_MS = 5_000
const TURN_CHARACTERS = 4_500

let sentence = 0
/** A turn of distinct calm sentences (no cache can have seen it), TURN_CHARACTERS long. */
function calmTurn(): string {
  let text = ''
  while (text.length < TURN_CHARACTERS) text += `Today I walked by the river, step ${sentence++}, and thought of my grandmother's garden. `
  return text.slice(0, TURN_CHARACTERS)
}

function conversation(earlierTurns: number): Array<{ role: 'user' | 'assistant'; content: string }> {
  const messages: Array<{ role: 'user' | 'assistant'; content: string }> = []
  for (let index = 0; index < earlierTurns; index++) messages.push({ role: 'user', content: calmTurn() }, { role: 'assistant', content: 'I hear you.' })
  messages.push({ role: 'user', content: 'Hello MAIA, good morning to you.' })
  return messages
}

describe('ATTACK CPU exhaustion through the safety screen of earlier turns', () => {
  let network: MaiaNetwork
  let url: string

  beforeAll(async () => {
    network = await startMaiaNetwork()
    url = network.orchestrator.api.url
    expect((await askMaia(url, APP_B_KEY, conversation(1))).status).toBe(200)
  }, 60_000)
  afterAll(async () => {
    await network?.stop()
  })

  it('defended: one very long turn of pathological text (regex backtracking bait) is screened in bounded time', async () => {
    const bait: Record<string, string> = {
      'one word, then spaces': `a${' '.repeat(480_000)}!`,
      'a crisis phrase repeated': 'kill myself '.repeat(40_000),
      'a method phrase repeated': 'how many pills pills pills '.repeat(18_000),
      'tiny sentences': 'I am fine. '.repeat(44_000),
      'apostrophes and hyphens': "My name is A'-".repeat(34_000)
    }
    const timings: string[] = []
    for (const [name, text] of Object.entries(bait)) {
      const started = performance.now()
      // As an earlier turn, screened whole (the last turn's screen reads at most 2 × 8,000 characters).
      const reply = await askMaia(url, APP_B_KEY, [{ role: 'user', content: text }, { role: 'assistant', content: 'I hear you.' }, { role: 'user', content: 'Hello MAIA, good morning to you.' }])
      const ms = performance.now() - started
      timings.push(`${name} (${text.length} chars): ${ms.toFixed(0)} ms`)
      expect(reply.status, name).toBe(200)
      expect(ms, name).toBeLessThan(3_000)
    }
    console.info(`[screen] pathological turns: ${timings.join('; ')}`)
  }, 30_000)

  it('HOLE: one request of 200 earlier turns costs about a minute of screening', async () => {
    const worst = conversation(MAX_SCREENED_TURNS)
    // The worst case is a request the gateway accepts.
    expect(worst.length).toBeLessThanOrEqual(MAX_MESSAGES)
    expect(Buffer.byteLength(JSON.stringify(worst))).toBeLessThanOrEqual(MAX_MESSAGES_BYTES)

    // A request's cost is the CPU the orchestrator's process spent on it (its encoder thread
    // included): what the attack takes from other users. Its wall time also counts the other
    // processes of a busy machine (CI runs two test workers on two cores): the worst request
    // measured 2.3–2.7 s alone, 3.5–5.0 s beside two busy loops, for the same work.
    const timed = async (earlierTurns: number): Promise<{ wallMs: number; cpuMs: number }> => {
      const cost = await timedCpu(conversation(earlierTurns))
      expect(cost.status).toBe(200)
      return cost
    }
    const base = await timed(0)
    const turns = 6
    const flood = await timed(turns)
    const perTurnMs = Math.max(0, flood.cpuMs - base.cpuMs) / turns
    const extrapolatedMs = base.cpuMs + perTurnMs * MAX_SCREENED_TURNS
    // The cost per turn stops being linear once the full screen has a budget per request: the
    // worst request itself is sent and timed too (added by the lead with the fix; the linear
    // extrapolation above is the reviewer's original measure and must hold as well, or be shown
    // wrong by the direct one).
    const worst200 = extrapolatedMs <= WORST_REQUEST_BUDGET_MS ? undefined : await timed(MAX_SCREENED_TURNS)
    const worstMs = worst200?.cpuMs ?? extrapolatedMs
    console.info(`[screen] CPU of the last turn alone ${base.cpuMs.toFixed(0)} ms; with ${turns} earlier turns of ${TURN_CHARACTERS} chars ${flood.cpuMs.toFixed(0)} ms (${perTurnMs.toFixed(0)} ms per turn, wall ${flood.wallMs.toFixed(0)} ms); ${MAX_SCREENED_TURNS} turns (${Buffer.byteLength(JSON.stringify(worst))} bytes, one request): extrapolated ~${(extrapolatedMs / 1000).toFixed(1)} s, measured ${(worstMs / 1000).toFixed(1)} s of CPU${worst200 === undefined ? '' : ` in ${(worst200.wallMs / 1000).toFixed(1)} s of wall time`}`)
    expect(worstMs, 'CPU spent screening the worst accepted request (ms)').toBeLessThanOrEqual(WORST_REQUEST_BUDGET_MS)
    // And it does not stall either: even on a busy machine it answers within twice its CPU budget.
    if (worst200 !== undefined) expect(worst200.wallMs, 'wall time of the worst accepted request (ms)').toBeLessThanOrEqual(2 * WORST_REQUEST_BUDGET_MS)
  }, 90_000)

  // Found by running the attack with the text an attacker would pick rather than a repeated calm sentence: the
  // quick screen of older turns (rules and n-grams) cost ~10 ms per calm 4,500-character turn but ~270 ms per turn
  // of varied everyday text (bench/router/quickScreen.ts: route on 196 such turns, 52 s), because varied text opens
  // most rules' gates (ruleGates.ts) and the widest rules cost more than linearly in a turn's length (40,000
  // characters, the most the rules read of one turn: ~5 s). One request of such turns cost about a minute of CPU.
  let variedStart = 0
  const varied = async (): Promise<string[]> => {
    // Ordinary messages written from outside for spent held-out sets: many languages, look-alikes of crises.
    const sets = await Promise.all(['v90', 'v91', 'v92', 'v93', 'v94', 'v95', 'v96'].map(async (name) => (await heldOutSetFiles(name)).ordinary))
    return sets.flat().map((text) => text.trim()).filter((text) => text !== '')
  }
  const variedConversation = (messages: readonly string[], earlierTurns: number, characters: number): Array<{ role: 'user' | 'assistant'; content: string }> => {
    let next = (variedStart += 997)
    const turn = (): string => {
      let text = ''
      while (text.length < characters) text += `${messages[next++ % messages.length]} `
      return text.slice(0, characters)
    }
    const conversation: Array<{ role: 'user' | 'assistant'; content: string }> = []
    for (let index = 0; index < earlierTurns; index++) conversation.push({ role: 'user', content: turn() }, { role: 'assistant', content: 'I hear you.' })
    conversation.push({ role: 'user', content: turn() })
    return conversation
  }
  /** The most earlier turns (up to `maxTurns`) of `characters` each that the byte bound lets through (other scripts take several bytes a character). */
  const largestConversation = (messages: readonly string[], maxTurns: number, characters: number): Array<{ role: 'user' | 'assistant'; content: string }> => {
    for (let turns = maxTurns; turns > 0; turns--) {
      const start = variedStart
      const conversation = variedConversation(messages, turns, characters)
      if (Buffer.byteLength(JSON.stringify(conversation)) <= MAX_MESSAGES_BYTES) return conversation
      variedStart = start
    }
    throw new Error('no conversation fits')
  }
  const timedCpu = async (messages: Array<{ role: 'user' | 'assistant'; content: string }>, key = APP_B_KEY): Promise<{ wallMs: number; cpuMs: number; status: number }> => {
    const started = performance.now()
    const before = process.cpuUsage()
    const reply = await askMaia(url, key, messages)
    const used = process.cpuUsage(before)
    return { wallMs: performance.now() - started, cpuMs: (used.user + used.system) / 1000, status: reply.status }
  }

  // 1,500 characters: turns the quick screen reads (QUICKLY_SCREENED_TURN_CHARACTERS); 4,500: the reviewer's size.
  it.each([1_500, TURN_CHARACTERS])('HOLE: 200 earlier turns of %i varied characters cost about a minute of the quick screen', async (characters) => {
    const worst = largestConversation(await varied(), MAX_SCREENED_TURNS, characters)
    const turns = (worst.length - 1) / 2
    expect(turns).toBeGreaterThanOrEqual(180)
    const cost = await timedCpu(worst)
    console.info(`[screen] ${turns} earlier turns of ${characters} varied characters and a last one as long: ${(cost.cpuMs / 1000).toFixed(1)} s of CPU in ${(cost.wallMs / 1000).toFixed(1)} s`)
    expect(cost.status).toBe(200)
    expect(cost.cpuMs, 'CPU spent on the request (ms)').toBeLessThanOrEqual(WORST_REQUEST_BUDGET_MS)
    expect(cost.wallMs, 'wall time of the request (ms)').toBeLessThanOrEqual(2 * WORST_REQUEST_BUDGET_MS)
  }, 180_000)

  it('HOLE: a few earlier turns of 40,000 varied characters each cost seconds apiece', async () => {
    const worst = largestConversation(await varied(), 24, 40_000)
    const turns = (worst.length - 1) / 2
    expect(turns).toBeGreaterThanOrEqual(10)
    const cost = await timedCpu(worst)
    console.info(`[screen] ${turns} earlier turns of 40,000 varied characters: ${(cost.cpuMs / 1000).toFixed(1)} s of CPU in ${(cost.wallMs / 1000).toFixed(1)} s`)
    expect(cost.status).toBe(200)
    expect(cost.cpuMs, 'CPU spent on the request (ms)').toBeLessThanOrEqual(WORST_REQUEST_BUDGET_MS)
    expect(cost.wallMs, 'wall time of the request (ms)').toBeLessThanOrEqual(2 * WORST_REQUEST_BUDGET_MS)
  }, 180_000)

  it('HOLE: one key sending its worst requests at once holds the screen for every other key', async () => {
    const messages = await varied()
    const floods = Array.from({ length: 6 }, () => largestConversation(messages, MAX_SCREENED_TURNS, TURN_CHARACTERS))
    const before = process.cpuUsage()
    const sent = floods.map((flood) => timedCpu(flood, APP_A_KEY))
    await new Promise((resolve) => setTimeout(resolve, 300))
    // Another app's plain question, sent while the six are being screened.
    const victim = await timedCpu(conversation(0), APP_B_KEY)
    const flooded = await Promise.all(sent)
    const used = process.cpuUsage(before)
    const floodCpuMs = (used.user + used.system) / 1000
    console.info(`[screen] another key's greeting during 6 concurrent worst requests of one key: answered in ${(victim.wallMs / 1000).toFixed(1)} s; the 6 took ${flooded.map((cost) => (cost.wallMs / 1000).toFixed(1)).join(', ')} s (statuses ${flooded.map((cost) => cost.status).join(', ')}), ${(floodCpuMs / 1000).toFixed(1)} s of CPU in all`)
    expect(victim.status).toBe(200)
    // Secure: one key's screens wait for each other, so another key waits at most about one of its turns' screens.
    expect(victim.wallMs, 'wall time of the other key\'s plain question (ms)').toBeLessThanOrEqual(2_500)
  }, 240_000)

  // Was partly open: the screen stopped between turns once the client had gone, but one turn's screen
  // (~160 ms here, its windows screened at once) could not be interrupted, so an abandoned request
  // still cost ~0.35 of a full one (408 vs 1,034 ms). The signal now reaches each window's sentence
  // encoding (routeAsync -> screenEveryWindow -> the vector cache -> the encoder thread's cancel).
  it('HOLE: a client that disconnects at once still costs the whole screen (screenConversation takes no signal)', async () => {
    const cpuOver = async (run: () => Promise<void>, windowMs: number): Promise<number> => {
      const before = process.cpuUsage()
      await run()
      await new Promise((resolve) => setTimeout(resolve, windowMs))
      const used = process.cpuUsage(before)
      return (used.user + used.system) / 1000
    }
    // The worst accepted request: since the screen of earlier turns has deadlines, six turns (the reviewer's size)
    // cost only ~0.6 s in all, which left the 150 ms before the client leaves too large a share of them to tell
    // stopping from not stopping. (Six varied turns then showed the last turn's own screen took no signal: 783–938 ms
    // of ~2 s went on after the client left; 345–432 ms once it took the signal.)
    const turns = MAX_SCREENED_TURNS
    // Idle baseline, a full request, then the same size of request abandoned 150 ms after it was sent.
    const idleMs = await cpuOver(async () => {}, 1_000)
    const fullMs = await cpuOver(async () => { expect((await askMaia(url, APP_B_KEY, conversation(turns))).status).toBe(200) }, 0)
    const abandonedMs = await cpuOver(async () => {
      const abort = new AbortController()
      const sent = fetch(`${url}/v1/messages`, {
        method: 'POST', signal: abort.signal, headers: { 'content-type': 'application/json', 'x-api-key': APP_B_KEY },
        body: JSON.stringify({ model: 'maia', max_tokens: 8, messages: conversation(turns) })
      }).catch(() => undefined)
      await new Promise((resolve) => setTimeout(resolve, 150))
      abort.abort()
      await sent
    }, 2_500)
    console.info(`[screen] process CPU: idle 1 s ${idleMs.toFixed(0)} ms; a full request of ${turns} earlier turns ${fullMs.toFixed(0)} ms; the same request abandoned after 150 ms (measured over 2.5 s) ${abandonedMs.toFixed(0)} ms`)
    // Secure: the work stops soon after the client leaves (a fraction of the full cost beyond idle).
    expect(abandonedMs - idleMs * 2.5, 'CPU spent on a request whose client left (ms beyond idle)').toBeLessThan(fullMs / 4)
  }, 30_000)
})
