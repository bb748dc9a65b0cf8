import { describe, expect, it } from 'vitest'
import { createResponderRouting } from '../../../../orchestrator/maia/intent/createResponderRouting.ts'
import { CAREFUL_MODE_FOOTER, EMERGENCY_REPLY, MEDICATION_REPLY, METHOD_REPLY, REFUSAL_REPLY, renderSafetyReplyFor, REPLY_FAMILY } from '../../../../orchestrator/maia/intent/safetyReplies.ts'
import { SAFETY_RESPONSE } from '../../../../orchestrator/maia/intent/safetyReply.ts'
import { SAFETY_KINDS } from '../../../../orchestrator/maia/intent/safetyKinds.ts'

describe('fixed safety replies per kind', () => {
  it('gives every kind a fixed reply: the same text every time, for every message of that kind', () => {
    for (const kind of SAFETY_KINDS) {
      expect(renderSafetyReplyFor(kind)).toBe(renderSafetyReplyFor(kind))
      expect(renderSafetyReplyFor(kind).length).toBeGreaterThan(20)
    }
    expect(renderSafetyReplyFor('suicide_self_harm')).toBe(SAFETY_RESPONSE)
    expect(renderSafetyReplyFor(undefined)).toBe(SAFETY_RESPONSE)
  })

  it('emergency-now names the emergency numbers first, before anything else, and says "feels fine" is not safe', () => {
    for (const kind of ['third_party_emergency', 'medical_emergency'] as const) {
      const reply = renderSafetyReplyFor(kind)
      expect(reply).toBe(EMERGENCY_REPLY)
      const firstLine = reply.split('\n')[0] ?? ''
      expect(firstLine).toMatch(/^Call emergency services now: 112 .*911.*999/)
    }
    expect(EMERGENCY_REPLY).toMatch(/even if they say they feel fine/)
    expect(EMERGENCY_REPLY).not.toMatch(/meditat|breath(work|ing exercise)|crystal/i)
  })

  it('medical safety says not to stop the medication without the prescriber', () => {
    expect(renderSafetyReplyFor('medication_stop')).toBe(MEDICATION_REPLY)
    expect(MEDICATION_REPLY.split('\n')[0]).toMatch(/don’t stop or change this medication without talking to the doctor who prescribed it/)
  })

  it('manipulation gets a plain refusal that reveals nothing about instructions, keys or other people', () => {
    expect(renderSafetyReplyFor('manipulation')).toBe(REFUSAL_REPLY)
    expect(REFUSAL_REPLY.startsWith('I can’t help with that.')).toBe(true)
    expect(REFUSAL_REPLY).not.toMatch(/prompt|instruction|system|key|password|token|user|memory|MAIA|Claude|Anthropic|rule|polic/i)
  })

  it('method-seeking gets a clear no and crisis lines, never an amount or a method', () => {
    expect(renderSafetyReplyFor('method_seeking')).toBe(METHOD_REPLY)
    expect(METHOD_REPLY).toMatch(/can’t share ways to end a life/)
    for (const line of ['988', '116 123', 'findahelpline.com', '112']) expect(METHOD_REPLY).toContain(line)
    expect(METHOD_REPLY).not.toMatch(/\d+\s?(mg|pills|tablets)/i)
  })

  it('maps each kind to one reply family', () => {
    expect(Object.keys(REPLY_FAMILY).sort()).toEqual([...SAFETY_KINDS].sort())
  })

  it('reaches the responder through renderSafety(kind), with the crisis reply for an unknown kind', async () => {
    const routing = createResponderRouting({ claudeAvailable: false })
    const decision = await routing.classify('my dad collapsed and is not breathing')
    expect(decision).toMatchObject({ intent: 'safety_escalation', kind: 'third_party_emergency' })
    expect(routing.renderSafety(decision.kind)).toBe(EMERGENCY_REPLY)
    expect(routing.renderSafety('not-a-kind')).toBe(SAFETY_RESPONSE)
    expect(routing.renderSafety()).toBe(SAFETY_RESPONSE)
  })

  it('the careful-mode footer carries emergency numbers and crisis lines', () => {
    for (const line of ['112', '911', '999', '988', '116 123', 'findahelpline.com']) expect(CAREFUL_MODE_FOOTER).toContain(line)
  })
})
