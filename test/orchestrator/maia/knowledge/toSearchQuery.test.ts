import { describe, expect, it } from 'vitest'
import { toSearchQuery } from '../../../../orchestrator/maia/knowledge/toSearchQuery.ts'

describe('toSearchQuery', () => {
  it('drops question and function words, keeping every word when nothing else is left', () => {
    expect(toSearchQuery('What does the shepherd restore?')).toBe('shepherd restore')
    expect(toSearchQuery("Why should I fear Socrates' death?")).toBe('fear Socrates death')
    expect(toSearchQuery('What is it?')).toBe('What is it')
  })
})
