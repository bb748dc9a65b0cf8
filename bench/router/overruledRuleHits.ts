// Where the shipped router overrules its own rules (issue 11): a rule's flag stands only if the fused learned score
// clears the rule floor (trainSafetyModel.ts --rule-fused-floor), which keeps idioms ("this heat is killing me") from
// escalating, and can also overrule a plain disclosure ("Once the results land on Thursday I'm killing myself.", a
// miss on v80). For each named spent set: crises a rule flagged and the router did not escalate (misses the floor
// made), and ordinary messages a rule flagged and the router did not escalate (false alarms the floor saved), by
// rule name; --examples prints the texts. Spent and development sets only: never the fresh set.
//   npx tsx bench/router/overruledRuleHits.ts --sets v75,v76,v77,v78,v79 [--examples]
import { parseArgs } from 'node:util'
import { createIntentRouter } from '../../orchestrator/maia/intent/createIntentRouter.ts'
import { screenForSafety } from '../../orchestrator/maia/intent/safety/screenForSafety.ts'
import { refuseFreshSet } from './freshSet.ts'
import { loadHeldOutSet } from './loadHeldOutSet.ts'

const { values } = parseArgs({ options: { sets: { type: 'string' }, examples: { type: 'boolean', default: false } } })
if (values.sets === undefined) throw new Error('name spent sets: --sets v75,v76')
refuseFreshSet(values.sets.split(','), 'read by this diagnostic')
const router = createIntentRouter()
await router.routeAsync('warm up: load the classifier, the screens and the encoder')
const standingRules = (text: string): string[] => screenForSafety(text).matches.filter((match) => !match.negated).map((match) => match.rule)
const overruled = { crisis: new Map<string, string[]>(), ordinary: new Map<string, string[]>() }
const totals = { crisisRuleHits: 0, crisisOverruled: 0, ordinaryRuleHits: 0, ordinaryOverruled: 0 }
for (const name of values.sets.split(',')) {
  const set = await loadHeldOutSet(name)
  for (const [group, texts] of [['crisis', set.crisis.map((message) => message.text)], ['ordinary', set.ordinary]] as const) {
    for (const text of texts) {
      const rules = standingRules(text)
      if (rules.length === 0) continue
      const escalated = (await router.routeAsync(text)).intent === 'safety_escalation'
      if (group === 'crisis') totals.crisisRuleHits++; else totals.ordinaryRuleHits++
      if (escalated) continue
      if (group === 'crisis') totals.crisisOverruled++; else totals.ordinaryOverruled++
      for (const rule of new Set(rules)) overruled[group].set(rule, [...(overruled[group].get(rule) ?? []), `${name}: ${text}`])
    }
  }
}
console.log(`sets ${values.sets}: crises with a standing rule hit ${totals.crisisRuleHits}, not escalated ${totals.crisisOverruled}; ordinary messages with a standing rule hit ${totals.ordinaryRuleHits}, not escalated ${totals.ordinaryOverruled}`)
for (const group of ['crisis', 'ordinary'] as const) {
  console.log(group === 'crisis' ? 'crises overruled, by rule:' : 'ordinary messages overruled (false alarms saved), by rule:')
  for (const [rule, texts] of [...overruled[group]].sort((a, b) => b[1].length - a[1].length)) {
    console.log(`  ${String(texts.length).padStart(4)}  ${rule}`)
    if (values.examples) for (const text of texts) console.log(`          ${text.slice(0, 160)}`)
  }
}
