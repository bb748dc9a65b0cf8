/**
 * Text reduced to what duplicate and contamination checks compare: lower case, Unicode letters
 * and digits only (markdown emphasis, quotes and punctuation gone), single spaces.
 *
 * @example
 * normalizeText('The *unexamined* life — is it “worth” living?') // 'the unexamined life is it worth living'
 */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[’']/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}

/** The words of {@link normalizeText}. */
export function normalizedWords(text: string): string[] {
  const normalized = normalizeText(text)
  return normalized === '' ? [] : normalized.split(' ')
}
