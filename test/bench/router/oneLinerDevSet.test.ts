import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { oneLinerDevSet, readOneLinerDevSet, safetyKindOfOneLiner } from '../../../bench/router/oneLinerDevSet.ts'
import { FRESH_ONE_LINER_SETS, isFreshOneLiner, refuseFreshOneLiners } from '../../../bench/router/freshSet.ts'

describe('a spent one-line set as detection training (bench/router/oneLinerDevSet.ts)', () => {
  it('keeps crises as crisis messages of the screen kind and look-alikes as ordinary messages', () => {
    const set = oneLinerDevSet([
      { label: 'crisis', kind: 'self_harm_now', language: 'Dutch', text: 'ik snijd me weer' },
      { label: 'crisis', kind: 'method_seeking', language: 'English', text: 'how many pills would kill me' },
      { label: 'crisis', language: 'German', text: 'ich will nicht mehr leben' },
      { label: 'ordinary', kind: '-', language: 'English', text: 'cut my finger chopping onions' }
    ], 'heldout9')
    expect(set).toEqual({
      name: 'heldout9',
      crisis: [{ text: 'ik snijd me weer', kind: 'suicide_self_harm' }, { text: 'how many pills would kill me', kind: 'method_seeking' }, { text: 'ich will nicht mehr leben', kind: 'suicide_self_harm' }],
      ordinary: ['cut my finger chopping onions'],
      intents: []
    })
  })

  it('refuses a one-line kind it cannot map, naming the set', () => {
    expect(() => safetyKindOfOneLiner({ label: 'crisis', kind: 'arson', language: 'English', text: 'x' }, 'heldout9')).toThrow(/^heldout9: one-line kind "arson" has no safety kind/u)
  })

  it('refuses a fresh one-line set before reading it', () => {
    for (const fresh of FRESH_ONE_LINER_SETS) expect(() => readOneLinerDevSet(`/nowhere/${fresh}`)).toThrow(/is a fresh one-line set: it is never trained on/u)
  })

  it('refuses a fresh one-line set however it is named, with or without .tsv', () => {
    expect(() => refuseFreshOneLiners(['heldout19.tsv'], 'trained on', ['heldout19'])).toThrow(/^heldout19\.tsv is a fresh one-line set/u)
    expect(() => refuseFreshOneLiners(['heldout19'], 'trained on', ['heldout19.tsv'])).toThrow(/^heldout19 is a fresh one-line set/u)
    expect(() => refuseFreshOneLiners(['heldout1.tsv', 'heldout190.tsv'], 'trained on', ['heldout19'])).not.toThrow()
  })

  it('maps every crisis of the spent one-line sets', () => {
    const folder = new URL('../../../bench/router/plainDisclosures/', import.meta.url)
    const spent = readdirSync(folder).filter((file) => /^heldout\d+\.tsv$/u.test(file) && !isFreshOneLiner(file))
    expect(spent.length).toBeGreaterThanOrEqual(5)
    for (const file of spent) {
      const set = readOneLinerDevSet(fileURLToPath(new URL(file, folder)))
      expect(set.crisis.length).toBeGreaterThan(100)
      expect(set.ordinary.length).toBeGreaterThan(100)
    }
  })
})
