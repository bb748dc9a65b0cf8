import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { id } from 'ethers'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sha256File } from '../../../../shared/util/sha256.ts'
import type { ProposalStatus } from '../../../../scripts/cli/economy/govCommand.ts'
import type { SubmittedModel } from '../../../../scripts/cli/economy/modelSubmitCommand.ts'
import { addressOf, deployToChain, keyOf, maia, type DeployedChain } from './support/chain.ts'
import { startHardhatNode, type HardhatNode } from './support/hardhatNode.ts'
import { maiaError, runMaia, runMaiaJson } from './support/runMaia.ts'

const HOLDER = 0 // the deployer: the whole initial supply
const TRAINER = 5
const UNDELEGATED = 6

interface Proposed { proposalId: string; descriptionHash: string; voteStart: string; voteEnd: string; calls: string[] }

describe('maia model submit and maia gov', () => {
  let node: HardhatNode
  let chain: DeployedChain
  let dir: string
  let common: string[]
  let gguf: string
  const holder = { MAIA_PRIVATE_KEY: keyOf(HOLDER) }

  beforeAll(async () => {
    node = await startHardhatNode()
    dir = await mkdtemp(path.join(tmpdir(), 'maia-gov-cli-'))
    chain = await deployToChain(node.rpcUrl, dir) // voting delay 1 day, period 7 days, timelock 2 days
    await chain.fund(UNDELEGATED, maia('1000'))
    gguf = path.join(dir, 'model.gguf')
    await writeFile(gguf, 'GGUF not really a model')
    common = ['--rpc', node.rpcUrl, '--deployment', chain.deploymentPath]
  })
  afterAll(async () => {
    chain?.close()
    await node?.stop()
    if (dir !== undefined) await rm(dir, { recursive: true, force: true })
  })

  it("submits a model by its GGUF's SHA-256 and decodes a duplicate", async () => {
    const submitted = await runMaiaJson<SubmittedModel>(['model', 'submit', '--name', 'maia-test v1', '--gguf', gguf, '--uri', 'https://example.invalid/m.gguf', ...common], { MAIA_PRIVATE_KEY: keyOf(TRAINER) })
    const sha256 = await sha256File(gguf)
    expect(submitted).toMatchObject({ id: '1', sha256, trainer: addressOf(TRAINER) })
    expect((await chain.asDeployer.ModelRegistry.getModel(1n)).ggufSha256).toBe(sha256)

    await expect(maiaError(['model', 'submit', '--name', 'again', '--sha256', sha256, '--uri', 'ipfs://x', ...common], { MAIA_PRIVATE_KEY: keyOf(TRAINER) }))
      .resolves.toMatchObject({ name: 'ContractRevertError', errorName: 'ModelRegistryDuplicateHash', errorArgs: { ggufSha256: sha256, existingId: '1' } })
    await expect(maiaError(['model', 'submit', '--name', 'x', '--sha256', sha256, '--gguf', gguf, '--uri', 'ipfs://x', ...common], holder))
      .resolves.toMatchObject({ name: 'InvalidEconomyArgumentError', message: expect.stringContaining('exactly one of --gguf') })
  })

  it('takes a model from submission to activation through a time-travelled vote', async () => {
    const delegated = await runMaia(['gov', 'delegate', ...common], holder)
    expect(delegated).toContain(`delegated 99999000.0 MAIA of voting power to ${addressOf(HOLDER)}`)

    const description = 'Activate maia-test v1 and raise the minimum stake'
    const proposed = await runMaiaJson<Proposed>([
      'gov', 'propose', '--description', description, '--approve-model', '1', '--activate-model', '1',
      '--call', 'NodeRegistry.setMinStake:["2000000000000000000000"]', ...common
    ], holder)
    expect(proposed.calls).toEqual(['ModelRegistry.approve(1)', 'ModelRegistry.activate(1)', 'NodeRegistry.setMinStake(2000000000000000000000)'])
    expect(proposed.descriptionHash).toBe(id(description))
    const proposalId = BigInt(proposed.proposalId)
    // The id is OZ's hash of the calls and the description hash computed the same way.
    const registry = chain.deployment.contracts
    const calldatas = [
      chain.asDeployer.ModelRegistry.interface.encodeFunctionData('approve', [1n]),
      chain.asDeployer.ModelRegistry.interface.encodeFunctionData('activate', [1n]),
      chain.asDeployer.NodeRegistry.interface.encodeFunctionData('setMinStake', [maia('2000')])
    ]
    expect(await chain.asDeployer.MaiaGovernor.hashProposal([registry.ModelRegistry.address, registry.ModelRegistry.address, registry.NodeRegistry.address], [0n, 0n, 0n], calldatas, id(description))).toBe(proposalId)

    const early = await maiaError(['gov', 'vote', proposed.proposalId, '--support', 'for', ...common], holder)
    expect(early).toMatchObject({ errorName: 'GovernorUnexpectedProposalState', errorArgs: { proposalId: proposed.proposalId, current: '0' } })
    expect(early.message).toContain('the proposal is Pending, the step needs Active')

    const vote = await runMaia(['gov', 'vote', proposed.proposalId, '--support', 'for', '--reason', 'ship it', '--advance', ...common], holder)
    expect(vote).toContain(`voted for on ${proposed.proposalId} with 99999000.0 MAIA`)
    await expect(maiaError(['gov', 'vote', proposed.proposalId, '--support', 'against', ...common], { MAIA_PRIVATE_KEY: keyOf(UNDELEGATED) }))
      .resolves.toMatchObject({ name: 'NoVotingPowerError' })
    await expect(maiaError(['gov', 'vote', proposed.proposalId, '--support', 'maybe', ...common], holder))
      .resolves.toMatchObject({ name: 'InvalidEconomyArgumentError', message: expect.stringContaining('expected for, against or abstain') })

    const active = await runMaiaJson<ProposalStatus>(['gov', 'status', proposed.proposalId, ...common], holder)
    expect(active).toMatchObject({ state: 'Active', description, votes: { for: maia('99999000').toString(), against: '0' }, quorum: maia('4000000').toString(), voter: { hasVoted: true } })

    const queued = await runMaia(['gov', 'queue', proposed.proposalId, '--advance', ...common], holder)
    expect(queued).toContain('Queued; executable from')

    await expect(maiaError(['gov', 'execute', proposed.proposalId, ...common], holder))
      .resolves.toMatchObject({ name: 'ContractRevertError', errorName: 'TimelockUnexpectedOperationState', message: expect.stringContaining('the timelock operation must be Ready') })
    const executed = await runMaia(['gov', 'execute', proposed.proposalId, '--advance', ...common], holder)
    expect(executed).toContain(`proposal ${proposed.proposalId} Executed`)
    expect(await chain.asDeployer.ModelRegistry.activeModelId()).toBe(1n)
    expect(await chain.asDeployer.NodeRegistry.minStake()).toBe(maia('2000'))

    const status = await runMaia(['gov', 'status', proposed.proposalId, ...common])
    expect(status).toContain(`proposal ${proposed.proposalId}: Executed`)
    expect(status).toMatch(/call 2\s+ModelRegistry\.activate\(1\)/)
  })

  it('decodes a failed execution bubbled up from the target contract', async () => {
    // Activating model 1 again: the vote passes, the timelock's call reverts inside ModelRegistry.
    const proposed = await runMaiaJson<Proposed>(['gov', 'propose', '--description', 'Activate model 1 again', '--activate-model', '1', ...common], holder)
    await runMaia(['gov', 'vote', proposed.proposalId, '--support', 'for', '--advance', ...common], holder)
    await runMaia(['gov', 'queue', proposed.proposalId, '--advance', ...common], holder)
    await expect(maiaError(['gov', 'execute', proposed.proposalId, '--advance', ...common], holder))
      .resolves.toMatchObject({ errorName: 'ModelRegistryAlreadyActive', errorArgs: { id: '1' } })
  })

  it('explains unknown proposals and malformed calls', async () => {
    await expect(maiaError(['gov', 'status', '12345', ...common])).resolves.toMatchObject({ errorName: 'GovernorNonexistentProposal', errorArgs: { proposalId: '12345' } })
    await expect(maiaError(['gov', 'propose', '--description', 'x', ...common], holder)).resolves.toMatchObject({ message: expect.stringContaining('nothing to propose') })
    await expect(maiaError(['gov', 'propose', '--description', 'x', '--call', 'Nope.setMinStake:[1]', ...common], holder)).resolves.toMatchObject({ message: expect.stringContaining('unknown contract Nope') })
    await expect(maiaError(['gov', 'propose', '--description', 'x', '--call', 'NodeRegistry.setMinStake:["a"]', ...common], holder)).resolves.toMatchObject({ message: expect.stringContaining('arguments do not fit NodeRegistry.setMinStake(uint256)') })
    await expect(maiaError(['gov', 'propose', '--description', 'x', '--call', 'NodeRegistry.noSuch', ...common], holder)).resolves.toMatchObject({ name: 'InvalidEconomyArgumentError' })
  })
})
