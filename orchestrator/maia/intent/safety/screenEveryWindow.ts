import { chooseWindows, type RunWindowChoice } from './sentenceWindows.ts'

/** What the window screen needs of a verdict: whether it flagged, and the fused score and threshold it was judged by. */
export interface ScoredVerdict {
  readonly flagged: boolean
  /** The fused log-odds (n-grams and sentence vector); absent when the screen fell back to rules and n-grams. */
  readonly fused?: number
  readonly threshold?: number
}

/** A screen's verdict on the window that escalated, when the whole message did not. */
export type WindowedVerdict<Verdict> = Verdict & {
  /** The sentence or sentences that escalated when the whole message did not. */
  readonly window?: string
}

/**
 * How far above its threshold a window's fused score must be to escalate the message (log-odds). A
 * sentence read alone lacks what the rest of the message says of it ("three years ago I stopped cutting.
 * Today I feel at peace"), so at the whole message's own threshold windows added 13 false alarms on v33
 * (15 → 28 of 570). Chosen on v33 alone (spent, not trained on), the highest padded recall with at most
 * one more false alarm bare and one more padded: 1.75 gave v33 bare 421 → 423 of 456 crises, padded
 * (a calm message before each) 260 → 362, false alarms 15 → 16 of 570; checked on v34: 412 → 412, padded
 * 264 → 355, false alarms 10 → 10 of 584 (bench/router/paddedMessages.ts; heldout/README.md, round thirty).
 */
export const DEFAULT_WINDOW_MARGIN = 1.75

/**
 * A message with at most this many windows has all of them screened in full (rules, n-grams and a sentence vector
 * each): up to 12 sentences (12 sentences and 11 pairs), whose verdicts are round thirty's.
 */
export const MAX_SCREENED_WINDOWS = 24

/**
 * How many windows of a longer message are screened in full: those around the sentences ranked highest by `rank`
 * (sentenceWindows.ts, bestSentenceWindows). Round thirty's windows read such a message in 280-character runs,
 * each screened in full: a pasted 65,000-character message cost 26–29 × its time with windows off
 * (bench/router/windowCost.ts), and the gateway accepts 512 KiB. Each window's vector costs ~40 ms of the
 * encoder's thread and the whole message's own screen ~0.9 s, so 12 keep a paste within about twice its
 * windowless cost (heldout/DECISION_W3_bounded_windows.md).
 */
export const LONG_MESSAGE_SCREENED_WINDOWS = 12

export interface EveryWindowOptions {
  /** How far above its threshold a window's fused score must be (default {@link DEFAULT_WINDOW_MARGIN}). */
  readonly margin?: number
  /**
   * A cheap score of how likely a sentence is to be a crisis (the learned n-gram probability), read for every
   * sentence when the message has more than `maxScreened` windows: the windows around the highest-scored are
   * screened in full. Default: every sentence scores the same, so the first `maxScreened` windows are.
   */
  readonly rank?: (sentence: string) => number
  /** A message with at most this many windows has all of them screened in full (default {@link MAX_SCREENED_WINDOWS}). */
  readonly maxScreened?: number
  /** How many windows of a message with more are screened in full (default {@link LONG_MESSAGE_SCREENED_WINDOWS}). */
  readonly longMessageScreened?: number
  /** Whether long sentences are also read in runs of words, and how many runs (sentenceWindows.ts; default none). */
  readonly runs?: RunWindowChoice
}

/**
 * A screen that also reads each sentence window of a message (sentenceWindows.ts) as a turn of its
 * own, and escalates when the whole does or a window's fused score clears its threshold by `margin`:
 * a crisis sentence padded with calm ones is judged as if it stood alone (issue 11, the padding
 * attack). The whole message's verdict stands when it escalates; otherwise the first escalating
 * window's, which names the window. A window judged without the sentence vector (the screen fell
 * back to rules and n-grams) has no fused score and does not escalate on its own. A message with more than
 * `maxScreened` windows has `longMessageScreened` of them screened, those around the sentences `rank` scores
 * highest: the cost of a long message stays bounded.
 *
 * @example
 * const screen = screenEveryWindow(createSentenceAwareSafetyScreen())
 * (await screen('What a sunny day. How many paracetamol would kill me')).flagged // true
 */
export function screenEveryWindow<Verdict extends ScoredVerdict>(screen: (message: string, signal?: AbortSignal) => Promise<Verdict>, options: EveryWindowOptions = {}): (message: string, signal?: AbortSignal) => Promise<WindowedVerdict<Verdict>> {
  const margin = options.margin ?? DEFAULT_WINDOW_MARGIN
  const rank = options.rank ?? ((): number => 0)
  const maxScreened = options.maxScreened ?? MAX_SCREENED_WINDOWS
  const longMessageScreened = options.longMessageScreened ?? LONG_MESSAGE_SCREENED_WINDOWS
  const runMargin = options.runs?.margin ?? margin
  const escalates = (verdict: Verdict, by: number): boolean => verdict.flagged && verdict.fused !== undefined && verdict.threshold !== undefined && verdict.fused - verdict.threshold >= by
  return async (message, signal) => {
    signal?.throwIfAborted()
    const windows = chooseWindows(message, rank, maxScreened, longMessageScreened, options.runs)
    // The whole and its windows are screened together: a turn's latency is the slowest of them, not their sum.
    // The signal reaches each screen's encoding: a caller that leaves stops the windows not yet encoded.
    const [whole, ...parts] = await Promise.all([screen(message, signal), ...windows.map(async ({ text }) => screen(text, signal))])
    if (whole!.flagged) return whole!
    const index = parts.findIndex((verdict, at) => escalates(verdict, windows[at]!.run ? runMargin : margin))
    return index === -1 ? whole! : { ...parts[index]!, window: windows[index]!.text }
  }
}
