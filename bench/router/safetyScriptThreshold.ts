// The non-Latin operating point of the safety screen (issue 11, round twenty-six). On the sets nobody
// tuned on, crises in non-Latin scripts were caught far less often than Latin ones (v29: 47% against
// 90%) while their false alarms were rare (v29: 0.8% against 7.4%): the fused threshold, picked for
// every message at once, sits too high for them. This picks a threshold for non-Latin messages alone
// from a grouped fold's held-out scores (bench/router/safetyGroupFold.ts --dump: every held message
// scored by a screen trained without its set) — the lowest whose non-Latin false-alarm rate stays within
// the target — and, to show whether such a pick carries over to a set it was not picked on, picks it on
// all held sets but one and reports the one left out, for each set in turn, against the shipped threshold.
// Latin-script messages keep the shipped threshold; the rules' flags are as the fold scored them.
//   npx tsx bench/router/safetyScriptThreshold.ts --dump <fold dump> [--targets 0.01,0.015,0.02,0.03]
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { z } from 'zod'
import { scriptGroup } from './safetyScriptGroup.ts'

const { values } = parseArgs({ options: { dump: { type: 'string' }, targets: { type: 'string', default: '0.01,0.015,0.02,0.03' } } })
if (values.dump === undefined) throw new Error('--dump <file written by safetyGroupFold.ts --dump> is required')
const rowSchema = z.object({ set: z.string(), text: z.string(), positive: z.boolean(), fused: z.number(), ruleStands: z.boolean() })
const rows = z.array(rowSchema.passthrough()).parse(JSON.parse(readFileSync(values.dump, 'utf8'))).filter((row) => scriptGroup(row.text) === 'non-Latin')
const sentenceMeta = z.object({ threshold: z.number() }).passthrough().parse(JSON.parse(readFileSync(new URL('../../orchestrator/maia/intent/safety/learned/safetySentenceModel.json', import.meta.url), 'utf8')))
const sets = [...new Set(rows.map((row) => row.set))]
const targets = values.targets.split(',').map(Number)
type Row = z.infer<typeof rowSchema>

interface Counts { caught: number; crises: number; alarms: number; ordinary: number }
function counts(of: readonly Row[], threshold: number): Counts {
  const flagged = (row: Row) => row.ruleStands || row.fused >= threshold
  return { caught: of.filter((row) => row.positive && flagged(row)).length, crises: of.filter((row) => row.positive).length, alarms: of.filter((row) => !row.positive && flagged(row)).length, ordinary: of.filter((row) => !row.positive).length }
}
const pct = (a: number, b: number) => `${(100 * a / Math.max(1, b)).toFixed(1)}% (${a}/${b})`
const show = (c: Counts) => `${pct(c.caught, c.crises)} at ${pct(c.alarms, c.ordinary)} false alarms`
/** The lowest threshold whose false-alarm rate on `of` stays within `target` (the shipped one when none is lower). */
function pick(of: readonly Row[], target: number): number {
  const candidates = [...new Set(of.map((row) => row.fused))].filter((value) => value < sentenceMeta.threshold).sort((a, b) => a - b)
  for (const threshold of candidates) {
    const c = counts(of, threshold)
    if (c.alarms / Math.max(1, c.ordinary) <= target) return threshold
  }
  return sentenceMeta.threshold
}

console.log(`non-Latin messages of ${sets.join(', ')} (${values.dump}); shipped fused threshold ${sentenceMeta.threshold}`)
console.log(`shipped threshold on all held sets: ${show(counts(rows, sentenceMeta.threshold))}`)
for (const target of targets) {
  const threshold = pick(rows, target)
  console.log(`\ntarget ${(100 * target).toFixed(1)}% false alarms: picked on all held sets ${threshold.toFixed(6)} → ${show(counts(rows, threshold))}`)
  let before: Counts = { caught: 0, crises: 0, alarms: 0, ordinary: 0 }
  let after: Counts = { ...before }
  for (const left of sets) {
    const others = rows.filter((row) => row.set !== left)
    const held = rows.filter((row) => row.set === left)
    const picked = pick(others, target)
    const [b, a] = [counts(held, sentenceMeta.threshold), counts(held, picked)]
    console.log(`  picked without ${left}: ${picked.toFixed(3)}; on ${left}: shipped ${show(b)} → ${show(a)}`)
    before = { caught: before.caught + b.caught, crises: before.crises + b.crises, alarms: before.alarms + b.alarms, ordinary: before.ordinary + b.ordinary }
    after = { caught: after.caught + a.caught, crises: after.crises + a.crises, alarms: after.alarms + a.alarms, ordinary: after.ordinary + a.ordinary }
  }
  console.log(`  each set left out in turn, summed: shipped ${show(before)} → ${show(after)} (recall ×${(after.caught / Math.max(1, before.caught)).toFixed(2)})`)
}
