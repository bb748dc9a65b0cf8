import type { RetrievedChunk } from './KnowledgeBase.ts'

/**
 * Retrieved chunks as prompt text, each under a numbered citation line so the model (and the
 * reader) can attribute what it quotes: `[1] Phaedo — Plato (plato-phaedo.md)`.
 *
 * @example
 * formatContext(result.chunks) // '[1] Phaedo — Plato (plato-phaedo.md)\nThe soul...\n\n[2] ...'
 */
export function formatContext(chunks: readonly RetrievedChunk[]): string {
  return chunks.map((chunk, index) => `${citation(chunk, index + 1)}\n${chunk.text}`).join('\n\n')
}

export function citation(chunk: Pick<RetrievedChunk, 'title' | 'author' | 'source'>, number: number): string {
  return `[${number}] ${chunk.title} — ${chunk.author} (${chunk.source})`
}
