import { createHash, type Hash } from 'node:crypto'
import { createWriteStream, type WriteStream } from 'node:fs'
import { once } from 'node:events'
import { join } from 'node:path'
import { SPLIT_NAMES, type SplitName } from './assignSplit.ts'

/** What the card records of each written file. */
export interface WrittenFile {
  readonly lines: number
  readonly bytes: number
  /** SHA-256 of the file's bytes, 0x-prefixed. */
  readonly sha256: string
}

export interface SplitWriters {
  write(split: SplitName, line: string): Promise<void>
  /** Closes the files and returns what each holds. */
  close(): Promise<Record<SplitName, WrittenFile>>
  /** Closes the files without waiting for results (on failure). */
  abort(): void
}

/**
 * `train.jsonl`, `validation.jsonl` and `test.jsonl` written as lines arrive (waiting on
 * back-pressure, so memory stays flat), each hashed on the way out.
 */
export function createSplitWriters(directory: string): SplitWriters {
  const files = Object.fromEntries(SPLIT_NAMES.map((split) => {
    const state: { stream: WriteStream; hash: Hash; lines: number; bytes: number } = {
      stream: createWriteStream(join(directory, `${split}.jsonl`), { encoding: 'utf8' }),
      hash: createHash('sha256'),
      lines: 0,
      bytes: 0
    }
    return [split, state]
  })) as Record<SplitName, { stream: WriteStream; hash: Hash; lines: number; bytes: number }>
  return {
    async write(split, line) {
      const file = files[split]
      const text = `${line}\n`
      file.hash.update(text)
      file.lines += 1
      file.bytes += Buffer.byteLength(text)
      if (!file.stream.write(text)) await once(file.stream, 'drain')
    },
    async close() {
      const result = {} as Record<SplitName, WrittenFile>
      for (const split of SPLIT_NAMES) {
        const file = files[split]
        file.stream.end()
        await once(file.stream, 'finish')
        result[split] = { lines: file.lines, bytes: file.bytes, sha256: `0x${file.hash.digest('hex')}` }
      }
      return result
    },
    abort() {
      for (const split of SPLIT_NAMES) files[split].stream.destroy()
    }
  }
}
