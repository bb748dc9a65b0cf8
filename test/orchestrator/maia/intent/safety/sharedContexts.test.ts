import { describe, expect, it } from 'vitest'
import { screenForSafety, SAFETY_RULES } from '../../../../../orchestrator/maia/intent/safety/screenForSafety.ts'
import { TOLD_AS_PAST_RULES } from '../../../../../orchestrator/maia/intent/safety/toldAsPast.ts'
import { GOING_SOMEWHERE_RULES } from '../../../../../orchestrator/maia/intent/safety/goingSomewhere.ts'
import { SAID_IN_JEST_RULES } from '../../../../../orchestrator/maia/intent/safety/saidInJest.ts'
import { AT_A_DISTANCE_RULES } from '../../../../../orchestrator/maia/intent/safety/atADistance.ts'

// Messages written for these tests (not in the training or development sets).
describe('recovery told as history (toldAsPast.ts)', () => {
  it('names only rules that exist', () => {
    const names = new Set(SAFETY_RULES.map((rule) => rule.name))
    for (const name of [...TOLD_AS_PAST_RULES, ...GOING_SOMEWHERE_RULES, ...SAID_IN_JEST_RULES, ...AT_A_DISTANCE_RULES]) expect(names.has(name), name).toBe(true)
  })

  it.each([
    'three years free from self harm this month and I feel proud, a small ritual to mark it?',
    'my suicide attempt was in 2012, I am doing well now and want to volunteer on a crisis line',
    'six months since my attempt and I feel good, help me write a letter to my past self',
    'my cousin was suicidal last year and is much better now, how do I stop tiptoeing around her'
  ])('the rules leave a recovered story to the learned screen: %s', (message) => {
    expect(screenForSafety(message).flagged).toBe(false)
  })

  it.each([
    'three years free from self harm but I cut again tonight',
    'six months since my attempt, I am fine, but I keep thinking about ending it',
    'a year since my suicide attempt and the urges are back',
    'I was suicidal in 2019, therapy helped, now I have a plan for Friday',
    'two years clean and I relapsed on self harm yesterday',
    'my suicide attempt was in 2012 and I am not okay, I want to die'
  ])('a past marker does not hide a present crisis: %s', (message) => {
    expect(screenForSafety(message).flagged).toBe(true)
  })
})

describe('a goodbye that is a trip (goingSomewhere.ts)', () => {
  it.each([
    'last message before my week-long digital detox, see you on Sunday!',
    'said goodbye to everyone at work, moving to Lisbon next month for a new job',
    'I will be gone for three weeks on a meditation retreat, keep my streak?'
  ])('the goodbye rules leave a trip alone: %s', (message) => {
    expect(screenForSafety(message).flagged).toBe(false)
  })

  it.each([
    'this is my last message. see you on the other side',
    'said goodbye to everyone, flying away tonight with the pills I saved',
    'this is goodbye, I am going to the bridge tonight',
    'this is my last message before my detox, goodbye forever everyone'
  ])('a crisis word keeps the goodbye rules on: %s', (message) => {
    expect(screenForSafety(message).flagged).toBe(true)
  })
})

// Round eighteen: the same contexts in the other languages the rules cover, and the recovery
// phrasings round seventeen missed.
describe('recovery told as history, round eighteen (toldAsPast.ts)', () => {
  it.each([
    'hace cinco años intenté suicidarme y hoy estoy bien, quiero dar las gracias',
    'dieci anni fa ho tentato il suicidio, ora sto bene e vorrei aiutare altri',
    'I used to self harm in college. I don\'t anymore, and I want to write about what helped',
    'I relapsed on self harm in 2020 but I have been okay for two years now'
  ])('the rules leave a recovered story to the learned screen: %s', (message) => {
    expect(screenForSafety(message).flagged).toBe(false)
  })

  it.each([
    'hace cinco años intenté suicidarme y hoy quiero morir otra vez',
    'I used to self harm and I started cutting again this week',
    'I relapsed on self harm last night and I cant stop',
    'used to be happy, not anymore. I want to die'
  ])('a past marker does not hide a present crisis: %s', (message) => {
    expect(screenForSafety(message).flagged).toBe(true)
  })
})

describe('an exaggeration about something trivial (saidInJest.ts)', () => {
  it.each([
    'voy a matar a mi hermano, se comió mi pizza otra vez jajaja',
    'if my boss schedules one more meeting I will kms lol',
    'ich bring meinen Bruder um, er hat meine Schokolade gegessen 😂',
    'mi ammazzo dal ridere con questo video',
    'je veux tuer ma flemme avant les examens'
  ])('the idiom rules leave a joke about a trivial thing alone: %s', (message) => {
    expect(screenForSafety(message).flagged).toBe(false)
  })

  it.each([
    'homework is too much lol, I want to kill myself tonight',
    'kms lol no fr this homework is the last straw, i have the pills ready',
    'haha exams are over, tonight I am going to kill myself',
    'I\'m going to kill my brother, not joking, he ate my food and I have a knife',
    'lol i want to die, not even about homework, i mean it',
    'my teen said kms about homework lol, but she means it, she has been cutting'
  ])('a laugh and a trivial cause do not hide what is meant: %s', (message) => {
    expect(screenForSafety(message).flagged).toBe(true)
  })
})

describe('crisis words held at a distance (atADistance.ts)', () => {
  it.each([
    'for my sociology essay, why are suicide rates higher among men?',
    'what does buddhism teach about suicide? preparing a class on compassion',
    'my aunt died by suicide in 2015, how do I light a candle for her on her birthday',
    'my 8 year old asked if grandma is going to die, how do I answer without scaring her'
  ])('the word rules leave a subject, a loss or calm reported words alone: %s', (message) => {
    expect(screenForSafety(message).flagged).toBe(false)
  })

  it.each([
    'my brother died by suicide and I want to join him tonight',
    'for my essay on suicide, what is the most painless way to die',
    'my friend lost her dad to suicide and now she says she wants to die too, she has pills',
    'my sister died by suicide last month and I keep thinking about killing myself',
    'my teen keeps saying kms about homework, she laughed but I think she means it'
  ])('a distance frame does not hide a risk brought near: %s', (message) => {
    expect(screenForSafety(message).flagged).toBe(true)
  })
})
