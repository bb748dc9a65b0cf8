import { ruleSources, type SafetyRule } from './SafetyRule.ts'
import { sharedRequiredClausesCache } from './requiredClausesCache.ts'
import type { Clause } from './requiredPieces.ts'

/*
 * Which rules can match a message at all, read from the pieces of text each rule's regexes cannot match without
 * (requiredPieces.ts). Most messages hold none of the pieces of most rules written for other languages, and
 * those rules' regexes are the costly part of the screen; a rule skipped here would have matched nothing, so the
 * screen's answer does not change. The same holds for a rule's `unless`: when its pieces are absent it cannot
 * match, and the test is skipped as false.
 *
 * Clauses are numbered in one registry for every rule seen (read once per rule object, when first screened with),
 * so a message's pieces are looked up once however many rules and rule lists there are.
 */

/** Per clause id, 1 when the message holds one of its pieces. */
export type PresentClauses = Uint8Array

/** The clause ids a rule's regexes need, every one of them present, before they can match. */
export interface RuleGate {
  readonly pattern: readonly number[]
  readonly unless: readonly number[]
}

/** The pieces of every registered clause as a trie over UTF-16 code units, so a message is read once, unsliced. */
interface PieceNode {
  /** The clauses that hold when the text has the piece ending here. */
  clauseIds?: number[]
  readonly next: Map<number, PieceNode>
}
const pieces: PieceNode = { next: new Map() }
let clauseCount = 0
const gateByRule = new WeakMap<SafetyRule, RuleGate>()

function register(clauses: readonly Clause[]): number[] {
  return clauses.map((clause) => {
    const id = clauseCount++
    for (const piece of clause) {
      let node = pieces
      for (let index = 0; index < piece.length; index++) {
        const unit = piece.charCodeAt(index)
        let next = node.next.get(unit)
        if (next === undefined) { next = { next: new Map() }; node.next.set(unit, next) }
        node = next
      }
      ;(node.clauseIds ??= []).push(id)
    }
    return id
  })
}

/** The gate of a rule, read from its regexes the first time the rule is seen. */
export function gateOf(safetyRule: SafetyRule): RuleGate {
  const known = gateByRule.get(safetyRule)
  if (known !== undefined) return known
  // Read from the sources, so a rule no message reaches is never compiled (SafetyRule.ts), and once per regex source
  // over every process (requiredClausesCache.ts), not once in each.
  const { pattern, unless } = ruleSources(safetyRule)
  const cache = sharedRequiredClausesCache()
  const gate: RuleGate = {
    pattern: register(cache.clausesOf(pattern)),
    // A global or sticky `unless` moves its lastIndex when tested: skipping a test would change the next one.
    unless: unless === undefined || unless.flags.includes('g') || unless.flags.includes('y') ? [] : register(cache.clausesOf(unless))
  }
  gateByRule.set(safetyRule, gate)
  return gate
}

/** Marks the clauses (of every rule registered so far) whose pieces the text holds. */
export function presentClauses(text: string): PresentClauses {
  const present = new Uint8Array(clauseCount)
  for (let start = 0; start < text.length; start++) {
    let node: PieceNode | undefined = pieces
    for (let index = start; index < text.length; index++) {
      node = node.next.get(text.charCodeAt(index))
      if (node === undefined) break
      if (node.clauseIds !== undefined) for (const id of node.clauseIds) present[id] = 1
    }
  }
  return present
}

/** Whether every clause is present: the regex can match (or nothing is known of it). */
export const canMatch = (clauseIds: readonly number[], present: PresentClauses): boolean => clauseIds.every((id) => present[id] === 1)
