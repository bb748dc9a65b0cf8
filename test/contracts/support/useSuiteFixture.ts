import { afterAll, beforeAll, beforeEach } from 'vitest'
import { connectChain, deployTestSuite, type Suite } from './suite.ts'

/**
 * The hooks every contract test file needs: one in-process chain for the file and, before each
 * test, a fresh suite restored from a snapshot (Hardhat's `loadFixture`), handed to `use`.
 *
 * @param prepare extra setup taken into the snapshot (e.g. funding the rewards pool).
 *
 * @example
 * let s: Suite
 * useSuiteFixture((suite) => { s = suite })
 */
export function useSuiteFixture(use: (suite: Suite) => void, prepare?: (suite: Suite) => Promise<void>): void {
  let connection: Awaited<ReturnType<typeof connectChain>>
  // One function for the whole file: loadFixture snapshots per function identity.
  const fixture = async (): Promise<Suite> => {
    const suite = await deployTestSuite(connection)
    await prepare?.(suite)
    return suite
  }
  beforeAll(async () => {
    connection = await connectChain()
  })
  afterAll(async () => {
    await connection.close()
  })
  beforeEach(async () => {
    use(await connection.networkHelpers.loadFixture(fixture))
  })
}
