import type { SourceDocument, WithheldPassage } from './KnowledgeBase.ts'
import type { StoredChunk } from './createLanceChunkStore.ts'
import { findCopiedBooks, sameCurator } from './copiedPassages.ts'
import { CopiedPassagesError, SourceCuratorConflictError } from './errors.ts'
import type { PassageScreen } from './screenPassage.ts'

/**
 * Books are keyed by their path in the folder ingested, so a submission with the same path would
 * replace another curator's book and take its credit: refused, for every such book at once (an
 * uncurated book included: a curator may not claim the operator's). The same curator re-ingesting
 * a book replaces it, and so does the operator re-ingesting it with no curator (it then earns nobody).
 *
 * @throws {SourceCuratorConflictError} naming each book, its curator and the newcomer.
 */
export function assertNoCuratorTakeover(documents: readonly SourceDocument[], stored: readonly StoredChunk[]): void {
  const curatorOf = new Map<string, string | null>()
  for (const chunk of stored) if (!curatorOf.has(chunk.source)) curatorOf.set(chunk.source, chunk.curator)
  const conflicts: Array<{ source: string; storedCurator: string | null; newCurator: string | null }> = []
  for (const document of documents) {
    const newCurator = document.curator ?? null
    // Two books of one ingest with the same path would overwrite each other as well.
    const existing = curatorOf.has(document.source) ? curatorOf.get(document.source)! : undefined
    // Re-ingested with no curator (the operator's own copy), a book earns nobody anything: allowed, as before.
    if (existing !== undefined && newCurator !== null && !sameCurator(existing, newCurator)) conflicts.push({ source: document.source, storedCurator: existing, newCurator })
    curatorOf.set(document.source, existing === undefined ? newCurator : existing)
  }
  if (conflicts.length > 0) throw new SourceCuratorConflictError(conflicts)
}

/**
 * A book's text with the paragraphs `screen` flags blanked out (each character but line breaks made
 * a space, so every passage kept still has its offsets in the file), and what was withheld, for the
 * operator's report. A flagged paragraph never becomes a passage: it is never quoted nor prompted.
 */
export function withholdFlaggedParagraphs(document: SourceDocument, screen: PassageScreen): { text: string; withheld: WithheldPassage[] } {
  const withheld: WithheldPassage[] = []
  let text = document.text
  for (const paragraph of paragraphsOf(document.text)) {
    const flags = screen(paragraph.text)
    if (flags.length === 0) continue
    withheld.push({
      source: document.source, start: paragraph.start, end: paragraph.end,
      reasons: [...new Set(flags.map((flag) => flag.reason))], phrases: flags.map((flag) => flag.phrase),
      excerpt: paragraph.text.replace(/\s+/g, ' ').trim().slice(0, 120)
    })
    text = text.slice(0, paragraph.start) + paragraph.text.replace(/[^\n]/g, ' ') + text.slice(paragraph.end)
  }
  return { text, withheld }
}

/** The paragraphs of a text (runs between blank lines) with their offsets. */
function paragraphsOf(text: string): Array<{ start: number; end: number; text: string }> {
  const paragraphs: Array<{ start: number; end: number; text: string }> = []
  const breaks = /\n[ \t]*\n/g
  let start = 0
  for (let found = breaks.exec(text); ; found = breaks.exec(text)) {
    const end = found === null ? text.length : found.index
    if (text.slice(start, end).trim() !== '') paragraphs.push({ start, end, text: text.slice(start, end) })
    if (found === null) break
    start = found.index + found[0].length
  }
  return paragraphs
}

/**
 * Refuses an ingest holding copies of passages another curator already has (findCopiedBooks). The
 * stored chunks of books this ingest replaces do not count: they are about to go.
 *
 * @throws {CopiedPassagesError} naming each copying book, its curator and the original.
 */
export function assertNoCopiedPassages(documents: readonly SourceDocument[], chunksOf: ReadonlyMap<SourceDocument, readonly StoredChunk[]>, stored: readonly StoredChunk[]): void {
  const replaced = new Set(documents.map((document) => document.source))
  const kept = stored.filter((chunk) => !replaced.has(chunk.source))
  const books = documents.map((document) => ({
    source: document.source, curator: document.curator ?? null,
    passages: (chunksOf.get(document) ?? []).map((chunk) => chunk.text)
  }))
  const copies = findCopiedBooks(kept, books)
  if (copies.length > 0) throw new CopiedPassagesError(copies)
}
