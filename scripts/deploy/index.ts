#!/usr/bin/env node
/**
 * Deploys the MAIA contract suite and writes the deployment file.
 *
 *   npx tsx scripts/deploy/index.ts --rpc http://127.0.0.1:8545 [--out file] [--operator 0x..] [--oracle 0x..]
 *                                   [--slasher 0x..] [--minter 0x..] [--param key=value] [--network-name name]
 *   npx tsx scripts/deploy/index.ts            # in-process Hardhat network (ephemeral: a dry run)
 *
 * The deployer key is read from MAIA_DEPLOYER_PRIVATE_KEY; without it, the RPC node's first unlocked
 * account deploys (Hardhat / anvil dev nodes). Default output: .maia/deployments/<chainId>.json.
 */
import { parseArgs } from 'node:util'
import { pathToFileURL } from 'node:url'
import type { Signer } from 'ethers'
import { DEFAULT_SUITE_PARAMETERS, type SuiteParameters } from './defaults.ts'
import { deploySuite, writeDeployment, type DeploySuiteResult } from './deploySuite.ts'
import { InvalidDeployArgumentError } from './errors.ts'
import { buildContracts, getHardhatRuntime } from './hardhatRuntime.ts'

export { deploySuite, writeDeployment } from './deploySuite.ts'
export type { DeployProgress, DeploySuiteParameters, DeploySuiteResult, SuiteRoleGrants } from './deploySuite.ts'
export { DEFAULT_SUITE_PARAMETERS, type SuiteParameters } from './defaults.ts'
export { buildContracts } from './hardhatRuntime.ts'

/** Options of {@link runDeployCli}, as parsed from the command line. */
export interface DeployCliOptions {
  rpc?: string
  out?: string
  networkName?: string
  operators: string[]
  oracles: string[]
  slashers: string[]
  minters: string[]
  evaluators: string[]
  parameters: Partial<SuiteParameters>
  build: boolean
}

/**
 * Parses deploy arguments (`--rpc`, `--out`, `--operator`, `--oracle`, `--slasher`, `--minter`, `--evaluator`,
 * `--param key=value`, `--network-name`, `--no-build`).
 *
 * @throws {InvalidDeployArgumentError} for an unknown parameter key or a malformed value.
 *
 * @example
 * parseDeployArgs(['--rpc', 'http://127.0.0.1:8545', '--param', 'feeBps=500'])
 */
export function parseDeployArgs(argv: string[]): DeployCliOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      rpc: { type: 'string' },
      out: { type: 'string' },
      'network-name': { type: 'string' },
      operator: { type: 'string', multiple: true },
      oracle: { type: 'string', multiple: true },
      slasher: { type: 'string', multiple: true },
      minter: { type: 'string', multiple: true },
      evaluator: { type: 'string', multiple: true },
      param: { type: 'string', multiple: true },
      'no-build': { type: 'boolean' }
    },
    strict: true
  })
  const parameters: Record<string, unknown> = {}
  for (const pair of values.param ?? []) {
    const eq = pair.indexOf('=')
    if (eq <= 0) throw new InvalidDeployArgumentError({ argument: pair, reason: 'expected key=value' })
    const key = pair.slice(0, eq)
    const raw = pair.slice(eq + 1)
    if (key === 'initialHolder') {
      parameters[key] = raw
      continue
    }
    const fallback = (DEFAULT_SUITE_PARAMETERS as Record<string, unknown>)[key]
    if (fallback === undefined) throw new InvalidDeployArgumentError({ argument: pair, reason: `unknown parameter ${key}` })
    if (!/^[0-9]+$/.test(raw)) throw new InvalidDeployArgumentError({ argument: pair, reason: 'expected a non-negative integer' })
    parameters[key] = typeof fallback === 'bigint' ? BigInt(raw) : Number(raw)
  }
  return {
    rpc: values.rpc,
    out: values.out,
    networkName: values['network-name'],
    operators: values.operator ?? [],
    oracles: values.oracle ?? [],
    slashers: values.slasher ?? [],
    minters: values.minter ?? [],
    evaluators: values.evaluator ?? [],
    parameters: parameters as Partial<SuiteParameters>,
    build: values['no-build'] !== true
  }
}

/**
 * The deploy command: builds the contracts, deploys to `--rpc` (or the in-process Hardhat network),
 * and writes the deployment file. `env` supplies MAIA_DEPLOYER_PRIVATE_KEY.
 *
 * @example
 * // what `maia deploy --rpc http://127.0.0.1:8545` runs
 * await runDeployCli(process.argv.slice(3), process.env, console.log)
 */
export async function runDeployCli(
  argv: string[],
  env: Record<string, string | undefined> = process.env,
  print: (line: string) => void = (line) => process.stdout.write(line + '\n')
): Promise<DeploySuiteResult> {
  const options = parseDeployArgs(argv)
  if (options.build) await buildContracts()
  let signer: Signer | undefined
  if (options.rpc === undefined) {
    print('No --rpc given: deploying to the in-process Hardhat network (discarded on exit).')
    const hre = await getHardhatRuntime()
    const { ethers } = await hre.network.create()
    signer = (await ethers.getSigners())[0]
  }
  const privateKey = env.MAIA_DEPLOYER_PRIVATE_KEY
  const result = await deploySuite({
    ...(signer !== undefined ? { signer } : { rpcUrl: options.rpc }),
    ...(privateKey !== undefined && privateKey !== '' ? { privateKey } : {}),
    networkName: options.networkName,
    parameters: options.parameters,
    roles: { operators: options.operators, oracles: options.oracles, slashers: options.slashers, minters: options.minters, evaluators: options.evaluators },
    onProgress: ({ step, address }) => print(address === undefined ? `  ${step}` : `  ${step} at ${address}`)
  })
  const file = options.out ?? `.maia/deployments/${result.deployment.chainId}.json`
  result.outFile = await writeDeployment(file, result.deployment)
  print(`Deployed the MAIA suite on chain ${result.deployment.chainId}; deployment file: ${result.outFile}`)
  for (const [name, entry] of Object.entries(result.deployment.contracts)) print(`  ${name.padEnd(20)} ${entry.address}`)
  return result
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runDeployCli(process.argv.slice(2)).then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
      process.exit(1)
    }
  )
}
