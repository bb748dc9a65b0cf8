import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildDataset, evaluationReportHash, type EvaluationReport } from '../../../../scripts/dataset/index.ts'
import type { ProposalStatus } from '../../../../scripts/cli/economy/govCommand.ts'
import type { RecordedEvaluation, SubmittedModel } from '../../../../scripts/cli/economy/modelSubmitCommand.ts'
import { generateGgufModel } from '../../../../scripts/tiny-model/generateGgufModel.ts'
import { TINY_MODEL_DEFAULTS } from '../../../../scripts/tiny-model/modelShape.ts'
import { sha256File } from '../../../../shared/util/sha256.ts'
import { addressOf, deployToChain, keyOf, type DeployedChain } from './support/chain.ts'
import { startHardhatNode, type HardhatNode } from './support/hardhatNode.ts'
import { maiaError, runMaia, runMaiaJson } from './support/runMaia.ts'

const HOLDER = 0
const TRAINER = 5
const EVALUATOR = 7
const SAMPLE_LIBRARY = path.resolve('orchestrator/maia/knowledge/sample-library')

interface Proposed { proposalId: string }

describe('maia model submit --dataset, maia model evaluate, record-evaluation and the gate in maia gov', () => {
  let node: HardhatNode
  let chain: DeployedChain
  let dir: string
  let common: string[]
  let candidate: string
  let other: string
  let datasetHash: string
  const holder = { MAIA_PRIVATE_KEY: keyOf(HOLDER) }
  const trainer = { MAIA_PRIVATE_KEY: keyOf(TRAINER) }
  const evaluator = { MAIA_PRIVATE_KEY: keyOf(EVALUATOR) }
  const pass = async (args: string[]) => {
    const proposed = await runMaiaJson<Proposed>(['gov', 'propose', ...args, ...common], holder)
    await runMaia(['gov', 'vote', proposed.proposalId, '--support', 'for', '--advance', ...common], holder)
    await runMaia(['gov', 'queue', proposed.proposalId, '--advance', ...common], holder)
    return proposed.proposalId
  }

  beforeAll(async () => {
    node = await startHardhatNode()
    dir = await mkdtemp(path.join(tmpdir(), 'maia-eval-cli-'))
    chain = await deployToChain(node.rpcUrl, dir)
    common = ['--rpc', node.rpcUrl, '--deployment', chain.deploymentPath]
    candidate = (await generateGgufModel({ ...TINY_MODEL_DEFAULTS, seed: 11, path: path.join(dir, 'candidate.gguf') })).path
    other = (await generateGgufModel({ ...TINY_MODEL_DEFAULTS, seed: 12, path: path.join(dir, 'other.gguf') })).path
    datasetHash = (await buildDataset({ library: SAMPLE_LIBRARY, out: path.join(dir, 'dataset'), evaluationTexts: [], splitRatios: { validation: 0.2, test: 0.4 } })).card.hash
    await runMaia(['gov', 'delegate', ...common], holder)
  }, 120_000)
  afterAll(async () => {
    chain?.close()
    await node?.stop()
    if (dir !== undefined) await rm(dir, { recursive: true, force: true })
  })

  it('records the dataset hash with the submission, from the dataset directory or the hash', async () => {
    const submitted = await runMaiaJson<SubmittedModel>(['model', 'submit', '--name', 'maia-tiny v1', '--gguf', candidate, '--uri', 'https://example.invalid/v1.gguf', '--dataset', path.join(dir, 'dataset'), ...common], trainer)
    expect(submitted).toMatchObject({ id: '1', sha256: await sha256File(candidate), datasetHash, trainer: addressOf(TRAINER) })
    expect(await chain.asDeployer.ModelRegistry.datasetHashOf(1n)).toBe(datasetHash)
    const plain = await runMaiaJson<SubmittedModel>(['model', 'submit', '--name', 'no dataset', '--gguf', other, '--uri', 'ipfs://other', ...common], trainer)
    expect(plain.datasetHash).toBeNull()
    await expect(maiaError(['model', 'submit', '--name', 'x', '--sha256', '0x' + '11'.repeat(32), '--uri', 'u', '--dataset', dir, ...common], trainer))
      .resolves.toMatchObject({ name: 'InvalidEconomyArgumentError', message: expect.stringContaining('card.json does not check out') })
  })

  it('evaluates, records the verdict as an evaluator, shows it in gov status and gates activation', async () => {
    const proposalId = await pass(['--description', 'Evaluators and the gate', '--grant-evaluator', addressOf(EVALUATOR), '--require-evaluation', 'on', '--approve-model', '1'])
    await runMaia(['gov', 'execute', proposalId, '--advance', ...common], holder)
    expect(await chain.asDeployer.ModelRegistry.evaluationRequired()).toBe(true)

    const reportPath = path.join(dir, 'evaluation.json')
    await runMaia(['model', 'evaluate', candidate, '--dataset', path.join(dir, 'dataset'), '--limit', '2', '--max-tokens', '8', '--reference-tokens', '16', '--threads', '1', '--out', reportPath])
    const report = JSON.parse(await readFile(reportPath, 'utf8')) as EvaluationReport
    expect(report).toMatchObject({ candidate: { sha256: await sha256File(candidate) }, active: null, dataset: { hash: datasetHash } })
    expect(report.examples).toHaveLength(2)
    // Random weights score the held-out answers below a uniform guess over their 512 tokens: a failing candidate.
    expect(report.verdict.passed).toBe(false)

    // Only an evaluator records, never for a report about another file or an edited one.
    await expect(maiaError(['model', 'record-evaluation', '1', '--report', reportPath, '--uri', 'ipfs://report', ...common], trainer))
      .resolves.toMatchObject({ errorName: 'AccessControlUnauthorizedAccount' })
    await expect(maiaError(['model', 'record-evaluation', '2', '--report', reportPath, '--uri', 'ipfs://report', ...common], evaluator))
      .resolves.toMatchObject({ name: 'InvalidEconomyArgumentError', message: expect.stringContaining("but the model's GGUF is") })
    const edited = path.join(dir, 'edited.json')
    await writeFile(edited, JSON.stringify({ ...report, verdict: { ...report.verdict, passed: true } }))
    await expect(maiaError(['model', 'record-evaluation', '1', '--report', edited, '--uri', 'ipfs://report', ...common], evaluator))
      .resolves.toMatchObject({ name: 'InvalidEconomyArgumentError', message: expect.stringContaining('was edited') })
    // Flipped and rehashed: the hash checks out, the verdict recomputed from the numbers does not.
    const { hash: _hash, ...body } = { ...report, verdict: { ...report.verdict, passed: true } }
    const rehashed = path.join(dir, 'rehashed.json')
    await writeFile(rehashed, JSON.stringify({ ...body, hash: evaluationReportHash(body) }))
    await expect(maiaError(['model', 'record-evaluation', '1', '--report', rehashed, '--uri', 'ipfs://report', ...common], evaluator))
      .resolves.toMatchObject({ name: 'InvalidEconomyArgumentError', message: expect.stringContaining('its verdict (passed) is not the one its numbers give (failed') })

    const recorded = await runMaiaJson<RecordedEvaluation>(['model', 'record-evaluation', '1', '--report', reportPath, '--uri', 'ipfs://report', ...common], evaluator)
    expect(recorded).toMatchObject({ id: '1', baselineId: '0', reportHash: report.hash, passed: false, evaluator: addressOf(EVALUATOR) })

    const activation = await runMaiaJson<Proposed>(['gov', 'propose', '--description', 'Activate maia-tiny v1', '--activate-model', '1', ...common], holder)
    const status = await runMaiaJson<ProposalStatus>(['gov', 'status', activation.proposalId, ...common])
    expect(status).toMatchObject({ evaluationRequired: true, activeModelId: '0' })
    expect(status.models).toEqual([expect.objectContaining({ id: '1', status: 'Approved', datasetHash, evaluation: expect.objectContaining({ reportHash: report.hash, uri: 'ipfs://report', passed: false, baselineId: '0' }) })])
    const text = await runMaia(['gov', 'status', activation.proposalId, ...common])
    expect(text).toMatch(/dataset\s+0x[0-9a-f]{64}/)
    expect(text).toMatch(/evaluation\s+FAILED against model none; report 0x/)
    expect(text).toMatch(/gate\s+closed: 0x[0-9a-fA-F]{40} failed it against the active model/)
    expect(status.models[0]!.evaluations).toEqual([expect.objectContaining({ reportHash: report.hash, passed: false, evaluator: addressOf(EVALUATOR), evaluatorActive: true })])

    await runMaia(['gov', 'vote', activation.proposalId, '--support', 'for', '--advance', ...common], holder)
    await runMaia(['gov', 'queue', activation.proposalId, '--advance', ...common], holder)
    await expect(maiaError(['gov', 'execute', activation.proposalId, '--advance', ...common], holder))
      .resolves.toMatchObject({ errorName: 'ModelRegistryEvaluationFailed', errorArgs: { id: '1', evaluator: addressOf(EVALUATOR), baselineId: '0' } })
  }, 180_000)
})
