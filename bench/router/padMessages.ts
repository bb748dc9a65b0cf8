// Padded variants of a held-out set's messages, for the padding bench (paddedMessages.ts).
import { sentencesOf } from '../../orchestrator/maia/intent/safety/sentenceWindows.ts'

/** A message with a sentence end, so that what follows starts a sentence of its own. */
export function endedSentence(text: string): string {
  const trimmed = text.trim()
  return /[.!?。！？।؟۔…]$/u.test(trimmed) ? trimmed : `${trimmed}.`
}

/**
 * The filler ordinary message i starts at (7i, cycling): a stride apart from crisis message i's filler, so that a set's
 * crisis and ordinary messages are not padded in lockstep. One function, so that the padded texts and the fillers
 * reported for them (`ordinaryFillers`) cannot disagree.
 */
function firstFillerOfOrdinary(index: number, fillerCount: number): number {
  return (index * 7) % fillerCount
}

/** The padded variants of a set: each crisis message with a filler before it and after it, each ordinary one with a filler before it. */
export interface PaddedSet {
  readonly prefixed: readonly string[]
  readonly suffixed: readonly string[]
  readonly ordinaryPrefixed: readonly string[]
  /** The filler (an index into `fillers`) before each ordinary message: where a false alarm may be the filler's own. */
  readonly ordinaryFillers: readonly (readonly number[])[]
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
    ordinaryPrefixed: ordinary.map((text, index) => `${endedSentence(filler(firstFillerOfOrdinary(index, fillers.length)))} ${text.trim()}`),
    ordinaryFillers: ordinary.map((_, index) => [firstFillerOfOrdinary(index, fillers.length)])
  }
}

/** Beyond this many sentences a message was read in 280-character runs before round thirty-one (sentenceWindows.ts). */
export const LONG_PADDING_SENTENCES = 12

/** The long-padded variants of a set: each message after enough fillers that the whole has more than {@link LONG_PADDING_SENTENCES} sentences. */
export interface LongPaddedSet {
  readonly crisis: readonly string[]
  readonly ordinary: readonly string[]
  /** The fillers (indices into `fillers`, each once) in each long-padded ordinary message. */
  readonly ordinaryFillers: readonly (readonly number[])[]
}

/**
 * Pads each message with fillers before it (filler i, i+1, … for crisis message i; 7i, 7i+1, … for
 * ordinary message i, cycling) until the whole has more than {@link LONG_PADDING_SENTENCES} sentences,
 * as a long letter with the crisis told at its end. Deterministic.
 *
 * @example
 * longPadMessages(['how many pills would kill me'], [], ['nice day']).crisis[0] // 'nice day. nice day. … how many pills would kill me'
 */
export function longPadMessages(crisis: readonly string[], ordinary: readonly string[], fillers: readonly string[]): LongPaddedSet {
  if (fillers.length === 0) throw new Error('longPadMessages: no filler messages (the set has no non-safety intent messages)')
  const pad = (text: string, first: number): { text: string; used: number[] } => {
    const before: string[] = []
    const used = new Set<number>()
    for (let index = first; sentencesOf([...before, text].join(' ')).length <= LONG_PADDING_SENTENCES; index += 1) {
      // Fillers without a letter add no sentence: give up rather than loop forever.
      if (before.length > LONG_PADDING_SENTENCES + fillers.length) throw new Error('longPadMessages: the fillers add no sentences')
      before.push(endedSentence(fillers[index % fillers.length]!))
      used.add(index % fillers.length)
    }
    return { text: [...before, text.trim()].join(' '), used: [...used] }
  }
  const ordinaryPadded = ordinary.map((text, index) => pad(text, firstFillerOfOrdinary(index, fillers.length)))
  return { crisis: crisis.map((text, index) => pad(text, index).text), ordinary: ordinaryPadded.map((padded) => padded.text), ordinaryFillers: ordinaryPadded.map((padded) => padded.used) }
}

/** Sentence ends (and line breaks) a run-on leaves out: the screen's own sentence split (sentenceWindows.ts) finds none. */
const SENTENCE_ENDS = /[.!?。！？।॥؟۔…\n]+/gu

/** A text told as a run-on: every sentence end replaced by a space, as in chat ("lol anyway i'm …"). */
export function runOn(text: string): string {
  return text.replace(SENTENCE_ENDS, ' ').replace(/\s+/gu, ' ').trim()
}

/** The run-on-padded variants of a set: each crisis message after a filler, each ordinary one after a filler, all one sentence. */
export interface RunOnPaddedSet {
  readonly crisis: readonly string[]
  readonly ordinary: readonly string[]
  /** The filler (an index into `fillers`) in each run-on ordinary message. */
  readonly ordinaryFillers: readonly (readonly number[])[]
}

/**
 * Joins filler i (7i for ordinary message i, cycling, as padMessages) and each message into one run-on with no
 * sentence end, as a user who types a crisis inside chat without stopping, or an attacker who removes the full
 * stops that sentence windows cut at (issue 11, round thirty-two). Deterministic.
 *
 * @example
 * runOnPadMessages(['How many pills would kill me?'], [], ['Pull a card. Thanks!']).crisis[0] // 'Pull a card Thanks How many pills would kill me'
 */
export function runOnPadMessages(crisis: readonly string[], ordinary: readonly string[], fillers: readonly string[]): RunOnPaddedSet {
  if (fillers.length === 0) throw new Error('runOnPadMessages: no filler messages (the set has no non-safety intent messages)')
  const filler = (index: number): string => fillers[index % fillers.length]!
  return {
    crisis: crisis.map((text, index) => runOn(`${filler(index)} ${text}`)),
    ordinary: ordinary.map((text, index) => runOn(`${filler(firstFillerOfOrdinary(index, fillers.length))} ${text}`)),
    ordinaryFillers: ordinary.map((_, index) => [firstFillerOfOrdinary(index, fillers.length)])
  }
}
