// Builds questions.json from questions.tsv (one line per candidate: `source#position`, the question,
// and optionally one earlier turn) and the candidates of pickPassages.ts. The quote is the first
// 12-25 words of the picked unit (KJV verse numbers and markdown `_` left out). Runs no retriever.
//   npx tsx bench/knowledge/heldoutV18/build.ts            # writes questions.json
//   npx tsx bench/knowledge/heldoutV18/build.ts --quotes   # prints each candidate's key and quote (writing aid), writes nothing
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { normalizeForMatch } from '../support.ts'
import { earlierSpans, fullPlan, libraryOf, nearFor, normalisedSource, offsetOf, pick, units } from './pickPassages.ts'

const SHORT: Record<string, string> = {
  'freud-dream-psychology.md': 'freud', 'plato-phaedo.md': 'phaedo', 'plato-symposium.md': 'symp',
  'blake-songs-of-innocence-and-of-experience.md': 'blake', 'whitman-leaves-of-grass.md': 'whitman', 'milton-paradise-lost.md': 'milton',
  'melville-moby-dick.md': 'moby', 'chesterton-the-man-who-was-thursday.md': 'thursday'
}

/** The gold quote of a picked unit: its first 25 words (verse number and `_` left out), run on into the source when under 60 characters. */
export function quoteOf(unit: string, text: string): string {
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
  return quote
}

if (process.argv[1] !== undefined && import.meta.filename === process.argv[1]) {
  const quotesOnly = process.argv.includes('--quotes')
  const lines = quotesOnly ? [] : (await readFile(new URL('./questions.tsv', import.meta.url), 'utf8')).split('\n').filter((line) => line.trim() !== '')
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
      const key = `${book.source.replace(/\.(md|txt)$/, '')}#${position}`
      const quote = quoteOf(unit, text)
      if (quotesOnly) { console.log(`${key}\t${quote}`); continue }
      const entry = asked.get(key)
      if (entry === undefined) { skipped.push(key); continue }
      questions.push({
        id: `v18-${SHORT[book.source]}-${position}`, library: book.library, kind: entry.turn === undefined ? 'paraphrase' : 'conversational',
        question: entry.question, ...(entry.turn === undefined ? {} : { earlierTurns: [entry.turn] }),
        passages: [{ source: book.source, quote }]
      })
    }
  }
  if (!quotesOnly) {
    await writeFile(new URL('./questions.json', import.meta.url), `${JSON.stringify({ questions }, null, 2)}\n`)
    console.log(`wrote ${questions.length} questions; candidates without a question (skipped): ${skipped.length} ${skipped.join(' ')}`)
    const used = new Set(questions.map((question) => (question as { id: string }).id))
    const unused = [...asked.keys()].filter((key) => ![...used].some((id) => id.endsWith(`-${key.split('#')[1]}`) && id.startsWith(`v18-${SHORT[`${key.split('#')[0]}.md`] ?? SHORT[`${key.split('#')[0]}.txt`]}-`)))
    if (unused.length > 0) console.log(`keys matching no candidate: ${unused.join(' ')}`)
  }
}
