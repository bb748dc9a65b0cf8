import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import Anthropic from '@anthropic-ai/sdk'
import { JsonRpcProvider, NonceManager, parseUnits } from 'ethers'
import { resolveLibraryDirectory } from '../../orchestrator/maia/knowledge/index.ts'
import { connectSuite } from '../../shared/chain/index.ts'
import { BaseError } from '../../shared/errors/index.ts'
import { modelCalls } from '../cli/economy/govCalls.ts'
import { evaluateCandidate, type EvaluationReport } from '../dataset/index.ts'
import { passProposal, type ProposalStep } from './chain/governance.ts'
import { buildDemoDataset } from './modelUpdate/buildDemoDataset.ts'
import { generateCandidate, type Candidate } from './modelUpdate/generateCandidate.ts'
import { placeCandidate } from './modelUpdate/placeCandidate.ts'
import { logOffset, readModelSwitch, type ModelSource } from './modelUpdate/readModelSource.ts'
import { recordCandidateEvaluation, submitCandidate } from './modelUpdate/registerCandidate.ts'
import { readNetworkNodes, watchModelSwitch } from './modelUpdate/watchModelSwitch.ts'
import { openDevnetVoucher } from './openDevnetVoucher.ts'
import type { Devnet } from './startDevnet.ts'

/** The model update could not run, or did not end with every node serving the candidate. */
export class ModelUpdateDemoError extends BaseError {
  override name = 'ModelUpdateDemoError'
  constructor(reason: string, details: Record<string, unknown> = {}) {
    super(`Model update demo failed: ${reason}`, { details })
  }
}

export interface ModelUpdateDemoOptions {
  /** The devnet's data dir: the demo works in `<dataDir>/model-update/` (replaced each run). */
  dataDir: string
  /** The library the dataset is built from (default ../shared/library, else the sample library). */
  libraryDir?: string
  /** Books of the library in the dataset, the smallest first (default 3). */
  books?: number
  /** Held-out test examples each model answers in the evaluation (default 4). */
  evaluationLimit?: number
  /** Weight seeds tried for the candidate until one passes the evaluation (default 6, 9, 2, 3, 4, 5). */
  seeds?: readonly number[]
  /** The node that holds the candidate before the vote (default the first); the others fetch it. */
  holder?: string
  /** How long the nodes may take to switch (default 120 s). */
  switchTimeoutMs?: number
  /** Where the step lines go (default stdout). */
  print?: (line: string) => void
}

export interface ModelUpdateNodeResult {
  name: string
  peerId: string
  /** Where it got the file: its own store (the holder), other nodes over libp2p, or the registry URI. */
  source: ModelSource | undefined
  /** Peers that vouched for the manifest it downloaded with. */
  peers?: number
  /** From the execution of the proposal until the orchestrator listed it on the new model. */
  switchedAfterMs: number
  /** The node's own measure: from "loading it" to serving it. */
  loadMs?: number
  /** What `/v1/network/nodes` lists for it at the end. */
  announcedHash: string
}

export interface ModelUpdateDemoResult {
  candidate: Candidate & { name: string; uri: string }
  dataset: { hash: string; directory: string; books: string[]; counts: { train: number; validation: number; test: number } }
  evaluation: { reportFile: string; reportHash: string; passed: boolean; attempts: number }
  modelId: bigint
  proposalId: bigint
  nodes: ModelUpdateNodeResult[]
  request: { model: string; outputTokens: number; text: string }
  /** Milliseconds per step. */
  timings: Record<'dataset' | 'evaluation' | 'submission' | 'governance' | 'distribution' | 'verifier' | 'serving', number>
}

const CANDIDATE_NAME = 'maia-tiny-v2'
// The gate needs a strict improvement (decideVerdict.ts): on the demo's 4 held-out examples, seed 6
// falls just short (log-prob gain 0.047 <= 0.05, so the retraining step shows) and seed 9 passes
// (gain 0.118, 4 wins of 4); seeds 2-5 fail and stay as fallbacks.
const DEFAULT_SEEDS = [6, 9, 2, 3, 4, 5]

/**
 * `maia up --model-update-demo`: a model update end to end on the running devnet, each step
 * printed with its time.
 *
 * 1. A trainer's candidate: the tiny GGUF with other weights.
 * 2. A small dataset from the library (`maia dataset build`) and the evaluation of the candidate
 *    against the active model on its held-out test split (`maia model evaluate`), report written.
 *    A candidate that fails is discarded and the next seed tried, as a trainer would retrain.
 * 3. The trainer submits it with the dataset hash; the evaluator records the report's hash and
 *    verdict on chain.
 * 4. Governance turns the evaluation gate on and activates the candidate: propose, vote with the
 *    devnet's token holder, queue, execute, with chain time travelled over the delays.
 * 5. One node holds the candidate already (the holder); the others fetch it by SHA-256 from peers
 *    over libp2p (or the registry URI as a fallback) and switch; the demo says which source each used.
 *    The orchestrator is relaunched with the new model as its verifier (see below).
 * 6. Every node announces the new hash in `/v1/network/nodes`, and a paid request is answered by it.
 *
 * The orchestrator's teacher-forcing verifier is loaded once, from `--verifier-model`: after an
 * activation it would judge the new model's honest answers against the old weights (and could
 * quarantine or slash the node). Until it follows the active model itself, the demo relaunches it
 * on the new GGUF once every node switched, before any request reaches the new model.
 */
export async function runModelUpdateDemo(devnet: Devnet, options: ModelUpdateDemoOptions): Promise<ModelUpdateDemoResult> {
  const economy = devnet.economy
  if (economy?.chainProcess === undefined) throw new ModelUpdateDemoError('it needs the local chain (maia up without --no-chain or --chain-rpc): it votes with the devnet deployer\'s tokens and travels chain time')
  const print = options.print ?? ((line: string) => { process.stdout.write(`${line}\n`) })
  const workDir = resolve(join(options.dataDir, 'model-update'))
  await rm(workDir, { recursive: true, force: true })
  await mkdir(workDir, { recursive: true })
  const holder = devnet.nodes.find((node) => node.name === (options.holder ?? devnet.nodes[0]?.name))
  if (holder === undefined) throw new ModelUpdateDemoError(`no node named ${options.holder ?? 'node-1'}`)
  const timings = {} as ModelUpdateDemoResult['timings']
  const timed = async <T>(step: keyof ModelUpdateDemoResult['timings'], run: () => Promise<T>): Promise<T> => {
    const started = performance.now()
    try {
      return await run()
    } finally {
      timings[step] = Math.round(performance.now() - started)
    }
  }
  const seconds = (ms: number): string => ms < 1_000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`
  const short = (hash: string): string => `${hash.slice(0, 10)}…${hash.slice(-6)}`

  print('')
  print(`Model update: candidate → evaluation → vote → distribution → nodes switch (work dir ${workDir})`)

  // 1 + 2. Candidate, dataset, evaluation (a candidate that fails is retrained: next seed).
  const library = await resolveLibraryDirectory(options.libraryDir)
  const dataset = await timed('dataset', () => buildDemoDataset({ library, out: workDir, ...(options.books === undefined ? {} : { books: options.books }) }))
  print(`  dataset        maia dataset build: ${dataset.books.length} books of ${library} → train ${dataset.card.counts.train}, validation ${dataset.card.counts.validation}, test ${dataset.card.counts.test}; hash ${short(dataset.card.hash)}   ${seconds(timings.dataset)}`)
  if (dataset.card.counts.test === 0) throw new ModelUpdateDemoError('the dataset has no held-out test examples to evaluate on', { directory: dataset.directory })
  let passing: { candidate: Candidate; report: EvaluationReport } | undefined
  let attempts = 0
  const evaluationStarted = performance.now()
  for (const seed of options.seeds ?? DEFAULT_SEEDS) {
    attempts += 1
    const generated = performance.now()
    const next = await generateCandidate(join(workDir, 'candidates', `seed-${seed}`, `${CANDIDATE_NAME}.gguf`), seed)
    const generatedMs = performance.now() - generated
    const evaluated = await evaluateCandidate({ candidate: next.path, active: devnet.model, dataset: dataset.directory, limit: options.evaluationLimit ?? 4, threads: 1 })
    const { summary } = evaluated
    print(`  candidate      ${CANDIDATE_NAME} (seed ${seed}, ${next.bytes} bytes, sha256 ${short(next.sha256)}) generated in ${seconds(generatedMs)}; maia model evaluate on ${evaluated.examples.length} held-out examples: ` +
      `${evaluated.verdict.passed ? 'PASSED' : 'FAILED'} (reference log-prob ${summary.candidate.meanReferenceLogProb} vs active ${summary.active?.meanReferenceLogProb ?? '-'}, ROUGE-L ${summary.candidate.meanRougeL} vs ${summary.active?.meanRougeL ?? '-'})`)
    if (evaluated.verdict.passed) {
      passing = { candidate: next, report: evaluated }
      break
    }
    print(`                 ${evaluated.verdict.reasons.join('; ')}: discarded, retraining (next seed)`)
  }
  timings.evaluation = Math.round(performance.now() - evaluationStarted)
  if (passing === undefined) throw new ModelUpdateDemoError(`no candidate passed the evaluation in ${attempts} tries`, { seeds: options.seeds ?? DEFAULT_SEEDS })
  const { candidate, report } = passing
  const reportFile = join(workDir, 'evaluation.json')
  await writeFile(reportFile, `${JSON.stringify(report, null, 2)}\n`)
  print(`  evaluation     report ${reportFile}, hash ${short(report.hash)}   ${seconds(timings.evaluation)}`)

  const provider = new JsonRpcProvider(economy.rpcUrl, undefined, { staticNetwork: true, cacheTimeout: -1, pollingInterval: 250, batchMaxCount: 1 })
  try {
    // 3. Submission and the evaluation record.
    const uri = candidate.path
    const { submitted, recorded } = await timed('submission', async () => {
      const submitted = await submitCandidate(provider, economy, { name: CANDIDATE_NAME, sha256: candidate.sha256, uri, datasetHash: dataset.card.hash })
      const recorded = await recordCandidateEvaluation(provider, economy, { modelId: submitted.modelId, report: report, reportUri: pathToFileURL(reportFile).href })
      return { submitted, recorded }
    })
    print(`  submitted      model ${submitted.modelId} by trainer ${submitted.trainer} (uri ${uri}, dataset ${short(dataset.card.hash)}); ` +
      `evaluation recorded by evaluator ${recorded.evaluator}: report ${short(report.hash)}, passed against model ${recorded.baselineId}   ${seconds(timings.submission)}`)

    // The holder has the file before the vote; the others must fetch it. Their logs are read from here on.
    await placeCandidate(devnet.nodes, holder, candidate)
    const offsets = new Map(await Promise.all(devnet.nodes.map(async (node) => [node.name, await logOffset(node.logFile)] as const)))

    // 4. Governance: gate on, approve, activate; the deployer holds (and delegated) the devnet's votes.
    const governance = connectSuite(economy.deployment, new NonceManager(await provider.getSigner(0)))
    const calls = modelCalls(economy.deployment, { requireEvaluation: true, approve: [submitted.modelId], activate: [submitted.modelId] })
    print(`  governance     proposal: ${calls.map((call) => call.label).join(', ')}`)
    const stepNames: Record<ProposalStep['step'], (step: ProposalStep) => string> = {
      proposed: () => 'proposed',
      'voting-delay-passed': (step) => `voting delay (${step.travelledSeconds} s travelled)`,
      voted: (step) => `voted for (${((step.votes ?? 0n) / 10n ** 18n).toLocaleString('en-US')} $MAIA of votes)`,
      'voting-period-passed': (step) => `voting period (${step.travelledSeconds} s travelled)`,
      queued: () => 'queued in the timelock',
      'timelock-delay-passed': (step) => `timelock delay (${step.travelledSeconds} s travelled)`,
      executed: () => 'executed'
    }
    const steps: string[] = []
    const proposalId = await timed('governance', () => passProposal(governance, provider,
      calls.map((call) => ({ target: call.target, data: call.calldata })),
      `Activate ${CANDIDATE_NAME} (${candidate.sha256}); evaluation report ${report.hash} passed`,
      { onStep: (step) => steps.push(stepNames[step.step](step)) }))
    print(`                 ${steps.join(' → ')}   ${seconds(timings.governance)}`)
    const activeId = await governance.ModelRegistry.activeModelId()
    if (activeId !== submitted.modelId) throw new ModelUpdateDemoError(`the proposal executed but model ${activeId} is active`, { proposalId: proposalId.toString() })

    // 5. Distribution: every node fetches and switches.
    const peerIds = devnet.nodes.map((node) => node.peerId)
    const switchedAfter = await timed('distribution', () => watchModelSwitch({ apiUrl: devnet.apiUrl, apiKey: devnet.apiKey, peerIds, sha256: candidate.sha256, timeoutMs: options.switchTimeoutMs ?? 120_000 }))
    const switches = await Promise.all(devnet.nodes.map((node) => readModelSwitch(node.logFile, candidate.sha256, offsets.get(node.name))))
    print(`  distribution   all ${devnet.nodes.length} nodes switched to ${short(candidate.sha256)}   ${seconds(timings.distribution)}`)
    for (const [index, node] of devnet.nodes.entries()) {
      const seen = switches[index]!
      const from = seen.source === 'store' ? (node === holder ? 'its own store (it held the candidate before the vote)' : 'its own store')
        : seen.source === 'peers' ? `peers over libp2p${seen.peers === undefined ? '' : ` (${seen.peers} vouched for the manifest)`}`
          : seen.source === 'uri' ? `the registry URI (${uri})` : 'unknown (see its log)'
      print(`                 ${node.name}: from ${from}; loaded in ${seen.loadMs === undefined ? '?' : seconds(seen.loadMs)}, listed on the new model ${seconds(switchedAfter.get(node.peerId) ?? 0)} after execution`)
    }

    // The orchestrator's verifier (and tokenizer) follow the new model: relaunched on it, then every node is routable again.
    await timed('verifier', async () => {
      const orchestrator = devnet.processes.find((process) => process.name === 'orchestrator')
      if (orchestrator === undefined) throw new ModelUpdateDemoError('no orchestrator process')
      await devnet.relaunch('orchestrator', replaceFlagValues(orchestrator.args, { '--verifier-model': candidate.path, '--tokenizer-model': candidate.path }))
      await watchModelSwitch({ apiUrl: devnet.apiUrl, apiKey: devnet.apiKey, peerIds, sha256: candidate.sha256, timeoutMs: options.switchTimeoutMs ?? 120_000 })
    })
    print(`                 orchestrator relaunched with the new model as its verifier; every node routable again   ${seconds(timings.verifier)}`)

    // 6. Serving: what the network announces, and a paid request answered by the new model.
    const { listed, message } = await timed('serving', async () => {
      const listed = await readNetworkNodes(devnet.apiUrl, devnet.apiKey)
      const { header } = await openDevnetVoucher(provider, economy, { maxAmount: parseUnits('1', 18), ttlSeconds: 3_600 })
      const client = new Anthropic({ baseURL: devnet.apiUrl, apiKey: devnet.apiKey, maxRetries: 2 })
      const message = await client.messages.create({ model: 'maia-tiny', max_tokens: 16, messages: [{ role: 'user', content: 'What changed in you?' }] }, { headers: { 'x-maia-voucher': header } })
      return { listed, message }
    })
    const text = message.content.map((block) => block.type === 'text' ? block.text : '').join('')
    print(`  serving        /v1/network/nodes: ${devnet.nodes.map((node) => `${node.name} ${short(listed.find((entry) => entry.peerId === node.peerId)?.model.hash ?? 'none')}`).join(', ')}`)
    print(`                 request for maia-tiny answered by ${message.model} (${message.usage.output_tokens} tokens): ${JSON.stringify(text).slice(0, 80)}   ${seconds(timings.serving)}`)
    print(`  done in ${seconds(Object.values(timings).reduce((sum, ms) => sum + ms, 0))}; voters can read it with: npx maia gov status --rpc ${economy.rpcUrl} --deployment ${resolve(economy.deploymentFile)} ${proposalId}`)
    print('')

    return {
      candidate: { ...candidate, name: CANDIDATE_NAME, uri },
      dataset: { hash: dataset.card.hash, directory: dataset.directory, books: dataset.books, counts: { train: dataset.card.counts.train, validation: dataset.card.counts.validation, test: dataset.card.counts.test } },
      evaluation: { reportFile, reportHash: report.hash, passed: report.verdict.passed, attempts },
      modelId: submitted.modelId,
      proposalId,
      nodes: devnet.nodes.map((node, index) => ({
        name: node.name,
        peerId: node.peerId,
        source: switches[index]!.source,
        ...(switches[index]!.peers === undefined ? {} : { peers: switches[index]!.peers }),
        switchedAfterMs: switchedAfter.get(node.peerId) ?? 0,
        ...(switches[index]!.loadMs === undefined ? {} : { loadMs: switches[index]!.loadMs }),
        announcedHash: listed.find((entry) => entry.peerId === node.peerId)?.model.hash ?? ''
      })),
      request: { model: message.model, outputTokens: message.usage.output_tokens, text },
      timings
    }
  } finally {
    provider.destroy()
  }
}

/** `args` with the value after each flag in `values` replaced. */
function replaceFlagValues(args: readonly string[], values: Record<string, string>): string[] {
  return args.map((arg, index) => {
    const flag = args[index - 1]
    return flag !== undefined && Object.hasOwn(values, flag) ? values[flag]! : arg
  })
}
