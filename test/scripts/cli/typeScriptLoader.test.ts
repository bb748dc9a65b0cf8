import { execFile } from 'node:child_process'
import { readdir } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { chooseTypeScriptLoader, NATIVE_COMMANDS } from '../../../scripts/cli/typeScriptLoader.js'

const run = promisify(execFile)
const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const STRIP = { typescript: 'strip' } as const
// A child Node of this one, without whatever loader the test runner put in NODE_OPTIONS.
const nodeEnv = { ...process.env, NODE_OPTIONS: '' }

/** Sources that Node cannot run without tsx; the commands that load them are not in NATIVE_COMMANDS. */
const NEEDS_TSX: string[] = []

async function sourceFiles(directory: string): Promise<string[]> {
  const entries = await readdir(join(ROOT, directory), { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts'))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)))
    .filter((path) => !path.includes('node_modules'))
}

describe('chooseTypeScriptLoader', () => {
  it("uses Node's type stripping for the commands that allow it", () => {
    for (const command of NATIVE_COMMANDS) expect(chooseTypeScriptLoader(['node', 'maia.js', command], STRIP, {})).toBe('native')
    expect(chooseTypeScriptLoader(['node', 'maia.js', '--nodes', 'up'], STRIP, {})).toBe('native')
  })

  it('falls back to tsx without native stripping, for unknown commands and for help', () => {
    expect(chooseTypeScriptLoader(['node', 'maia.js', 'up'], {}, {})).toBe('tsx')
    expect(chooseTypeScriptLoader(['node', 'maia.js', 'up'], { typescript: false }, {})).toBe('tsx')
    expect(chooseTypeScriptLoader(['node', 'maia.js', 'up'], { typescript: 'transform' }, {})).toBe('tsx')
    expect(chooseTypeScriptLoader(['node', 'maia.js', 'frobnicate'], STRIP, {})).toBe('tsx')
    expect(chooseTypeScriptLoader(['node', 'maia.js', '--help'], STRIP, {})).toBe('tsx')
    expect(chooseTypeScriptLoader(['node', 'maia.js'], STRIP, {})).toBe('tsx')
  })

  it('lets MAIA_TS_LOADER choose where Node can strip types', () => {
    expect(chooseTypeScriptLoader(['node', 'maia.js', 'up'], STRIP, { MAIA_TS_LOADER: 'tsx' })).toBe('tsx')
    expect(chooseTypeScriptLoader(['node', 'maia.js', 'model'], STRIP, { MAIA_TS_LOADER: 'native' })).toBe('native')
    expect(chooseTypeScriptLoader(['node', 'maia.js', 'up'], {}, { MAIA_TS_LOADER: 'native' })).toBe('tsx')
  })
})

describe.runIf(process.features.typescript === 'strip')("sources under Node's type stripping", () => {
  it('every source file strips to JavaScript that V8 parses (no enums, namespaces, parameter properties...)', async () => {
    const files = (await Promise.all(['shared', 'node', 'orchestrator', 'scripts'].map(sourceFiles))).flat()
    expect(files.length).toBeGreaterThan(100)
    // stripTypeScriptTypes throws on syntax that needs a transform; SourceTextModule parses the
    // rest with this Node's V8 (which, in Node 22, has no `using` declarations).
    const check = `
      const { stripTypeScriptTypes } = await import('node:module')
      const { SourceTextModule } = await import('node:vm')
      const { readFileSync } = await import('node:fs')
      const failures = []
      for (const file of JSON.parse(process.argv[1])) {
        try { new SourceTextModule(stripTypeScriptTypes(readFileSync(file, 'utf8')), { identifier: file }) }
        catch (error) { failures.push(file + ': ' + String(error.message ?? error).split('\\n')[0]) }
      }
      process.stdout.write(JSON.stringify(failures))`
    const { stdout } = await run(process.execPath, ['--no-warnings', '--experimental-vm-modules', '--input-type=module', '-e', check, JSON.stringify(files)], { cwd: ROOT, env: nodeEnv, maxBuffer: 16 << 20 })
    const failures = (JSON.parse(stdout) as string[]).filter((failure) => !NEEDS_TSX.some((file) => failure.startsWith(`${file}:`)))
    expect(failures).toEqual([])
  })

  it("loads every native command's modules, and those it imports later, without tsx", async () => {
    const economy = ['stake', 'session', 'gov', 'rewards', 'chain']
    const commandModule = (command: string): string => `./scripts/cli/${economy.includes(command) ? 'economy/' : ''}${command}Command.ts`
    const modules = [
      ...['node', 'orchestrator', 'up', 'deploy', 'report', 'status', 'route', 'knowledge', 'quality', 'model', 'dataset', ...economy].map(commandModule),
      './scripts/deploy/index.ts',
      // Imported by `up --model-update-demo` only when asked for.
      './scripts/devnet/runModelUpdateDemo.ts'
    ]
    expect(NATIVE_COMMANDS.map(commandModule).every((module) => modules.includes(module))).toBe(true)
    const load = `for (const module of JSON.parse(process.argv[1])) await import(module); process.stdout.write('loaded')`
    const { stdout } = await run(process.execPath, ['--no-warnings', '--input-type=module', '-e', load, JSON.stringify(modules)], { cwd: ROOT, env: nodeEnv, timeout: 50_000 })
    expect(stdout).toBe('loaded')
  }, 60_000)
})
