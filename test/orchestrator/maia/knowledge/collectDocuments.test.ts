import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { collectDocuments } from '../../../../orchestrator/maia/knowledge/collectDocuments.ts'
import { SAMPLE_LIBRARY_DIRECTORY } from '../../../../orchestrator/maia/knowledge/defaultLibrary.ts'
import { InvalidManifestError, NoDocumentsError, SourceNotFoundError } from '../../../../orchestrator/maia/knowledge/errors.ts'
import { tagTopics } from '../../../../orchestrator/maia/knowledge/tagTopics.ts'

const CURATOR = '0x52908400098527886E0F7030069857D2E4169EE7'

describe('collectDocuments', () => {
  it('reads a library through its manifest (title, author, topics)', async () => {
    const documents = await collectDocuments([SAMPLE_LIBRARY_DIRECTORY])
    expect(documents.map((document) => document.source)).toEqual(['kjv-seasons-and-shepherd.txt', 'on-dreams.md', 'on-grief.md', 'elements-check-in.md'])
    expect(documents[1]).toMatchObject({ title: 'On Dreams', author: 'MAIA Network contributors', topics: ['dreams'] })
  })

  it('takes metadata from flags for loose files, and checksums the curator address', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'maia-collect-'))
    await writeFile(join(directory, 'my-notes.md'), 'Some notes.')
    await writeFile(join(directory, 'README.md'), 'Not a book.')
    await writeFile(join(directory, 'image.png'), 'x')
    const [document, ...rest] = await collectDocuments([directory], { topics: ['notes'], curator: CURATOR })
    expect(rest).toEqual([])
    expect(document).toMatchObject({ source: 'my-notes.md', title: 'My Notes', author: 'Unknown', topics: ['notes'], curator: CURATOR })
  })

  it('validates manifest rows', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'maia-manifest-'))
    await writeFile(join(directory, 'MANIFEST.tsv'), 'file\ttitle\tauthor\tcurator\nbook.txt\tBook\tSomeone\t0x1234\n')
    await writeFile(join(directory, 'book.txt'), 'Text.')
    await expect(collectDocuments([directory])).rejects.toThrow(InvalidManifestError)
    await expect(collectDocuments([directory])).rejects.toThrow(/row 2: curator: must be an ETH address/)
  })

  it('reports missing paths and empty selections', async () => {
    await expect(collectDocuments(['/nonexistent/library'])).rejects.toBeInstanceOf(SourceNotFoundError)
    const empty = await mkdtemp(join(tmpdir(), 'maia-empty-'))
    await expect(collectDocuments([empty])).rejects.toBeInstanceOf(NoDocumentsError)
  })
})

describe('tagTopics', () => {
  it('tags a passage with lexicon topics it mentions at least twice', () => {
    expect(tagTopics('I dreamt a dream last night; the dreams return.')).toEqual(['dreams'])
    expect(tagTopics('One dream only.')).toEqual([])
    expect(tagTopics('The soul is immortal; death frees the soul from the dead body.')).toEqual(['death', 'soul'])
  })
})
