import { conceptFeatures } from './conceptFeatures.ts'

/**
 * Turns text into sparse lexical features: word unigrams and bigrams (meaning), and character
 * n-grams inside words (robust to misspellings like "tarrot", "sucide", and to inflections and
 * related languages: "suicidarme" shares grams with "suicide"). Scripts written without spaces
 * (Chinese, Japanese, Thai…) have no words to split on, so their characters are the words and
 * adjacent characters the bigrams (round twenty-four: v24 caught 15% of non-Latin crises).
 */

/** Sparse vector: parallel arrays of feature indices and values. */
export interface SparseVector {
  readonly indices: Uint32Array
  readonly values: Float64Array
}

/** Relative weight of each feature group after per-group L2 normalisation. */
export interface FeatureWeights {
  readonly words: number
  readonly bigrams: number
  readonly chars: number
  /** Word-class features (conceptFeatures.ts); absent or 0 leaves them out. */
  readonly concepts?: number
}

// Chosen by 5-fold cross-validation on the training set (bench/router/accuracy.ts): char grams
// carry the most; concept features (issue 11) were chosen the same way.
export const DEFAULT_FEATURE_WEIGHTS: FeatureWeights = { words: 0.7, bigrams: 0.6, chars: 1.3, concepts: 0.5 }

/** The weights before issue 11 (no concept features), for same-run baselines. */
export const LEGACY_FEATURE_WEIGHTS: FeatureWeights = { words: 0.7, bigrams: 0.6, chars: 1.3 }
const CHAR_NGRAM_MIN = 3
const CHAR_NGRAM_MAX = 5

// Scripts whose combining marks are accents on a letter a reader still takes for the same letter
// (é → e, й → и, Greek tonos, Arabic hamza and harakat, Hebrew points): folded away so variants meet.
// In the other scripts a mark IS a letter or changes it (Devanagari, Bengali and Thai vowel signs,
// the kana voicing mark that makes か into が), and Hangul decomposes into jamo under NFKD, so those
// keep their marks and syllables (NFKC only). Common and Inherited cover punctuation, digits and
// stray combining marks, folded as before.
const FOLDED_SCRIPTS = '\\p{Script=Latin}\\p{Script=Greek}\\p{Script=Cyrillic}\\p{Script=Arabic}\\p{Script=Hebrew}\\p{Script=Common}\\p{Script=Inherited}'
const FOLDED_SCRIPT = new RegExp(`[${FOLDED_SCRIPTS}]`, 'u')
const HAS_UNFOLDED_SCRIPT = new RegExp(`[^${FOLDED_SCRIPTS}]`, 'u')

const foldAccents = (text: string): string => text.normalize('NFKD').replace(/\p{M}+/gu, '')

/**
 * Lower case, accents folded, apostrophes dropped ("don't" = "dont"), so variants meet. Accents are
 * folded only in scripts where they are accents (see {@link FOLDED_SCRIPT}); text in those scripts
 * alone (all Latin text) normalises exactly as before round twenty-four.
 */
export function normalizeText(text: string): string {
  return foldAccentsWhereAccents(text).toLowerCase().replace(/['’‘`´]/g, '')
}

/**
 * The accent folding of {@link normalizeText} alone (no lower case, apostrophes kept): for rule sources written with
 * accents or hamzas as people type them ("دکھاؤ" is read "دکھاو"), so a pattern meets the text it is matched against.
 */
export function foldAccentsWhereAccents(text: string): string {
  return HAS_UNFOLDED_SCRIPT.test(text)
    ? text.normalize('NFKC').replace(/\P{M}\p{M}*|\p{M}+/gu, (cluster) => (FOLDED_SCRIPT.test(cluster) ? foldAccents(cluster) : cluster))
    : foldAccents(text)
}

// Scripts written without spaces between words: a run of their letters is a phrase or a sentence,
// not a word, so each character (with its marks) counts as a word and adjacent ones as word pairs.
const UNSPACED_SCRIPT = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Thai}\\p{Script=Lao}\\p{Script=Khmer}\\p{Script=Myanmar}\\u30FC'
const HAS_UNSPACED = new RegExp(`[${UNSPACED_SCRIPT}]`, 'u')
const UNSPACED_PIECES = new RegExp(`[${UNSPACED_SCRIPT}]\\p{M}*|[^${UNSPACED_SCRIPT}]+`, 'gu')

/** A run of letters as words: itself, or one word per character where the script has no spaces. */
export function splitUnspaced(run: string): string[] {
  return HAS_UNSPACED.test(run) ? run.match(UNSPACED_PIECES) ?? [] : [run]
}

/** Runs of letters (with their marks) and digits of already-normalised text, as written: the unit of character n-grams. */
export function letterRuns(normalized: string): string[] {
  return normalized.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []
}

/** Words (letters and digits) of already-normalised text; unspaced scripts one character per word. */
export function tokenize(normalized: string): string[] {
  return letterRuns(normalized).flatMap(splitUnspaced)
}

const NEGATORS = new Set(['not', 'never', 'no', 'dont', 'didnt', 'doesnt', 'wouldnt', 'wont', 'isnt', 'arent', 'wasnt', 'cant', 'couldnt', 'nor', 'without'])
/** How many words after a negator it governs (within a clause). */
export const NEGATION_SCOPE = 3

/**
 * Words of already-normalised text, with the few words after a negator marked `~` (up to the
 * clause's end): "never hurt myself" yields "~hurt ~myself", features apart from "hurt myself".
 * This is the classic negation-scope trick of sentiment analysis; the model learns what a
 * denied phrase means from the data ("dont ~want ~to ~live" is still a crisis).
 */
export function tokenizeMarkingNegation(normalized: string, scope = NEGATION_SCOPE): string[] {
  return wordsAndRunsMarkingNegation(normalized, scope).words
}

/**
 * The words of {@link tokenizeMarkingNegation} and the runs they came from, as written (the unit of
 * character n-grams), a run marked `~` when its first word is: in spaced scripts the two lists are
 * the same; in unspaced ones a run is many one-character words.
 */
function wordsAndRunsMarkingNegation(normalized: string, scope: number): { words: string[]; runs: string[] } {
  const words: string[] = []
  const runs: string[] = []
  let remaining = 0
  for (const [run] of normalized.matchAll(/[\p{L}\p{M}\p{N}]+|[.!?;,:]/gu)) {
    if (!/[\p{L}\p{M}\p{N}]/u.test(run)) {
      remaining = 0
      continue
    }
    runs.push(remaining > 0 && !(run === 'but') ? `~${run}` : run)
    for (const piece of splitUnspaced(run)) {
      if (piece === 'but') remaining = 0
      words.push(remaining > 0 ? `~${piece}` : piece)
      remaining = NEGATORS.has(piece) ? scope : Math.max(0, remaining - 1)
    }
  }
  return { words, runs }
}

type FeatureGroup = keyof FeatureWeights

/** Raw feature counts per group; names carry a group prefix so groups never collide. */
function countFeatures(text: string, withConcepts: boolean): Record<FeatureGroup, Map<string, number>> {
  const normalized = normalizeText(text)
  const { words: tokens, runs } = wordsAndRunsMarkingNegation(normalized, NEGATION_SCOPE)
  const groups: Record<FeatureGroup, Map<string, number>> = { words: new Map(), bigrams: new Map(), chars: new Map(), concepts: new Map() }
  if (withConcepts) for (const concept of conceptFeatures(normalized.replace(/\s+/gu, ' ').trim())) groups.concepts.set(concept, 1)
  const add = (group: FeatureGroup, name: string): void => {
    groups[group].set(name, (groups[group].get(name) ?? 0) + 1)
  }
  tokens.forEach((token, index) => {
    add('words', `w:${token}`)
    const next = tokens[index + 1]
    if (next !== undefined) add('bigrams', `b:${token}_${next}`)
  })
  // Character n-grams over runs as written (a word; in unspaced scripts a phrase), not over the
  // per-character words: for spaced text the two are the same.
  for (const run of runs) {
    const padded = ` ${run} `
    for (let size = CHAR_NGRAM_MIN; size <= CHAR_NGRAM_MAX; size++) {
      for (let start = 0; start + size <= padded.length; start++) add('chars', `c:${padded.slice(start, start + size)}`)
    }
  }
  return groups
}

/**
 * A fixed vocabulary learnt from training texts. Unknown features are dropped at vectorisation;
 * the char n-grams are what still lets unseen or misspelt words count.
 *
 * @example
 * const space = FeatureSpace.fit(['pull a card', 'I feel calm'])
 * const vector = space.vectorize('pul a crd')
 */
export class FeatureSpace {
  // Plain fields rather than parameter properties, so Node's type stripping can run this file.
  private readonly index: ReadonlyMap<string, number>
  private readonly weights: FeatureWeights

  private constructor(index: ReadonlyMap<string, number>, weights: FeatureWeights) {
    this.index = index
    this.weights = weights
  }

  /** Builds the vocabulary in first-seen order, so the same texts give the same indices. */
  static fit(texts: readonly string[], weights: FeatureWeights = DEFAULT_FEATURE_WEIGHTS): FeatureSpace {
    const index = new Map<string, number>()
    for (const text of texts) {
      for (const group of Object.values(countFeatures(text, (weights.concepts ?? 0) > 0))) {
        for (const name of group.keys()) if (!index.has(name)) index.set(name, index.size)
      }
    }
    return new FeatureSpace(index, weights)
  }

  get size(): number {
    return this.index.size
  }

  /** The feature names in index order: with the weights, all a stored model needs to rebuild this space. */
  get vocabulary(): string[] {
    return [...this.index.keys()]
  }

  /** The space a stored model was trained in (see {@link vocabulary}). */
  static fromVocabulary(names: readonly string[], weights: FeatureWeights): FeatureSpace {
    return new FeatureSpace(new Map(names.map((name, index) => [name, index])), weights)
  }

  /** The group weights the space vectorizes with. */
  get featureWeights(): FeatureWeights {
    return this.weights
  }

  /** Sublinear counts (1 + ln tf), each group scaled to unit length, then weighted. */
  vectorize(text: string): SparseVector {
    const entries: Array<[number, number]> = []
    const groups = countFeatures(text, (this.weights.concepts ?? 0) > 0)
    for (const group of Object.keys(groups) as FeatureGroup[]) {
      const known: Array<[number, number]> = []
      for (const [name, count] of groups[group]) {
        const featureIndex = this.index.get(name)
        if (featureIndex !== undefined) known.push([featureIndex, 1 + Math.log(count)])
      }
      const norm = Math.sqrt(known.reduce((sum, [, value]) => sum + value * value, 0))
      if (norm === 0) continue
      const scale = (this.weights[group] ?? 0) / norm
      for (const [featureIndex, value] of known) entries.push([featureIndex, value * scale])
    }
    entries.sort((a, b) => a[0] - b[0])
    return {
      indices: Uint32Array.from(entries, ([featureIndex]) => featureIndex),
      values: Float64Array.from(entries, ([, value]) => value)
    }
  }
}
