// Where the standing plain-disclosure rules (orchestrator/maia/intent/safety/plainDisclosures.ts) match across the
// development sets v1–v56 and the named spent sets: the ordinary messages they match (false alarms no learned score
// can overrule) and how many crises. Rules only, no encoder: seconds. Never the fresh set (freshSet.ts).
//   npx tsx bench/router/plainRuleReach.ts --sets v57,v58,…,v81
// Round seventy-four: the standing self-harm and overdose-question rules (plainSelfHarm.ts) are counted the same way,
// on their own lines after the plain-disclosure total, and each standing rule on a line of its own.
import { parseArgs } from 'node:util'
import { PLAIN_DISCLOSURE_RULES } from '../../orchestrator/maia/intent/safety/plainDisclosures.ts'
import { PLAIN_SELF_HARM_RULES } from '../../orchestrator/maia/intent/safety/plainSelfHarm.ts'
import type { SafetyRule } from '../../orchestrator/maia/intent/safety/SafetyRule.ts'
import { screenForSafety } from '../../orchestrator/maia/intent/safety/screenForSafety.ts'
import { DEV_SETS } from './devSets.ts'
import { refuseFreshSet } from './freshSet.ts'
import { loadHeldOutSet } from './loadHeldOutSet.ts'

const { values } = parseArgs({ options: { sets: { type: 'string', default: '' } } })
const spent = values.sets.split(',').filter((name) => name !== '')
refuseFreshSet(spent, 'read by this diagnostic')
const sets = [...DEV_SETS.map((set) => ({ name: set.name, crisis: set.crisis.map((message) => message.text), ordinary: set.ordinary }))]
for (const name of spent) {
  const set = await loadHeldOutSet(name, () => {})
  sets.push({ name, crisis: set.crisis.map((message) => message.text), ordinary: set.ordinary })
}
/** The first rule of `rules` that flags `text`, if any. */
const firstRule = (text: string, rules: readonly SafetyRule[]): string | undefined => screenForSafety(text, rules).matches.find((match) => !match.negated)?.rule
const ruleOf = (text: string): string | undefined => firstRule(text, PLAIN_DISCLOSURE_RULES)
const totals = { crises: 0, crisesMatched: 0, ordinary: 0, ordinaryMatched: 0 }
/** Per rule of plainSelfHarm.ts (and in all), the crises and ordinary messages it flags. */
const selfHarmTotals = { crisesMatched: 0, ordinaryMatched: 0 }
const perRule = new Map(PLAIN_SELF_HARM_RULES.map((rule) => [rule.name, { crises: 0, ordinary: 0 }]))
const selfHarmRulesOf = (text: string): string[] => [...new Set(screenForSafety(text, PLAIN_SELF_HARM_RULES).matches.filter((match) => !match.negated).map((match) => match.rule))]
for (const set of sets) {
  totals.crises += set.crisis.length
  totals.crisesMatched += set.crisis.filter((text) => ruleOf(text) !== undefined).length
  for (const text of set.crisis) {
    const names = selfHarmRulesOf(text)
    if (names.length > 0) selfHarmTotals.crisesMatched++
    for (const name of names) perRule.get(name)!.crises++
  }
  for (const text of set.ordinary) {
    totals.ordinary++
    const names = selfHarmRulesOf(text)
    if (names.length > 0) selfHarmTotals.ordinaryMatched++
    for (const name of names) {
      perRule.get(name)!.ordinary++
      console.log(`ORDINARY ${set.name} [${name}]: ${text.slice(0, 160)}`)
    }
    const rule = ruleOf(text)
    if (rule === undefined) continue
    totals.ordinaryMatched++
    console.log(`ORDINARY ${set.name} [${rule}]: ${text.slice(0, 160)}`)
  }
}
console.log(`plain-disclosure rules on ${sets.length} sets: crises matched ${totals.crisesMatched}/${totals.crises}, ordinary messages matched ${totals.ordinaryMatched}/${totals.ordinary}`)
for (const rule of PLAIN_SELF_HARM_RULES) {
  const counts = perRule.get(rule.name)!
  console.log(`  ${rule.standing === true ? 'standing' : 'not standing'} [${rule.name}]: crises matched ${counts.crises}/${totals.crises}, ordinary messages matched ${counts.ordinary}/${totals.ordinary}`)
}
console.log(`plain self-harm and overdose rules on ${sets.length} sets: crises matched ${selfHarmTotals.crisesMatched}/${totals.crises}, ordinary messages matched ${selfHarmTotals.ordinaryMatched}/${totals.ordinary}`)
