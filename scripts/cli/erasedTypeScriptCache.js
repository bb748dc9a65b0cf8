// Node 22 erases the types of every TypeScript module each time a process loads it (amaro, in WebAssembly),
// even when V8's compile cache already holds the compiled code: ~1.1 s of CPU of every orchestrator start, as much
// of every node's, before a line of ours runs (profiled 2026-12-04; Node 23.8+ keeps the erased code in its compile
// cache itself). This synchronous load hook keeps the erased JavaScript in a folder, one file per source named by
// a hash of the Node version and the source, and hands it to Node: a source that changes is erased again. The folder
// is the checkout's own (node_modules/.cache/maia, or MAIA_CACHE_DIR), never a shared temporary one: whoever can write
// it chooses the code that runs. Plain JavaScript: it is installed before any TypeScript loads.
import { createHash, randomBytes } from 'node:crypto'
import module from 'node:module'
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * Erases types as Node does for its own loads (`mode: 'strip'`: types become whitespace, so stack traces keep
 * their lines and columns), without the ExperimentalWarning that `stripTypeScriptTypes` prints on stderr, where a
 * `maia route --json` caller reads nothing but errors.
 *
 * @param {string} source
 * @returns {string}
 */
function eraseTypes(source) {
  const emitWarning = process.emitWarning
  process.emitWarning = (warning, ...rest) => {
    if (String(warning).includes('stripTypeScriptTypes')) return
    emitWarning.call(process, warning, ...rest)
  }
  try {
    return module.stripTypeScriptTypes(source, { mode: 'strip' })
  } finally {
    process.emitWarning = emitWarning
  }
}

/**
 * Installs the hook for this thread when the running Node erases types itself but does not cache the result (22.x).
 * Returns whether it did. A cache file that cannot be read is erased again; one that cannot be written is skipped.
 *
 * @param {string} directory where the erased sources are kept
 * @param {{ nodeVersion?: string, erase?: (source: string) => string }} [options] for tests
 * @returns {boolean}
 */
export function cacheErasedTypeScript(directory, options = {}) {
  const nodeVersion = options.nodeVersion ?? process.version
  const erase = options.erase ?? eraseTypes
  if (typeof module.registerHooks !== 'function' || typeof module.stripTypeScriptTypes !== 'function') return false
  if (!/^v22\./u.test(nodeVersion)) return false
  try {
    mkdirSync(directory, { recursive: true })
  } catch {
    return false
  }
  module.registerHooks({
    load(url, context, nextLoad) {
      // Only this project's own modules: Node refuses TypeScript under node_modules, and a URL with a query or hash
      // is someone else's business.
      if (!url.startsWith('file:') || !url.endsWith('.ts') || url.endsWith('.d.ts') || url.includes('/node_modules/')) return nextLoad(url, context)
      const source = readFileSync(fileURLToPath(url), 'utf8')
      const file = join(directory, `${createHash('sha256').update(nodeVersion).update('\0').update(source).digest('base64url')}.js`)
      let erased
      try {
        erased = readFileSync(file, 'utf8')
      } catch {
        erased = erase(source)
        const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
        try {
          writeFileSync(temporary, erased)
          renameSync(temporary, file)
        } catch {
          // A cache that cannot be written costs only the erasing, next time too.
        }
      }
      return { format: 'module', source: erased, shortCircuit: true }
    }
  })
  return true
}

/**
 * The folder of the erased sources: `erased-typescript` under MAIA_CACHE_DIR when set (`off`: none), else under the
 * checkout's node_modules/.cache/maia, as the safety rules' clause cache (requiredClausesCache.ts).
 *
 * @param {Record<string, string | undefined>} env
 * @returns {string | undefined}
 */
export function erasedTypeScriptDirectory(env) {
  if (env.MAIA_CACHE_DIR === 'off') return undefined
  const base = env.MAIA_CACHE_DIR !== undefined && env.MAIA_CACHE_DIR !== '' ? env.MAIA_CACHE_DIR : fileURLToPath(new URL('../../node_modules/.cache/maia/', import.meta.url))
  return join(base, 'erased-typescript')
}
