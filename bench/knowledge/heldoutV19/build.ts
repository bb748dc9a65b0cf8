// Builds questions.json from questions.tsv (one line per candidate: `source#position`, the question,
// and optionally one earlier turn) and the candidates of pickPassages.ts. The quote is the first
// 12-25 words of the picked unit (markdown `_` left out). Runs no retriever.
//   npx tsx bench/knowledge/heldoutV19/build.ts            # writes questions.json
//   npx tsx bench/knowledge/heldoutV19/build.ts --quotes   # prints each candidate's key and quote (writing aid), writes nothing
import { buildHeldoutQuestions } from '../heldoutQuestionBuild.ts'
import * as picker from './pickPassages.ts'

const SHORT: Record<string, string> = {
  'freud-dream-psychology.md': 'freud', 'plato-phaedo.md': 'phaedo', 'plato-symposium.md': 'symp',
  'melville-moby-dick.md': 'moby', 'chesterton-the-man-who-was-thursday.md': 'thursday',
  'chesterton-the-wisdom-of-father-brown.md': 'brown', 'edgeworth-the-parents-assistant.md': 'edgeworth'
}

if (process.argv[1] !== undefined && import.meta.filename === process.argv[1]) {
  await buildHeldoutQuestions({ folder: new URL('./', import.meta.url), prefix: 'v19', short: SHORT, picker, quotesOnly: process.argv.includes('--quotes') })
}
