import { createHash } from 'node:crypto'

/**
 * Which half of a spent held-out set a question falls in, by the first byte of the SHA-256 of its
 * id: `A` (even) is tuned on, `B` (odd) only confirms that a change generalises. A hash, not the
 * order or the book, so both halves mix every book and kind.
 *
 * @example
 * heldoutHalf('h2-fr01') // 'A' or 'B', always the same
 */
export function heldoutHalf(id: string): 'A' | 'B' {
  return createHash('sha256').update(id).digest()[0]! % 2 === 0 ? 'A' : 'B'
}
