import type { Intent } from './intents.ts'
import { DEFAULT_ROUTE_POLICY, type Route, type RoutePolicy } from './routePolicy.ts'

/** What {@link routeFor} needs to know beyond the intent. */
export interface RouteContext {
  readonly policy?: RoutePolicy
  /** Whether a Claude key is configured (the CLI reads `ANTHROPIC_API_KEY` or `--claude`). */
  readonly claudeAvailable: boolean
}

/**
 * The route for an intent under a policy. A crisis takes `safety` whatever the policy says:
 * the schema already refuses other routes, and this guards policies built in code.
 *
 * @example
 * routeFor('oracle_reading', { claudeAvailable: false }) // 'network'
 * routeFor('oracle_reading', { claudeAvailable: true })  // 'claude'
 */
export function routeFor(intent: Intent, context: RouteContext): Route {
  if (intent === 'safety_escalation') return 'safety'
  const policy = context.policy ?? DEFAULT_ROUTE_POLICY
  const route = policy.routes[intent]
  return route === 'claude' && !context.claudeAvailable ? policy.claudeFallback : route
}
