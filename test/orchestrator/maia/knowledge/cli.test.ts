import { execFile } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SAMPLE_LIBRARY_DIRECTORY } from '../../../../orchestrator/maia/knowledge/defaultLibrary.ts'

const run = promisify(execFile)
const ENTRY = fileURLToPath(new URL('./support/knowledgeCli.ts', import.meta.url))

describe('maia knowledge (CLI)', () => {
  let indexDir: string
  const maia = (args: string[], env: NodeJS.ProcessEnv = {}) =>
    run(process.execPath, ['--import', 'tsx', ENTRY, 'knowledge', ...args], {
      env: { ...process.env, MAIA_KNOWLEDGE_DIR: indexDir, MAIA_LIBRARY_DIR: SAMPLE_LIBRARY_DIRECTORY, ...env },
      timeout: 30_000
    }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr })
    )

  beforeAll(async () => { indexDir = await mkdtemp(join(tmpdir(), 'maia-kb-cli-')) })
  afterAll(async () => { await rm(indexDir, { recursive: true, force: true }) })

  it('builds the index on the first search, and prints only the JSON contract on stdout', async () => {
    const first = await maia(['search', 'What does the shepherd restore?', '--json', '--budget', '300'])
    expect(first.code).toBe(0)
    expect(first.stderr).toMatch(/Indexing .*sample-library/)
    expect(first.stderr).toMatch(/indexed .*sample-library/)
    const result = JSON.parse(first.stdout) as { chunks: Array<Record<string, unknown>>; totalTokens: number }
    expect(Object.keys(result)).toEqual(['chunks', 'totalTokens'])
    expect(result.chunks.length).toBeGreaterThan(0)
    for (const chunk of result.chunks) expect(Object.keys(chunk)).toEqual(['source', 'title', 'author', 'text', 'tokens'])
    expect(result.chunks[0]).toMatchObject({ source: 'kjv-seasons-and-shepherd.txt', title: 'Wisdom Verses (King James Version)', author: 'Anonymous (Hebrew Bible)' })
    expect(result.totalTokens).toBeLessThanOrEqual(300)
    expect(result.totalTokens).toBe(result.chunks.reduce((sum, chunk) => sum + (chunk.tokens as number), 0))

    // The same ranking as the orchestrator's: the first search encoded the passages for dense retrieval.
    expect(first.stderr).toMatch(/Encoding \d+ passages for dense retrieval/)
    expect(first.stderr).not.toMatch(/dense retrieval unavailable/)

    const second = await maia(['search', 'grief', '--json', '--author', 'contributors', '--topic', 'grief'])
    expect(second.code).toBe(0)
    expect(second.stderr).not.toMatch(/Indexing/)
    // Their vectors were kept beside the index: a later search encodes nothing.
    expect(second.stderr).not.toMatch(/Encoding/)
    const filtered = JSON.parse(second.stdout) as { chunks: Array<{ source: string }> }
    expect(new Set(filtered.chunks.map((chunk) => chunk.source))).toEqual(new Set(['on-grief.md']))
  })

  it('searches with the lexical ranking only when asked (--no-dense or MAIA_DENSE_RETRIEVAL=off), with the same contract', async () => {
    const fresh = await mkdtemp(join(tmpdir(), 'maia-kb-cli-lexical-'))
    try {
      for (const [args, env] of [[['--no-dense'], {}], [[], { MAIA_DENSE_RETRIEVAL: 'off' }]] as const) {
        const { code, stdout, stderr } = await maia(['search', 'What does the shepherd restore?', '--json', '--budget', '300', ...args], { MAIA_KNOWLEDGE_DIR: fresh, ...env })
        expect(code).toBe(0)
        expect(stderr).not.toMatch(/Encoding/)
        expect((JSON.parse(stdout) as { chunks: unknown[] }).chunks.length).toBeGreaterThan(0)
      }
    } finally {
      await rm(fresh, { recursive: true, force: true })
    }
  })

  it('searches with plain BM25 on request, with the same JSON contract', async () => {
    const { code, stdout } = await maia(['search', 'What does the shepherd restore?', '--json', '--budget', '300', '--retrieval', 'bm25'])
    expect(code).toBe(0)
    const result = JSON.parse(stdout) as { chunks: Array<Record<string, unknown>>; totalTokens: number }
    expect(Object.keys(result)).toEqual(['chunks', 'totalTokens'])
    expect(result.chunks[0]).toMatchObject({ source: 'kjv-seasons-and-shepherd.txt' })
    const bad = await maia(['search', 'soul', '--retrieval', 'magic'])
    expect(bad.code).toBe(1)
    expect(bad.stderr).toMatch(/retrieval/)
  })

  it('prints cited passages as text without --json', async () => {
    const { code, stdout } = await maia(['search', 'fire water earth air', '--budget', '200'])
    expect(code).toBe(0)
    expect(stdout).toMatch(/^\[1\] The Four Elements: A Daily Check-In — MAIA Network contributors \(elements-check-in\.md\)\n/)
    expect(stdout).toMatch(/of 200 tokens, counted by estimate:chars\/4\)\n$/)
  })

  it('ingests files with metadata flags', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'maia-kb-cli-ingest-'))
    try {
      const ingest = await maia(['ingest', join(SAMPLE_LIBRARY_DIRECTORY, 'on-dreams.md'), '--author', 'A. Dreamer', '--topic', 'night,sleep', '--curator', '0x52908400098527886e0f7030069857d2e4169ee7', '--index-dir', directory])
      expect(ingest.code).toBe(0)
      expect(ingest.stdout).toMatch(/^Ingested 1 document\(s\): \d+ chunks, \d+ tokens/)
      // The ingest encoded the passage vectors (progress on stderr, stdout untouched) ...
      expect(ingest.stderr).toMatch(/Encoding \d+ passages for dense retrieval/)
      expect(ingest.stderr).toMatch(/passage vectors for dense retrieval ready/)
      expect(ingest.stdout).not.toMatch(/Encoding/)
      const search = await maia(['search', 'dream notebook', '--json', '--author', 'dreamer', '--topic', 'night', '--index-dir', directory])
      expect(search.code).toBe(0)
      // ... so the first search after it only reads them.
      expect(search.stderr).not.toMatch(/Encoding/)
      expect(search.stderr).not.toMatch(/dense retrieval unavailable/)
      expect((JSON.parse(search.stdout) as { chunks: Array<{ author: string }> }).chunks[0]!.author).toBe('A. Dreamer')
    } finally {
      await rm(directory, { recursive: true, force: true })
    }
  })

  it('ingests without encoding passages when asked (--no-dense or MAIA_DENSE_RETRIEVAL=off)', async () => {
    for (const [args, env] of [[['--no-dense'], {}], [[], { MAIA_DENSE_RETRIEVAL: 'off' }]] as const) {
      const directory = await mkdtemp(join(tmpdir(), 'maia-kb-cli-ingest-lexical-'))
      try {
        const ingest = await maia(['ingest', join(SAMPLE_LIBRARY_DIRECTORY, 'on-dreams.md'), '--index-dir', directory, ...args], env)
        expect(ingest.code).toBe(0)
        expect(ingest.stdout).toMatch(/^Ingested 1 document\(s\)/)
        expect(ingest.stderr).not.toMatch(/Encoding|dense retrieval/)
        const search = await maia(['search', 'dream notebook', '--json', '--no-dense', '--index-dir', directory])
        expect(search.code).toBe(0)
        expect((JSON.parse(search.stdout) as { chunks: unknown[] }).chunks.length).toBeGreaterThan(0)
      } finally {
        await rm(directory, { recursive: true, force: true })
      }
    }
  })

  it('explains bad flags and configuration', async () => {
    const budget = await maia(['search', 'soul', '--budget', 'lots'])
    expect(budget.code).not.toBe(0)
    expect(budget.stderr).toMatch(/not a whole number/)
    const curator = await maia(['ingest', SAMPLE_LIBRARY_DIRECTORY, '--curator', 'alice'])
    expect(curator.code).toBe(1)
    expect(curator.stderr).toMatch(/InvalidConfigError: .*curator: must be an ETH address/)
    const library = await maia(['search', 'soul'], { MAIA_LIBRARY_DIR: '/nonexistent/library', MAIA_KNOWLEDGE_DIR: join(indexDir, 'other') })
    expect(library.code).toBe(1)
    expect(library.stderr).toMatch(/LibraryNotFoundError/)
  })

  it('documents the tokenizer default in --help', async () => {
    const { stdout } = await maia(['search', '--help'])
    expect(stdout).toMatch(/--tokenizer <gguf>/)
    expect(stdout).toMatch(/~4 characters per token/)
  })
})
