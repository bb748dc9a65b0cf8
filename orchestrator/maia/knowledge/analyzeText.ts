import { modernizeWord } from './modernizeWord.ts'
import { stemWord } from './stemWord.ts'
import { FUNCTION_WORDS } from './toSearchQuery.ts'

// Archaic and filler words that the question filter keeps but that carry no topic in the
// library's books ("thou", "unto", "hath" fill the King James text; "man" and "one" fill all of it).
const EXTRA_STOP_WORDS = ['dont', 'doesnt', 'didnt', 'cant', 'wont', 'isnt', 'im', 'ive', 'youre', 'actually', 'anyone', 'anybody', 'somebody', 'else', 'okay', 'ok', 'maybe', 'kind', 'sort', 'stuff', 'lot', 'lots', 'thou', 'thee', 'thy', 'thine', 'ye', 'unto', 'hath', 'doth', 'shalt', 'wilt', 'art', 'hast', 'saith', 'yea', 'lo', 'behold', 'even', 'said', 'one', 'also', 'like', 'us', 'upon', 'therefore', 'yet', 'whether', 'every', 'much', 'many', 'well', 'still', 'o', 'oh', 'neither', 'nor', 'either', 'though', 'although', 'cannot', 'shall', 'will', 'would', 'let', 'thus', 'hence', 'whence', 'thereof', 'wherefore', 'footnote', 'cf', 'ibid', 'p', 'pp', 'i', 'ii', 'iii', 'iv', 'v', 'vi']
const STOP_WORDS: ReadonlySet<string> = new Set([...FUNCTION_WORDS, ...EXTRA_STOP_WORDS])
// With archaic forms modernised, "art" after "thou" becomes "are": elsewhere it is the noun.
const MODERN_STOP_WORDS: ReadonlySet<string> = new Set([...STOP_WORDS].filter((word) => word !== 'art'))

export interface AnalyzeOptions {
  /** Early Modern English forms read as today's ("loveth" → loves, "thou knowest" → knows: modernizeWord.ts); default true. */
  archaic?: boolean
}

/**
 * Bumped whenever analyzeText's output may change (stop words, stemming, tokenisation): saved
 * search snapshots (searchSnapshot.ts) hold analysed terms and are rebuilt when it differs.
 */
export const ANALYZER_VERSION = 2

// Stemming is the costly part of building an index; books repeat their words, so memoise.
const stems = new Map<string, string>()
const MAX_MEMO = 200_000

/**
 * The index terms of `text`: words lower-cased, accents folded, archaic forms modernised
 * (modernizeWord.ts: the King James and Jowett's "loveth", "thou knowest"), stop words dropped, Porter-stemmed,
 * in order (repeats kept, so callers can count term frequencies). Both passages and questions go
 * through this one function, so their terms always agree.
 *
 * @example
 * analyzeText('Why do I keep dreaming of falling?') // ['keep', 'dream', 'fall']
 */
export function analyzeText(text: string, options: AnalyzeOptions = {}): string[] {
  const terms: string[] = []
  const archaic = options.archaic !== false
  const stopWords = archaic ? MODERN_STOP_WORDS : STOP_WORDS
  // Words since the last "thou": a second-person -est verb follows it within a word or two ("thou also knowest").
  let sinceThou = Infinity
  for (const match of text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)) {
    // Contractions: a negation ("don't", "won't") is a function word; otherwise the clitic goes ("I'll" → "i", "soul's" → "soul").
    const [raw, clitic] = match[0].split(/['’]/) as [string, string | undefined]
    if (clitic === 't') continue
    sinceThou = raw === 'thou' ? 0 : sinceThou + 1
    const word = archaic ? modernizeWord(raw, sinceThou <= 2) : raw
    if (word.length < 2 || stopWords.has(word) || /^\d+$/.test(word)) continue
    let stem = stems.get(word)
    if (stem === undefined) {
      stem = stemWord(word)
      if (stems.size < MAX_MEMO) stems.set(word, stem)
    }
    terms.push(stem)
  }
  return terms
}
