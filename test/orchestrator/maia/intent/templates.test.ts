import { describe, expect, it } from 'vitest'
import { InvalidTemplateContextError, NoTemplateForIntentError } from '../../../../orchestrator/maia/intent/errors.ts'
import { seededRandom } from '../../../../orchestrator/maia/intent/random.ts'
import { renderTemplateReply, type TemplateContext } from '../../../../orchestrator/maia/intent/renderTemplateReply.ts'
import { ELEMENTS } from '../../../../orchestrator/maia/intent/replyTemplates.ts'
import { renderSafetyReply, SAFETY_RESPONSE } from '../../../../orchestrator/maia/intent/safetyReply.ts'

const quote = { text: 'The wound is the place where the Light enters you.', title: 'The Essential Rumi', author: 'Rumi' }
const full: TemplateContext = { userName: 'Ana', state: { element: 'water', mood: 'tender', lastTopic: 'your new home' }, quote }

describe('template replies', () => {
  it('weave in the name, element, mood, last topic and quote', () => {
    const reply = renderTemplateReply('elemental_check_in', { ...full, random: seededRandom(1) })
    expect(reply).toContain('Ana')
    expect(reply).toMatch(/[Ww]ater/)
    expect(reply).toContain('tender')
    expect(reply).toContain('your new home')
    expect(reply).toContain('The wound is the place where the Light enters you.')
    expect(reply).toContain('Rumi')
    expect(reply).not.toMatch(/[{}]|undefined/)
  })

  it('read naturally with nothing known', () => {
    for (const intent of ['elemental_check_in', 'simple_reflection', 'shadow_work', 'complex_synthesis', 'oracle_reading'] as const) {
      const reply = renderTemplateReply(intent, { random: seededRandom(2) })
      expect(reply.length).toBeGreaterThan(40)
      expect(reply).not.toMatch(/[{}]|undefined|“”/)
    }
  })

  it('offer a built-in reflection when no quote was retrieved', () => {
    const reply = renderTemplateReply('simple_reflection', { random: seededRandom(9) })
    expect(reply.split('\n\n')).toHaveLength(3)
  })

  it('render every element, with or without a quote', () => {
    for (const element of ELEMENTS) {
      expect(renderTemplateReply('simple_reflection', { state: { element }, random: seededRandom(3) })).not.toMatch(/[{}]/)
      expect(renderTemplateReply('simple_reflection', { state: { element }, quote, random: seededRandom(3) })).toContain('Rumi')
    }
  })

  it('are reproducible for a seed and varied across seeds', () => {
    const render = (seed: number): string => renderTemplateReply('simple_reflection', { ...full, random: seededRandom(seed) })
    expect(render(7)).toBe(render(7))
    expect(new Set(Array.from({ length: 20 }, (_, seed) => render(seed))).size).toBeGreaterThanOrEqual(10)
  })

  it('never expand placeholders found inside user text', () => {
    const reply = renderTemplateReply('elemental_check_in', { userName: '{mood}', state: { mood: '{name}' }, random: seededRandom(4) })
    expect(reply).toContain('{mood}')
    expect(reply).toContain('{name}')
  })

  it('clip long remembered text instead of failing', () => {
    const reply = renderTemplateReply('elemental_check_in', { userName: '   ', state: { mood: 'm'.repeat(500) }, random: seededRandom(5) })
    expect(reply).toContain('friend')
    expect(reply).toContain('m'.repeat(80))
    expect(reply).not.toContain('m'.repeat(81))
  })

  it('refuse a crisis and invalid state', () => {
    expect(() => renderTemplateReply('safety_escalation')).toThrow(NoTemplateForIntentError)
    expect(() => renderTemplateReply('elemental_check_in', { state: { element: 'metal' as 'fire' } })).toThrow(InvalidTemplateContextError)
  })
})

describe('safety reply', () => {
  it('is fixed text with crisis lines for several countries', () => {
    for (const resource of ['112', '911', '988', '116 123', 'findahelpline.com', 'Samaritans']) expect(SAFETY_RESPONSE).toContain(resource)
    expect(renderSafetyReply()).toBe(SAFETY_RESPONSE)
  })

  it('addresses the user by name and changes nothing else', () => {
    const named = renderSafetyReply({ userName: '  Sam ' })
    expect(named.startsWith('Sam, I’m really glad you told me.')).toBe(true)
    expect(named.split('\n').slice(1)).toEqual(SAFETY_RESPONSE.split('\n').slice(1))
  })

  it('names no diagnosis', () => {
    expect(SAFETY_RESPONSE).not.toMatch(/depress|disorder|diagnos|psychosis|bipolar/i)
  })
})
