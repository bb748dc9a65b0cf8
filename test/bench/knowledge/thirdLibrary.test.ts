import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { MEDITATIONS_FILE, SECOND_LIBRARY_KJV_BOOKS } from '../../../bench/knowledge/secondLibrary.ts'
import { THIRD_LIBRARY_KJV_BOOKS, assembleThirdLibrary } from '../../../bench/knowledge/thirdLibrary.ts'

// The shared library's KJV books (../shared/library/MANIFEST.tsv): the third library must not repeat them.
const SHARED_KJV_FILES = ['kjv-job.txt', 'kjv-proverbs.txt', 'kjv-ecclesiastes.txt']

describe('assembleThirdLibrary', () => {
  const scratch = mkdtemp(join(tmpdir(), 'maia-third-library-'))
  afterAll(async () => rm(await scratch, { recursive: true, force: true }))

  it('writes every book with a manifest row, none of them in the shared or the second library', async () => {
    const directory = await assembleThirdLibrary(join(await scratch, 'third'))
    const manifest = (await readFile(join(directory, 'MANIFEST.tsv'), 'utf8')).trim().split('\n')
    expect(manifest).toHaveLength(THIRD_LIBRARY_KJV_BOOKS.length + 1)
    const taken = new Set([...SHARED_KJV_FILES, MEDITATIONS_FILE, ...SECOND_LIBRARY_KJV_BOOKS.map((book) => book.file)])
    for (const { book, file } of THIRD_LIBRARY_KJV_BOOKS) {
      expect(taken.has(file), file).toBe(false)
      const text = await readFile(join(directory, file), 'utf8')
      expect(text.startsWith(`${book}\n\nCHAPTER 1\n\n1 `), file).toBe(true)
      expect(text.length, file).toBeGreaterThan(5_000)
    }
  })

  it('holds a known verse, with the brackets of italicised words dropped', async () => {
    const directory = await assembleThirdLibrary(join(await scratch, 'verse'))
    expect(await readFile(join(directory, 'kjv-galatians.txt'), 'utf8')).toContain('Bear ye one another\'s burdens, and so fulfil the law of Christ.')
  })
})
