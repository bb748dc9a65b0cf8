// Where the standing rules (a `standing` rule no learned score overrules: SafetyRule.ts; plainDisclosures.ts and the
// rules written after it) match across the development sets v1–v56, the named spent sets and the named spent one-line
// sets: the ordinary messages they match (false alarms no learned score can overrule) and how many crises, per rule.
// Rules only, no encoder: seconds. Never the fresh set (freshSet.ts) nor a fresh one-line set.
//   npx tsx bench/router/plainRuleReach.ts --sets v57,v58,…,v82 [--tsv bench/router/plainDisclosures/heldout2.tsv,…]
//     [--also <rule-name prefix>]   (also count the rules, standing or not, whose name starts with the prefix)
// A rule is made standing only where this finds it on no ordinary message (round seventy-three's P43b; v82/DECISION.md).
import { basename } from 'node:path'
import { parseArgs } from 'node:util'
import { SAFETY_RULES, screenForSafety } from '../../orchestrator/maia/intent/safety/screenForSafety.ts'
import { DEV_SETS } from './devSets.ts'
import { refuseFreshOneLiners, refuseFreshSet } from './freshSet.ts'
import { loadHeldOutSet } from './loadHeldOutSet.ts'
import { readOneLiners } from './oneLinerSet.ts'

const { values } = parseArgs({ options: { sets: { type: 'string', default: '' }, tsv: { type: 'string', default: '' }, also: { type: 'string' } } })
const spent = values.sets.split(',').filter((name) => name !== '')
const oneLiners = values.tsv.split(',').filter((file) => file !== '')
refuseFreshSet(spent, 'read by this diagnostic')
refuseFreshOneLiners(oneLiners.map((file) => basename(file)), 'read by this diagnostic')
const sets = [...DEV_SETS.map((set) => ({ name: set.name, crisis: set.crisis.map((message) => message.text), ordinary: set.ordinary }))]
for (const name of spent) {
  const set = await loadHeldOutSet(name, () => {})
  sets.push({ name, crisis: set.crisis.map((message) => message.text), ordinary: set.ordinary })
}
for (const file of oneLiners) {
  const lines = readOneLiners(file)
  sets.push({ name: basename(file), crisis: lines.filter((line) => line.label === 'crisis').map((line) => line.text), ordinary: lines.filter((line) => line.label === 'ordinary').map((line) => line.text) })
}
const counted = SAFETY_RULES.filter((rule) => rule.standing === true || (values.also !== undefined && rule.name.startsWith(values.also)))
const perRule = new Map(counted.map((rule) => [rule.name, { standing: rule.standing === true, crises: 0, ordinary: 0 }]))
/** The counted rules that flag `text` (unnegated). */
const rulesOf = (text: string): string[] => [...new Set(screenForSafety(text, counted).matches.filter((match) => !match.negated).map((match) => match.rule))]
const totals = { crises: 0, crisesMatched: 0, ordinary: 0, ordinaryMatched: 0 }
for (const set of sets) {
  for (const text of set.crisis) {
    totals.crises++
    const names = rulesOf(text)
    if (names.some((name) => perRule.get(name)?.standing === true)) totals.crisesMatched++
    for (const name of names) perRule.get(name)!.crises++
  }
  for (const text of set.ordinary) {
    totals.ordinary++
    const names = rulesOf(text)
    if (names.some((name) => perRule.get(name)?.standing === true)) totals.ordinaryMatched++
    for (const name of names) {
      perRule.get(name)!.ordinary++
      console.log(`ORDINARY ${set.name} [${name}]: ${text.slice(0, 160)}`)
    }
  }
}
for (const [name, counts] of perRule) console.log(`  ${counts.standing ? 'standing' : 'not standing'} [${name}]: crises matched ${counts.crises}/${totals.crises}, ordinary messages matched ${counts.ordinary}/${totals.ordinary}`)
console.log(`standing rules on ${sets.length} sets: crises matched ${totals.crisesMatched}/${totals.crises}, ordinary messages matched ${totals.ordinaryMatched}/${totals.ordinary}`)
