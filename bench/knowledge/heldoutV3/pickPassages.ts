// Prints the candidate passages of the held-out set v3 (see README.md): for each test book, the
// units (prose paragraphs of >= 200 characters, or KJV verses of >= 12 words) at evenly spaced
// positions floor((i + 0.5) * units / candidates), i = 0 .. candidates - 1. The stride was fixed
// before any text was read. Reading aid only: it runs no retriever.
//   npx tsx bench/knowledge/secondLibrary.ts --out /tmp/maia-second-library-v3
//   npx tsx bench/knowledge/heldoutV3/pickPassages.ts [--shared ../shared/library] [--second /tmp/maia-second-library-v3]
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

const flag = (name: string, fallback: string): string => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] ?? fallback : fallback)
const shared = flag('--shared', join(import.meta.dirname, '../../../../shared/library'))
const second = flag('--second', '/tmp/maia-second-library-v3')

/** Each book, how its units are cut, and how many candidates are drawn from it. */
export const PLAN: ReadonlyArray<{ library: 'shared' | 'second'; source: string; unit: 'paragraph' | 'verse'; candidates: number }> = [
  { library: 'shared', source: 'freud-dream-psychology.md', unit: 'paragraph', candidates: 34 },
  { library: 'shared', source: 'plato-phaedo.md', unit: 'paragraph', candidates: 30 },
  { library: 'shared', source: 'plato-symposium.md', unit: 'paragraph', candidates: 30 },
  { library: 'shared', source: 'kjv-ecclesiastes.txt', unit: 'verse', candidates: 26 },
  { library: 'second', source: 'marcus-aurelius-meditations.txt', unit: 'paragraph', candidates: 40 },
  { library: 'second', source: 'kjv-psalms.txt', unit: 'verse', candidates: 12 },
  { library: 'second', source: 'kjv-isaiah.txt', unit: 'verse', candidates: 8 },
  { library: 'second', source: 'kjv-lamentations.txt', unit: 'verse', candidates: 4 },
  { library: 'second', source: 'kjv-song-of-songs.txt', unit: 'verse', candidates: 3 },
  { library: 'second', source: 'kjv-matthew.txt', unit: 'verse', candidates: 7 },
  { library: 'second', source: 'kjv-luke.txt', unit: 'verse', candidates: 6 },
  { library: 'second', source: 'kjv-john.txt', unit: 'verse', candidates: 6 },
  { library: 'second', source: 'kjv-romans.txt', unit: 'verse', candidates: 4 },
  { library: 'second', source: 'kjv-1-corinthians.txt', unit: 'verse', candidates: 3 },
  { library: 'second', source: 'kjv-james.txt', unit: 'verse', candidates: 3 }
]

/** Paragraphs of at least 200 characters, whitespace collapsed. */
export function paragraphs(text: string): string[] {
  return text.split(/\n\s*\n/).map((part) => part.replace(/\s+/g, ' ').trim()).filter((part) => part.length >= 200)
}

/** KJV verses of at least 12 words: `1:3 ...` (Ecclesiastes) or `3 ...` inside a chapter's paragraph. */
export function verses(text: string, source: string): string[] {
  const flat = text.replace(/\s+/g, ' ')
  const pieces = source === 'kjv-ecclesiastes.txt' ? flat.split(/(?=\b\d+:\d+ )/) : flat.split(/CHAPTER \d+/).flatMap((chapter) => chapter.split(/(?=\b\d+ [A-Z(])/))
  return pieces.map((piece) => piece.trim()).filter((piece) => /^\d/.test(piece) && piece.split(' ').length >= 13)
}

export function evenlySpaced<T>(units: readonly T[], candidates: number): Array<{ position: number; unit: T }> {
  return Array.from({ length: candidates }, (_, index) => {
    const position = Math.floor(((index + 0.5) * units.length) / candidates)
    return { position, unit: units[position]! }
  })
}

if (process.argv[1] !== undefined && import.meta.filename === process.argv[1]) {
  const only = process.argv.includes('--book') ? flag('--book', '') : undefined
  for (const book of PLAN) {
    if (only !== undefined && book.source !== only) continue
    const text = await readFile(join(book.library === 'shared' ? shared : second, book.source), 'utf8')
    const units = book.unit === 'paragraph' ? paragraphs(text) : verses(text, book.source)
    console.log(`\n##### ${book.source}: ${units.length} ${book.unit}s, ${book.candidates} candidates, stride ${(units.length / book.candidates).toFixed(2)}`)
    for (const { position, unit } of evenlySpaced(units, book.candidates)) console.log(`\n[${book.source} #${position}] ${unit}`)
  }
}
