/** Sentence ends in the scripts the screen meets: Latin and Cyrillic punctuation, CJK full stops, the danda, Arabic and Urdu marks, newlines. */
const SENTENCE = /[^.!?。！？।॥؟۔\n]+[.!?。！？।॥؟۔\n]*/gu

/** A message's sentences as the screen's windows split them (trimmed; those with no letter or digit, such as a lone emoji, left out). */
export function sentencesOf(message: string): string[] {
  return (message.match(SENTENCE) ?? []).map((sentence) => sentence.trim()).filter((sentence) => /[\p{L}\p{N}]/u.test(sentence))
}

/**
 * The parts of a message the safety screen also reads on their own (issue 11, the padding attack):
 * each sentence and each pair of neighbouring sentences, for a message of two sentences or more.
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
  return windowsOf(sentencesOf(message)).map(({ text }) => text)
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

/**
 * The windows of `message` ({@link sentenceWindows}, in its order) that a screen reads in full: all of them when
 * there are at most `limit`; otherwise the `beyondLimit` ranked highest, each sentence scored once by `rank` and a
 * pair by the higher of its two sentences' scores (ties in message order). Scoring sentences rather than every
 * window halves the reads of a long paste, and a pair holds no crisis word that neither of its sentences holds.
 *
 * @example
 * bestSentenceWindows(longPaste, (sentence) => learned.probability(sentence), 24, 12) // the 12 windows around its most alarming sentences
 */
export function bestSentenceWindows(message: string, rank: (sentence: string) => number, limit: number, beyondLimit = limit): string[] {
  const sentences = sentencesOf(message)
  const windows = windowsOf(sentences)
  if (windows.length <= limit) return windows.map(({ text }) => text)
  const scores = sentences.map((sentence) => rank(sentence))
  return windows
    .map((window, order) => ({ ...window, order, score: Math.max(...window.members.map((member) => scores[member]!)) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, beyondLimit)
    .sort((a, b) => a.order - b.order)
    .map(({ text }) => text)
}
