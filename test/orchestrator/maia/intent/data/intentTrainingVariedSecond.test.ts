import { describe, expect, it } from 'vitest'
import { normalise, otherDataFiles, SHINGLE, shingles, spentHeldOutFiles, stringLiterals } from '../../../../helpers/trainingTexts.ts'
import { INTENT_TRAINING_VARIED_SECOND } from '../../../../../orchestrator/maia/intent/data/intentTrainingVariedSecond.ts'
import { INTENTS, type Intent } from '../../../../../orchestrator/maia/intent/intents.ts'

const OWN_FILE = 'intentTrainingVariedSecond.ts'
/** The newest spent outside set; later ones (being written now) must not be read, even by this test. */
const LAST_SPENT_SET = 14
const ORDINARY_INTENTS = INTENTS.filter((intent): intent is Exclude<Intent, 'safety_escalation'> => intent !== 'safety_escalation')
const MINIMUM_PER_INTENT = 120

const otherFiles = otherDataFiles(OWN_FILE)
const heldOutFiles = spentHeldOutFiles(LAST_SPENT_SET)
const texts = INTENT_TRAINING_VARIED_SECOND.map((example) => example.text)

describe('second batch of varied intent training messages', () => {
  it(`has at least ${MINIMUM_PER_INTENT} messages for each ordinary intent and none for safety escalation`, () => {
    const counts = new Map<Intent, number>(INTENTS.map((intent) => [intent, 0]))
    for (const example of INTENT_TRAINING_VARIED_SECOND) counts.set(example.intent, (counts.get(example.intent) ?? 0) + 1)
    for (const intent of ORDINARY_INTENTS) expect(counts.get(intent), intent).toBeGreaterThanOrEqual(MINIMUM_PER_INTENT)
    expect(counts.get('safety_escalation')).toBe(0)
  })

  it('has only valid intents and non-empty, trimmed texts', () => {
    for (const example of INTENT_TRAINING_VARIED_SECOND) expect(INTENTS, example.text).toContain(example.intent)
    for (const text of texts) {
      expect(text, text).toBe(text.trim())
      expect(normalise(text).length, text).toBeGreaterThan(0)
    }
  })

  it('repeats no message, even after folding case, accents and punctuation', () => {
    const seen = new Map<string, string>()
    for (const text of texts) {
      const key = normalise(text)
      expect(seen.get(key), `repeated: ${text}`).toBeUndefined()
      seen.set(key, text)
    }
  })

  it('shares no message with the other data files of the router', () => {
    expect(otherFiles.length).toBeGreaterThan(5)
    const others = new Set(otherFiles.flatMap(stringLiterals).map(normalise))
    expect(texts.filter((text) => others.has(normalise(text)))).toEqual([])
  })

  it('shares no message with the held-out sets v1 to v14', () => {
    expect(heldOutFiles.some((path) => path.includes(`v${LAST_SPENT_SET}`))).toBe(true)
    expect(heldOutFiles.some((path) => /\/v(1[5-9]|[2-9]\d)\//u.test(path))).toBe(false)
    const heldOut = new Set(heldOutFiles.flatMap(stringLiterals).map(normalise))
    expect(texts.filter((text) => heldOut.has(normalise(text)))).toEqual([])
  })

  it(`shares no run of ${SHINGLE} words with a held-out message (no lightly edited copies)`, () => {
    const heldOutRuns = new Set(heldOutFiles.flatMap(stringLiterals).flatMap(shingles))
    const shared = texts.flatMap((text) => shingles(text).filter((run) => heldOutRuns.has(run)).map((run) => `"${run}" in: ${text}`))
    expect(shared).toEqual([])
  })

  it(`is not written from templates: no two messages share a run of ${SHINGLE} words`, () => {
    const repeats: string[] = []
    const owner = new Map<string, string>()
    for (const text of texts) {
      for (const run of new Set(shingles(text))) {
        const first = owner.get(run)
        if (first !== undefined) repeats.push(`"${run}" in both: ${first} | ${text}`)
        owner.set(run, text)
      }
    }
    expect(repeats).toEqual([])
  })
})
