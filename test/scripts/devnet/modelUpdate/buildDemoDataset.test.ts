import { lstat, readFile, readlink } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildDemoDataset, type DemoDataset } from '../../../../scripts/devnet/modelUpdate/buildDemoDataset.ts'
import { datasetCardHash } from '../../../../scripts/dataset/index.ts'
import { temporaryDirectory } from '../../../helpers/network.ts'

const SAMPLE_LIBRARY = join(import.meta.dirname, '../../../../orchestrator/maia/knowledge/sample-library')

describe('buildDemoDataset', () => {
  let directory: Awaited<ReturnType<typeof temporaryDirectory>>
  let built: DemoDataset
  beforeAll(async () => {
    directory = await temporaryDirectory('maia-demo-dataset-')
    built = await buildDemoDataset({ library: SAMPLE_LIBRARY, out: directory.path, books: 2, requireTestExamples: false })
  })
  afterAll(async () => { await directory?.remove() })

  it('builds from the smallest books, linked in place with their manifest rows', async () => {
    const manifest = (await readFile(join(SAMPLE_LIBRARY, 'MANIFEST.tsv'), 'utf8')).split('\n').filter((line) => line.trim() !== '')
    expect(built.books).toHaveLength(2)
    expect(built.library).toBe(join(directory.path, 'library'))
    const linked = (await readFile(join(built.library, 'MANIFEST.tsv'), 'utf8')).trim().split('\n')
    expect(linked[0]).toBe(manifest[0])
    expect(linked.slice(1)).toEqual(manifest.filter((line) => built.books.some((book) => line.startsWith(`${book}\t`))))
    for (const book of built.books) {
      expect((await lstat(join(built.library, book))).isSymbolicLink()).toBe(true)
      expect(await readlink(join(built.library, book))).toBe(join(SAMPLE_LIBRARY, book))
    }
  })

  it('writes a dataset whose card names exactly those books and carries its content hash', async () => {
    const card = JSON.parse(await readFile(join(built.directory, 'card.json'), 'utf8'))
    expect(card.hash).toBe(built.card.hash)
    expect(datasetCardHash(card)).toBe(card.hash)
    expect(card.sources.library.documents.map((document: { file: string }) => document.file).sort()).toEqual([...built.books].sort())
  })

  it('builds from the whole library when the smallest books leave no held-out test example', async () => {
    const fallback = await temporaryDirectory('maia-demo-dataset-fallback-')
    try {
      // The sample library's two smallest books give no test example; all of it gives one.
      const result = await buildDemoDataset({ library: SAMPLE_LIBRARY, out: fallback.path, books: 2 })
      expect(result.card.counts.test).toBeGreaterThan(0)
      expect(result.library).toBe(SAMPLE_LIBRARY)
      expect(result.books.length).toBeGreaterThan(2)
    } finally {
      await fallback.remove()
    }
  })

  it('uses the library as it is when it has no more books than asked for', async () => {
    const whole = await temporaryDirectory('maia-demo-dataset-whole-')
    try {
      const result = await buildDemoDataset({ library: SAMPLE_LIBRARY, out: whole.path, books: 50 })
      expect(result.library).toBe(SAMPLE_LIBRARY)
      expect(result.books.length).toBeGreaterThan(2)
    } finally {
      await whole.remove()
    }
  })
})
