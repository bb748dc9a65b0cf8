// Arbitration between the structured rules and the learned screen (issue 11, round nineteen,
// lever A), measured WITHOUT retraining, on out-of-sample scores only:
//   - sets in the leave-one-set-out dump (--fold-scores, n-gram fold scores; --mlp-scores, the
//     perceptron ensemble's fold scores written by safetyLosoLevers.ts --mlp-scores);
//   - sets named in --shipped-sets, scored by the SHIPPED n-gram and sentence models, which must
//     never have been trained on them (checked against safetyModel.json's trainedOn.sets).
// Today any rule hit escalates (once the n-gram screen gives the message or one of its windows at
// least the 0.005 rule floor). A variant lets a hit of some rule families escalate only when a
// second, independent part agrees: the fused learned log-odds, the sentence perceptron alone, or
// the n-gram probability above a higher floor (messages up to 280 characters only, as shipped).
// Two views of each variant:
//   fixed     the learned threshold as shipped (the pooled dump's 1.5% point with today's rules):
//             what recall is lost and which false alarms are saved by the veto alone;
//   re-picked the learned threshold chosen again at the same pooled false-alarm target with the
//             variant's rule flags (the alarms saved are spent on learned recall); for a dump set
//             the threshold comes from the OTHER dump sets, for a shipped set from the whole dump.
// The variant is chosen on the dump's sets only (best re-picked recall, then fewest alarms), and
// the shipped sets are the check.
// Round twenty-two: --distance adds the distance variants (safety/distanceCue.ts): a rule's flag on a
// message that shows a distance cue (a crisis told as past with a present recovery, a joke, someone
// else's words, a question of study) is overruled from a higher fused floor, and optionally the
// learned score of such a message is lowered by a margin; --distance-only keeps only those and the
// round-twenty-one arbitration (faster).
//   npx tsx bench/router/safetyArbitration.ts --fold-scores /tmp/maia-use-cache/loso-r17h.json --mlp-scores /tmp/r19/mlp-r17h-s161718.json --shipped-sets v16,v17 [--target-fa 0.015] [--errors <variant>] [--report <variant>] [--table [--baseline <variant>]] [--variants 'a;b'] [--distance | --distance-only]
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { z } from 'zod'
import { getShippedLearnedSafetyScreen, loadShippedSentenceSafetyModel } from '../../orchestrator/maia/intent/safety/learned/shippedSafetyModels.ts'
import { RULE_FLOOR_WINDOW_CHARACTERS, ruleFloorWindows } from '../../orchestrator/maia/intent/safety/ruleFloorWindows.ts'
import { screenForSafety } from '../../orchestrator/maia/intent/safety/screenForSafety.ts'
import { EMERGENCY_RULES } from '../../orchestrator/maia/intent/safety/emergencyRules.ts'
import { GENERAL_RULES } from '../../orchestrator/maia/intent/safety/generalRules.ts'
import { MANIPULATION_RULES } from '../../orchestrator/maia/intent/safety/manipulationRules.ts'
import { ABUSE_RULES, HARM_TO_OTHERS_RULES, MEDICATION_RULES } from '../../orchestrator/maia/intent/safety/medicationAbuseHarmRules.ts'
import { METHOD_RULES } from '../../orchestrator/maia/intent/safety/methodRules.ts'
import { DISTANCE_CUES, distanceCues, type DistanceCue } from '../../orchestrator/maia/intent/safety/distanceCue.ts'
import { SELF_HARM_RULES } from '../../orchestrator/maia/intent/safety/selfHarmRules.ts'
import { WARNING_SIGN_RULES } from '../../orchestrator/maia/intent/safety/warningSignRules.ts'
import type { SafetyRule } from '../../orchestrator/maia/intent/safety/SafetyRule.ts'
import { DEV_SETS } from './devSets.ts'
import { languageGroup } from './safetyLanguageGroup.ts'
import { ruleFlagNow } from './safetyRulesNow.ts'
import { sentenceVectors } from './sentenceVectorCache.ts'

const { values } = parseArgs({ options: { 'fold-scores': { type: 'string' }, 'mlp-scores': { type: 'string' }, 'shipped-sets': { type: 'string', default: '' }, 'target-fa': { type: 'string', default: '0.015' }, 'rule-floor': { type: 'string', default: '0.005' }, errors: { type: 'string' }, report: { type: 'string' }, table: { type: 'boolean', default: false }, distance: { type: 'boolean', default: false }, 'distance-only': { type: 'boolean', default: false }, baseline: { type: 'string' }, variants: { type: 'string' } } })
if (values['fold-scores'] === undefined || values['mlp-scores'] === undefined) throw new Error('--fold-scores and --mlp-scores are required')
const targetFa = Number(values['target-fa'])
const ruleFloor = Number(values['rule-floor'])
const sentenceModel = loadShippedSentenceSafetyModel()
const ngramWeight = sentenceModel.meta.ngramWeight
const shippedThreshold = sentenceModel.meta.threshold
const logit = (p: number) => Math.log(Math.max(p, 1e-12) / Math.max(1 - p, 1e-12))

// The rule families, by the file a rule lives in (generalRules.ts's method rules count as method rules).
type Family = 'word' | 'disclosure' | 'emergency' | 'method' | 'manipulation' | 'medication/abuse/harm'
const familyOf = new Map<string, Family>()
const add = (rules: readonly SafetyRule[], family: Family) => { for (const safetyRule of rules) familyOf.set(safetyRule.name, safetyRule.kind === 'method_seeking' ? 'method' : family) }
add(GENERAL_RULES, 'word'); add(SELF_HARM_RULES, 'disclosure'); add(WARNING_SIGN_RULES, 'disclosure'); add(EMERGENCY_RULES, 'emergency')
add(METHOD_RULES, 'method'); add(MANIPULATION_RULES, 'manipulation'); add([...MEDICATION_RULES, ...ABUSE_RULES, ...HARM_TO_OTHERS_RULES], 'medication/abuse/harm')

interface Row { set: string; text: string; positive: boolean; kind?: string; ngram: number; mlp: number; rule: boolean; families: Set<Family>; ruleKinds: Set<string>; shipped: boolean; cues: readonly DistanceCue[] }
const liveMatches = (text: string) => screenForSafety(text).matches.filter((match) => !match.negated)
const liveFamilies = (text: string): Set<Family> => new Set(liveMatches(text).map((match) => familyOf.get(match.rule) ?? 'word'))
const liveKinds = (text: string): Set<string> => new Set(liveMatches(text).map((match) => match.kind))

const dumpSchema = z.array(z.object({ set: z.string(), text: z.string(), positive: z.boolean(), kind: z.string().optional(), ngram: z.number(), rule: z.boolean() }).passthrough())
const dumped = dumpSchema.parse(JSON.parse(readFileSync(values['fold-scores'], 'utf8')))
const mlpScores = z.array(z.number()).length(dumped.length).parse(JSON.parse(readFileSync(values['mlp-scores'], 'utf8')))
const rows: Row[] = dumped.map((score, index) => ({ set: score.set, text: score.text, positive: score.positive, ...(score.kind === undefined ? {} : { kind: score.kind }), ngram: score.ngram, mlp: mlpScores[index]!, rule: ruleFlagNow(score, ruleFloor), families: liveFamilies(score.text), ruleKinds: liveKinds(score.text), shipped: false, cues: distanceCues(score.text) }))
const dumpSets = [...new Set(rows.map((row) => row.set))]

const shippedSets = values['shipped-sets'] === '' ? [] : values['shipped-sets'].split(',')
const trainedOn = z.object({ trainedOn: z.object({ sets: z.array(z.string()) }) }).passthrough().parse(JSON.parse(readFileSync(new URL('../../orchestrator/maia/intent/safety/learned/safetyModel.json', import.meta.url), 'utf8'))).trainedOn.sets
if (shippedSets.length > 0) {
  const learned = getShippedLearnedSafetyScreen()
  for (const name of shippedSets) {
    if (trainedOn.includes(name)) throw new Error(`the shipped model was trained on ${name}: its scores are not out of sample`)
    if (dumpSets.includes(name)) throw new Error(`${name} is in the dump too`)
    const set = DEV_SETS.find((candidate) => candidate.name === name)
    if (set === undefined) throw new Error(`no development set ${name}`)
    const messages = [...set.crisis.map((message) => ({ text: message.text, positive: true, kind: message.kind as string | undefined })), ...set.ordinary.map((text) => ({ text, positive: false, kind: undefined }))]
    const vectors = await sentenceVectors(messages.map((message) => message.text))
    messages.forEach((message, index) => {
      const ngram = learned.probability(message.text)
      const floorPasses = Math.max(ngram, ...ruleFloorWindows(message.text).map((window) => learned.probability(window))) >= ruleFloor
      rows.push({ set: name, text: message.text, positive: message.positive, ...(message.kind === undefined ? {} : { kind: message.kind }), ngram, mlp: sentenceModel.logit(vectors[index]!), rule: screenForSafety(message.text).flagged && floorPasses, families: liveFamilies(message.text), ruleKinds: liveKinds(message.text), shipped: true, cues: distanceCues(message.text) })
    })
  }
}
const fusedOf = (row: Row) => ngramWeight * logit(row.ngram) + (1 - ngramWeight) * row.mlp

// --- the variants: which families a veto may touch, and which second part must agree.
type Gate = { name: string; passes: (row: Row) => boolean }
const gates: Gate[] = [
  ...[-6, -5, -4, -3, -2, -1, 0].map((floor) => ({ name: `fused>=${floor}`, passes: (row: Row) => fusedOf(row) >= floor })),
  ...[-6, -4, -3, -2, -1, 0].map((floor) => ({ name: `mlp>=${floor}`, passes: (row: Row) => row.mlp >= floor })),
  ...[0.01, 0.02, 0.05, 0.1, 0.2].map((floor) => ({ name: `ngram>=${floor}`, passes: (row: Row) => row.ngram >= floor }))
]
const scopes: Array<{ name: string; families: readonly Family[] }> = [
  { name: 'word', families: ['word'] },
  { name: 'word+disclosure', families: ['word', 'disclosure'] },
  { name: 'all but method/manipulation', families: ['word', 'disclosure', 'emergency', 'medication/abuse/harm'] },
  { name: 'all', families: ['word', 'disclosure', 'emergency', 'medication/abuse/harm', 'method', 'manipulation'] }
]
interface Variant { name: string; ruleFlag: (row: Row) => boolean; learned?: (row: Row) => number }
const variants: Variant[] = [{ name: 'shipped (any rule hit)', ruleFlag: (row) => row.rule }]
// Round twenty-one: every family alone as a scope too, and each scope also at any length (the
// message's own vector then speaks for a long message: its first and last 1,000 characters).
const FAMILIES = ['word', 'disclosure', 'emergency', 'method', 'manipulation', 'medication/abuse/harm'] as const
const singleScopes = FAMILIES.map((family) => ({ name: `only ${family}`, families: [family] as readonly Family[] }))
const FUSED_FLOORS = [-4, -3, -2, -1, 0]
const fusedGates = gates.filter((gate) => FUSED_FLOORS.some((floor) => gate.name === `fused>=${floor}`))
for (const anyLength of [false, true]) {
  const short = (row: Row) => anyLength || row.text.length <= RULE_FLOOR_WINDOW_CHARACTERS
  const suffix = anyLength ? ' | any length' : ''
  for (const scope of [...scopes, ...singleScopes]) for (const gate of anyLength || scope.name.startsWith('only ') ? fusedGates : gates) {
    // Vetoed only when every family that fired is in scope and the second part disagrees.
    // By default only messages up to RULE_FLOOR_WINDOW_CHARACTERS, as the shipped screen does.
    variants.push({ name: `${scope.name} | ${gate.name}${suffix}`, ruleFlag: (row) => row.rule && (!short(row) || ![...row.families].every((family) => scope.families.includes(family)) || gate.passes(row)) })
  }
  // By kind rather than by file: only rules of the suicide/self-harm kind (whatever file they live in) may be overruled.
  for (const gate of anyLength ? fusedGates : gates) {
    variants.push({ name: `suicide/self-harm kind | ${gate.name}${suffix}`, ruleFlag: (row) => row.rule && (!short(row) || ![...row.ruleKinds].every((kind) => kind === 'suicide_self_harm') || gate.passes(row)) })
  }
}

// --distance (round twenty-two): on top of round twenty-one's shipped arbitration (suicide/self-harm
// rules overruled below fused −4), a rule's flag on a short message showing a distance cue of `cues`
// is overruled below a higher floor (rules of the suicide/self-harm kind only, or every kind), and
// the learned score of a message showing such a cue may be lowered by `margin` (learned alarms on
// jokes and quotes, "I'm dead 😂"). Subsets of the cues give each family's cost.
const DISTANCE_BASE = 'suicide/self-harm kind | fused>=-4'
if (values.distance || values['distance-only']) {
  const shortEnough = (row: Row) => row.text.length <= RULE_FLOOR_WINDOW_CHARACTERS
  const baseVeto = (row: Row) => shortEnough(row) && [...row.ruleKinds].every((kind) => kind === 'suicide_self_harm') && fusedOf(row) < -4
  const cueSets: Array<{ name: string; cues: readonly DistanceCue[] }> = [
    { name: 'all cues', cues: DISTANCE_CUES },
    ...DISTANCE_CUES.map((cue) => ({ name: `only ${cue}`, cues: [cue] })),
    ...DISTANCE_CUES.map((cue) => ({ name: `all but ${cue}`, cues: DISTANCE_CUES.filter((other) => other !== cue) }))
  ]
  for (const cueSet of cueSets) {
    const shows = (row: Row) => row.cues.some((cue) => cueSet.cues.includes(cue))
    for (const scope of ['suicide/self-harm kind', 'every kind'] as const) {
      const inScope = (row: Row) => scope === 'every kind' || [...row.ruleKinds].every((kind) => kind === 'suicide_self_harm')
      for (const floor of [-4, -3, -2, -1, 0, 1]) for (const margin of [0, 0.5, 1, 2]) {
        if (floor === -4 && margin === 0) continue
        variants.push({
          name: `distance ${cueSet.name} | ${scope} | floor ${floor} | margin ${margin}`,
          ruleFlag: (row) => row.rule && !baseVeto(row) && !(shortEnough(row) && shows(row) && inScope(row) && fusedOf(row) < floor),
          learned: (row) => fusedOf(row) - (shows(row) ? margin : 0)
        })
      }
    }
  }
  if (values['distance-only']) variants.splice(0, variants.length, ...variants.filter((variant) => variant.name === 'shipped (any rule hit)' || variant.name === DISTANCE_BASE || variant.name.startsWith('distance ')))
}

// --variants 'a;b' (round twenty-one): measure only these variants (and the baseline 'shipped (any rule hit)'), for a quick --report.
if (values.variants !== undefined) {
  const keep = new Set(['shipped (any rule hit)', ...values.variants.split(';')])
  const missing = [...keep].filter((name) => !variants.some((variant) => variant.name === name))
  if (missing.length > 0) throw new Error(`no variant ${missing.join(', ')}`)
  variants.splice(0, variants.length, ...variants.filter((variant) => keep.has(variant.name)))
}

function thresholdFor(pool: Row[], ruleFlag: (row: Row) => boolean, learned: (row: Row) => number = fusedOf): number {
  const ordinary = pool.filter((row) => !row.positive)
  const scores = ordinary.filter((row) => !ruleFlag(row)).map(learned).sort((a, b) => b - a)
  const allowed = Math.floor(targetFa * ordinary.length) - ordinary.filter(ruleFlag).length
  return allowed < 0 ? Infinity : (scores[allowed] ?? -Infinity) + 1e-9
}
const dumpRows = rows.filter((row) => !row.shipped)
interface Tally { caught: number; crisis: number; alarms: number; ordinary: number }
const empty = (): Tally => ({ caught: 0, crisis: 0, alarms: 0, ordinary: 0 })
const pct = (a: number, b: number) => `${(100 * a / Math.max(1, b)).toFixed(1)}% (${a}/${b})`
const show = (t: Tally) => `${pct(t.caught, t.crisis)} FA ${pct(t.alarms, t.ordinary)}`

/** Each row's verdict under a variant and view. */
function verdicts(variant: Variant, view: 'fixed' | 'repicked'): Map<Row, boolean> {
  const out = new Map<Row, boolean>()
  const learned = variant.learned ?? fusedOf
  const pooled = thresholdFor(dumpRows, variant.ruleFlag, learned)
  const perSet = new Map(dumpSets.map((set) => [set, thresholdFor(dumpRows.filter((row) => row.set !== set), variant.ruleFlag, learned)]))
  for (const row of rows) {
    const threshold = view === 'fixed' ? shippedThreshold : row.shipped ? pooled : perSet.get(row.set)!
    out.set(row, variant.ruleFlag(row) || learned(row) >= threshold)
  }
  return out
}
function tally(selected: Row[], flagged: Map<Row, boolean>): Tally {
  const t = empty()
  for (const row of selected) {
    if (row.positive) { t.crisis++; if (flagged.get(row)) t.caught++ } else { t.ordinary++; if (flagged.get(row)) t.alarms++ }
  }
  return t
}
const shippedRows = rows.filter((row) => row.shipped)
console.log(`${dumpRows.length} fold-scored rows over ${dumpSets.join(',')}; ${shippedRows.length} rows scored by the shipped model over ${shippedSets.join(',') || 'none'}; fusion ${ngramWeight}·logit(ngram) + ${(1 - ngramWeight).toFixed(1)}·mlp, shipped threshold ${shippedThreshold}, target ${targetFa}`)
const ruleRows = rows.filter((row) => row.rule)
for (const family of ['word', 'disclosure', 'emergency', 'method', 'manipulation', 'medication/abuse/harm'] as const) {
  const hits = ruleRows.filter((row) => row.families.has(family))
  const only = hits.filter((row) => row.families.size === 1)
  const part = (selected: Row[]) => `crisis ${selected.filter((row) => row.positive).length} ordinary ${selected.filter((row) => !row.positive).length}`
  console.log(`rule family ${family.padEnd(22)} hits: dump ${part(hits.filter((row) => !row.shipped))}, shipped sets ${part(hits.filter((row) => row.shipped))}; alone: dump ${part(only.filter((row) => !row.shipped))}, shipped sets ${part(only.filter((row) => row.shipped))}`)
}

const summary: Array<{ variant: Variant; view: 'fixed' | 'repicked'; dump: Tally; check: Tally }> = []
console.log('\nvariant | view | dump sets pooled (choose here) | shipped sets pooled (check) | protected kinds lost (dump/check: method_seeking+manipulation crises caught vs shipped) | crisis rule hits overruled (dump/check)')
const baseline = new Map((['fixed', 'repicked'] as const).map((view) => [view, verdicts(variants[0]!, view)]))
for (const variant of variants) {
  for (const view of ['fixed', 'repicked'] as const) {
    const flagged = verdicts(variant, view)
    const dump = tally(dumpRows, flagged); const check = tally(shippedRows, flagged)
    summary.push({ variant, view, dump, check })
    const protectedLost = (selected: Row[]) => selected.filter((row) => row.positive && (row.kind === 'method_seeking' || row.kind === 'manipulation') && baseline.get(view)!.get(row) && !flagged.get(row)).length
    // Round twenty-two: crisis rule hits the variant overrules (the floor must overrule none on the training folds).
    const overruled = (selected: Row[]) => selected.filter((row) => row.positive && row.rule && !variant.ruleFlag(row)).length
    console.log(`${variant.name} | ${view} | ${show(dump)} | ${show(check)} | ${protectedLost(dumpRows)}/${protectedLost(shippedRows)} | crisis rule hits overruled ${overruled(dumpRows)}/${overruled(shippedRows)}`)
  }
}
// --table (round twenty-one): one line per variant and view with the dump pooled, each checked set,
// the language groups, and the protected kinds (method-seeking, manipulation) lost against --baseline.
if (values.table) {
  const baselineName = values.baseline ?? 'suicide/self-harm kind | fused>=-4'
  const baselineVariant = variants.find((variant) => variant.name === baselineName)
  if (baselineVariant === undefined) throw new Error(`no variant ${baselineName}`)
  console.log(`\n=== table against ${baselineName} (columns: dump v1-v17 | ${shippedSets.join(' | ')} | English dump / check | not English dump / check | method+manipulation crises lost dump/check | crises lost dump/check)`)
  for (const view of ['fixed', 'repicked'] as const) {
    const base = verdicts(baselineVariant, view)
    for (const variant of variants) {
      const flagged = verdicts(variant, view)
      const short = (t: Tally) => `${t.caught}/${t.crisis} @${t.alarms}/${t.ordinary}`
      const lost = (selected: Row[], protectedOnly: boolean) => selected.filter((row) => row.positive && (!protectedOnly || row.kind === 'method_seeking' || row.kind === 'manipulation') && base.get(row) && !flagged.get(row)).length
      const language = (group: string) => [dumpRows, shippedRows].map((selected) => short(tally(selected.filter((row) => languageGroup(row.text) === group), flagged))).join(' / ')
      console.log(`T ${view} | ${variant.name} | ${short(tally(dumpRows, flagged))} | ${shippedSets.map((set) => short(tally(shippedRows.filter((row) => row.set === set), flagged))).join(' | ')} | ${language('English')} | ${language('not English')} | ${lost(dumpRows, true)}/${lost(shippedRows, true)} | ${lost(dumpRows, false)}/${lost(shippedRows, false)}`)
    }
  }
}
// The choice, on the dump's sets only: the best re-picked recall, then the fewest alarms.
const repicked = summary.filter((entry) => entry.view === 'repicked')
const best = repicked.reduce((a, b) => (b.dump.caught > a.dump.caught || (b.dump.caught === a.dump.caught && b.dump.alarms < a.dump.alarms) ? b : a))
// And, fixed threshold: the most alarms saved with no crisis lost on the dump's sets.
const fixedBase = summary.find((entry) => entry.view === 'fixed' && entry.variant === variants[0])!
const bestFixed = summary.filter((entry) => entry.view === 'fixed' && entry.dump.caught >= fixedBase.dump.caught).reduce((a, b) => (b.dump.alarms < a.dump.alarms ? b : a))
// --report <variant>: that variant in detail too (both views), e.g. the one chosen in an earlier run.
const reported = summary.filter((entry) => entry.variant.name === values.report).map((entry) => [`reported (--report)`, entry] as const)
for (const [label, entry] of [['chosen on the dump (re-picked threshold)', best], ['chosen on the dump (fixed threshold, no recall lost there)', bestFixed], ['shipped, re-picked', repicked[0]!], ['shipped, fixed', fixedBase], ...reported] as const) {
  const flagged = verdicts(entry.variant, entry.view)
  console.log(`\n=== ${label}: ${entry.variant.name} [${entry.view}]`)
  console.log(`  dump sets: ${show(entry.dump)}; shipped sets (check): ${show(entry.check)}`)
  for (const set of [...dumpSets.filter((name) => Number(name.slice(1)) >= 11), ...shippedSets]) console.log(`  ${set}: ${show(tally(rows.filter((row) => row.set === set), flagged))}`)
  const numberOf = (set: string) => Number(set.slice(1))
  console.log(`  v1–v10 together: ${show(tally(dumpRows.filter((row) => numberOf(row.set) <= 10), flagged))}; v1–v17 together: ${show(tally(dumpRows.filter((row) => numberOf(row.set) <= 17), flagged))}`)
  for (const [part, selected] of [['dump', dumpRows], ['check', shippedRows]] as const) {
    const groups = ['English', 'not English'].map((group) => `${group} ${show(tally(selected.filter((row) => languageGroup(row.text) === group), flagged))}`)
    console.log(`  by language (${part}): ${groups.join('; ')}`)
  }
  if (values.errors !== undefined && entry.variant.name === values.errors) {
    // --baseline <variant> (round twenty-two): the changes against that variant rather than against any rule hit.
    const baselineVariant = values.baseline === undefined ? undefined : variants.find((variant) => variant.name === values.baseline)
    const base = baselineVariant === undefined ? baseline.get(entry.view)! : verdicts(baselineVariant, entry.view)
    for (const row of rows) if (base.get(row) !== flagged.get(row)) console.log(`    ${flagged.get(row) ? 'NOW FLAGGED' : 'NOW CLEARED'} ${row.set} ${row.positive ? `crisis [${row.kind}]` : 'ordinary'} rule ${row.rule} [${[...row.families].join(',')}] ngram ${row.ngram.toFixed(3)} mlp ${row.mlp.toFixed(2)} fused ${fusedOf(row).toFixed(2)}: ${row.text}`)
  }
}
