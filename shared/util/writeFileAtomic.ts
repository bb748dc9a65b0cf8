import { randomBytes } from 'node:crypto'
import { open, rename, mkdir } from 'node:fs/promises'
import { dirname } from 'node:path'

/**
 * Writes a file so that a crash leaves either the old content or the new, never a torn
 * file: write a temporary sibling, fsync it, then rename over the target.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array, mode = 0o600): Promise<void> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 })
  const temporaryPath = `${path}.${randomBytes(6).toString('hex')}.tmp`
  const handle = await open(temporaryPath, 'wx', mode)
  try {
    await handle.writeFile(data)
    await handle.sync()
  } finally {
    await handle.close()
  }
  await rename(temporaryPath, path)
}
