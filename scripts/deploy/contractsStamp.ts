import { createHash } from 'node:crypto'
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { SUITE_ARTIFACTS } from './artifacts.ts'

/** The packages whose version changes what a build produces. */
const BUILD_PACKAGES = ['hardhat', 'solc', '@openzeppelin/contracts', '@nomicfoundation/hardhat-typechain'] as const

/**
 * A digest of everything a contracts build reads and of the suite artifacts it wrote: every
 * `.sol` under `contracts/`, `hardhat.config.ts`, the compiler's, Hardhat's and OpenZeppelin's
 * versions, and each suite artifact's bytes. `undefined` when an artifact is missing.
 *
 * @example
 * const digest = await contractsBuildDigest('/path/to/repo')
 */
export async function contractsBuildDigest(root: string): Promise<string | undefined> {
  const hash = createHash('sha256')
  const sources = (await readdir(path.join(root, 'contracts'), { recursive: true }))
    .filter((file) => file.endsWith('.sol'))
    .sort()
  for (const file of sources) hash.update(`source ${file}\n`).update(await readFile(path.join(root, 'contracts', file))).update('\n')
  hash.update('config\n').update(await readFile(path.join(root, 'hardhat.config.ts'))).update('\n')
  const require = createRequire(path.join(root, 'package.json'))
  for (const name of BUILD_PACKAGES) {
    const { version } = JSON.parse(await readFile(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }
    hash.update(`package ${name}@${version}\n`)
  }
  for (const qualifiedName of Object.values(SUITE_ARTIFACTS).sort()) {
    const [source, contract] = qualifiedName.split(':') as [string, string]
    try {
      hash.update(`artifact ${qualifiedName}\n`).update(await readFile(path.join(root, 'artifacts', source, `${contract}.json`))).update('\n')
    } catch {
      return undefined
    }
  }
  return hash.digest('hex')
}

/**
 * Runs `build` unless the stamp it left last time still matches the sources and artifacts.
 * Hardhat's own up-to-date check loads Hardhat, the WASM compiler and TypeChain (~1.5 s of CPU on
 * the 2-core machine) only to change nothing; this reads ~20 small files. The stamp lives in
 * Hardhat's `cache/`, so `hardhat clean` removes it with the artifacts.
 *
 * @returns `'current'` when nothing was run, `'built'` after a build (and a new stamp).
 *
 * @example
 * await buildContractsUnlessCurrent({ root: PROJECT_ROOT, build: () => buildContracts() })
 */
export async function buildContractsUnlessCurrent(options: { root: string; build: () => Promise<void> }): Promise<'current' | 'built'> {
  const stampFile = path.join(options.root, 'cache', 'maia-contracts.stamp')
  const before = await contractsBuildDigest(options.root)
  const stamp = await readFile(stampFile, 'utf8').then((text) => text.trim(), () => undefined)
  if (before !== undefined && stamp === before) return 'current'
  await options.build()
  const after = await contractsBuildDigest(options.root)
  if (after !== undefined) {
    await mkdir(path.dirname(stampFile), { recursive: true })
    const partial = `${stampFile}.${process.pid}.part`
    await writeFile(partial, `${after}\n`, 'utf8')
    await rename(partial, stampFile)
  }
  return 'built'
}
