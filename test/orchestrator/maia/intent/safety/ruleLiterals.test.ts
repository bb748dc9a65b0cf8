import { describe, expect, it } from 'vitest'
import { asScreened } from '../../../../../orchestrator/maia/intent/safety/anyScriptWords.ts'
import { SAFETY_RULES } from '../../../../../orchestrator/maia/intent/safety/screenForSafety.ts'
import { normalizeText } from '../../../../../orchestrator/maia/intent/textFeatures.ts'

// Regex escapes and character classes: their letters are syntax ("\p{L}", "[a-z]"), not words a text could contain.
const SYNTAX = /\\[pP]\{[^}]*\}|\\u\{[0-9a-fA-F]+\}|\\u[0-9a-fA-F]{4}|\\x[0-9a-fA-F]{2}|\\.|\[[^\]]*\]/g

/** The runs of letters in a pattern's source that the screen's normalisation would change, so no screened text holds them. */
function unmatchableLiterals(pattern: RegExp): string[] {
  const letters = pattern.source.replace(SYNTAX, ' ').match(/[\p{L}\p{M}]+/gu) ?? []
  return letters.filter((run) => normalizeText(run) !== run)
}

describe('safety rules are written in the text the screen matches', () => {
  it('no rule holds a word the normalisation makes unmatchable (an accent, a hamza, a "й" or a capital left in a source)', () => {
    const dead = SAFETY_RULES.flatMap((rule) =>
      [rule.pattern, rule.unless].flatMap((pattern) => (pattern === undefined ? [] : unmatchableLiterals(pattern).map((run) => `${rule.name}: ${run}`))))
    expect(dead).toEqual([])
  })

  it('normalises the letters around a regex escape and keeps the escape', () => {
    expect(asScreened('nāvējoš\\p{L}*')).toBe('navejos\\p{L}*')
    expect(asScreened('prieš (?:\\w+ )?metus')).toBe('pries (?:\\w+ )?metus')
    expect(asScreened('Дай\\s+мне')).toBe('даи\\s+мне')
    expect(asScreened('wyłącz')).toBe('wyłacz') // a stroke is a letter of its own, not an accent: only the ogonek folds
  })
})
