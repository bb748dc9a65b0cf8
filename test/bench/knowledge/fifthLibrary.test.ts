import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectLibraryManifest } from '../../helpers/gutenbergLibraryChecks.ts'
import { FIFTH_LIBRARY_WORKS, assembleFifthLibrary, formatFifthLibraryWork } from '../../../bench/knowledge/fifthLibrary.ts'

describe('assembleFifthLibrary', () => {
  // Assembled once for every test: writing ~1.2 MB can take seconds on a loaded machine.
  const scratch = mkdtemp(join(tmpdir(), 'maia-fifth-library-'))
  let directory: string
  beforeAll(async () => { directory = await assembleFifthLibrary(join(await scratch, 'fifth')) }, 120_000)
  afterAll(async () => rm(await scratch, { recursive: true, force: true }))

  it('writes every work with a manifest row in the shared columns, no file name of another library', async () => {
    const characters = await expectLibraryManifest(directory, FIFTH_LIBRARY_WORKS, [])
    // The brief's size: several works, 300 KB to 1.2 MB in all (encoding time grows with it).
    expect(characters).toBeGreaterThan(300_000)
    expect(characters).toBeLessThan(1_200_000)
  })

  it('lays each work out as the shared prose files are: title and chapter headings, no package or licence text', async () => {
    const chapters: Record<string, number> = { 'chesterton-the-ball-and-the-cross.md': 20, 'austen-persuasion.md': 24, 'bryant-stories-to-tell-to-children.md': 52 }
    for (const work of FIFTH_LIBRARY_WORKS) {
      const text = await readFile(join(directory, work.file), 'utf8')
      expect(text.startsWith(`# ${work.title}, by ${work.author}\n\n# `), work.file).toBe(true)
      expect(text.match(/^# /gm)?.length, work.file).toBe(chapters[work.file]! + 1)
      expect(text, work.file).not.toMatch(/Gutenberg|\[Illustration|\r|\n\n\n/)
    }
    expect(await readFile(join(directory, 'austen-persuasion.md'), 'utf8')).toContain('# Chapter 24\n\n')
  })

  it('keeps the texts themselves, the last lines included', async () => {
    const persuasion = await readFile(join(directory, 'austen-persuasion.md'), 'utf8')
    expect(persuasion).toContain('Sir Walter Elliot, of Kellynch Hall, in Somersetshire, was a man who,')
    expect(persuasion.trimEnd().endsWith('than in its national importance.')).toBe(true)
    const ball = await readFile(join(directory, 'chesterton-the-ball-and-the-cross.md'), 'utf8')
    expect(ball.trimEnd().endsWith('pattern of a cross.')).toBe(true)
  })
})

describe('formatFifthLibraryWork', () => {
  const work = { ...FIFTH_LIBRARY_WORKS[1]!, title: 'T', author: 'A' }
  it('drops the bracketed first line, illustration marks and the closing licence, and turns a one-line heading into `# `', () => {
    const raw = '[T by A 1818] \r\n\r\n\r\nChapter 1\r\n\r\n[Illustration]\r\n\r\nOne line\r\nand its wrap.  \r\n\r\nChapter 2 is not alone\r\non its line.\r\n\r\n        Finis\r\n\r\nEnd of Project Gutenberg\'s T\r\nlicence'
    expect(formatFifthLibraryWork(raw, work)).toBe('# T, by A\n\n# Chapter 1\n\nOne line\nand its wrap.\n\nChapter 2 is not alone\non its line.\n')
  })
})
