import { conceptFeatures } from './conceptFeatures.ts'

/**
 * Turns text into sparse lexical features: word unigrams and bigrams (meaning), and character
 * n-grams inside words (robust to misspellings like "tarrot", "sucide", and to inflections and
 * related languages: "suicidarme" shares grams with "suicide").
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

/** Lower case, accents folded, apostrophes dropped ("don't" = "dont"), so variants meet. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
}

/** Words (letters and digits) of already-normalised text. */
export function tokenize(normalized: string): string[] {
  return normalized.match(/[\p{L}\p{N}]+/gu) ?? []
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
  const tokens: string[] = []
  let remaining = 0
  for (const [piece] of normalized.matchAll(/[\p{L}\p{N}]+|[.!?;,:]/gu)) {
    if (!/[\p{L}\p{N}]/u.test(piece)) {
      remaining = 0
      continue
    }
    if (piece === 'but') remaining = 0
    tokens.push(remaining > 0 ? `~${piece}` : piece)
    remaining = NEGATORS.has(piece) ? scope : Math.max(0, remaining - 1)
  }
  return tokens
}

type FeatureGroup = keyof FeatureWeights

/** Raw feature counts per group; names carry a group prefix so groups never collide. */
function countFeatures(text: string, withConcepts: boolean): Record<FeatureGroup, Map<string, number>> {
  const normalized = normalizeText(text)
  const tokens = tokenizeMarkingNegation(normalized)
  const groups: Record<FeatureGroup, Map<string, number>> = { words: new Map(), bigrams: new Map(), chars: new Map(), concepts: new Map() }
  if (withConcepts) for (const concept of conceptFeatures(normalized.replace(/\s+/gu, ' ').trim())) groups.concepts.set(concept, 1)
  const add = (group: FeatureGroup, name: string): void => {
    groups[group].set(name, (groups[group].get(name) ?? 0) + 1)
  }
  tokens.forEach((token, index) => {
    add('words', `w:${token}`)
    const next = tokens[index + 1]
    if (next !== undefined) add('bigrams', `b:${token}_${next}`)
    const padded = ` ${token} `
    for (let size = CHAR_NGRAM_MIN; size <= CHAR_NGRAM_MAX; size++) {
      for (let start = 0; start + size <= padded.length; start++) add('chars', `c:${padded.slice(start, start + size)}`)
    }
  })
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
