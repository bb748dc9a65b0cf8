import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../..', import.meta.url))

/**
 * Loads `modules` in a fresh Node process (V8's protectors are per process) and says whether
 * Array.prototype.concat still builds fast arrays afterwards.
 */
async function concatStaysFastAfterLoading(modules: string[]): Promise<boolean> {
  const script = `
    for (const module of ${JSON.stringify(modules)}) await import(module)
    const { setFlagsFromString } = await import('node:v8')
    setFlagsFromString('--allow-natives-syntax')
    let tokens = []
    for (let token = 0; token < 64; token += 1) tokens = tokens.concat([token])
    process.stdout.write(String(!new Function('array', 'return %HasDictionaryElements(array)')(tokens)))`
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root })
  return stdout.trim() === 'true'
}

// node-llama-cpp grows a sequence's context tokens by concat once per generated token. A module
// that sets Symbol.isConcatSpreadable (apache-arrow, loaded with LanceDB) turns V8's fast concat
// off process-wide: generation then slowed 20–30% (bench/upstream/arrowConcatSpreadable.ts). The
// provider node's module graph must never bring it in.
describe('a provider node process keeps the fast Array.prototype.concat', () => {
  it('after loading `maia node` and the provider node', async () => {
    expect(await concatStaysFastAfterLoading([`${root}scripts/cli/main.ts`, `${root}scripts/cli/nodeCommand.ts`, `${root}node/startProviderNode.ts`, `${root}node/backend/LlamaCppBackend.ts`])).toBe(true)
  }, 60_000)

  it('the check itself sees what apache-arrow does', async () => {
    expect(await concatStaysFastAfterLoading(['apache-arrow'])).toBe(false)
  }, 60_000)
})
