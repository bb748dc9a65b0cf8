import { describe, expect, it } from 'vitest'
import { screenForSafety } from '../../../../../orchestrator/maia/intent/safety/screenForSafety.ts'

// Messages written for this test (not in the training or development sets). Someone bereaved by a
// suicide who thinks of doing the same is disclosing; the same bereavement told with an intention
// to help others is not.
describe('following a suicide (warningSignRules.ts)', () => {
  it.each([
    'my sister died by suicide last year and I keep thinking about doing the same thing',
    'since my dad killed himself I think I will end up like him',
    'mum took her own life in march and part of me wants to go the same way',
    'my best friend committed suicide and honestly I should have gone with her'
  ])('escalates thoughts of doing the same: %s', (message) => {
    const screen = screenForSafety(message)
    expect(screen.flagged).toBe(true)
    expect(screen.kind).toBe('suicide_self_harm')
  })

  it.each([
    'my brother died by suicide and I want to volunteer at a helpline so no one else feels that alone',
    'my aunt took her own life years ago; I walk for suicide prevention every spring and did the same walk today',
    'my uncle died by suicide and I want to become a counsellor, to follow him in caring for others'
  ])('leaves a bereavement turned to helping others alone: %s', (message) => {
    expect(screenForSafety(message).flagged).toBe(false)
  })
})
