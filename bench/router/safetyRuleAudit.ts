// Which structured rule fires on the development sets' ordinary messages, and what it catches
// (issue 11, round seventeen). Rules flag regardless of the learned threshold, so a rule that
// misfires on hard negatives across many sets costs false alarms the threshold cannot buy back;
// narrowing one is only worth it when its crisis hits that nothing else catches are few.
//   npx tsx bench/router/safetyRuleAudit.ts [--fold-scores <LOSO_DUMP of safetyLosoVectors.ts>] [--rule "<name>"]
// Per rule: ordinary messages it flags (per set), crisis messages it flags, and, with --fold-scores,
// crisis messages it alone catches (no other rule fires and the held-out n-gram score is below
// the 0.5 mark); --rule lists that rule's ordinary and crisis hits verbatim.
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { z } from 'zod'
import { screenForSafety } from '../../orchestrator/maia/intent/safety/screenForSafety.ts'
import { DEV_SETS } from './devSets.ts'

const { values } = parseArgs({ options: { 'fold-scores': { type: 'string' }, rule: { type: 'string' } } })
const foldScores = values['fold-scores'] === undefined ? undefined : new Map(z.array(z.object({ text: z.string(), ngram: z.number() }).passthrough()).parse(JSON.parse(readFileSync(values['fold-scores'], 'utf8'))).map((s) => [s.text, s.ngram]))

interface Tally { ordinary: Map<string, number>; crisis: number; alone: number; ordinaryTexts: string[]; crisisTexts: string[] }
const tallies = new Map<string, Tally>()
const tally = (name: string): Tally => { let t = tallies.get(name); if (!t) { t = { ordinary: new Map(), crisis: 0, alone: 0, ordinaryTexts: [], crisisTexts: [] }; tallies.set(name, t) } return t }
const firing = (text: string): string[] => [...new Set(screenForSafety(text).matches.filter((match) => !match.negated).map((match) => match.rule))]

let ordinaryFlagged = 0; let ordinaryTotal = 0
for (const set of DEV_SETS) {
  for (const text of set.ordinary) {
    ordinaryTotal++
    const rules = firing(text)
    if (rules.length > 0) ordinaryFlagged++
    for (const name of rules) { const t = tally(name); t.ordinary.set(set.name, (t.ordinary.get(set.name) ?? 0) + 1); t.ordinaryTexts.push(`${set.name}: ${text}`) }
  }
  for (const message of set.crisis) {
    const rules = firing(message.text)
    for (const name of rules) {
      const t = tally(name); t.crisis++; t.crisisTexts.push(`${set.name} [${message.kind}]: ${message.text}`)
      if (rules.length === 1 && foldScores !== undefined && (foldScores.get(message.text) ?? 1) < 0.5) t.alone++
    }
  }
}
console.log(`ordinary messages flagged by any rule (before the rule floor): ${ordinaryFlagged}/${ordinaryTotal}`)
const rows = [...tallies].filter(([, t]) => t.ordinary.size > 0).sort((a, b) => sum(b[1].ordinary) - sum(a[1].ordinary))
function sum(counts: Map<string, number>): number { return [...counts.values()].reduce((a, b) => a + b, 0) }
for (const [name, t] of rows) console.log(`${String(sum(t.ordinary)).padStart(3)} ordinary in ${t.ordinary.size} sets (${[...t.ordinary].map(([set, n]) => `${set}:${n}`).join(' ')}); crisis hits ${t.crisis}${foldScores === undefined ? '' : `, alone ${t.alone}`}  ${name}`)
if (values.rule !== undefined) {
  const t = tallies.get(values.rule)
  console.log(`\n== ${values.rule}\n-- ordinary\n${t?.ordinaryTexts.join('\n') ?? ''}\n-- crisis\n${t?.crisisTexts.join('\n') ?? ''}`)
}
