// Round eleven probes (issue 11): the development data as tokens the learned screen sees, for the
// GloVe prototypes beside this file (pooledMlp.py, sifKnn.py, fuse.py; see README.md here).
//   npx tsx bench/router/gloveProbes/dumpTokens.ts   → /tmp/r11/data.json
import { mkdirSync, writeFileSync } from 'node:fs'
import { TRAINING_EXAMPLES } from '../../../orchestrator/maia/intent/data/index.ts'
import { SAFETY_TRAINING, SAFETY_TRAINING_NEGATIVES } from '../../../orchestrator/maia/intent/data/safetyTraining.ts'
import { composeSafetyExamples } from '../../../orchestrator/maia/intent/data/composed/composeSafetyExamples.ts'
import { screenText } from '../../../orchestrator/maia/intent/safety/learned/hashedFeatures.ts'
import { tokenizeMarkingNegation } from '../../../orchestrator/maia/intent/textFeatures.ts'
import { DEV_SETS } from '../devSets.ts'
const rows: unknown[] = []
const push = (set: string, text: string, positive: boolean, role: string) => rows.push({ set, text, positive, role, tokens: tokenizeMarkingNegation(screenText(text)) })
for (const e of SAFETY_TRAINING) push('base', e.text, true, 'train')
for (const t of SAFETY_TRAINING_NEGATIVES) push('base', t, false, 'train')
for (const e of TRAINING_EXAMPLES) push('base', e.text, e.intent === 'safety_escalation', 'train')
for (const e of composeSafetyExamples(40)) push('base', e.text, e.positive, 'train')
for (const set of DEV_SETS) {
  for (const m of set.crisis) push(set.name, m.text, true, 'crisis')
  for (const t of set.ordinary) push(set.name, t, false, 'ordinary')
  for (const e of set.intents) push(set.name, e.text, e.intent === 'safety_escalation', 'intent')
}
mkdirSync('/tmp/r11', { recursive: true })
writeFileSync('/tmp/r11/data.json', JSON.stringify(rows))
console.log(rows.length)
