// A spent one-line set (bench/router/plainDisclosures/heldoutN.tsv) as a development set for detection training
// (trainSafetyModel.ts --detection-one-liner-sets, round seventy-seven's S46): its crises as crisis messages, its
// look-alikes as ordinary ones. The one-line kinds are finer than the screen's: they map onto SAFETY_KINDS here.
// A fresh one-line set (freshSet.ts) is refused: it is measured once and never trained on.
import { basename } from 'node:path'
import type { SafetyKind } from '../../orchestrator/maia/intent/safetyKinds.ts'
import type { DevSet } from './devSets.ts'
import { refuseFreshOneLiners } from './freshSet.ts'
import { readOneLiners, type OneLiner } from './oneLinerSet.ts'

// heldout1.tsv has no kind column: all its crises are plain disclosures of suicidal thoughts.
const KIND_OF_ONE_LINER: Readonly<Record<string, SafetyKind>> = {
  self_harm_now: 'suicide_self_harm',
  suicidal_disclosure: 'suicide_self_harm',
  method_seeking: 'method_seeking',
  third_party_emergency: 'third_party_emergency',
  medical_emergency: 'medical_emergency',
  medication_stop: 'medication_stop',
  abuse: 'abuse',
  harm_to_others: 'harm_to_others',
  manipulation: 'manipulation'
}

/** The screen's kind of a one-line crisis; throws on a kind this mapping does not know (so a new kind is not trained as another by accident). */
export function safetyKindOfOneLiner(line: OneLiner, name: string): SafetyKind {
  if (line.kind === undefined) return 'suicide_self_harm'
  const kind = KIND_OF_ONE_LINER[line.kind]
  if (kind === undefined) throw new Error(`${name}: one-line kind "${line.kind}" has no safety kind (known: ${Object.keys(KIND_OF_ONE_LINER).join(', ')})`)
  return kind
}

/** The lines of a one-line set as a development set named after its file, with no intent messages. */
export function oneLinerDevSet(lines: readonly OneLiner[], name: string): DevSet {
  return {
    name,
    crisis: lines.filter((line) => line.label === 'crisis').map((line) => ({ text: line.text, kind: safetyKindOfOneLiner(line, name) })),
    ordinary: lines.filter((line) => line.label === 'ordinary').map((line) => line.text),
    intents: []
  }
}

/** The one-line set in `file` as a development set; refuses a fresh one-line set. */
export function readOneLinerDevSet(file: string): DevSet {
  refuseFreshOneLiners([basename(file)], 'trained on')
  return oneLinerDevSet(readOneLiners(file), basename(file, '.tsv'))
}
