import { createHash } from 'node:crypto'
import { mkdtemp, readdir, readFile, rm, stat, writeFile, open } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readGgufFileInfo } from 'node-llama-cpp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  ensureTinyModel,
  generateGgufModel,
  GgufGenerationAbortedError,
  GgufWriteError,
  InvalidGenerateOptionsError,
  InvalidModelShapeError,
  planGgufLayout,
  resolveModelShape,
  TINY_MODEL_DEFAULTS,
  type GgufProgress,
  type ModelShape
} from '../../../scripts/tiny-model/index.ts'

/** Big enough for several 1 MiB chunks per tensor, small enough to write in well under a second. */
const MID_SHAPE: Partial<ModelShape> = {
  embeddingLength: 512,
  blockCount: 4,
  headCount: 8,
  headCountKv: 4,
  feedForwardLength: 1376,
  vocabularySize: 8192,
  tensorType: 'f16'
}

let directory: string
beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'maia-tiny-model-'))
})
afterAll(async () => {
  await rm(directory, { recursive: true, force: true })
})

const sha256 = async (path: string) => createHash('sha256').update(await readFile(path)).digest('hex')
const leftovers = async () => (await readdir(directory)).filter((name) => name.endsWith('.partial'))

describe('generateGgufModel', () => {
  it('is deterministic for a seed and changes with the seed', async () => {
    const first = await generateGgufModel({ path: join(directory, 'a.gguf'), seed: 7 })
    const again = await generateGgufModel({ path: join(directory, 'b.gguf'), seed: 7 })
    const other = await generateGgufModel({ path: join(directory, 'c.gguf'), seed: 8 })
    expect(await sha256(first.path)).toBe(await sha256(again.path))
    expect(await sha256(other.path)).not.toBe(await sha256(first.path))
    // Only the weights differ: same layout, same size.
    expect(other.totalBytes).toBe(first.totalBytes)
  })

  it('writes the same bytes whatever the chunk size', async () => {
    const reference = await sha256((await generateGgufModel({ path: join(directory, 'ref.gguf') })).path)
    for (const chunkBytes of [4064, 96 * 1024]) {
      const path = join(directory, `chunk-${chunkBytes}.gguf`)
      await generateGgufModel({ path, chunkBytes })
      expect(await sha256(path)).toBe(reference)
    }
  })

  it('writes a ~0.5 MB tiny model whose size matches the plan, with progress up to the total', async () => {
    const progress: GgufProgress[] = []
    const result = await generateGgufModel({ path: join(directory, 'tiny.gguf'), onProgress: (event) => progress.push(event) })
    expect(result.shape).toEqual(TINY_MODEL_DEFAULTS)
    expect(result.tensorCount).toBe(3 + 9 * TINY_MODEL_DEFAULTS.blockCount)
    expect((await stat(result.path)).size).toBe(result.totalBytes)
    expect(result.totalBytes).toBeGreaterThan(400_000)
    expect(result.totalBytes).toBeLessThan(700_000)
    expect(progress.at(-1)).toEqual({ writtenBytes: result.totalBytes, totalBytes: result.totalBytes })
    const written = progress.map((event) => event.writtenBytes)
    expect(written).toEqual([...written].sort((a, b) => a - b))
  })

  it('streams a mid-sized f16 shape: exact size, readable tensor table, bounded memory, sane values', async () => {
    const path = join(directory, 'mid.gguf')
    const baseline = process.memoryUsage().arrayBuffers
    let peak = baseline
    const result = await generateGgufModel({
      ...MID_SHAPE,
      path,
      chunkBytes: 1024 * 1024,
      onProgress: () => {
        peak = Math.max(peak, process.memoryUsage().arrayBuffers)
      }
    })
    expect(result.totalBytes).toBe(planGgufLayout(resolveModelShape(MID_SHAPE)).totalBytes)
    expect((await stat(path)).size).toBe(result.totalBytes)
    // ~40 MB written; the writer holds two 1 MiB chunks plus the header, never the whole file.
    expect(result.totalBytes).toBeGreaterThan(30_000_000)
    expect(peak - baseline).toBeLessThan(12 * 1024 * 1024)

    const info = await readGgufFileInfo(path, { readTensorInfo: true })
    expect(info.version).toBe(3)
    expect(info.metadata.general.architecture).toBe('llama')
    const tensors = info.fullTensorInfo ?? info.tensorInfo ?? []
    expect(tensors).toHaveLength(result.tensorCount)
    const embedding = tensors.find((tensor) => tensor.name === 'token_embd.weight')
    expect(embedding?.dimensions).toEqual([512, 8192])
    expect(embedding?.ggmlType).toBe(1) // f16
    expect(tensors.find((tensor) => tensor.name === 'output_norm.weight')?.ggmlType).toBe(0) // norms stay f32
    expect(tensors.find((tensor) => tensor.name === 'blk.0.attn_k.weight')?.dimensions).toEqual([512, 256])

    // Sample the first 1,024 f16 weights of blk.3.ffn_down: finite, small, not all equal.
    const down = tensors.find((tensor) => tensor.name === 'blk.3.ffn_down.weight')
    const dataOffset = planGgufLayout(resolveModelShape(MID_SHAPE)).dataOffset
    const handle = await open(path, 'r')
    const sample = Buffer.alloc(2048)
    await handle.read(sample, 0, sample.byteLength, dataOffset + Number(down?.offset))
    await handle.close()
    const values = Array.from({ length: 1024 }, (_, index) => halfToNumber(sample.readUInt16LE(index * 2)))
    expect(values.every((value) => Number.isFinite(value) && Math.abs(value) <= 1 / Math.sqrt(1376) + 1e-3)).toBe(true)
    expect(new Set(values).size).toBeGreaterThan(500)
  })

  it('rejects invalid shapes and options before touching the disk', async () => {
    const path = join(directory, 'never.gguf')
    await expect(generateGgufModel({ path, headCount: 5 })).rejects.toBeInstanceOf(InvalidModelShapeError)
    await expect(generateGgufModel({ path, vocabularySize: 100 })).rejects.toThrow(/at least 259/)
    await expect(generateGgufModel({ path: '' })).rejects.toBeInstanceOf(InvalidGenerateOptionsError)
    await expect(generateGgufModel({ path, chunkBytes: 100 })).rejects.toThrow(/multiple of 32/)
    await expect(stat(path)).rejects.toThrow()
  })

  it('stops on abort, leaving neither the final file nor a temp file', async () => {
    const path = join(directory, 'aborted.gguf')
    const controller = new AbortController()
    const aborted = generateGgufModel({
      ...MID_SHAPE,
      path,
      chunkBytes: 64 * 1024,
      signal: controller.signal,
      onProgress: ({ writtenBytes }) => {
        if (writtenBytes > 1_000_000) controller.abort(new Error('enough'))
      }
    })
    const error: unknown = await aborted.catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(GgufGenerationAbortedError)
    expect((error as GgufGenerationAbortedError).cause).toEqual(new Error('enough'))
    expect((error as GgufGenerationAbortedError).details.writtenBytes).toBeLessThan(2_000_000)
    await expect(stat(path)).rejects.toThrow()
    expect(await leftovers()).toEqual([])

    const preAborted = generateGgufModel({ path, signal: AbortSignal.abort() })
    await expect(preAborted).rejects.toBeInstanceOf(GgufGenerationAbortedError)
    expect(await leftovers()).toEqual([])
  })

  it('reports file-system failures as GgufWriteError', async () => {
    const blocker = join(directory, 'a-file')
    await writeFile(blocker, 'not a folder')
    const error: unknown = await generateGgufModel({ path: join(blocker, 'model.gguf') }).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(GgufWriteError)
    expect((error as GgufWriteError).name).toBe('GgufWriteError')
  })
})

describe('ensureTinyModel', () => {
  it('generates once, then returns the existing file untouched', async () => {
    const path = join(directory, 'nested', 'cache', 'tiny.gguf')
    expect(await ensureTinyModel(path)).toBe(path)
    const created = await stat(path)
    expect(created.size).toBe(planGgufLayout(TINY_MODEL_DEFAULTS).totalBytes)
    expect(await ensureTinyModel(path)).toBe(path)
    expect((await stat(path)).mtimeMs).toBe(created.mtimeMs)
  })

  it('replaces a file of the wrong size (truncated, or from an older generator)', async () => {
    const path = join(directory, 'stale.gguf')
    await writeFile(path, 'GGUF-truncated')
    await ensureTinyModel(path)
    expect(await sha256(path)).toBe(await sha256((await generateGgufModel({ path: join(directory, 'fresh.gguf') })).path))
  })

  it('is safe under concurrent callers', async () => {
    const path = join(directory, 'concurrent.gguf')
    await Promise.all([ensureTinyModel(path), ensureTinyModel(path), ensureTinyModel(path)])
    expect((await stat(path)).size).toBe(planGgufLayout(TINY_MODEL_DEFAULTS).totalBytes)
    expect(await leftovers()).toEqual([])
  })
})

/** IEEE 754 binary16 bits → number (test-side decoder, independent of the generator's encoder). */
function halfToNumber(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1
  const exponent = (bits >>> 10) & 0x1f
  const fraction = bits & 0x3ff
  if (exponent === 0) return sign * fraction * 2 ** -24
  if (exponent === 0x1f) return fraction === 0 ? sign * Number.POSITIVE_INFINITY : Number.NaN
  return sign * (1 + fraction / 1024) * 2 ** (exponent - 15)
}
