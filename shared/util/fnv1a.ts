/** fnv1a's starting state (the 32-bit FNV offset basis). */
export const FNV1A_OFFSET = 0x811c9dc5

/**
 * FNV-1a over UTF-16 code units, 32 bits: fast, dependency-free and stable across processes and
 * versions (the learned safety screen's shipped weights and the dataset's MinHash ids rely on it).
 *
 * @example
 * fnv1a('forgive the wound') // a 32-bit unsigned integer, the same in every process
 */
export function fnv1a(text: string): number {
  return fnv1aContinue(FNV1A_OFFSET, text) >>> 0
}

/**
 * fnv1a's state after reading `text.slice(start, end)` on from state `hash`, without building the
 * slice: `fnv1aContinue(fnv1aContinue(FNV1A_OFFSET, 'c'), gram) >>> 0` is `fnv1a('c' + gram)`.
 *
 * @example
 * fnv1aContinue(FNV1A_OFFSET, 'forgive the wound', 8, 11) >>> 0 === fnv1a('the') // true
 */
export function fnv1aContinue(hash: number, text: string, start = 0, end = text.length): number {
  let state = hash
  for (let index = start; index < end; index++) state = Math.imul(state ^ text.charCodeAt(index), 0x01000193)
  return state
}
