import { createHash } from 'node:crypto'
import type { ChatMessage } from '../../shared/protocol/index.ts'
import { readableWords } from './normalizeText.ts'

/** The book a passage comes from, as the example names it. */
export interface PassageSource {
  readonly title: string
  readonly author: string
}

const STOP_WORDS = new Set(('which there their these those would could should shall about after again against because before being below between both during every other others under until while where whose within without shall hath thou thee thine unto upon great things thing said saith therefore indeed himself herself itself themselves myself yourself ourselves also another through whether always never often might must cannot rather still their they them then than when what with from have this that been were will your more most only very into some such even many much like just over same those each well made make first according however perhaps certain though although little among whole since means hence thus')
  .split(/\s+/))

/** `Apology (with the translator's introduction)` → `Apology`. */
export function shortTitle(title: string): string {
  return title.replace(/\s*\([^)]*\)\s*/g, ' ').trim()
}

/** `Anonymous (Hebrew Bible)` and other unnamed authors read as "the writer of <title>". */
function authorPhrase(source: PassageSource): string {
  const author = source.author.replace(/\s*\([^)]*\)\s*/g, ' ').trim()
  return /^(anonymous|unknown)$/i.test(author) || author === '' ? `the writer of ${shortTitle(source.title)}` : author
}

/** The passage's most frequent content word (5+ letters, not a stop word); ties go to the first. */
export function passageTopic(text: string): string {
  const counts = new Map<string, number>()
  for (const word of readableWords(text)) {
    if (word.length < 5 || STOP_WORDS.has(word) || /\d/.test(word)) continue
    counts.set(word, (counts.get(word) ?? 0) + 1)
  }
  let best = 'this'
  let bestCount = 0
  for (const [word, count] of counts) if (count > bestCount) [best, bestCount] = [word, count]
  return best
}

const QUESTIONS: ReadonlyArray<(topic: string, title: string, author: string) => string> = [
  (topic, title, author) => `Teach me about ${topic} as ${author} treats it in ${title}.`,
  (topic, title) => `What does ${title} say about ${topic}?`,
  (topic, title) => `I've been thinking about ${topic}. Is there a passage in ${title} that could help me reflect?`,
  (topic, _title, author) => `Can you share what ${author} wrote about ${topic}, and what it might mean for me?`
]
const INTRODUCTIONS: ReadonlyArray<(topic: string, title: string, author: string) => string> = [
  (_topic, title, author) => `In *${title}*, ${author} writes:`,
  (topic, title, author) => `Here is how ${author} speaks of ${topic} in *${title}*:`,
  (_topic, title) => `A passage from *${title}* speaks to this:`
]
const REFLECTIONS: ReadonlyArray<(topic: string) => string> = [
  (topic) => `What in this passage speaks to your own experience of ${topic}?`,
  () => 'Which part of this stays with you, and why?',
  (topic) => `How might this change the way you look at ${topic} in your own life?`
]

/**
 * One grounded teaching example from a library passage: the MAIA identity as the system prompt,
 * a user asking about the passage's topic, and an answer that quotes the passage whole, names the
 * work and its author and ends with one open question (as identity.md asks). The wording is picked
 * from small template lists by a hash of `unit`, so a rebuild gives the same text.
 *
 * @example
 * passageToExample(passage, { title: 'Apology', author: 'Plato' }, 'library:plato-apology.md#3', identity)
 */
export function passageToExample(passageText: string, source: PassageSource, unit: string, systemPrompt: string): ChatMessage[] {
  const digest = createHash('sha256').update(unit).digest()
  const pick = <T>(list: readonly T[], byte: number): T => list[digest[byte]! % list.length]!
  const topic = passageTopic(passageText)
  const title = shortTitle(source.title)
  const author = authorPhrase(source)
  const quoted = passageText.split('\n\n').map((paragraph) => `> ${paragraph}`).join('\n>\n')
  const messages: ChatMessage[] = []
  if (systemPrompt.trim() !== '') messages.push({ role: 'system', content: systemPrompt.trim() })
  messages.push({ role: 'user', content: pick(QUESTIONS, 0)(topic, title, author) })
  messages.push({ role: 'assistant', content: `${pick(INTRODUCTIONS, 1)(topic, title, author)}\n\n${quoted}\n\n${pick(REFLECTIONS, 2)(topic)}` })
  return messages
}
