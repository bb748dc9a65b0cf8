import { cp, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SUITE_ARTIFACTS } from '../../../scripts/deploy/artifacts.ts'
import { buildContractsUnlessCurrent, contractsBuildDigest } from '../../../scripts/deploy/contractsStamp.ts'
import { PROJECT_ROOT } from '../../../scripts/deploy/hardhatRuntime.ts'
import { temporaryDirectory } from '../../helpers/network.ts'

/** A scratch project: the real sources, config and packages, and a "build" that writes the artifacts. */
async function scratchProject(): Promise<{ root: string; builds: () => number; build: () => Promise<void>; remove: () => Promise<void> }> {
  const directory = await temporaryDirectory('maia-contracts-stamp-')
  const root = directory.path
  await cp(join(PROJECT_ROOT, 'contracts'), join(root, 'contracts'), { recursive: true })
  await cp(join(PROJECT_ROOT, 'hardhat.config.ts'), join(root, 'hardhat.config.ts'))
  await cp(join(PROJECT_ROOT, 'package.json'), join(root, 'package.json'))
  await symlink(join(PROJECT_ROOT, 'node_modules'), join(root, 'node_modules'))
  let builds = 0
  const build = async (): Promise<void> => {
    builds += 1
    for (const name of Object.values(SUITE_ARTIFACTS)) {
      const [source, contract] = name.split(':') as [string, string]
      await mkdir(join(root, 'artifacts', source), { recursive: true })
      await writeFile(join(root, 'artifacts', source, `${contract}.json`), JSON.stringify({ contractName: contract, build: builds }))
    }
  }
  return { root, builds: () => builds, build, remove: () => directory.remove() }
}

// `maia up` skips Hardhat's own up-to-date check (~1.5 s of CPU: Hardhat, the WASM compiler,
// TypeChain) while the stamp of the last build matches: it must still build whenever that build's
// inputs or outputs are not what the stamp says.
describe('buildContractsUnlessCurrent', () => {
  it('builds a fresh checkout, then skips until a source, the config or an artifact changes', async () => {
    const project = await scratchProject()
    try {
      const run = (): Promise<'current' | 'built'> => buildContractsUnlessCurrent({ root: project.root, build: project.build })
      expect(await contractsBuildDigest(project.root)).toBeUndefined()
      expect(await run()).toBe('built')
      expect(await run()).toBe('current')
      expect(project.builds()).toBe(1)
      expect((await readFile(join(project.root, 'cache', 'maia-contracts.stamp'), 'utf8')).trim()).toBe(await contractsBuildDigest(project.root))

      const token = join(project.root, 'contracts', 'token', 'MaiaToken.sol')
      await writeFile(token, (await readFile(token, 'utf8')) + '\n// an edit\n')
      expect(await run()).toBe('built')
      expect(await run()).toBe('current')

      await writeFile(join(project.root, 'hardhat.config.ts'), (await readFile(join(project.root, 'hardhat.config.ts'), 'utf8')) + '\n')
      expect(await run()).toBe('built')

      // `hardhat clean`, or an artifact deleted by hand.
      await rm(join(project.root, 'artifacts', 'contracts', 'network', 'NodeRegistry.sol'), { recursive: true })
      expect(await run()).toBe('built')

      // A new contract file is an input too.
      await writeFile(join(project.root, 'contracts', 'token', 'Extra.sol'), '// SPDX-License-Identifier: MIT\n')
      expect(await run()).toBe('built')
      expect(await run()).toBe('current')
      expect(project.builds()).toBe(5)
    } finally {
      await project.remove()
    }
  })

  it('leaves no stamp when the build fails', async () => {
    const project = await scratchProject()
    try {
      await expect(buildContractsUnlessCurrent({ root: project.root, build: async () => { throw new Error('solc failed') } })).rejects.toThrow('solc failed')
      await expect(readFile(join(project.root, 'cache', 'maia-contracts.stamp'), 'utf8')).rejects.toThrow()
    } finally {
      await project.remove()
    }
  })
})
