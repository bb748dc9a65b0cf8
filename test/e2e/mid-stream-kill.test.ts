import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import Anthropic from '@anthropic-ai/sdk'
import OpenAI from 'openai'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startDevnet, type Devnet } from '../../scripts/devnet/startDevnet.ts'
import { loadOrCreateIdentity } from '../../shared/keys/nodeIdentity.ts'
import { temporaryDirectory } from '../helpers/network.ts'
import { tinyModelPath } from '../helpers/tinyModel.ts'

// Issue 3, real processes and the real tiny model: the node serving a streamed answer is killed
// with SIGKILL at a random point of it; the user's stream must carry on, unbroken, from another node.
describe('SIGKILL of the serving node mid-stream: the answer continues on another node', () => {
  let devnet: Devnet
  let directory: Awaited<ReturnType<typeof temporaryDirectory>>
  const nameOf = new Map<string, string>()

  beforeAll(async () => {
    directory = await temporaryDirectory('maia-devnet-')
    devnet = await startDevnet({ dataDir: directory.path, nodes: 3, model: await tinyModelPath(), heartbeatIntervalMs: 500 })
    for (const name of ['node-1', 'node-2', 'node-3']) nameOf.set((await loadOrCreateIdentity(join(directory.path, name))).peerId.toString(), name)
  }, 120_000)
  afterAll(async () => {
    await devnet?.stop()
    if (process.env.MAIA_KEEP_TEST_DIRS === undefined) await directory?.remove()
  })

  /** Kills whichever node is serving our (only) request right now; undefined if none is. */
  const killServingNode = async (): Promise<string | undefined> => {
    const response = await fetch(`${devnet.apiUrl}/v1/network/nodes`, { headers: { 'x-api-key': devnet.apiKey } })
    const { nodes } = (await response.json()) as { nodes: Array<{ peerId: string; outstanding: number }> }
    const serving = nodes.find((node) => node.outstanding > 0)
    const name = serving === undefined ? undefined : nameOf.get(serving.peerId)
    if (name !== undefined) devnet.kill(name)
    return name
  }
  const continuations = async (): Promise<number> => {
    const log = await readFile(devnet.processes.find((entry) => entry.name === 'orchestrator')!.logFile, 'utf8')
    return log.split('continuing the answer on another node').length - 1
  }

  it('streams one answer to both SDKs while the serving node is killed at a random token', async () => {
    const anthropic = new Anthropic({ baseURL: devnet.apiUrl, apiKey: devnet.apiKey, maxRetries: 0 })
    const openai = new OpenAI({ baseURL: `${devnet.apiUrl}/v1`, apiKey: devnet.apiKey, maxRetries: 0 })
    let killed = 0
    for (let round = 0; round < 6 && killed < 4; round += 1) {
      let chunks = 0
      let killing: Promise<string | undefined> | undefined
      // A random chunk after the first. Nodes gather ~10 ms of tokens per frame, so an answer is a
      // few dozen chunks: kill early enough that the answer is still being written.
      const killAt = 1 + Math.floor(Math.random() * 8)
      const onText = (): void => {
        chunks += 1
        if (chunks === killAt) killing = killServingNode()
      }
      let text = ''
      let outputTokens = 0
      if (round % 2 === 0) {
        const stream = anthropic.messages.stream({ model: 'maia-tiny', max_tokens: 600, messages: [{ role: 'user', content: `tell me a long story ${round}` }] })
        stream.on('text', (delta) => { text += delta; onText() })
        const message = await stream.finalMessage()
        expect(message.content).toEqual([{ type: 'text', text }])
        outputTokens = message.usage.output_tokens
      } else {
        const stream = await openai.chat.completions.create({ model: 'maia-tiny', max_tokens: 600, stream: true, stream_options: { include_usage: true }, messages: [{ role: 'user', content: `tell me a long story ${round}` }] })
        for await (const chunk of stream) {
          const delta = chunk.choices[0]?.delta.content ?? ''
          if (delta.length > 0) { text += delta; onText() }
          outputTokens = chunk.usage?.completion_tokens ?? outputTokens
        }
      }
      expect(outputTokens).toBeGreaterThan(0)
      const victim = await killing
      if (victim !== undefined) {
        killed += 1
        const restartedAt = Date.now()
        await devnet.restart(victim)
        // Back to three routable nodes (announced again since its restart) before the next round.
        await expect.poll(async () => {
          const response = await fetch(`${devnet.apiUrl}/v1/network/nodes`, { headers: { 'x-api-key': devnet.apiKey } })
          const { nodes } = (await response.json()) as { nodes: Array<{ peerId: string; lastAnnouncedAt: number; quarantinedUntil: number | null }> }
          return nodes.filter((node) => node.quarantinedUntil === null && (nameOf.get(node.peerId) !== victim || node.lastAnnouncedAt > restartedAt)).length
        }, { timeout: 30_000, interval: 200 }).toBe(3)
      }
    }
    // Kills that landed after an answer had ended test nothing; enough landed mid-answer.
    expect(killed).toBeGreaterThanOrEqual(2)
    expect(await continuations()).toBeGreaterThanOrEqual(1)
  }, 240_000)
})
