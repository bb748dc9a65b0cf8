import { ruleFloorWindows } from './ruleFloorWindows.ts'

/** Sentence ends in the scripts the screen meets: Latin and Cyrillic punctuation, CJK full stops, the danda, Arabic and Urdu marks, newlines. */
const SENTENCE = /[^.!?。！？।॥؟۔\n]+[.!?。！？।॥؟۔\n]*/gu

/** Beyond this many sentences a message is windowed in runs of up to 280 characters instead, so its cost stays bounded. */
export const MAX_SENTENCES_WINDOWED = 12

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
 * windows (the whole is read anyway); one of more than {@link MAX_SENTENCES_WINDOWED} sentences is
 * read in runs of whole sentences of up to 280 characters (ruleFloorWindows.ts).
 *
 * @example
 * sentenceWindows('Lovely day. Pull a card. Thanks') // ['Lovely day.', 'Pull a card.', 'Thanks', 'Lovely day. Pull a card.', 'Pull a card. Thanks']
 */
export function sentenceWindows(message: string): string[] {
  const sentences = sentencesOf(message)
  if (sentences.length < 2) return []
  if (sentences.length > MAX_SENTENCES_WINDOWED) return ruleFloorWindows(message).slice(1).map((window) => window.trim()).filter((window) => window !== '')
  const pairs = sentences.slice(1).map((sentence, index) => `${sentences[index]!} ${sentence}`)
  return [...new Set([...sentences, ...(sentences.length > 2 ? pairs : [])])]
}
