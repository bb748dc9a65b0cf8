import { readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DeploymentFileNotFoundError, InvalidDeploymentError, loadDeployment, type Deployment } from '../../../shared/chain/index.ts'
import { writeDeployment } from '../../../scripts/deploy/writeDeployment.ts'
import { temporaryDirectory } from '../../helpers/network.ts'

const address = (digit: string): string => `0x${digit.repeat(40)}`
const entry = (digit: string, name: string, source: string) => ({
  address: address(digit), artifact: `contracts/${source}/${name}.sol:${name}`, transactionHash: `0x${digit.repeat(64)}`, blockNumber: Number.parseInt(digit, 16), abi: []
})
const DEPLOYMENT = {
  format: 'maia-deployment', version: 1, chainId: 31337, network: 'devnet', deployer: address('1'), deployedAt: new Date(0).toISOString(),
  contracts: {
    MaiaToken: entry('2', 'MaiaToken', 'token'), MaiaTimelock: entry('3', 'MaiaTimelock', 'governance'), MaiaGovernor: entry('4', 'MaiaGovernor', 'governance'),
    NodeRegistry: entry('5', 'NodeRegistry', 'network'), SessionPayments: entry('6', 'SessionPayments', 'network'),
    RewardsDistributor: entry('7', 'RewardsDistributor', 'network'), ModelRegistry: entry('8', 'ModelRegistry', 'governance')
  },
  parameters: {
    tokenCap: '1000', initialSupply: '100', initialHolder: address('1'), timelockMinDelay: 1, votingDelay: 1, votingPeriod: 1, proposalThreshold: '0',
    quorumPercent: 4, minStake: '1', unbondingPeriod: 1, feeBps: 1000, withdrawalDelay: 1
  },
  roles: { timelock: address('3'), operators: [address('9')], oracles: [address('9')], slashers: [address('3')], minters: [address('3')] }
}

// `maia up` starts the orchestrator while the chain starts and the suite deploys: it waits for the
// deployment file (`--deployment-wait-ms`), which must appear whole and only then be read.
describe('loadDeployment waiting for a deployment still being written', () => {
  it('fails at once on a missing file when told not to wait', async () => {
    const directory = await temporaryDirectory('maia-deployment-')
    try {
      const error = await loadDeployment(join(directory.path, 'none.json')).catch((caught: unknown) => caught)
      expect(error).toBeInstanceOf(DeploymentFileNotFoundError)
      expect((error as DeploymentFileNotFoundError).details).toEqual({ path: join(directory.path, 'none.json') })
    } finally {
      await directory.remove()
    }
  })

  it('reads the file once it appears within the wait', async () => {
    const directory = await temporaryDirectory('maia-deployment-')
    try {
      const file = join(directory.path, 'deployment.json')
      const reading = loadDeployment(file, { waitMs: 10_000 })
      await new Promise((resolve) => setTimeout(resolve, 200))
      await writeDeployment(file, DEPLOYMENT as unknown as Deployment)
      const deployment = await reading
      expect(deployment.chainId).toBe(31337)
      expect(deployment.contracts.NodeRegistry.address).toBe(address('5'))
    } finally {
      await directory.remove()
    }
  })

  it('says how long it waited when the file never comes', async () => {
    const directory = await temporaryDirectory('maia-deployment-')
    try {
      const started = performance.now()
      const error = await loadDeployment(join(directory.path, 'never.json'), { waitMs: 300 }).catch((caught: unknown) => caught)
      expect(error).toBeInstanceOf(DeploymentFileNotFoundError)
      expect((error as DeploymentFileNotFoundError).details.waitedMs).toBeGreaterThanOrEqual(300)
      expect(performance.now() - started).toBeLessThan(2_000)
    } finally {
      await directory.remove()
    }
  })

  it('does not wait on a file that exists but is not a deployment', async () => {
    const directory = await temporaryDirectory('maia-deployment-')
    try {
      const file = join(directory.path, 'broken.json')
      await writeFile(file, '{"chainId": 31337')
      const started = performance.now()
      await expect(loadDeployment(file, { waitMs: 10_000 })).rejects.toBeInstanceOf(InvalidDeploymentError)
      expect(performance.now() - started).toBeLessThan(1_000)
    } finally {
      await directory.remove()
    }
  })

  it('writeDeployment leaves no partial file behind', async () => {
    const directory = await temporaryDirectory('maia-deployment-')
    try {
      await writeDeployment(join(directory.path, 'out', 'deployment.json'), DEPLOYMENT as unknown as Deployment)
      expect(await readdir(join(directory.path, 'out'))).toEqual(['deployment.json'])
    } finally {
      await directory.remove()
    }
  })
})
