/**
 * FNV-1a over UTF-16 code units, 32 bits: fast, dependency-free and stable across processes and
 * versions (the learned safety screen's shipped weights and the dataset's MinHash ids rely on it).
 *
 * @example
 * fnv1a('forgive the wound') // a 32-bit unsigned integer, the same in every process
 */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}
