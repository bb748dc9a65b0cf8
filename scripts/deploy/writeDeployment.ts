import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Deployment } from '../../shared/chain/index.ts'

/**
 * Writes a deployment file (creating its folder), returning its absolute path.
 *
 * @example
 * await writeDeployment('.maia/deployments/31337.json', deployment)
 */
export async function writeDeployment(file: string, deployment: Deployment): Promise<string> {
  const absolute = path.resolve(file)
  await mkdir(path.dirname(absolute), { recursive: true })
  await writeFile(absolute, JSON.stringify(deployment, null, 2) + '\n', 'utf8')
  return absolute
}
