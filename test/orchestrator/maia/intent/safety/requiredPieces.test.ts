import { describe, expect, it } from 'vitest'
import { requiredClauses } from '../../../../../orchestrator/maia/intent/safety/requiredPieces.ts'
import { SAFETY_TRAINING } from '../../../../../orchestrator/maia/intent/data/safetyTraining.ts'
import { normalizeForRules, ruleMatches, SAFETY_RULES, screenForSafety, verdictOf } from '../../../../../orchestrator/maia/intent/safety/screenForSafety.ts'

const asLists = (regex: RegExp): string[][] => requiredClauses(regex).map((clause) => [...clause].sort())

describe('requiredClauses', () => {
  it('reads words joined by a look-around or word edge as one run, cut to sixteen code units', () => {
    expect(asLists(/\bwant to\b(?! )die/gu)).toEqual([['want todie']])
    expect(asLists(/supercalifragilistic/gu)).toEqual([['supercalifragili']])
  })

  it('requires what a positive look-around looks for, in the text around the match', () => {
    expect(asLists(/frame(?=.{0,9}method)/gu)).toEqual([['method'], ['frame']])
    expect(asLists(/frame(?<!method.{0,9})/gu)).toEqual([['frame']])
  })

  it('keeps an optional ending as an alternative, never dropping the shorter form', () => {
    expect(asLists(/muestra(?:me|nos)?/gu)).toEqual([['muestra', 'muestrame', 'muestranos']])
    expect(asLists(/ab?/gu)).toEqual([['a', 'ab']])
  })

  it('requires both parts of a structure, each a union over its alternatives', () => {
    expect(asLists(/(?:pills|rope)[^.]{0,40}(?:die|end it)/gu)).toEqual([['pills', 'rope'], ['die', 'end it']])
  })

  it('knows nothing of a part that can be empty, a class or an unreadable escape', () => {
    expect(requiredClauses(/(?:pills)?[a-z]+/gu)).toEqual([])
    expect(requiredClauses(/^(?!.*\bnever\b)/u)).toEqual([])
    expect(requiredClauses(/(a)\1/u)).toEqual([])
    expect(requiredClauses(/pills/giu)).toEqual([])
    expect(requiredClauses(new RegExp('pills[[a-z]--[aeiou]]', 'v'))).toEqual([])
  })

  it('treats an astral character as one code point under a quantifier', () => {
    expect(requiredClauses(/x😀?/u).map((clause) => [...clause].sort())).toEqual([['x', 'x😀']])
  })

  it('gives every rule clauses that each text it matches satisfies, on safety training messages', () => {
    // Every 20th message keeps the test short (bench/router/ruleScreenEquivalence.ts checks the screen on them all).
    const texts = SAFETY_TRAINING.filter((_, index) => index % 20 === 0).map((example) => normalizeForRules(example.text))
    let matchesChecked = 0
    for (const safetyRule of SAFETY_RULES) {
      const clauses = requiredClauses(safetyRule.pattern)
      for (const text of texts) {
        for (const found of text.matchAll(new RegExp(safetyRule.pattern.source, 'gu'))) {
          matchesChecked++
          for (const clause of clauses) expect([...clause].some((piece) => text.includes(piece)), `${safetyRule.name} matched ${found[0]} in ${text}`).toBe(true)
        }
      }
    }
    expect(matchesChecked).toBeGreaterThan(100)
  }, 60_000)

  // The gate's promise at the level a user meets it: skipping rules never changes the screen's answer. Messages are
  // spliced from two training messages so that pieces of one rule land in text written for another.
  it('leaves the screen\'s answer as running every rule would give it, on spliced training messages', () => {
    const sample = SAFETY_TRAINING.filter((_, index) => index % 37 === 0).map((example) => example.text)
    const spliced = sample.flatMap((text, index) => [text, `${text} ${sample[(index * 7 + 3) % sample.length] ?? ''}`])
    for (const message of spliced) {
      const text = normalizeForRules(message)
      expect(screenForSafety(message), message).toEqual(verdictOf(SAFETY_RULES.flatMap((safetyRule) => ruleMatches(text, safetyRule))))
    }
  }, 120_000)
})
