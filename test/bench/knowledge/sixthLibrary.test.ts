import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectLibraryManifest } from '../../helpers/gutenbergLibraryChecks.ts'
import { FIFTH_LIBRARY_WORKS } from '../../../bench/knowledge/fifthLibrary.ts'
import { SIXTH_LIBRARY_WORKS, assembleSixthLibrary, formatSixthLibraryWork } from '../../../bench/knowledge/sixthLibrary.ts'

describe('assembleSixthLibrary', () => {
  // Assembled once for every test: writing ~1.2 MB can take seconds on a loaded machine.
  const scratch = mkdtemp(join(tmpdir(), 'maia-sixth-library-'))
  let directory: string
  beforeAll(async () => { directory = await assembleSixthLibrary(join(await scratch, 'sixth')) }, 120_000)
  afterAll(async () => rm(await scratch, { recursive: true, force: true }))

  it('writes every work with a manifest row in the shared columns, no file name of another library', async () => {
    const characters = await expectLibraryManifest(directory, SIXTH_LIBRARY_WORKS, FIFTH_LIBRARY_WORKS)
    // The brief's size: about 1 to 1.5 MB in all (encoding time grows with it).
    expect(characters).toBeGreaterThan(1_000_000)
    expect(characters).toBeLessThan(1_500_000)
  })

  it('turns book, poem and section headings into `# ` lines and drops the package marks', async () => {
    const headings: Record<string, number> = { 'blake-songs-of-innocence-and-of-experience.md': 54, 'whitman-leaves-of-grass.md': 713, 'milton-paradise-lost.md': 12 }
    for (const work of SIXTH_LIBRARY_WORKS) {
      const text = await readFile(join(directory, work.file), 'utf8')
      expect(text.startsWith(`# ${work.title}, by ${work.author}\n\n`), work.file).toBe(true)
      expect(text.match(/^# /gm)?.length, work.file).toBe(headings[work.file]! + 1)
      expect(text, work.file).not.toMatch(/Gutenberg|\[The End\]|\r|\u001a|\n\n\n|^\}|^ +\S/m)
    }
    const blake = await readFile(join(directory, 'blake-songs-of-innocence-and-of-experience.md'), 'utf8')
    expect(blake).toContain('# THE TIGER\n\n')
    const whitman = await readFile(join(directory, 'whitman-leaves-of-grass.md'), 'utf8')
    expect(whitman).toContain('# BOOK I. INSCRIPTIONS\n\n# One\'s-Self I Sing\n\n')
    expect(whitman).toContain('# Song of Myself, 52\n\n')
    expect(whitman).toContain('# I. The Pilot in the Mist\n\n')
    const milton = await readFile(join(directory, 'milton-paradise-lost.md'), 'utf8')
    expect(milton).toContain('# Book XII\n\n')
  })

  it('keeps the verse line by line, stanzas and verse paragraphs as paragraphs, the last lines included', async () => {
    const blake = await readFile(join(directory, 'blake-songs-of-innocence-and-of-experience.md'), 'utf8')
    expect(blake).toContain('Tiger, tiger, burning bright\nIn the forests of the night')
    expect(blake.trimEnd().endsWith('Fled back unhinderd till she came into the vales of Har')).toBe(true)
    const whitman = await readFile(join(directory, 'whitman-leaves-of-grass.md'), 'utf8')
    // A wrapped long line is joined back into one line.
    expect(whitman).toContain('Or a soldier camp\'d or carrying my knapsack and gun, or a miner in California,\n')
    expect(whitman.trimEnd().endsWith('Good-bye--and hail! my Fancy.')).toBe(true)
    const milton = await readFile(join(directory, 'milton-paradise-lost.md'), 'utf8')
    expect(milton).toContain('# Book I\n\nOf Man\'s first disobedience, and the fruit\nOf that forbidden tree')
    expect(milton.trimEnd().endsWith('Through Eden took their solitary way.')).toBe(true)
    // Milton's verse paragraphs are cut so that none is far longer than the chunker's target.
    for (const work of SIXTH_LIBRARY_WORKS) {
      const text = await readFile(join(directory, work.file), 'utf8')
      const paragraphs = text.split('\n\n')
      expect(paragraphs.length, work.file).toBeGreaterThan(250)
      const long = paragraphs.filter((paragraph) => paragraph.split('\n').length > 60)
      expect(long.length, work.file).toBeLessThan(work.file.startsWith('milton') ? 5 : 10)
    }
  })
})

describe('formatSixthLibraryWork', () => {
  it('drops the bracketed first line, makes headings and numbered sections `# ` lines, joins wrapped lines', () => {
    const work = { ...SIXTH_LIBRARY_WORKS[1]!, title: 'T', author: 'A' }
    const raw = '[T by A 1855]\r\n\r\n[BOOK II]\r\n\r\n}  A Poem\r\n[Dedication]\r\n\r\n     1\r\nFirst line, long\r\n    and wrapped,\r\n     Indented line.  \r\n\r\n     2\r\nSecond.\r\n'
    expect(formatSixthLibraryWork(raw, work)).toBe('# T, by A\n\n# BOOK II\n\n# A Poem\n\n[Dedication]\n\n# A Poem, 1\n\nFirst line, long and wrapped,\nIndented line.\n\n# A Poem, 2\n\nSecond.\n')
  })

  it('cuts a long verse paragraph after a line ending a sentence, and starts one at an indented line', () => {
    const work = { ...SIXTH_LIBRARY_WORKS[2]!, title: 'T', author: 'A', cutAfterLines: 2 }
    const raw = '[T by A 1667] \r\n \r\nBook I \r\n \r\na, \r\nb. \r\nc. \r\nd \r\n  e. \r\nf, \r\ng; \r\nh. \r\ni \r\nj. \r\n \r\n[The End]\u001a\u001a\r\n'
    expect(formatSixthLibraryWork(raw, work)).toBe('# T, by A\n\n# Book I\n\na,\nb.\n\nc.\nd\n\ne.\nf,\ng;\nh.\n\ni\nj.\n')
  })
})
