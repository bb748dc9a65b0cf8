import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { StandardMerkleTree } from '@openzeppelin/merkle-tree'
import { JsonRpcProvider, Network, Wallet, ZeroHash } from 'ethers'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  assertDeploymentChain,
  buildRewardsTree,
  loadDeployment,
  parseDeployment,
  recoverVoucherSigner,
  rewardsLeafHash,
  signVoucher,
  toRedemption,
  voucherDomain,
  REWARDS_LEAF_ENCODING,
  type Deployment,
  type Voucher
} from '../../../shared/chain/index.ts'

const address = (n: number) => '0x' + n.toString(16).padStart(40, '0')
const contract = (n: number) => ({ address: address(n), artifact: 'contracts/X.sol:X', transactionHash: '0x' + 'ab'.repeat(32), blockNumber: n, abi: [{ type: 'function', name: 'f', inputs: [], outputs: [], stateMutability: 'view' }] })
const sample: Deployment = {
  format: 'maia-deployment',
  version: 1,
  chainId: 31337,
  network: 'hardhat',
  deployer: address(1),
  deployedAt: '2025-01-01T00:00:00.000Z',
  contracts: {
    MaiaToken: contract(10), MaiaTimelock: contract(11), MaiaGovernor: contract(12), NodeRegistry: contract(13),
    SessionPayments: contract(14), RewardsDistributor: contract(15), ModelRegistry: contract(16)
  },
  parameters: {
    tokenCap: '1000', initialSupply: '10', initialHolder: address(1), timelockMinDelay: 1, votingDelay: 1, votingPeriod: 1,
    proposalThreshold: '0', quorumPercent: 4, minStake: '1', unbondingPeriod: 1, feeBps: 100, withdrawalDelay: 1
  },
  roles: { timelock: address(11), operators: [], oracles: [], slashers: [address(11)], minters: [address(11)] }
}

describe('shared/chain deployment file', () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'maia-chain-'))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('round-trips a valid file', async () => {
    const file = path.join(dir, 'ok.json')
    await writeFile(file, JSON.stringify(sample))
    expect(await loadDeployment(file)).toEqual(sample)
  })

  it('names each failure', async () => {
    await expect(loadDeployment(path.join(dir, 'missing.json'))).rejects.toMatchObject({ name: 'DeploymentFileNotFoundError' })
    const bad = path.join(dir, 'bad.json')
    await writeFile(bad, '{not json')
    await expect(loadDeployment(bad)).rejects.toMatchObject({ name: 'InvalidDeploymentError' })
    const wrong = { ...sample, chainId: 0, contracts: { ...sample.contracts, MaiaToken: { ...contract(10), address: '0x12' } } }
    let thrown: unknown
    try {
      parseDeployment(wrong, 'test')
    } catch (error) {
      thrown = error
    }
    expect(thrown).toMatchObject({ name: 'InvalidDeploymentError' })
    const issues = (thrown as { details: { issues: string[] } }).details.issues
    expect(issues.some((issue) => issue.startsWith('chainId'))).toBe(true)
    expect(issues.some((issue) => issue.startsWith('contracts.MaiaToken.address'))).toBe(true)
  })

  it('checks the chain id of a provider', async () => {
    const provider = new JsonRpcProvider('http://127.0.0.1:1', Network.from(1), { staticNetwork: true })
    await expect(assertDeploymentChain(sample, provider)).rejects.toMatchObject({ name: 'ChainIdMismatchError' })
    await expect(assertDeploymentChain({ ...sample, chainId: 1 }, provider)).resolves.toBeUndefined()
    provider.destroy()
  })
})

describe('shared/chain vouchers', () => {
  it('signs, recovers and converts to the compact redemption form', async () => {
    const wallet = Wallet.createRandom()
    const domain = voucherDomain({ chainId: 31337n, verifyingContract: address(14) })
    const voucher: Voucher = { user: wallet.address, operator: address(15), sessionId: ZeroHash, maxAmount: 100n, expiry: 10n, nonce: 3n }
    const signature = await signVoucher(wallet, domain, voucher)
    expect(recoverVoucherSigner(domain, voucher, signature)).toBe(wallet.address)
    const redemption = toRedemption(voucher, 100n, signature)
    expect(redemption.r).toMatch(/^0x[0-9a-f]{64}$/)
    expect(redemption.vs).toMatch(/^0x[0-9a-f]{64}$/)
    expect(() => toRedemption(voucher, 101n, signature)).toThrow(expect.objectContaining({ name: 'VoucherAmountExceedsMaxError' }))
  })
})

describe('shared/chain rewards tree', () => {
  const a = Wallet.createRandom().address
  const b = Wallet.createRandom().address

  it('builds a StandardMerkleTree whose leaves match the contract encoding', () => {
    const tree = buildRewardsTree([{ account: a.toLowerCase(), cumulativeAmount: 5n }, { account: b, cumulativeAmount: 7n }])
    expect(tree.total).toBe(12n)
    const claim = tree.getClaim(a)
    expect(claim).toMatchObject({ account: a, cumulativeAmount: 5n })
    expect(StandardMerkleTree.verify(tree.root, [...REWARDS_LEAF_ENCODING], [a, '5'], claim.proof)).toBe(true)
    const loaded = StandardMerkleTree.load(tree.dump())
    expect(loaded.root).toBe(tree.root)
    expect(loaded.leafHash([a, '5'])).toBe(rewardsLeafHash(a, 5n))
  })

  it('names each failure', () => {
    expect(() => buildRewardsTree([])).toThrow(expect.objectContaining({ name: 'EmptyRewardsTreeError' }))
    expect(() => buildRewardsTree([{ account: a, cumulativeAmount: 1n }, { account: a.toLowerCase(), cumulativeAmount: 2n }]))
      .toThrow(expect.objectContaining({ name: 'DuplicateRewardAccountError' }))
    expect(() => buildRewardsTree([{ account: a, cumulativeAmount: -1n }])).toThrow(expect.objectContaining({ name: 'InvalidRewardAmountError' }))
    expect(() => buildRewardsTree([{ account: a, cumulativeAmount: 1n << 256n }])).toThrow(expect.objectContaining({ name: 'InvalidRewardAmountError' }))
    expect(() => buildRewardsTree([{ account: a, cumulativeAmount: 1n }]).getClaim(b)).toThrow(expect.objectContaining({ name: 'RewardAccountNotFoundError' }))
  })
})
