import { foldConfusables } from './foldConfusables.ts'

/** Zero-width spaces, joiners, soft hyphens, direction marks: invisible, so they must not split or change a word. */
const FORMAT_CHARACTERS = /\p{Cf}/gu

/**
 * Text reduced to what duplicate and contamination checks compare: NFKC (fullwidth and styled
 * letters to plain ones), format characters dropped, Cyrillic/Greek look-alikes folded to Latin
 * (foldConfusables.ts), lower case, Unicode letters and digits only (markdown emphasis, quotes and
 * punctuation gone), single spaces.
 *
 * @example
 * normalizeText('The *unexamined* life — is it “worth” living?') // 'the unexamined life is it worth living'
 * normalizeText('lіfe\u200b wоrth') // 'life worth' (Cyrillic і and о, a zero-width space)
 */
export function normalizeText(text: string): string {
  return lettersAndDigits(foldConfusables(text.normalize('NFKC').replace(FORMAT_CHARACTERS, '')))
}

/** The words of {@link normalizeText}. */
export function normalizedWords(text: string): string[] {
  return toWords(normalizeText(text))
}

/**
 * Words as a reader sees them (NFKC, lower case, no look-alike folding), for text that is shown,
 * such as the topic word of a library example.
 */
export function readableWords(text: string): string[] {
  return toWords(lettersAndDigits(text.normalize('NFKC')))
}

function lettersAndDigits(text: string): string {
  return text.toLowerCase().replace(/[’']/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}

function toWords(normalized: string): string[] {
  return normalized === '' ? [] : normalized.split(' ')
}
