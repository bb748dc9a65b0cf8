import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FOURTH_LIBRARY_KJV_BOOKS, assembleFourthLibrary } from '../../../bench/knowledge/fourthLibrary.ts'
import { MEDITATIONS_FILE, SECOND_LIBRARY_KJV_BOOKS } from '../../../bench/knowledge/secondLibrary.ts'
import { THIRD_LIBRARY_KJV_BOOKS } from '../../../bench/knowledge/thirdLibrary.ts'

// The shared library's KJV books (../shared/library/MANIFEST.tsv): the fourth library must not repeat them.
const SHARED_KJV_FILES = ['kjv-job.txt', 'kjv-proverbs.txt', 'kjv-ecclesiastes.txt']

describe('assembleFourthLibrary', () => {
  // Assembled once for both tests: parsing the kjv package's verses and writing ~1 MB takes seconds,
  // more on a loaded machine than a test's default 5 s.
  const scratch = mkdtemp(join(tmpdir(), 'maia-fourth-library-'))
  let directory: string
  beforeAll(async () => { directory = await assembleFourthLibrary(join(await scratch, 'fourth')) }, 120_000)
  afterAll(async () => rm(await scratch, { recursive: true, force: true }))

  it('writes every book with a manifest row, none of them in the shared, second or third library', async () => {
    const manifest = (await readFile(join(directory, 'MANIFEST.tsv'), 'utf8')).trim().split('\n')
    expect(manifest).toHaveLength(FOURTH_LIBRARY_KJV_BOOKS.length + 1)
    const taken = new Set([...SHARED_KJV_FILES, MEDITATIONS_FILE, ...SECOND_LIBRARY_KJV_BOOKS.map((book) => book.file), ...THIRD_LIBRARY_KJV_BOOKS.map((book) => book.file)])
    let characters = 0
    for (const { book, file } of FOURTH_LIBRARY_KJV_BOOKS) {
      expect(taken.has(file), file).toBe(false)
      const text = await readFile(join(directory, file), 'utf8')
      expect(text.startsWith(`${book}\n\nCHAPTER 1\n\n1 `), file).toBe(true)
      expect(text.length, file).toBeGreaterThan(3_000)
      characters += text.length
    }
    // Encoding time grows with the library: the brief caps it near 1.2 MB.
    expect(characters).toBeLessThan(1_200_000)
  })

  it('holds a known verse, with the brackets of italicised words dropped', async () => {
    expect(await readFile(join(directory, 'kjv-genesis.txt'), 'utf8')).toContain('In the beginning God created the heaven and the earth.')
  })
})
