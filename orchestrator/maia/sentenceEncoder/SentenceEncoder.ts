/**
 * Sentence vectors from a small general-purpose encoder that ships inside `node_modules`
 * (no download, no native code), so every orchestrator has a semantic signal even where no
 * node offers an embedding model. Structurally an `Embedder` of the knowledge base.
 */
export interface SentenceEncoder {
  /** Identifies the model, so vectors made by one encoder are never compared with another's. */
  readonly id: string
  readonly dimensions: number
  /** Unit-length vectors, one per text, in order. */
  embed(texts: readonly string[], options?: SentenceEncodeOptions): Promise<Float32Array[]>
  /** Releases this handle; the shared model stays loaded while other handles use it. */
  dispose(): Promise<void>
}

export interface SentenceEncodeOptions {
  signal?: AbortSignal
  /** Called after each batch with the number of texts encoded so far (long library builds). */
  onProgress?: (done: number, total: number) => void
}
