// A one-shot or spent held-out set loaded by file-name convention (heldOutSetFiles.ts), less every message that
// already occurs in a training text: shared by heldout.ts and operatingPointLab.ts.
import { INTENT_ROUTER_TRAINING, TRAINING_EXAMPLES } from '../../orchestrator/maia/intent/data/index.ts'
import { composeSafetyExamples } from '../../orchestrator/maia/intent/data/composed/composeSafetyExamples.ts'
import { SAFETY_TRAINING, SAFETY_TRAINING_NEGATIVES } from '../../orchestrator/maia/intent/data/safetyTraining.ts'
import { DEV_SETS, type DevSet } from './devSets.ts'
import { heldOutSetFiles } from './heldOutSetFiles.ts'

let seenTexts: ReadonlySet<string> | undefined
/** Every training text (the learned screen's and the classifiers'), trimmed and lower-cased; built once. */
function seen(): ReadonlySet<string> {
  seenTexts ??= new Set([
    ...DEV_SETS.flatMap((set) => [...set.crisis.map((message) => message.text), ...set.ordinary, ...set.intents.map((example) => example.text)]),
    ...TRAINING_EXAMPLES.map((example) => example.text), ...INTENT_ROUTER_TRAINING.map((example) => example.text), ...SAFETY_TRAINING.map((example) => example.text), ...SAFETY_TRAINING_NEGATIVES,
    ...composeSafetyExamples(40).map((example) => example.text)
  ].map((text) => text.trim().toLowerCase()))
  return seenTexts
}

/**
 * Set `setName` (heldout/v17/crisisMessagesV17.ts …), less messages already in any training text. Like v5–v8: a
 * message that already occurs in any training text is not an unseen message; it is counted (logged) and left out.
 */
export async function loadHeldOutSet(setName: string, log: (line: string) => void = console.log): Promise<DevSet> {
  const { crisis, ordinary, intents } = await heldOutSetFiles(setName)
  const known = seen()
  const unseen = (text: string): boolean => !known.has(text.trim().toLowerCase())
  const set = { name: setName, crisis: crisis.filter((message) => unseen(message.text)), ordinary: ordinary.filter(unseen), intents: (intents ?? []).filter((example) => unseen(example.text)) }
  log(`set ${setName}: left out as already in training data: ${crisis.length - set.crisis.length} crisis, ${ordinary.length - set.ordinary.length} ordinary, ${(intents ?? []).length - set.intents.length} intent messages`)
  return set
}
