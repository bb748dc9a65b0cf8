import type { IntentClassifier } from './IntentClassifier.ts'
import { getDefaultIntentClassifier } from './defaultIntentClassifier.ts'
import { EmptyMessageError } from './errors.ts'
import { INTENTS, type Intent } from './intents.ts'
import { routeFor } from './routeFor.ts'
import type { Route, RoutePolicy } from './routePolicy.ts'
import { screenForCrisis, type CrisisScreenResult } from './screenForCrisis.ts'

/**
 * The classifier escalates a message when it gives `safety_escalation` at least this
 * probability, whether or not that is its top intent; below it, the best other intent wins.
 * Chosen by the sweep in bench/router/accuracy.ts: the unseen crisis messages the phrase screen
 * missed scored 0.55 and up, while 0.5 escalated 9 of 396 ordinary messages (cross-validated,
 * screen included) against 24 at 0.3.
 * The screen, not this threshold, is what catches the crisis phrasings it knows.
 */
export const DEFAULT_SAFETY_THRESHOLD = 0.5

/** Components and settings of a router; all optional. */
export interface IntentRouterInit {
  /** Defaults to the classifier trained on the shipped labelled set (trained at first use). */
  readonly classifier?: IntentClassifier | (() => IntentClassifier)
  readonly screen?: (message: string) => CrisisScreenResult
  readonly policy?: RoutePolicy
  readonly claudeAvailable?: boolean
  readonly safetyThreshold?: number
}

/** Why the router chose what it chose; logs and tests read it, users never see it. */
export type RouteReason = 'classifier' | 'crisis-screen'

export interface RouteDecision {
  readonly intent: Intent
  readonly route: Route
  /** The classifier's probability for the chosen intent (may be low when the screen decided). */
  readonly confidence: number
  readonly scores: Readonly<Record<Intent, number>>
  readonly reason: RouteReason
  readonly screen: CrisisScreenResult
}

export interface IntentRouter {
  route(message: string): RouteDecision
}

/**
 * Routes a message: screen it for crisis phrases and classify it; either one alone is enough
 * to escalate (the screen on any un-negated phrase, the classifier at `safetyThreshold`);
 * otherwise the classifier's best other intent is taken. Then the policy maps intent to route.
 *
 * @example
 * const router = createIntentRouter({ claudeAvailable: Boolean(process.env.ANTHROPIC_API_KEY) })
 * router.route('pull a card for my week').route // 'claude' or 'network'
 * router.route('I want to end my life').route   // 'safety'
 */
export function createIntentRouter(init: IntentRouterInit = {}): IntentRouter {
  const screen = init.screen ?? screenForCrisis
  const safetyThreshold = init.safetyThreshold ?? DEFAULT_SAFETY_THRESHOLD
  const claudeAvailable = init.claudeAvailable ?? false
  let classifier: IntentClassifier | undefined = typeof init.classifier === 'object' ? init.classifier : undefined
  const getClassifier = (): IntentClassifier => {
    classifier ??= typeof init.classifier === 'function' ? init.classifier() : getDefaultIntentClassifier()
    return classifier
  }

  return {
    route(message: string): RouteDecision {
      if (message.trim() === '') throw new EmptyMessageError()
      const screened = screen(message)
      const classified = getClassifier().classify(message)
      const { intent, reason } = decide(classified.scores, screened.flagged, safetyThreshold)
      return {
        intent,
        route: routeFor(intent, { policy: init.policy, claudeAvailable }),
        confidence: classified.scores[intent],
        scores: classified.scores,
        reason,
        screen: screened
      }
    }
  }
}

function decide(scores: Readonly<Record<Intent, number>>, screenFlagged: boolean, threshold: number): { intent: Intent; reason: RouteReason } {
  if (screenFlagged) return { intent: 'safety_escalation', reason: 'crisis-screen' }
  if (scores.safety_escalation >= threshold) return { intent: 'safety_escalation', reason: 'classifier' }
  let best: Intent = 'elemental_check_in'
  for (const intent of INTENTS) if (intent !== 'safety_escalation' && scores[intent] > scores[best]) best = intent
  return { intent: best, reason: 'classifier' }
}
