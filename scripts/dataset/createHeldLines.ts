import { createReadStream, createWriteStream, type WriteStream } from 'node:fs'
import { once } from 'node:events'
import { rm } from 'node:fs/promises'
import { createInterface } from 'node:readline'

/** A line held back until the owner limits are known. */
export interface HeldLine {
  readonly owner: string
  readonly split: 'train' | 'validation' | 'test'
  readonly line: string
}

export interface HeldLines {
  hold(entry: HeldLine): Promise<void>
  /** Every held line, in the order held; call once, after the last `hold`. */
  replay(): AsyncGenerator<HeldLine>
  /** Deletes the file (also after a failure). */
  remove(): Promise<void>
}

/**
 * Distillation examples that passed every check, kept on disk rather than in memory (an export
 * can be hundreds of MiB) until the per-owner limits, which depend on every owner's count, are
 * known; then replayed in order, so the splits come out as if written directly. The file is
 * created by the first `hold`, so a build without distillation leaves nothing behind.
 */
export function createHeldLines(path: string): HeldLines {
  let stream: WriteStream | undefined
  return {
    async hold(entry) {
      stream ??= createWriteStream(path, { encoding: 'utf8' })
      if (!stream.write(`${JSON.stringify(entry)}\n`)) await once(stream, 'drain')
    },
    async *replay() {
      if (stream === undefined) return
      stream.end()
      await once(stream, 'finish')
      const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity })
      for await (const text of lines) if (text !== '') yield JSON.parse(text) as HeldLine
    },
    async remove() {
      if (stream === undefined) return
      if (!stream.closed) {
        stream.destroy()
        await once(stream, 'close')
      }
      await rm(path, { force: true })
    }
  }
}
