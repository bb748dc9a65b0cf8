/**
 * The writing systems a clause is told in, for cutting a sentence where the script changes (issue 11, round
 * thirty-nine). Chinese and Japanese share a class: a Japanese sentence moves between kanji and kana all the time.
 */
const SCRIPT_CLASSES: ReadonlyArray<readonly [name: string, letter: RegExp]> = [
  ['Latin', /\p{Script=Latin}/u],
  ['Han-kana', /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['Hangul', /\p{Script=Hangul}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Devanagari', /\p{Script=Devanagari}/u],
  ['Bengali', /\p{Script=Bengali}/u],
  ['Gurmukhi', /\p{Script=Gurmukhi}/u],
  ['Gujarati', /\p{Script=Gujarati}/u],
  ['Oriya', /\p{Script=Oriya}/u],
  ['Tamil', /\p{Script=Tamil}/u],
  ['Telugu', /\p{Script=Telugu}/u],
  ['Kannada', /\p{Script=Kannada}/u],
  ['Malayalam', /\p{Script=Malayalam}/u],
  ['Sinhala', /\p{Script=Sinhala}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Lao', /\p{Script=Lao}/u],
  ['Khmer', /\p{Script=Khmer}/u],
  ['Myanmar', /\p{Script=Myanmar}/u],
  ['Tibetan', /\p{Script=Tibetan}/u],
  ['Georgian', /\p{Script=Georgian}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Ethiopic', /\p{Script=Ethiopic}/u]
]

const LETTER = /\p{L}/u
/**
 * Letters that belong to no one script (Unicode Script=Common or Inherited): the Japanese length mark ー, the
 * halfwidth ｰ, kana repeat marks, modifier letters such as ʼ. They take the script of the letters around them, so
 * they stay with the clause they are in; given a class of their own they cut コーヒー into コ | ー | ヒ | ー.
 */
const SCRIPTLESS_LETTER = /[\p{Script=Common}\p{Script=Inherited}]/u
/** Matches no character: the class of a letter in none of the listed scripts. */
const NO_LISTED_SCRIPT = /(?!)/u

/** The script class of a letter ('other', with a pattern that matches nothing, for a script not listed). */
function scriptClassOf(letter: string): readonly [name: string, letter: RegExp] {
  return SCRIPT_CLASSES.find(([, pattern]) => pattern.test(letter)) ?? ['other', NO_LISTED_SCRIPT]
}

/**
 * A sentence cut where its letters change script: a crisis told in one language inside chat in another, with no
 * sentence end between them ("lol the cards were so good today anyway 我今晚从桥上跳下去"), is one sentence,
 * and the calm words dilute the whole; cut at the change, the crisis is a clause of its own. Digits, spaces,
 * punctuation, emoji and letters of no one script (ー, ʼ) stay with the clause they are in. A sentence in one script
 * comes back whole.
 *
 * @example
 * clausesOf('lol the cards were good anyway 我今晚从桥上跳下去') // ['lol the cards were good anyway', '我今晚从桥上跳下去']
 * clausesOf('How many paracetamol would kill me') // ['How many paracetamol would kill me']
 */
export function clausesOf(sentence: string): string[] {
  const clauses: string[] = []
  let current: readonly [name: string, letter: RegExp] | undefined
  let start = 0
  let index = 0
  for (const character of sentence) {
    // Most letters are in the script of the letter before: one test instead of a search through every class.
    if (LETTER.test(character) && current?.[1].test(character) !== true && !SCRIPTLESS_LETTER.test(character)) {
      const script = scriptClassOf(character)
      if (current !== undefined && script[0] !== current[0]) {
        clauses.push(sentence.slice(start, index))
        start = index
      }
      current = script
    }
    index += character.length
  }
  clauses.push(sentence.slice(start))
  return clauses.map((clause) => clause.trim()).filter((clause) => clause !== '')
}
