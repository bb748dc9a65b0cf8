import { fileURLToPath } from 'node:url'
import type { HardhatRuntimeEnvironment } from 'hardhat/types/hre'

/** The repository root, where `hardhat.config.ts` lives. */
export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url))

let runtime: Promise<HardhatRuntimeEnvironment> | undefined

/**
 * This repository's Hardhat runtime, created once, whatever the working directory.
 *
 * @example
 * const hre = await getHardhatRuntime()
 * await buildContracts()
 */
export function getHardhatRuntime(): Promise<HardhatRuntimeEnvironment> {
  runtime ??= (async () => {
    const { createHardhatRuntimeEnvironment, importUserConfig } = await import('hardhat/hre')
    const configPath = fileURLToPath(new URL('../../hardhat.config.ts', import.meta.url))
    const userConfig = await importUserConfig(configPath)
    return await createHardhatRuntimeEnvironment(userConfig, { config: configPath }, PROJECT_ROOT)
  })()
  return runtime
}

/**
 * Compiles the contracts with Hardhat (a no-op when nothing changed), so artifacts and TypeChain
 * types are current.
 *
 * @example
 * await buildContracts()
 * await deploySuite({ rpcUrl })
 */
export async function buildContracts({ quiet = true }: { quiet?: boolean } = {}): Promise<void> {
  const hre = await getHardhatRuntime()
  await hre.tasks.getTask('build').run({ quiet, noTests: true })
}
