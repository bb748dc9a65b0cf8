/**
 * English or not, for a message in the Latin script (issue 11): by the share of common English
 * function words against those of the other languages users write in. First a reporting split
 * (round seventeen, bench/router/safetyLanguageGroup.ts); since round forty-seven also an operating
 * point: the sentence encoder was trained on English, and on v54 every English crisis was caught
 * while 13 of 15 missed Latin-script crises were in other languages (fusedThresholdFor, scriptGroup.ts).
 * Good enough to separate most messages; not a language identifier.
 */
const ENGLISH_FUNCTION_WORDS = new Set(('i me my mine im ive id ill you your youre he him his she her hers it its we our they them their ' +
  'the a an and or but if so because of to in on at for with from about as by into over after before than then ' +
  'is am are was were be been being do does did dont doesnt didnt have has had can cant could would should will wont ' +
  'not no what how why when where who which that this these those there here just really very too also again some any all'
).split(' '))

// Function words of the other languages in the sets (Spanish, French, German, Portuguese, Italian,
// Dutch, Indonesian, Tagalog, romanised Hindi and Japanese); words shared with English left out.
const OTHER_FUNCTION_WORDS = new Set(('el la los las que y del en un una mi tu se por para con es muy pero como yo ya hoy esta este ' +
  'le les et est je suis il elle ne pas du des mon ma ce qui avec pour une au ' +
  'der die das und ich du er sie nicht ist ein eine mein meine mit von zu auf den dem ' +
  'eu meu minha nao voce com uma os ao da do e ' +
  'il di che non sono ho mi io lo gli della ' +
  'ik het een niet mijn en van op ' +
  'saya aku dan yang tidak ini itu di ke dari ' +
  'ako ko na ang ng sa mga hindi ' +
  'hai hoon hain mera meri mujhe aur nahi kya ka ki ke yaar bahut ' +
  'wa ga ni desu masu shinitai'
).split(' '))

/** 'English' when more of the words are English function words than other languages' (a message with neither: when it is plain ASCII). */
export function languageGroup(text: string): 'English' | 'not English' {
  const words = text.toLowerCase().replace(/['’]/gu, '').normalize('NFKD').replace(/\p{M}+/gu, '').match(/\p{L}+/gu) ?? []
  const english = words.filter((word) => ENGLISH_FUNCTION_WORDS.has(word)).length
  const other = words.filter((word) => OTHER_FUNCTION_WORDS.has(word)).length
  if (english === 0 && other === 0) return /^[\x00-\x7f\p{Extended_Pictographic}\s]*$/u.test(text) ? 'English' : 'not English'
  return english > other ? 'English' : 'not English'
}
