import { createRetryingLoader, createTextVectorCache, loadSentenceEncoder, type RetryingLoaderInit, type SentenceEncoder, type TextVectorCache } from '../../sentenceEncoder/index.ts'
import type { LearnedSafetyScreen } from './learned/learnedSafetyScreen.ts'
import type { SentenceSafetyModel } from './learned/sentenceSafetyModel.ts'
import { getShippedLearnedSafetyScreen, loadShippedSentenceSafetyModel } from './learned/shippedSafetyModels.ts'
import { createCombinedSafetyScreen, type CombinedScreenInit, type CombinedScreenResult } from './screenWithLearned.ts'
import { RULE_FLOOR_WINDOW_CHARACTERS } from './ruleFloorWindows.ts'
import { distanceCues } from './distanceCue.ts'
import { hasStandingMatch } from './screenForSafety.ts'
import { fusedThresholdForLanguage, messageLanguage } from './scriptGroup.ts'

/** Where the screen reports that it fell back (the encoder or its model would not load). */
export interface SentenceScreenLogger {
  error(details: Record<string, unknown>, message: string): void
}

export interface SentenceScreenInit extends CombinedScreenInit {
  /** Defaults to the bundled sentence encoder (loaded once per process). */
  readonly encoder?: () => Promise<SentenceEncoder>
  /** Defaults to the shipped sentence model (safetySentenceModel.bin/.json). */
  readonly sentenceModel?: () => SentenceSafetyModel
  readonly logger?: SentenceScreenLogger
  /** How many turns' vectors are kept, so a conversation re-screened every request embeds each turn once. */
  readonly cacheSize?: number
  /** The turns' vectors, shared with other readers of them (the router's intent blend); default: a cache of `cacheSize` of its own. */
  readonly vectors?: TextVectorCache
  /** After the encoder or the sentence model failed to load, how long until a turn tries again (default 30 s), and the clock. */
  readonly retryLoad?: RetryingLoaderInit
}

/** The async screen's verdict: the combined one, plus whether the sentence vector took part and, when it did, the fused score it was judged by. */
export type SentenceScreenResult = CombinedScreenResult & {
  readonly sentences: boolean
  /** The fused log-odds of the n-gram probability and the sentence vector (present when `sentences`). */
  readonly fused?: number
  /** The fused threshold this message was held to (its script's: scriptGroup.ts). */
  readonly threshold?: number
}

export const DEFAULT_SENTENCE_CACHE_SIZE = 2_000
/** The kind of rule the fused floor may overrule when the model names no scope: where the rules' false alarms gather (recovery told as history, a pet's last day). */
const DEFAULT_OVERRULABLE_KIND = 'suicide_self_harm'
/**
 * The safety screen with the sentence encoder (issue 11, round fourteen): structured rules (under
 * the rule floor) OR the learned screen, whose n-gram probability is fused with a model of the
 * message's sentence vector (safety/learned/sentenceSafetyModel.ts; a one-hidden-layer perceptron
 * since round sixteen), which catches paraphrases that share no word with any training crisis.
 *
 * A rule's flag on a message of up to 280 characters is overruled when the fused score is below the
 * sentence model's `ruleFloor` (round nineteen: far below the threshold, where both halves of the
 * learned screen call the message ordinary), as the n-gram floor does without the vector. Which
 * rules may be overruled is the model's `ruleFloorScope`: suicide/self-harm rules only (the default,
 * rounds nineteen and twenty) or rules of every kind (round twenty-one, bench/router/safetyArbitration.ts).
 * Round twenty-two: a message held at a distance (the model's `distance.cues` of safety/distanceCue.ts,
 * e.g. a laugh or an obvious exaggeration) is overruled from the model's higher `distance.ruleFloor`,
 * and its fused score must clear the threshold by `distance.margin`. Round twenty-six: a message in
 * a non-Latin script is held to the model's `nonLatinThreshold` when it has one (scriptGroup.ts).
 *
 * Fails safe: when the encoder or the sentence model cannot load, it logs one error and screens
 * with the rules and the n-gram screen alone (createCombinedSafetyScreen), as before round fourteen;
 * a turn at least `retryLoad.retryAfterMs` (30 s) later tries to load them again.
 *
 * @example
 * const screen = createSentenceAwareSafetyScreen({ logger })
 * (await screen('the insurance pays out after two years. it has been two years')).flagged
 */
export function createSentenceAwareSafetyScreen(init: SentenceScreenInit = {}): (message: string, signal?: AbortSignal) => Promise<SentenceScreenResult> {
  const combined = createCombinedSafetyScreen(init)
  const learned = (): LearnedSafetyScreen => (typeof init.learned === 'object' ? init.learned : typeof init.learned === 'function' ? init.learned() : getShippedLearnedSafetyScreen())
  // A turn is encoded once while cached; a long one as its first and last 1,000 characters.
  const vectors = init.vectors ?? createTextVectorCache(init.cacheSize ?? DEFAULT_SENTENCE_CACHE_SIZE)
  const load = async (): Promise<{ encoder: SentenceEncoder; model: SentenceSafetyModel } | undefined> => {
    try {
      const model = (init.sentenceModel ?? loadShippedSentenceSafetyModel)()
      const encoder = await (init.encoder ?? loadSentenceEncoder)()
      if (encoder.id !== model.meta.encoderId) throw new Error(`sentence model was trained on ${model.meta.encoderId}, encoder is ${encoder.id}`)
      return { encoder, model }
    } catch (error) {
      init.logger?.error({ err: error }, 'sentence encoder unavailable: the safety screen falls back to rules and n-grams')
      return undefined
    }
  }
  // A failed load is tried again by a later turn (retryingLoader.ts), not kept for the process's life.
  const parts = createRetryingLoader(load, init.retryLoad)
  return async (message, signal) => {
    const base = combined(message)
    const loaded = await parts()
    if (loaded === undefined) return { ...base, sentences: false }
    let vector: Float32Array
    try {
      vector = await vectors.vectorOf(loaded.encoder, message, signal)
    } catch (error) {
      // The caller left (its client is gone): no verdict is wanted, and no weaker one is made up.
      if (signal?.aborted === true) throw signal.reason
      init.logger?.error({ err: error }, 'could not embed a turn: screened with rules and n-grams')
      return { ...base, sentences: false }
    }
    const fused = loaded.model.fused(base.probability, vector)
    // Round nineteen: a rule's flag on a short message stands only while the fused learned score is
    // above a low floor (bench/router/safetyArbitration.ts); by default only suicide/self-harm rules
    // may be overruled, since round twenty-one's model rules of every kind. Longer messages are left
    // to the n-gram floor's windows: embedding every window would cost a sentence vector each.
    const short = message.length <= RULE_FLOOR_WINDOW_CHARACTERS
    const onlyOverrulable = base.matches.every((match) => match.negated || match.kind === DEFAULT_OVERRULABLE_KIND)
    const everyKind = loaded.model.meta.ruleFloorScope === 'every_kind'
    // Round forty-six: a manipulation rule's flag is overruled only below its own, lower floor (sentenceSafetyModel.ts).
    const manipulation = base.matches.some((match) => !match.negated && match.kind === 'manipulation')
    // Round fifty-six: so is a rule written for other languages on a message not in English, which the encoder reads as calm.
    // The message's language is read once here, for this floor and for the threshold below.
    const language = messageLanguage(message)
    const acrossLanguages = language !== 'English' && base.matches.some((match) => !match.negated && match.acrossLanguages === true)
    const { ruleFloor, manipulationRuleFloor, acrossLanguagesRuleFloor } = loaded.model.meta
    const lowerFloors = [manipulation ? manipulationRuleFloor : undefined, acrossLanguages ? acrossLanguagesRuleFloor : undefined].filter((lower) => lower !== undefined)
    const floor = ruleFloor === undefined ? undefined : Math.min(ruleFloor, ...lowerFloors)
    // Round seventy-three: a standing rule (a plain first-person disclosure, plainDisclosures.ts) is overruled by no floor.
    const standing = hasStandingMatch(base.matches)
    const vetoed = !standing && floor !== undefined && short && fused < floor && (everyKind || onlyOverrulable)
    // Round twenty-two: held at a distance (a joke, an exaggeration): a higher floor, and a margin above the threshold.
    const distance = loaded.model.meta.distance
    const distant = distance !== undefined && distanceCues(message, distance.cues).length > 0
    const vetoedAtDistance = !standing && distant && short && fused < distance.ruleFloor && (distance.ruleFloorScope === 'every_kind' || onlyOverrulable)
    const byRules = (base.flaggedBy === 'rules' || base.flaggedBy === 'both') && !vetoed && !vetoedAtDistance
    // Round twenty-six: a message in a non-Latin script may have its own threshold (sentenceSafetyModel.ts).
    const threshold = fusedThresholdForLanguage(loaded.model.meta, language)
    const byModel = fused - (distant ? distance.margin : 0) >= threshold
    const flaggedBy = byRules ? (byModel ? 'both' : 'rules') : byModel ? 'learned' : undefined
    // Round twenty-five: the learned kind model names the kind whenever the screen escalates (screenWithLearned.ts).
    // The combined screen has already asked the same model when it flagged: its kind is reused.
    const kind = flaggedBy === undefined ? undefined : base.kind ?? learned().kindOf(message)
    const verdict = { flagged: flaggedBy !== undefined, matches: base.matches, probability: base.probability, sentences: true, fused, threshold }
    return { ...verdict, ...(kind === undefined ? {} : { kind }), ...(flaggedBy === undefined ? {} : { flaggedBy }) }
  }
}
