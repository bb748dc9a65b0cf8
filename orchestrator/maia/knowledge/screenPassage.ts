/**
 * The screen on library text: a curated passage is quoted to users word for word (a template's
 * quote) and put into the model's system prompt, so a passage that asks for money, points somewhere
 * (a wallet, a link, a phone number) or speaks to the model must never get there. Ordinary wisdom
 * texts do none of these: on `../shared/library` (4,723 paragraphs) the screen flags none.
 */

/** Why a passage was withheld. */
export type PassageFlagReason = 'wallet address' | 'link' | 'phone number' | 'payment request' | 'instruction to the model' | 'forged prompt structure'

export interface PassageFlag {
  readonly reason: PassageFlagReason
  /** The words that matched, for the operator's report. */
  readonly phrase: string
}

/** Screens one passage's text; no flags means it may be quoted. */
export type PassageScreen = (text: string) => PassageFlag[]

const MONEY = String.raw`(?:[$€£]\s?\d|\b(?:\d[\d,.]*\s?(?:dollars?|usd|euros?|eur|pounds|gbp|btc|eth|usdt|usdc|sol)|bitcoins?|ethereum|crypto(?:currency)?|wallet|donations?|paypal|venmo|cash ?app|zelle|western union|gift ?cards?|bank account|account number|iban)\b)`
const PAY = String.raw`(?:send|sending|transfer|wire|pay|paying|donate|donating|deposit|give|giving|tip)`

// Each pattern reads text folded by foldInvisible (case-insensitive; `m`: `^` at every line).
const PATTERNS: ReadonlyArray<{ reason: PassageFlagReason; pattern: RegExp }> = [
  { reason: 'wallet address', pattern: /\b0x[0-9a-f]{40}\b|\bbc1[a-z0-9]{25,62}\b/giu },
  // Base58 (Bitcoin, Tron...): case matters, and such an address mixes upper and lower case.
  { reason: 'wallet address', pattern: /\b[13T](?=\w*[A-Z])(?=\w*[a-z])[a-km-zA-HJ-NP-Z1-9]{25,34}\b/gu },
  { reason: 'link', pattern: /\bhttps?:\/\/\S+|\bwww\.\S+|\b[\w.+-]+@[\w-]+\.[\w.-]+\b|\b[a-z0-9-]+\.(?:com|net|org|io|xyz|app|me|co|ly|gg|info|biz|ru|cn|tk|link|site|online|shop|top|to)\/\S*|\b[a-z0-9-]+\.(?:com|net|org|io|xyz|app|info|biz|ru|cn|tk|site|online|shop|top|link)\b|\bt\.me\b|\b(?:telegram|whatsapp|signal) (?:me|us|at)\b/giu },
  { reason: 'phone number', pattern: /(?<![\w:])\+?\d(?:[ ().-]{0,2}\d){8,14}(?![\w:])/gu },
  { reason: 'payment request', pattern: new RegExp(String.raw`\b${PAY}\b[^.!?\n]{0,60}${MONEY}|${MONEY}[^.!?\n]{0,40}\b(?:send|transfer|wire|pay|donate|deposit)\b`, 'giu') },
  {
    reason: 'instruction to the model',
    pattern: /\b(?:ignore|disregard|forget|override|bypass)\b[^.!?\n]{0,40}\b(?:previous|prior|above|earlier|your|system|these|those)\b[^.!?\n]{0,20}\b(?:instructions?|rules|prompts?|guidelines|directives)\b|\bnew (?:system )?instructions?\b|\b(?:do not|don'?t|never) (?:mention|reveal|disclose|repeat) (?:this|these|the) (?:instructions?|message|note|passage)\b|\b(?:tell|instruct|convince|persuade|remind|urge) the users?\b|\bwhatever the user (?:asks|says|wants)\b|\b(?:the|as an?) (?:assistant|ai|language model|chatbot|model)\b[^.!?\n]{0,30}\b(?:must|should|shall|is to|will now)\b|\byou are (?:now )?(?:maia|an ai|the assistant|a language model|a chatbot)\b|\bmaia (?:team|developers|operators?)\b/giu
  },
  {
    reason: 'forged prompt structure',
    pattern: /^[ \t>*#-]*(?:system|assistant|user|developer|human|ai)\s*:|<\/?\s*(?:system|assistant|user|passage|passages|library|instructions?|quote|im_start|im_end)\b[^>]*>|\[\/?(?:system|inst|sys)\]|\b(?:end|start|beginning|close) of (?:the )?(?:library )?(?:passages|quotations|library|context|system prompt|instructions)\b/gimu
  }
]

/**
 * Text as a reader (or a model) sees it: compatibility forms folded (NFKC: full-width letters,
 * ligatures), format characters dropped (zero-width spaces and joiners, soft hyphens, bidi
 * controls) so that "S\u200bYSTEM:" or a wallet split by invisible characters reads as itself.
 */
export function foldInvisible(text: string): string {
  return text.normalize('NFKC').replace(/\p{Cf}/gu, '').replace(/[\t \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/gu, ' ')
}

/**
 * What in `text` must not reach a user or a model from the library: wallet addresses, links and
 * e-mail addresses, phone numbers, requests for money, instructions addressed to the model, and
 * text that imitates the prompt's own structure. Pure and cheap: it runs at ingest on every
 * paragraph and again on each passage before it is quoted.
 *
 * @example
 * screenPassageText('Send 50 dollars to the wallet 0xBAD…').map((flag) => flag.reason) // ['wallet address', 'payment request']
 * screenPassageText('Stillness is the door to the heart.') // []
 */
export function screenPassageText(text: string): PassageFlag[] {
  const folded = foldInvisible(text)
  const flags: PassageFlag[] = []
  for (const { reason, pattern } of PATTERNS) {
    if (flags.some((flag) => flag.reason === reason)) continue
    pattern.lastIndex = 0
    const found = pattern.exec(folded)
    if (found !== null) flags.push({ reason, phrase: found[0].trim().slice(0, 80) })
  }
  return flags
}

/**
 * How many passages' verdicts the request path remembers (~800 characters each: a few MB at most).
 * The prompt and the template screen the same library passages request after request, and the
 * screen costs ~13–20 ms per request for a 20,000-token wisdom budget on this machine's CPU.
 */
const REMEMBERED_VERDICTS = 2_048
const verdicts = new Map<string, PassageFlag[]>()

/**
 * {@link screenPassageText}, remembered per text (it is a pure function of the text), for the
 * request path; the least recently used verdicts are forgotten first.
 */
export function screenPassageTextRemembered(text: string): PassageFlag[] {
  const known = verdicts.get(text)
  if (known !== undefined) {
    verdicts.delete(text) // re-inserted below: the Map's order is the recency order
    verdicts.set(text, known)
    return known
  }
  const flags = screenPassageText(text)
  verdicts.set(text, flags)
  if (verdicts.size > REMEMBERED_VERDICTS) verdicts.delete(verdicts.keys().next().value!)
  return flags
}

// The safety screen's manipulation rules were written for a user's turn; these two read ordinary
// prose as one ("word for word", "you are … evil" in the Symposium), so library text goes without them.
const RULES_NOT_FOR_LIBRARY_TEXT: ReadonlySet<string> = new Set(['what you were told', 'persona jailbreak'])

// The manipulation rules take ~15 ms on a long paragraph (1.5 s a book); they read only the
// sentences that hold a word they are built on (instructions, prompts, rules, roles... in the
// languages they cover), with the sentence before for context.
const MANIPULATION_CUE = /instruc|istruz|anweis|consign|prompt|system|ignor|disregard|forget|oubli|vergiss|olvid|esquec|dimentic|overrid|bypass|jailbr|guideline|rules|regl|regel|regol|filter|assistant|develop|admin|password|secret|decod|base64|\bdan\b|\bai\b|\bsudo\b/iu

let manipulationScreen: Promise<PassageScreen> | undefined

/**
 * {@link screenPassageText} plus the safety screen's manipulation rules (orchestrator/maia/intent:
 * overriding instructions, jailbreaks, smuggled directives, in several languages), for ingest. The
 * rules load on first use: a process that only searches never pays for them.
 */
export async function loadLibraryScreen(): Promise<PassageScreen> {
  manipulationScreen ??= import('../intent/index.ts').then(({ screenForSafety, SAFETY_RULES }): PassageScreen => {
    const rules = SAFETY_RULES.filter((rule) => rule.kind === 'manipulation' && !RULES_NOT_FOR_LIBRARY_TEXT.has(rule.name))
    return (text) => {
      const flags = screenPassageText(text)
      if (flags.some((flag) => flag.reason === 'instruction to the model')) return flags
      for (const sentence of cueSentences(foldInvisible(text))) {
        const match = screenForSafety(sentence, rules).matches.find((found) => !found.negated)
        if (match !== undefined) return [...flags, { reason: 'instruction to the model', phrase: match.phrase.slice(0, 80) }]
      }
      return flags
    }
  })
  return await manipulationScreen
}

/** The sentences of `text` (with the one before each) that hold a manipulation cue. */
function cueSentences(text: string): string[] {
  if (!MANIPULATION_CUE.test(text)) return []
  const sentences = text.split(/(?<=[.!?;])\s+|\n+/u)
  return sentences.flatMap((sentence, index) => MANIPULATION_CUE.test(sentence) ? [`${sentences[index - 1] ?? ''} ${sentence}`.trim()] : [])
}
