import type { SafetyKind } from '../safetyKinds.ts'

/** A crisis or manipulation message with the kind of reply it needs. */
export interface KindedExample {
  readonly text: string
  readonly kind: SafetyKind
}
