import { join } from 'node:path'
import Anthropic from '@anthropic-ai/sdk'
import { Level } from 'level'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createScriptedBackend } from '../../../node/backend/ScriptedBackend.ts'
import { createLevelDistillationSet, createLevelEvidenceStore, type AnswerVerifier, type NodeSlasher } from '../../../orchestrator/quality/index.ts'
import { startTestNetwork, TEST_API_KEY, temporaryDirectory, type TestNetwork } from '../../helpers/network.ts'

// Attack: one application (API key B) reads what another application's users (API key A) asked.
// A sampled answer judged dishonest is kept as an evidence bundle holding the whole request, the
// user's messages included, and `GET /v1/quality/nodes/<address>/evidence` serves it to any API key,
// although the operator has set admin keys (the distillation set, the same prompts, is operator-only;
// memory routes are scoped per key). Secure behaviour: a non-operator key from another app does not
// receive the other app's user messages (401, or the bundle with the messages left out: the
// receipt's prompt hash still binds the request for whoever holds it).

const OTHER_APP_KEY = 'another-app-key-456'
const OPERATOR_KEY = 'operator-key-789'
const SECRET = 'I have been thinking about ending my life, my name is Jane Roe of 12 Elm Street'
const GARBAGE = 'zq vlorp ktx 99 glarb'

const verifier: AnswerVerifier = {
  async verify({ claimedText }) {
    return claimedText.includes('vlorp')
      ? { verdict: 'dishonest', reasons: ['claimed tokens outside the approved model\'s support'], statistics: { outsideSupportShare: 0.9 } }
      : { verdict: 'honest', reasons: [], statistics: { outsideSupportShare: 0 } }
  }
}

describe('ATTACK cross-application read of user prompts through quality evidence', () => {
  let directory: Awaited<ReturnType<typeof temporaryDirectory>>
  let db: Level<string, string>
  let network: TestNetwork
  const slashes: Array<Parameters<NodeSlasher['slash']>[0]> = []

  beforeAll(async () => {
    directory = await temporaryDirectory('maia-attack-evidence-')
    db = new Level<string, string>(join(directory.path, 'store'))
    await db.open()
    network = await startTestNetwork([
      createScriptedBackend({ syntheticTokenIds: true, reply: () => 'Be gentle with yourself.' }),
      createScriptedBackend({ syntheticTokenIds: true, reply: () => GARBAGE })
    ], {
      transport: 'memory',
      adminApiKeys: [OPERATOR_KEY],
      quality: {
        sampleRate: 1,
        evidence: createLevelEvidenceStore({ store: db.sublevel<string, string>('evidence', {}) }),
        distillation: createLevelDistillationSet({ store: db.sublevel<string, string>('distillation', {}) }),
        verifier,
        slasher: { async slash(input) { slashes.push(input); return { amount: 1n } } }
      }
    })
    await network.waitForNodes(2)
  }, 60_000)
  afterAll(async () => {
    await network?.stop()
    await db?.close()
    await directory?.remove()
  })

  it('HOLE another app\'s key cannot read app A\'s user messages from an evidence bundle', async () => {
    const appA = new Anthropic({ baseURL: network.orchestrator.api.url, apiKey: TEST_API_KEY, maxRetries: 0 })
    for (let turn = 0; turn < 12 && slashes.length === 0; turn += 1) {
      await appA.messages.create({ model: 'scripted', max_tokens: 16, messages: [{ role: 'user', content: `${SECRET} (${turn})` }] })
      await network.orchestrator.quality!.loop.idle()
    }
    expect(slashes, 'the liar was caught (precondition)').toHaveLength(1)
    // The operator-only distillation set (the same prompts) is refused to app B, as intended.
    const distillation = await fetch(`${network.orchestrator.api.url}/v1/quality/distillation`, { headers: { 'x-api-key': OTHER_APP_KEY } })
    expect(distillation.status).toBe(401)
    // App B asks for the liar's evidence.
    for (const path of [`/v1/quality/nodes/${slashes[0]!.ethAddress}/evidence`, `/v1/quality/evidence/${slashes[0]!.evidenceHash}`]) {
      const response = await fetch(`${network.orchestrator.api.url}${path}`, { headers: { 'x-api-key': OTHER_APP_KEY } })
      const body = await response.text()
      expect(body, `${path} → ${response.status}: ${body.slice(0, 300)}`).not.toContain('ending my life')
      expect(body, `${path} → ${response.status}: ${body.slice(0, 300)}`).not.toContain(GARBAGE)
      // What stays for app B: the judgement and the node's signed receipt, which still binds the withheld text by hash.
      if (response.status === 200) {
        const served = JSON.parse(body) as { evidence?: Array<{ bundle: { receipt: { outputHash: string }; verification?: { verdict: string } } }>; bundle?: { receipt: { outputHash: string }; verification?: { verdict: string } } }
        const bundle = served.bundle ?? served.evidence?.[0]?.bundle
        expect(bundle?.receipt.outputHash).toMatch(/^0x[0-9a-f]{64}$/)
        expect(bundle?.verification?.verdict).toBe('dishonest')
      }
      // The operator reads the whole bundle, to re-verify it.
      const operator = await fetch(`${network.orchestrator.api.url}${path}`, { headers: { 'x-api-key': OPERATOR_KEY } })
      expect(operator.status).toBe(200)
      expect(await operator.text()).toContain('ending my life')
    }
  }, 40_000)
})
