import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import Anthropic from '@anthropic-ai/sdk'
import { Level } from 'level'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { GenerationParameters } from '../../../node/backend/InferenceBackend.ts'
import { createScriptedBackend } from '../../../node/backend/ScriptedBackend.ts'
import { createLevelDistillationSet, createLevelEvidenceStore, type AnswerVerifier, type NodeSlasher } from '../../../orchestrator/quality/index.ts'
import { startTestNetwork, TEST_API_KEY, temporaryDirectory, type TestNetwork } from '../../helpers/network.ts'

const run = promisify(execFile)
const HONEST = 'Patience is the river carving stone, not by force but by returning again and again.'
const GARBAGE = 'zq vlorp ktx 99 glarb'

/** Scripted here (the network path is the subject); the real verifier has its own end-to-end test. */
const verifier: AnswerVerifier = {
  async verify({ claimedText }) {
    return claimedText.includes('vlorp')
      ? { verdict: 'dishonest', reasons: ['claimed tokens outside the approved model\'s support'], statistics: { outsideSupportShare: 0.9 } }
      : { verdict: 'honest', reasons: [], statistics: { outsideSupportShare: 0 } }
  }
}

describe('quality sampling inside the orchestrator (scripted nodes, real network)', () => {
  let directory: Awaited<ReturnType<typeof temporaryDirectory>>
  let db: Level<string, string>
  let network: TestNetwork
  const slashes: Array<Parameters<NodeSlasher['slash']>[0]> = []
  /** Every request as a node's backend received it. */
  const received: Array<{ node: number; parameters: GenerationParameters }> = []

  beforeAll(async () => {
    directory = await temporaryDirectory('maia-quality-net-')
    db = new Level<string, string>(join(directory.path, 'store'))
    await db.open()
    network = await startTestNetwork([
      createScriptedBackend({ syntheticTokenIds: true, reply: (parameters) => { received.push({ node: 0, parameters }); return HONEST } }),
      createScriptedBackend({ syntheticTokenIds: true, reply: (parameters) => { received.push({ node: 1, parameters }); return HONEST } }),
      // Announces the approved model, answers garbage.
      createScriptedBackend({ syntheticTokenIds: true, reply: (parameters) => { received.push({ node: 2, parameters }); return GARBAGE } })
    ], {
      transport: 'memory',
      quality: {
        sampleRate: 1,
        evidence: createLevelEvidenceStore({ store: db.sublevel<string, string>('evidence', {}) }),
        distillation: createLevelDistillationSet({ store: db.sublevel<string, string>('distillation', {}) }),
        verifier,
        slasher: { async slash(input) { slashes.push(input); return { amount: 1n } } }
      }
    })
    await network.waitForNodes(3)
  }, 60_000)

  afterAll(async () => {
    await network?.stop()
    await db?.close()
    await directory?.remove()
  })

  it('quarantines the lying node after its first sampled answer: it gets no more traffic, and its evidence is served', async () => {
    const client = new Anthropic({ baseURL: network.orchestrator.api.url, apiKey: TEST_API_KEY, maxRetries: 0 })
    const liar = network.nodes[2]!
    const ask = async (turn: number) => {
      const message = await client.messages.create({ model: 'scripted', max_tokens: 32, messages: [{ role: 'user', content: `What does water teach? (${turn})` }] })
      return message.content[0]?.type === 'text' ? message.content[0].text : ''
    }
    const answers: string[] = []
    for (let turn = 0; turn < 12 && slashes.length === 0; turn += 1) {
      answers.push(await ask(turn))
      await network.orchestrator.quality!.loop.idle()
    }
    // Every answer is sampled (rate 1) and every sample asks the two peers: the liar is met within a few requests.
    expect(slashes).toHaveLength(1)
    const liarAddress = slashes[0]!.ethAddress
    const quality = await (await fetch(`${network.orchestrator.api.url}/v1/quality`, { headers: { 'x-api-key': TEST_API_KEY } })).json() as {
      counters: { flagged: number; sampled: number; served: number }
      sampledShare: number
      nodes: Array<{ ethAddress: string; peerIds: string[]; quarantinedUntil: number; routingWeight: number; rewardMultiplier: number }>
    }
    expect(quality.counters.flagged).toBe(1)
    expect(quality.sampledShare).toBe(1)
    const liarStanding = quality.nodes.find((node) => node.ethAddress === liarAddress.toLowerCase())!
    expect(liarStanding.peerIds).toEqual([liar.peer.peerId.toString()])
    expect(liarStanding.quarantinedUntil).toBeGreaterThan(Date.now())
    expect(liarStanding).toMatchObject({ routingWeight: 0, rewardMultiplier: 0 })
    for (const honest of quality.nodes.filter((node) => node.ethAddress !== liarAddress.toLowerCase())) expect(honest.quarantinedUntil).toBe(0)

    // After the quarantine, nothing reaches the liar.
    for (let turn = 0; turn < 10; turn += 1) expect(await ask(100 + turn)).toBe(HONEST)

    // The evidence the slash cited is served, by hash and by node, and binds the liar through its receipt.
    const byHash = await (await fetch(`${network.orchestrator.api.url}/v1/quality/evidence/${slashes[0]!.evidenceHash}`, { headers: { 'x-api-key': TEST_API_KEY } })).json() as { bundle: { claimedOutput: string; receipt: { node: string } } }
    expect(byHash.bundle.claimedOutput).toBe(GARBAGE)
    expect(byHash.bundle.receipt.node.toLowerCase()).toBe(liarAddress.toLowerCase())
    const byNode = await (await fetch(`${network.orchestrator.api.url}/v1/quality/nodes/${liarAddress}/evidence`, { headers: { 'x-api-key': TEST_API_KEY } })).json() as { evidence: Array<{ hash: string }> }
    expect(byNode.evidence.map((entry) => entry.hash)).toContain(slashes[0]!.evidenceHash)
    const missing = await fetch(`${network.orchestrator.api.url}/v1/quality/evidence/0x${'00'.repeat(32)}`, { headers: { 'x-api-key': TEST_API_KEY } })
    expect(missing.status).toBe(404)
  }, 60_000)

  it('the node listing and maia status show each node\'s reputation and who is quarantined by sampling', async () => {
    const listing = await (await fetch(`${network.orchestrator.api.url}/v1/network/nodes`, { headers: { 'x-api-key': TEST_API_KEY } })).json() as {
      nodes: Array<{ ethAddress: string; eligible: boolean; reputation?: { mean: number; quarantinedUntil: number } }>
    }
    const liar = listing.nodes.find((node) => node.ethAddress.toLowerCase() === slashes[0]!.ethAddress.toLowerCase())!
    expect(liar.eligible).toBe(false)
    expect(liar.reputation!.quarantinedUntil).toBeGreaterThan(Date.now())
    for (const node of listing.nodes.filter((entry) => entry !== liar)) expect(node).toMatchObject({ eligible: true, reputation: { quarantinedUntil: 0 } })
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'scripts/maia.js', 'status', '--url', network.orchestrator.api.url, '--api-key', TEST_API_KEY], { cwd: process.cwd() })
    expect(stdout).toMatch(/REP\s+STATE/)
    expect(stdout).toMatch(/quarantined by quality sampling until/)
  }, 30_000)

  it('maia report prints each node\'s reputation and the sampled share', async () => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'scripts/maia.js', 'report', '--url', network.orchestrator.api.url, '--api-key', TEST_API_KEY], { cwd: process.cwd() }).catch((error: { stdout: string; stderr: string }) => ({ stdout: `${error.stdout}\n${error.stderr}` }))
    expect(stdout).toMatch(/Quality sampling: \d+ of \d+ network answers sampled \(100\.0%\)/)
    expect(stdout).toMatch(/quarantined until/)
    expect(stdout).toMatch(/serving/)
  }, 30_000)

  it('maia quality export writes the distillation set as chat JSONL (an operator route)', async () => {
    const out = join(directory.path, 'distillation.jsonl')
    await run(process.execPath, ['--import', 'tsx', 'scripts/maia.js', 'quality', 'export', '--out', out, '--url', network.orchestrator.api.url, '--api-key', TEST_API_KEY], { cwd: process.cwd() })
    const lines = (await readFile(out, 'utf8')).trim().split('\n').map((line) => JSON.parse(line) as { messages: Array<{ role: string; content: string }>; metadata: { answers: Array<{ verdict?: string }> } })
    expect(lines.length).toBeGreaterThan(0)
    for (const line of lines) {
      expect(line.messages.at(-1)).toEqual({ role: 'assistant', content: HONEST })
      expect(line.messages[0]?.role).toBe('user')
    }
    // The liar's garbage is never a target.
    expect(lines.some((line) => line.metadata.answers.some((answer) => answer.verdict === 'dishonest'))).toBe(true)
  }, 30_000)

  it('a node cannot tell a sampled re-ask from ordinary traffic: same fields, same prompt, same seed', async () => {
    expect(received.length).toBeGreaterThan(10)
    // Every request carries the same fields, a seed included, though the apps sent none.
    const fields = Object.keys(received[0]!.parameters).sort()
    expect(fields).toEqual(expect.arrayContaining(['maxTokens', 'messages', 'seed', 'stop', 'temperature', 'topP']))
    for (const { parameters } of received) {
      expect(Object.keys(parameters).sort()).toEqual(fields)
      expect(Number.isInteger(parameters.seed)).toBe(true)
    }
    // Each re-ask is the very request another node served: same prompt, seed and sampling parameters.
    const groups = new Map<string, Array<{ node: number; parameters: GenerationParameters }>>()
    for (const entry of received) {
      // Every request has its own random id (as the protocol asks); everything else is compared.
      const { id: _id, ...rest } = entry.parameters as GenerationParameters & { id?: string }
      const key = JSON.stringify(rest)
      groups.set(key, [...(groups.get(key) ?? []), entry])
    }
    const repeated = [...groups.values()].filter((group) => group.length > 1)
    expect(repeated.length).toBeGreaterThan(0)
    for (const group of repeated) expect(new Set(group.map((entry) => entry.node)).size).toBe(group.length)
  })
})
