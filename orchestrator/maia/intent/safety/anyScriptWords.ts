import { normalizeText } from '../textFeatures.ts'
import { alt } from './lexicon.ts'

/**
 * Word classes for rules written in many languages (framedMethodAcrossLanguages.ts, emergencyAcrossLanguages.ts):
 * word edges that hold in any script, and alternatives written as people write them, normalised as the screen
 * normalises text when the module loads, so "какой" in a rule's source matches "какои" in the text.
 */

/** One clause: any character but a sentence end (in any script) or a line break, so two parts joined by it stand in one clause. */
export const CLAUSE = '[^.?!。？！;\\n]'

/**
 * Negators most languages share as whole words (the plain rules' lists, plainDisclosures.ts and plainSelfHarm.ts, each
 * add their own: Finnish "ei" and Bengali "না" beside a disclosure, Arabic "لم" and "ما" before a past or present act).
 */
export const NEGATORS: readonly string[] = ['not', 'never', 'dont', 'no', 'nicht', 'nie', 'niet', 'nooit', 'jamais', 'nunca', 'non', 'não', 'inte', 'ikke', 'aldrig', 'aldri', 'nem', 'soha', 'nu', 'niciodată', 'nigdy',
  'не', 'никогда', 'ніколи', 'δεν', 'ποτέ', 'לא', 'לעולם', 'لا', 'لن', 'مش', 'نه', 'هرگز', 'नहीं', 'नही', 'tidak', 'gak', 'nggak', 'enggak', 'không', 'chưa']

/** Not negated: no `negatorWord` among the two words before (nor `negatorCharacter` just before, in unspaced scripts). */
export const notNegatedBy = (negatorWord: string, negatorCharacter: string): string => `(?<!${negatorWord} (?:[\\p{L}\\p{M}]+ )?)(?<!${negatorCharacter})`

/** A word edge in any script (`\b` knows only ASCII letters). */
export const START = '(?<![\\p{L}\\p{M}\\p{N}])'
export const END = '(?![\\p{L}\\p{M}\\p{N}])'

// A regex escape (`\\p{L}`, `\\u{301}`, `\\w`, `\\.`) or a run of anything else.
const ESCAPE_OR_TEXT = /\\(?:[pPu]\{[^}]*\}|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|.)|[^\\]+/gsu

/**
 * An alternative normalised as the screen normalises text. Regex escapes stay as written, but the letters around them
 * are normalised too: "nāvējoš\\p{L}*" must read "navejos\\p{L}*", or a rule written with accents never meets the
 * folded text it is matched against.
 */
export const asScreened = (source: string): string =>
  source.includes('\\') ? source.replace(ESCAPE_OR_TEXT, (piece) => (piece.startsWith('\\') ? piece : normalizeText(piece))) : normalizeText(source)

/** A whole word or phrase from the alternatives, in any script. */
export const word = (...words: readonly string[]): string => `${START}${alt(...words.map(asScreened))}${END}`

/** A word that starts with one of the stems and takes any ending ("умере" + any ending, "arkadaş" + "ım", "친구" + "가"). */
export const stem = (...stems: readonly string[]): string => `${START}${alt(...stems.map(asScreened))}[\\p{L}\\p{M}]*`

/** Alternatives matched anywhere (scripts without spaces: Chinese, Japanese). */
export const inside = (...pieces: readonly string[]): string => alt(...pieces.map(asScreened))
