// What routing one message costs a fresh process, from its start to the answer: wall time and the process's CPU
// (every thread, getrusage), medians over fresh processes, the arms alternating in one run.
// In a child that loads the router and routes one message with routeAsync (what `maia route` does, without the CLI):
//   before  every rule's regexes compiled right after load (as rule() did until 2026-12-04) and their pieces read
//           in the process (MAIA_CACHE_DIR=off);
//   cache   the pieces from the cache file (requiredClausesCache.ts), the rules still all compiled after load;
//   shipped the pieces from the cache file, and each rule compiled when a message first reaches it (SafetyRule.ts).
// And `maia route --json` itself with its caches off (MAIA_CACHE_DIR=off: the rules' pieces read and the sources' types
// erased in the process) against the cache folder (requiredClausesCache.ts, scripts/cli/erasedTypeScriptCache.js).
// The cache file is written once before the runs, in a temporary folder.
//   npx tsx bench/router/routeStartup.ts [--runs 5] [--message "pull a card"]
//   (a child: npx tsx bench/router/routeStartup.ts --child [--eager] --message "…")
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { z } from 'zod'
import { format, median } from '../lib.ts'

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, message: { type: 'string', default: 'pull a card' }, child: { type: 'boolean', default: false }, eager: { type: 'boolean', default: false } } })

if (values.child) {
  const { createIntentRouter } = await import('../../orchestrator/maia/intent/index.ts')
  if (values.eager) {
    const { SAFETY_RULES } = await import('../../orchestrator/maia/intent/safety/screenForSafety.ts')
    for (const safetyRule of SAFETY_RULES) if (safetyRule.pattern.source === '' || safetyRule.unless?.source === '') throw new Error(`empty regex in ${safetyRule.name}`)
  }
  const decision = await createIntentRouter({}).routeAsync(values.message)
  const cpu = process.cpuUsage()
  process.stdout.write(JSON.stringify({ intent: decision.intent, cpuMs: (cpu.user + cpu.system) / 1000 }))
} else {
  const runs = z.coerce.number().int().min(1).parse(values.runs)
  const root = fileURLToPath(new URL('../..', import.meta.url))
  const self = fileURLToPath(import.meta.url)
  const scratch = mkdtempSync(join(tmpdir(), 'maia-route-startup-'))
  const cacheDirectory = join(scratch, 'cache')
  interface Sample { wallMs: number; cpuMs: number }
  const childSchema = z.object({ intent: z.string(), cpuMs: z.number() })

  /** One fresh process; the CLI's CPU is read from /proc as it is reaped (its own and its threads'). */
  const spawnOnce = (args: string[], cache: string): { wallMs: number; stdout: string } => {
    const started = performance.now()
    const child = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env: { ...process.env, MAIA_CACHE_DIR: cache } })
    const wallMs = performance.now() - started
    if (child.status !== 0) throw new Error(`${args.join(' ')} failed (${child.status}): ${child.stderr}`)
    return { wallMs, stdout: child.stdout }
  }
  const childOnce = (eager: boolean, cache: string): Sample => {
    const { wallMs, stdout } = spawnOnce(['--no-regexp-tier-up', '--import', 'tsx', self, '--child', ...(eager ? ['--eager'] : []), '--message', values.message], cache)
    return { wallMs, cpuMs: childSchema.parse(JSON.parse(stdout)).cpuMs }
  }
  const cliOnce = (cache: string): Sample => {
    const { wallMs, stdout } = spawnOnce([join(root, 'scripts/maia.js'), 'route', '--json', values.message], cache)
    if (!stdout.startsWith('{"intent"')) throw new Error(`maia route printed ${stdout}`)
    return { wallMs, cpuMs: Number.NaN }
  }
  try {
    childOnce(false, cacheDirectory) // writes the clause cache
    cliOnce(cacheDirectory) // and the erased sources
    const arms = { before: [] as Sample[], cache: [] as Sample[], shipped: [] as Sample[] }
    const cli = { 'caches off': [] as Sample[], 'caches on': [] as Sample[] }
    for (let index = 0; index < runs; index++) {
      arms.before.push(childOnce(true, 'off'))
      arms.cache.push(childOnce(true, cacheDirectory))
      arms.shipped.push(childOnce(false, cacheDirectory))
      cli['caches off'].push(cliOnce('off'))
      cli['caches on'].push(cliOnce(cacheDirectory))
    }
    const show = (title: string, groups: Record<string, Sample[]>, withCpu: boolean): void => {
      console.log(title)
      const [baseline] = Object.values(groups)
      const baseWall = median(baseline!.map((sample) => sample.wallMs))
      const baseCpu = median(baseline!.map((sample) => sample.cpuMs))
      for (const [name, samples] of Object.entries(groups)) {
        const wall = median(samples.map((sample) => sample.wallMs))
        const cpu = median(samples.map((sample) => sample.cpuMs))
        console.log(`  ${name.padEnd(14)} wall ${format(wall, 0)} ms (×${format(wall / baseWall, 2)})${withCpu ? `   CPU ${format(cpu, 0)} ms (×${format(cpu / baseCpu, 2)})` : ''}`)
      }
    }
    show(`load the router and route ${JSON.stringify(values.message)} once: medians of ${runs} fresh processes per arm, alternating`, arms, true)
    show(`maia route --json ${JSON.stringify(values.message)}: medians of ${runs} fresh processes per arm, alternating`, cli, false)
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}
