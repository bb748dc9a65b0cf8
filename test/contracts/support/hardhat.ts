import { mkdir, rmdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import type { HardhatRuntimeEnvironment } from 'hardhat/types/hre'
import { PROJECT_ROOT, buildContracts, getHardhatRuntime } from '../../../scripts/deploy/hardhatRuntime.ts'

const LOCK_DIR = path.join(PROJECT_ROOT, 'cache', 'maia-contract-tests.build-lock')
const STALE_LOCK_MS = 120_000

let built: Promise<void> | undefined

/**
 * Builds the contracts once per test process. Test files run in parallel forks, so the build is
 * serialised across processes with a lock directory (a second build is a cache hit).
 */
export function ensureBuilt(): Promise<void> {
  built ??= withLock(() => buildContracts())
  return built
}

/** The Hardhat runtime of this repository, contracts built. */
export async function hardhat(): Promise<HardhatRuntimeEnvironment> {
  await ensureBuilt()
  return await getHardhatRuntime()
}

async function withLock(action: () => Promise<void>): Promise<void> {
  await mkdir(path.dirname(LOCK_DIR), { recursive: true })
  const deadline = Date.now() + STALE_LOCK_MS
  for (;;) {
    try {
      await mkdir(LOCK_DIR)
      break
    } catch {
      const info = await stat(LOCK_DIR).catch(() => undefined)
      if (info !== undefined && Date.now() - info.mtimeMs > STALE_LOCK_MS) await rmdir(LOCK_DIR).catch(() => {})
      if (Date.now() > deadline) throw new Error(`build lock ${LOCK_DIR} held too long`)
      await sleep(100)
    }
  }
  try {
    await action()
  } finally {
    await rmdir(LOCK_DIR).catch(() => {})
  }
}
