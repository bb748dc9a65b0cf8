import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { join } from 'node:path'
import { SPLIT_NAMES } from './assignSplit.ts'
import type { DatasetCard } from './datasetCard.ts'
import type { WrittenFile } from './createSplitWriters.ts'
import { DatasetFileMismatchError } from './errors.ts'

/**
 * Checks that `train.jsonl`, `validation.jsonl` and `test.jsonl` are the files `card.json`
 * describes (SHA-256, line count, size): the card's hash names the dataset only while the files
 * are the ones it was computed over, so a line appended to train.jsonl after the build must not
 * still resolve to the card's hash. Each file is streamed once, so memory stays flat.
 *
 * @throws {DatasetFileMismatchError} naming the first file that is missing or differs.
 */
export async function verifyDatasetFiles(directory: string, card: DatasetCard): Promise<void> {
  for (const split of SPLIT_NAMES) {
    const file = `${split}.jsonl`
    const actual = await describeFile(join(directory, file)).catch((cause: unknown) => { throw new DatasetFileMismatchError(directory, file, 'missing or unreadable', { cause }) })
    const mismatch = describeMismatch(card.files[split], actual)
    if (mismatch !== undefined) throw new DatasetFileMismatchError(directory, file, mismatch)
  }
}

/** Lines (newline characters, as the split writers count them), bytes and SHA-256 of a file. */
async function describeFile(path: string): Promise<WrittenFile> {
  const hash = createHash('sha256')
  let bytes = 0
  let lines = 0
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    hash.update(chunk)
    bytes += chunk.length
    for (let index = chunk.indexOf(0x0a); index !== -1; index = chunk.indexOf(0x0a, index + 1)) lines += 1
  }
  return { lines, bytes, sha256: `0x${hash.digest('hex')}` }
}

function describeMismatch(expected: WrittenFile, actual: WrittenFile): string | undefined {
  if (actual.lines !== expected.lines) return `${actual.lines} lines, card.json says ${expected.lines}`
  if (actual.bytes !== expected.bytes) return `${actual.bytes} bytes, card.json says ${expected.bytes}`
  if (actual.sha256 !== expected.sha256) return `sha256 ${actual.sha256}, card.json says ${expected.sha256}`
  return undefined
}
