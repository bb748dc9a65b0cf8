// Padded variants of a held-out set's messages, for the padding bench (paddedMessages.ts).

/** A message with a sentence end, so that what follows starts a sentence of its own. */
export function endedSentence(text: string): string {
  const trimmed = text.trim()
  return /[.!?。！？।؟۔…]$/u.test(trimmed) ? trimmed : `${trimmed}.`
}

/** The padded variants of a set: each crisis message with a filler before it and after it, each ordinary one with a filler before it. */
export interface PaddedSet {
  readonly prefixed: readonly string[]
  readonly suffixed: readonly string[]
  readonly ordinaryPrefixed: readonly string[]
}

/**
 * Pads a set's crisis and ordinary messages with ordinary messages of the same set (its intent
 * messages that are not safety escalations), as a user who writes a crisis inside small talk, or
 * an attacker who dilutes one, would: crisis message i gets filler i (cycling), before it and,
 * separately, after it; ordinary message i gets filler 7i (cycling), before it. Deterministic.
 *
 * @example
 * padMessages(['how many pills would kill me'], ['nice day'], ['pull a card']).prefixed // ['pull a card. how many pills would kill me']
 */
export function padMessages(crisis: readonly string[], ordinary: readonly string[], fillers: readonly string[]): PaddedSet {
  if (fillers.length === 0) throw new Error('padMessages: no filler messages (the set has no non-safety intent messages)')
  const filler = (index: number): string => fillers[index % fillers.length]!
  return {
    prefixed: crisis.map((text, index) => `${endedSentence(filler(index))} ${text.trim()}`),
    suffixed: crisis.map((text, index) => `${endedSentence(text)} ${filler(index).trim()}`),
    ordinaryPrefixed: ordinary.map((text, index) => `${endedSentence(filler(index * 7))} ${text.trim()}`)
  }
}
