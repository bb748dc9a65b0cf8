import type { Command } from 'commander'
import { z } from 'zod'
import type { ChainContext, SigningContext } from './chainContext.ts'
import { withChain, withSigningChain } from './chainContext.ts'
import { advanceTo, assertDevnet, latestTimestamp } from './devnet.ts'
import { InvalidEconomyArgumentError, NoVotingPowerError, TransactionFailedError } from './errors.ts'
import { addChainOptions, addressSchema, chainFlagsSchema, parseFlags, uintSchema, type EconomyCommandOptions } from './flags.ts'
import { describeCall, modelCalls, modelIdsIn, parseCallSpec, type ProposedCall } from './govCalls.ts'
import { descriptionHash, findProposal, proposalState, type ProposalStateName } from './govProposals.ts'
import { formatMaia, formatTimestamp, printerFor } from './output.ts'
import { preflight, readChain, sendTransaction } from './transactions.ts'

/** GovernorCountingSimple's vote types. */
const SUPPORT = { against: 0, for: 1, abstain: 2 } as const

const collect = (value: string, previous: string[] = []): string[] => [...previous, value]

const delegateSchema = chainFlagsSchema.extend({ to: addressSchema.optional() })
const proposeSchema = chainFlagsSchema.extend({
  description: z.string().trim().min(1, 'must not be empty'),
  approveModel: z.array(uintSchema).default([]),
  activateModel: z.array(uintSchema).default([]),
  grantEvaluator: z.array(addressSchema).default([]),
  requireEvaluation: z.enum(['on', 'off'], { error: 'expected on or off' }).optional(),
  call: z.array(z.string()).default([])
})
const proposalSchema = chainFlagsSchema.extend({ proposalId: uintSchema, advance: z.boolean().default(false) })
const voteSchema = proposalSchema.extend({
  support: z.enum(['for', 'against', 'abstain'], { error: 'expected for, against or abstain' }),
  reason: z.string().optional()
})

/** A model a proposal approves, rejects or activates, with the evidence voters need. */
export interface ProposedModelStatus {
  id: string
  name: string
  status: 'None' | 'Submitted' | 'Approved' | 'Rejected'
  ggufSha256: string
  uri: string
  trainer: string
  /** The dataset card hash the trainer declared; null when none. */
  datasetHash: string | null
  /** The most recently recorded evaluation (of any evaluator); null when none. */
  evaluation: ModelEvaluationStatus | null
  /** Every evaluator's evaluation, in the order they first recorded one (ModelRegistry keeps one per evaluator). */
  evaluations: ModelEvaluationStatus[]
}

/** One evaluator's recorded evaluation of a model. */
export interface ModelEvaluationStatus {
  reportHash: string
  uri: string
  passed: boolean
  baselineId: string
  evaluator: string
  recordedAt: string
  /** Whether the evaluator holds EVALUATOR_ROLE now: records of revoked evaluators do not count at activation. */
  evaluatorActive: boolean
}

/** What `maia gov status --json` prints. */
export interface ProposalStatus {
  proposalId: string
  state: ProposalStateName
  proposer: string
  description: string
  descriptionHash: string
  calls: string[]
  voteStart: string
  voteEnd: string
  eta: string
  votes: { for: string; against: string; abstain: string }
  quorum?: string
  now: string
  voter?: { account: string; hasVoted: boolean; weight?: string }
  /** The models the proposal's ModelRegistry calls name. */
  models: ProposedModelStatus[]
  /** Whether ModelRegistry.activate needs a passing evaluation now. */
  evaluationRequired: boolean
  /** The model active now (0 when none): an evaluation counts only against it. */
  activeModelId: string
}

/**
 * `maia gov delegate|propose|vote|queue|execute|status` for $MAIA holders. Voting power counts
 * only once delegated (to yourself by default), and only for proposals made after that.
 * `--advance` on vote / queue / execute fast-forwards a devnet's clock to when the step opens.
 */
export function registerGovCommand(program: Command, options: EconomyCommandOptions = {}): void {
  const env = options.env ?? process.env
  const gov = program.command('gov').description('token holders: delegate, propose, vote, queue, execute (MaiaGovernor + MaiaTimelock)')

  addChainOptions(gov.command('delegate'), { signs: true })
    .description('delegate your voting power (to yourself by default); needed before votes count')
    .option('--to <address>', 'delegatee (default: yourself)')
    .action(async (raw: Record<string, unknown>, command: Command) => {
      const flags = parseFlags(delegateSchema, raw)
      const result = await withSigningChain(flags, env, async (context) => {
        const delegatee = flags.to ?? context.account
        const receipt = await sendTransaction(context, 'MaiaToken.delegate', () => context.write.MaiaToken.delegate(delegatee))
        const [votes, balance] = await Promise.all([context.read.MaiaToken.getVotes(delegatee), context.read.MaiaToken.balanceOf(context.account)])
        return { delegator: context.account, delegatee, balance, delegateeVotes: votes, transactionHash: receipt.hash }
      })
      const out = printerFor(command)
      if (flags.json === true) return out.json(result)
      out.line(`delegated ${formatMaia(result.balance)} of voting power to ${result.delegatee}`)
      out.table([['delegatee votes', formatMaia(result.delegateeVotes)], ['transaction', result.transactionHash]])
    })

  addChainOptions(gov.command('propose'), { signs: true })
    .description('propose calls for the timelock to execute if the vote passes')
    .requiredOption('--description <text>', 'what the proposal does and why (its hash is part of the proposal id)')
    .option('--approve-model <id>', 'call ModelRegistry.approve(id) (repeatable)', collect)
    .option('--activate-model <id>', 'call ModelRegistry.activate(id), after any approvals (repeatable)', collect)
    .option('--grant-evaluator <address>', 'call ModelRegistry.grantRole(EVALUATOR_ROLE, address), first (repeatable)', collect)
    .option('--require-evaluation <on|off>', 'call ModelRegistry.setEvaluationRequired, before approvals and activations')
    .option('--call <spec>', 'generic call <Contract>.<function>[:<JSON args>], e.g. \'NodeRegistry.setMinStake:["2000000000000000000000"]\' (repeatable, after model calls)', collect)
    .action(async (raw: Record<string, unknown>, command: Command) => {
      const flags = parseFlags(proposeSchema, raw)
      const result = await withSigningChain(flags, env, (context) => propose(context, flags))
      const out = printerFor(command)
      if (flags.json === true) return out.json(result)
      out.line(`proposal ${result.proposalId} created`)
      out.table([
        ['description hash', result.descriptionHash],
        ['voting opens', formatTimestamp(BigInt(result.voteStart))],
        ['voting closes', formatTimestamp(BigInt(result.voteEnd))],
        ...result.calls.map((label, index) => [`call ${index + 1}`, label] as const),
        ['transaction', result.transactionHash]
      ])
    })

  addChainOptions(gov.command('vote'), { signs: true })
    .description('vote on an active proposal')
    .argument('<proposalId>', 'the proposal id (decimal)')
    .requiredOption('--support <choice>', 'for, against or abstain')
    .option('--reason <text>', 'reason recorded with the vote')
    .option('--advance', 'devnet only: first fast-forward to the start of voting')
    .action(async (proposalId: string, raw: Record<string, unknown>, command: Command) => {
      const flags = parseFlags(voteSchema, { ...raw, proposalId })
      const result = await withSigningChain(flags, env, async (context) => {
        const id = flags.proposalId
        let state = await proposalState(context, id)
        if (flags.advance && state === 'Pending') {
          assertDevnet(context.chainId)
          await advanceTo(context.provider, (await context.read.MaiaGovernor.proposalSnapshot(id)) + 1n)
          state = await proposalState(context, id)
        }
        // Zero-weight votes succeed silently in OZ Governor; say why instead. (Past snapshots only:
        // a future one reverts, and a non-active proposal fails below with its decoded state.)
        if (state === 'Active') {
          const snapshot = await context.read.MaiaGovernor.proposalSnapshot(id)
          const weight = await context.read.MaiaGovernor.getVotes(context.account, snapshot)
          if (weight === 0n) throw new NoVotingPowerError({ voter: context.account, snapshot: snapshot.toString() })
        }
        const support = SUPPORT[flags.support]
        const governor = context.write.MaiaGovernor
        const receipt = await sendTransaction(context, 'MaiaGovernor.castVote', () =>
          flags.reason === undefined ? governor.castVote(id, support) : governor.castVoteWithReason(id, support, flags.reason))
        const weight = voteWeight(context, receipt.logs)
        const [against, inFavour, abstain] = await context.read.MaiaGovernor.proposalVotes(id)
        return { proposalId: id, voter: context.account, support: flags.support, weight, votes: { for: inFavour, against, abstain }, transactionHash: receipt.hash }
      })
      const out = printerFor(command)
      if (flags.json === true) return out.json(result)
      out.line(`voted ${result.support} on ${result.proposalId} with ${formatMaia(result.weight)}`)
      out.table([['for', formatMaia(result.votes.for)], ['against', formatMaia(result.votes.against)], ['abstain', formatMaia(result.votes.abstain)], ['transaction', result.transactionHash]])
    })

  addChainOptions(gov.command('queue'), { signs: true })
    .description('queue a succeeded proposal in the timelock')
    .argument('<proposalId>', 'the proposal id (decimal)')
    .option('--advance', 'devnet only: first fast-forward past the end of voting')
    .action(async (proposalId: string, raw: Record<string, unknown>, command: Command) => {
      const flags = parseFlags(proposalSchema, { ...raw, proposalId })
      const result = await withSigningChain(flags, env, async (context) => {
        const proposal = await findProposal(context, flags.proposalId)
        const state = await proposalState(context, flags.proposalId)
        if (flags.advance && (state === 'Pending' || state === 'Active')) {
          assertDevnet(context.chainId)
          await advanceTo(context.provider, proposal.voteEnd + 1n)
        }
        const governor = context.write.MaiaGovernor
        const receipt = await sendTransaction(context, 'MaiaGovernor.queue', () =>
          governor.queue(proposal.targets, proposal.values, proposal.calldatas, proposal.descriptionHash))
        const eta = await context.read.MaiaGovernor.proposalEta(flags.proposalId)
        return { proposalId: flags.proposalId, state: await proposalState(context, flags.proposalId), eta, transactionHash: receipt.hash }
      })
      const out = printerFor(command)
      if (flags.json === true) return out.json(result)
      out.line(`proposal ${result.proposalId} ${result.state}; executable from ${formatTimestamp(result.eta)}`)
      out.table([['transaction', result.transactionHash]])
    })

  addChainOptions(gov.command('execute'), { signs: true })
    .description("execute a queued proposal once the timelock's delay has passed (anyone may)")
    .argument('<proposalId>', 'the proposal id (decimal)')
    .option('--advance', 'devnet only: first fast-forward to the end of the timelock delay')
    .action(async (proposalId: string, raw: Record<string, unknown>, command: Command) => {
      const flags = parseFlags(proposalSchema, { ...raw, proposalId })
      const result = await withSigningChain(flags, env, async (context) => {
        const proposal = await findProposal(context, flags.proposalId)
        if (flags.advance && (await proposalState(context, flags.proposalId)) === 'Queued') {
          assertDevnet(context.chainId)
          await advanceTo(context.provider, await context.read.MaiaGovernor.proposalEta(flags.proposalId))
        }
        const governor = context.write.MaiaGovernor
        const receipt = await sendTransaction(context, 'MaiaGovernor.execute', () =>
          governor.execute(proposal.targets, proposal.values, proposal.calldatas, proposal.descriptionHash))
        const calls = proposal.targets.map((target, index) => describeCall(context.deployment, target, proposal.calldatas[index] ?? '0x'))
        return { proposalId: flags.proposalId, state: await proposalState(context, flags.proposalId), calls, transactionHash: receipt.hash }
      })
      const out = printerFor(command)
      if (flags.json === true) return out.json(result)
      out.line(`proposal ${result.proposalId} ${result.state}`)
      out.table([...result.calls.map((label, index) => [`call ${index + 1}`, label] as const), ['transaction', result.transactionHash]])
    })

  addChainOptions(gov.command('status'), { signs: true })
    .description("a proposal's state, votes, quorum and deadlines (with a key: whether you voted)")
    .argument('<proposalId>', 'the proposal id (decimal)')
    .action(async (proposalId: string, raw: Record<string, unknown>, command: Command) => {
      const flags = parseFlags(proposalSchema, { ...raw, proposalId })
      const status = await withChain(flags, env, (context) => readStatus(context, flags.proposalId))
      const out = printerFor(command)
      if (flags.json === true) return out.json(status)
      out.line(`proposal ${status.proposalId}: ${status.state}`)
      out.table([
        ['description', status.description],
        ['proposer', status.proposer],
        ...status.calls.map((label, index) => [`call ${index + 1}`, label] as const),
        ['for', formatMaia(BigInt(status.votes.for))],
        ['against', formatMaia(BigInt(status.votes.against))],
        ['abstain', formatMaia(BigInt(status.votes.abstain))],
        ['quorum', status.quorum === undefined ? 'known once voting opens' : formatMaia(BigInt(status.quorum))],
        ['voting opens', formatTimestamp(BigInt(status.voteStart))],
        ['voting closes', formatTimestamp(BigInt(status.voteEnd))],
        ['executable from', formatTimestamp(BigInt(status.eta))],
        ['chain time', formatTimestamp(BigInt(status.now))],
        ['evaluation gate', `${status.evaluationRequired ? 'on' : 'off'} (active model ${status.activeModelId === '0' ? 'none' : status.activeModelId})`],
        ...status.models.flatMap((model): Array<readonly [string, string]> => [
          [`model ${model.id}`, `${model.name} (${model.status}) by ${model.trainer}`],
          [`  gguf`, `${model.ggufSha256} ${model.uri}`],
          [`  dataset`, model.datasetHash ?? 'none declared'],
          ...(model.evaluations.length === 0
            ? [['  evaluation', 'none recorded'] as const]
            : model.evaluations.map((evaluation): readonly [string, string] => ['  evaluation', `${evaluation.passed ? 'PASSED' : 'FAILED'} against model ${evaluation.baselineId === '0' ? 'none' : evaluation.baselineId}${evaluation.baselineId === status.activeModelId ? '' : ' (stale: another model is active now)'}; report ${evaluation.reportHash} ${evaluation.uri}; by ${evaluation.evaluator}${evaluation.evaluatorActive ? '' : ' (no longer an evaluator: ignored)'}`])),
          ['  gate', gateVerdict(model, status.activeModelId)]
        ]),
        ...(status.voter === undefined ? [] : [['you', `${status.voter.account} ${status.voter.hasVoted ? 'voted' : 'not voted'}${status.voter.weight === undefined ? '' : `, weight ${formatMaia(BigInt(status.voter.weight))}`}`] as const])
      ])
    })
}

async function propose(context: SigningContext, flags: z.output<typeof proposeSchema>) {
  const calls: ProposedCall[] = [
    ...modelCalls(context.deployment, {
      approve: flags.approveModel,
      activate: flags.activateModel,
      grantEvaluators: flags.grantEvaluator,
      ...(flags.requireEvaluation === undefined ? {} : { requireEvaluation: flags.requireEvaluation === 'on' })
    }),
    ...flags.call.map((spec) => parseCallSpec(context.deployment, spec))
  ]
  if (calls.length === 0) throw new InvalidEconomyArgumentError('nothing to propose: pass --approve-model, --activate-model, --grant-evaluator, --require-evaluation or --call')
  const targets = calls.map((call) => call.target)
  const values = calls.map((call) => call.value)
  const calldatas = calls.map((call) => call.calldata)
  const governor = context.write.MaiaGovernor
  await preflight(context, 'MaiaGovernor.propose', () => governor.propose.staticCall(targets, values, calldatas, flags.description))
  const receipt = await sendTransaction(context, 'MaiaGovernor.propose', () => governor.propose(targets, values, calldatas, flags.description))
  for (const log of receipt.logs) {
    const parsed = context.read.MaiaGovernor.interface.parseLog(log)
    if (parsed?.name !== 'ProposalCreated') continue
    return {
      proposalId: String(parsed.args.proposalId),
      descriptionHash: descriptionHash(flags.description),
      voteStart: String(parsed.args.voteStart),
      voteEnd: String(parsed.args.voteEnd),
      calls: calls.map((call) => call.label),
      transactionHash: receipt.hash
    }
  }
  throw new TransactionFailedError('MaiaGovernor.propose', 'no ProposalCreated event in the receipt')
}

function voteWeight(context: ChainContext, logs: readonly { topics: readonly string[]; data: string }[]): bigint {
  for (const log of logs) {
    const parsed = context.read.MaiaGovernor.interface.parseLog({ topics: [...log.topics], data: log.data })
    if (parsed?.name === 'VoteCast') return BigInt(parsed.args.weight)
  }
  return 0n
}

async function readStatus(context: ChainContext, proposalId: bigint): Promise<ProposalStatus> {
  const state = await proposalState(context, proposalId)
  const proposal = await findProposal(context, proposalId)
  const governor = context.read.MaiaGovernor
  const [proposer, eta, [against, inFavour, abstain], now] = await Promise.all([
    governor.proposalProposer(proposalId),
    governor.proposalEta(proposalId),
    governor.proposalVotes(proposalId),
    latestTimestamp(context.provider)
  ])
  // The quorum is taken at the snapshot, which must be in the past to be read.
  const quorum = proposal.voteStart < now ? await readChain(context, 'MaiaGovernor.quorum', () => governor.quorum(proposal.voteStart)) : undefined
  let voter: ProposalStatus['voter']
  if (context.wallet !== undefined) {
    const account = context.wallet.address
    const hasVoted = await governor.hasVoted(proposalId, account)
    const weight = proposal.voteStart < now ? await governor.getVotes(account, proposal.voteStart) : undefined
    voter = { account, hasVoted, ...(weight === undefined ? {} : { weight: weight.toString() }) }
  }
  const registry = context.read.ModelRegistry
  const [evaluationRequired, activeModelId] = await Promise.all([registry.evaluationRequired(), registry.activeModelId()])
  const models = await Promise.all(modelIdsIn(context.deployment, proposal.targets, proposal.calldatas).map((modelId) => readModel(context, modelId)))
  return {
    proposalId: proposalId.toString(),
    state,
    proposer,
    description: proposal.description,
    descriptionHash: proposal.descriptionHash,
    calls: proposal.targets.map((target, index) => describeCall(context.deployment, target, proposal.calldatas[index] ?? '0x')),
    voteStart: proposal.voteStart.toString(),
    voteEnd: proposal.voteEnd.toString(),
    eta: eta.toString(),
    votes: { for: inFavour.toString(), against: against.toString(), abstain: abstain.toString() },
    ...(quorum === undefined ? {} : { quorum: quorum.toString() }),
    now: now.toString(),
    ...(voter === undefined ? {} : { voter }),
    models,
    evaluationRequired,
    activeModelId: activeModelId.toString()
  }
}

const MODEL_STATUSES = ['None', 'Submitted', 'Approved', 'Rejected'] as const

/** A model's record, declared dataset and every evaluator's recorded evaluation, for voters. */
async function readModel(context: ChainContext, modelId: bigint): Promise<ProposedModelStatus> {
  const registry = context.read.ModelRegistry
  const [model, datasetHash, records, evaluatorRole] = await Promise.all([
    readChain(context, 'ModelRegistry.getModel', () => registry.getModel(modelId)),
    registry.datasetHashOf(modelId),
    registry.getEvaluations(modelId),
    registry.EVALUATOR_ROLE()
  ])
  const zero = /^0x0{64}$/
  const evaluations = await Promise.all(records.map(async (evaluation): Promise<ModelEvaluationStatus> => ({
    reportHash: evaluation.reportHash,
    uri: evaluation.uri,
    passed: evaluation.passed,
    baselineId: evaluation.baselineId.toString(),
    evaluator: evaluation.evaluator,
    recordedAt: evaluation.recordedAt.toString(),
    evaluatorActive: await registry.hasRole(evaluatorRole, evaluation.evaluator)
  })))
  const latest = evaluations.reduce<ModelEvaluationStatus | null>((best, evaluation) => best === null || BigInt(evaluation.recordedAt) >= BigInt(best.recordedAt) ? evaluation : best, null)
  return {
    id: modelId.toString(),
    name: model.name,
    status: MODEL_STATUSES[Number(model.status)] ?? 'None',
    ggufSha256: model.ggufSha256,
    uri: model.uri,
    trainer: model.trainer,
    datasetHash: zero.test(datasetHash) ? null : datasetHash,
    evaluation: latest,
    evaluations
  }
}

/** What ModelRegistry.activate would say of the evaluations, with the gate on, against `activeModelId`. */
function gateVerdict(model: ProposedModelStatus, activeModelId: string): string {
  const counted = model.evaluations.filter((evaluation) => evaluation.evaluatorActive && evaluation.baselineId === activeModelId)
  const failed = counted.find((evaluation) => !evaluation.passed)
  if (failed !== undefined) return `closed: ${failed.evaluator} failed it against the active model`
  if (counted.some((evaluation) => evaluation.passed)) return 'open: passed against the active model, no standing failure'
  return 'closed: no pass against the active model'
}
