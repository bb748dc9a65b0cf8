import type { FileHandle } from 'node:fs/promises'
import { createDataSectionSource } from './dataSection.ts'
import { asWriteError, GgufGenerationAbortedError } from './errors.ts'
import type { GgufLayout } from './ggufLayout.ts'

export type GgufProgress = { readonly writtenBytes: number; readonly totalBytes: number }

export type WriteGgufFileOptions = {
  /** Reported for error messages; the bytes go to `handle`. */
  readonly path: string
  readonly seed: number
  readonly chunkBytes: number
  readonly onProgress?: ((progress: GgufProgress) => void) | undefined
  readonly signal?: AbortSignal | undefined
}

/**
 * Writes a planned file through `handle` with two alternating chunk buffers: the next chunk's
 * random values are computed while the previous chunk is being written, and memory stays at
 * 2 × `chunkBytes` whatever the model size. Awaiting each write before reusing its buffer is the
 * back-pressure. fs failures become {@link GgufWriteError}; an aborted signal becomes
 * {@link GgufGenerationAbortedError}; errors thrown by `onProgress` propagate unchanged.
 */
export async function writeGgufFile(handle: FileHandle, layout: GgufLayout, options: WriteGgufFileOptions): Promise<void> {
  const { path, onProgress, signal } = options
  const report = (writtenBytes: number) => onProgress?.({ writtenBytes, totalBytes: layout.totalBytes })

  throwIfAborted(signal, path, 0)
  await asWriteError(path, handle.write(layout.prelude, 0, layout.prelude.byteLength, 0))
  let position = layout.dataOffset
  report(position)

  const bufferBytes = Math.min(options.chunkBytes, layout.totalBytes - layout.dataOffset)
  // Backed by fresh ArrayBuffers (not Node's shared pool) so typed-array views start 4-byte aligned.
  const buffers = [Buffer.from(new ArrayBuffer(bufferBytes)), Buffer.from(new ArrayBuffer(bufferBytes))] as const
  const data = createDataSectionSource(layout.tensors, options.seed)
  let pending: { readonly write: Promise<unknown>; readonly end: number } | undefined
  for (let chunk = 0; ; chunk++) {
    throwIfAborted(signal, path, pending?.end ?? position, pending?.write)
    const buffer = buffers[chunk % 2] ?? buffers[0]
    const byteCount = data.fillNext(buffer)
    if (pending !== undefined) {
      await asWriteError(path, pending.write)
      report(pending.end)
      pending = undefined
    }
    if (byteCount === 0) break
    pending = { write: handle.write(buffer, 0, byteCount, position), end: position + byteCount }
    position += byteCount
  }
  await asWriteError(path, handle.datasync())
}

function throwIfAborted(signal: AbortSignal | undefined, path: string, writtenBytes: number, inFlight?: Promise<unknown>): void {
  if (signal?.aborted !== true) return
  // A write still in flight must not reject unobserved once we bail out.
  inFlight?.catch(() => undefined)
  throw new GgufGenerationAbortedError(path, writtenBytes, signal.reason)
}
