import { BaseError } from '../../../shared/errors/index.ts'

/** A MANIFEST.tsv row or header failed validation. */
export class InvalidManifestError extends BaseError {
  override name = 'InvalidManifestError'
  constructor(path: string, issues: string) {
    super('Invalid library manifest', { details: { path, issues } })
  }
}

/** Nothing ingestible (.txt, .md) was found at the given paths. */
export class NoDocumentsError extends BaseError {
  override name = 'NoDocumentsError'
  constructor(paths: readonly string[]) {
    super('No .txt or .md files to ingest', { details: { paths } })
  }
}

/** A path given to ingest does not exist or cannot be read. */
export class SourceNotFoundError extends BaseError {
  override name = 'SourceNotFoundError'
  constructor(path: string, options: { cause?: unknown } = {}) {
    super('Source not found', { details: { path }, cause: options.cause })
  }
}

/** The index was built with another embedder (or none) than the one now configured for ingest. */
export class EmbedderMismatchError extends BaseError {
  override name = 'EmbedderMismatchError'
  constructor(indexed: string | null, configured: string | null) {
    super('The index was built with a different embedder', { details: { indexed: indexed ?? 'none (BM25 only)', configured: configured ?? 'none (BM25 only)' } })
  }
}

/** The on-disk store failed (LanceDB error, unreadable index metadata). */
export class KnowledgeStoreError extends BaseError {
  override name = 'KnowledgeStoreError'
  constructor(operation: string, directory: string, options: { cause?: unknown } = {}) {
    super('Knowledge store failed', { details: { operation, directory, reason: options.cause instanceof Error ? options.cause.message : String(options.cause) }, cause: options.cause })
  }
}

/** Neither the configured library nor the bundled sample library exists. */
export class LibraryNotFoundError extends BaseError {
  override name = 'LibraryNotFoundError'
  constructor(candidates: readonly string[]) {
    super('No library to index', { details: { tried: candidates } })
  }
}

/** `search` was called with options outside their ranges (e.g. a budget that is not a positive integer). */
export class InvalidSearchOptionsError extends BaseError {
  override name = 'InvalidSearchOptionsError'
  constructor(issues: string) {
    super('Invalid search options', { details: { issues } })
  }
}

/** The index on disk was written by an incompatible version of this code. */
export class IndexFormatError extends BaseError {
  override name = 'IndexFormatError'
  constructor(directory: string, found: number, expected: number) {
    super('The index has an unsupported format; delete it and ingest again', { details: { directory, found, expected } })
  }
}

/** The GloVe word vectors (soft term matching) could not be read or are not in wink-embeddings' layout. */
export class WordVectorTableError extends BaseError {
  override name = 'WordVectorTableError'
  constructor(message: string, details: { source: string }, cause?: unknown) {
    super(message, { details, cause })
  }
}

/**
 * An ingest would replace a book another curator curates (books are keyed by their path): the
 * newcomer would take the book and its credit. Refused; ingest it under another file name.
 */
export class SourceCuratorConflictError extends BaseError {
  override name = 'SourceCuratorConflictError'
  constructor(conflicts: ReadonlyArray<{ source: string; storedCurator: string | null; newCurator: string | null }>) {
    super('A book with this path is curated by someone else', {
      details: { conflicts: conflicts.map((conflict) => ({ source: conflict.source, curatedBy: conflict.storedCurator ?? 'none (the operator)', ingestedBy: conflict.newCurator ?? 'none (the operator)' })) }
    })
  }
}

/**
 * An ingest holds passages already in the library under another curator (a copy, exact or with
 * invisible characters, case or punctuation changed): it would share or take the original's credit
 * and fill prompts with the same text twice. Refused.
 */
export class CopiedPassagesError extends BaseError {
  override name = 'CopiedPassagesError'
  constructor(copies: ReadonlyArray<{ source: string; curator: string | null; original: { source: string; curator: string | null }; passages: number }>) {
    super('Passages already in the library under another curator', {
      details: {
        copies: copies.map((copy) => ({
          source: copy.source, curator: copy.curator ?? 'none (the operator)', passages: copy.passages,
          originalSource: copy.original.source, originalCurator: copy.original.curator ?? 'none (the operator)'
        }))
      }
    })
  }
}
