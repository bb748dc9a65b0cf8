import { generateGgufModel } from '../../tiny-model/index.ts'
import { sha256File } from '../../../shared/util/index.ts'

export interface Candidate {
  path: string
  /** The weights' seed: another seed, other weights, another SHA-256. */
  seed: number
  sha256: `0x${string}`
  bytes: number
}

/**
 * A candidate model for the devnet: the tiny GGUF's shape with weights from another seed, the
 * stand-in for a fine-tuned model (its text is noise, like the active one's).
 */
export async function generateCandidate(path: string, seed: number, options: { signal?: AbortSignal } = {}): Promise<Candidate> {
  const generated = await generateGgufModel({ path, seed, ...(options.signal === undefined ? {} : { signal: options.signal }) })
  return { path: generated.path, seed, sha256: await sha256File(generated.path), bytes: generated.totalBytes }
}
