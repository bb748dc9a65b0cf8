import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { scrubPii, type PiiType } from '../../../scripts/dataset/scrubPii.ts'

interface Labelled { split: 'dev' | 'heldout'; text: string; pii: { type: PiiType; text: string }[] }

const fixture: Labelled[] = readFileSync(new URL('./fixtures/piiLabelled.jsonl', import.meta.url), 'utf8')
  .split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as Labelled)

/** Span-level scores: a label is found when a redaction of its type overlaps it; a redaction is right when it overlaps a label of its type. */
function score(rows: readonly Labelled[]) {
  let labels = 0
  let found = 0
  let redactions = 0
  let correct = 0
  for (const row of rows) {
    const spans = row.pii.map((label) => {
      const start = row.text.indexOf(label.text)
      if (start === -1) throw new Error(`label "${label.text}" not in "${row.text}"`)
      return { ...label, start, end: start + label.text.length }
    })
    const { redactions: made } = scrubPii(row.text)
    labels += spans.length
    redactions += made.length
    found += spans.filter((span) => made.some((r) => r.type === span.type && r.start < span.end && span.start < r.end)).length
    correct += made.filter((r) => spans.some((span) => r.type === span.type && r.start < span.end && span.start < r.end)).length
  }
  return { labels, redactions, precision: redactions === 0 ? 1 : correct / redactions, recall: labels === 0 ? 1 : found / labels }
}

describe('scrubPii', () => {
  it('replaces each kind with its placeholder', () => {
    expect(scrubPii('I am Ana, write to ana@example.com or call +1 415-555-0199').text).toBe('I am [NAME], write to [EMAIL] or call [PHONE]')
    expect(scrubPii('card 4111 1111 1111 1111 at 42 Willow Street').text).toBe('card [CARD] at [ADDRESS]')
  })

  it('leaves verse references, years, times, amounts and non-Luhn digit runs alone', () => {
    for (const text of ['Proverbs 3:5 and Job 38:4', 'In 1917, at 10:30', 'it cost 1,250.00', 'order 1234 5678 9012 3456']) {
      expect(scrubPii(text).redactions).toEqual([])
    }
  })

  it('redacts SSNs, checksummed IBANs, fullwidth phones and e-mails, lower-case names after "my name is" and lower-case streets', () => {
    expect(scrubPii('my SSN 123-45-6789 leaked').text).toBe('my SSN [SSN] leaked')
    expect(scrubPii('all in GB82 WEST 1234 5698 7654 32 and more').text).toBe('all in [IBAN] and more')
    expect(scrubPii('IBAN DE89370400440532013000.').text).toBe('IBAN [IBAN].')
    expect(scrubPii('call ０７７００ ９００１２３ now').text).toBe('call [PHONE] now')
    expect(scrubPii('write to ana.lopez＠gmail.com').text).toBe('write to [EMAIL]')
    expect(scrubPii('Hello, my name is ana lopez and I feel lost').text).toBe('Hello, my name is [NAME] and I feel lost')
    expect(scrubPii('MY NAME IS Ana').text).toBe('MY NAME IS [NAME]')
    expect(scrubPii('past 14 rue des lilas where').text).toBe('past [ADDRESS] where')
    expect(scrubPii('I live at 42 willow street now').text).toBe('I live at [ADDRESS] now')
  })

  it('leaves look-alikes of those shapes alone: bad IBAN checksums, impossible SSNs, ordinary lower-case phrases', () => {
    for (const text of [
      'GB82 WEST 1234 5698 7654 33', 'AB12 CDEF GHIJ KLMN', '000-12-3456 and 666-12-3456 and 123-00-4567', 'my name is not important', 'my name is on the lease',
      'I walked 3 miles down the road', 'it took 2 hours along the lane', 'I sent 3 via email', 'call me tomorrow', 'Psalm 23 and John 3:16'
    ]) {
      expect(scrubPii(text).redactions).toEqual([])
    }
  })

  // Figures reported in the closing note; the held-out half was written with the dev half, before
  // the scrubber, and never used to change it.
  it('scores on the labelled fixture (dev and held-out halves)', () => {
    const dev = score(fixture.filter((row) => row.split === 'dev'))
    const heldout = score(fixture.filter((row) => row.split === 'heldout'))
    console.log(`PII fixture dev: ${JSON.stringify(dev)}; held-out: ${JSON.stringify(heldout)}`)
    expect(dev.recall).toBeGreaterThanOrEqual(0.9)
    expect(dev.precision).toBeGreaterThanOrEqual(0.9)
    expect(heldout.recall).toBeGreaterThanOrEqual(0.75)
    expect(heldout.precision).toBeGreaterThanOrEqual(0.75)
  })
})
