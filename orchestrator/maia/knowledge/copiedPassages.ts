import { fnv1a } from '../../../shared/util/index.ts'
import { foldInvisible } from './screenPassage.ts'

/** Whose a stored passage is: its book and its curator (null: the operator's own library). */
export interface PassageOwner {
  readonly source: string
  readonly curator: string | null
}

/** A book of this ingest whose passages are already in the library under another curator. */
export interface CopiedBook {
  readonly source: string
  readonly curator: string | null
  readonly original: PassageOwner
  /** How many of the book's passages are copies. */
  readonly passages: number
}

/** Words per shingle: long enough that shared idioms and short quotations do not count as copying. */
const SHINGLE_WORDS = 5
/** A passage whose shingles are at least this share another curator's is a copy of theirs. */
const COPIED_SHARE = 0.5

/**
 * Text reduced to what a copy cannot change without changing what a reader reads: compatibility
 * forms folded, invisible characters dropped, case, punctuation and spacing ignored.
 *
 * @example
 * comparableText('Forgive\u200b  THE wound!') // 'forgive the wound'
 */
export function comparableText(text: string): string {
  return foldInvisible(text).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}

/** The passage's word 5-grams, hashed (FNV-1a); a passage of fewer words is one shingle. */
function shinglesOf(text: string): Set<number> {
  const words = comparableText(text).split(' ').filter((word) => word !== '')
  const shingles = new Set<number>()
  if (words.length < SHINGLE_WORDS) {
    if (words.length > 0) shingles.add(fnv1a(words.join(' ')))
    return shingles
  }
  for (let index = 0; index + SHINGLE_WORDS <= words.length; index += 1) shingles.add(fnv1a(words.slice(index, index + SHINGLE_WORDS).join(' ')))
  return shingles
}


/** Whether two curator addresses name one curator (addresses compared without their checksum case; none = the operator). */
export const sameCurator = (a: string | null | undefined, b: string | null | undefined): boolean => (a ?? '').toLowerCase() === (b ?? '').toLowerCase()

/**
 * Finds books that copy passages another curator already has (or another book of the same ingest
 * has, under another curator): a byte-identical copy, or one with invisible characters, changed
 * case or punctuation, shifted chunk boundaries. Shingles (5-word runs) of each new passage are
 * looked up in those of the stored passages; a passage with half of them another curator's is a
 * copy. The same curator's passages never count: re-ingesting one's own book replaces it.
 *
 * @example
 * findCopiedBooks(storedChunks, [{ source: 'aa.md', curator: mallory, passages: ['…'] }])
 */
export function findCopiedBooks(
  stored: ReadonlyArray<PassageOwner & { readonly text: string }>,
  books: ReadonlyArray<PassageOwner & { readonly passages: readonly string[] }>
): CopiedBook[] {
  const owners = new Map<number, PassageOwner>()
  const claim = (shingles: Iterable<number>, owner: PassageOwner): void => {
    for (const shingle of shingles) if (!owners.has(shingle)) owners.set(shingle, owner)
  }
  for (const chunk of stored) claim(shinglesOf(chunk.text), { source: chunk.source, curator: chunk.curator })
  const copied: CopiedBook[] = []
  for (const book of books) {
    const owner: PassageOwner = { source: book.source, curator: book.curator }
    const passages = book.passages.map(shinglesOf)
    let copies = 0
    let original: PassageOwner | undefined
    for (const shingles of passages) {
      const foreign = [...shingles].map((shingle) => owners.get(shingle)).filter((found): found is PassageOwner => found !== undefined && !sameCurator(found.curator, book.curator))
      if (shingles.size > 0 && foreign.length >= COPIED_SHARE * shingles.size) {
        copies += 1
        original ??= foreign[0]
      }
    }
    if (original !== undefined) copied.push({ source: book.source, curator: book.curator, original, passages: copies })
    for (const shingles of passages) claim(shingles, owner)
  }
  return copied
}
