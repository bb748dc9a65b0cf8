// Router accuracy on messages the classifier was not trained on, and crisis recall (the held-out
// figures of issue 11 are in bench/router/heldout.ts; "screen" here is the structured safety screen).
//   npx tsx bench/router/accuracy.ts [--folds 5] [--seed 1] [--errors]
// 1. k-fold stratified cross-validation over the labelled set (classifier alone, and the full
//    router: classifier + crisis screen + safety threshold), with per-class precision/recall and
//    the confusion matrix; 2. the fixed 80/20 split the tests use; 3. the separate held-out set
//    (never trained on) against the shipped classifier; 4. crisis/ordinary phrasings;
//    5. a sweep of the safety threshold; 6. training and classification time.
import { parseArgs } from 'node:util'
import { createIntentRouter, DEFAULT_SAFETY_THRESHOLD } from '../../orchestrator/maia/intent/createIntentRouter.ts'
import { LABELLED_EXAMPLES, TRAINING_EXAMPLES } from '../../orchestrator/maia/intent/data/index.ts'
import { HELD_OUT_EXAMPLES } from '../../orchestrator/maia/intent/data/heldOut.ts'
import { DEFAULT_CLASSIFIER_SEED, getDefaultIntentClassifier } from '../../orchestrator/maia/intent/defaultIntentClassifier.ts'
import { evaluateClassifier, evaluatePredictions, stratifiedFolds, stratifiedSplit } from '../../orchestrator/maia/intent/evaluation.ts'
import type { IntentClassifier } from '../../orchestrator/maia/intent/IntentClassifier.ts'
import type { LabelledExample } from '../../orchestrator/maia/intent/intents.ts'
import { trainLexicalIntentClassifier } from '../../orchestrator/maia/intent/LexicalIntentClassifier.ts'
import { screenForSafety } from '../../orchestrator/maia/intent/safety/screenForSafety.ts'
import { CRISIS_PHRASINGS, ORDINARY_PHRASINGS } from '../../test/orchestrator/maia/intent/fixtures/crisisPhrasings.ts'
import { format, percentile } from '../lib.ts'
import { formatErrors, formatReport, percent } from './report.ts'

const { values } = parseArgs({ options: {
  folds: { type: 'string', default: '5' }, seed: { type: 'string', default: '1' }, errors: { type: 'boolean', default: false }
} })
const folds = Number(values.folds)
const seed = Number(values.seed)
const train = (examples: readonly LabelledExample[]): IntentClassifier => trainLexicalIntentClassifier(examples, { seed: DEFAULT_CLASSIFIER_SEED })
const show = (title: string, report: ReturnType<typeof evaluatePredictions>): void => {
  console.log(formatReport(title, report))
  if (values.errors && report.errors.length > 0) console.log(`  errors:\n${formatErrors(report)}`)
  console.log()
}

console.log(`labelled set: ${LABELLED_EXAMPLES.length} messages; separate held-out set: ${HELD_OUT_EXAMPLES.length}\n`)

// 1. Cross-validation: each message is predicted by a model that never saw it.
const foldSets = stratifiedFolds(LABELLED_EXAMPLES, folds, seed)
const foldModels = foldSets.map((test, index) => ({ test, classifier: train(foldSets.filter((_, other) => other !== index).flat()) }))
const crossValidated = (threshold: number | undefined) => evaluatePredictions(foldModels.flatMap(({ test, classifier }) => {
  const router = createIntentRouter({ classifier, safetyThreshold: threshold })
  return test.map((example) => ({ text: example.text, actual: example.intent, predicted: router.route(example.text).intent }))
}))
const classifierOnly = evaluatePredictions(foldModels.flatMap(({ test, classifier }) => test.map((example) => ({ text: example.text, actual: example.intent, predicted: classifier.classify(example.text).intent }))))
show(`${folds}-fold cross-validation, classifier alone`, classifierOnly)
const routerReport = crossValidated(DEFAULT_SAFETY_THRESHOLD)
show(`${folds}-fold cross-validation, router (crisis screen, or classifier P(safety) >= ${DEFAULT_SAFETY_THRESHOLD})`, routerReport)

const crisisExamples = LABELLED_EXAMPLES.filter((example) => example.intent === 'safety_escalation')
const screenRecall = crisisExamples.filter((example) => screenForSafety(example.text).flagged).length / crisisExamples.length
const screenFalseAlarms = LABELLED_EXAMPLES.filter((example) => example.intent !== 'safety_escalation' && screenForSafety(example.text).flagged).length
console.log('safety recall (cross-validated):')
console.log(`  classifier alone ${percent(classifierOnly.perClass.safety_escalation.recall)}; crisis screen alone ${percent(screenRecall)} (${screenFalseAlarms} false alarms on ${LABELLED_EXAMPLES.length - crisisExamples.length} ordinary messages; the screen was written with this set in view); router ${percent(routerReport.perClass.safety_escalation.recall)}\n`)

// 2. The fixed split the tests assert a floor on.
const split = stratifiedSplit(LABELLED_EXAMPLES, 0.2, DEFAULT_CLASSIFIER_SEED)
const splitRouter = createIntentRouter({ classifier: train(split.train) })
show(`fixed 80/20 split (seed ${DEFAULT_CLASSIFIER_SEED}), router`, evaluatePredictions(split.test.map((example) => ({ text: example.text, actual: example.intent, predicted: splitRouter.route(example.text).intent }))))

// 3. The separate held-out set against the shipped classifier (trained on the whole labelled set).
const trainStart = performance.now()
const shipped = getDefaultIntentClassifier()
const trainMs = performance.now() - trainStart
show('separate held-out set, shipped classifier alone', evaluateClassifier(shipped, HELD_OUT_EXAMPLES))
const shippedRouter = createIntentRouter({ classifier: shipped })
show('separate held-out set, shipped router', evaluatePredictions(HELD_OUT_EXAMPLES.map((example) => ({ text: example.text, actual: example.intent, predicted: shippedRouter.route(example.text).intent }))))

// 4. Crisis phrasings (must all escalate) and ordinary ones with dark idioms (must not).
const missed = CRISIS_PHRASINGS.filter((text) => shippedRouter.route(text).intent !== 'safety_escalation')
const falseAlarms = ORDINARY_PHRASINGS.filter((text) => shippedRouter.route(text).intent === 'safety_escalation')
console.log(`crisis phrasings escalated: ${CRISIS_PHRASINGS.length - missed.length}/${CRISIS_PHRASINGS.length}${missed.map((text) => `\n    MISSED: ${text}`).join('')}`)
console.log(`ordinary phrasings escalated (false alarms): ${falseAlarms.length}/${ORDINARY_PHRASINGS.length}${falseAlarms.map((text) => `\n    FALSE ALARM: ${text}`).join('')}\n`)

// 5. The safety threshold's trade-off. Crisis recall is read on crisis messages never trained on
// (cross-validated recall is not informative here: the screen was written with that set in view).
const unseenCrisis = [...CRISIS_PHRASINGS, ...HELD_OUT_EXAMPLES.filter((example) => example.intent === 'safety_escalation').map((example) => example.text)]
const screenUnseen = unseenCrisis.filter((text) => screenForSafety(text).flagged).length
const classifierUnseen = unseenCrisis.filter((text) => shipped.classify(text).intent === 'safety_escalation').length
console.log(`unseen crisis messages (${unseenCrisis.length}): screen alone catches ${screenUnseen}, classifier alone (top intent) ${classifierUnseen}`)
console.log('safety threshold sweep: threshold | unseen crisis recall | ordinary phrasings escalated | cross-validated: ordinary messages escalated, accuracy')
for (const threshold of [0.3, 0.4, 0.45, 0.5, 0.6, 0.7, 1.01]) {
  const router = createIntentRouter({ classifier: shipped, safetyThreshold: threshold })
  const caught = unseenCrisis.filter((text) => router.route(text).intent === 'safety_escalation').length
  const ordinary = ORDINARY_PHRASINGS.filter((text) => router.route(text).intent === 'safety_escalation').length
  const report = crossValidated(threshold)
  const falsePositives = Object.entries(report.confusion).filter(([actual]) => actual !== 'safety_escalation').reduce((sum, [, row]) => sum + row.safety_escalation, 0)
  console.log(`  ${threshold > 1 ? 'off ' : threshold.toFixed(2)}  ${`${caught}/${unseenCrisis.length}`.padStart(6)}  ${`${ordinary}/${ORDINARY_PHRASINGS.length}`.padStart(6)}  ${`${falsePositives}/${LABELLED_EXAMPLES.length - crisisExamples.length}`.padStart(7)}  ${percent(report.accuracy)}${threshold === DEFAULT_SAFETY_THRESHOLD ? '  (default)' : ''}`)
}

// 6. Cost: training happens once per process at first use.
const timings: number[] = []
for (const example of LABELLED_EXAMPLES) {
  const start = performance.now()
  shippedRouter.route(example.text)
  timings.push(performance.now() - start)
}
console.log(`\ntraining on ${TRAINING_EXAMPLES.length} messages: ${format(trainMs, 0)} ms; route(): p50 ${format(percentile(timings, 0.5) * 1000, 0)} µs, p99 ${format(percentile(timings, 0.99) * 1000, 0)} µs`)
