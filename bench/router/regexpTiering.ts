// The safety rules' regular expressions (290 rules, sources up to ~9 KB each) under V8's default
// regexp tier-up (bytecode first, then native code after the first match attempt: each compiled twice)
// against `--no-regexp-tier-up` (native code at once), each in a fresh process, alternating:
// the first screened message (every rule compiled), the next 200, and the warm cost per message
// over the development sets' crisis and ordinary messages.
//   npx tsx bench/router/regexpTiering.ts [--runs 3] [--messages 6000]
//   (a child run: npx tsx bench/router/regexpTiering.ts --child [--messages 6000])
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { format, median } from '../lib.ts'

const { values } = parseArgs({ options: { child: { type: 'boolean', default: false }, runs: { type: 'string', default: '3' }, messages: { type: 'string', default: '6000' } } })

interface Sample { firstMs: number; next200Ms: number; warmMsPerMessage: number }

if (values.child) {
  const { DEV_SETS } = await import('./devSets.ts')
  const { screenForSafety } = await import('../../orchestrator/maia/intent/safety/screenForSafety.ts')
  const messages = DEV_SETS.flatMap((set) => [...set.crisis.map((message) => message.text), ...set.ordinary]).slice(0, Number(values.messages))
  let started = performance.now()
  screenForSafety(messages[0]!)
  const firstMs = performance.now() - started
  started = performance.now()
  for (const message of messages.slice(1, 201)) screenForSafety(message)
  const next200Ms = performance.now() - started
  started = performance.now()
  for (const message of messages) screenForSafety(message)
  const sample: Sample = { firstMs, next200Ms, warmMsPerMessage: (performance.now() - started) / messages.length }
  process.stdout.write(JSON.stringify(sample))
} else {
  const self = fileURLToPath(import.meta.url)
  const run = (flags: string[]): Sample => JSON.parse(execFileSync(process.execPath, [...flags, '--import', 'tsx', self, '--child', '--messages', values.messages], { encoding: 'utf8' })) as Sample
  const tierUp: Sample[] = []
  const native: Sample[] = []
  for (let index = 0; index < Number(values.runs); index++) {
    tierUp.push(run([]))
    native.push(run(['--no-regexp-tier-up']))
  }
  const show = (name: string, pick: (sample: Sample) => number) => {
    const before = median(tierUp.map(pick))
    const after = median(native.map(pick))
    console.log(`${name}: tier-up (default) ${format(before, 2)} ms, --no-regexp-tier-up ${format(after, 2)} ms (×${format(after / before, 2)})`)
  }
  console.log(`safety rules' regexps, medians of ${values.runs} fresh processes each, alternating`)
  show('first message screened (every rule compiled)', (sample) => sample.firstMs)
  show('next 200 messages', (sample) => sample.next200Ms)
  show(`warm, per message (${values.messages} messages)`, (sample) => sample.warmMsPerMessage)
}
