// Checks the held-out set v3 without running any retriever: the file parses with the bench's
// questionSetSchema; every quote and alternative has 8-25 words and occurs exactly once in its
// source after normalizeForMatch (as paraphraseRecall.ts matches it); and counts per book and kind,
// plus how many content words each question shares with its first quote.
//   npx tsx bench/knowledge/secondLibrary.ts --out /tmp/maia-second-library-v3
//   npx tsx bench/knowledge/heldoutV3/validate.ts [--shared ../shared/library] [--second /tmp/maia-second-library-v3]
// --against FILE (repeatable): also lists this set's questions whose first quote lies within 300
// normalised characters of a passage of FILE in the same source (FILE's contents are not printed).
// The writer of this set did not run it: reading the earlier sets was out of bounds for them.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { normalizeForMatch, questionSetSchema } from '../support.ts'

const flag = (name: string, fallback: string): string => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] ?? fallback : fallback)
const libraries = { shared: flag('--shared', join(import.meta.dirname, '../../../../shared/library')), second: flag('--second', '/tmp/maia-second-library-v3') }
const TUNE_BOOKS = new Set(['jung-collected-papers-on-analytical-psychology.md', 'plato-apology.md', 'kjv-proverbs.txt', 'kjv-job.txt'])
const STOP_WORDS = new Set('a about after all also am an and any are as at be been but by can could did do does doing don even ever for from get had has have he her him his how i if in into is it its just like me more my no nor not now of on once only or other our out over own same she should so some such than that the their them then there these they this those thy thee thou to too up very was we were what when where which while who whom why will with would you your ye unto shall hath doth'.split(' '))
const extraSchema = z.object({ questions: z.array(z.object({ id: z.string(), library: z.enum(['shared', 'second']), kind: z.enum(['paraphrase', 'conversational']), earlierTurns: z.array(z.string()).optional() })) })

const file = join(import.meta.dirname, 'questions.json')
const json: unknown = JSON.parse(await readFile(file, 'utf8'))
const questions = questionSetSchema.parse(json).questions
const extras = new Map(extraSchema.parse(json).questions.map((question) => [question.id, question]))
const sources = new Map<string, string>()
const problems: string[] = []
const counts = new Map<string, number>()
const overlaps = new Map<number, number>()
let quotes = 0
const contentWords = (text: string): Set<string> => new Set(normalizeForMatch(text).split(/[^a-z']+/).map((word) => word.replace(/'s$|'/g, '')).filter((word) => word.length > 2 && !STOP_WORDS.has(word)))

for (const question of questions) {
  const extra = extras.get(question.id)!
  if (extra.kind === 'conversational' && (extra.earlierTurns ?? []).length === 0) problems.push(`${question.id}: conversational without earlierTurns`)
  for (const passage of question.passages) {
    if (TUNE_BOOKS.has(passage.source)) problems.push(`${question.id}: tune book ${passage.source}`)
    const path = join(libraries[extra.library], passage.source)
    if (!sources.has(path)) sources.set(path, normalizeForMatch(await readFile(path, 'utf8').catch(() => '')))
    const text = sources.get(path)!
    if (text === '') problems.push(`${question.id}: source missing ${path}`)
    for (const quote of [passage.quote, ...(passage.alternatives ?? [])]) {
      quotes += 1
      const words = quote.trim().split(/\s+/).length
      if (words < 8 || words > 25) problems.push(`${question.id}: quote of ${words} words: ${quote}`)
      const normalized = normalizeForMatch(quote)
      const first = text.indexOf(normalized)
      if (first < 0) problems.push(`${question.id}: quote not found in ${passage.source}: ${quote}`)
      else if (text.indexOf(normalized, first + 1) >= 0) problems.push(`${question.id}: quote not unique in ${passage.source}: ${quote}`)
    }
  }
  const key = `${extra.library}\t${question.passages[0]!.source}\t${extra.kind}`
  counts.set(key, (counts.get(key) ?? 0) + 1)
  const asked = contentWords([...(extra.earlierTurns ?? []), question.question].join(' '))
  const shared = [...contentWords(question.passages[0]!.quote)].filter((word) => asked.has(word)).length
  overlaps.set(shared, (overlaps.get(shared) ?? 0) + 1)
}

const againstFiles = process.argv.flatMap((argument, index) => (argument === '--against' && process.argv[index + 1] !== undefined ? [process.argv[index + 1]!] : []))
for (const againstFile of againstFiles) {
  const earlier = questionSetSchema.parse(JSON.parse(await readFile(againstFile, 'utf8'))).questions
  const near: string[] = []
  for (const question of questions) {
    const passage = question.passages[0]!
    const text = [...sources].find(([path]) => path.endsWith(`/${passage.source}`))?.[1] ?? ''
    const mine = text.indexOf(normalizeForMatch(passage.quote))
    const close = earlier.some((other) => other.passages.some((theirs) => {
      if (theirs.source !== passage.source) return false
      const position = text.indexOf(normalizeForMatch(theirs.quote))
      return position >= 0 && mine >= 0 && Math.abs(position - mine) <= 300
    }))
    if (close) near.push(question.id)
  }
  console.log(`near a passage of ${againstFile}: ${near.length}${near.length > 0 ? ` (${near.join(' ')})` : ''}`)
}

for (const [key, count] of [...counts].sort()) console.log(`${key}\t${count}`)
console.log(`questions: ${questions.length}; quotes and alternatives checked: ${quotes}`)
console.log(`content words shared with the first quote (question + earlier turns): ${[...overlaps].sort(([a], [b]) => a - b).map(([shared, count]) => `${shared}: ${count}`).join(', ')}`)
if (problems.length > 0) {
  console.log(`${problems.length} problem(s):\n${problems.join('\n')}`)
  process.exitCode = 1
} else console.log('every quote found exactly once in its source')
