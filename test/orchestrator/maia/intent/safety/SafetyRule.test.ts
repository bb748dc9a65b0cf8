import { describe, expect, it } from 'vitest'
import { rule, ruleSources, withUnless } from '../../../../../orchestrator/maia/intent/safety/SafetyRule.ts'
import { ruleMatches, SAFETY_RULES } from '../../../../../orchestrator/maia/intent/safety/screenForSafety.ts'

describe('rule', () => {
  it('compiles its regexes when first read, once', () => {
    const broken = rule('abuse', 'unfinished group', '(locks me in', { unless: 'joke' })
    expect(broken.name).toBe('unfinished group')
    expect(() => broken.pattern).toThrow(SyntaxError)
    const locked = rule('abuse', 'locked in', '\\blocks me in\\b', { unless: 'escape room', negatable: false })
    expect(locked.pattern).toBe(locked.pattern)
    expect(locked.pattern.flags).toBe('gu')
    expect(locked.unless?.flags).toBe('u')
    expect(locked.negatable).toBe(false)
    expect(ruleSources(locked)).toEqual({ pattern: { source: '\\blocks me in\\b', flags: 'gu' }, unless: { source: 'escape room', flags: 'u' } })
  })

  it('takes a new unless without compiling its pattern, keeping every other field', () => {
    const broken = withUnless(rule('abuse', 'unfinished group', '(locks me in', { acrossLanguages: true }), { source: 'joke', flags: 'u' })
    expect(broken.acrossLanguages).toBe(true)
    expect(() => broken.pattern).toThrow(SyntaxError)
    const locked = withUnless(rule('abuse', 'locked in', '\\blocks me in\\b', { innerNegation: true }), /escape room/u)
    expect(locked.innerNegation).toBe(true)
    expect(ruleMatches('he locks me in every night', locked).length).toBe(1)
    expect(ruleMatches('he locks me in the escape room', locked)).toEqual([])
  })

  it('reads a rule built by hand from its own regexes', () => {
    const byHand = { kind: 'abuse' as const, name: 'by hand', pattern: /locks me in/gu }
    expect(ruleSources(byHand).pattern).toBe(byHand.pattern)
    expect(withUnless(byHand, { source: 'joke', flags: 'u' }).unless?.source).toBe('joke')
  })
})

describe('the shipped rules', () => {
  it('all compile, patterns global and Unicode-aware, exceptions Unicode-aware', () => {
    for (const safetyRule of SAFETY_RULES) {
      expect(safetyRule.pattern.flags, safetyRule.name).toBe('gu')
      if (safetyRule.unless !== undefined) expect(safetyRule.unless.flags, safetyRule.name).toMatch(/^u$/u)
      expect(ruleSources(safetyRule).pattern.source, safetyRule.name).toBe(safetyRule.pattern.source)
    }
  })
})
