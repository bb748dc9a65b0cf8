// Builds questions.json from questions.tsv (one line per candidate: `source#position`, the question,
// and optionally one earlier turn) and the candidates of pickPassages.ts. The quote is the first
// 12-25 words of the picked unit (KJV verse numbers and markdown `_` left out). Runs no retriever.
//   npx tsx bench/knowledge/heldoutV17/build.ts            # writes questions.json
//   npx tsx bench/knowledge/heldoutV17/build.ts --quotes   # prints each candidate's key and quote (writing aid), writes nothing
import { buildHeldoutQuestions } from '../heldoutQuestionBuild.ts'
import * as picker from './pickPassages.ts'

const SHORT: Record<string, string> = {
  'freud-dream-psychology.md': 'freud', 'plato-phaedo.md': 'phaedo', 'plato-symposium.md': 'symp', 'kjv-ecclesiastes.txt': 'eccl',
  'chesterton-the-ball-and-the-cross.md': 'ball', 'austen-persuasion.md': 'pers', 'bryant-stories-to-tell-to-children.md': 'bryant',
  'blake-songs-of-innocence-and-of-experience.md': 'blake', 'whitman-leaves-of-grass.md': 'whitman', 'milton-paradise-lost.md': 'milton'
}

if (process.argv[1] !== undefined && import.meta.filename === process.argv[1]) {
  await buildHeldoutQuestions({ folder: new URL('./', import.meta.url), prefix: 'v17', short: SHORT, picker, quotesOnly: process.argv.includes('--quotes') })
}
