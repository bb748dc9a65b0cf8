import { getAddress } from 'ethers'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDashboardChainReader, type DashboardChainReader } from '../../../orchestrator/dashboard/index.ts'
import { connectSuite } from '../../../shared/chain/connectSuite.ts'
import { deployWithActivity, type ChainActivity } from './support/chainActivity.ts'

describe('the dashboard reads governance and the economy from the chain', () => {
  let chain: ChainActivity
  let reader: DashboardChainReader

  beforeAll(async () => {
    chain = await deployWithActivity()
    const s = chain.suite
    const tree = new Map([[getAddress(s.providers[0].address), chain.rewards.provider], [getAddress(s.stranger.address), chain.rewards.trainer]])
    reader = createDashboardChainReader({
      suite: connectSuite(s.deployment, s.ethers.provider), fromBlock: 0,
      earnedBy: async (account) => tree.get(getAddress(account))
    })
  }, 120_000)
  afterAll(async () => { await chain?.close() })

  it('lists model versions with hash, URI, trainer, status, dataset and evaluation, the active one marked, and proposals with state and votes', async () => {
    const governance = await reader.governance()
    const { passed: passing, failed: failing } = chain.evaluations
    expect(governance.activeModelId).toBe(1)
    expect(governance.evaluationRequired).toBe(true)
    expect(governance.models).toEqual([
      expect.objectContaining({
        id: 1, name: 'maia-guide-1b-q4 v1', ggufSha256: chain.modelHash, uri: 'ipfs://bafy-maia-guide-v1',
        trainer: chain.suite.stranger.address, status: 'approved', active: true, datasetHash: null,
        evaluation: { reportHash: passing.reportHash, uri: passing.uri, baselineId: 0, passed: true, evaluator: chain.evaluator, recordedAt: expect.any(Number) }
      }),
      expect.objectContaining({
        id: 2, name: 'maia-guide-1b-q4 v2', ggufSha256: chain.candidate.hash, uri: 'ipfs://bafy-maia-guide-v2',
        trainer: chain.suite.stranger.address, status: 'submitted', active: false, datasetHash: chain.candidate.datasetHash,
        evaluation: { reportHash: failing.reportHash, uri: failing.uri, baselineId: 1, passed: false, evaluator: chain.evaluator, recordedAt: expect.any(Number) }
      })
    ])
    // Each evaluation carries the block time it was recorded at: model 1's after its submission, model 2's later.
    const [first, second] = governance.models
    expect(first!.evaluation!.recordedAt).toBeGreaterThanOrEqual(first!.submittedAt)
    expect(second!.evaluation!.recordedAt).toBeGreaterThan(first!.evaluation!.recordedAt)
    expect(governance.proposals.map((proposal) => [proposal.description, proposal.state])).toEqual([
      [chain.proposalDescriptions.open, 'active'],
      [chain.proposalDescriptions.passed, 'executed']
    ])
    const [open, passed] = governance.proposals
    expect(open!.votes.against).toBeGreaterThan(0n)
    expect(open!.votes.for).toBe(0n)
    expect(passed!.votes.for).toBeGreaterThan(0n)
  })

  it('reports epochs with root, total and gas, rewards by role, claims and deposits', async () => {
    const economy = await reader.economy()
    const { provider, trainer } = chain.rewards
    expect(economy).toMatchObject({ currentEpoch: 1, totalCumulative: provider + trainer, totalClaimed: provider })
    expect(economy.epochs).toEqual([expect.objectContaining({ epoch: 1, totalCumulative: provider + trainer })])
    expect(economy.epochs[0]!.gasUsed).toBeGreaterThan(0n)
    expect(economy.rewards).toEqual(expect.arrayContaining([
      { account: getAddress(chain.suite.providers[0].address), roles: ['provider', 'claimant'], earned: provider, claimed: provider },
      { account: getAddress(chain.suite.stranger.address), roles: ['trainer'], earned: trainer, claimed: 0n }
    ]))
    expect(economy.claims).toEqual([expect.objectContaining({ account: chain.suite.providers[0].address, epoch: 1, amount: provider })])
    expect(economy.deposits).toEqual({ count: 1, total: chain.deposit, redemptions: 1, redeemed: chain.sessionAmount })
  })

  it('shows one user their deposit, sessions and spend, and each node its stake', async () => {
    const user = chain.suite.users[0].address
    const account = await reader.account(user.toLowerCase())
    expect(account).toMatchObject({ account: user, deposited: chain.deposit, balance: chain.deposit - chain.sessionAmount, spent: chain.sessionAmount, claimed: 0n })
    expect(account.sessions).toEqual([expect.objectContaining({ sessionId: chain.sessionId, amount: chain.sessionAmount })])
    expect(await reader.stakes()).toEqual({ [getAddress(chain.node)]: 1_500n * 10n ** 18n })
  })
})
