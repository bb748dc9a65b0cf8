/** A plain JSON object (not an array, not null) whose own keys are all in `allowed`: zod's `.strict()`, for the hand-checked frame decoders. */
export function isStrictObject(value: unknown, allowed: ReadonlySet<string>): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  for (const key in value) if (!allowed.has(key)) return false
  return true
}
