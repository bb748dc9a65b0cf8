// Early Modern English forms that the old translations in a library use (the King James Version,
// Jowett's Plato, Long's Marcus Aurelius) and a reader of today never types. Irregular ones are
// listed; the regular verb endings are rewritten by rule below.
const IRREGULAR: ReadonlyMap<string, string> = new Map([
  ['hath', 'has'], ['doth', 'does'], ['saith', 'says'], ['hast', 'have'], ['dost', 'do'], ['didst', 'did'],
  ['hadst', 'had'], ['wast', 'was'], ['wert', 'were'], ['canst', 'can'], ['couldst', 'could'], ['wouldst', 'would'],
  ['shouldst', 'should'], ['mayest', 'may'], ['mayst', 'may'], ['mightest', 'might'], ['shalt', 'shall'], ['wilt', 'will'],
  ['shew', 'show'], ['shewed', 'showed'], ['shewing', 'showing'], ['sheweth', 'shows'], ['shewn', 'shown'], ['spake', 'spoke'],
  ['brethren', 'brothers'], ['nigh', 'near'], ['ere', 'before'], ['unto', 'to'], ['thee', 'you'], ['thou', 'you'],
  ['thy', 'your'], ['thine', 'yours'], ['ye', 'you'], ['whoso', 'whoever'], ['whosoever', 'whoever'], ['aught', 'anything'], ['naught', 'nothing']
])

/** Words ending in -eth that are not verbs in the third person (lowercase). */
const NOT_VERBS: ReadonlySet<string> = new Set(['teeth', 'beneath', 'nazareth', 'elizabeth', 'japheth', 'twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'])

/**
 * The modern form of an archaic English word (lower case), or the word itself: `hath` → `has`,
 * `loveth` → `loves`, `seeth` → `sees`, and after `thou` (`afterThou`) the second person `knowest` →
 * `knows`, `art` → `are`. Passages and questions both go through it (analyzeText.ts), so "the Lord
 * loveth" and "does God love me" meet on one stem. The -est ending is only read as a verb after
 * "thou": elsewhere it is a superlative ("greatest").
 *
 * @example
 * modernizeWord('giveth', false) // 'gives'
 * modernizeWord('knowest', true) // 'knows'
 */
export function modernizeWord(word: string, afterThou: boolean): string {
  const irregular = IRREGULAR.get(word)
  if (irregular !== undefined) return irregular
  if (afterThou) {
    if (word === 'art') return 'are'
    if (word.length >= 5 && word.endsWith('est')) return toThirdPerson(word.slice(0, -3))
  }
  if (word.length >= 5 && word.endsWith('eth') && !NOT_VERBS.has(word)) return toThirdPerson(word.slice(0, -3))
  return word
}

/**
 * The third-person form of a verb whose -eth / -est ending was cut off: the ending's doubled
 * consonant goes ("runneth" → runs), a silent e comes back where English spells it ("loveth" →
 * loves, "maketh" → makes), and sibilants take -es ("teacheth" → teaches, "seeth" → sees).
 */
function toThirdPerson(stem: string): string {
  if (stem.length === 0) return stem
  if (/([bdfgkmnprt])\1$/.test(stem)) return `${stem.slice(0, -1)}s`
  if (/(?:s|sh|ch|x|z|o|e|i)$/.test(stem)) return `${stem}es`
  // Consonant, vowel, consonant at the end: the e was silent ("lov-e", "mak-e", "com-e"). Where it
  // was not ("open", "visit"), the stemmer drops the e again from a word of two syllables or more.
  // Two vowels ("speak", "seek") or two consonants ("walk") before the end keep no e.
  if (/(?:^|[^aeiou])[aeiou][bcdfgklmnprstvz]$/.test(stem)) return `${stem}es`
  return `${stem}s`
}
