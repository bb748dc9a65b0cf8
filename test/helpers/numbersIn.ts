/**
 * Every number anywhere in a value (records, reports), for checks that none went negative or
 * non-finite after rollups and resumes.
 */
export function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value]
  if (value === null || typeof value !== 'object') return []
  return Object.values(value).flatMap(numbersIn)
}
