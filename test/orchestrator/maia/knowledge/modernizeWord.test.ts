import { describe, expect, it } from 'vitest'
import { modernizeWord } from '../../../../orchestrator/maia/knowledge/modernizeWord.ts'
import { stemWord } from '../../../../orchestrator/maia/knowledge/stemWord.ts'

describe('modernizeWord', () => {
  it('rewrites -eth verbs so that they stem as their modern forms do', () => {
    const cases: Record<string, string> = {
      loveth: 'love', maketh: 'make', runneth: 'run', walketh: 'walk', seeth: 'see', teacheth: 'teach', cometh: 'come',
      openeth: 'open', visiteth: 'visit', dwelleth: 'dwell', passeth: 'pass', receiveth: 'receive', judgeth: 'judge',
      hateth: 'hate', giveth: 'give', forgetteth: 'forget', trusteth: 'trust', perisheth: 'perish', endureth: 'endure',
      putteth: 'put', heareth: 'hear', taketh: 'take', feareth: 'fear', speaketh: 'speak'
    }
    for (const [archaic, modern] of Object.entries(cases)) expect(stemWord(modernizeWord(archaic, false)), archaic).toBe(stemWord(modern))
  })

  it('reads -est as a verb only after "thou", and keeps superlatives and non-verbs', () => {
    expect(stemWord(modernizeWord('knowest', true))).toBe('know')
    expect(stemWord(modernizeWord('seest', true))).toBe(stemWord('see'))
    expect(modernizeWord('greatest', false)).toBe('greatest')
    expect(modernizeWord('art', true)).toBe('are')
    expect(modernizeWord('art', false)).toBe('art')
    expect(modernizeWord('teeth', false)).toBe('teeth')
    expect(modernizeWord('beneath', false)).toBe('beneath')
    expect(modernizeWord('death', false)).toBe('death')
  })

  it('maps the irregular forms', () => {
    expect(['hath', 'doth', 'saith', 'spake', 'shewed', 'brethren'].map((word) => modernizeWord(word, false))).toEqual(['has', 'does', 'says', 'spoke', 'showed', 'brothers'])
  })
})
