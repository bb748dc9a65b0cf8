/**
 * English or not, for a message in the Latin script (issue 11): by the share of common English
 * function words against those of the other languages users write in. First a reporting split
 * (round seventeen, bench/router/safetyLanguageGroup.ts); since round forty-seven also an operating
 * point: the sentence encoder was trained on English, and on v54 every English crisis was caught
 * while 13 of 15 missed Latin-script crises were in other languages (fusedThresholdFor, scriptGroup.ts).
 * Good enough to separate most messages; not a language identifier. Round fifty-six: on v63 five missed crises in
 * Hungarian, Slovak and Lithuanian were read as English (their article or conjunction "a" is the English "a"; an
 * all-ASCII Lithuanian line has no function word the lists knew), so they were held to the English threshold. The
 * lists now also hold the function words of the other Latin-script languages the sets have used (central and
 * eastern European, Nordic, Baltic, Turkish, Albanian, Swahili, Zulu, Vietnamese without its marks), and a word
 * written with a letter English does not use (ő, ų, ş, ă…) counts half a word of another language.
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
  'wa ga ni desu masu shinitai ' +
  // Round fifty-six. Left out because English uses them too (a word, a name or a spelling without its apostrophe): a,
  // i, no, to, on, is, be, me, ma, pa, ya, ha, man, bet, see, most, mint, meg, so, do, am, by, as, per, im, til, eg,
  // ale, mam, mitt, vid, mans, mana, sam, ben, ali, mina, kanye. Matched after accents are stripped (és → es, że → ze).
  // Hungarian
  'hogy nem az egy ez csak mert vagy nagyon mar fel ' +
  // Polish, Czech, Slovak
  'nie sie ze jest jak mnie ja ty juz tak czy co moj moja bo tylko zeby jestem je sa som ako aj len uz ked kdyz jsem jsi neni prosim velmi moc ' +
  // Croatian, Serbian, Slovenian, Bosnian
  'se da ne ti moj sta sto kako jer sem nisem ili kao ' +
  // Lithuanian, Latvian, Estonian
  'ir kad nuo yra mano tai jau kaip labai mane jis ji dar tik nes un ar es vai loti tas kas vina nav ei et mu oma kui aga vaga ka mis olen sa ' +
  // Romanian, Albanian
  'si nu este ce cu pe foarte dar cand meu mea dhe nje ne nuk jam eshte ime qe ' +
  // Turkish
  'bir ve bu sen cok ama icin gibi benim simdi artik diye ' +
  // Nordic: Swedish, Norwegian, Danish, Icelandic, Finnish
  'och det att jag ar som inte og ikke jeg ekki thad minn ja ei etta sina mutta kun niin myos nyt minun ' +
  // Swahili, Zulu, Hausa, Yoruba; Vietnamese written without its marks
  'na wa ni kwa za kama sana mimi wewe yangu hii lakini kwamba futhi ukuthi kodwa ngoba wena yami kakhulu manje uma ba mo ti ko toi khong va cua nhung duoc'
).split(' '))

/** A letter of the Latin script that English words do not carry (ő, ų, ş, ă, ß, ð…): a word with one is most likely another language's. */
const LETTER_ENGLISH_DOES_NOT_USE = /[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]/u

/** 'English' when more of the words are English function words than other languages' (a message with neither: when it is plain ASCII). */
export function languageGroup(text: string): 'English' | 'not English' {
  const written = text.toLowerCase().replace(/['’]/gu, '').normalize('NFC').match(/[\p{L}\p{M}]+/gu) ?? []
  const words = written.map((word) => word.normalize('NFKD').replace(/\p{M}+/gu, ''))
  const english = words.filter((word) => ENGLISH_FUNCTION_WORDS.has(word)).length
  // A borrowed "café" or a name like "José" in an English message weighs half a word against its English function words.
  const marked = written.filter((word, index) => LETTER_ENGLISH_DOES_NOT_USE.test(word) && !OTHER_FUNCTION_WORDS.has(words[index]!)).length
  const other = words.filter((word) => OTHER_FUNCTION_WORDS.has(word)).length + marked / 2
  if (english === 0 && other === 0) return /^[\x00-\x7f\p{Extended_Pictographic}\s]*$/u.test(text) ? 'English' : 'not English'
  return english > other ? 'English' : 'not English'
}
