import type { IntentClassifier } from './IntentClassifier.ts'
import { getDefaultIntentClassifier } from './defaultIntentClassifier.ts'
import { EmptyMessageError } from './errors.ts'
import { INTENTS, type Intent } from './intents.ts'
import { routeFor } from './routeFor.ts'
import type { Route, RoutePolicy } from './routePolicy.ts'
import type { SafetyMatch } from './safety/screenForSafety.ts'
import { createCombinedSafetyScreen } from './safety/screenWithLearned.ts'
import { createSentenceAwareSafetyScreen, DEFAULT_SENTENCE_CACHE_SIZE, type SentenceScreenLogger } from './safety/screenWithSentences.ts'
import { screenEveryWindow } from './safety/screenEveryWindow.ts'
import type { RunWindowChoice } from './safety/sentenceWindows.ts'
import { DEFAULT_RUN_WINDOWS } from './safety/runWindows.ts'
import { getShippedLearnedSafetyScreen } from './safety/learned/shippedSafetyModels.ts'
import { createSentenceIntentBlender, type SentenceIntentBlender } from './sentenceIntent/createSentenceIntentBlender.ts'
import { getDefaultSafetyKindClassifier } from './defaultSafetyKindClassifier.ts'
import type { SafetyKindClassifier } from './SafetyKindClassifier.ts'
import type { SafetyKind } from './safetyKinds.ts'
import type { CrisisMatch } from './screenForCrisis.ts'
import { createTextVectorCache } from '../sentenceEncoder/index.ts'

/**
 * The classifier escalates a message the screen did not flag when it gives `safety_escalation`
 * at least this probability, whether or not that is its top intent; below it, the best other
 * intent wins. Issue 11 raised it from 0.5: the structured screen (safety/) now carries recall,
 * and in cross-validation on the training sets the lexical classifier alone flagged 25 of 107
 * hard negatives ("I could die of happiness", "disappear on a solo trip") at 0.5, 3 at 0.8 and
 * 3 at 0.85 (bench/router/heldout.ts reports the held-out figures with this value).
 */
export const DEFAULT_SAFETY_THRESHOLD = Number.POSITIVE_INFINITY

/**
 * The run windows a router screens when they are on (safety/runWindows.ts): each sentence of more than 20 words
 * read in runs of 12, its 4 best-ranked screened in full, a run escalating only 3.25 log-odds above its threshold
 * (a sentence window: 1.75). Chosen on the spent v37 and v38 alone (bare and run-on padded, round thirty-two):
 * margin 1.75 → 3.25 took v37's run-on-padded false alarms from 13 to 7 of 569 (5 without runs) and its bare ones
 * from 11 to 8 (8 without), keeping run-on-padded recall 259 → 284 of 456 (v38: 257 → 290, false alarms 4 → 5 of 577).
 * A router's default since round thirty-two (judged on the one-shot set v39 by a rule written first).
 */
export const RUN_WINDOW_CHOICE: RunWindowChoice = { options: DEFAULT_RUN_WINDOWS, budget: 4, margin: 3.25 }


/** What a screen says about one message; the structured screen also names the kind. */
export interface ScreenVerdict {
  readonly flagged: boolean
  readonly kind?: SafetyKind
  readonly matches: ReadonlyArray<SafetyMatch | CrisisMatch>
  /** The learned screen's P(escalate), when the screen has one. */
  readonly probability?: number
  /** Which part of the screen flagged it, when the screen says. */
  readonly flaggedBy?: 'rules' | 'learned' | 'both'
}

/** Components and settings of a router; all optional. */
export interface IntentRouterInit {
  /** Defaults to the classifier trained on the shipped labelled set (trained at first use). */
  readonly classifier?: IntentClassifier | (() => IntentClassifier)
  /** Defaults to the structured rules OR the shipped learned screen (safety/screenWithLearned.ts). */
  readonly screen?: (message: string) => ScreenVerdict
  /**
   * The screen of {@link IntentRouter.routeAsync}: defaults to `screen` when one is given, else to
   * the sentence-aware screen (safety/screenWithSentences.ts: rules OR n-grams fused with the
   * sentence encoder, falling back to `screen`'s default when the encoder cannot load).
   */
  readonly asyncScreen?: (message: string, signal?: AbortSignal) => Promise<ScreenVerdict>
  /** Told when the sentence encoder cannot load (the async screen then falls back). */
  readonly logger?: SentenceScreenLogger
  /** Names the kind when the classifier, not the screen, escalates (default: trained on the shipped set). */
  readonly kindClassifier?: SafetyKindClassifier | (() => SafetyKindClassifier)
  readonly policy?: RoutePolicy
  readonly claudeAvailable?: boolean
  readonly safetyThreshold?: number
  /**
   * The screen of {@link IntentRouter.screenLightly}: defaults to the shipped learned n-gram screen
   * alone at its threshold when `screen` is not given, else to `screen`.
   */
  readonly lightScreen?: (message: string) => ScreenVerdict
  /**
   * How {@link IntentRouter.routeAsync} blends the n-gram scores with the sentence-vector intent
   * model (sentenceIntent/), sharing the safety screen's encoder and cache. Defaults to the shipped
   * model when neither `classifier`, `screen` nor `asyncScreen` is given; `false` turns it off.
   */
  readonly sentenceIntent?: SentenceIntentBlender | false
  /**
   * Whether the default screen of {@link IntentRouter.routeAsync} also reads each sentence window of a
   * message of two sentences or more on its own (safety/screenEveryWindow.ts: a crisis sentence padded
   * with calm ones escalates as if it stood alone, when its fused score clears the threshold by a margin).
   * Default true since round thirty (judged on a fresh held-out set by a rule written first: bench/router/heldout/README.md);
   * screens passed in are used as given.
   */
  readonly sentenceWindows?: boolean
  /**
   * With sentence windows, whether a long sentence is also read in overlapping runs of words and how many runs are
   * screened (safety/runWindows.ts: a crisis told as a run-on inside chat). `false` turns them off.
   */
  readonly runWindows?: RunWindowChoice | false
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
  readonly screen: ScreenVerdict
  /** Present only when `intent` is `safety_escalation`: which fixed reply it needs. */
  readonly kind?: SafetyKind
}

export interface IntentRouter {
  /** Routes with the synchronous screen (rules OR the n-gram screen). */
  route(message: string): RouteDecision
  /**
   * Routes with the sentence-aware screen and, where the encoder loads, the n-gram scores blended
   * with the sentence-vector intent model (n-grams alone otherwise); what every user turn of the
   * MAIA pipeline goes through.
   */
  routeAsync(message: string, options?: RouteOptions): Promise<RouteDecision>
  /**
   * Whether {@link IntentRouter.route} would escalate the message, and with which kind, without
   * choosing among the other intents: the quick screen of a conversation's older turns
   * (screenConversation.ts), where only the escalation counts. The intent classifier runs only
   * when it can escalate (a `safetyThreshold` below infinity); by default it cannot.
   */
  screenQuickly(message: string): QuickSafetyVerdict
  /**
   * {@link IntentRouter.screenQuickly} with the learned n-gram screen alone, no rules (~10 ms for a
   * long turn, where the rules can take seconds): the light screen of older turns that the
   * request's time left no room to screen otherwise (screenConversation.ts).
   */
  screenLightly(message: string): QuickSafetyVerdict
}

/** {@link IntentRouter.screenQuickly}'s answer: escalate (with the kind of fixed reply) or not. */
export type QuickSafetyVerdict = { readonly escalate: true; readonly kind: SafetyKind } | { readonly escalate: false }

export interface RouteOptions {
  /** Stops the sentence encodings of a turn nobody waits for any more (its client left). */
  readonly signal?: AbortSignal
}

/**
 * Routes a message: screen it for safety (the structured rules of safety/screenForSafety.ts OR
 * the learned screen of safety/learned/) and classify it; either one alone is enough to
 * escalate (the screen as above, the intent classifier at `safetyThreshold`); otherwise the classifier's best other intent is taken. Then the policy
 * maps intent to route. An escalation carries its `kind` (the screen's, else the kind classifier's).
 *
 * @example
 * const router = createIntentRouter({ claudeAvailable: Boolean(process.env.ANTHROPIC_API_KEY) })
 * router.route('pull a card for my week').route // 'claude' or 'network'
 * router.route('I want to end my life').route   // 'safety'
 */
export function createIntentRouter(init: IntentRouterInit = {}): IntentRouter {
  const windowed = init.sentenceWindows ?? true
  const screen = init.screen ?? createCombinedSafetyScreen()
  const safetyThreshold = init.safetyThreshold ?? DEFAULT_SAFETY_THRESHOLD
  const claudeAvailable = init.claudeAvailable ?? false
  let classifier: IntentClassifier | undefined = typeof init.classifier === 'object' ? init.classifier : undefined
  const getClassifier = (): IntentClassifier => {
    classifier ??= typeof init.classifier === 'function' ? init.classifier() : getDefaultIntentClassifier()
    return classifier
  }
  let kindClassifier: SafetyKindClassifier | undefined = typeof init.kindClassifier === 'object' ? init.kindClassifier : undefined
  const getKindClassifier = (): SafetyKindClassifier => {
    kindClassifier ??= typeof init.kindClassifier === 'function' ? init.kindClassifier() : getDefaultSafetyKindClassifier()
    return kindClassifier
  }

  const lightScreen = init.lightScreen ?? (init.screen === undefined ? learnedScreenAlone : screen)
  let asyncScreen = init.asyncScreen ?? (init.screen === undefined ? undefined : async (message: string) => screen(message))
  const allDefaults = init.classifier === undefined && init.screen === undefined && init.asyncScreen === undefined
  // The turn's vector, read by the sentence-aware screen and the intent blend alike, is embedded once.
  const turnVectors = createTextVectorCache(DEFAULT_SENTENCE_CACHE_SIZE)
  const logged = init.logger === undefined ? {} : { logger: init.logger }
  const blender = init.sentenceIntent === false ? undefined : init.sentenceIntent ?? (allDefaults ? createSentenceIntentBlender({ ...logged, vectors: turnVectors }) : undefined)
  const decideFor = (message: string, screened: ScreenVerdict, scores: Readonly<Record<Intent, number>>): RouteDecision => {
    const { intent, reason } = decide(scores, screened.flagged, safetyThreshold)
    const decision = {
      intent,
      route: routeFor(intent, { policy: init.policy, claudeAvailable }),
      confidence: scores[intent],
      scores,
      reason,
      screen: screened
    }
    if (intent !== 'safety_escalation') return decision
    return { ...decision, kind: screened.kind ?? getKindClassifier().classify(message) }
  }
  const screenWith = (screenOf: (message: string) => ScreenVerdict, message: string): QuickSafetyVerdict => {
    if (message.trim() === '') throw new EmptyMessageError()
    const screened = screenOf(message)
    // The same decision as route's (decide): the screen's flag, else the classifier at the threshold.
    const escalate = screened.flagged || (safetyThreshold !== Number.POSITIVE_INFINITY && getClassifier().classify(message).scores.safety_escalation >= safetyThreshold)
    return escalate ? { escalate, kind: screened.kind ?? getKindClassifier().classify(message) } : { escalate }
  }
  return {
    route(message: string): RouteDecision {
      if (message.trim() === '') throw new EmptyMessageError()
      return decideFor(message, screen(message), getClassifier().classify(message).scores)
    },
    screenQuickly: (message) => screenWith(screen, message),
    screenLightly: (message) => screenWith(lightScreen, message),
    async routeAsync(message: string, options: RouteOptions = {}): Promise<RouteDecision> {
      if (message.trim() === '') throw new EmptyMessageError()
      if (asyncScreen === undefined) {
        const sentenceAware = createSentenceAwareSafetyScreen({ ...logged, vectors: turnVectors })
        // Beyond the bound, windows are ranked by their sentences' learned n-gram probability alone, a cheap read of each.
        const learned = getShippedLearnedSafetyScreen()
        const runs = init.runWindows === false ? undefined : init.runWindows ?? RUN_WINDOW_CHOICE
        asyncScreen = windowed ? screenEveryWindow(sentenceAware, { rank: (sentence) => learned.probability(sentence), ...(runs === undefined ? {} : { runs }) }) : sentenceAware
      }
      const ngramScores = getClassifier().classify(message).scores
      // The screen and the blend await the same cached vector of the turn: it is embedded once.
      const [screened, blended] = await Promise.all([asyncScreen(message, options.signal), blender?.blend(message, ngramScores, options.signal)])
      return decideFor(message, screened, blended ?? ngramScores)
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

/** The shipped learned n-gram screen alone, at its own threshold, naming the kind when it flags. */
function learnedScreenAlone(message: string): ScreenVerdict {
  const learned = getShippedLearnedSafetyScreen()
  const probability = learned.probability(message)
  return probability >= learned.threshold ? { flagged: true, kind: learned.kindOf(message), matches: [], probability, flaggedBy: 'learned' } : { flagged: false, matches: [], probability }
}
