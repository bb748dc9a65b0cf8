import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { JsonRpcProvider, Wallet, id } from 'ethers'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { JsonRpcServer } from 'hardhat/types/network'
import { DEFAULT_SUITE_PARAMETERS } from '../../../scripts/deploy/defaults.ts'
import { deploySuite } from '../../../scripts/deploy/deploySuite.ts'
import { parseDeployArgs, runDeployCli } from '../../../scripts/deploy/index.ts'
import { SUITE_CONTRACT_NAMES } from '../../../shared/chain/DeploymentSchema.ts'
import { connectSuite } from '../../../shared/chain/connectSuite.ts'
import { loadDeployment } from '../../../shared/chain/loadDeployment.ts'
import { hardhat } from '../support/hardhat.ts'

const ADMIN_ROLE = '0x' + '00'.repeat(32)
const DAY = 24 * 3600
/** Hardhat's first default account: public test key, funded on every Hardhat network. */
const HARDHAT_KEY_0 = '0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80'

describe('deploySuite', () => {
  let server: JsonRpcServer
  let rpcUrl: string
  let dir: string

  beforeAll(async () => {
    const hre = await hardhat()
    server = await hre.network.createServer('default', '127.0.0.1', 0)
    const { port } = await server.listen()
    rpcUrl = `http://127.0.0.1:${port}`
    dir = await mkdtemp(path.join(tmpdir(), 'maia-deploy-'))
  })
  afterAll(async () => {
    await server.close()
    await rm(dir, { recursive: true, force: true })
  })

  it('deploys over JSON-RPC, hands every admin role to the timelock, and writes a loadable file', async () => {
    const operator = Wallet.createRandom().address
    const oracle = Wallet.createRandom().address
    const slasher = Wallet.createRandom().address
    const outFile = path.join(dir, 'nested', 'deployment.json')
    const { deployment, outFile: written } = await deploySuite({
      rpcUrl,
      outFile,
      parameters: { feeBps: 250, minStake: 5n, slasherCapPerPeriod: 70n, slasherMaxSlashBps: 500 },
      roles: { operators: [operator], oracles: [oracle], slashers: [slasher] }
    })
    expect(written).toBe(outFile)
    expect(deployment.chainId).toBe(31337)
    expect(deployment.network).toMatch(/^127\.0\.0\.1:\d+$/)
    expect(Object.keys(deployment.contracts).sort()).toEqual([...SUITE_CONTRACT_NAMES].sort())
    expect(deployment.parameters.feeBps).toBe(250)

    const loaded = await loadDeployment(outFile)
    expect(loaded).toEqual(deployment)
    const provider = new JsonRpcProvider(rpcUrl)
    const suite = connectSuite(loaded, provider)
    const timelock = loaded.roles.timelock
    for (const contract of [suite.MaiaToken, suite.NodeRegistry, suite.SessionPayments, suite.RewardsDistributor, suite.ModelRegistry, suite.MaiaTimelock]) {
      expect(await contract.hasRole(ADMIN_ROLE, loaded.deployer)).toBe(false)
    }
    for (const contract of [suite.MaiaToken, suite.NodeRegistry, suite.SessionPayments, suite.RewardsDistributor, suite.ModelRegistry]) {
      expect(await contract.hasRole(ADMIN_ROLE, timelock)).toBe(true)
    }
    expect(await suite.SessionPayments.hasRole(id('OPERATOR_ROLE'), operator)).toBe(true)
    expect(await suite.RewardsDistributor.hasRole(id('ORACLE_ROLE'), oracle)).toBe(true)
    expect(await suite.NodeRegistry.hasRole(id('SLASHER_ROLE'), timelock)).toBe(true)
    expect(await suite.NodeRegistry.hasRole(id('SLASHER_ROLE'), slasher)).toBe(true)
    const limit = await suite.NodeRegistry.slasherLimit(slasher)
    expect([limit.capPerPeriod, limit.maxSlashBps]).toEqual([70n, 500n])
    expect((await suite.NodeRegistry.slasherLimit(timelock)).capPerPeriod).toBe(0n)
    expect(loaded.roles.slashers).toEqual([timelock, slasher])
    expect(await suite.MaiaToken.hasRole(id('MINTER_ROLE'), timelock)).toBe(true)
    expect(await suite.SessionPayments.feeBps()).toBe(250n)
    expect(await suite.SessionPayments.providerPool()).toBe(loaded.contracts.RewardsDistributor.address)
    expect(await suite.NodeRegistry.treasury()).toBe(timelock)
    expect(await suite.MaiaGovernor.timelock()).toBe(timelock)
    provider.destroy()
  })

  it('deploys with a private key', async () => {
    const { deployment } = await deploySuite({ rpcUrl, privateKey: HARDHAT_KEY_0, networkName: 'local-devnet' })
    expect(deployment.deployer).toBe(new Wallet(HARDHAT_KEY_0).address)
    expect(deployment.network).toBe('local-devnet')
  })

  it('is what the CLI runs', async () => {
    const out = path.join(dir, 'cli.json')
    const lines: string[] = []
    const result = await runDeployCli(['--rpc', rpcUrl, '--out', out, '--no-build', '--param', 'feeBps=300', '--operator', Wallet.createRandom().address], {}, (line) => lines.push(line))
    expect(result.outFile).toBe(out)
    expect((await loadDeployment(out)).parameters.feeBps).toBe(300)
    expect(lines.at(-8)).toContain('deployment file')
  })

  it('fails clearly without a deployer, without a provider, or without artifacts', async () => {
    await expect(deploySuite({})).rejects.toMatchObject({ name: 'MissingDeployerError' })
    await expect(deploySuite({ signer: Wallet.createRandom() })).rejects.toMatchObject({ name: 'SignerWithoutProviderError' })
    await expect(deploySuite({ rpcUrl, artifactsDir: path.join(dir, 'none') })).rejects.toMatchObject({ name: 'MissingArtifactError' })
  })

  it('refuses an unbonding period a node could use to withdraw before a governance slash executes, sending nothing', async () => {
    const { votingDelay, votingPeriod, timelockMinDelay, unbondingPeriod } = DEFAULT_SUITE_PARAMETERS
    const governanceSlash = votingDelay + votingPeriod + timelockMinDelay
    expect(unbondingPeriod).toBeGreaterThan(governanceSlash)
    const provider = new JsonRpcProvider(rpcUrl)
    const deployer = new Wallet(HARDHAT_KEY_0).address
    const nonce = await provider.getTransactionCount(deployer)
    for (const parameters of [{ unbondingPeriod: governanceSlash }, { unbondingPeriod: 7 * DAY }, { votingPeriod: unbondingPeriod - votingDelay - timelockMinDelay }]) {
      await expect(deploySuite({ rpcUrl, privateKey: HARDHAT_KEY_0, parameters })).rejects.toMatchObject({
        name: 'UnbondingShorterThanGovernanceError',
        details: { unbondingPeriod: parameters.unbondingPeriod ?? unbondingPeriod, governanceSlashSeconds: (parameters.votingPeriod ?? votingPeriod) + votingDelay + timelockMinDelay }
      })
    }
    expect(await provider.getTransactionCount(deployer)).toBe(nonce)
    provider.destroy()
    const { deployment } = await deploySuite({ rpcUrl, privateKey: HARDHAT_KEY_0, parameters: { unbondingPeriod: governanceSlash + 1 } })
    expect(deployment.parameters.unbondingPeriod).toBe(governanceSlash + 1)
  })

  it('parses deploy arguments and rejects bad ones', () => {
    const options = parseDeployArgs(['--rpc', 'http://x', '--param', 'minStake=7', '--param', 'votingPeriod=60', '--param', 'slasherCapPerPeriod=9', '--oracle', '0x1'])
    expect(options.parameters).toEqual({ minStake: 7n, votingPeriod: 60, slasherCapPerPeriod: 9n })
    expect(options.oracles).toEqual(['0x1'])
    expect(options.build).toBe(true)
    expect(parseDeployArgs(['--evaluator', '0x2', '--evaluator', '0x3']).evaluators).toEqual(['0x2', '0x3'])
    expect(() => parseDeployArgs(['--param', 'feeBps'])).toThrow(expect.objectContaining({ name: 'InvalidDeployArgumentError' }))
    expect(() => parseDeployArgs(['--param', 'nope=1'])).toThrow(expect.objectContaining({ name: 'InvalidDeployArgumentError' }))
    expect(() => parseDeployArgs(['--param', 'feeBps=-1'])).toThrow(expect.objectContaining({ name: 'InvalidDeployArgumentError' }))
  })
})
