import { stat } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { LibraryNotFoundError } from './errors.ts'
import { MANIFEST_FILE } from './readManifest.ts'

/** The public-domain collection shared beside the repository (read in place, never copied in). */
export const SHARED_LIBRARY_DIRECTORY = fileURLToPath(new URL('../../../../shared/library', import.meta.url))
/** The small sample library in the repository, for machines without the shared one. */
export const SAMPLE_LIBRARY_DIRECTORY = fileURLToPath(new URL('./sample-library', import.meta.url))

/**
 * The library to index: `configured` when given (it must exist), else `../shared/library` when it
 * has a MANIFEST.tsv, else the bundled sample library.
 *
 * @example
 * const library = await resolveLibraryDirectory(process.env.MAIA_LIBRARY_DIR)
 */
export async function resolveLibraryDirectory(configured?: string): Promise<string> {
  const candidates = configured === undefined ? [SHARED_LIBRARY_DIRECTORY, SAMPLE_LIBRARY_DIRECTORY] : [configured]
  for (const directory of candidates) {
    if (await isDirectory(directory)) {
      if (configured !== undefined || (await isFile(`${directory}/${MANIFEST_FILE}`))) return directory
    }
  }
  throw new LibraryNotFoundError(candidates)
}

const isDirectory = (path: string): Promise<boolean> => stat(path).then((stats) => stats.isDirectory(), () => false)
const isFile = (path: string): Promise<boolean> => stat(path).then((stats) => stats.isFile(), () => false)
