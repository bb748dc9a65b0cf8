/** Kinds of personal data the scrubber redacts. */
export const PII_TYPES = ['email', 'card', 'iban', 'ssn', 'phone', 'address', 'name'] as const
export type PiiType = (typeof PII_TYPES)[number]

/** One redacted span of the NFKC-normalised input (what {@link ScrubbedText.text} is made from). */
export interface PiiRedaction {
  readonly type: PiiType
  readonly start: number
  readonly end: number
  readonly text: string
}

export interface ScrubbedText {
  /** The input, NFKC-normalised, with each redaction replaced by its placeholder. */
  readonly text: string
  readonly redactions: readonly PiiRedaction[]
}

const PLACEHOLDER: Record<PiiType, string> = { email: '[EMAIL]', card: '[CARD]', iban: '[IBAN]', ssn: '[SSN]', phone: '[PHONE]', address: '[ADDRESS]', name: '[NAME]' }

/** A literal matched in any case, for cue words inside patterns whose other parts keep their case. */
function anyCase(literal: string): string {
  return [...literal].map((character) => /\p{L}/u.test(character) ? `[${character.toLowerCase()}${character.toUpperCase()}]` : character.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('')
}
const anyCaseOf = (words: readonly string[]): string => words.map(anyCase).join('|')

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g
// 13–19 digits in groups joined by single spaces or dashes; kept only when the Luhn check passes.
const CARD = /(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d-])/g
// Country code, check digits, then 4-character groups (spaced or not) and a short last group; kept
// only when the ISO 13616 mod-97 check passes, so ordinary words and numbers of that shape are left.
const IBAN = /\b[A-Za-z]{2}\d{2}(?:[ -]?[A-Za-z0-9]{4}){2,7}(?:[ -]?[A-Za-z0-9]{1,3})?\b/g
// A US social security number, 3-2-4 digits with one separator used twice; validity checked below.
const SSN = /(?<![\d-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\d-])/g
// An optional country code, an area or trunk group (parenthesised or followed by a separator), then 3–4 + 3–4 digits.
// Not part of a longer run of digit groups (a mistyped card number, an account number).
const PHONE = /(?<![\w+]|\d[ .-])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,5}\)[\s.-]?|\d{2,5}[\s.-])\d{3,4}[\s.-]?\d{3,4}(?![ .-]?\d)/g
const STREET_TYPES = 'Street|St\\.|Avenue|Ave\\.|Road|Rd\\.|Lane|Ln\\.|Boulevard|Blvd\\.|Drive|Court|Place|Way|Terrace|Close|Square|Crescent|Gardens'
// "Rue", "Calle" ... lead the street name, so they are a cue in any case; "Via" only capitalised ("sent 3 via email").
const LEADING_STREET_TYPES = `${anyCaseOf(['Rue', 'Calle', 'Avenida', 'Strasse', 'Straße', 'Avenue', 'Boulevard'])}|Via`
const ADDRESS = new RegExp(
  `\\b\\d{1,5}[A-Z]?\\s+(?:[A-Z][a-z]+\\s+){1,3}(?:${STREET_TYPES})(?:\\s+(?:NW|NE|SW|SE))?(?![\\w])` +
  `|\\b\\d{1,5}[A-Za-z]?,?\\s+(?:${LEADING_STREET_TYPES})\\s+(?:(?:de|des|du|la|le|del|di|der)\\s+)*[A-ZÀ-Ýa-zà-ÿ][a-zà-ÿ]+`,
  'g'
)
// "42 willow street" in lower case: only the unambiguous street types, and checked below for
// ordinary words ("3 miles down the road" is no address).
const LOWER_CASE_ADDRESS = /\b\d{1,5}[a-z]?\s+((?:[a-z]+\s+){1,2})(?:street|avenue|boulevard|lane|road|drive)\b/g
const NOT_STREET_NAMES = new Set(['the', 'a', 'an', 'of', 'on', 'in', 'to', 'down', 'up', 'along', 'across', 'that', 'this', 'my', 'our', 'your', 'his', 'her', 'their', 'and', 'or', 'by', 'at', 'from', 'for', 'long', 'short', 'more', 'hour', 'hours', 'minute', 'minutes', 'mile', 'miles', 'km', 'kilometres', 'kilometers', 'block', 'blocks', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'time', 'times', 'other', 'different', 'same', 'new', 'old', 'open', 'empty', 'dark', 'quiet', 'busy'])
const NAME_WORD = "[A-ZÀ-Ý][a-zà-ÿ]+(?:[-'][A-ZÀ-Ý]?[a-zà-ÿ]+)?"
const FULL_NAME = `${NAME_WORD}(?:\\s+${NAME_WORD})?`
// After "my name is" and "name's" a name needs no capital ("my name is ana lopez"); the stop list drops "my name is not...".
const ANY_CASE_NAME_WORD = "[A-Za-zÀ-ÿ][a-zà-ÿ]+(?:[-'][A-Za-zÀ-ÿ]?[a-zà-ÿ]+)?"
const ANY_CASE_FULL_NAME = `${ANY_CASE_NAME_WORD}(?:\\s+${ANY_CASE_NAME_WORD})?`
const RELATIONS = 'sister|brother|mother|mum|mom|father|dad|husband|wife|partner|boyfriend|girlfriend|son|daughter|friend|boss|manager|colleague|therapist|doctor|counsellor|counselor|aunt|uncle|cousin|neighbour|neighbor|grandmother|grandfather|grandma|grandpa|ex|fiancé|fiancée|teacher|coach|priest|pastor'
/** Cues after which a word is a person's name; the name is group 1 (any case), 2, 3 or 4 (capitalised). */
const NAME_CUES = new RegExp(
  `\\b(?:${anyCaseOf(['my name is', "name's", 'name’s'])})\\s+(${ANY_CASE_FULL_NAME})` +
  `|(?:\\bI am|\\bI'm|\\bI’m|\\b${anyCase('call me')}|\\b${anyCase('they call me')}|\\b${anyCase('signed')},?|\\b${anyCase('this is')})\\s+(${FULL_NAME})` +
  `|\\b(?:${anyCaseOf(['my', 'our', 'his', 'her'])})\\s+(?:${RELATIONS.split('|').map(anyCase).join('|')}),?\\s+(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\\.?\\s+)?(${FULL_NAME})` +
  `|\\b(?:Dr|Mr|Mrs|Ms|Miss|Prof)\\.?\\s+(${FULL_NAME})`,
  'g'
)
/** Words after a cue that are not names (compared in lower case). */
const NOT_NAMES = new Set(['i', 'so', 'not', 'sorry', 'afraid', 'just', 'still', 'very', 'really', 'always', 'never', 'also', 'here', 'there', 'tired', 'lost', 'fine', 'okay', 'ok', 'christian', 'catholic', 'muslim', 'jewish', 'buddhist', 'hindu', 'atheist', 'english', 'french', 'american', 'british', 'the', 'a', 'an', 'in', 'at', 'on', 'maia',
  // after "my name is" in lower case
  'and', 'but', 'or', 'is', 'was', 'of', 'on', 'to', 'for', 'with', 'what', 'who', 'nothing', 'none', 'unknown', 'private', 'secret', 'important', 'written', 'listed', 'there', 'gone', 'mud', 'legion', 'because', 'like', 'that', 'this', 'your', 'my', 'his', 'her', 'their', 'our', 'no', 'in', 'hard', 'long', 'short', 'too', 'spelled', 'pronounced', 'actually', 'kind', 'sort'])

/**
 * Redacts e-mail addresses, card numbers (Luhn-checked), IBANs (mod-97-checked), US social
 * security numbers, phone numbers, street addresses and names where a cue makes them detectable
 * ("my name is", "I'm", "call me", "my sister Anna", titles such as "Dr."), replacing each with a
 * placeholder (`[EMAIL]`, `[CARD]`, `[IBAN]`, `[SSN]`, `[PHONE]`, `[ADDRESS]`, `[NAME]`). The text is
 * NFKC-normalised first, so fullwidth digits and `＠` match like ASCII ones; the scrubbed text is
 * returned in that form. Pattern-based: a name without a cue ("Anna said...") is not found; see
 * test/scripts/dataset/scrubPii.test.ts for precision and recall on a labelled fixture.
 *
 * @example
 * scrubPii('I am Ana, write to ana@example.com').text // 'I am [NAME], write to [EMAIL]'
 */
export function scrubPii(input: string): ScrubbedText {
  const text = input.normalize('NFKC')
  const found: PiiRedaction[] = []
  const claim = (type: PiiType, start: number, end: number): void => {
    if (found.some((other) => start < other.end && other.start < end)) return
    found.push({ type, start, end, text: text.slice(start, end) })
  }
  for (const match of text.matchAll(EMAIL)) claim('email', match.index, match.index + match[0].length)
  for (const match of text.matchAll(CARD)) {
    if (passesLuhn(match[0].replace(/\D/g, ''))) claim('card', match.index, match.index + match[0].length)
  }
  for (const match of text.matchAll(IBAN)) {
    if (passesIbanCheck(match[0])) claim('iban', match.index, match.index + match[0].length)
  }
  for (const match of text.matchAll(SSN)) {
    if (isIssuableSsn(match[1]!, match[3]!, match[4]!)) claim('ssn', match.index, match.index + match[0].length)
  }
  for (const match of text.matchAll(PHONE)) {
    const digits = match[0].replace(/\D/g, '').length
    if (digits >= 9 && digits <= 15) claim('phone', match.index, match.index + match[0].length)
  }
  for (const match of text.matchAll(ADDRESS)) claim('address', match.index, match.index + match[0].length)
  for (const match of text.matchAll(LOWER_CASE_ADDRESS)) {
    if (isStreetName(match[1]!)) claim('address', match.index, match.index + match[0].length)
  }
  for (const match of text.matchAll(NAME_CUES)) {
    const name = match[1] ?? match[2] ?? match[3] ?? match[4]
    if (name === undefined) continue
    const kept = leadingNameWords(name)
    if (kept.length === 0) continue
    const start = match.index + match[0].lastIndexOf(name)
    claim('name', start, start + kept.join(' ').length)
  }
  return { text: replaceRedactions(text, found), redactions: found.sort((a, b) => a.start - b.start) }
}

/** "I am Tired Of" is no name: the leading words that are not in the stop list. */
function leadingNameWords(name: string): string[] {
  const kept: string[] = []
  for (const word of name.split(/\s+/)) {
    if (NOT_NAMES.has(word.toLowerCase())) break
    kept.push(word)
  }
  return kept
}

function isStreetName(words: string): boolean {
  return words.trim().split(/\s+/).every((word) => !NOT_STREET_NAMES.has(word))
}

function replaceRedactions(text: string, redactions: readonly PiiRedaction[]): string {
  let scrubbed = ''
  let cursor = 0
  for (const redaction of [...redactions].sort((a, b) => a.start - b.start)) {
    scrubbed += text.slice(cursor, redaction.start) + PLACEHOLDER[redaction.type]
    cursor = redaction.end
  }
  return scrubbed + text.slice(cursor)
}

function passesLuhn(digits: string): boolean {
  if (digits.length < 13 || digits.length > 19) return false
  let sum = 0
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index])
    if (index % 2 === 1) {
      digit *= 2
      if (digit > 9) digit -= 9
    }
    sum += digit
  }
  return sum % 10 === 0
}

/** ISO 13616: 15–34 characters; moving the first four to the end and reading letters as 10–35 gives a number ≡ 1 (mod 97). */
export function passesIbanCheck(candidate: string): boolean {
  const compact = candidate.replace(/[ -]/g, '').toUpperCase()
  if (compact.length < 15 || compact.length > 34) return false
  let remainder = 0
  for (const character of compact.slice(4) + compact.slice(0, 4)) {
    const value = character >= 'A' && character <= 'Z' ? character.charCodeAt(0) - 55 : Number(character)
    remainder = Number(`${remainder}${value}`) % 97
  }
  return remainder === 1
}

/** SSA rules: no area 000, 666 or 900–999, no group 00, no serial 0000. */
function isIssuableSsn(area: string, group: string, serial: string): boolean {
  return area !== '000' && area !== '666' && area[0] !== '9' && group !== '00' && serial !== '0000'
}
