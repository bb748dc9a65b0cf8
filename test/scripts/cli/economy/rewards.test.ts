import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { getAddress } from 'ethers'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildRewardsTree, type RewardsTree } from '../../../../shared/chain/rewardsTree.ts'
import type { RewardsStatus } from '../../../../scripts/cli/economy/rewardsCommand.ts'
import { addressOf, deployToChain, keyOf, maia, type DeployedChain } from './support/chain.ts'
import { startHardhatNode, type HardhatNode } from './support/hardhatNode.ts'
import { maiaError, runMaia, runMaiaJson } from './support/runMaia.ts'

const ORACLE = 2
const PROVIDER = 7
const CURATOR = 8
const STRANGER = 9

describe('maia rewards', () => {
  let node: HardhatNode
  let chain: DeployedChain
  let dir: string
  let common: string[]
  let tree: RewardsTree
  let orchestrator: Server
  let orchestratorUrl: string
  const seenApiKeys: Array<string | undefined> = []

  /** Posts epoch `epoch` of `entries`, funding the distributor first (roots must be covered). */
  const postEpoch = async (epoch: bigint, entries: Array<[number, string]>): Promise<RewardsTree> => {
    const built = buildRewardsTree(entries.map(([index, amount]) => ({ account: addressOf(index), cumulativeAmount: maia(amount) })))
    const distributor = chain.deployment.contracts.RewardsDistributor.address
    const funded = await chain.asDeployer.MaiaToken.balanceOf(distributor) + await chain.asDeployer.RewardsDistributor.totalClaimed()
    if (built.total > funded) await (await chain.asDeployer.MaiaToken.transfer(distributor, built.total - funded)).wait()
    await (await chain.as(ORACLE).RewardsDistributor.postRoot(epoch, built.root, built.total)).wait()
    return built
  }

  beforeAll(async () => {
    node = await startHardhatNode()
    dir = await mkdtemp(path.join(tmpdir(), 'maia-rewards-cli-'))
    chain = await deployToChain(node.rpcUrl, dir)
    common = ['--rpc', node.rpcUrl, '--deployment', chain.deploymentPath]
    tree = await postEpoch(1n, [[PROVIDER, '120.5'], [CURATOR, '30']])
    // The orchestrator's GET /v1/rewards/<address>, as another part of the system serves it.
    orchestrator = createServer((request, response) => {
      seenApiKeys.push(request.headers['x-api-key'] as string | undefined)
      const match = /^\/v1\/rewards\/(0x[0-9a-fA-F]{40})$/.exec(request.url ?? '')
      const account = match?.[1] === undefined ? undefined : getAddress(match[1])
      const entry = tree.entries.find((candidate) => candidate.account === account)
      if (account === undefined || entry === undefined) {
        response.writeHead(404).end('{"error":"not found"}')
        return
      }
      const claim = tree.getClaim(account)
      response.writeHead(200, { 'content-type': 'application/json' })
      response.end(JSON.stringify({ epoch: 1, cumulativeAmount: claim.cumulativeAmount.toString(), proof: claim.proof }))
    })
    await new Promise<void>((resolve) => orchestrator.listen(0, '127.0.0.1', resolve))
    orchestratorUrl = `http://127.0.0.1:${(orchestrator.address() as AddressInfo).port}/`
  })
  afterAll(async () => {
    await new Promise((resolve) => orchestrator?.close(resolve))
    chain?.close()
    await node?.stop()
    if (dir !== undefined) await rm(dir, { recursive: true, force: true })
  })

  const proofFile = async (name: string, body: unknown): Promise<string> => {
    const file = path.join(dir, name)
    await writeFile(file, JSON.stringify(body))
    return file
  }

  it('shows proof-verified claimable amounts from the orchestrator', async () => {
    const status = await runMaiaJson<RewardsStatus>(['rewards', 'status', '--orchestrator', orchestratorUrl, ...common], { MAIA_PRIVATE_KEY: keyOf(PROVIDER), MAIA_API_KEY: 'test-api-key' })
    expect(status).toMatchObject({ account: addressOf(PROVIDER), chainEpoch: '1', claimed: '0', verified: { proofEpoch: '1', cumulativeAmount: maia('120.5').toString(), claimable: maia('120.5').toString() } })
    expect(seenApiKeys.at(-1)).toBe('test-api-key')
    const text = await runMaia(['rewards', 'status', '--account', addressOf(CURATOR), ...common])
    expect(text).toMatch(/claimable\s+unknown: pass --orchestrator/)
  })

  it('claims, then decodes the second claim of the same amount', async () => {
    const before = await chain.asDeployer.MaiaToken.balanceOf(addressOf(PROVIDER))
    const out = await runMaia(['rewards', 'claim', '--orchestrator', orchestratorUrl, ...common], { MAIA_PRIVATE_KEY: keyOf(PROVIDER) })
    expect(out).toContain(`claimed 120.5 MAIA for ${addressOf(PROVIDER)}`)
    expect(await chain.asDeployer.MaiaToken.balanceOf(addressOf(PROVIDER))).toBe(before + maia('120.5'))
    await expect(maiaError(['rewards', 'claim', '--orchestrator', orchestratorUrl, ...common], { MAIA_PRIVATE_KEY: keyOf(PROVIDER) })).resolves.toMatchObject({
      name: 'ContractRevertError',
      errorName: 'RewardsNothingToClaim',
      errorArgs: { account: addressOf(PROVIDER), cumulativeAmount: maia('120.5').toString(), alreadyClaimed: maia('120.5').toString() }
    })
  })

  it("claims another account's rewards from a proof file; the tokens go to that account", async () => {
    const claim = tree.getClaim(addressOf(CURATOR))
    const file = await proofFile('curator.json', { account: claim.account, epoch: '1', cumulativeAmount: claim.cumulativeAmount.toString(), proof: claim.proof })
    const before = await chain.asDeployer.MaiaToken.balanceOf(addressOf(CURATOR))
    const result = await runMaiaJson<{ paid: string }>(['rewards', 'claim', '--account', addressOf(CURATOR), '--proof-file', file, ...common], { MAIA_PRIVATE_KEY: keyOf(PROVIDER) })
    expect(result.paid).toBe(maia('30').toString())
    expect(await chain.asDeployer.MaiaToken.balanceOf(addressOf(CURATOR))).toBe(before + maia('30'))
  })

  it('refuses proofs that do not verify on-chain before sending anything', async () => {
    const claim = tree.getClaim(addressOf(CURATOR))
    const inflated = await proofFile('inflated.json', { epoch: 1, cumulativeAmount: maia('3000').toString(), proof: claim.proof })
    await expect(maiaError(['rewards', 'claim', '--account', addressOf(CURATOR), '--proof-file', inflated, ...common], { MAIA_PRIVATE_KEY: keyOf(PROVIDER) }))
      .resolves.toMatchObject({ name: 'RewardsProofMismatchError', details: { cumulativeAmount: maia('3000').toString(), chainEpoch: '1' } })
    const wrongAccount = await proofFile('other.json', { account: addressOf(PROVIDER), epoch: 1, cumulativeAmount: '1', proof: [] })
    await expect(maiaError(['rewards', 'status', '--account', addressOf(CURATOR), '--proof-file', wrongAccount, ...common]))
      .resolves.toMatchObject({ name: 'InvalidRewardsProofError', message: expect.stringContaining('proof is for') })
    const malformed = await proofFile('malformed.json', { epoch: 1, cumulativeAmount: 5, proof: ['0x12'] })
    await expect(maiaError(['rewards', 'status', '--account', addressOf(CURATOR), '--proof-file', malformed, ...common]))
      .resolves.toMatchObject({ name: 'InvalidRewardsProofError', message: expect.stringMatching(/cumulativeAmount.*proof\.0/) })
  })

  it('says when the orchestrator has nothing for an account, or its proof is for another root', async () => {
    await expect(maiaError(['rewards', 'claim', '--orchestrator', orchestratorUrl, ...common], { MAIA_PRIVATE_KEY: keyOf(STRANGER) }))
      .resolves.toMatchObject({ name: 'NoRewardsError' })
    await expect(maiaError(['rewards', 'claim', ...common], { MAIA_PRIVATE_KEY: keyOf(STRANGER) }))
      .resolves.toMatchObject({ name: 'InvalidEconomyArgumentError', message: expect.stringContaining('needs a proof') })
    // Epoch 2 is posted on-chain while the orchestrator still serves epoch 1's proofs.
    const epoch2 = await postEpoch(2n, [[PROVIDER, '200'], [CURATOR, '30']])
    await expect(maiaError(['rewards', 'status', '--orchestrator', orchestratorUrl, ...common], { MAIA_PRIVATE_KEY: keyOf(PROVIDER) }))
      .resolves.toMatchObject({ name: 'RewardsProofMismatchError', details: { proofEpoch: '1', chainEpoch: '2' } })
    tree = epoch2
    const status = await runMaiaJson<RewardsStatus>(['rewards', 'status', '--orchestrator', orchestratorUrl, ...common], { MAIA_PRIVATE_KEY: keyOf(PROVIDER) })
    expect(status.verified).toMatchObject({ cumulativeAmount: maia('200').toString(), claimable: maia('79.5').toString() })
  })
})
