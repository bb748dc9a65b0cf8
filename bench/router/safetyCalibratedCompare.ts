// Compares two sides of a safety-screen lever at MATCHED false alarms (issue 11, round twenty-four-b).
// Input: two `safetyGroupFold.ts --dump` files from the same --hold (one per side), whose held sets are
// split into a calibration group and a test group. The reference false alarms are the WITHOUT side's on
// the calibration group at a reference fused threshold (the shipped one); each side then gets its own
// fused threshold from `calibratedFusedThreshold` on the calibration group alone, and both groups are
// reported at that threshold (all / Latin / non-Latin / false alarms), with the reference threshold too.
//   npx tsx bench/router/safetyCalibratedCompare.ts --without <dump> --with <dump> --calibration v17,v18,v19,v20,v21 --test v22,v23,v24 [--reference-threshold 0.566141] [--changes]
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { z } from 'zod'
import { calibratedFusedThreshold } from './calibratedFusedThreshold.ts'
import { scriptGroup } from './safetyScriptGroup.ts'

const { values } = parseArgs({ options: { without: { type: 'string' }, with: { type: 'string' }, calibration: { type: 'string' }, test: { type: 'string' }, 'reference-threshold': { type: 'string' }, changes: { type: 'boolean', default: false } } })
if (values.without === undefined || values.with === undefined || values.calibration === undefined || values.test === undefined) throw new Error('--without, --with, --calibration and --test are required')
const calibrationSets = values.calibration.split(',')
const testSets = values.test.split(',')

const scoredRow = z.object({ set: z.string(), text: z.string(), positive: z.boolean(), kind: z.string().optional(), fused: z.number(), ruleStands: z.boolean() }).passthrough()
type ScoredRow = z.infer<typeof scoredRow>
const readDump = (file: string): ScoredRow[] => {
  const rows = z.array(scoredRow).parse(JSON.parse(readFileSync(file, 'utf8')))
  for (const name of [...calibrationSets, ...testSets]) if (!rows.some((row) => row.set === name)) throw new Error(`${file} holds no message of ${name}: was it run with that set held?`)
  return rows
}
const shippedThreshold = z.object({ threshold: z.number() }).passthrough().parse(JSON.parse(readFileSync(new URL('../../orchestrator/maia/intent/safety/learned/safetySentenceModel.json', import.meta.url), 'utf8'))).threshold
const referenceThreshold = values['reference-threshold'] === undefined ? shippedThreshold : Number(values['reference-threshold'])

const sides = { without: readDump(values.without), with: readDump(values.with) }
const flaggedAt = (row: ScoredRow, threshold: number) => row.ruleStands || row.fused >= threshold
const inGroup = (rows: ScoredRow[], sets: string[]) => rows.filter((row) => sets.includes(row.set))
const falseAlarmsAt = (rows: ScoredRow[], threshold: number) => rows.filter((row) => !row.positive && flaggedAt(row, threshold)).length

const target = falseAlarmsAt(inGroup(sides.without, calibrationSets), referenceThreshold)
console.log(`reference: WITHOUT on ${calibrationSets.join('+')} at fused ${referenceThreshold} gives ${target} false alarms; each side's threshold is picked on the calibration group to give at most that many`)

const pct = (a: number, b: number) => `${(100 * a / Math.max(1, b)).toFixed(1)}% (${a}/${b})`
const recall = (rows: ScoredRow[], threshold: number) => pct(rows.filter((row) => row.positive && flaggedAt(row, threshold)).length, rows.filter((row) => row.positive).length)
const falseAlarms = (rows: ScoredRow[], threshold: number) => `${(100 * falseAlarmsAt(rows, threshold) / Math.max(1, rows.filter((row) => !row.positive).length)).toFixed(2)}% (${falseAlarmsAt(rows, threshold)}/${rows.filter((row) => !row.positive).length})`
const report = (label: string, rows: ScoredRow[], sets: string[], threshold: number) => {
  const group = inGroup(rows, sets)
  const byScript = (name: 'Latin' | 'non-Latin') => group.filter((row) => scriptGroup(row.text) === name)
  console.log(`  ${label} ${sets.join('+')}: all ${recall(group, threshold)} | Latin ${recall(byScript('Latin'), threshold)} | non-Latin ${recall(byScript('non-Latin'), threshold)} | false alarms ${falseAlarms(group, threshold)} (Latin ${falseAlarmsAt(byScript('Latin'), threshold)}, non-Latin ${falseAlarmsAt(byScript('non-Latin'), threshold)}; ${sets.map((name) => `${name} ${falseAlarmsAt(group.filter((row) => row.set === name), threshold)}`).join(', ')})`)
}

const thresholds: Record<keyof typeof sides, number> = { without: 0, with: 0 }
for (const name of ['without', 'with'] as const) {
  const rows = sides[name]
  const picked = calibratedFusedThreshold(inGroup(rows, calibrationSets).filter((row) => !row.positive), target)
  thresholds[name] = picked.threshold
  console.log(`\n${name.toUpperCase()}: calibrated fused threshold ${picked.threshold.toFixed(6)} (${picked.falseAlarms} calibration false alarms, ${picked.ruleFalseAlarms} of them by rules)`)
  report('calibrated', rows, calibrationSets, picked.threshold)
  report('calibrated', rows, testSets, picked.threshold)
  report(`at ${referenceThreshold}`, rows, calibrationSets, referenceThreshold)
  report(`at ${referenceThreshold}`, rows, testSets, referenceThreshold)
}
console.log(`\ncalibrated shift (with − without): ${(thresholds.with - thresholds.without).toFixed(6)}`)

if (values.changes) {
  const key = (row: ScoredRow) => `${row.set}\u0000${row.text}`
  const withByKey = new Map(sides.with.map((row) => [key(row), row]))
  for (const before of inGroup(sides.without, testSets)) {
    const after = withByKey.get(key(before))
    if (after === undefined) continue
    const was = flaggedAt(before, thresholds.without)
    const now = flaggedAt(after, thresholds.with)
    if (was !== now) console.log(`  ${before.positive ? 'CRISIS' : 'ORDINARY'} ${was ? 'lost' : 'gained'} ${before.set} [${scriptGroup(before.text)}] fused ${before.fused.toFixed(2)} → ${after.fused.toFixed(2)}: ${before.text}`)
  }
}
