import { execFile } from 'node:child_process'
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cacheErasedTypeScript, erasedTypeScriptDirectory } from '../../../scripts/cli/erasedTypeScriptCache.js'

const run = promisify(execFile)
const HOOK = fileURLToPath(new URL('../../../scripts/cli/erasedTypeScriptCache.js', import.meta.url))
// A child Node of this one, without whatever loader the test runner put in NODE_OPTIONS.
const nodeEnv = { ...process.env, NODE_OPTIONS: '' }

describe.runIf(process.features.typescript === 'strip' && /^v22\./u.test(process.version))('cacheErasedTypeScript (Node 22)', () => {
  let directory: string
  beforeEach(async () => { directory = await mkdtemp(join(tmpdir(), 'maia-erased-')) })
  afterEach(async () => { await rm(directory, { recursive: true, force: true }) })

  /** Loads `module.ts` in a fresh process with the hook installed; `erase` replaces the eraser (a JS expression). */
  const load = (erase = 'undefined') => run(process.execPath, ['--input-type=module', '--eval', `
    import { cacheErasedTypeScript } from ${JSON.stringify(HOOK)}
    const erase = ${erase}
    if (!cacheErasedTypeScript(${JSON.stringify(join(directory, 'cache'))}, erase === undefined ? {} : { erase })) throw new Error('not installed')
    const loaded = await import(${JSON.stringify(join(directory, 'module.ts'))})
    process.stdout.write(JSON.stringify(loaded.answer(20)))
  `], { env: nodeEnv, timeout: 30_000 })

  it('runs TypeScript as Node does, then from the kept JavaScript without erasing again, silently', async () => {
    await writeFile(join(directory, 'module.ts'), 'interface Doubled { value: number }\nexport const answer = (half: number): Doubled => ({ value: half * 2 })\n')
    const first = await load()
    expect(JSON.parse(first.stdout)).toEqual({ value: 40 })
    expect(first.stderr).toBe('')
    expect(await readdir(join(directory, 'cache'))).toHaveLength(1)
    const second = await load('() => { throw new Error("erased again") }')
    expect(JSON.parse(second.stdout)).toEqual({ value: 40 })
  })

  it('erases a changed source again, keeping line numbers in stack traces', async () => {
    await writeFile(join(directory, 'module.ts'), 'export const answer = (half: number): number => half * 2\n')
    expect(JSON.parse((await load()).stdout)).toBe(40)
    await writeFile(join(directory, 'module.ts'), 'type Half = number\n\nexport const answer = (half: Half): string => new Error(String(half)).stack!.split("\\n")[1]!\n')
    const { stdout } = await load()
    expect(JSON.parse(stdout)).toMatch(/module\.ts:3:/u)
    expect(await readdir(join(directory, 'cache'))).toHaveLength(2)
  })

  it('still runs the source when the cache folder cannot be written', async () => {
    await writeFile(join(directory, 'module.ts'), 'export const answer = (half: number): number => half * 2\n')
    await writeFile(join(directory, 'cache'), 'a file where the folder would be')
    const { stdout } = await run(process.execPath, ['--input-type=module', '--eval', `
      import { cacheErasedTypeScript } from ${JSON.stringify(HOOK)}
      const installed = cacheErasedTypeScript(${JSON.stringify(join(directory, 'cache', 'inside'))})
      const loaded = await import(${JSON.stringify(join(directory, 'module.ts'))})
      process.stdout.write(JSON.stringify([installed, loaded.answer(20)]))
    `], { env: nodeEnv, timeout: 30_000 })
    expect(JSON.parse(stdout)).toEqual([false, 40])
  })
})

describe('the erased sources', () => {
  it('are kept only where Node 22 erases types without caching them', () => {
    expect(cacheErasedTypeScript(join(tmpdir(), 'never-used'), { nodeVersion: 'v24.1.0' })).toBe(false)
  })

  it('live in the checkout (node_modules/.cache/maia) or MAIA_CACHE_DIR, never a shared temporary folder', () => {
    expect(erasedTypeScriptDirectory({})).toMatch(/node_modules\/\.cache\/maia\/erased-typescript$/u)
    expect(erasedTypeScriptDirectory({ MAIA_CACHE_DIR: '/var/cache/maia' })).toBe('/var/cache/maia/erased-typescript')
    expect(erasedTypeScriptDirectory({ MAIA_CACHE_DIR: 'off' })).toBeUndefined()
  })
})
