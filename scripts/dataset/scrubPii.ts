/** Kinds of personal data the scrubber redacts. */
export const PII_TYPES = ['email', 'card', 'phone', 'address', 'name'] as const
export type PiiType = (typeof PII_TYPES)[number]

/** One redacted span of the original text. */
export interface PiiRedaction {
  readonly type: PiiType
  readonly start: number
  readonly end: number
  readonly text: string
}

export interface ScrubbedText {
  readonly text: string
  readonly redactions: readonly PiiRedaction[]
}

const PLACEHOLDER: Record<PiiType, string> = { email: '[EMAIL]', card: '[CARD]', phone: '[PHONE]', address: '[ADDRESS]', name: '[NAME]' }

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g
// 13–19 digits in groups joined by single spaces or dashes; kept only when the Luhn check passes.
const CARD = /(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d-])/g
// An optional country code, an area or trunk group (parenthesised or followed by a separator), then 3–4 + 3–4 digits.
// Not part of a longer run of digit groups (a mistyped card number, an account number).
const PHONE = /(?<![\w+]|\d[ .-])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,5}\)[\s.-]?|\d{2,5}[\s.-])\d{3,4}[\s.-]?\d{3,4}(?![ .-]?\d)/g
const STREET_TYPES = 'Street|St\\.|Avenue|Ave\\.|Road|Rd\\.|Lane|Ln\\.|Boulevard|Blvd\\.|Drive|Court|Place|Way|Terrace|Close|Square|Crescent|Gardens'
const ADDRESS = new RegExp(
  `\\b\\d{1,5}[A-Z]?\\s+(?:[A-Z][a-z]+\\s+){1,3}(?:${STREET_TYPES})(?:\\s+(?:NW|NE|SW|SE))?(?![\\w])` +
  `|\\b\\d{1,5}[A-Z]?,?\\s+(?:Rue|Calle|Via|Avenida|Strasse|Straße|Avenue|Boulevard)\\s+(?:(?:de|des|du|la|le|del|di|der)\\s+)*[A-ZÀ-Ý][a-zà-ÿ]+`,
  'g'
)
const NAME_WORD = "[A-ZÀ-Ý][a-zà-ÿ]+(?:[-'][A-ZÀ-Ý]?[a-zà-ÿ]+)?"
const FULL_NAME = `${NAME_WORD}(?:\\s+${NAME_WORD})?`
const RELATIONS = 'sister|brother|mother|mum|mom|father|dad|husband|wife|partner|boyfriend|girlfriend|son|daughter|friend|boss|manager|colleague|therapist|doctor|counsellor|counselor|aunt|uncle|cousin|neighbour|neighbor|grandmother|grandfather|grandma|grandpa|ex|fiancé|fiancée|teacher|coach|priest|pastor'
/** Cues after which a capitalised word is a person's name; the name is group 1. */
const NAME_CUES = new RegExp(
  `(?:\\b[Mm]y name is|\\b[Nn]ame's|\\bI am|\\bI'm|\\bI’m|\\b[Cc]all me|\\b[Tt]hey call me|\\b[Ss]igned,?|\\b[Tt]his is)\\s+(${FULL_NAME})` +
  `|\\b(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er)\\s+(?:${RELATIONS}),?\\s+(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\\.?\\s+)?(${FULL_NAME})` +
  `|\\b(?:Dr|Mr|Mrs|Ms|Miss|Prof)\\.?\\s+(${FULL_NAME})`,
  'g'
)
/** Capitalised words after "I am" that are not names. */
const NOT_NAMES = new Set(['I', 'So', 'Not', 'Sorry', 'Afraid', 'Just', 'Still', 'Very', 'Really', 'Always', 'Never', 'Also', 'Here', 'There', 'Tired', 'Lost', 'Fine', 'Okay', 'OK', 'Christian', 'Catholic', 'Muslim', 'Jewish', 'Buddhist', 'Hindu', 'Atheist', 'English', 'French', 'American', 'British', 'Ok', 'The', 'A', 'An', 'In', 'At', 'On', 'MAIA'])

/**
 * Redacts e-mail addresses, card numbers (Luhn-checked), phone numbers, street addresses and
 * names where a cue makes them detectable ("my name is", "I'm", "call me", "my sister Anna",
 * titles such as "Dr."), replacing each with a placeholder (`[EMAIL]`, `[CARD]`, `[PHONE]`,
 * `[ADDRESS]`, `[NAME]`). Pattern-based: a name without a cue ("Anna said...") is not found; see
 * test/scripts/dataset/scrubPii.test.ts for precision and recall on a labelled fixture.
 *
 * @example
 * scrubPii('I am Ana, write to ana@example.com').text // 'I am [NAME], write to [EMAIL]'
 */
export function scrubPii(text: string): ScrubbedText {
  const found: PiiRedaction[] = []
  const claim = (type: PiiType, start: number, end: number): void => {
    if (found.some((other) => start < other.end && other.start < end)) return
    found.push({ type, start, end, text: text.slice(start, end) })
  }
  for (const match of text.matchAll(EMAIL)) claim('email', match.index, match.index + match[0].length)
  for (const match of text.matchAll(CARD)) {
    if (passesLuhn(match[0].replace(/\D/g, ''))) claim('card', match.index, match.index + match[0].length)
  }
  for (const match of text.matchAll(PHONE)) {
    const digits = match[0].replace(/\D/g, '').length
    if (digits >= 9 && digits <= 15) claim('phone', match.index, match.index + match[0].length)
  }
  for (const match of text.matchAll(ADDRESS)) claim('address', match.index, match.index + match[0].length)
  for (const match of text.matchAll(NAME_CUES)) {
    const name = match[1] ?? match[2] ?? match[3]
    if (name === undefined) continue
    const words = name.split(/\s+/)
    // "I am Tired Of" is no name: keep the leading words that are not in the stop list.
    const kept: string[] = []
    for (const word of words) {
      if (NOT_NAMES.has(word)) break
      kept.push(word)
    }
    if (kept.length === 0) continue
    const start = match.index + match[0].lastIndexOf(name)
    claim('name', start, start + kept.join(' ').length)
  }
  found.sort((a, b) => a.start - b.start)
  let scrubbed = ''
  let cursor = 0
  for (const redaction of found) {
    scrubbed += text.slice(cursor, redaction.start) + PLACEHOLDER[redaction.type]
    cursor = redaction.end
  }
  return { text: scrubbed + text.slice(cursor), redactions: found }
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
