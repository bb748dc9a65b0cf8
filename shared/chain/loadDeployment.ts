import { readFile } from 'node:fs/promises'
import { setTimeout as sleep } from 'node:timers/promises'
import { DeploymentSchema, type Deployment } from './DeploymentSchema.ts'
import { DeploymentFileNotFoundError, InvalidDeploymentError } from './errors.ts'

/**
 * Validates an already-parsed deployment object.
 *
 * @param value The JSON value (e.g. from `JSON.parse`).
 * @param source Where it came from, for the error message.
 * @throws {InvalidDeploymentError} when it does not match {@link DeploymentSchema}.
 *
 * @example
 * const deployment = parseDeployment(JSON.parse(text), 'http response')
 */
export function parseDeployment(value: unknown, source = 'value'): Deployment {
  const result = DeploymentSchema.safeParse(value)
  if (!result.success) {
    const issues = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    throw new InvalidDeploymentError({ source, issues, cause: result.error })
  }
  return result.data
}

/** How often {@link loadDeployment} looks again for a file that is still being written. */
const DEPLOYMENT_POLL_MS = 50

/**
 * Reads and validates a deployment file written by `deploySuite`.
 *
 * @param path Path of the JSON file.
 * @param options.waitMs How long to wait for a file that does not exist yet (a deployment still
 *   running, e.g. `maia up` starts the orchestrator and nodes while it deploys); 0 (default): not at all.
 *   Only a missing file is waited for: one that exists and is not a valid deployment fails at once.
 * @throws {DeploymentFileNotFoundError} when the file cannot be read (after `waitMs`).
 * @throws {InvalidDeploymentError} when it is not JSON or does not match the schema.
 *
 * @example
 * const deployment = await loadDeployment('.maia/deployments/31337.json')
 * const { SessionPayments } = connectSuite(deployment, signer)
 */
export async function loadDeployment(path: string, options: { waitMs?: number; signal?: AbortSignal } = {}): Promise<Deployment> {
  const waitMs = options.waitMs ?? 0
  const startedAt = performance.now()
  let text: string
  for (;;) {
    try {
      text = await readFile(path, 'utf8')
      break
    } catch (cause) {
      const waitedMs = Math.round(performance.now() - startedAt)
      const missing = (cause as NodeJS.ErrnoException).code === 'ENOENT'
      if (!missing || waitedMs >= waitMs) throw new DeploymentFileNotFoundError({ path, ...(waitMs > 0 ? { waitedMs } : {}), cause })
      await sleep(Math.min(DEPLOYMENT_POLL_MS, waitMs - waitedMs), undefined, options.signal === undefined ? {} : { signal: options.signal })
    }
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (cause) {
    throw new InvalidDeploymentError({ source: path, issues: ['not valid JSON'], cause })
  }
  return parseDeployment(json, path)
}
