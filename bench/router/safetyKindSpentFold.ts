// Leave one spent set out, for the KIND of a crisis (issue 11, round fifty-eight): would the kind model name a fresh
// set's crises better if it also trained on the other spent sets' kinded crises? The kind picks the fixed reply
// (crisis lines, emergency now, medical safety, a refusal), so a wrong kind is a wrong reply even when the crisis is
// caught. For each named spent set, the kind model is trained as trainSafetyModel.ts ships it (one-vs-rest over the
// hashed features folded to 2^16, on every kinded positive of the shipped training data and the development sets)
// ("base"), and on that plus the other named sets' crises ("with the other spent sets"); every crisis of the held set
// is given the model's best kind, as the screen names it whenever it escalates (screenWithLearned.ts). Detection is
// untouched: only the kind model would change.
//   npx tsx bench/router/safetyKindSpentFold.ts --sets v57,v58,v59,v60,v61,v62,v63,v64,v65 [--composed 40] [--errors]
import { parseArgs } from 'node:util'
import { trainBinaryLogisticRegression, type BinaryModel } from '../../orchestrator/maia/intent/safety/learned/BinaryLogisticRegression.ts'
import { foldFeatures, hashedFeatures, type HashedVector } from '../../orchestrator/maia/intent/safety/learned/hashedFeatures.ts'
import { SAFETY_KINDS, type SafetyKind } from '../../orchestrator/maia/intent/safetyKinds.ts'
import { binaryExamples, DEV_SETS, type DevSet } from './devSets.ts'
import { heldOutSetFiles } from './heldOutSetFiles.ts'
import { safetyBaseExamples } from './safetyBaseExamples.ts'
import { scriptGroup } from './safetyScriptGroup.ts'

const { values } = parseArgs({ options: { sets: { type: 'string' }, composed: { type: 'string', default: '40' }, errors: { type: 'boolean', default: false } } })
if (values.sets === undefined) throw new Error('--sets <spent sets> is required, e.g. --sets v57,v58,v59')
const names = values.sets.split(',')
if (names.length < 2) throw new Error('--sets needs at least two spent sets: one is held while the others train')
const developmentNames = new Set(DEV_SETS.map((set) => set.name))
for (const name of names) if (developmentNames.has(name)) throw new Error(`${name} is a development set: the shipped kind model already trains on it`)

const KIND_BITS = 16
interface Kinded { readonly text: string; readonly kind: SafetyKind }
const baseKinded: Kinded[] = [...safetyBaseExamples(Number(values.composed)), ...DEV_SETS.flatMap(binaryExamples)]
  .filter((example): example is Kinded & { positive: true } => example.positive && example.kind !== undefined)
  .map(({ text, kind }) => ({ text, kind }))
const crisesOf = new Map<string, DevSet['crisis']>()
for (const name of names) crisesOf.set(name, (await heldOutSetFiles(name)).crisis)

const featureCache = new Map<string, HashedVector>()
const folded = (text: string): HashedVector => {
  let vector = featureCache.get(text)
  if (vector === undefined) {
    vector = foldFeatures(hashedFeatures(text), KIND_BITS)
    featureCache.set(text, vector)
  }
  return vector
}
const trainKindModels = (examples: readonly Kinded[]): BinaryModel[] => {
  const vectors = examples.map((example) => folded(example.text))
  return SAFETY_KINDS.map((kind) => trainBinaryLogisticRegression(vectors, examples.map((example) => example.kind === kind)))
}
const logit = (model: BinaryModel, vector: HashedVector): number => {
  let z = model.bias
  for (let entry = 0; entry < vector.indices.length; entry++) z += (model.weights.get(vector.indices[entry]!) ?? 0) * vector.values[entry]!
  return z
}
const kindOf = (models: readonly BinaryModel[], text: string): SafetyKind => {
  const vector = folded(text)
  const scores = models.map((model) => logit(model, vector))
  return SAFETY_KINDS[scores.indexOf(Math.max(...scores))]!
}

const started = performance.now()
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`
const baseModels = trainKindModels(baseKinded)
console.log(`base kind model: ${baseKinded.length} kinded messages (${elapsed()})`)
const totals = { base: 0, with: 0, messages: 0, latin: { base: 0, with: 0, messages: 0 }, nonLatin: { base: 0, with: 0, messages: 0 } }
const perKind = new Map(SAFETY_KINDS.map((kind) => [kind, { base: 0, with: 0, messages: 0 }]))
const confusions = { base: new Map<string, number>(), with: new Map<string, number>() }
for (const held of names) {
  const others = names.filter((name) => name !== held).flatMap((name) => crisesOf.get(name)!.map(({ text, kind }) => ({ text, kind })))
  const withModels = trainKindModels([...baseKinded, ...others])
  const right = { base: 0, with: 0 }
  for (const crisis of crisesOf.get(held)!) {
    const script = scriptGroup(crisis.text) === 'Latin' ? totals.latin : totals.nonLatin
    const kindTotals = perKind.get(crisis.kind)!
    script.messages++
    kindTotals.messages++
    for (const [side, models] of [['base', baseModels], ['with', withModels]] as const) {
      const named = kindOf(models, crisis.text)
      if (named === crisis.kind) {
        right[side]++
        script[side]++
        kindTotals[side]++
      } else {
        const pair = `${crisis.kind} → ${named}`
        confusions[side].set(pair, (confusions[side].get(pair) ?? 0) + 1)
      }
      if (values.errors && side === 'with' && (named === crisis.kind) !== (kindOf(baseModels, crisis.text) === crisis.kind)) console.log(`    ${named === crisis.kind ? 'NOW RIGHT' : 'NOW WRONG'} [${crisis.kind}] base ${kindOf(baseModels, crisis.text)} → ${named}: ${crisis.text}`)
    }
  }
  totals.base += right.base
  totals.with += right.with
  totals.messages += crisesOf.get(held)!.length
  console.log(`${held}: kind right base ${right.base}/${crisesOf.get(held)!.length}, with the other spent sets ${right.with}/${crisesOf.get(held)!.length} (${elapsed()})`)
}
const ratio = (a: number, b: number) => (a / Math.max(1, b)).toFixed(3)
console.log(`\npooled kind right: base ${totals.base}/${totals.messages}, with the other spent sets ${totals.with}/${totals.messages} (×${ratio(totals.with, totals.base)})`)
console.log(`  Latin script ${totals.latin.base} → ${totals.latin.with} of ${totals.latin.messages}; non-Latin ${totals.nonLatin.base} → ${totals.nonLatin.with} of ${totals.nonLatin.messages}`)
for (const [kind, counts] of perKind) console.log(`  ${kind.padEnd(22)} ${counts.base} → ${counts.with} of ${counts.messages}`)
for (const side of ['base', 'with'] as const) console.log(`  commonest confusions (${side}): ${[...confusions[side]].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([pair, count]) => `${pair} ${count}`).join('; ')}`)
