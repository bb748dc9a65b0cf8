/**
 * The Porter (1980) stemmer for lower-case English words: `dreaming`, `dreams`, `dreamed` → `dream`.
 * The in-memory BM25 index (createLexicalIndex.ts) stems both passages and questions with it, so
 * what matters is consistency, not linguistic accuracy; it is the classic algorithm because it is
 * small, dependency-free and well understood.
 *
 * @example
 * stemWord('happiness') // 'happi'
 */
export function stemWord(word: string): string {
  if (word.length <= 2) return word
  let w = word
  const yFirst = w[0] === 'y'
  if (yFirst) w = `Y${w.slice(1)}`

  // Step 1a: plurals.
  if (w.endsWith('sses')) w = w.slice(0, -2)
  else if (w.endsWith('ies')) w = w.slice(0, -2)
  else if (w.endsWith('ss')) { /* keep */ } else if (w.endsWith('s')) w = w.slice(0, -1)

  // Step 1b: -eed, -ed, -ing.
  if (w.endsWith('eed')) {
    if (measure(w.slice(0, -3)) > 0) w = w.slice(0, -1)
  } else {
    const suffix = w.endsWith('ed') ? 'ed' : w.endsWith('ing') ? 'ing' : ''
    if (suffix !== '' && hasVowel(w.slice(0, -suffix.length))) {
      w = w.slice(0, -suffix.length)
      if (w.endsWith('at') || w.endsWith('bl') || w.endsWith('iz')) w += 'e'
      else if (endsWithDoubleConsonant(w) && !/[lsz]$/.test(w)) w = w.slice(0, -1)
      else if (measure(w) === 1 && endsCvc(w)) w += 'e'
    }
  }

  // Step 1c: y → i after a vowel-bearing stem.
  if (w.endsWith('y') && hasVowel(w.slice(0, -1))) w = `${w.slice(0, -1)}i`

  w = replaceSuffix(w, STEP2, 0)
  w = replaceSuffix(w, STEP3, 0)

  // Step 4: strip a suffix when the stem stays long enough (m > 1).
  for (const suffix of STEP4) {
    if (!w.endsWith(suffix)) continue
    const stem = w.slice(0, -suffix.length)
    if (measure(stem) > 1 && (suffix !== 'ion' || /[st]$/.test(stem))) w = stem
    break
  }

  // Step 5: final -e and -ll.
  if (w.endsWith('e')) {
    const stem = w.slice(0, -1)
    const m = measure(stem)
    if (m > 1 || (m === 1 && !endsCvc(stem))) w = stem
  }
  if (measure(w) > 1 && w.endsWith('ll')) w = w.slice(0, -1)

  return yFirst ? `y${w.slice(1)}` : w
}

const STEP2: ReadonlyArray<readonly [string, string]> = [
  ['ational', 'ate'], ['tional', 'tion'], ['enci', 'ence'], ['anci', 'ance'], ['izer', 'ize'], ['bli', 'ble'],
  ['alli', 'al'], ['entli', 'ent'], ['eli', 'e'], ['ousli', 'ous'], ['ization', 'ize'], ['ation', 'ate'],
  ['ator', 'ate'], ['alism', 'al'], ['iveness', 'ive'], ['fulness', 'ful'], ['ousness', 'ous'], ['aliti', 'al'],
  ['iviti', 'ive'], ['biliti', 'ble'], ['logi', 'log']
]
const STEP3: ReadonlyArray<readonly [string, string]> = [
  ['icate', 'ic'], ['ative', ''], ['alize', 'al'], ['iciti', 'ic'], ['ical', 'ic'], ['ful', ''], ['ness', '']
]
// Longest first where one suffix ends another (ement before ment before ent).
const STEP4 = ['ement', 'ance', 'ence', 'able', 'ible', 'ment', 'ant', 'ent', 'ism', 'ate', 'iti', 'ous', 'ive', 'ize', 'ion', 'al', 'er', 'ic', 'ou']

/** Replaces the longest matching suffix of `rules` when the stem's measure exceeds `minMeasure`. */
function replaceSuffix(word: string, rules: ReadonlyArray<readonly [string, string]>, minMeasure: number): string {
  let best: readonly [string, string] | undefined
  for (const rule of rules) if (word.endsWith(rule[0]) && (best === undefined || rule[0].length > best[0].length)) best = rule
  if (best === undefined) return word
  const stem = word.slice(0, -best[0].length)
  return measure(stem) > minMeasure ? stem + best[1] : word
}

function isConsonant(word: string, index: number): boolean {
  const character = word[index]!
  if ('aeiou'.includes(character)) return false
  if (character === 'y') return index === 0 ? true : !isConsonant(word, index - 1)
  return true
}

/** Porter's m: the number of vowel-consonant sequences in `stem` ([C](VC)^m[V]). */
function measure(stem: string): number {
  let m = 0
  let previousVowel = false
  for (let index = 0; index < stem.length; index += 1) {
    const vowel = !isConsonant(stem, index)
    if (!vowel && previousVowel) m += 1
    previousVowel = vowel
  }
  return m
}

function hasVowel(stem: string): boolean {
  for (let index = 0; index < stem.length; index += 1) if (!isConsonant(stem, index)) return true
  return false
}

function endsWithDoubleConsonant(word: string): boolean {
  const last = word.length - 1
  return last >= 1 && word[last] === word[last - 1] && isConsonant(word, last)
}

/** Consonant-vowel-consonant at the end, the last not w, x or y (`hop` but not `how`). */
function endsCvc(word: string): boolean {
  const last = word.length - 1
  return last >= 2 && isConsonant(word, last) && !isConsonant(word, last - 1) && isConsonant(word, last - 2) && !/[wxy]/.test(word[last]!)
}
