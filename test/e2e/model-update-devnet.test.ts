import { readFile } from 'node:fs/promises'
import Anthropic from '@anthropic-ai/sdk'
import { JsonRpcProvider, parseUnits } from 'ethers'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { evaluationReportHash, evaluationReportSchema } from '../../scripts/dataset/index.ts'
import { openDevnetVoucher } from '../../scripts/devnet/openDevnetVoucher.ts'
import { runModelUpdateDemo, type ModelUpdateDemoResult } from '../../scripts/devnet/runModelUpdateDemo.ts'
import { startDevnet, type Devnet } from '../../scripts/devnet/startDevnet.ts'
import { connectSuite } from '../../shared/chain/index.ts'
import { temporaryDirectory } from '../helpers/network.ts'
import { tinyModelPath } from '../helpers/tinyModel.ts'

// `maia up --model-update-demo` on a real devnet (Hardhat chain, orchestrator and node processes):
// candidate → dataset and evaluation → submission with the report's hash → governance vote →
// distribution over libp2p → every node switches and serves the new model.
describe('model update end to end on the devnet', () => {
  let devnet: Devnet
  let directory: Awaited<ReturnType<typeof temporaryDirectory>>
  let provider: JsonRpcProvider
  let result: ModelUpdateDemoResult
  const printed: string[] = []

  beforeAll(async () => {
    directory = await temporaryDirectory('maia-model-update-')
    devnet = await startDevnet({ dataDir: directory.path, nodes: 3, model: await tinyModelPath(), heartbeatIntervalMs: 500, chain: 'local' })
    provider = new JsonRpcProvider(devnet.economy!.rpcUrl, undefined, { cacheTimeout: -1, pollingInterval: 250 })
    result = await runModelUpdateDemo(devnet, { dataDir: directory.path, print: (line) => printed.push(line) })
    console.log(printed.join('\n'))
  }, 180_000)
  afterAll(async () => {
    provider?.destroy()
    await devnet?.stop()
    await directory?.remove()
  })

  it('puts the candidate on chain with its dataset hash and the hash of the evaluation report written', async () => {
    const registry = connectSuite(devnet.economy!.deployment, provider).ModelRegistry
    const model = await registry.getModel(result.modelId)
    expect(model.ggufSha256).toBe(result.candidate.sha256)
    expect(model.trainer).toBe(devnet.economy!.accounts.trainer.address)
    expect(await registry.datasetHashOf(result.modelId)).toBe(result.dataset.hash)
    const report = evaluationReportSchema.parse(JSON.parse(await readFile(result.evaluation.reportFile, 'utf8')))
    expect(evaluationReportHash(report)).toBe(report.hash)
    expect(report.candidate.sha256).toBe(result.candidate.sha256)
    expect(report.dataset.hash).toBe(result.dataset.hash)
    const evaluation = await registry.getEvaluation(result.modelId, devnet.economy!.accounts.evaluator.address)
    expect(await registry.getEvaluations(result.modelId)).toHaveLength(1)
    expect(evaluation.reportHash).toBe(report.hash)
    expect(evaluation.passed).toBe(true)
    expect(evaluation.evaluator).toBe(devnet.economy!.accounts.evaluator.address)
    expect(evaluation.baselineId).toBe(1n)
  })

  it('executes the proposal that turns the evaluation gate on and activates the candidate', async () => {
    const suite = connectSuite(devnet.economy!.deployment, provider)
    // ProposalState.Executed = 7
    expect(await suite.MaiaGovernor.state(result.proposalId)).toBe(7n)
    expect(await suite.ModelRegistry.activeModelId()).toBe(result.modelId)
    expect(await suite.ModelRegistry.evaluationRequired()).toBe(true)
  })

  it('switches every node to the new hash, fetched from peers over libp2p by the nodes that did not hold it', async () => {
    const listed = ((await (await fetch(`${devnet.apiUrl}/v1/network/nodes`, { headers: { 'x-api-key': devnet.apiKey } })).json()) as { nodes: Array<{ peerId: string; model: { hash: string }; eligible: boolean }> }).nodes
    for (const node of devnet.nodes) {
      expect(listed.find((entry) => entry.peerId === node.peerId)).toMatchObject({ model: { hash: result.candidate.sha256 }, eligible: true })
    }
    expect(result.nodes.map((node) => node.announcedHash)).toEqual(devnet.nodes.map(() => result.candidate.sha256))
    // Each node was told where the others are: the nodes that lacked the file asked them for it.
    for (const node of devnet.nodes) {
      const args = devnet.processes.find((process) => process.name === node.name)!.args
      const peers = args[args.indexOf('--model-peers') + 1]!.split(',')
      expect(peers.sort()).toEqual(devnet.nodes.filter((other) => other !== node).map((other) => other.address).sort())
    }
    const [holder, ...others] = result.nodes
    expect(holder!.source).toBe('store')
    expect(others.some((node) => node.source === 'peers')).toBe(true)
    expect(printed.some((line) => /node-2: from (peers over libp2p|its own store|the registry URI)/.test(line))).toBe(true)
  })

  it('serves requests with the new model after the switch', async () => {
    expect(result.request.model).toBe('maia-tiny-v2')
    expect(result.request.outputTokens).toBeGreaterThan(0)
    const { header } = await openDevnetVoucher(provider, devnet.economy!, { maxAmount: parseUnits('1', 18), ttlSeconds: 3_600 })
    const client = new Anthropic({ baseURL: devnet.apiUrl, apiKey: devnet.apiKey, maxRetries: 0 })
    const message = await client.messages.create({ model: 'maia-tiny', max_tokens: 8, messages: [{ role: 'user', content: 'hello again' }] }, { headers: { 'x-maia-voucher': header } })
    expect(message.model).toBe('maia-tiny-v2')
    expect(message.usage.output_tokens).toBeGreaterThan(0)
  })
})
