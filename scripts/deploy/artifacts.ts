import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { InterfaceAbi, JsonFragment } from 'ethers'
import type { SuiteContractName } from '../../shared/chain/index.ts'
import { MissingArtifactError } from './errors.ts'

/** The Hardhat artifacts folder of this repository. */
export const DEFAULT_ARTIFACTS_DIR = fileURLToPath(new URL('../../artifacts', import.meta.url))

/** Fully qualified artifact name of each suite contract. */
export const SUITE_ARTIFACTS: Readonly<Record<SuiteContractName, string>> = {
  MaiaToken: 'contracts/token/MaiaToken.sol:MaiaToken',
  MaiaTimelock: 'contracts/governance/MaiaTimelock.sol:MaiaTimelock',
  MaiaGovernor: 'contracts/governance/MaiaGovernor.sol:MaiaGovernor',
  NodeRegistry: 'contracts/network/NodeRegistry.sol:NodeRegistry',
  SessionPayments: 'contracts/network/SessionPayments.sol:SessionPayments',
  RewardsDistributor: 'contracts/network/RewardsDistributor.sol:RewardsDistributor',
  ModelRegistry: 'contracts/governance/ModelRegistry.sol:ModelRegistry'
}

/** The parts of a Hardhat artifact the deployer needs. */
export interface ContractArtifact {
  contractName: string
  sourceName: string
  abi: JsonFragment[]
  bytecode: string
}

/**
 * Reads one artifact written by `npx hardhat build`.
 *
 * @param artifactsDir The artifacts folder.
 * @param fullyQualifiedName `source.sol:Contract`.
 * @throws {MissingArtifactError} when the file is absent or unreadable.
 *
 * @example
 * const { abi, bytecode } = await readArtifact(DEFAULT_ARTIFACTS_DIR, SUITE_ARTIFACTS.MaiaToken)
 */
export async function readArtifact(artifactsDir: string, fullyQualifiedName: string): Promise<ContractArtifact> {
  const separator = fullyQualifiedName.lastIndexOf(':')
  const sourceName = fullyQualifiedName.slice(0, separator)
  const contractName = fullyQualifiedName.slice(separator + 1)
  const file = path.join(artifactsDir, sourceName, `${contractName}.json`)
  let json: { abi?: unknown; bytecode?: unknown }
  try {
    json = JSON.parse(await readFile(file, 'utf8')) as { abi?: unknown; bytecode?: unknown }
  } catch (cause) {
    throw new MissingArtifactError({ artifact: fullyQualifiedName, path: file, cause })
  }
  if (!Array.isArray(json.abi) || typeof json.bytecode !== 'string' || json.bytecode.length <= 2) {
    throw new MissingArtifactError({ artifact: fullyQualifiedName, path: file })
  }
  return { contractName, sourceName, abi: json.abi as JsonFragment[], bytecode: json.bytecode }
}

/**
 * Reads the artifacts of every suite contract.
 *
 * @example
 * const artifacts = await readSuiteArtifacts()
 */
export async function readSuiteArtifacts(
  artifactsDir: string = DEFAULT_ARTIFACTS_DIR
): Promise<Record<SuiteContractName, ContractArtifact>> {
  const names = Object.keys(SUITE_ARTIFACTS) as SuiteContractName[]
  const loaded = await Promise.all(names.map((name) => readArtifact(artifactsDir, SUITE_ARTIFACTS[name])))
  return Object.fromEntries(names.map((name, index) => [name, loaded[index]])) as Record<SuiteContractName, ContractArtifact>
}

/** An ABI as ethers takes it. */
export type { InterfaceAbi }
