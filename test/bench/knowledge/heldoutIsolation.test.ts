import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '../../..')

/** Every TypeScript file under `directory`, recursively. */
function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return path.endsWith('.ts') ? [path] : []
  })
}

// The next one-shot retrieval set (heldoutV19) and a library it may ask about (an eighth,
// eighthLibrary.ts) will be measured once by the lead, with paraphraseRecall.ts (heldoutV16 and the
// fifth library, heldoutV17 and the sixth, heldoutV18 and the seventh were each measured once on
// 2026-12-01 and are spent: heldoutV16/README.md, heldoutV17/README.md, heldoutV18/README.md). Retrieval code and the
// tuning labs must not see them: a lab that loaded them, or a retriever that knew their books,
// would turn the next held-out figure into a tuned one.
describe('the next held-out retrieval set and its library', () => {
  const measuredOnlyBy = new Set(['bench/knowledge/paraphraseRecall.ts', 'bench/knowledge/eighthLibrary.ts'])

  it('are named by no retrieval code and no tuning lab, only by the measuring script', () => {
    const files = [...sourceFiles(join(root, 'orchestrator/maia/knowledge')), ...sourceFiles(join(root, 'bench/knowledge'))]
    expect(files.length).toBeGreaterThan(20)
    for (const file of files) {
      const path = relative(root, file)
      if (measuredOnlyBy.has(path) || path.startsWith('bench/knowledge/heldoutV19/')) continue
      const source = readFileSync(file, 'utf8')
      expect(source, path).not.toMatch(/heldoutV19|eighthLibrary|assembleEighthLibrary|EIGHTH_LIBRARY/u)
    }
  })
})
