import { describe, expect, it } from 'vitest'
import { createContaminationCheck } from '../../../scripts/dataset/createContaminationCheck.ts'
import { foldConfusables } from '../../../scripts/dataset/foldConfusables.ts'
import { minHashSignature, estimateJaccard } from '../../../scripts/dataset/minHash.ts'
import { normalizeText, readableWords } from '../../../scripts/dataset/normalizeText.ts'

const CYRILLIC: Record<string, string> = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', i: 'і' }
const GREEK: Record<string, string> = { A: 'Α', B: 'Β', E: 'Ε', H: 'Η', o: 'ο', i: 'ι' }

describe('normalizeText', () => {
  it('folds Cyrillic and Greek look-alikes, fullwidth letters and invisible characters to the Latin text', () => {
    const sentence = 'Every piece of advice says accept the pain'
    expect(normalizeText(sentence.replace(/[aeopcxyi]/g, (letter) => CYRILLIC[letter]!))).toBe(normalizeText(sentence))
    expect(normalizeText('ΑΒΕΗ οι')).toBe('abeh oi')
    expect(normalizeText(`li\u200bfe wo\u00adrth liv\u2060ing`)).toBe('life worth living')
    expect(normalizeText('ｌｉｆｅ')).toBe('life')
    expect(foldConfusables(`${GREEK.H}${GREEK.E}ll${GREEK.o}`)).toBe('HEllo')
  })

  it('keeps Latin text as before and shows words unfolded where they are read', () => {
    expect(normalizeText('The *unexamined* life — is it “worth” living?')).toBe('the unexamined life is it worth living')
    expect(readableWords('Ψυχή and σοφία')).toEqual(['ψυχή', 'and', 'σοφία'])
  })

  it('lets the contamination check and MinHash see a look-alike copy as the same text', () => {
    const evaluation = 'lately i keep thinking that everyone around me would be better off without me here'
    const disguised = evaluation.replace(/[aeopcxyi]/g, (letter) => CYRILLIC[letter]!)
    expect(createContaminationCheck([{ file: 'heldout.json', text: evaluation }]).find(disguised)).toMatchObject({ evaluationFile: 'heldout.json' })
    expect(estimateJaccard(minHashSignature(evaluation), minHashSignature(disguised))).toBe(1)
  })
})
