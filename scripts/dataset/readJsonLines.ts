import { createReadStream } from 'node:fs'
import { readdir, stat } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { createInterface } from 'node:readline'
import { DatasetInputError, InvalidDatasetLineError } from './errors.ts'

/** One parsed line of a JSONL input. */
export interface JsonLine {
  readonly file: string
  readonly line: number
  readonly value: unknown
}

/** The .jsonl files a path names: the file itself, or those in a directory (sorted, not recursive). */
export async function listJsonlFiles(path: string): Promise<string[]> {
  const stats = await stat(path).catch((cause: unknown) => { throw new DatasetInputError(path, 'not found', { cause }) })
  if (stats.isFile()) return [path]
  const entries = await readdir(path, { withFileTypes: true })
  const files = entries.filter((entry) => entry.isFile() && entry.name.endsWith('.jsonl')).map((entry) => join(path, entry.name)).sort()
  if (files.length === 0) throw new DatasetInputError(path, 'no .jsonl files')
  return files
}

/**
 * Lines of JSONL files, parsed one at a time (never the whole file in memory). Blank lines are
 * skipped; `onBytes` reports bytes read, for progress.
 *
 * @throws {InvalidDatasetLineError} for a line that is not JSON.
 */
export async function* readJsonLines(files: readonly string[], onBytes?: (bytes: number) => void): AsyncGenerator<JsonLine> {
  for (const file of files) {
    const stream = createReadStream(file, { encoding: 'utf8' })
    const lines = createInterface({ input: stream, crlfDelay: Infinity })
    let number = 0
    for await (const text of lines) {
      number += 1
      onBytes?.(Buffer.byteLength(text) + 1)
      if (text.trim() === '') continue
      let value: unknown
      try {
        value = JSON.parse(text)
      } catch {
        throw new InvalidDatasetLineError(basename(file), number, 'not JSON')
      }
      yield { file: basename(file), line: number, value }
    }
  }
}
