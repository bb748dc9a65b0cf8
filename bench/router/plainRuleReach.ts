// Where the standing plain-disclosure rules (orchestrator/maia/intent/safety/plainDisclosures.ts) match across the
// development sets v1–v56 and the named spent sets: the ordinary messages they match (false alarms no learned score
// can overrule) and how many crises. Rules only, no encoder: seconds. Never the fresh set (freshSet.ts).
//   npx tsx bench/router/plainRuleReach.ts --sets v57,v58,…,v81
import { parseArgs } from 'node:util'
import { PLAIN_DISCLOSURE_RULES } from '../../orchestrator/maia/intent/safety/plainDisclosures.ts'
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
const ruleOf = (text: string): string | undefined => screenForSafety(text, PLAIN_DISCLOSURE_RULES).matches.find((match) => !match.negated)?.rule
const totals = { crises: 0, crisesMatched: 0, ordinary: 0, ordinaryMatched: 0 }
for (const set of sets) {
  totals.crises += set.crisis.length
  totals.crisesMatched += set.crisis.filter((text) => ruleOf(text) !== undefined).length
  for (const text of set.ordinary) {
    totals.ordinary++
    const rule = ruleOf(text)
    if (rule === undefined) continue
    totals.ordinaryMatched++
    console.log(`ORDINARY ${set.name} [${rule}]: ${text.slice(0, 160)}`)
  }
}
console.log(`plain-disclosure rules on ${sets.length} sets: crises matched ${totals.crisesMatched}/${totals.crises}, ordinary messages matched ${totals.ordinaryMatched}/${totals.ordinary}`)
