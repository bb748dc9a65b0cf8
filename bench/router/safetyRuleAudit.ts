// Which structured rule fires on the development sets' ordinary messages, and what it catches
// (issue 11, rounds seventeen and eighteen). Rules flag regardless of the learned threshold, so a
// rule that misfires on hard negatives across many sets costs false alarms the threshold cannot
// buy back; narrowing one is only worth it when its crisis hits that nothing else catches are few.
//   npx tsx bench/router/safetyRuleAudit.ts [--fold-scores <LOSO_DUMP>] [--rule "<name>"] [--snapshot <out.json>] [--compare <before.json>]
// Sources: development sets v1–v15, the sets spent since devSets.ts was last extended (v16, v17:
// each measured once, loaded here directly) and the safety training data (crisis and ordinary).
// Per rule: ordinary messages it flags (per source), crisis messages it flags, and, with
// --fold-scores, crisis messages it alone catches (no other rule fires and the held-out n-gram score
// is below the 0.5 mark); --rule lists that rule's ordinary and crisis hits verbatim.
// --snapshot writes every message's firing rules; --compare reads such a snapshot taken before a
// change and prints, per source, rule hits on crisis and ordinary messages before → after, and
// every crisis message the rules caught before and miss now (a change must leave none).
import { readFileSync, writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { z } from 'zod'
import { screenForSafety } from '../../orchestrator/maia/intent/safety/screenForSafety.ts'
import { DEV_SETS } from './devSets.ts'
import { safetyBaseExamples } from './safetyBaseExamples.ts'
import { HELD_OUT_CRISIS_V16 } from './heldout/v16/crisisMessagesV16.ts'
import { HELD_OUT_ORDINARY_V16 } from './heldout/v16/ordinaryMessagesV16.ts'
import { HELD_OUT_CRISIS_V17 } from './heldout/v17/crisisMessagesV17.ts'
import { HELD_OUT_ORDINARY_V17 } from './heldout/v17/ordinaryMessagesV17.ts'

const { values } = parseArgs({ options: { 'fold-scores': { type: 'string' }, rule: { type: 'string' }, snapshot: { type: 'string' }, compare: { type: 'string' } } })
const foldScores = values['fold-scores'] === undefined ? undefined : new Map(z.array(z.object({ text: z.string(), ngram: z.number() }).passthrough()).parse(JSON.parse(readFileSync(values['fold-scores'], 'utf8'))).map((s) => [s.text, s.ngram]))

interface Source { readonly name: string; readonly crisis: ReadonlyArray<{ readonly text: string; readonly kind: string }>; readonly ordinary: readonly string[] }
const training = safetyBaseExamples(0)
const SOURCES: readonly Source[] = [
  ...DEV_SETS,
  { name: 'v16', crisis: HELD_OUT_CRISIS_V16, ordinary: HELD_OUT_ORDINARY_V16 },
  { name: 'v17', crisis: HELD_OUT_CRISIS_V17, ordinary: HELD_OUT_ORDINARY_V17 },
  { name: 'training', crisis: training.filter((example) => example.positive).map((example) => ({ text: example.text, kind: example.kind ?? 'safety_escalation' })), ordinary: training.filter((example) => !example.positive).map((example) => example.text) }
]

interface Tally { ordinary: Map<string, number>; crisis: number; alone: number; ordinaryTexts: string[]; crisisTexts: string[] }
const tallies = new Map<string, Tally>()
const tally = (name: string): Tally => { let t = tallies.get(name); if (!t) { t = { ordinary: new Map(), crisis: 0, alone: 0, ordinaryTexts: [], crisisTexts: [] }; tallies.set(name, t) } return t }
const firing = (text: string): string[] => [...new Set(screenForSafety(text).matches.filter((match) => !match.negated).map((match) => match.rule))]

const SnapshotRow = z.object({ source: z.string(), crisis: z.boolean(), text: z.string(), rules: z.array(z.string()) })
type SnapshotRow = z.infer<typeof SnapshotRow>
const snapshot: SnapshotRow[] = []
let ordinaryFlagged = 0; let ordinaryTotal = 0; let crisisFlagged = 0; let crisisTotal = 0
for (const set of SOURCES) {
  for (const text of set.ordinary) {
    ordinaryTotal++
    const rules = firing(text)
    snapshot.push({ source: set.name, crisis: false, text, rules })
    if (rules.length > 0) ordinaryFlagged++
    for (const name of rules) { const t = tally(name); t.ordinary.set(set.name, (t.ordinary.get(set.name) ?? 0) + 1); t.ordinaryTexts.push(`${set.name}: ${text}`) }
  }
  for (const message of set.crisis) {
    crisisTotal++
    const rules = firing(message.text)
    snapshot.push({ source: set.name, crisis: true, text: message.text, rules })
    if (rules.length > 0) crisisFlagged++
    for (const name of rules) {
      const t = tally(name); t.crisis++; t.crisisTexts.push(`${set.name} [${message.kind}]: ${message.text}`)
      if (rules.length === 1 && foldScores !== undefined && (foldScores.get(message.text) ?? 1) < 0.5) t.alone++
    }
  }
}
console.log(`ordinary messages flagged by any rule (before the rule floor): ${ordinaryFlagged}/${ordinaryTotal}; crisis messages: ${crisisFlagged}/${crisisTotal}`)
const rows = [...tallies].filter(([, t]) => t.ordinary.size > 0).sort((a, b) => sum(b[1].ordinary) - sum(a[1].ordinary))
function sum(counts: Map<string, number>): number { return [...counts.values()].reduce((a, b) => a + b, 0) }
for (const [name, t] of rows) console.log(`${String(sum(t.ordinary)).padStart(3)} ordinary in ${t.ordinary.size} sources (${[...t.ordinary].map(([set, n]) => `${set}:${n}`).join(' ')}); crisis hits ${t.crisis}${foldScores === undefined ? '' : `, alone ${t.alone}`}  ${name}`)
if (values.rule !== undefined) {
  const t = tallies.get(values.rule)
  console.log(`\n== ${values.rule}\n-- ordinary\n${t?.ordinaryTexts.join('\n') ?? ''}\n-- crisis\n${t?.crisisTexts.join('\n') ?? ''}`)
}
if (values.snapshot !== undefined) writeFileSync(values.snapshot, JSON.stringify(snapshot))
if (values.compare !== undefined) compare(z.array(SnapshotRow).parse(JSON.parse(readFileSync(values.compare, 'utf8'))))

function compare(before: readonly SnapshotRow[]): void {
  const key = (row: SnapshotRow): string => `${row.source}\u0000${String(row.crisis)}\u0000${row.text}`
  const now = new Map(snapshot.map((row) => [key(row), row]))
  console.log('\nrule hits per source, before → after (crisis hits | ordinary hits)')
  for (const set of SOURCES) {
    const count = (rows: readonly SnapshotRow[], crisis: boolean): string => `${rows.filter((row) => row.source === set.name && row.crisis === crisis && row.rules.length > 0).length}/${rows.filter((row) => row.source === set.name && row.crisis === crisis).length}`
    console.log(`  ${set.name.padEnd(9)} crisis ${count(before, true)} → ${count(snapshot, true)}   ordinary ${count(before, false)} → ${count(snapshot, false)}`)
  }
  const lost = before.filter((row) => row.crisis && row.rules.length > 0 && (now.get(key(row))?.rules.length ?? 0) === 0)
  console.log(`crisis messages the rules caught before and miss now: ${lost.length}`)
  for (const row of lost) console.log(`  LOST ${row.source} [${row.rules.join(', ')}]: ${row.text}`)
  const cleared = before.filter((row) => !row.crisis && row.rules.length > 0 && (now.get(key(row))?.rules.length ?? 0) === 0)
  console.log(`ordinary messages no longer flagged: ${cleared.length}`)
  for (const row of cleared) console.log(`  cleared ${row.source} [${row.rules.join(', ')}]: ${row.text}`)
  const added = snapshot.filter((row) => !row.crisis && row.rules.length > 0 && (before.find((old) => key(old) === key(row))?.rules.length ?? 0) === 0)
  console.log(`ordinary messages newly flagged: ${added.length}`)
  for (const row of added) console.log(`  NEW ${row.source} [${row.rules.join(', ')}]: ${row.text}`)
}
