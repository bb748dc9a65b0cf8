import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Level } from 'level'

/** A `level` database in a temp dir, removed on dispose: where the bench's evidence stores live. */
export interface BenchDatabase extends AsyncDisposable {
  readonly db: Level<string, string>
  readonly directory: string
  close(): Promise<void>
}

export async function openBenchDatabase(): Promise<BenchDatabase> {
  const directory = await mkdtemp(join(tmpdir(), 'maia-bench-quality-'))
  const db = new Level<string, string>(directory)
  try {
    await db.open()
  } catch (error) {
    await rm(directory, { recursive: true, force: true })
    throw error
  }
  let closed = false
  const close = async (): Promise<void> => {
    if (closed) return
    closed = true
    try {
      await db.close()
    } finally {
      await rm(directory, { recursive: true, force: true })
    }
  }
  return { db, directory, close, [Symbol.asyncDispose]: close }
}
