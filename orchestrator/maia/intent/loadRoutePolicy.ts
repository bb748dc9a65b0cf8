import { readFile } from 'node:fs/promises'
import { RoutePolicyFileError } from './errors.ts'
import { DEFAULT_ROUTE_POLICY, parseRoutePolicy, type RoutePolicy } from './routePolicy.ts'

/**
 * Reads and validates a JSON route policy file; what it leaves out comes from `base` (the default phase).
 *
 * @example
 * const policy = await loadRoutePolicy('./route-policy.json') // { "routes": { "shadow_work": "claude" } }
 */
export async function loadRoutePolicy(path: string, base: RoutePolicy = DEFAULT_ROUTE_POLICY): Promise<RoutePolicy> {
  let json: unknown
  try {
    json = JSON.parse(await readFile(path, 'utf8'))
  } catch (error) {
    throw new RoutePolicyFileError(path, { cause: error })
  }
  return parseRoutePolicy(json, path, base)
}
