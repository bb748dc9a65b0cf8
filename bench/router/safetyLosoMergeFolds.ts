// Merges leave-one-set-out dumps (LOSO_DUMP of bench/router/safetyLosoVectors.ts, issue 11, round
// nineteen): the sets that --fresh holds (folds re-run, e.g. `--only v11,…,v17`) replace the same
// sets of --from (or are appended, if --from lacks them); every other set of --from keeps its older folds. The result says which is which.
//   npx tsx bench/router/safetyLosoMergeFolds.ts --from /tmp/r19/loso-r19.json --fresh /tmp/r19/fresh-v11-17.json --to /tmp/r19/loso-r19-fresh.json
import { readFileSync, writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { z } from 'zod'

const { values } = parseArgs({ options: { from: { type: 'string' }, fresh: { type: 'string' }, to: { type: 'string' } } })
if (values.from === undefined || values.fresh === undefined || values.to === undefined) throw new Error('--from, --fresh and --to are required')
const rowsSchema = z.array(z.object({ set: z.string(), text: z.string(), positive: z.boolean() }).passthrough())
const older = rowsSchema.parse(JSON.parse(readFileSync(values.from, 'utf8')))
const fresh = rowsSchema.parse(JSON.parse(readFileSync(values.fresh, 'utf8')))
const freshSets = new Set(fresh.map((row) => row.set))
const olderSets = [...new Set(older.map((row) => row.set))]
for (const set of freshSets) {
  const count = (rows: typeof older) => rows.filter((row) => row.set === set).length
  if (olderSets.includes(set) && count(older) !== count(fresh)) throw new Error(`${set}: ${count(older)} rows in --from, ${count(fresh)} in --fresh`)
}
// Keep --from's order of sets, so per-row caches (--mlp-scores) line up with a dump of the same sets.
// Round twenty-one: a fresh set that --from lacks (a newer development set) is appended after them.
const newSets = [...freshSets].filter((set) => !olderSets.includes(set))
const merged = [...olderSets, ...newSets].flatMap((set) => (freshSets.has(set) ? fresh : older).filter((row) => row.set === set))
writeFileSync(values.to, JSON.stringify(merged))
console.log(`${values.to}: ${merged.length} rows; fresh folds ${[...freshSets].join(',')} (new sets ${newSets.join(',') || 'none'}); older folds ${olderSets.filter((set) => !freshSets.has(set)).join(',')}`)
