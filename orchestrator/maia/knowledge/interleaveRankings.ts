/**
 * Two rankings merged turn about: each next pick comes from `first` while it has given less than
 * `firstShare` of the picks so far, else from `second`, skipping what was already picked (by
 * `key`), until `limit` or both run out. Unlike score fusion it needs no common scale, and the top
 * of each ranking always reaches the top of the merge: with a small budget the plain BM25 hits
 * that share the question's words are never pushed out by expansion terms, and the expanded
 * ranking's finds still get every other place.
 *
 * @example
 * interleaveRankings(['a', 'b'], ['c', 'a'], 0.5, 10, (id) => id) // ['a', 'c', 'b']
 */
export function interleaveRankings<T>(first: readonly T[], second: readonly T[], firstShare: number, limit: number, key: (item: T) => string): T[] {
  const merged: T[] = []
  const seen = new Set<string>()
  let fromFirst = 0
  let a = 0
  let b = 0
  while (merged.length < limit && (a < first.length || b < second.length)) {
    const takeFirst = a < first.length && (b >= second.length || fromFirst < firstShare * (merged.length + 1))
    const item = takeFirst ? first[a++]! : second[b++]!
    if (takeFirst) fromFirst += 1
    const id = key(item)
    if (seen.has(id)) continue
    seen.add(id)
    merged.push(item)
  }
  return merged
}
