import { createIntentRouter, type IntentRouter, type QuickSafetyVerdict, type RouteDecision } from './createIntentRouter.ts'
import { UnknownIntentError } from './errors.ts'
import { intentSchema, type Intent } from './intents.ts'
import { renderTemplateReply, type TemplateContext } from './renderTemplateReply.ts'
import { routeFor } from './routeFor.ts'
import type { Route, RoutePolicy } from './routePolicy.ts'
import { safetyKindSchema, type SafetyKind } from './safetyKinds.ts'
import { renderSafetyReplyFor } from './safetyReplies.ts'
import type { SentenceScreenLogger } from './safety/screenWithSentences.ts'

/** The quick verdict's intent when it does not escalate: no intent was chosen among the others. */
export const NOT_ESCALATED = 'not_escalated'

/** What `classifyQuickly` says of an older turn: an escalation and its kind, or {@link NOT_ESCALATED}. */
export type QuickVerdict = { readonly intent: 'safety_escalation'; readonly kind: SafetyKind } | { readonly intent: typeof NOT_ESCALATED }

/** Settings for {@link createResponderRouting}; all optional except whether Claude is there. */
export interface ResponderRoutingInit {
  readonly claudeAvailable: boolean
  readonly policy?: RoutePolicy
  readonly router?: IntentRouter
  /** Template choice; defaults to `Math.random` (inject `seededRandom(n)` in tests). */
  readonly random?: () => number
  /** Told when the sentence encoder cannot load (the safety screen then uses rules and n-grams). */
  readonly logger?: SentenceScreenLogger
}

/**
 * The router in the shape the MAIA responder takes (`classify`, `routeFor`, `renderTemplate`,
 * `renderSafety`). `classify` is the whole router — safety screen included — not the bare
 * classifier: wiring the classifier alone would let a crisis the classifier misses reach a model.
 * `renderSafety(kind)` gives each kind its fixed reply (safetyReplies.ts). `classify` is async: it
 * screens with the sentence encoder too (safety/screenWithSentences.ts).
 *
 * @example
 * const routing = createResponderRouting({ claudeAvailable: config.claudeApiKey !== undefined, policy })
 * createMaiaResponder({ ...routing, memory, ledger, network, ... })
 */
export function createResponderRouting(init: ResponderRoutingInit): {
  classify(message: string, signal?: AbortSignal): Promise<RouteDecision>
  classifyQuickly(message: string): QuickVerdict
  classifyLightly(message: string): QuickVerdict
  routeFor(intent: string): Route
  renderTemplate(intent: string, context: TemplateContext): string
  renderSafety(kind?: string): string
} {
  const router = init.router ?? createIntentRouter({ policy: init.policy, claudeAvailable: init.claudeAvailable, ...(init.logger === undefined ? {} : { logger: init.logger }) })
  return {
    classify: (message, signal) => router.routeAsync(message, signal === undefined ? {} : { signal }),
    // Older turns count only for an escalation (screenConversation.ts): the intent among the others is not chosen.
    classifyQuickly: (message) => quickVerdictOf(router.screenQuickly(message)),
    classifyLightly: (message) => quickVerdictOf(router.screenLightly(message)),
    routeFor: (intent) => routeFor(parseIntent(intent), { policy: init.policy, claudeAvailable: init.claudeAvailable }),
    renderTemplate: (intent, context) => renderTemplateReply(parseIntent(intent), { ...context, random: context.random ?? init.random }),
    // An unknown or missing kind gets the crisis reply: the safest default, never an error.
    renderSafety: (kind) => renderSafetyReplyFor(safetyKindSchema.safeParse(kind).data)
  }
}

function quickVerdictOf(verdict: QuickSafetyVerdict): QuickVerdict {
  return verdict.escalate ? { intent: 'safety_escalation', kind: verdict.kind } : { intent: NOT_ESCALATED }
}

function parseIntent(intent: string): Intent {
  const parsed = intentSchema.safeParse(intent)
  if (!parsed.success) throw new UnknownIntentError(intent)
  return parsed.data
}
