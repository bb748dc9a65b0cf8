/**
 * The pattern router (phase 1B): classify a message, screen it for crisis, pick a route, and
 * answer locally where the route is a template or the safety reply.
 *
 * @example
 * import { createIntentRouter, renderTemplateReply, renderSafetyReply } from './orchestrator/maia/intent/index.ts'
 * const decision = createIntentRouter({ claudeAvailable: false }).route('checking in, feeling fiery')
 * if (decision.route === 'template') reply = renderTemplateReply(decision.intent, { userName: 'Ana' })
 * if (decision.route === 'safety') reply = renderSafetyReply({ userName: 'Ana' })
 */
export { INTENTS, intentSchema, type Intent, type LabelledExample } from './intents.ts'
export type { IntentClassification, IntentClassifier } from './IntentClassifier.ts'
export { trainLexicalIntentClassifier, type LexicalClassifierOptions } from './LexicalIntentClassifier.ts'
export { getDefaultIntentClassifier, DEFAULT_CLASSIFIER_SEED } from './defaultIntentClassifier.ts'
export { LABELLED_EXAMPLES, TRAINING_EXAMPLES } from './data/index.ts'
export { SAFETY_KINDS, safetyKindSchema, RISK_KINDS, type SafetyKind } from './safetyKinds.ts'
export { screenForSafety, SAFETY_RULES, KIND_PRIORITY, type SafetyMatch, type SafetyScreenResult } from './safety/screenForSafety.ts'
export { createCombinedSafetyScreen, type CombinedScreenInit, type CombinedScreenResult } from './safety/screenWithLearned.ts'
export { createSentenceAwareSafetyScreen, type SentenceScreenInit, type SentenceScreenResult, type SentenceScreenLogger } from './safety/screenWithSentences.ts'
export { loadSentenceSafetyModel, type SentenceSafetyModel } from './safety/learned/sentenceSafetyModel.ts'
export { loadLearnedSafetyScreen, type LearnedSafetyScreen } from './safety/learned/learnedSafetyScreen.ts'
export { getShippedLearnedSafetyScreen, loadShippedSentenceSafetyModel } from './safety/learned/shippedSafetyModels.ts'
export { averageLearnedScreens, averageSentenceModels } from './safety/learned/averagedSafetyModels.ts'
export { createTurnVerdictCache, EARLIER_TURN_DEADLINES, FULLY_SCREENED_CHARACTERS, QUICKLY_SCREENED_TURN_CHARACTERS, screenConversation, type ConversationVerdict, type EarlierTurnDeadlines, type TurnVerdict, type TurnVerdictCache } from './screenConversation.ts'
export { renderSafetyReplyFor, REPLY_FAMILY, EMERGENCY_REPLY, MEDICATION_REPLY, REFUSAL_REPLY, METHOD_REPLY, CAREFUL_MODE_FOOTER, CAREFUL_MODE_FRAMING, type SafetyReplyFamily } from './safetyReplies.ts'
export { trainSafetyKindClassifier, type SafetyKindClassifier } from './SafetyKindClassifier.ts'
export { screenForCrisis, type CrisisMatch, type CrisisScreenResult } from './screenForCrisis.ts'
export { createIntentRouter, DEFAULT_SAFETY_THRESHOLD, type IntentRouter, type IntentRouterInit, type RouteDecision, type RouteReason, type ScreenVerdict } from './createIntentRouter.ts'
export { ROUTES, DEFAULT_ROUTE_POLICY, DEFAULT_ROUTING_PHASE, ROUTE_POLICY_PHASES, ROUTING_PHASES, parseRoutePolicy, routePolicySchema, type Route, type RoutePolicy, type RoutingPhase } from './routePolicy.ts'
export { routeFor, type RouteContext } from './routeFor.ts'
export { createResponderRouting, type ResponderRoutingInit } from './createResponderRouting.ts'
export { loadRoutePolicy } from './loadRoutePolicy.ts'
export { renderTemplateReply, templateContextSchema, type TemplateContext } from './renderTemplateReply.ts'
export { ELEMENTS, type Element } from './replyTemplates.ts'
export { renderSafetyReply, SAFETY_RESPONSE, CRISIS_RESOURCES, type SafetyReplyOptions } from './safetyReply.ts'
export { seededRandom } from './random.ts'
export { evaluateClassifier, evaluatePredictions, stratifiedFolds, stratifiedSplit, type EvaluationReport, type ClassMetrics } from './evaluation.ts'
export * from './errors.ts'
