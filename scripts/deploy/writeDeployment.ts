import { mkdir, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Deployment } from '../../shared/chain/index.ts'

/**
 * Writes a deployment file (creating its folder), returning its absolute path. The file appears
 * whole (written beside it, then renamed): processes waiting for it (`--deployment-wait-ms`) never
 * read half of it.
 *
 * @example
 * await writeDeployment('.maia/deployments/31337.json', deployment)
 */
export async function writeDeployment(file: string, deployment: Deployment): Promise<string> {
  const absolute = path.resolve(file)
  await mkdir(path.dirname(absolute), { recursive: true })
  const partial = `${absolute}.${process.pid}.part`
  await writeFile(partial, JSON.stringify(deployment, null, 2) + '\n', 'utf8')
  await rename(partial, absolute)
  return absolute
}
