import { describe, expect, it } from 'vitest'
import { EMERGENCY_ACROSS_LANGUAGES } from '../../../../../orchestrator/maia/intent/safety/emergencyAcrossLanguages.ts'
import { SAFETY_RULES, screenForSafety } from '../../../../../orchestrator/maia/intent/safety/screenForSafety.ts'

const kindOf = (text: string) => screenForSafety(text, EMERGENCY_ACROSS_LANGUAGES).kind

// Someone else's emergency now, per language family: each must match as third_party_emergency.
const THIRD_PARTY: Record<string, readonly string[]> = {
  romance: [
    'perdona la pregunta del tarot, mi padre está en el suelo y no respira',
    'mon mari s\'est effondré dans la cuisine et ne respire presque plus',
    'mio fratello è caduto dal terrazzo e non si muove',
    'minha amiga tomou uma caixa inteira de remédios e não acorda',
    'prietena mea a înghițit toate pastilele și nu reacționează'
  ],
  germanicNordic: [
    'meine Mutter ist bewusstlos im Bad, was soll ich tun',
    'mijn vader is in elkaar gezakt en ademt nauwelijks',
    'min pappa andas inte och vaknar inte',
    'min søster er bevidstløs på gulvet'
  ],
  finnoUgricBaltic: [
    'ystäväni on tajuton eikä herää',
    'az apám összeesett a konyhában és nem lélegzik rendesen',
    'mano draugas iškrito pro balkoną ir nejuda',
    'mans brālis ir bezsamaņā un neelpo'
  ],
  slavic: [
    'mój tata leży i nie oddycha',
    'kamarát zjedol celé balenie tabliet a teraz nereaguje',
    'moja sestra je bez svijesti',
    'мой муж без сознания и еле дышит',
    'мама не дихає, що робити'
  ],
  otherLatin: [
    'babam yere yığıldı ve nefes almıyor',
    'shoku im nuk merr frymë',
    'baba yangu hapumui na amezimia',
    'umngane wami akaphefumuli',
    'ang tatay ko ay walang malay',
    'ayah saya pingsan dan tidak bernapas',
    'bố tôi bất tỉnh, không thở'
  ],
  otherScripts: [
    'ο πατέρας μου δεν αναπνέει',
    'أبي فاقد الوعي ولا يتنفس',
    'پدرم بیهوش شده',
    'אבא שלי לא נושם',
    'मेरे पापा बेहोश हैं और सांस नहीं ले रहे',
    'আমার বাবা অজ্ঞান',
    'அப்பா மயங்கி விழுந்தார், மூச்சு இல்லை',
    'พ่อหมดสติ ไม่หายใจ',
    'მამა არ სუნთქავს',
    'հայրս չի շնչում',
    'አባቴ ራሱን ስቷል',
    '我爸爸突然晕倒了，没有呼吸',
    '父が倒れて意識がない',
    '아빠가 쓰러졌어요 숨을 안 쉬어요'
  ]
}

// The writer's own body now: each must match as medical_emergency.
const OWN: Record<string, readonly string[]> = {
  breathing: ['no puedo respirar, se me cierra la garganta', 'ich bekomme keine Luft', 'nie mogę oddychać', 'не могу дышать', 'nefes alamıyorum', 'لا أستطيع التنفس', '喘不过气来', '息ができない'],
  chest: ['tengo dolor en el pecho que baja al brazo', 'Brustschmerzen, die in den linken Arm ziehen', 'боль в груди отдает в руку', 'isifuba sibuhlungu kakhulu futhi ngedwa ekhaya', 'ألم في صدري يمتد إلى ذراعي'],
  headache: ['dolor de cabeza repentino y cuello rígido', 'صداع شديد مفاجئ ورقبتي متيبسة', 'plötzliche Kopfschmerzen und steifer Nacken'],
  snake: ['me mordió una víbora y la pierna está hinchada', 'gyvatė įkando, koja tinsta ir svaigsta galva', 'mi ha morso una vipera e la gamba è gonfia', 'укусила змея, нога опухла'],
  fall: ['leestem a létráról és nem érzem a lábam', 'spadłem z drabiny i nie czuję nóg', 'je suis tombé du toit et je ne sens plus mes jambes'],
  faceAndSpeech: ['mein Gesicht hängt auf einer Seite', 'un lado de la cara se me cae', 'половина лица онемела', 'язык заплетается'],
  blood: ['vomito sangre', 'kan kusuyorum']
}

// Look-alikes that must not match: the past, the resolved, study, idioms, pets.
const LOOK_ALIKES: readonly string[] = [
  // past and resolved
  'mi abuelo se desmayó en 1998 en la boda',
  'ayer mi madre se desmayó, pero el médico dijo que era la tensión',
  'mon père s\'est évanoui l\'année dernière, il va bien maintenant',
  'meine Oma war bewusstlos, aber jetzt geht es ihr wieder gut und sie ist wieder zu Hause, der Arzt sagte es war der Kreislauf',
  'wczoraj tata zasłabł, lekarz powiedział, że to odwodnienie',
  'kemarin adik saya pingsan, sekarang sudah sehat',
  'вчера муж потерял сознание, врач сказал ничего страшного',
  '上周我爸晕倒了，现在已经没事了',
  'เมื่อวานแม่หมดสติ ตอนนี้ปลอดภัยแล้ว',
  'babam geçen yıl bayıldı, şimdi iyi',
  // study, first aid, dreams
  'curso de primeros auxilios: qué hacer si alguien está inconsciente',
  'Erste-Hilfe-Kurs: was tun wenn jemand bewusstlos ist',
  'pertolongan pertama jika seseorang pingsan',
  'ما هي أعراض فقدان الوعي',
  'я видела во сне, что мама без сознания',
  // idioms and everyday
  'me muero de risa con mi hermano',
  'mi hermano no responde a mis mensajes',
  'mio fratello non risponde quando mi arrabbio',
  'le chat ne bouge plus, il dort au soleil',
  'mi perro no se mueve del sofá',
  'ich kann vor Lachen nicht mehr',
  'dolor de espalda después del yoga',
  'meine Freundin hat eine ganze Packung Kekse gegessen, haha',
  '朋友送了我一整盒月饼，太开心了',
  'mi amigo se tomó una caja entera de bombones',
  'how do I pray for my mother who is in hospital',
  'what does the Tower card mean for my father'
]

describe('EMERGENCY_ACROSS_LANGUAGES', () => {
  it('is part of SAFETY_RULES', () => {
    const names = new Set(SAFETY_RULES.map((safetyRule) => safetyRule.name))
    for (const safetyRule of EMERGENCY_ACROSS_LANGUAGES) expect(names.has(safetyRule.name)).toBe(true)
  })

  for (const [family, texts] of Object.entries(THIRD_PARTY)) {
    it.each(texts)(`someone else in danger now (${family}): %s`, (text) => {
      expect(kindOf(text)).toBe('third_party_emergency')
    })
  }

  for (const [state, texts] of Object.entries(OWN)) {
    it.each(texts)(`own body in danger now (${state}): %s`, (text) => {
      expect(kindOf(text)).toBe('medical_emergency')
    })
  }

  it.each(LOOK_ALIKES)('leaves alone the past, the resolved, study and idioms: %s', (text) => {
    expect(screenForSafety(text, EMERGENCY_ACROSS_LANGUAGES).flagged).toBe(false)
  })

  it('stays fast on a long ordinary message', () => {
    const long = 'Tell me about the moon and the tides, and what the stars say about this month. '.repeat(60)
    const start = performance.now()
    for (let index = 0; index < 20; index++) screenForSafety(long, EMERGENCY_ACROSS_LANGUAGES)
    expect((performance.now() - start) / 20).toBeLessThan(50)
  })
})
