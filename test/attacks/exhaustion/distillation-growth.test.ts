import { join } from 'node:path'
import { Level } from 'level'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createScriptedBackend } from '../../../node/backend/ScriptedBackend.ts'
import {
  createLevelDistillationSet, createLevelEvidenceStore, DEFAULT_DISTILLATION_MAX_BYTES, DEFAULT_SAMPLE_RATE, type DistillationSet
} from '../../../orchestrator/quality/index.ts'
import { MAX_MESSAGE_CHARACTERS } from '../../../shared/protocol/index.ts'
import { startTestNetwork, temporaryDirectory, TEST_API_KEY, type TestNetwork } from '../../helpers/network.ts'

// Storage exhaustion through quality sampling. Production (startOrchestratorFromConfig.ts,
// composeQuality) keeps sampled requests in the distillation set: the whole conversation and every
// node's answer. It kept every one, forever (no retention, no size cap, no per-key share), and
// `GET /v1/quality/distillation` loaded the whole set into one JSON response: one API key sending
// large prompts (up to ~1 MiB each) grew it at DEFAULT_SAMPLE_RATE (10%) of what it sent, ~20 KB per
// request of 200,000 characters, 18.7 GiB after a million (~98 GiB with 1 MiB prompts).
// Defended: the set holds at most DEFAULT_DISTILLATION_MAX_BYTES (256 MiB, keys, values and index
// counted), the oldest samples dropped first; one key holds at most half of it (its own oldest go
// first), a sample larger than the per-sample cap is refused, and the route streams
// (orchestrator/quality/distillation/, orchestrator/routes/distillationRoute.ts). Measured here with
// the set as production builds it: through the network, what one key's large prompts cost per
// request (sample rate 1, scaled back to the default rate); then, fed that key's 1 MiB samples past
// its share, that the set stops growing there. A million requests cost the lesser of the two.

/** What the distillation set may hold, whatever callers send (a generous fixed budget). */
const DISTILLATION_BUDGET_BYTES = 1024 * 1024 * 1024
const PROMPT_CHARACTERS = 200_000
/**
 * The largest prompts an API request carries (~1 MiB of messages: two turns of the most characters
 * one message holds), fed to the set directly: the network would take minutes to send 128 MiB of them.
 */
const LARGE_PROMPT_CHARACTERS = 2 * MAX_MESSAGE_CHARACTERS

/** What the store really holds, keys and values, the index included: counted apart from the set's own totals. */
async function storedBytes(db: Level<string, string>): Promise<{ samples: number; bytes: number }> {
  let samples = 0
  let bytes = 0
  for await (const [key, value] of db.sublevel<string, string>('distillation', {}).iterator()) {
    if (!key.startsWith('~')) samples += 1
    bytes += Buffer.byteLength(key) + Buffer.byteLength(value)
  }
  return { samples, bytes }
}

describe('ATTACK storage exhaustion through the distillation set', () => {
  let network: TestNetwork
  let db: Level<string, string>
  let directory: { path: string; remove: () => Promise<void> }
  let distillation: DistillationSet

  beforeAll(async () => {
    directory = await temporaryDirectory('maia-attack-distillation-')
    db = new Level<string, string>(join(directory.path, 'store'))
    await db.open()
    const backend = (): ReturnType<typeof createScriptedBackend> => createScriptedBackend({ modelName: 'scripted', contextSize: 1_000_000, reply: () => 'A short answer.' })
    network = await startTestNetwork([backend(), backend()], {
      transport: 'memory',
      quality: {
        sampleRate: 1,
        evidence: createLevelEvidenceStore({ store: db.sublevel<string, string>('evidence', {}) }),
        // As composeQuality builds it with no distillation option: the production defaults.
        distillation: distillation = createLevelDistillationSet({ store: db.sublevel<string, string>('distillation', {}) })
      }
    })
    await network.waitForNodes(2)
  }, 60_000)
  afterAll(async () => {
    await network?.stop()
    await db?.close()
    await directory?.remove()
  })

  it('defended: one key\'s sampled prompts grow the distillation set only up to its share of the byte cap', async () => {
    const requests = 8
    for (let index = 0; index < requests; index++) {
      const content = `${index} `.padEnd(PROMPT_CHARACTERS, 'lorem ipsum dolor sit amet ')
      const response = await fetch(`${network.orchestrator.api.url}/v1/messages`, {
        method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': TEST_API_KEY },
        body: JSON.stringify({ model: 'scripted', max_tokens: 8, messages: [{ role: 'user', content }] })
      })
      expect(response.status).toBe(200)
      await response.arrayBuffer()
    }
    await network.orchestrator.quality!.loop.idle()
    const { samples, bytes } = await storedBytes(db)
    const perRequest = bytes / requests * DEFAULT_SAMPLE_RATE
    // Under the cap nothing is dropped, and every sample is counted against the key that sent it.
    expect(samples).toBe(requests)
    const usage = await distillation.usage()
    expect(usage.bytes).toBe(bytes)
    expect(usage.owners).toHaveLength(1)
    const [attacker] = usage.owners
    expect(attacker).toMatchObject({ samples: requests })

    // The same key, past its share: the set stops growing there.
    const sampleAt = (index: number): Parameters<DistillationSet['add']>[0] => ({
      createdAt: Date.now(), requestId: `large-${index}`, owner: attacker!.owner,
      messages: [0, 1].map((turn) => ({ role: 'user' as const, content: `${index}.${turn} `.padEnd(MAX_MESSAGE_CHARACTERS, 'lorem ipsum dolor sit amet ') })),
      answers: [{ peerId: 'node', text: 'A short answer.' }]
    })
    let offered = 0
    let added = 0
    const addLarge = async (): Promise<void> => {
      const sample = sampleAt(added++)
      offered += Buffer.byteLength(JSON.stringify(sample))
      expect(await distillation.add(sample)).toMatchObject({ kept: true })
    }
    while (offered < usage.ownerMaxBytes) await addLarge()
    const atShare = (await distillation.usage()).bytes
    for (let more = 0; more < 16; more++) await addLarge()
    const plateau = await storedBytes(db)
    const largestSample = Buffer.byteLength(JSON.stringify(sampleAt(added))) * 1.01
    expect(plateau.bytes, 'one key holds at most its share of the cap').toBeLessThanOrEqual(usage.ownerMaxBytes)
    expect(plateau.bytes - atShare, 'the set stopped growing at the share').toBeLessThanOrEqual(largestSample)
    expect((await distillation.usage()).bytes).toBe(plateau.bytes)

    const unbounded = perRequest * 1_000_000
    const extrapolated = Math.min(unbounded, plateau.bytes)
    console.info(`[distillation] ${requests} sampled requests of ${PROMPT_CHARACTERS} characters: ${samples} samples, ${bytes} bytes; at the default rate ${DEFAULT_SAMPLE_RATE}: ${perRequest.toFixed(0)} bytes per request (unbounded, 1e6 such requests -> ${(unbounded / 2 ** 30).toFixed(1)} GiB); ${(offered / 2 ** 20).toFixed(0)} MiB more of one key's ${LARGE_PROMPT_CHARACTERS}-character samples: the set stops at ${(plateau.bytes / 2 ** 20).toFixed(1)} MiB, ${plateau.samples} samples (its share of the ${DEFAULT_DISTILLATION_MAX_BYTES / 2 ** 20} MiB cap); 1e6 requests of one key -> ${(extrapolated / 2 ** 20).toFixed(1)} MiB`)
    expect(DEFAULT_DISTILLATION_MAX_BYTES, 'what the set holds whatever the number of keys').toBeLessThanOrEqual(DISTILLATION_BUDGET_BYTES)
    expect(extrapolated, 'bytes the distillation set holds after 1e6 requests of one key').toBeLessThanOrEqual(DISTILLATION_BUDGET_BYTES)
  }, 120_000)
})
