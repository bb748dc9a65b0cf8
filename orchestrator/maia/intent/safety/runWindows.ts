/** How a long sentence is also read in overlapping runs (issue 11, round thirty-two: crises told as run-ons). */
export interface RunWindowOptions {
  /** A sentence of more words than this is read in runs of {@link RunWindowOptions.words} words. */
  readonly overWords: number
  /** Words in a run; neighbouring runs overlap by half. */
  readonly words: number
  /** A sentence mostly in a script written without spaces (Chinese, Japanese, Thai, …) of more characters than this is read in runs of characters. */
  readonly overCharacters: number
  /** Characters in such a run; neighbouring runs overlap by half. */
  readonly characters: number
}

/**
 * The shipped run windows: chosen on the spent sets v37 and v38 only, bare and run-on padded
 * (bench/router/paddedMessages.ts --run-on), before the one-shot set v39 judged them.
 */
export const DEFAULT_RUN_WINDOWS: RunWindowOptions = { overWords: 20, words: 12, overCharacters: 40, characters: 20 }

/** Scripts written without spaces between words: a word count says nothing of their length. */
const SPACELESS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]/u
const LETTER = /\p{L}/u

/** Overlapping runs of `size` items, a half-run apart, the last ending at the last item; none unless there are more than `over` items. */
function overlappingRuns<Item>(items: readonly Item[], over: number, size: number): Item[][] {
  if (items.length <= over || items.length <= size) return []
  const step = Math.max(1, Math.ceil(size / 2))
  const runs: Item[][] = []
  for (let start = 0; ; start += step) {
    if (start + size >= items.length) {
      runs.push(items.slice(items.length - size))
      return runs
    }
    runs.push(items.slice(start, start + size))
  }
}

/**
 * The runs a sentence is also read in: a crisis told inside chat with no sentence end ("the wheel of fortune
 * came up again lol anyway i'm jumping off the bridge at sunrise") is one sentence, so it has no sentence window,
 * and the calm words dilute the whole. A run of about a dozen words holds the crisis with little around it.
 * A sentence of a script written without spaces is cut into runs of characters instead.
 *
 * @example
 * runsOf('a b c d e f g h i j k l m n o p q r s t u v', { overWords: 20, words: 12, overCharacters: 40, characters: 20 })
 * // ['a b c d e f g h i j k l', 'g h i j k l m n o p q r', 'k l m n o p q r s t u v']
 */
export function runsOf(sentence: string, options: RunWindowOptions = DEFAULT_RUN_WINDOWS): string[] {
  const characters = [...sentence.trim()]
  const letters = characters.filter((character) => LETTER.test(character))
  const spaceless = letters.filter((character) => SPACELESS.test(character)).length * 2 > letters.length
  if (spaceless) return overlappingRuns(characters, options.overCharacters, options.characters).map((run) => run.join('').trim())
  const words = sentence.split(/\s+/u).filter((word) => word !== '')
  return overlappingRuns(words, options.overWords, options.words).map((run) => run.join(' '))
}
