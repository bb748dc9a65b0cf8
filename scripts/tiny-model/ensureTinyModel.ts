import { stat } from 'node:fs/promises'
import { generateGgufModel } from './generateGgufModel.ts'
import { planGgufLayout } from './ggufLayout.ts'
import { TINY_MODEL_DEFAULTS } from './modelShape.ts'

/**
 * Returns `path` once it holds the default tiny model, generating it only when missing.
 *
 * An existing file is kept when its size matches what the current generator would write (a cheap
 * check that catches files from an older generator version without hashing). Concurrent callers
 * are safe: each writes its own temp file and the identical results are renamed into place.
 */
export async function ensureTinyModel(path: string, options: { readonly signal?: AbortSignal } = {}): Promise<string> {
  const expectedBytes = planGgufLayout(TINY_MODEL_DEFAULTS).totalBytes
  if ((await fileSize(path)) === expectedBytes) return path
  await generateGgufModel({ path, ...(options.signal === undefined ? {} : { signal: options.signal }) })
  return path
}

async function fileSize(path: string): Promise<number | undefined> {
  try {
    const stats = await stat(path)
    return stats.isFile() ? stats.size : undefined
  } catch {
    return undefined
  }
}
