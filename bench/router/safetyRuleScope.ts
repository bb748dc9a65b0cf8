// How far the fused rule floor reaches (issue 11, round twenty-seven), measured on a grouped fold's dump
// without retraining: today a rule's flag on a message of up to 280 characters is overruled when the fused
// learned score is below the floor (−4) and only suicide/self-harm rules fired (`ruleFloorScope`
// 'suicide_self_harm'); 'every_kind' lets the floor overrule rules of every kind. For each scope and floor
// this prints the crises it would overrule (lost, unless the learned screen catches them anyway) and the
// false alarms it would save, per held set and by script, using the thresholds of the dump's run (the shipped
// model's, as safetyGroupFold.ts screened with them).
//   npx tsx bench/router/safetyRuleScope.ts --dump <safetyGroupFold.ts --dump file> [--floors=-4,-3,-2] [--errors]
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { z } from 'zod'
import { RULE_FLOOR_WINDOW_CHARACTERS } from '../../orchestrator/maia/intent/safety/ruleFloorWindows.ts'
import { fusedThresholdFor, scriptGroup } from '../../orchestrator/maia/intent/safety/scriptGroup.ts'

const { values } = parseArgs({ options: { dump: { type: 'string' }, floors: { type: 'string', default: '-4,-3,-2,-1' }, errors: { type: 'boolean', default: false } } })
if (values.dump === undefined) throw new Error('--dump <file> is required (safetyGroupFold.ts --dump)')
const rowSchema = z.object({ set: z.string(), text: z.string(), positive: z.boolean(), kind: z.string().optional(), fused: z.number(), rule: z.boolean(), ruleStands: z.boolean(), flagged: z.boolean() })
const rows = z.array(rowSchema).parse(JSON.parse(readFileSync(values.dump, 'utf8')))
const meta = z.object({ threshold: z.number(), nonLatinThreshold: z.number().optional() }).passthrough()
  .parse(JSON.parse(readFileSync(new URL('../../orchestrator/maia/intent/safety/learned/safetySentenceModel.json', import.meta.url), 'utf8')))
const floors = values.floors.split(',').map(Number)

type Row = z.infer<typeof rowSchema>
const learned = (row: Row): boolean => row.fused >= fusedThresholdFor(meta, row.text)
// The dump's own flag must be reproducible from its parts, or the thresholds are not the run's.
const mismatched = rows.filter((row) => row.flagged !== (row.ruleStands || learned(row)))
if (mismatched.length > 0) throw new Error(`${mismatched.length} dump rows disagree with safetySentenceModel.json's thresholds: was the dump written with another model?`)

/** Flagged when a rule fires and is not overruled at the floor (every rule kind), or the learned screen escalates. */
const flaggedEveryKind = (row: Row, floor: number): boolean => (row.rule && !(row.text.length <= RULE_FLOOR_WINDOW_CHARACTERS && row.fused < floor)) || learned(row)
const count = (of: readonly Row[], flagged: (row: Row) => boolean) => ({ caught: of.filter((row) => row.positive && flagged(row)).length, crises: of.filter((row) => row.positive).length, alarms: of.filter((row) => !row.positive && flagged(row)).length, ordinary: of.filter((row) => !row.positive).length })
const line = (of: readonly Row[], flagged: (row: Row) => boolean) => { const c = count(of, flagged); return `${c.caught}/${c.crises} at ${c.alarms}/${c.ordinary}` }

const groups: [string, Row[]][] = [['all', rows], ...[...new Set(rows.map((row) => row.set))].map((set): [string, Row[]] => [set, rows.filter((row) => row.set === set)]), ['Latin', rows.filter((row) => scriptGroup(row.text) === 'Latin')], ['non-Latin', rows.filter((row) => scriptGroup(row.text) === 'non-Latin')]]
console.log(`${rows.length} messages; thresholds ${meta.threshold}${meta.nonLatinThreshold === undefined ? '' : ` (non-Latin ${meta.nonLatinThreshold})`}`)
console.log(`as dumped (suicide/self-harm rules overruled below the shipped floor): ${groups.map(([name, of]) => `${name} ${line(of, (row) => row.flagged)}`).join('  ')}`)
for (const floor of floors) {
  const flagged = (row: Row) => flaggedEveryKind(row, floor)
  const lost = rows.filter((row) => row.positive && row.flagged && !flagged(row))
  const saved = rows.filter((row) => !row.positive && row.flagged && !flagged(row))
  console.log(`every kind, floor ${floor}: ${groups.map(([name, of]) => `${name} ${line(of, flagged)}`).join('  ')}; crises overruled ${lost.length}, false alarms saved ${saved.length}`)
  if (values.errors) {
    for (const row of lost) console.log(`    OVERRULED CRISIS ${row.set} [${row.kind}] fused ${row.fused.toFixed(2)}: ${row.text}`)
    for (const row of saved) console.log(`    SAVED ${row.set} fused ${row.fused.toFixed(2)}: ${row.text}`)
  }
}
