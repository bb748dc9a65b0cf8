import { ZeroHash, getAddress } from 'ethers'
import type { SuiteContracts } from '../../shared/chain/index.ts'

/** Names of `IModelRegistry.ModelStatus`, by value. */
const MODEL_STATUS = ['none', 'submitted', 'approved', 'rejected'] as const
/** Names of OpenZeppelin's `IGovernor.ProposalState`, by value. */
const PROPOSAL_STATE = ['pending', 'active', 'canceled', 'defeated', 'succeeded', 'queued', 'expired', 'executed'] as const

export interface DashboardModelVersion {
  id: number
  name: string
  ggufSha256: string
  uri: string
  trainer: string
  submittedAt: number
  status: (typeof MODEL_STATUS)[number]
  active: boolean
  /** The hash of the dataset card the trainer declared it was trained on; null when none was declared. */
  datasetHash: string | null
  /** The latest evaluation an `EVALUATOR_ROLE` account recorded for it (the registry keeps one per evaluator); null when none was. */
  evaluation: DashboardModelEvaluation | null
}

/** An evaluation recorded in the registry (`IModelRegistry.Evaluation`). */
export interface DashboardModelEvaluation {
  /** SHA-256 of the evaluation report JSON, which anyone can re-run. */
  reportHash: string
  /** Where the report can be read (any scheme: https, ipfs, ...). */
  uri: string
  /** The model it was compared with; 0 when none was active. */
  baselineId: number
  /** The evaluator's verdict: at least as good as the baseline. */
  passed: boolean
  evaluator: string
  recordedAt: number
}

export interface DashboardProposal {
  id: string
  proposer: string
  description: string
  state: (typeof PROPOSAL_STATE)[number]
  votes: { for: bigint; against: bigint; abstain: bigint }
  voteStart: bigint
  voteEnd: bigint
}

export interface DashboardGovernance {
  activeModelId: number
  /** Whether governance lets only a model with a passing evaluation (against the active one) be activated. */
  evaluationRequired: boolean
  models: DashboardModelVersion[]
  proposals: DashboardProposal[]
}

export interface DashboardEpoch {
  epoch: number
  root: string
  totalCumulative: bigint
  transactionHash: string
  blockNumber: number
  gasUsed: bigint | undefined
}

export interface DashboardRewardAccount {
  account: string
  roles: Array<'provider' | 'trainer' | 'claimant'>
  /** What the latest posted root grants it in total (absent when no settler can say). */
  earned: bigint | undefined
  claimed: bigint
}

export interface DashboardEconomy {
  currentEpoch: number
  totalCumulative: bigint
  totalClaimed: bigint
  feeBps: number
  epochs: DashboardEpoch[]
  rewards: DashboardRewardAccount[]
  claims: Array<{ account: string; epoch: number; amount: bigint; cumulativeAmount: bigint; transactionHash: string }>
  deposits: { count: number; total: bigint; redeemed: bigint; redemptions: number }
}

export interface DashboardAccount {
  account: string
  balance: bigint
  deposited: bigint
  /** Paid sessions redeemed on chain: what this user spent. */
  sessions: Array<{ sessionId: string; amount: bigint; transactionHash: string; blockNumber: number }>
  spent: bigint
  earned: bigint | undefined
  claimed: bigint
}

/** The on-chain half of the dashboard: governance, epochs, rewards, deposits and one account's standing. */
export interface DashboardChainReader {
  governance(): Promise<DashboardGovernance>
  economy(): Promise<DashboardEconomy>
  account(address: string): Promise<DashboardAccount>
  /** Each registered node's stake (by checksummed ETH address). */
  stakes(): Promise<Record<string, bigint>>
}

export interface DashboardChainReaderInit {
  /** The suite bound to a provider (reads only). */
  suite: Pick<SuiteContracts, 'ModelRegistry' | 'MaiaGovernor' | 'RewardsDistributor' | 'SessionPayments' | 'NodeRegistry'>
  /** Where event scans start: the deployment's first block. */
  fromBlock: number
  /** An account's cumulative earnings in the latest posted epoch (the settler's `claimFor`); earnings show as unknown without it. */
  earnedBy?: (account: string) => Promise<bigint | undefined>
}

/**
 * Reads what the dashboard shows of the chain straight from the contracts: views for current
 * state, events (from the deployment block) for history. Nothing is cached: the pages poll
 * seldom, and a devnet's chain answers in milliseconds.
 */
export function createDashboardChainReader(init: DashboardChainReaderInit): DashboardChainReader {
  const { suite, fromBlock } = init
  const earned = async (account: string): Promise<bigint | undefined> => await init.earnedBy?.(account).catch(() => undefined)

  const governance = async (): Promise<DashboardGovernance> => {
    const registry = suite.ModelRegistry
    const [count, activeId, evaluationRequired] = await Promise.all([registry.modelCount(), registry.activeModelId(), registry.evaluationRequired()])
    const models = await Promise.all(Array.from({ length: Number(count) }, async (_, index): Promise<DashboardModelVersion> => {
      const id = index + 1
      const [model, datasetHash, evaluations] = await Promise.all([registry.getModel(id), registry.datasetHashOf(id), registry.getEvaluations(id)])
      // The registry keeps one record per evaluator; the dashboard shows the latest recorded.
      const evaluation = evaluations.reduce<(typeof evaluations)[number] | undefined>((latest, record) => latest === undefined || record.recordedAt >= latest.recordedAt ? record : latest, undefined)
      return {
        id, name: model.name, ggufSha256: model.ggufSha256, uri: model.uri, trainer: model.trainer,
        submittedAt: Number(model.submittedAt), status: MODEL_STATUS[Number(model.status)] ?? 'none', active: BigInt(id) === activeId,
        // The registry answers zeros for "none"; a recorded report hash is never zero.
        datasetHash: datasetHash === ZeroHash ? null : datasetHash,
        evaluation: evaluation === undefined || evaluation.reportHash === ZeroHash ? null : {
          reportHash: evaluation.reportHash, uri: evaluation.uri, baselineId: Number(evaluation.baselineId), passed: evaluation.passed,
          evaluator: evaluation.evaluator, recordedAt: Number(evaluation.recordedAt)
        }
      }
    }))
    const governor = suite.MaiaGovernor
    const created = await governor.queryFilter(governor.filters.ProposalCreated(), fromBlock)
    const proposals = await Promise.all(created.map(async (event) => {
      const { proposalId, proposer, description, voteStart, voteEnd } = event.args
      const [state, votes] = await Promise.all([governor.state(proposalId), governor.proposalVotes(proposalId)])
      return {
        id: proposalId.toString(), proposer, description, state: PROPOSAL_STATE[Number(state)] ?? 'pending',
        votes: { against: votes.againstVotes, for: votes.forVotes, abstain: votes.abstainVotes }, voteStart, voteEnd
      }
    }))
    return { activeModelId: Number(activeId), evaluationRequired, models, proposals: proposals.reverse() }
  }

  const economy = async (): Promise<DashboardEconomy> => {
    const rewards = suite.RewardsDistributor
    const payments = suite.SessionPayments
    const [currentEpoch, totalCumulative, totalClaimed, feeBps, posted, claimed, deposited, redeemed, registered, submitted] = await Promise.all([
      rewards.currentEpoch(), rewards.totalCumulative(), rewards.totalClaimed(), payments.feeBps(),
      rewards.queryFilter(rewards.filters.RootPosted(), fromBlock),
      rewards.queryFilter(rewards.filters.Claimed(), fromBlock),
      payments.queryFilter(payments.filters.Deposited(), fromBlock),
      payments.queryFilter(payments.filters.VoucherRedeemed(), fromBlock),
      suite.NodeRegistry.queryFilter(suite.NodeRegistry.filters.NodeRegistered(), fromBlock),
      suite.ModelRegistry.queryFilter(suite.ModelRegistry.filters.ModelSubmitted(), fromBlock)
    ])
    const epochs = await Promise.all(posted.map(async (event) => {
      const receipt = await event.getTransactionReceipt().catch(() => null)
      return {
        epoch: Number(event.args.epoch), root: event.args.root, totalCumulative: event.args.totalCumulative,
        transactionHash: event.transactionHash, blockNumber: event.blockNumber, gasUsed: receipt?.gasUsed
      }
    }))
    const roles = new Map<string, Set<DashboardRewardAccount['roles'][number]>>()
    const addRole = (account: string, role: DashboardRewardAccount['roles'][number]): void => {
      const key = getAddress(account)
      roles.set(key, (roles.get(key) ?? new Set()).add(role))
    }
    for (const event of registered) addRole(event.args.provider, 'provider')
    for (const event of submitted) addRole(event.args.trainer, 'trainer')
    for (const event of claimed) addRole(event.args.account, 'claimant')
    const accounts = await Promise.all([...roles].map(async ([account, accountRoles]) => ({
      account, roles: [...accountRoles], earned: await earned(account), claimed: await rewards.claimed(account)
    })))
    return {
      currentEpoch: Number(currentEpoch), totalCumulative, totalClaimed, feeBps: Number(feeBps),
      epochs: epochs.reverse(),
      rewards: accounts,
      claims: claimed.map((event) => ({
        account: event.args.account, epoch: Number(event.args.epoch), amount: event.args.amount,
        cumulativeAmount: event.args.cumulativeAmount, transactionHash: event.transactionHash
      })).reverse(),
      deposits: {
        count: deposited.length, total: deposited.reduce((sum, event) => sum + event.args.amount, 0n),
        redemptions: redeemed.length, redeemed: redeemed.reduce((sum, event) => sum + event.args.amount, 0n)
      }
    }
  }

  const account = async (address: string): Promise<DashboardAccount> => {
    const user = getAddress(address)
    const payments = suite.SessionPayments
    const [deposits, redemptions, claimed, earnedAmount] = await Promise.all([
      payments.queryFilter(payments.filters.Deposited(undefined, user), fromBlock),
      payments.queryFilter(payments.filters.VoucherRedeemed(user), fromBlock),
      suite.RewardsDistributor.claimed(user),
      earned(user)
    ])
    // Deposits are per operator: the balance shown is the sum over every operator the user deposited with.
    const operators = [...new Set(deposits.map((event) => getAddress(event.args.operator)))]
    const balances = await Promise.all(operators.map((operator) => payments.balanceOf(user, operator)))
    const balance = balances.reduce((sum, amount) => sum + amount, 0n)
    const sessions = redemptions.map((event) => ({
      sessionId: event.args.sessionId, amount: event.args.amount, transactionHash: event.transactionHash, blockNumber: event.blockNumber
    })).reverse()
    return {
      account: user, balance, deposited: deposits.reduce((sum, event) => sum + event.args.amount, 0n),
      sessions, spent: sessions.reduce((sum, session) => sum + session.amount, 0n), earned: earnedAmount, claimed
    }
  }

  const stakes = async (): Promise<Record<string, bigint>> => {
    const registry = suite.NodeRegistry
    const registered = await registry.queryFilter(registry.filters.NodeRegistered(), fromBlock)
    const nodes = [...new Set(registered.map((event) => getAddress(event.args.node)))]
    // A deregistered node's record is gone (the read reverts): it has no stake to show.
    const entries = await Promise.all(nodes.map(async (node) => [node, await registry.getNode(node).then((record) => record.stake, () => undefined)] as const))
    return Object.fromEntries(entries.filter((entry): entry is readonly [string, bigint] => entry[1] !== undefined))
  }

  return { governance, economy, account, stakes }
}
