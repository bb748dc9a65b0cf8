import { z } from 'zod'
import { formatZodIssues } from '../../../shared/util/index.ts'
import { InvalidRoutePolicyError } from './errors.ts'
import { INTENTS, type Intent } from './intents.ts'

/** Where a message is answered. */
export const ROUTES = ['template', 'network', 'claude', 'safety'] as const
export type Route = (typeof ROUTES)[number]

/**
 * Which route each intent takes. `claude` means "Claude when a key is configured, else
 * `claudeFallback`". A crisis may only ever take `safety`: the schema refuses anything else,
 * so no policy file can send one to a model.
 */
export interface RoutePolicy {
  readonly routes: Readonly<Record<Intent, Route>>
  readonly claudeFallback: Exclude<Route, 'claude'>
}

/** The issue's policy: templates for light messages, the network for shadow work, Claude for the deep ones. */
export const DEFAULT_ROUTE_POLICY: RoutePolicy = {
  routes: {
    elemental_check_in: 'template',
    simple_reflection: 'template',
    shadow_work: 'network',
    complex_synthesis: 'claude',
    oracle_reading: 'claude',
    safety_escalation: 'safety'
  },
  claudeFallback: 'network'
}

const routeSchema = z.enum(ROUTES)

/**
 * A policy file: any subset of intents overrides the defaults; unknown keys are errors.
 * The flat form `{ "shadow_work": "claude" }` (the orchestrator config's `routingPolicy`) is
 * read as `{ "routes": { ... } }`.
 */
export const routePolicySchema = z.preprocess((input) => isFlatRouteMap(input) ? { routes: input } : input, z.strictObject({
  routes: z.strictObject(Object.fromEntries(INTENTS.map((intent) => [intent, routeSchema.optional()])) as Record<Intent, z.ZodOptional<typeof routeSchema>>).optional(),
  claudeFallback: z.enum(['template', 'network', 'safety']).optional()
}).superRefine((policy, context) => {
  const crisisRoute = policy.routes?.safety_escalation
  if (crisisRoute !== undefined && crisisRoute !== 'safety') {
    context.addIssue({ code: 'custom', path: ['routes', 'safety_escalation'], message: 'a crisis must take the "safety" route (never a model or a template)' })
  }
}))

function isFlatRouteMap(input: unknown): boolean {
  return typeof input === 'object' && input !== null && !Array.isArray(input) && !('routes' in input) && !('claudeFallback' in input) && Object.keys(input).length > 0
}

/**
 * Validates a policy (e.g. parsed JSON) and fills in defaults.
 *
 * @example
 * parseRoutePolicy({ routes: { shadow_work: 'claude' } }).routes.shadow_work // 'claude'
 * parseRoutePolicy({ shadow_work: 'claude' }).routes.shadow_work             // 'claude' (flat form)
 * parseRoutePolicy({ routes: { safety_escalation: 'network' } })            // throws InvalidRoutePolicyError
 */
export function parseRoutePolicy(input: unknown, source = 'route policy'): RoutePolicy {
  const parsed = routePolicySchema.safeParse(input)
  if (!parsed.success) throw new InvalidRoutePolicyError(source, formatZodIssues(parsed.error), { cause: parsed.error })
  const routes = { ...DEFAULT_ROUTE_POLICY.routes }
  for (const intent of INTENTS) {
    const route = parsed.data.routes?.[intent]
    if (route !== undefined) routes[intent] = route
  }
  return { routes, claudeFallback: parsed.data.claudeFallback ?? DEFAULT_ROUTE_POLICY.claudeFallback }
}
