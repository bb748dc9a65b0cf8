// Hard-negative weighting for the safety screen's training (issue 11, round seventeen): the
// ordinary messages a first fit scores highest are the ones near the boundary (recovery stories,
// idioms, pest control); repeating them in a second fit spends the model's capacity there.

/**
 * Indices of the training negatives to repeat: the top `fraction` of negatives by the first fit's
 * score, each listed `copies` times (deterministic: ties keep the earlier index first).
 *
 * @example
 * hardNegativeCopies([3, -2, 1, 0], [false, false, true, false], 0.5, 2) // [0, 0]
 */
export function hardNegativeCopies(scores: readonly number[], labels: readonly boolean[], fraction: number, copies: number): number[] {
  const negatives = scores.map((score, index) => ({ score, index })).filter(({ index }) => labels[index] !== true)
  negatives.sort((a, b) => b.score - a.score || a.index - b.index)
  const hard = negatives.slice(0, Math.round(fraction * negatives.length))
  return hard.flatMap(({ index }) => Array.from({ length: copies }, () => index))
}
