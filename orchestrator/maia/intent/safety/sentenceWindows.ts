import { runsOf, type RunWindowOptions } from './runWindows.ts'
import { clausesOf } from './scriptClauses.ts'

/** Sentence ends in the scripts the screen meets: Latin and Cyrillic punctuation, CJK full stops, the danda, Arabic and Urdu marks, newlines. */
const SENTENCE = /[^.!?。！？।॥؟۔\n]+[.!?。！？।॥؟۔\n]*/gu

/** A message's sentences as the screen's windows split them (trimmed; those with no letter or digit, such as a lone emoji, left out). */
export function sentencesOf(message: string): string[] {
  return (message.match(SENTENCE) ?? []).map((sentence) => sentence.trim()).filter((sentence) => /[\p{L}\p{N}]/u.test(sentence))
}

/**
 * The units a message's windows are made of: its sentences, each cut where its script changes (scriptClauses.ts,
 * round thirty-nine): a crisis in one language told inside chat in another with no sentence end between them is a
 * unit of its own.
 */
export function clausesOfMessage(message: string): string[] {
  // Each clause holds a letter, or is a whole sentence with a digit: sentencesOf's filter covers them all.
  return sentencesOf(message).flatMap(clausesOf)
}

/**
 * The parts of a message the safety screen also reads on their own (issue 11, the padding attack):
 * each sentence and each pair of neighbouring sentences, for a message of two sentences or more (a sentence
 * that changes script counts as one sentence per script: {@link clausesOfMessage}).
 * A crisis sentence next to calm ones ("What a sunny day, tea and my cat. How many paracetamol
 * would kill me") is diluted in the whole message's n-grams and sentence vector; read alone, it is
 * not. Pairs keep a crisis told over two sentences together. A message of one sentence has no
 * windows (the whole is read anyway).
 *
 * Every message is windowed the same way whatever its length: before round thirty-one a message of
 * more than 12 sentences was read in runs of 280 characters instead, so thirteen calm sentences put a
 * crisis back inside a diluting run. What bounds the cost is the screen (screenEveryWindow.ts: only the
 * best-ranked windows are screened in full: {@link bestSentenceWindows}), not fewer windows.
 *
 * @example
 * sentenceWindows('Lovely day. Pull a card. Thanks') // ['Lovely day.', 'Pull a card.', 'Thanks', 'Lovely day. Pull a card.', 'Pull a card. Thanks']
 */
export function sentenceWindows(message: string): string[] {
  return windowsOf(clausesOfMessage(message)).map(({ text }) => text)
}

/** Each sentence, then (from three sentences) each neighbour pair, with the sentences each holds; a repeated text kept once, first place. */
function windowsOf(sentences: readonly string[]): Array<{ text: string; members: number[] }> {
  if (sentences.length < 2) return []
  const candidates = [
    ...sentences.map((text, index) => ({ text, members: [index] })),
    ...(sentences.length > 2 ? sentences.slice(1).map((sentence, index) => ({ text: `${sentences[index]!} ${sentence}`, members: [index, index + 1] })) : [])
  ]
  const seen = new Set<string>()
  return candidates.filter(({ text }) => {
    if (seen.has(text)) return false
    seen.add(text)
    return true
  })
}

/** Run windows (runWindows.ts) added to a message's sentence windows, and how many of them a screen reads in full. */
export interface RunWindowChoice {
  readonly options: RunWindowOptions
  /** Of a message whose sentence windows are all read, the runs ranked highest that are read too. */
  readonly budget: number
  /** How far above its threshold a run's fused score must be to escalate (log-odds; default the sentence windows' margin). */
  readonly margin?: number
}

/**
 * The windows of `message` ({@link sentenceWindows}, in its order) that a screen reads in full: all of them when
 * there are at most `limit`; otherwise the `beyondLimit` ranked highest, each sentence scored once by `rank` and a
 * pair by the higher of its two sentences' scores (ties in message order). Scoring sentences rather than every
 * window halves the reads of a long paste, and a pair holds no crisis word that neither of its sentences holds.
 *
 * With `runs`, each long sentence is also read in overlapping runs of words (runWindows.ts), each run scored by
 * `rank` on its own text: when the sentence windows are all read, the `runs.budget` best runs are read too; beyond
 * `limit`, runs and sentence windows compete for the same `beyondLimit` places, so a paste costs what it did.
 *
 * @example
 * bestSentenceWindows(longPaste, (sentence) => learned.probability(sentence), 24, 12) // the 12 windows around its most alarming sentences
 */
export function bestSentenceWindows(message: string, rank: (sentence: string) => number, limit: number, beyondLimit = limit, runs?: RunWindowChoice): string[] {
  return chooseWindows(message, rank, limit, beyondLimit, runs).map(({ text }) => text)
}

/** A window a screen reads, and whether it is a run of words inside a sentence (runWindows.ts) rather than a sentence or a pair. */
export interface ChosenWindow {
  readonly text: string
  readonly run: boolean
}

/** {@link bestSentenceWindows}, each window marked as a run or not: a screen may hold a run, read with less around it, to a higher margin. */
export function chooseWindows(message: string, rank: (sentence: string) => number, limit: number, beyondLimit = limit, runs?: RunWindowChoice): ChosenWindow[] {
  const sentences = clausesOfMessage(message)
  const windows = windowsOf(sentences)
  const runWindows = runs === undefined ? [] : runWindowsOf(sentences, windows, runs.options)
  if (windows.length <= limit && runWindows.length === 0) return windows.map(({ text }) => ({ text, run: false }))
  const scores = new Map<number, number>()
  const scoreOf = (unit: number): number => {
    let score = scores.get(unit)
    if (score === undefined) {
      score = rank(unit < sentences.length ? sentences[unit]! : runWindows[unit - sentences.length]!.text)
      scores.set(unit, score)
    }
    return score
  }
  const best = (candidates: ReadonlyArray<{ text: string; members: number[]; run: boolean }>, count: number): ChosenWindow[] => candidates
    .map((window, order) => ({ ...window, order, score: Math.max(...window.members.map(scoreOf)) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, count)
    .sort((a, b) => a.order - b.order)
    .map(({ text, run }) => ({ text, run }))
  const sentenceLevel = windows.map((window) => ({ ...window, run: false }))
  if (windows.length <= limit) return [...sentenceLevel, ...best(runWindows, runs!.budget)]
  return best([...sentenceLevel, ...runWindows], beyondLimit)
}

/** Each long sentence's runs (runWindows.ts) as windows of their own, numbered after the sentences; a run already read as a window or run kept once. */
function runWindowsOf(sentences: readonly string[], windows: ReadonlyArray<{ text: string }>, options: RunWindowOptions): Array<{ text: string; members: number[]; run: true }> {
  const seen = new Set<string>([...windows.map(({ text }) => text), ...(sentences.length === 1 ? [sentences[0]!] : [])])
  const runs: Array<{ text: string; members: number[]; run: true }> = []
  for (const sentence of sentences) {
    for (const text of runsOf(sentence, options)) {
      if (seen.has(text)) continue
      seen.add(text)
      runs.push({ text, members: [sentences.length + runs.length], run: true })
    }
  }
  return runs
}
