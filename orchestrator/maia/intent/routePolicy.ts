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

/**
 * The seed's phases as route policies. Phase 1B: templates for light messages, the network for
 * shadow work, Claude for the deep ones. Phase 2 (the default): open models answer everything a
 * model answers — synthesis and oracle readings included — and Claude is kept for quality
 * sampling (`orchestrator/quality`) and, where configured, as the fallback when the network cannot
 * answer. Crises take the fixed safety route in every phase.
 */
export const ROUTE_POLICY_PHASES = {
  '1b': {
    routes: {
      elemental_check_in: 'template',
      simple_reflection: 'template',
      shadow_work: 'network',
      complex_synthesis: 'claude',
      oracle_reading: 'claude',
      safety_escalation: 'safety'
    },
    claudeFallback: 'network'
  },
  '2': {
    routes: {
      elemental_check_in: 'template',
      simple_reflection: 'template',
      shadow_work: 'network',
      complex_synthesis: 'network',
      oracle_reading: 'network',
      safety_escalation: 'safety'
    },
    claudeFallback: 'network'
  }
} as const satisfies Record<string, RoutePolicy>
export type RoutingPhase = keyof typeof ROUTE_POLICY_PHASES
export const ROUTING_PHASES = Object.keys(ROUTE_POLICY_PHASES) as RoutingPhase[]

/** Phase 2: the network answers; Claude samples for quality. */
export const DEFAULT_ROUTING_PHASE: RoutingPhase = '2'
export const DEFAULT_ROUTE_POLICY: RoutePolicy = ROUTE_POLICY_PHASES[DEFAULT_ROUTING_PHASE]

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
 * Validates a policy (e.g. parsed JSON) and fills in the rest from `base` (the default phase's policy).
 *
 * @example
 * parseRoutePolicy({ routes: { shadow_work: 'claude' } }).routes.shadow_work // 'claude'
 * parseRoutePolicy({ shadow_work: 'claude' }).routes.shadow_work             // 'claude' (flat form)
 * parseRoutePolicy({ routes: { safety_escalation: 'network' } })            // throws InvalidRoutePolicyError
 */
export function parseRoutePolicy(input: unknown, source = 'route policy', base: RoutePolicy = DEFAULT_ROUTE_POLICY): RoutePolicy {
  const parsed = routePolicySchema.safeParse(input)
  if (!parsed.success) throw new InvalidRoutePolicyError(source, formatZodIssues(parsed.error), { cause: parsed.error })
  const routes = { ...base.routes }
  for (const intent of INTENTS) {
    const route = parsed.data.routes?.[intent]
    if (route !== undefined) routes[intent] = route
  }
  return { routes, claudeFallback: parsed.data.claudeFallback ?? base.claudeFallback }
}
