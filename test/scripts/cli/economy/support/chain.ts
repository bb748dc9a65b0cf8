import { chmod, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { JsonRpcProvider, NonceManager, Wallet, parseUnits } from 'ethers'
import { connectSuite, type SuiteContracts } from '../../../../../shared/chain/connectSuite.ts'
import type { Deployment } from '../../../../../shared/chain/DeploymentSchema.ts'
import type { SuiteParameters } from '../../../../../scripts/deploy/defaults.ts'
import { deploySuite } from '../../../../../scripts/deploy/deploySuite.ts'

/** Hardhat's default accounts #0-#9: public test keys, funded with ETH on every Hardhat network. */
export const HARDHAT_KEYS = [
  '0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80',
  '0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d',
  '0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a',
  '0x7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6',
  '0x47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a',
  '0x8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba',
  '0x92db14e403b83dfe3df233f83dfa3a0d7096f21ca9b0d6d6b8d88b2b4ec1564e',
  '0x4bbbf85ce3377467afe5d46f804f221813b2bb87f24d81f60f1fcdbf7cbf4356',
  '0xdbda1821b80551c9d65939329250298aa3472ba22feea921c0cf5d620ea67b97',
  '0x2a871d0798f97d79848a013d4936a73bf4cc922c825d33c1cf7073dff6d409c6'
] as const

export const maia = (amount: string): bigint => parseUnits(amount, 18)

export function keyOf(index: number): string {
  const key = HARDHAT_KEYS[index]
  if (key === undefined) throw new Error(`no Hardhat key #${index}`)
  return key
}

export function addressOf(index: number): string {
  return new Wallet(keyOf(index)).address
}

/** A deployed suite on a JSON-RPC chain, its file written, and the deployer's contracts for setup. */
export interface DeployedChain {
  rpcUrl: string
  deployment: Deployment
  deploymentPath: string
  provider: JsonRpcProvider
  /** Contracts bound to deployer #0 (holder of the whole initial supply). */
  asDeployer: SuiteContracts
  /** Contracts bound to account `index`. */
  as(index: number): SuiteContracts
  /** Sends `amount` MAIA from the deployer to account `index`. */
  fund(index: number, amount: bigint): Promise<void>
  close(): void
}

/** Deploys with `deploySuite` (deployer #0, operator #1, oracle #2, bounded slasher #9) and writes the deployment file into `dir`. */
export async function deployToChain(rpcUrl: string, dir: string, parameters: Partial<SuiteParameters> = {}): Promise<DeployedChain> {
  const deploymentPath = path.join(dir, 'deployment.json')
  const { deployment } = await deploySuite({
    rpcUrl,
    privateKey: keyOf(0),
    outFile: deploymentPath,
    networkName: 'economy-cli-test',
    parameters,
    roles: { operators: [addressOf(1)], oracles: [addressOf(2)], slashers: [addressOf(9)] }
  })
  // No response cache: a cached `latest` block would hide blocks the commands just mined.
  const provider = new JsonRpcProvider(rpcUrl, undefined, { staticNetwork: true, cacheTimeout: -1 })
  provider.pollingInterval = 100
  const signers = new Map<number, NonceManager>()
  const signer = (index: number): NonceManager => {
    let existing = signers.get(index)
    if (existing === undefined) {
      existing = new NonceManager(new Wallet(keyOf(index), provider))
      signers.set(index, existing)
    }
    return existing
  }
  const asDeployer = connectSuite(deployment, signer(0))
  return {
    rpcUrl,
    deployment,
    deploymentPath,
    provider,
    asDeployer,
    as: (index) => connectSuite(deployment, signer(index)),
    fund: async (index, amount) => {
      await (await asDeployer.MaiaToken.transfer(addressOf(index), amount)).wait()
    },
    close: () => provider.destroy()
  }
}

/** Writes a key file with `mode` (0600 unless testing refusal). */
export async function writeKeyFile(dir: string, index: number, mode = 0o600, name = `key-${index}`): Promise<string> {
  const file = path.join(dir, name)
  await writeFile(file, `${keyOf(index)}\n`, { mode })
  await chmod(file, mode)
  return file
}
