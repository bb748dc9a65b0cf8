import { readFile } from 'node:fs/promises'
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

/**
 * Reads and validates a deployment file written by `deploySuite`.
 *
 * @param path Path of the JSON file.
 * @throws {DeploymentFileNotFoundError} when the file cannot be read.
 * @throws {InvalidDeploymentError} when it is not JSON or does not match the schema.
 *
 * @example
 * const deployment = await loadDeployment('.maia/deployments/31337.json')
 * const { SessionPayments } = connectSuite(deployment, signer)
 */
export async function loadDeployment(path: string): Promise<Deployment> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (cause) {
    throw new DeploymentFileNotFoundError({ path, cause })
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (cause) {
    throw new InvalidDeploymentError({ source: path, issues: ['not valid JSON'], cause })
  }
  return parseDeployment(json, path)
}
