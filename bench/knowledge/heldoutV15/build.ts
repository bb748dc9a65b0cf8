// Builds questions.json from questions.tsv (one line per candidate: `source#position`, the question,
// and optionally one earlier turn) and the candidates of pickPassages.ts. The quote is the first
// 12-25 words of the picked unit (KJV verse numbers and markdown `_` left out). Runs no retriever.
//   npx tsx bench/knowledge/heldoutV15/build.ts
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { normalizeForMatch } from '../support.ts'
import { earlierSpans, fullPlan, libraryOf, nearFor, normalisedSource, offsetOf, pick, units } from './pickPassages.ts'

const SHORT: Record<string, string> = {
  'freud-dream-psychology.md': 'freud', 'plato-phaedo.md': 'phaedo', 'plato-symposium.md': 'symp', 'kjv-ecclesiastes.txt': 'eccl',
  'marcus-aurelius-meditations.txt': 'med', 'kjv-psalms.txt': 'ps', 'kjv-isaiah.txt': 'isa', 'kjv-matthew.txt': 'matt', 'kjv-luke.txt': 'luke',
  'kjv-john.txt': 'john', 'kjv-romans.txt': 'rom', 'kjv-1-corinthians.txt': '1cor',
  'kjv-ruth.txt': 'ruth', 'kjv-jeremiah.txt': 'jer', 'kjv-daniel.txt': 'dan', 'kjv-hosea.txt': 'hos', 'kjv-jonah.txt': 'jonah', 'kjv-micah.txt': 'mic',
  'kjv-mark.txt': 'mark', 'kjv-2-corinthians.txt': '2cor', 'kjv-galatians.txt': 'gal', 'kjv-ephesians.txt': 'eph', 'kjv-philippians.txt': 'phil',
  'kjv-colossians.txt': 'col', 'kjv-1-timothy.txt': '1tim', 'kjv-2-timothy.txt': '2tim', 'kjv-hebrews.txt': 'heb', 'kjv-1-peter.txt': '1pet', 'kjv-1-john.txt': '1john',
  'kjv-genesis.txt': 'gen', 'kjv-deuteronomy.txt': 'deut', 'kjv-judges.txt': 'judg', 'kjv-1-samuel.txt': '1sam', 'kjv-nehemiah.txt': 'neh',
  'kjv-esther.txt': 'esth', 'kjv-joel.txt': 'joel', 'kjv-amos.txt': 'amos', 'kjv-habakkuk.txt': 'hab', 'kjv-zechariah.txt': 'zech',
  'kjv-malachi.txt': 'mal', 'kjv-acts.txt': 'acts', 'kjv-1-thessalonians.txt': '1thess', 'kjv-2-thessalonians.txt': '2thess',
  'kjv-titus.txt': 'titus', 'kjv-2-peter.txt': '2pet', 'kjv-jude.txt': 'jude', 'kjv-revelation.txt': 'rev'
}
const lines = (await readFile(new URL('./questions.tsv', import.meta.url), 'utf8')).split('\n').filter((line) => line.trim() !== '')
const asked = new Map(lines.map((line) => { const [key, question, turn] = line.split('\t'); return [key!, { question: question!, turn }] }))
const spans = await earlierSpans(normalisedSource)
const questions: unknown[] = []
const skipped: string[] = []
for (const book of await fullPlan()) {
  const text = await readFile(join(libraryOf(book), book.source), 'utf8')
  const normalised = normalizeForMatch(text)
  const bookUnits = units(text, book)
  const earlier = spans.get(book.source) ?? []
  const { picked } = pick(bookUnits, normalised, book.candidates, offsetOf(book), earlier, nearFor(book, bookUnits, normalised, earlier))
  for (const { position, unit } of picked) {
    const entry = asked.get(`${book.source.replace(/\.(md|txt)$/, '')}#${position}`)
    if (entry === undefined) { skipped.push(`${book.source}#${position}`); continue }
    const words = unit.replace(/^\d+(:\d+)? /, '').replaceAll('_', '').split(' ')
    const base = words.slice(0, 25).join(' ')
    let quote = base.replace(/[,;:]$/, '')
    if (quote.length < 60 && /^\d+ /.test(unit) && unit.split(' ').slice(0, 26).join(' ').length >= 60) quote = unit.split(' ').slice(0, 26).join(' ').replace(/[,;:]$/, '')
    if (quote.length < 60) {
      // A unit under 60 characters runs on into the words that follow it in the source.
      const flat = text.replace(/\s+/g, ' ').replaceAll('_', '')
      const following = flat.slice(flat.indexOf(base) + base.length).trim().split(' ')
      for (let taken = 1; quote.length < 60 && taken <= following.length; taken++) quote = `${base} ${following.slice(0, taken).join(' ')}`.replace(/[,;:]$/, '')
    }
    questions.push({
      id: `v15-${SHORT[book.source]}-${position}`, library: book.library, kind: entry.turn === undefined ? 'paraphrase' : 'conversational',
      question: entry.question, ...(entry.turn === undefined ? {} : { earlierTurns: [entry.turn] }),
      passages: [{ source: book.source, quote }]
    })
  }
}
await writeFile(new URL('./questions.json', import.meta.url), `${JSON.stringify({ questions }, null, 2)}\n`)
console.log(`wrote ${questions.length} questions; candidates without a question (skipped): ${skipped.length} ${skipped.join(' ')}`)
const unused = [...asked.keys()].filter((key) => !questions.some((question) => (question as { passages: Array<{ source: string }> }).passages[0]!.source.startsWith(key.split('#')[0]!)))
if (unused.length > 0) console.log(`keys matching no book: ${unused.join(' ')}`)
