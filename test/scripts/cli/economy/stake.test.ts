import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { writeFile } from 'node:fs/promises'
import { Wallet } from 'ethers'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadOrCreateIdentity } from '../../../../shared/keys/nodeIdentity.ts'
import type { NodeStakeView } from '../../../../scripts/cli/economy/stakeCommand.ts'
import { addressOf, deployToChain, keyOf, maia, writeKeyFile, type DeployedChain } from './support/chain.ts'
import { startHardhatNode, type HardhatNode } from './support/hardhatNode.ts'
import { maiaError, runMaia, runMaiaJson } from './support/runMaia.ts'

const PROVIDER = 7
const OTHER = 8
const NODE = addressOf(3)
const PEER_ID = '12D3KooWEconomyCliStakeTestPeer1'

describe('maia stake', () => {
  let node: HardhatNode
  let chain: DeployedChain
  let dir: string
  let keyFile: string
  /** NODE's own ETH key file (as `maia node` writes eth.key): signs its consent to be registered. */
  let nodeKeyFile: string
  let common: string[]

  beforeAll(async () => {
    node = await startHardhatNode()
    dir = await mkdtemp(path.join(tmpdir(), 'maia-stake-cli-'))
    chain = await deployToChain(node.rpcUrl, dir) // minStake 1,000 MAIA, unbonding 14 days
    await chain.fund(PROVIDER, maia('5000'))
    await chain.fund(OTHER, maia('100'))
    keyFile = await writeKeyFile(dir, PROVIDER)
    nodeKeyFile = await writeKeyFile(dir, 3, 0o600, 'node-eth.key')
    common = ['--rpc', node.rpcUrl, '--deployment', chain.deploymentPath]
  })
  afterAll(async () => {
    chain?.close()
    await node?.stop()
    if (dir !== undefined) await rm(dir, { recursive: true, force: true })
  })

  const asProvider = (args: string[]): string[] => [...args, ...common, '--key-file', keyFile]
  /** A fresh node key in its own 0600 file. */
  const freshNodeKey = async (name: string): Promise<{ wallet: Wallet; file: string }> => {
    const wallet = new Wallet(Wallet.createRandom().privateKey)
    const file = path.join(dir, name)
    await writeFile(file, `${wallet.privateKey}\n`, { mode: 0o600 })
    return { wallet, file }
  }
  const registry = () => chain.asDeployer.NodeRegistry

  it('decodes a registration below the minimum stake, before approving anything', async () => {
    const error = await maiaError(asProvider(['stake', 'register', '--node', NODE, '--peer-id', PEER_ID, '--node-key-file', nodeKeyFile, '--amount', '10']))
    expect(error).toMatchObject({
      name: 'ContractRevertError',
      errorName: 'NodeRegistryStakeBelowMinimum',
      errorArgs: { stake: maia('10').toString(), minStake: maia('1000').toString() }
    })
    expect(error.message).toContain('NodeRegistry.register reverted: NodeRegistryStakeBelowMinimum(stake: 10000000000000000000 (10.0 MAIA), minStake: 1000000000000000000000 (1000.0 MAIA))')
    expect(await chain.asDeployer.MaiaToken.allowance(addressOf(PROVIDER), chain.deployment.contracts.NodeRegistry.address)).toBe(0n)
  })

  it('refuses a stake above the balance, and a short allowance with --no-approve', async () => {
    await expect(maiaError(asProvider(['stake', 'register', '--node', NODE, '--peer-id', PEER_ID, '--node-key-file', nodeKeyFile, '--amount', '6000'])))
      .resolves.toMatchObject({ name: 'InsufficientBalanceError', details: { balance: '5000.0 MAIA', needed: '6000.0 MAIA' } })
    await expect(maiaError(asProvider(['stake', 'register', '--node', NODE, '--peer-id', PEER_ID, '--node-key-file', nodeKeyFile, '--amount', '1500', '--no-approve'])))
      .resolves.toMatchObject({ name: 'InsufficientAllowanceError' })
  })

  it("refuses to register another account's node without its key's consent, before approving anything", async () => {
    await expect(maiaError(asProvider(['stake', 'register', '--node', NODE, '--peer-id', PEER_ID, '--amount', '1500'])))
      .resolves.toMatchObject({ name: 'MissingNodeConsentError', details: { node: NODE, provider: addressOf(PROVIDER) } })
    await expect(maiaError(asProvider(['stake', 'register', '--node', addressOf(4), '--peer-id', PEER_ID, '--node-key-file', nodeKeyFile, '--amount', '1500'])))
      .resolves.toMatchObject({ name: 'InvalidEconomyArgumentError' })
    await expect(maiaError(asProvider(['stake', 'register', '--node', NODE, '--peer-id', PEER_ID, '--node-signature', '0x1234', '--amount', '1500'])))
      .resolves.toMatchObject({ name: 'InvalidEconomyArgumentError' })
    expect(await chain.asDeployer.MaiaToken.allowance(addressOf(PROVIDER), chain.deployment.contracts.NodeRegistry.address)).toBe(0n)
  })

  it('decodes a consent the node signed for another provider, or for another peer id', async () => {
    const forOther = await runMaiaJson<{ deadline: string; signature: string }>(['stake', 'consent', '--provider', addressOf(OTHER), '--peer-id', PEER_ID, '--node-key-file', nodeKeyFile, ...common])
    await expect(maiaError(asProvider(['stake', 'register', '--node', NODE, '--peer-id', PEER_ID, '--node-signature', forOther.signature, '--signature-deadline', forOther.deadline, '--amount', '1500'])))
      .resolves.toMatchObject({ name: 'ContractRevertError', errorName: 'NodeRegistryInvalidNodeSignature', errorArgs: { node: NODE, provider: addressOf(PROVIDER) } })
    const forMe = await runMaiaJson<{ deadline: string; signature: string }>(['stake', 'consent', '--provider', addressOf(PROVIDER), '--peer-id', PEER_ID, '--node-key-file', nodeKeyFile, ...common])
    await expect(maiaError(asProvider(['stake', 'register', '--node', NODE, '--peer-id', 'another-peer', '--node-signature', forMe.signature, '--signature-deadline', forMe.deadline, '--amount', '1500'])))
      .resolves.toMatchObject({ errorName: 'NodeRegistryInvalidNodeSignature' })
    expect(await registry().isRegistered(NODE)).toBe(false)
  })

  it('registers a node, approving the stake first', async () => {
    const out = await runMaia(asProvider(['stake', 'register', '--node', NODE, '--peer-id', PEER_ID, '--node-key-file', nodeKeyFile, '--metadata', '{"addrs":[]}', '--amount', '1500.5']))
    expect(out).toContain(`node ${NODE}: registered`)
    expect(out).toMatch(/stake\s+1500\.5 MAIA/)
    expect(out).toMatch(/active\s+true/)
    const entry = await registry().getNode(NODE)
    expect(entry.provider).toBe(addressOf(PROVIDER))
    expect(entry.stake).toBe(maia('1500.5'))
    expect(entry.metadata).toBe('{"addrs":[]}')
  })

  it('registers a node with a consent its key holder made beforehand (`maia stake consent`)', async () => {
    const { wallet, file } = await freshNodeKey('consenting-node.key')
    const peerId = '12D3KooWEconomyCliConsentingPeer'
    const consent = await runMaiaJson<{ node: string; provider: string; peerId: string; deadline: string; signature: string }>(
      ['stake', 'consent', '--provider', addressOf(PROVIDER), '--peer-id', peerId, '--node-key-file', file, '--valid-for', '600', ...common])
    expect(consent).toMatchObject({ node: wallet.address, provider: addressOf(PROVIDER), peerId })
    const view = await runMaiaJson<NodeStakeView>(asProvider(['stake', 'register', '--node', wallet.address, '--peer-id', peerId, '--node-signature', consent.signature, '--signature-deadline', consent.deadline, '--amount', '1000']))
    expect(view).toMatchObject({ node: wallet.address, provider: addressOf(PROVIDER), peerId, active: true })
    expect(await registry().registrationNonce(wallet.address)).toBe(1n)
  })

  it("registers a node from its data dir's key files", async () => {
    const nodeDir = path.join(dir, 'node-data')
    const identity = await loadOrCreateIdentity(nodeDir)
    const view = await runMaiaJson<NodeStakeView>(asProvider(['stake', 'register', '--node-data-dir', nodeDir, '--amount', '1000']))
    expect(view).toMatchObject({ node: identity.wallet.address, peerId: identity.peerId.toString(), stake: maia('1000').toString(), active: true })
  })

  it('adds stake, and decodes an unbonding above the stake', async () => {
    const view = await runMaiaJson<NodeStakeView>(['stake', 'add', '--node', NODE, '--amount', '99.5', ...common], { MAIA_PRIVATE_KEY: keyOf(OTHER) })
    expect(view.stake).toBe(maia('1600').toString())
    await expect(maiaError(asProvider(['stake', 'unbond', '--node', NODE, '--amount', '5000']))).resolves.toMatchObject({
      errorName: 'NodeRegistryInsufficientStake',
      errorArgs: { node: NODE, stake: maia('1600').toString(), needed: maia('5000').toString() }
    })
  })

  it('lets only the provider unbond', async () => {
    await expect(maiaError(['stake', 'unbond', '--node', NODE, '--amount', '1', ...common], { MAIA_PRIVATE_KEY: keyOf(OTHER) })).resolves.toMatchObject({
      errorName: 'NodeRegistryNotProvider',
      errorArgs: { node: NODE, caller: addressOf(OTHER) }
    })
  })

  it('unbonds, refuses an early withdrawal, and withdraws after the period', async () => {
    const unbonding = await runMaiaJson<NodeStakeView>(asProvider(['stake', 'unbond', '--node', NODE, '--amount', '600']))
    expect(unbonding).toMatchObject({ stake: maia('1000').toString(), unbonding: maia('600').toString(), active: true })

    const early = await maiaError(asProvider(['stake', 'withdraw', '--node', NODE]))
    expect(early).toMatchObject({ errorName: 'NodeRegistryUnbondingNotOver', errorArgs: { unbondingEnd: unbonding.unbondingEnd } })
    expect(early.message).toContain('withdraw after')

    await runMaia(['chain', 'advance', String(chain.deployment.parameters.unbondingPeriod + 1), '--rpc', node.rpcUrl])
    const before = await chain.asDeployer.MaiaToken.balanceOf(addressOf(PROVIDER))
    const out = await runMaia(asProvider(['stake', 'withdraw', '--node', NODE]))
    expect(out).toContain('withdrew 600.0 MAIA')
    expect(await chain.asDeployer.MaiaToken.balanceOf(addressOf(PROVIDER))).toBe(before + maia('600'))

    const status = await runMaia(['stake', 'status', '--node', NODE, ...common])
    expect(status).toMatch(/stake\s+1000\.0 MAIA/)
    await expect(maiaError(asProvider(['stake', 'withdraw', '--node', NODE]))).resolves.toMatchObject({ errorName: 'NodeRegistryNothingUnbonding' })
  })

  it('shows what was slashed from the node, and the evidence the slash cited is on chain', async () => {
    const evidence = `0x${'5e'.repeat(32)}`
    await (await chain.as(9).NodeRegistry.slash(NODE, maia('10'), evidence, 'failed verification')).wait()
    const view = await runMaiaJson<NodeStakeView>(['stake', 'status', '--node', NODE, ...common])
    expect(view).toMatchObject({ stake: maia('990').toString(), slashedTotal: maia('10').toString() })
    expect(await runMaia(['stake', 'status', '--node', NODE, ...common])).toMatch(/slashed\s+10\.0 MAIA/)
    const events = await registry().queryFilter(registry().filters.NodeSlashed(NODE, undefined, evidence))
    expect(events.map((event) => event.args.reason)).toEqual(['failed verification'])
  })

  it('registers the signing account itself as a node without any consent', async () => {
    const view = await runMaiaJson<NodeStakeView>(asProvider(['stake', 'register', '--node', addressOf(PROVIDER), '--peer-id', '12D3KooWEconomyCliSelfNodePeer', '--amount', '1000']))
    expect(view).toMatchObject({ node: addressOf(PROVIDER), provider: addressOf(PROVIDER), active: true })
  })
})
