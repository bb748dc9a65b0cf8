import { describe, expect, it } from 'vitest'
import { createIntentRouter } from '../../../../orchestrator/maia/intent/createIntentRouter.ts'
import { parseRoutePolicy } from '../../../../orchestrator/maia/intent/routePolicy.ts'
import { screenForCrisis } from '../../../../orchestrator/maia/intent/screenForCrisis.ts'
import { CRISIS_PHRASINGS, ORDINARY_PHRASINGS } from './fixtures/crisisPhrasings.ts'

describe('safety escalation', () => {
  const routers = [
    createIntentRouter({ claudeAvailable: false }),
    createIntentRouter({ claudeAvailable: true, policy: parseRoutePolicy({ routes: { shadow_work: 'claude', elemental_check_in: 'network' } }) })
  ]

  it.each(CRISIS_PHRASINGS)('escalates, never to a model: %s', (message) => {
    for (const router of routers) {
      const decision = router.route(message)
      expect(decision.intent).toBe('safety_escalation')
      expect(decision.route).toBe('safety')
    }
  })

  it.each(ORDINARY_PHRASINGS)('does not escalate an ordinary message: %s', (message) => {
    expect(routers[0]!.route(message).intent).not.toBe('safety_escalation')
  })

  it('escalates on the screen alone when the classifier is sure of something else', () => {
    const overconfident = { classify: () => ({ intent: 'oracle_reading' as const, confidence: 1, scores: { elemental_check_in: 0, simple_reflection: 0, shadow_work: 0, complex_synthesis: 0, oracle_reading: 1, safety_escalation: 0 } }) }
    const decision = createIntentRouter({ classifier: overconfident }).route('pull a card, I have decided to end my life')
    expect(decision).toMatchObject({ intent: 'safety_escalation', route: 'safety', reason: 'crisis-screen' })
  })
})

describe('crisis screen', () => {
  it('finds crisis phrases by category', () => {
    expect(screenForCrisis('I want to end my life').matches[0]?.category).toBe('suicide')
    expect(screenForCrisis('i have been cutting myself').matches[0]?.category).toBe('self_harm')
    expect(screenForCrisis('my stepdad hits me').matches[0]?.category).toBe('abuse')
    expect(screenForCrisis('I\'m going to stab him tonight').matches[0]?.category).toBe('harm_to_others')
    expect(screenForCrisis('she collapsed and is unresponsive').matches[0]?.category).toBe('medical')
    expect(screenForCrisis('the voices tell me to do it').matches[0]?.category).toBe('psychiatric')
  })

  it('treats a denied phrase as negated, but not a negation that is itself the crisis', () => {
    expect(screenForCrisis('I am not suicidal').flagged).toBe(false)
    expect(screenForCrisis('I would never hurt myself').matches).toEqual([{ category: 'self_harm', phrase: 'hurt myself', negated: true }])
    expect(screenForCrisis('I no longer want to live').flagged).toBe(true)
    expect(screenForCrisis("I don't want to be alive").flagged).toBe(true)
    expect(screenForCrisis("I'm not going to lie, I want to die").flagged).toBe(true)
    expect(screenForCrisis("I'm not sad, I just want to kill myself").flagged).toBe(true)
  })

  it('ignores idioms', () => {
    for (const message of ["I'm dying to know my tarot card", 'this job is killing me', 'I killed it today', 'my phone is going to die', 'I might hurt her feelings', 'what does my unconscious say', 'I feel safe at home']) {
      expect(screenForCrisis(message).flagged, message).toBe(false)
    }
  })
})
