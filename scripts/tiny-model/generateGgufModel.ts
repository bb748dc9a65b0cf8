import { randomBytes } from 'node:crypto'
import { mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { z } from 'zod'
import { asWriteError, InvalidGenerateOptionsError } from './errors.ts'
import { GGUF_ALIGNMENT } from './ggufConstants.ts'
import { planGgufLayout } from './ggufLayout.ts'
import { resolveModelShape, type ModelShape } from './modelShape.ts'
import { writeGgufFile, type GgufProgress } from './writeGgufFile.ts'

export { TINY_MODEL_DEFAULTS, MODEL_SHAPE_PRESETS, type ModelShape, type ModelShapePreset } from './modelShape.ts'
export type { GgufProgress } from './writeGgufFile.ts'

/** 4 MiB: large enough that syscalls are negligible, small enough to stay cache- and memory-friendly. */
export const DEFAULT_CHUNK_BYTES = 4 * 1024 * 1024

export type GenerateGgufModelOptions = Partial<ModelShape> & {
  /** Final file path. Parent folders are created. An existing file is replaced atomically. */
  readonly path: string
  /** Called after the header and after each chunk lands on disk; the last call has writtenBytes === totalBytes. */
  readonly onProgress?: (progress: GgufProgress) => void
  /** Aborting stops at the next chunk, deletes the temp file and rejects with GgufGenerationAbortedError. */
  readonly signal?: AbortSignal
  /** Bytes per write (a multiple of 32). Output bytes never depend on it. */
  readonly chunkBytes?: number
}

export type GeneratedGgufModel = {
  readonly path: string
  readonly totalBytes: number
  readonly tensorCount: number
  readonly shape: ModelShape
}

const writeOptionsSchema = z.object({
  path: z.string().min(1, { message: 'must be a non-empty path' }),
  chunkBytes: z
    .number()
    .int()
    .min(GGUF_ALIGNMENT)
    .refine((value) => value % GGUF_ALIGNMENT === 0, { message: `must be a multiple of ${GGUF_ALIGNMENT}` })
})

/**
 * Writes a llama-architecture GGUF v3 file with seeded random weights: same options → same bytes.
 *
 * Tensor data is streamed (memory stays ~2 × chunkBytes even for multi-GB shapes), written to a
 * temp file beside `path` and renamed into place, so `path` never holds a partial file.
 *
 * @throws {InvalidModelShapeError} shape options that cannot form a llama model.
 * @throws {InvalidGenerateOptionsError} bad `path` or `chunkBytes`.
 * @throws {GgufGenerationAbortedError} `signal` aborted.
 * @throws {GgufWriteError} the file system refused (missing permission, disk full...).
 */
export async function generateGgufModel(options: GenerateGgufModelOptions): Promise<GeneratedGgufModel> {
  const { path, onProgress, signal, chunkBytes = DEFAULT_CHUNK_BYTES, ...shapeOverrides } = options
  const writeOptions = writeOptionsSchema.safeParse({ path, chunkBytes })
  if (!writeOptions.success) {
    const issues = writeOptions.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
    throw new InvalidGenerateOptionsError(issues)
  }
  const shape = resolveModelShape(shapeOverrides)
  const layout = planGgufLayout(shape)

  const tempPath = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.partial`)
  let handle: FileHandle | undefined
  try {
    await asWriteError(path, mkdir(dirname(path), { recursive: true }))
    handle = await asWriteError(path, open(tempPath, 'wx'))
    await writeGgufFile(handle, layout, { path, seed: shape.seed, chunkBytes, onProgress, signal })
    const closing = handle.close()
    handle = undefined
    await asWriteError(path, closing)
    await asWriteError(path, rename(tempPath, path))
  } catch (error) {
    await handle?.close().catch(() => undefined)
    await rm(tempPath, { force: true }).catch(() => undefined)
    throw error
  }
  return { path, totalBytes: layout.totalBytes, tensorCount: layout.tensors.length, shape }
}
