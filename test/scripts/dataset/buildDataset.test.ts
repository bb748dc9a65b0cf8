import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildDataset, datasetCardHash, datasetCardSchema, DatasetFileMismatchError, readCard, type DatasetCard } from '../../../scripts/dataset/index.ts'
import { chatExampleSchema } from '../../../scripts/dataset/chatExample.ts'
import { collectEvaluationTexts } from '../../../scripts/dataset/collectEvaluationTexts.ts'
import { REPOSITORY_ROOT } from '../../../scripts/dataset/buildDataset.ts'

const CURATOR = '0x1111111111111111111111111111111111111111'
const letters = (value: number) => { let text = ''; for (let rest = value; rest > 0; rest = Math.floor(rest / 26)) text += String.fromCharCode(97 + (rest % 26)); return text }
const words = (seed: number, count: number) => Array.from({ length: count }, (_, index) => `w${letters(1 + ((seed * 7919 + index * 104729) % 500_009))}`).join(' ')
/** Paragraphs of 130 distinct words each: every one becomes a passage of its own. */
const paragraph = (seed: number) => `${words(seed, 130)}.`

let root: string
const library = () => join(root, 'library')

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'maia-dataset-'))
  await mkdir(library())
  await writeFile(join(library(), 'MANIFEST.tsv'), [
    'file\ttitle\tauthor\tcurator\twhy_public_domain',
    `book-a.md\tBook A (first edition)\tAuthor A\t${CURATOR}\tpublished 1900`,
    'book-b.txt\tBook B\tAnonymous (Tradition)\t\tCC0'
  ].join('\n'))
  const shared = paragraph(1)
  // Book B repeats A's first paragraph with two words changed: a near duplicate across books.
  const nearCopy = shared.replace(/^\S+ \S+/, 'changed words')
  await writeFile(join(library(), 'book-a.md'), ['# Chapter', shared, paragraph(2), paragraph(3), paragraph(4)].join('\n\n'))
  await writeFile(join(library(), 'book-b.txt'), [nearCopy, paragraph(5), paragraph(6)].join('\n\n'))

  await mkdir(join(root, 'dialogues'))
  const dialogue = (id: string, user: string, answer = 'Thank you for sharing that. What feels heaviest today?') =>
    JSON.stringify({ id, messages: [{ role: 'user', content: user }, { role: 'assistant', content: answer }], licence: 'CC-BY-4.0', curator: CURATOR })
  await writeFile(join(root, 'dialogues', 'practice.jsonl'), [
    dialogue('d1', 'Hi, my name is Sarah Connolly, email sarah@example.com. I keep dreaming of the sea.'),
    dialogue('d2', 'Hi, my name is Sarah Connolly, email sarah@example.com. I keep dreaming of the sea.'), // exact duplicate of d1 after scrubbing
    dialogue('d3', 'My question comes straight from the evaluation set about an oracle and a wise man'),
    dialogue('d4', 'I lost my job last week and feel ashamed to tell my family.')
  ].join('\n') + '\n')

  await writeFile(join(root, 'distillation.jsonl'), [
    JSON.stringify({ messages: [{ role: 'user', content: 'What is a shadow in Jung? Call me on +1 415-555-0199.' }, { role: 'assistant', content: 'The shadow is the part of us we do not see.' }], metadata: { requestId: 'r1', target: 'reference', answers: [] } }),
    JSON.stringify({ createdAt: 1, requestId: 'r2', messages: [{ role: 'user', content: 'Tell me about dreams of flying.' }], answers: [{ peerId: 'p', text: 'Flying dreams often speak of freedom.', relativeScore: 1, verdict: 'honest' }] }),
    JSON.stringify({ createdAt: 2, requestId: 'r3', messages: [{ role: 'user', content: 'No usable target here.' }], answers: [{ peerId: 'p', text: 'x', verdict: 'dishonest' }] })
  ].join('\n') + '\n')
})

afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

const EVALUATION = [{ file: 'bench/example.json', text: 'about an oracle and a wise man' }]
const readLines = async (file: string) => (await readFile(file, 'utf8')).split('\n').filter(Boolean).map((line) => JSON.parse(line) as unknown)

describe('buildDataset', () => {
  it('builds from the library alone: grounded examples with the identity prompt, a card with counts, licences, curators and hash', async () => {
    const out = join(root, 'library-only')
    const { card } = await buildDataset({ library: library(), out, evaluationTexts: EVALUATION })
    expect(datasetCardSchema.parse(card)).toEqual(card)
    expect(card.hash).toBe(datasetCardHash(card))
    expect(card.counts).toMatchObject({ candidates: 7, nearDuplicates: 1, exactDuplicates: 0, contaminated: 0, kept: 6 })
    expect(card.counts.train + card.counts.validation + card.counts.test).toBe(6)
    expect(card.deduplication.examples[0]).toMatchObject({ unit: 'library:book-b.txt#0', duplicateOf: 'library:book-a.md#0' })
    expect(card.sources.library?.documents.map((d) => [d.file, d.title, d.licence, d.passages, d.examples])).toEqual([
      ['book-a.md', 'Book A (first edition)', 'published 1900', 4, 4],
      ['book-b.txt', 'Book B', 'CC0', 3, 2]
    ])
    expect(card.licences).toEqual(['CC0', 'published 1900'])
    expect(card.curators).toEqual([{ address: CURATOR, sources: ['library:book-a.md'], examples: 4 }])
    const identity = await readFile(join(REPOSITORY_ROOT, 'orchestrator/maia/prompt/identity.md'), 'utf8')
    const lines = [...await readLines(join(out, 'train.jsonl')), ...await readLines(join(out, 'validation.jsonl')), ...await readLines(join(out, 'test.jsonl'))]
    expect(lines).toHaveLength(6)
    for (const line of lines) {
      const example = chatExampleSchema.parse(line)
      expect(Object.keys(line as object)).toEqual(['messages'])
      expect(example.messages.map((m) => m.role)).toEqual(['system', 'user', 'assistant'])
      expect(example.messages[0]!.content).toBe(identity.trim())
      // Grounded: the answer quotes a passage and names the work.
      expect(example.messages[2]!.content).toMatch(/\*Book [AB]\*/)
      expect(example.messages[2]!.content).toMatch(/> w[a-z]+ /)
      expect(example.messages[2]!.content.trim().endsWith('?')).toBe(true)
    }
    const written = JSON.parse(await readFile(join(out, 'card.json'), 'utf8')) as DatasetCard
    expect(written).toEqual(card)
  })

  it('is reproducible: the same inputs give the same files and hash', async () => {
    const first = await buildDataset({ library: library(), out: join(root, 'again-1'), evaluationTexts: EVALUATION, template: 'llama3' })
    const second = await buildDataset({ library: library(), out: join(root, 'again-2'), evaluationTexts: EVALUATION, template: 'llama3' })
    expect(second.card.hash).toBe(first.card.hash)
    expect(await readFile(join(root, 'again-2', 'train.jsonl'), 'utf8')).toBe(await readFile(join(root, 'again-1', 'train.jsonl'), 'utf8'))
    const other = await buildDataset({ library: library(), out: join(root, 'again-3'), evaluationTexts: EVALUATION, template: 'llama3', splitSeed: 'other' })
    expect(other.card.hash).not.toBe(first.card.hash)
  })

  it('adds dialogues and distillation triples: scrubbed, de-duplicated, contamination dropped and reported, rendered in the template', async () => {
    const out = join(root, 'all')
    const progress: string[] = []
    const { card } = await buildDataset({
      library: library(), out, dialogues: join(root, 'dialogues'), distillation: join(root, 'distillation.jsonl'),
      template: 'chatml', evaluationTexts: EVALUATION, onProgress: (label) => progress.push(label)
    })
    expect(new Set(progress)).toEqual(new Set(['Library', 'Distillation', 'Dialogues']))
    expect(card.sources.distillation).toEqual({ files: ['distillation.jsonl'], examples: 2, ownerShare: 0.2, owners: [{ owner: 'unknown', examples: 2, capped: 0 }] })
    expect(card.pii.detects).toEqual(['email', 'card', 'iban', 'ssn', 'phone', 'address', 'name'])
    expect(card.sources.dialogues).toEqual({ files: ['practice.jsonl'], examples: 2, licences: ['CC-BY-4.0'] })
    expect(card.counts).toMatchObject({ exactDuplicates: 1, nearDuplicates: 1, contaminated: 1 })
    expect(card.contamination.hits).toEqual([{ unit: 'dialogue:practice.jsonl:d3', evaluationFile: 'bench/example.json', ngram: 'about an oracle and a wise man' }])
    expect(card.pii.redactions).toMatchObject({ name: 2, email: 2, phone: 1 })
    expect(card.curators).toEqual([{ address: CURATOR, sources: ['dialogues:practice.jsonl', 'library:book-a.md'], examples: 6 }])
    const all = (await Promise.all(['train', 'validation', 'test'].map((split) => readFile(join(out, `${split}.jsonl`), 'utf8')))).join('')
    expect(all).not.toContain('Sarah')
    expect(all).not.toContain('sarah@example.com')
    expect(all).not.toContain('555-0199')
    expect(all).toContain('my name is [NAME], email [EMAIL]')
    expect(all).toContain('Flying dreams often speak of freedom.')
    expect(all).not.toContain('No usable target here.')
    for (const line of all.split('\n').filter(Boolean)) {
      const example = chatExampleSchema.parse(JSON.parse(line))
      expect(example.text?.startsWith('<|im_start|>')).toBe(true)
    }
  })

  it('cuts one API key to its share of the distillation examples, lists each key hashed, and leaves no held file', async () => {
    const line = (owner: string | undefined, index: number) => JSON.stringify({ messages: [{ role: 'user', content: `Question ${index} from ${owner ?? 'nobody'}: ${words(1000 + index, 12)}` }, { role: 'assistant', content: `Answer ${index}: ${words(5000 + index, 12)}` }], metadata: { requestId: `o-${index}`, ...(owner === undefined ? {} : { owner }) } })
    const lines = [...Array.from({ length: 40 }, (_, index) => line('key-big', index)), ...Array.from({ length: 10 }, (_, index) => line('key-small', 100 + index)), ...Array.from({ length: 6 }, (_, index) => line(undefined, 200 + index))]
    await writeFile(join(root, 'owners.jsonl'), `${lines.join('\n')}\n`)
    const out = join(root, 'owners')
    const { card } = await buildDataset({ library: library(), out, distillation: join(root, 'owners.jsonl'), evaluationTexts: EVALUATION, ownerShare: 0.25 })
    // key-big: at most 0.25 / 0.75 × (10 + 6) = 5, so 5 of 21.
    expect(card.sources.distillation?.examples).toBe(21)
    expect(card.sources.distillation?.owners).toEqual([
      { owner: expect.stringMatching(/^0x[0-9a-f]{64}$/), examples: 10, capped: 0 },
      { owner: 'unknown', examples: 6, capped: 0 },
      { owner: expect.stringMatching(/^0x[0-9a-f]{64}$/), examples: 5, capped: 35 }
    ])
    expect(JSON.stringify(card)).not.toContain('key-big')
    const written = (await Promise.all(['train', 'validation', 'test'].map((split) => readFile(join(out, `${split}.jsonl`), 'utf8')))).join('')
    expect(written.match(/from key-big/g)).toHaveLength(5)
    expect(await readdir(out)).toEqual(['card.json', 'test.jsonl', 'train.jsonl', 'validation.jsonl'])
    const uncapped = await buildDataset({ library: library(), out: join(root, 'owners-uncapped'), distillation: join(root, 'owners.jsonl'), evaluationTexts: EVALUATION, ownerShare: 1 })
    expect(uncapped.card.sources.distillation?.examples).toBe(56)
  })

  it('resolves a built directory only while every split is the file its card names', async () => {
    const out = join(root, 'verified')
    const { card } = await buildDataset({ library: library(), out, evaluationTexts: EVALUATION, splitRatios: { validation: 0.3, test: 0.3 } })
    expect((await readCard(out)).hash).toBe(card.hash)
    const validation = await readFile(join(out, 'validation.jsonl'), 'utf8')
    // Same length and line count, one character changed: only the SHA-256 tells.
    await writeFile(join(out, 'validation.jsonl'), validation.replace('"user"', '"usex"'))
    await expect(readCard(out)).rejects.toMatchObject({ name: 'DatasetFileMismatchError', file: 'validation.jsonl', mismatch: expect.stringContaining('sha256') })
    await writeFile(join(out, 'validation.jsonl'), validation)
    await rm(join(out, 'test.jsonl'))
    await expect(readCard(out)).rejects.toBeInstanceOf(DatasetFileMismatchError)
  })

  it('checks against every evaluation set of the repository by default', async () => {
    const texts = await collectEvaluationTexts(REPOSITORY_ROOT)
    const files = new Set(texts.map((text) => text.file))
    for (const file of ['bench/knowledge/questions.json', 'bench/router/heldout/crisisMessages.ts', 'bench/quality/support/requests.ts', 'test/orchestrator/maia/intent/fixtures/crisisPhrasings.ts']) {
      expect(files).toContain(file)
    }
    expect([...files].some((file) => file.startsWith('test/scripts/dataset/'))).toBe(false)
    // Quotes of the library are not evaluation prompts: only the questions count.
    expect(texts.some((text) => text.text === 'the unexamined life is not worth living')).toBe(false)
    expect(texts.some((text) => text.text.startsWith('Why did Socrates say a life without self-examination'))).toBe(true)
  })

  it('refuses malformed input lines with their position', async () => {
    await writeFile(join(root, 'bad.jsonl'), '{"id": "x", "messages": [{"role": "user", "content": "hi"}]}\n')
    await expect(buildDataset({ library: library(), out: join(root, 'bad'), dialogues: join(root, 'bad.jsonl'), evaluationTexts: EVALUATION }))
      .rejects.toMatchObject({ name: 'InvalidDatasetLineError', details: { path: 'bad.jsonl', line: 1 } })
  })
})
