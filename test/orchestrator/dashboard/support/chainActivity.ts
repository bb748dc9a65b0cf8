import { randomBytes } from 'node:crypto'
import { Wallet, id, keccak256, sha256, toUtf8Bytes } from 'ethers'
import { nodeRegistrationConsent } from '../../../../shared/chain/nodeRegistration.ts'
import { buildRewardsTree } from '../../../../shared/chain/rewardsTree.ts'
import { signVoucher } from '../../../../shared/chain/voucher.ts'
import { toRedemption } from '../../../../shared/chain/voucherCodec.ts'
import { MAIA, connectChain, deployTestSuite, type Suite } from '../../../contracts/support/suite.ts'
import { submitModelAs } from '../../../contracts/support/submitModel.ts'

/** What {@link deployWithActivity} did on chain, to compare the dashboard's reading with. */
export interface ChainActivity {
  suite: Suite
  close(): Promise<void>
  node: string
  modelHash: string
  /** Model 2, submitted after model 1 was activated, with a declared dataset. */
  candidate: { hash: string; datasetHash: string }
  /** The `EVALUATOR_ROLE` account, and what it recorded: model 1 passed (no baseline), model 2 failed against model 1. */
  evaluator: string
  evaluations: { passed: RecordedEvaluation; failed: RecordedEvaluation }
  proposalDescriptions: { passed: string; open: string }
  deposit: bigint
  sessionAmount: bigint
  sessionId: string
  rewards: { provider: bigint; trainer: bigint }
}

export interface RecordedEvaluation { id: number; baselineId: number; reportHash: string; uri: string }

/**
 * An in-process chain with the suite deployed and a little of everything the dashboard reads: a
 * trainer's model evaluated (passing) and activated by a passed proposal that also makes
 * evaluations required, a second model with a declared dataset evaluated as failing against it, a
 * second proposal still open with a vote, a staked node, a user's deposit and one paid session, an epoch root posted and one claim.
 */
export async function deployWithActivity(): Promise<ChainActivity> {
  const connection = await connectChain()
  const s = await deployTestSuite(connection)
  const wait = async (sent: Promise<{ wait(): Promise<unknown> }>): Promise<void> => { await (await sent).wait() }
  const trainer = s.stranger
  const [provider] = s.providers
  const [user] = s.users

  const modelHash = keccak256(toUtf8Bytes('maia-guide-1b-q4 v1'))
  await submitModelAs(s.models, trainer, 'maia-guide-1b-q4 v1', modelHash, 'ipfs://bafy-maia-guide-v1')
  // The timelock (the registry's admin, impersonated) names an evaluator; governance would by proposal.
  const evaluator = s.signers[10]
  if (evaluator === undefined) throw new Error('no signer #10 for the evaluator')
  await wait(s.models.connect(s.timelock).grantRole(await s.models.EVALUATOR_ROLE(), evaluator.address))
  const record = async (evaluation: RecordedEvaluation, passed: boolean): Promise<void> => {
    await wait(s.models.connect(evaluator).recordEvaluation(evaluation.id, evaluation.baselineId, evaluation.reportHash, evaluation.uri, passed))
  }
  const evaluations = {
    passed: { id: 1, baselineId: 0, reportHash: sha256(toUtf8Bytes('{"candidate":1,"baseline":0}')), uri: 'https://reports.maia.example/eval/1.json' },
    failed: { id: 2, baselineId: 1, reportHash: sha256(toUtf8Bytes('{"candidate":2,"baseline":1}')), uri: 'ipfs://bafy-maia-eval-2' }
  }
  await record(evaluations.passed, true)
  await wait(s.token.connect(s.deployer).delegate(s.deployer.address))
  const modelRegistry = await s.models.getAddress()
  const passed = 'Require evaluations, then approve and activate maia-guide-1b-q4 v1'
  const calls = {
    targets: [modelRegistry, modelRegistry, modelRegistry], values: [0n, 0n, 0n],
    calldatas: [
      s.models.interface.encodeFunctionData('setEvaluationRequired', [true]),
      s.models.interface.encodeFunctionData('approve', [1n]), s.models.interface.encodeFunctionData('activate', [1n])
    ]
  }
  await wait(s.governor.propose(calls.targets, calls.values, calls.calldatas, passed))
  const passedId = await s.governor.hashProposal(calls.targets, calls.values, calls.calldatas, id(passed))
  await s.networkHelpers.mine(Number(await s.governor.votingDelay()) + 1)
  await wait(s.governor.castVote(passedId, 1))
  await s.networkHelpers.mine(Number(await s.governor.votingPeriod()) + 1)
  await wait(s.governor.queue(calls.targets, calls.values, calls.calldatas, id(passed)))
  await s.networkHelpers.time.increase(Number(await s.timelockContract.getMinDelay()) + 1)
  await wait(s.governor.execute(calls.targets, calls.values, calls.calldatas, id(passed)))
  const candidate = { hash: keccak256(toUtf8Bytes('maia-guide-1b-q4 v2')), datasetHash: sha256(toUtf8Bytes('{"card":"maia-guide v2"}')) }
  await submitModelAs(s.models, trainer, 'maia-guide-1b-q4 v2', candidate.hash, 'ipfs://bafy-maia-guide-v2', candidate.datasetHash)
  await record(evaluations.failed, false)
  const open = 'Lower the minimum stake to 50 MAIA'
  const openCall = s.registry.interface.encodeFunctionData('setMinStake', [50n * MAIA])
  await wait(s.governor.propose([await s.registry.getAddress()], [0n], [openCall], open))
  await s.networkHelpers.mine(Number(await s.governor.votingDelay()) + 1)
  await wait(s.governor.castVote(await s.governor.hashProposal([await s.registry.getAddress()], [0n], [openCall], id(open)), 0))

  const nodeKey = Wallet.createRandom()
  const node = nodeKey.address
  const consent = await nodeRegistrationConsent(nodeKey, s.registry, { provider: provider.address, peerId: '12D3KooWDashboardTestPeer' })
  await wait(s.registry.connect(provider).register(node, '12D3KooWDashboardTestPeer', '{}', 1_500n * MAIA, consent.deadline, consent.signature))

  const deposit = 40n * MAIA
  await wait(s.payments.connect(user).deposit(s.operator.address, deposit))
  const sessionId = `0x${randomBytes(32).toString('hex')}`
  const voucher = { user: user.address, operator: s.operator.address, sessionId, maxAmount: 2n * MAIA, expiry: BigInt((await s.networkHelpers.time.latest()) + 3_600), nonce: 7n }
  const sessionAmount = MAIA / 4n
  await wait(s.payments.connect(s.operator).redeem(toRedemption(voucher, sessionAmount, await signVoucher(user, s.domain, voucher))))

  await wait(s.token.connect(s.deployer).approve(await s.rewards.getAddress(), 1_000n * MAIA))
  await wait(s.rewards.connect(s.deployer).fund(1_000n * MAIA))
  const rewards = { provider: 3n * MAIA, trainer: MAIA / 2n }
  const tree = buildRewardsTree([{ account: provider.address, cumulativeAmount: rewards.provider }, { account: trainer.address, cumulativeAmount: rewards.trainer }])
  await wait(s.rewards.connect(s.oracle).postRoot(1, tree.root, tree.total))
  const claim = tree.getClaim(provider.address)
  await wait(s.rewards.claim(claim.account, claim.cumulativeAmount, claim.proof))

  return {
    suite: s, close: () => connection.close(), node, modelHash, candidate, evaluator: evaluator.address, evaluations, proposalDescriptions: { passed, open },
    deposit, sessionAmount, sessionId, rewards
  }
}
