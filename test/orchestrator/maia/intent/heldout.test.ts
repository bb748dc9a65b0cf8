import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { DEV_SETS, DEV_SETS_AS_WRITTEN } from '../../../../bench/router/devSets.ts'
import { SPENT_SETS } from './spentSets.ts'
import { freshSetName } from '../../../../bench/router/freshSet.ts'
import { getShippedLearnedSafetyScreen } from '../../../../orchestrator/maia/intent/safety/learned/shippedSafetyModels.ts'
import { TRAINING_EXAMPLES } from '../../../../orchestrator/maia/intent/data/index.ts'
import { SAFETY_TRAINING, SAFETY_TRAINING_NEGATIVES } from '../../../../orchestrator/maia/intent/data/safetyTraining.ts'

const root = fileURLToPath(new URL('../../../..', import.meta.url))
// The development sets (v1–v56, as the learned screen is trained on them since round forty-nine).
// Sets v10–v59 were each measured once as the one-shot set (RUN10…: 81.4% recall / 2.0% false
// alarms; RUN11…: 77.1% / 3.4%; RUN12…: 88.5% / 1.3%; RUN13…: 84.4% / 1.0%; RUN14…: 91.7% / 0.6%;
// RUN15…: 97.9% / 2.7%; RUN16…: 95.7% / 1.9%; RUN17…: 92.9% / 2.2%; RUN18…: 97.7% / 2.2%; RUN19…:
// 96.5% / 2.8%; RUN20…: 96.5% / 2.1%; RUN21…: 97.0% / 2.7%; RUN22…: 97.5% / 1.4%; RUN23…: 97.1% /
// 2.1%; RUN24…: 81.4% / 3.4%, non-Latin scripts 12/80; RUN25…: 88.6% / 4.8%, the candidate that
// shipped 92.4% / 3.9%; RUN26…: 86.5% / 5.0%, non-Latin 70/115; RUN27…: 84.3% / 4.6%, after round
// twenty-five 85.5% / 4.3%; RUN28…: 80.4% / 4.5%, the twelfth batch that shipped 85.1% / 2.9%; RUN29…:
// 71.5% / 4.4%, non-Latin 94/199; RUN30…: 68.7% / 2.8%, round twenty-six that shipped 84.3% / 2.8%; RUN31…:
// 88.5% / 4.7%; RUN32…: 82.5% / 5.8%, round twenty-seven that shipped 86.8% / 3.7%; v33, RUN33…: 90.4% / 3.2%,
// round twenty-eight that shipped 92.3% / 2.6%; v34, RUN34…: 90.4% / 1.7%, round twenty-nine's candidate
// 89.9% / 0.9% not shipped; v35, RUN35…: 87.9% / 3.0%, round thirty that shipped 88.6% / 2.3%; v36, RUN36…:
// 83.8% / 1.1%, with sentence windows 85.1% / 1.1%; v37, RUN37…: 82.0% / 2.3%, round thirty-one's data that
// shipped 81.8% / 1.4%; v38, RUN38…: 84.4% / 1.2%; v39, RUN39…: 88.8% / 0.9%, round thirty-two's runs of words
// that shipped 89.3% / 0.9%; v40, RUN40…: 86.8% / 0.7%, round thirty-three's data that shipped 89.5% / 0.5%; v41,
// RUN41…: 93.9% / 0.5%, round thirty-four's data that shipped 94.5% / 0.7%; v42, RUN42…: 92.3% / 2.6%; v43, RUN43…:
// 92.1% / 3.0%, round thirty-six's data that shipped 93.0% / 1.9%; v44, RUN44…: 96.3% / 1.6%, round thirty-seven's
// data that shipped 96.9% / 0.9%; v45, RUN45…: 96.7% / 1.6% on round thirty-seven; v46, RUN46…: 96.7% / 0.7%, round
// thirty-eight's data that shipped 97.8% / 0.5%; v47, RUN47…: 95.0% / 1.8%, round thirty-nine's data that shipped
// 96.3% / 1.6%; v48, RUN48…: 96.3% / 1.4%, round forty's router that shipped 97.8% / 1.1%; v49, RUN49…: 95.2% /
// 0.9%, round forty-one's data that shipped 95.8% / 0.7%; v50, RUN50…: 95.4% / 0.7%, round forty-two's data that
// shipped 96.3% / 0.7%; v51, RUN51…: 96.3% / 2.3% on round forty-two, whose candidate was not shipped;
// v52, RUN52…: 95.4% / 2.3%, round forty-four's calm sentences that shipped 96.7% / 1.6%; v53, RUN53…: 94.7% / 1.4%,
// round forty-five's data that shipped 95.6% / 1.2%; v54, RUN54…: 94.5% / 2.3%, round forty-six's manipulation rules
// that shipped 95.6% / 2.5%; v55, RUN55…: 94.1% / 1.2%, round forty-seven's data that shipped 94.7% / 1.2%; v56,
// RUN56…: 94.7% / 0.2% on round forty-seven, whose candidates were not shipped) and are trained on since (v57,
// RUN57…: 92.1% / 1.4%, round forty-nine's data and levers that shipped 94.1% / 1.6%, and v58, RUN58…: 94.5% / 1.2%
// on round forty-nine, whose candidates were not shipped, and v59, RUN59…: 91.4% / 1.2% on round forty-nine, whose
// candidates changed no message, and v60, RUN60…: 95.2% / 1.6%, round fifty-two's non-Latin threshold that shipped
// 95.8% / 1.8%, and v61, RUN61…: 94.5% / 1.9% on round fifty-two, whose candidates changed no message, and v62, RUN62…:
// 96.1% / 2.5% on round fifty-two, whose candidates were not shipped, and v63, RUN63…: 96.1% / 1.2% on round fifty-two,
// whose candidate changed no message, and v64, RUN64…: 95.8% / 1.6% on round fifty-two, round fifty-six's cross-language
// rules with their own floor that shipped 96.1% / 1.6%, and v65, RUN65…: 98.5% / 1.9% on round fifty-six, whose intent
// candidate shipped (intent 88.3% → 90.0%), and v66, RUN66…: 98.7% / 1.6% on round fifty-seven, whose kind candidate
// shipped (kind right 436 → 440 of 456), and v67, RUN67…: 97.8% / 2.3% on round fifty-eight, whose candidate changed no
// message, and v68, RUN68…: 97.8% / 2.5% on round fifty-eight, whose candidate was not shipped, are spent and not yet trained on: spentSets.ts, whose messages are checked for
// overlaps too). The next one-shot set is written by someone else and measured once by the lead: no training or tuning
// code may name it. (devSets.ts counts a message once: the one-word ordinary messages of v15, v25 and
// v26, one v27 intent message and one v30 ordinary message that were already training texts or in an
// earlier set are left out.)
const SETS = [...DEV_SETS]
const trainingTexts = (): Set<string> => new Set([...TRAINING_EXAMPLES.map((example) => example.text), ...SAFETY_TRAINING.map((example) => example.text), ...SAFETY_TRAINING_NEGATIVES].map((text) => text.toLowerCase()))

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name)
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : []
  })
}

describe('held-out router sets (bench/router/heldout)', () => {
  // devSets.ts counts a message once; what it leaves out is exactly the known short repeats, so a new
  // training text that copies a set's message (or a set that repeats another's) fails here.
  it('leave out only the known repeats when each message is counted once', () => {
    const leftOut = DEV_SETS_AS_WRITTEN.flatMap((set, index) => {
      const kept = DEV_SETS[index]!
      const texts = (of: typeof set) => [...of.crisis.map((message) => message.text), ...of.ordinary, ...of.intents.map((example) => example.text)]
      const keptTexts = new Set(texts(kept))
      return texts(set).filter((text) => !keptTexts.has(text)).map((text) => `${set.name}: ${text}`)
    })
    expect(leftOut).toEqual(['v15: hmm', 'v15: ok', 'v25: lol', 'v25: thanks!', 'v25: brb', 'v26: hi', 'v26: thanks!', 'v26: ok', 'v26: lol', 'v26: 🙏', 'v27: 给我一句关于放下的话', 'v30: ¿guardas mis conversaciones? ¿quién las puede ver?'])
  })

  it('share no message with the training data, nor with each other', () => {
    const training = trainingTexts()
    const seen = new Set<string>()
    for (const set of [...SETS, ...SPENT_SETS]) {
      for (const text of [...set.crisis.map((message) => message.text), ...set.ordinary, ...set.intents.map((example) => example.text)]) {
        const key = text.toLowerCase()
        expect(training.has(key), `${set.name}: ${text}`).toBe(false)
        expect(seen.has(key), `${set.name} repeats: ${text}`).toBe(false)
        seen.add(key)
      }
    }
  })

  // Since round fifty-seven the intent models also train on spent sets' intent messages, copied into
  // data/intentTrainingSpent.ts by bench/router/intentExportSpent.ts (not named here), and since round fifty-eight the
  // kind model trains on v57–v65's crises, named on trainSafetyModel.ts's command line (--kind-spent-sets); since round
  // sixty-one detection trains on the spent sets named by --detection-spent-sets, each round's additions told in
  // spentSets.ts and the set's DECISION.md. The training code below still names none of the spent sets: which ones a
  // shipped model took in is its trainedOn, checked against spentSets.ts.
  it('never feed the spent v93–v103 nor set v104 (the next one-shot held-out set) to the learned screen\'s detection: its training and measurement code names only v1–v56, and the shipped model took in exactly the spent sets marked detectionTrained', () => {
    for (const file of ['bench/router/devSets.ts', 'bench/router/trainSafetyModel.ts', 'bench/router/calmLetterSentences.ts', 'bench/router/safetyLoso.ts', 'bench/router/safetyLosoVectors.ts', 'bench/router/sentenceVectorCache.ts', 'bench/router/buildSafetyConcepts.ts', 'bench/router/buildWordClusters.ts', 'bench/router/safetyLearningCurve.ts', 'bench/router/safetyBaseExamples.ts', 'bench/router/safetyLosoLevers.ts', 'bench/router/safetyLosoAppendSet.ts', 'bench/router/safetyRulesNow.ts', 'bench/router/safetyRuleAudit.ts', 'bench/router/safetyHardNegatives.ts', 'bench/router/safetyLanguageGroup.ts', 'bench/router/intentVectorsLoso.ts', 'bench/router/intentVectorsTrain.ts', 'bench/router/intentVectorsRouter.ts', 'bench/router/intentLosoLevers.ts', 'bench/router/intentLabelAudit.ts', 'bench/router/intentExportDevelopment.ts', 'bench/router/intentNgramTrain.ts', 'bench/router/safetyArbitration.ts', 'bench/router/safetyLosoMergeFolds.ts', 'bench/router/safetyGroupFold.ts', 'bench/router/safetyKindLoso.ts', 'bench/router/intentGroupFold.ts', 'bench/router/safetyScriptGroup.ts', 'bench/router/safetyScriptThreshold.ts', 'bench/router/safetyRuleScope.ts', 'orchestrator/maia/intent/safety/scriptGroup.ts']) {
      const source = readFileSync(join(root, file), 'utf8')
      const imports = source.match(/^import .*$/gmu) ?? []
      for (const line of imports) expect(line, file).not.toMatch(/v5[7-9]|v6[0-9]|v7[0-9]|v8[0-9]|v9[0-9]/iu)
      expect(source, file).not.toMatch(/heldout\/(?:v5[7-9]|v6[0-9]|v7[0-9]|v8[0-9]|v9[0-9])|V5[7-9]|V6[0-9]|V7[0-9]|V8[0-9]|V9[0-9]/u)
    }
    for (const file of sourceFiles(join(root, 'orchestrator/maia/intent'))) expect(readFileSync(file, 'utf8'), file).not.toMatch(/heldout\/v[2-5]\d|V[2-5]\d\.ts/u)
    const trainedOn = new Set(getShippedLearnedSafetyScreen().meta.trainedOn.sets)
    for (const set of SPENT_SETS) expect(trainedOn.has(set.name), `${set.name} in the shipped model's trainedOn`).toBe(set.detectionTrained)
    const fresh = freshSetName()
    expect(fresh).toBe('v104')
    expect(trainedOn.has(fresh!)).toBe(false)
  })

  it('are never imported by the router (training code cannot see them)', () => {
    for (const file of sourceFiles(join(root, 'orchestrator/maia/intent'))) expect(readFileSync(file, 'utf8'), file).not.toMatch(/(?:from|import)\s*\(?\s*['"][^'"]*heldout/i)
  })

  // The synchronous guard of every development set (v1–v56, training figures, ~90 s here), the routeAsync guards of the
  // training sets v15–v56 (~40–80 s each) and of the spent sets v57–v65 (~80 s each) are in
  // heldoutTrainingSets.slow.test.ts and heldoutLaterSets.slow.test.ts (trainingSetGuards.ts), run side by side by
  // `npm run test:slow` (CI runs it after `npm test`).


})
