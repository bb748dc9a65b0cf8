import { copyFile, mkdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { DevnetNode } from '../startDevnet.ts'

/** A node's model store file for `sha256` (`<models dir>/<sha256 hex>.gguf`), as node/models names it. */
function storeFile(node: DevnetNode, sha256: string): string {
  return join(node.modelsDir, `${sha256.slice(2).toLowerCase()}.gguf`)
}

/**
 * Puts the candidate in exactly one node's model store (the trainer's own node, say), where that
 * node serves it to peers, and clears it from every other node's store (an earlier demo run on
 * the same data dir left it there): when governance activates it, the others must fetch it.
 */
export async function placeCandidate(nodes: readonly DevnetNode[], holder: DevnetNode, candidate: { path: string; sha256: string }): Promise<void> {
  for (const node of nodes) {
    const file = storeFile(node, candidate.sha256)
    await Promise.all(['', '.part', '.part.json', '.download'].map((suffix) => rm(`${file}${suffix}`, { force: true })))
    await rm(join(node.modelsDir, `${candidate.sha256.slice(2).toLowerCase()}.manifest.json`), { force: true })
  }
  await mkdir(holder.modelsDir, { recursive: true })
  await copyFile(candidate.path, storeFile(holder, candidate.sha256))
}
