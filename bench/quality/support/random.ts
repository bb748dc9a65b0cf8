import { seededRandom } from '../../../shared/util/index.ts'

/** A seeded generator (mulberry32): every run of the bench draws the same requests and samples. */
export { seededRandom }

/** One element of `items`, drawn with `random`. */
export function pick<T>(items: readonly T[], random: () => number): T {
  const item = items[Math.floor(random() * items.length)]
  if (item === undefined) throw new RangeError('pick from an empty list')
  return item
}
