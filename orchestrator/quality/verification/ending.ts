import type { Token } from 'node-llama-cpp'
import { describeSupport, logitOf, type NextTokenLogits, type SamplerSettings, type SupportTolerance } from './samplerSupport.ts'

export type Ending = 'max_tokens' | 'end_turn' | 'stop_sequence' | 'unexplained'

/**
 * How the answer ended, as far as the approved model makes it plausible. The claimed tokens are
 * those the node evaluated into its context: every sampled token but the last, which ended the
 * answer (an end-of-generation token, the token completing a stop sequence, or the last token
 * allowed by maxTokens) and which must therefore lie in the sampler support right after them.
 */
export interface EndingCheck {
  readonly ending: Ending
  /** The node sampled maxTokens tokens (the claimed ones plus the final one). */
  readonly maxTokensReached: boolean
  /** An end-of-generation token is in the sampler support right after the answer. */
  readonly endTokenPlausible: boolean
  /** A support token right after the answer completes one of the stop sequences. */
  readonly stopPlausible: boolean
  /** A stop sequence found inside the answer: an honest node would have stopped there. */
  readonly stopInsideText: string | null
  /** An end-of-generation token among the claimed tokens: an honest node stops on it. */
  readonly endTokenInsideAnswer: boolean
  /**
   * Both text and tokens given: the text is what the tokens spell, cut before a stop sequence or
   * extended by a plausible final token (null when only one of them was given).
   */
  readonly textMatchesTokens: boolean | null
}

export interface EndingInput {
  readonly claimed: readonly Token[]
  /** The claimed text, when the node sent one. */
  readonly claimedText: string | undefined
  readonly maxTokens: number
  /** Tokens the count may be off by (text mode: the re-tokenized text may differ from what was sampled). */
  readonly countSlack: number
  /** Request stop sequences plus the chat wrapper's plain-text triggers. */
  readonly stops: readonly string[]
  readonly endTokens: readonly Token[]
  /** Logits right after the last claimed token. */
  readonly atEnd: NextTokenLogits | undefined
  readonly settings: SamplerSettings
  readonly tolerance: SupportTolerance
  readonly detokenize: (tokens: readonly Token[]) => string
}

export function checkEnding(input: EndingInput): EndingCheck {
  const { claimed } = input
  // node-llama-cpp matches stops against text in which unfinished characters may already read as
  // U+FFFD; a stop containing it cannot be located from tokens, so it is given the benefit of the doubt.
  const stops = input.stops.filter((stop) => !stop.includes('\uFFFD'))
  const uncheckableStop = stops.length < input.stops.length
  const spelled = input.detokenize(claimed)
  const stopInsideText = stops.find((stop) => spelled.includes(stop) || (input.claimedText?.includes(stop) ?? false)) ?? null
  const endTokenInsideAnswer = claimed.some((token) => input.endTokens.includes(token))
  const finalCandidates = input.atEnd === undefined ? [] : supportTokens(input.atEnd, input.settings, input.tolerance)
  const maxTokensReached = claimed.length + 1 + input.countSlack >= input.maxTokens
  const endTokenPlausible = finalCandidates.some((token) => input.endTokens.includes(token))
  const stopPlausible = uncheckableStop || (stops.length > 0 && completesStop(input, stops, finalCandidates))
  const textMatchesTokens = input.claimedText === undefined ? null : spellsText(input, spelled, input.claimedText, finalCandidates)
  const ending: Ending = maxTokensReached ? 'max_tokens' : endTokenPlausible ? 'end_turn' : stopPlausible ? 'stop_sequence' : 'unexplained'
  return { ending, maxTokensReached, endTokenPlausible, stopPlausible, stopInsideText, endTokenInsideAnswer, textMatchesTokens }
}

/** node-llama-cpp stops as soon as a stop sequence appears, so the final token is the one completing it. */
function completesStop(input: EndingInput, stops: readonly string[], candidates: readonly Token[]): boolean {
  const longest = Math.max(...stops.map((stop) => stop.length))
  const tail = input.claimed.slice(-Math.max(64, 4 * longest))
  const before = input.detokenize(tail)
  return candidates.some((token) => {
    const after = input.detokenize([...tail, token])
    return stops.some((stop) => !before.includes(stop) && after.includes(stop))
  })
}

/**
 * The text an honest node returns is what its sampled tokens spell, minus a stop sequence and the
 * bytes of an unfinished character before it, or plus the final token when maxTokens ended it.
 */
function spellsText(input: EndingInput, spelled: string, text: string, candidates: readonly Token[]): boolean {
  if (spelled.startsWith(text)) return true
  if (!text.startsWith(spelled.replace(/\uFFFD+$/u, ''))) return false
  return candidates.some((token) => input.detokenize([...input.claimed, token]).startsWith(text))
}

/** Tokens of the sampler support (widened by the tolerance), plus end tokens inside it wherever they rank. */
function supportTokens(logits: NextTokenLogits, settings: SamplerSettings, tolerance: SupportTolerance): Token[] {
  const { tolerantCutoffLogit } = describeSupport(logits, settings, tolerance)
  const tokens = logits.top.filter(([, logit]) => logit >= tolerantCutoffLogit).map(([token]) => token as Token)
  for (const [token] of logits.requested) {
    const logit = logitOf(logits, token)
    if (logit !== undefined && logit >= tolerantCutoffLogit && !tokens.includes(token as Token)) tokens.push(token as Token)
  }
  return tokens
}
