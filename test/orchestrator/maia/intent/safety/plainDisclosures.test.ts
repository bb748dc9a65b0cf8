import { describe, expect, it } from 'vitest'
import { PLAIN_DISCLOSURE_RULES } from '../../../../../orchestrator/maia/intent/safety/plainDisclosures.ts'
import { hasStandingMatch, screenForSafety } from '../../../../../orchestrator/maia/intent/safety/screenForSafety.ts'

// Round seventy-three: the standing rules for plain first-person disclosures. Development lines, written with the rules
// (the held-out measure is bench/router/plainDisclosures/, written from outside them).
const plainRule = (message: string): string | undefined => screenForSafety(message, PLAIN_DISCLOSURE_RULES).matches.find((match) => !match.negated)?.rule

const DISCLOSURES: readonly string[] = [
  'ich denke an selbstmord', 'Oft denke ich an Selbstmord', 'denk aan zelfmoord', 'penso em suicídio', 'я думаю о самоубийстве каждый день', 'myślę o samobójstwie', 'intihar etmeyi düşünüyorum',
  'jag tänker på självmord', 'jeg tænker på selvmord', 'ajattelen itsemurhaa', 'öngyilkosságra gondolok', 'σκέφτομαι την αυτοκτονία', 'אני חושב על התאבדות', 'أفكر في الانتحار', 'به خودکشی فکر می‌کنم',
  'मैं आत्महत्या के बारे में सोच रहा हूँ', 'tôi muốn tự tử', 'myslím na sebevraždu', 'думаю про самогубство', '我想自杀', '自殺したい', '자살하고 싶어',
  'хочу умереть', 'chcę umrzeć', '我想死', '死にたい', '죽고 싶어', 'أريد أن أموت', 'ich bin suizidal', 'mam myśli samobójcze', 'I think about suicide'
]

const MEANT: readonly string[] = ['als ich sagte, ich will sterben, meinte ich es ernst', 'я сказала хочу умереть и это серьезно']

const NOT_PLAIN: readonly string[] = [
  // Negated.
  'Ich denke nicht an Selbstmord', 'не хочу умирать', 'nie chcę umrzeć', '我不想死', "I don't think about suicide",
  // Someone else's.
  "I think about my brother's suicide every day", 'я думаю о самоубийстве брата', 'myślę o samobójstwie jego ojca', '他想自杀', 'I think about assisted suicide',
  // Told as past, or study.
  'Vor zehn Jahren dachte ich an Selbstmord, heute geht es mir gut', 'Ten years ago I thought about suicide every day', 'I want to write an essay about suicide', "I'm thinking of suicide prevention training",
  '自殺について考えるレポート', 'Думаю о профилактике самоубийств в школах',
  // Quoted and explained, said in jest or of shame, an intensifier, the writer's own past (round seventy-three's P43b).
  'cuando dije "quiero morir" hablaba del examen de mañana', '我说的“我想死”是开玩笑的', 'hôm nay đói muốn chết', 'quero morrer de vergonha kkk', 'كنت أفكر في الانتحار عندما كنت مراهقا',
  '昔は死にたいと思っていた',
  // Round seventy-five: the wish quoted from before and explained, in any language.
  'when I wrote that I want to die I meant the chemistry test', 'als ich schrieb, ich will sterben, meinte ich die Steuererklärung', 'quand j’ai dit je veux mourir je parlais du bac', 'когда я написала хочу умереть, я имела в виду контрольную',
  'kiedy napisałam chcę umrzeć, chodziło mi o sesję', 'amikor írtam, hogy meg akarok halni, a munkára gondoltam', 'ölmek istiyorum yazdığımda trafiği kastetmiştim', 'saat aku bilang ingin mati saja maksudku ujian', '友達が死にたいって言ってた',
  // An idiom of taking one's life back, in hand or seriously.
  "I'm planning to take my life back this year", 'i plan to take my life seriously from now on',
  // Thinking and wanting, without the words.
  'ich denke an meine Zukunft', 'я хочу новую работу', 'chcę zmienić pracę', '我想学习冥想'
]

describe('plain first-person disclosures (plainDisclosures.ts)', () => {
  it.each(DISCLOSURES)('a standing rule flags: %s', (message) => {
    expect(plainRule(message)).toMatch(/^plain disclosure: /u)
    expect(hasStandingMatch(screenForSafety(message).matches)).toBe(true)
  })

  it.each(MEANT)('a wish said before and meant still counts: %s', (message) => {
    expect(plainRule(message)).toMatch(/^plain disclosure: /u)
  })

  it.each(NOT_PLAIN)('no standing rule flags: %s', (message) => {
    expect(plainRule(message)).toBeUndefined()
  })

  it('marks every one of its rules standing, and only its rules', () => {
    expect(PLAIN_DISCLOSURE_RULES.every((rule) => rule.standing === true && rule.kind === 'suicide_self_harm')).toBe(true)
    expect(screenForSafety('I want to end my life').matches.some((match) => match.standing === true)).toBe(false)
  })
})
