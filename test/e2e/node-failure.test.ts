import { readFile } from 'node:fs/promises'
import Anthropic from '@anthropic-ai/sdk'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ProcessDeath } from '../../scripts/devnet/processDeath.ts'
import { startDevnet, type Devnet } from '../../scripts/devnet/startDevnet.ts'
import { temporaryDirectory } from '../helpers/network.ts'
import { tinyModelPath } from '../helpers/tinyModel.ts'

// Real processes, as `maia up` runs them: one is killed with SIGKILL, as a crash or a
// pulled power cord would, and users must not notice.
describe('a node dies: requests keep succeeding', () => {
  let devnet: Devnet
  let directory: Awaited<ReturnType<typeof temporaryDirectory>>
  const deaths: ProcessDeath[] = []

  beforeAll(async () => {
    directory = await temporaryDirectory('maia-devnet-')
    devnet = await startDevnet({ dataDir: directory.path, nodes: 3, model: await tinyModelPath(), heartbeatIntervalMs: 500, onUnexpectedExit: (death) => deaths.push(death) })
  }, 120_000)
  afterAll(async () => {
    await devnet?.stop()
    if (process.env.MAIA_KEEP_TEST_DIRS === undefined) await directory?.remove()
  })

  it('fails over transparently while a node is killed mid-traffic', async () => {
    const client = new Anthropic({ baseURL: devnet.apiUrl, apiKey: devnet.apiKey, maxRetries: 0 })
    const ask = (index: number): Promise<Anthropic.Message> =>
      client.messages.create({ model: 'maia-tiny', max_tokens: 8, messages: [{ role: 'user', content: `question ${index}` }] })

    const warmup = await Promise.all([0, 1, 2, 3, 4, 5].map(ask))
    expect(warmup).toHaveLength(6)

    devnet.kill('node-2')
    // Right after the kill the dead node is still in the routing table (its last heartbeat is
    // fresh), so some of these requests are first routed to it and must fail over.
    const outcomes = await Promise.allSettled(Array.from({ length: 12 }, (_, index) => ask(100 + index)))
    const failures = outcomes.filter((outcome) => outcome.status === 'rejected')
    expect(failures).toEqual([])

    // The failover was really exercised: the orchestrator logged routing to the dead node.
    const orchestratorLog = devnet.processes.find((entry) => entry.name === 'orchestrator')!.logFile
    await expect.poll(async () => (await readFile(orchestratorLog, 'utf8')).includes('"msg":"node failed"'), { timeout: 5_000 }).toBe(true)

    devnet.kill('node-3')
    const lastNodeStanding = await Promise.all([200, 201, 202, 203].map(ask))
    expect(lastNodeStanding.every((message) => message.usage.output_tokens > 0)).toBe(true)
  })

  it('reports a process that dies unasked (maia up prints it), but not one it killed itself', async () => {
    // devnet.kill above was asked for: no report. A crash from outside is news, with its log's end.
    expect(deaths).toEqual([])
    const orchestrator = devnet.processes.find((entry) => entry.name === 'orchestrator')!
    process.kill(orchestrator.child.pid!, 'SIGKILL')
    await expect.poll(() => deaths.length, { timeout: 5_000 }).toBe(1)
    expect(deaths[0]).toMatchObject({ name: 'orchestrator', signal: 'SIGKILL', exitCode: null, logFile: orchestrator.logFile })
    expect(deaths[0]!.lastLines.length).toBeGreaterThan(0)
    expect(deaths[0]!.lastLines.join('\n')).toContain('orchestrator')
  })
})
