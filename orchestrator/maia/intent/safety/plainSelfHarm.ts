import { alt } from './lexicon.ts'
import { rule, type SafetyRule } from './SafetyRule.ts'
import { CLAUSE, inside, NEGATORS, notNegatedBy, stem, word } from './anyScriptWords.ts'
import { AT_A_DISTANCE } from './atADistance.ts'
import { SAID_IN_JEST } from './saidInJest.ts'
import { TOLD_AS_PAST } from './toldAsPast.ts'

/*
 * Round seventy-four (issue 11): two crises said plainly in one line that the rules named only in English and in a few
 * Romance languages, and that the learned score, trained mostly on English, read as calm everywhere else:
 *
 *  1. Self-harm told in the first person and the present, as an act in progress or a habit ("ich ritze mich", "je me
 *     scarifie tous les soirs", "режу себе руки", "我一直在自残", "リスカしてる", "자해하고 있어").
 *  2. A question for the lethal amount of a medicine ("wie viele Tabletten sind tödlich", "сколько таблеток
 *     смертельная доза", "吃多少安眠药会死").
 *
 * Both are written as plainDisclosures.ts's rules are: from each language's grammar, not from messages. A self-harm
 * act counts in the first-person present, progressive or habitual form, which most of these languages mark apart from
 * the third person and the past (ritze / ritzt / ritzte, режу / режет / резала, kesiyorum / kesiyor / kestim); in
 * languages that mark no person (Chinese, Japanese, Korean, Indonesian) no one else may be named just before it. A past
 * form counts only with "again" (a relapse is now). Acts that are also everyday mishaps (burning, hitting, scratching,
 * biting, and cutting where it is also a haircut or a slice of bread) count only with a sign of self-harm in the same
 * clause: a blade, blood or bruises, on purpose, every night, again, since weeks, not being able to stop.
 */

/** A word in any script, with its marks (Devanagari vowel signs are marks). */
const ANY_WORD = '[\\p{L}\\p{M}]+'
/** Up to `n` words of slack. */
const words = (n: number): string => `(?:${ANY_WORD} ){0,${n}}`
/** `a` then `b` within `span` characters of one clause. */
const within = (a: string, b: string, span: number): string => `(?:${a})${CLAUSE}{0,${span}}(?:${b})`
/** Persian's present prefix, written joined, spaced or with a zero-width non-joiner ("می‌کنم", "می کنم", "میکنم"). */
const mi = (...verbs: readonly string[]): string => `(?:${word(...verbs.map((verb) => `می ${verb}`), ...verbs.map((verb) => `می‌${verb}`), ...verbs.map((verb) => `می${verb}`))})`

// ---------------------------------------------------------------------------------------------------------------
// 1. Self-harm, first person, now
// ---------------------------------------------------------------------------------------------------------------

/** Negators, as words before the act; and in the languages that negate after the verb, just after it. */
const NEGATOR_WORD = word(...NEGATORS, 'ne', 'لم', 'ما', 'hindi')
const NEGATOR_CHARACTER = inside('不', '没', '沒', '別', '别', '안 ', '않', '못 ')
/** No negator among the two words before (or the character just before, in unspaced scripts). */
const NOT_NEGATED = notNegatedBy(NEGATOR_WORD, NEGATOR_CHARACTER)
/** German, Dutch and the Scandinavian languages say "not" after the verb: "ich ritze mich nicht mehr", "ik kras niet meer". */
const NOT_A_MODAL = `(?!${word('kann', 'kan', 'will', 'wil', 'mag', 'möchte', 'moet', 'muss', 'orkar', 'orker', 'klarer', 'klarar', 'magst')})`
const NEGATED_AFTER = `(?!(?: ${ANY_WORD})? ${word('nicht', 'niet', 'inte', 'ikke', 'nie', 'nimmer', 'kaum')})(?!(?: ${NOT_A_MODAL}${ANY_WORD}){0,3} ${word('nicht mehr', 'niet meer', 'inte längre', 'inte mer', 'ikke lenger', 'ikke længere', 'ikke mer', 'ikke mere')})`

/** The arms, wrists, legs and thighs, as the object of cutting in Polish, Czech, Slovak, Russian and Ukrainian (dative "myself" + body). */
const BODY_TO_CUT = word('ręce', 'rękę', 'nadgarstki', 'nadgarstek', 'nogi', 'uda', 'przedramiona', 'brzuch', 'ruce', 'ruku', 'zápěstí', 'nohy', 'stehna', 'předloktí', 'ruky', 'stehná',
  'руки', 'руку', 'вены', 'запястья', 'запястье', 'бедра', 'ноги', 'ногу', 'живот', 'предплечья', 'голени', 'кожу', 'плечо', 'плечи', 'зап ястя', 'стегна', 'передпліччя', 'вени')

/**
 * Acts that only name self-harm: cutting oneself with the languages' own words for it (ritzen, scarifier, krassen,
 * laslas, リスカ), harming or injuring oneself, and the self-harm noun joined to a first-person verb. First person and
 * present (or progressive, or habitual) in each.
 */
const SELF_HARM_ITSELF = alt(
  // English, where the other rules need a time word or a learned score to agree.
  word('i self harm', 'im self harming', 'i am self harming', 'ive been self harming', 'i have been self harming', 'i keep self harming', 'i still self harm', 'i selfharm', 'im selfharming',
    'i harm myself', 'im harming myself', 'i am harming myself', 'ive been harming myself', 'i keep harming myself', 'i injure myself on purpose', 'i hurt myself on purpose', 'i cut myself on purpose',
    'im cutting myself', 'i am cutting myself', 'ive been cutting myself', 'i have been cutting myself', 'i keep cutting myself', 'i still cut myself', 'ive been cutting again', 'im cutting again', 'i started cutting again', 'ive started cutting again', 'i carve into my skin', 'im carving into my skin', 'i keep carving into my'),
  // German: ritzen is only self-harm; sich selbst verletzen is.
  word('ich ritze', 'ich ritz', 'ritze ich', 'ich verletze mich selbst', 'verletze ich mich selbst', 'ich verletze mich absichtlich', 'ich verletze mich selber', 'ich füge mir verletzungen zu', 'ich füge mir selbst verletzungen zu', 'ich füge mir schmerzen zu'),
  `${word('ich habe mich', 'ich hab mich', 'hab mich', 'habe mich')} ${words(3)}${word('wieder', 'schon wieder', 'erneut', 'heute', 'gerade', 'eben')} ${words(2)}${word('geritzt', 'verletzt', 'geschnitten')}`,
  // Dutch: krassen and snijden in oneself, zelfbeschadiging done.
  word('ik kras', 'kras ik', 'ik snijd mezelf', 'ik snij mezelf', 'snijd ik mezelf', 'snij ik mezelf', 'ik snijd in mijn', 'ik snij in mijn', 'ik beschadig mezelf', 'ik verwond mezelf', 'ik ben mezelf aan het snijden', 'ik ben weer aan het krassen', 'ik ben aan het krassen', 'ik doe aan zelfbeschadiging', 'ik heb mezelf weer gesneden', 'ik heb weer gekrast'),
  // French: se scarifier, s'automutiler, se mutiler.
  word('je me scarifie', 'je me mutile', 'je m automutile', 'je suis en train de me scarifier', 'je continue à me scarifier', 'je recommence à me scarifier', 'je recommence à me couper', 'j ai recommencé à me scarifier', 'j ai recommencé à me couper', 'je fais de l automutilation', 'je me blesse exprès', 'je me blesse volontairement', 'je me fais du mal exprès', 'je me fais du mal volontairement'),
  `${word('je me suis')} ${words(1)}${word('encore', 'à nouveau', 'de nouveau', 're')} ${words(1)}${stem('scarifi', 'coupé', 'mutil', 'automutil', 'taillad')}`,
  // Spanish and Portuguese: autolesionarse, automutilarse, cortarse in progress.
  word('me autolesiono', 'me estoy autolesionando', 'estoy autolesionándome', 'sigo autolesionándome', 'me mutilo', 'me automutilo', 'me estoy cortando', 'estoy cortándome', 'sigo cortándome', 'me sigo cortando', 'me hago cortes', 'me volví a cortar', 'me he vuelto a cortar', 'volví a cortarme', 'he vuelto a cortarme',
    'me hago daño a propósito', 'me hago daño adrede', 'me lastimo a propósito', 'me corto a propósito', 'llevo cortándome',
    'estou me cortando', 'tô me cortando', 'to me cortando', 'ando me cortando', 'eu me corto', 'estou me automutilando', 'me automutilando', 'eu me automutilo', 'me machuco de propósito', 'me machuco de proposito', 'voltei a me cortar', 'comecei a me cortar de novo', 'me cortei de novo', 'me cortei outra vez', 'estou me machucando de propósito'),
  `${word('llevo', 'sigo', 'estoy', 'ando', 'me he estado', 'he estado')} ${words(3)}${word('cortándome', 'autolesionándome', 'cortando', 'haciéndome cortes')}`,
  word('tenho me cortado', 'tenho me automutilado', 'eu tenho me cortado', 'ando me machucando de propósito'),
  // Italian and Catalan.
  word('mi autolesiono', 'mi sto tagliando', 'continuo a tagliarmi', 'ho ricominciato a tagliarmi', 'mi taglio di nuovo', 'mi sono tagliata di nuovo', 'mi sono tagliato di nuovo', 'mi sono tagliata ancora', 'mi sono tagliato ancora', 'mi faccio del male apposta', 'mi ferisco apposta', 'mi taglio apposta',
    'm autolesiono', 'em faig talls', 'm estic tallant', 'estic tallant me', 'estic fent me talls', 'he estat fent me talls', 'em faig mal expressament', 'em torno a tallar'),
  // Swedish, Norwegian, Danish: skära sig, skade seg selv, selvskade.
  word('jag självskadar', 'jag skadar mig själv', 'jag skär mig själv', 'jag skär i mig', 'jag skär i armarna', 'jag skär i armen', 'jag skär i benen', 'jag har börjat skära mig igen', 'jag har skurit mig igen', 'jag skär mig igen',
    'jeg skader meg selv', 'jeg skader mig selv', 'jeg selvskader', 'jeg kutter meg', 'jeg skjærer i meg', 'jeg skærer i mig', 'jeg skærer mig', 'jeg har kuttet meg igjen', 'jeg har skåret mig igen', 'jeg kutter meg igjen'),
  // Finnish and Hungarian.
  word('viiltelen', 'viiltelen itseäni', 'satutan itseäni', 'vahingoitan itseäni', 'viillän itseäni', 'viillän käsiäni', 'viillän ranteitani', 'olen taas viillellyt', 'viiltelin taas',
    'vagdosom magam', 'megvágom magam', 'bántom magam', 'sebzem magam', 'önsértő vagyok', 'vagdosom a karom', 'vagdosom a karomat', 'megvágom a karom', 'megvágom a combom', 'megvágom a combomat', 'megvágom a karomat', 'megvágom a csuklóm', 'megvágom a csuklómat'),
  // Romanian.
  word('mă autovătăm', 'mă autorănesc', 'mă automutilez', 'îmi tai mâinile', 'îmi tai brațele', 'îmi tai încheieturile', 'îmi tai picioarele', 'îmi fac rău intenționat', 'îmi fac rău singur', 'îmi fac rău singură', 'm am tăiat din nou', 'm am tăiat iar'),
  // Polish, Czech, Slovak.
  word('tnę się', 'się tnę', 'okaleczam się', 'samookaleczam się', 'się okaleczam', 'znowu się pocięłam', 'znowu się pociąłem', 'znów się pocięłam', 'znów się pociąłem', 'pocięłam się znowu', 'pociąłem się znowu',
    'řežu se', 'se řežu', 'sebepoškozuji se', 'sebepoškozuju se', 'poškozuji se', 'zase jsem se pořezala', 'zase jsem se pořezal', 'režem sa', 'sa režem', 'sebapoškodzujem sa'),
  `${word('tnę sobie', 'tne sobie', 'řežu si', 'režem si', 'режу себе', 'я режу себе', 'ріжу собі', 'я ріжу собі', 'řežu', 'režem', 'режу', 'ріжу', 'tnę')} ${words(1)}${BODY_TO_CUT}`,
  // Russian and Ukrainian.
  `${word('режусь', 'я режусь')}(?! ${word('в', 'во', 'с')})`,
  word('режу себя', 'я себя режу', 'режу руки', 'режу вены', 'режу запястья', 'наношу себе порезы', 'наношу себе раны', 'наношу себе повреждения', 'наношу себе увечья', 'причиняю себе боль', 'причиняю себе вред', 'занимаюсь селфхармом', 'занимаюсь самоповреждением', 'я селфхармлю', 'селфхармлю',
    'опять порезала себя', 'опять порезал себя', 'снова порезала себя', 'снова порезал себя', 'опять порезалась', 'снова порезалась', 'опять порезался', 'снова порезался',
    'ріжу себе', 'я себе ріжу', 'ріжу руки', 'завдаю собі болю', 'завдаю собі шкоди', 'завдаю собі ушкоджень', 'займаюся самоушкодженням', 'знову порізала себе', 'знову порізав себе', 'знову порізалася', 'знову порізався'),
  // Turkish: the progressive -iyorum is the first person now.
  word('kendime zarar veriyorum', 'kendimi kesiyorum', 'kendimi yaralıyorum', 'kendimi jiletliyorum', 'kolumu jiletliyorum', 'kollarımı jiletliyorum', 'kendime zarar vermeye devam ediyorum', 'yine kendimi kestim', 'gene kendimi kestim', 'tekrar kendimi kestim', 'kendimi yine kestim', 'kendimi tekrar kestim'),
  `${word('kolumu', 'kollarımı', 'bileğimi', 'bileklerimi', 'bacağımı', 'bacaklarımı', 'uyluğumu', 'uyluklarımı', 'karnımı', 'derimi', 'kendimi')} ${words(3)}${word('kesiyorum', 'jiletliyorum', 'kesmeye devam ediyorum', 'kesmeye yine başladım', 'kesmeye tekrar başladım', 'kesmeye başladım')}`,
  // Greek.
  word('αυτοτραυματίζομαι', 'κόβω τον εαυτό μου', 'κόβω τα χέρια μου', 'κόβω το χέρι μου', 'κόβω τους καρπούς μου', 'κόβω τα πόδια μου', 'τραυματίζω τον εαυτό μου', 'βλάπτω τον εαυτό μου', 'κάνω κακό στον εαυτό μου', 'ξανά έκοψα τον εαυτό μου', 'έκοψα πάλι τον εαυτό μου'),
  // Arabic (standard, and the Levantine and Egyptian present), Persian, Hebrew.
  word('أجرح نفسي', 'أجرح يدي', 'أجرح ذراعي', 'أجرح معصمي', 'أجرح جسدي', 'أؤذي نفسي', 'اؤذي نفسي', 'أأذي نفسي', 'بأذي نفسي', 'بجرح نفسي', 'بجرح حالي', 'عم اجرح حالي', 'عم أجرح حالي', 'عم أذي حالي', 'أجرح حالي', 'أمارس إيذاء النفس',
    'جرحت نفسي مرة أخرى', 'جرحت نفسي مجددا', 'جرحت نفسي من جديد', 'جرحت نفسي تاني', 'صرت أجرح'),
  `${word('خودمو', 'خودم را', 'خودم رو')} ${word('زخمی')} ${mi('کنم')}`, `${word('به خودم')} ${word('آسیب', 'صدمه')} ${mi('زنم')}`, `${word('خودزنی')} ${mi('کنم')}`,
  word('אני חותך את עצמי', 'אני חותכת את עצמי', 'חותך את עצמי', 'חותכת את עצמי', 'אני פוגע בעצמי', 'אני פוגעת בעצמי', 'פוגע בעצמי', 'פוגעת בעצמי', 'חתכתי את עצמי שוב', 'שוב חתכתי את עצמי'),
  // Hindi (the habitual or progressive with हूं/हूँ is the first person now), and as typed in Latin letters.
  `${word('खुद को', 'ख़ुद को', 'अपने आप को', 'कलाई', 'हाथ', 'बांह', 'बाँह', 'जांघ', 'जाँघ', 'पैर', 'नसें', 'नस')} ${words(3)}${word('काटता', 'काटती', 'काट रहा', 'काट रही', 'नुकसान पहुंचाता', 'नुकसान पहुंचाती', 'नुकसान पहुँचाता', 'नुकसान पहुँचाती', 'नुकसान पहुंचा रहा', 'नुकसान पहुंचा रही', 'नुकसान पहुँचा रहा', 'नुकसान पहुँचा रही', 'चोट पहुंचाता', 'चोट पहुंचाती', 'चोट पहुँचाता', 'चोट पहुँचाती')} ${words(1)}${word('हूं', 'हूँ', 'हु', 'हूॅं')}`,
  word('main khud ko kaatta hoon', 'main khud ko kaatti hoon', 'khud ko kaat raha hoon', 'khud ko kaat rahi hoon', 'khud ko hurt karta hoon', 'khud ko hurt karti hoon', 'self harm karta hoon', 'self harm karti hoon'),
  // Indonesian, Vietnamese, Tagalog.
  `${word('aku', 'saya', 'gue', 'gw', 'gua')} ${words(2)}${word('menyakiti diri', 'melukai diri', 'menyayat tangan', 'menyayat lengan', 'menyayat pergelangan', 'menyayat diri', 'self harm', 'selfharm', 'sh lagi', 'menggores tangan', 'menggores lengan')}`,
  `${word('tôi', 'mình', 'em', 'tao', 'tớ')} ${words(2)}${word('tự làm hại bản thân', 'tự làm hại mình', 'tự hại bản thân', 'tự làm đau bản thân', 'tự làm đau mình', 'rạch tay', 'tự rạch', 'tự cắt tay', 'cứa tay', 'tự hành hạ bản thân')}`,
  // Bengali and Urdu: one's own body cut, first-person progressive or habitual (round seventy-five).
  `${word('নিজেকে', 'নিজের হাত', 'নিজের কব্জি', 'নিজের শরীর')} ${words(1)}${word('কাটছি', 'কাটি', 'ক্ষতি করছি', 'ক্ষতি করি', 'আঘাত করছি')}`,
  `${word('خود کو', 'اپنے آپ کو')} ${words(2)}${word('کاٹ رہا', 'کاٹ رہی', 'کاٹتا', 'کاٹتی', 'نقصان پہنچا رہا', 'نقصان پہنچا رہی', 'نقصان پہنچاتا', 'نقصان پہنچاتی')} ${words(1)}${word('ہوں')}`,
  `${word('khud ko', 'khudko')} ${words(1)}${word('kaat raha', 'kaat rahi', 'kaatta', 'kaatti', 'katta', 'katti')} ${words(1)}${word('hoon', 'hun', 'hu')}`,
  word('najiumiza', 'ninajiumiza', 'najidhuru', 'ninajidhuru', 'lëndoj veten', 'dëmtoj veten', 'po lëndoj veten', 'tu rach tay', 'tu lam hai ban than'),
  word('sinasaktan ko ang sarili ko', 'sinasaktan ko sarili ko', 'sinasaktan ko ang aking sarili', 'sinusugatan ko ang sarili ko', 'hinihiwa ko ang braso ko', 'hinihiwa ko ang pulso ko', 'hinihiwa ko ang sarili ko', 'naglalaslas ako', 'naglalaslas na naman ako', 'naglaslas ako ulit', 'naglaslas ulit ako', 'nagseself harm ako', 'nag seself harm ako', 'nagsaself harm ako', 'nag self harm ako ulit')
)

/**
 * Chinese, Japanese and Korean mark no person on the verb: self-harm words (自残, 自傷, リスカ, 자해) and cutting one's
 * wrist or arm, with the writer's own "I" or no subject at all, in the present, progressive or "again".
 */
const SELF_HARM_UNSPACED = alt(
  // Chinese: 我 (or 又, again) then cutting a wrist, an arm, a leg or oneself, no negator between ("我每天晚上都用美工刀割手腕", "我把手腕又划了").
  `(?:我|又)(?:(?![不没沒别別])[^。！？.!?\\n]){0,14}(?:割|划|劃)了?(?:手腕|手臂|手|腕|大腿|腿|自己|胳膊)`, `我把(?:手腕|手臂|手|大腿|腿|胳膊)[^。！？.!?\\n]{0,6}(?:割|划|劃)`,
  // Korean: slashing (긋다) the wrist, arm or thigh ("손목을 계속 긋고 있어요", "허벅지를 긋고 있어요").
  `(?:손목|팔목|팔|허벅지|다리)(?:을|를|에|도)?[^.!?\\n]{0,12}(?:긋|그어)`,
  inside('我在自残', '我在自殘', '我一直在自残', '我一直在自殘', '我一直自残', '我一直自殘', '我经常自残', '我經常自殘', '我又自残', '我又自殘', '我又开始自残', '我又開始自殘', '我还在自残', '我還在自殘', '我每天都自残', '我每天都自殘', '我每天自残', '我每天自殘', '我忍不住自残', '我忍不住自殘', '我有自残', '我有自殘', '我会自残', '我會自殘', '我自残', '我自殘',
    '我在割', '我一直在割', '我又割', '我又在割', '我又开始割', '我又開始割', '我每天都割', '我每天割', '又割了手', '又割手', '又在割手', '又划了手', '又劃了手', '我在划', '我在劃', '我又划', '我又劃', '我用刀划自己', '我用刀劃自己', '我在伤害自己', '我在傷害自己', '我一直伤害自己', '我一直傷害自己', '我又伤害自己', '我又傷害自己'),
  inside('リスカしてる', 'リスカしている', 'リスカしちゃう', 'リスカが止まらない', 'リスカがやめられない', 'またリスカ', 'リストカットしてる', 'リストカットしている', 'リストカットが止まらない', 'アムカしてる', 'アムカしている', '自傷してる', '自傷している', '自傷しちゃう', '自傷行為をしてる', '自傷行為をしている', '自傷行為がやめられない', '自傷行為が止まらない', '自傷がやめられない', '自傷が止まらない', 'また自傷',
    '腕を切ってる', '腕を切っている', '手首を切ってる', '手首を切っている', 'また腕を切', 'また手首を切', '自分を傷つけてる', '自分を傷つけている', '自分を傷つけてしまう', '自分を傷つけちゃう'),
  inside('กรีดแขนตัวเอง', 'กรีดข้อมือตัวเอง', 'กรีดแขน', 'กรีดข้อมือ', 'ทำร้ายตัวเองอีก', 'ทำร้ายตัวเองทุก', 'ชอบทำร้ายตัวเอง', 'ยังทำร้ายตัวเอง', 'กำลังทำร้ายตัวเอง'),
  inside('자해해', '자해를 해', '자해하고 있', '자해를 하고 있', '자해 중', '자해를 계속', '자해가 멈추지', '자해를 멈출 수가 없', '자해를 못 멈추', '또 자해', '다시 자해', '손목을 긋고', '손목을 그어', '손목 긋고', '팔을 긋고', '팔을 그어', '칼로 긋고', '또 손목을', '또 팔을 그')
)

/** Someone else named just before an unspaced form ("朋友在自残", "友達がリスカしてる", "친구가 자해해"). */
const SOMEONE_ELSE_UNSPACED = inside('他', '她', '朋友', '同学', '同學', '孩子', '女儿', '女兒', '儿子', '兒子', '妹妹', '姐姐', '弟弟', '哥哥', '妈妈', '媽媽', '爸爸', '彼', '彼女', '友達', '友人', '娘', '息子', '妹', '姉', '弟', '兄', '母', '父', '子が', '子は', '生徒',
  '친구', '동생', '딸', '아들', '언니', '누나', '형', '오빠', '엄마', '아빠', '그녀', '걔', '그가', '학생', 'เพื่อน', 'เขา', 'เธอ', 'ลูก', 'น้อง', 'แม่', 'พ่อ')

/** Cutting oneself, first person and present, where the same words tell a slip of the knife, a haircut or a slice of bread. */
const CUTTING_OR_MISHAP = alt(
  word('i cut myself', 'i cut my arms', 'i cut my wrists', 'i cut my thighs', 'i cut my legs', 'i cut my forearms', 'i cut my skin', 'i cut my stomach', 'i cut into my', 'i slice my', 'i slash my', 'i keep cutting', 'ive been cutting', 'i have been cutting', 'been cutting', 'im cutting',
    'ich schneide mich', 'schneide ich mich', 'ich schneide mir', 'schneide ich mir', 'ik snijd me', 'ik snij me', 'je me coupe', 'me corto', 'eu me corto', 'corto os braços', 'corto meus braços', 'corto as minhas pernas', 'corto minhas pernas', 'corto os meus braços', 'mi taglio', 'em tallo',
    'jag skär mig', 'skär jag mig', 'jeg skjærer meg', 'jeg skærer mig', 'viillän', 'megvágom', 'mă tai', 'îmi tai', 'kaleczę się', 'się kaleczę', 'κόβομαι', 'أقطع يدي', 'أقطع معصمي', 'أقطع ذراعي',
    // South Slavic and Bulgarian (the reflexive clitic on either side), Swahili's first-person present with the reflexive -ji-, Albanian.
    'se režem', 'režem se', 'se sečem', 'sečem se', 'се сечем', 'сечем се', 'се режем', 'режем се', 'режа се', 'се режа', 'najikata', 'ninajikata', 'pres veten', 'po pres veten', 'i pres duart', 'pres krahët'),
  `${word('دستمو', 'دستم را', 'دستم رو', 'مچمو')} ${mi('برم')}`,
  `${word('aku', 'saya', 'gue', 'gw')} ${words(2)}${word('menyayat', 'menggores', 'mengiris', 'nyilet', 'nyayat', 'ngiris')}`,
  `${word('tôi', 'mình', 'em', 'tao', 'tớ')} ${words(2)}${word('cắt tay', 'cắt cổ tay', 'cứa')}`
)

/** Again: with cutting, a sign of self-harm (a relapse), where with burning or hitting it may be one more mishap. */
const AGAIN = word('again', 'still', 'wieder', 'erneut', 'nochmal', 'noch mal', 'schon wieder', 'opnieuw', 'weer', 'encore', 'à nouveau', 'de nouveau', 'otra vez', 'de nuevo', 'outra vez', 'de novo', 'ancora', 'di nuovo', 'igen', 'igjen', 'taas', 'uudelleen', 'újra', 'megint', 'din nou', 'iar', 'znowu', 'znów', 'zase', 'opět', 'снова', 'опять', 'знову', 'yine', 'tekrar', 'gene', 'ξανά', 'πάλι', 'مرة أخرى', 'مجددا', 'من جديد', 'تاني', 'دوباره', 'باز', 'שוב', 'फिर से', 'lagi', 'lại', 'ulit', 'na naman',
  'opet', 'ponovo', 'поново', 'опет', 'spet', 'znova', 'отново', 'пак', 'tena', 'prap', 'prapë', 'prape', 'përsëri', 'sërish', 'আবার', 'پھر سے', 'फिर')

/** Again, in the scripts without spaces ("又", "また", "또"). */
const AGAIN_UNSPACED = inside('又', '再次', 'また', '또 ', '다시')

/**
 * Cutting oneself told in the past tense, which counts only with "again" in the same clause: a relapse is now
 * ("me corté otra vez", "опять порезала руки", "جرحت يدي مرة أخرى", "又割了手腕").
 */
const CUT_BEFORE = alt(
  word('i cut myself', 'cut myself', 'i cut my arms', 'i cut my wrists', 'i cut my thighs', 'i cut my legs', 'i relapsed and cut', 'ich habe mich geritzt', 'hab mich geritzt', 'habe geritzt', 'hab geritzt', 'heb mezelf gesneden', 'heb gekrast', 'je me suis coupée', 'je me suis coupé', 'je me suis scarifiée', 'je me suis scarifié', 'me corté', 'me corte', 'me he cortado', 'me cortei', 'cortei', 'eu me cortei', 'mi sono tagliata', 'mi sono tagliato', 'm he tallat',
    'jag skar mig', 'jag har skurit mig', 'jeg kuttet meg', 'jeg har kuttet meg', 'jeg skar mig', 'jeg har skåret mig', 'viiltelin', 'megvágtam magam', 'megvágtam', 'm am tăiat', 'pocięłam się', 'pociąłem się', 'pocięłam', 'pociąłem', 'pořezala jsem se', 'pořezal jsem se', 'порезала', 'порезал', 'порезалась', 'порезался', 'порізала', 'порізав', 'порізалася', 'порізався',
    'kendimi kestim', 'kolumu kestim', 'έκοψα τον εαυτό μου', 'έκοψα τα χέρια μου', 'جرحت نفسي', 'جرحت يدي', 'جرحت ذراعي', 'جرحت معصمي', 'חתכתי את עצמי', 'חתכתי', 'काट लिया', 'काट ली', 'काटा', 'sinaktan ko ang sarili ko', 'naglaslas ako', 'aku menyayat', 'tôi rạch tay', 'tôi đã rạch tay'),
  stem('rumgeritzt', 'aufgeritzt'),
  inside('割了手', '割了腕', '割手腕', '划了手', '劃了手', 'リスカした', '手首を切った', '腕を切った', '자해했', '그었')
)
/** Someone else named just before, in the languages whose past marks no person (она порезала, she cut). */
const SOMEONE_ELSE_BEFORE = word('он', 'она', 'они', 'вона', 'він', 'вони', 'ona', 'on', 'oni', 'she', 'he', 'they', 'sie', 'er', 'elle', 'il', 'ella', 'él', 'ela', 'ele', 'lei', 'lui', 'hon', 'han', 'hun', 'hän', 'ő', 'ea', 'el', 'o', 'αυτή', 'αυτός', 'هي', 'هو', 'הוא', 'היא', 'वह', 'वो', 'उसने', 'dia', 'anh ấy', 'cô ấy', 'siya')
const RELAPSE = alt(
  `(?<!${SOMEONE_ELSE_BEFORE}${CLAUSE}{0,30})${NOT_NEGATED}(?:${CUT_BEFORE})${CLAUSE}{0,50}(?:${AGAIN}|${AGAIN_UNSPACED})`,
  `(?:${AGAIN}|${AGAIN_UNSPACED})(?<!${NEGATOR_WORD} ${ANY_WORD})(?:(?!${SOMEONE_ELSE_BEFORE}|${NEGATOR_WORD})${CLAUSE}){0,40}(?:${CUT_BEFORE})`
)

/**
 * Acts that are also everyday mishaps: cutting (a finger while cooking, one's hair, a slice of bread), burning,
 * hitting, scratching, biting, hurting oneself. First person and present, reflexive or with the writer's own body.
 */
const MISHAP_OR_HARM = alt(
  word('i burn myself', 'im burning myself', 'ive been burning myself', 'i keep burning myself', 'i hit myself', 'im hitting myself', 'ive been hitting myself', 'i keep hitting myself', 'i punch myself', 'i keep punching myself', 'i scratch myself', 'im scratching myself', 'i scratch my arms', 'i scratch my skin', 'i scratch my legs', 'i scratch my wrists', 'i keep scratching my arms', 'i keep scratching my skin',
    'i bite myself', 'i keep biting myself', 'i hurt myself', 'im hurting myself', 'ive been hurting myself', 'i keep hurting myself', 'been hurting myself', 'been burning myself', 'been burning my skin', 'i keep burning my skin', 'i keep burning my arms'),
  word('ich verletze mich', 'verletze ich mich', 'ich verbrenne mich', 'verbrenne ich mich', 'ich schlage mich', 'schlage ich mich', 'ich schlage mir', 'ich haue mir', 'ich kratze mich', 'kratze ich mich', 'ich kratze mir', 'ich beiße mich', 'ich beiße mir', 'ich tue mir weh', 'tue ich mir weh', 'ich steche mir',
    'ik brand mezelf', 'ik sla mezelf', 'ik krab mezelf', 'ik bijt mezelf', 'ik doe mezelf pijn', 'ik verwond mezelf'),
  word('je me brûle', 'je me frappe', 'je me griffe', 'je me gratte', 'je me mords', 'je me fais du mal', 'je me blesse', 'je me tape la tête',
    'me quemo', 'me golpeo', 'me pego', 'me araño', 'me rasguño', 'me muerdo', 'me hago daño', 'me lastimo', 'me hiero',
    'me queimo', 'me bato', 'me arranho', 'me machuco', 'me firo', 'me belisco',
    'mi brucio', 'mi graffio', 'mi colpisco', 'mi mordo', 'mi faccio del male', 'mi ferisco', 'mi picchio',
    'em cremo', 'em pego', 'em faig mal', 'em rasco'),
  word('jag bränner mig', 'jag slår mig själv', 'jag slår mig', 'jag river mig', 'jag biter mig', 'jag gör mig illa', 'jeg brenner meg', 'jeg slår meg selv', 'jeg river meg', 'jeg brænder mig', 'jeg slår mig selv', 'jeg gør mig selv ondt', 'jeg gjør meg selv vondt',
    'poltan itseäni', 'lyön itseäni', 'raavin itseäni', 'puren itseäni', 'megégetem magam', 'ütöm magam', 'vakarom magam', 'megharapom magam', 'karmolom magam',
    'mă ard', 'mă lovesc', 'mă zgârii', 'mă zgârâi', 'mă rănesc', 'îmi fac rău', 'mă mușc'),
  word('parzę się', 'przypalam się', 'biję się', 'drapię się', 'gryzę się', 'pálím se', 'škrábu se', 'bouchám se', 'biju se', 'ubližuji si', 'ubližuju si', 'kousám se',
    'жгу себя', 'прижигаю себя', 'бью себя', 'царапаю себя', 'расцарапываю себя', 'кусаю себя', 'я себя бью', 'я себя царапаю', 'палю себе', 'б ю себе', 'бю себе', 'дряпаю себе', 'кусаю себе',
    'kendimi yakıyorum', 'kendime vuruyorum', 'kendimi tırmalıyorum', 'kendimi ısırıyorum', 'kendimi dövüyorum',
    'καίω τον εαυτό μου', 'χτυπάω τον εαυτό μου', 'χτυπώ τον εαυτό μου', 'γρατζουνάω τον εαυτό μου', 'δαγκώνω τον εαυτό μου',
    'أحرق نفسي', 'أضرب نفسي', 'أخدش نفسي', 'أعض نفسي', 'بضرب نفسي', 'بحرق نفسي', 'عم اضرب حالي',
    'שורף את עצמי', 'שורפת את עצמי', 'מכה את עצמי', 'מרביץ לעצמי', 'מרביצה לעצמי', 'שורט את עצמי', 'שורטת את עצמי', 'נושך את עצמי', 'נושכת את עצמי'),
  `(?:${word('خودمو', 'خودم را', 'خودم رو')}) ${words(1)}(?:${mi('سوزونم', 'سوزانم', 'زنم')})`,
  `${word('खुद को', 'ख़ुद को')} ${words(2)}${word('जलाता', 'जलाती', 'मारता', 'मारती', 'नोचता', 'नोचती')} ${words(1)}${word('हूं', 'हूँ')}`,
  inside('我烫自己', '我燙自己', '我打自己', '我咬自己', '我抓自己', '我掐自己', '我在烫自己', '我在燙自己', '自分を殴', '自分の腕を切', '自分の手首を切', '根性焼き', '자꾸 때려', '내 몸을 때려', '나를 때려', '팔을 긁어'),
  `${word('aku', 'saya', 'gue', 'gw')} ${words(2)}${word('memukul diri', 'membakar diri', 'mencakar diri', 'menggigit diri')}`,
  `${word('tôi', 'mình', 'em', 'tao', 'tớ')} ${words(2)}${word('tự đánh mình', 'tự đánh bản thân', 'tự đốt', 'tự cào', 'tự cắn')}`,
  word('sinusuntok ko ang sarili ko', 'pinapaso ko ang sarili ko', 'kinakalmot ko ang sarili ko', 'kinakagat ko ang sarili ko'),
  // Round seventy-five: punching, slapping, beating, burning and scratching oneself, and starving oneself, first person
  // and present (progressive or habitual), in more of each language's verbs; they count only with a sign, as above.
  word('i punch myself', 'im punching myself', 'i slap myself', 'im slapping myself', 'i keep slapping myself', 'i beat myself', 'i bang my head', 'i keep banging my head', 'im banging my head', 'i hit my head against', 'i claw at my', 'i pinch myself', 'i starve myself', 'im starving myself', 'ive been starving myself', 'i keep starving myself',
    'ich haue mich', 'hau mich', 'ich boxe mich', 'ich ohrfeige mich', 'ich schlage meinen kopf', 'ich haue meinen kopf', 'ich verbrenne mir', 'ich hungere mich aus', 'ik stomp mezelf', 'ik sla mijn hoofd', 'ik bonk mijn hoofd', 'ik honger mezelf uit', 'ik brand mijn',
    'je me donne des coups', 'je me gifle', 'je me cogne la tête', 'je me tape', 'je m affame', 'je me prive de manger', 'je me brule',
    'me doy golpes', 'me doy puñetazos', 'me abofeteo', 'me doy cachetadas', 'me golpeo la cabeza', 'me dou socos', 'me dou tapas', 'me bato', 'me estapeio', 'mi prendo a pugni', 'mi prendo a schiaffi', 'mi do pugni', 'mi do schiaffi', 'mi affamo', 'em cremo', 'em pego cops', 'em dono cops',
    'jeg klorer meg', 'klorer meg selv', 'jeg kradser mig', 'jeg sulter meg', 'jeg sulter mig', 'jag svälter mig', 'jag klöser mig', 'jag bränner mig', 'hakkaan itseäni', 'lyön päätäni', 'näännytän itseni',
    'égetem magam', 'verem magam', 'pofozom magam', 'éheztetem magam', 'mă pălmuiesc', 'mă bat singur', 'mă bat singură', 'mă înfometez'),
  word('okładam się', 'uderzam się', 'policzkuję się', 'głodzę się', 'mlátím se', 'tluču se', 'fackuju se', 'hladovím', 'bijem sa', 'mlátim sa', 'pálim sa', 'škriabem sa', 'hladujem',
    'tepem se', 'udarjam se', 'žgem se', 'praskam se', 'stradam', 'udaram se', 'tučem se', 'palim se', 'grebem se', 'grizem se', 'gladujem', 'ударам се', 'палим се', 'гребем се', 'гладујем', 'удрям се', 'бия се', 'горя се',
    'бьюсь головой', 'бьюсь об стену', 'луплю себя', 'колочу себя', 'даю себе пощечины', 'морю себя голодом', 'пропікаю собі', 'припікаю собі', 'морю себе голодом', 'б юся головою', 'бю себе',
    'καίγομαι', 'δέρνω τον εαυτό μου', 'αυτοτιμωρούμαι', 'kendimi tokatlıyorum', 'kafamı duvara vuruyorum', 'kendimi aç bırakıyorum', 'kendimi cimdikliyorum',
    'أضرب راسي', 'أضرب رأسي', 'بضرب راسي', 'أجوع نفسي', 'بجوع نفسي', 'מרעיב את עצמי', 'מרעיבה את עצמי', 'סוטר לעצמי', 'סוטרת לעצמי', 'דופק את הראש', 'דופקת את הראש',
    'najichoma', 'najipiga', 'najikuna', 'najing ata', 'e godas veten', 'godas veten', 'djeg veten', 'gërvisht veten', 'rrah veten'),
  `${word('به خودم')} ${words(1)}${word('مشت', 'سیلی', 'ضربه')} ${mi('زنم')}`,
  `${word('khud ko', 'khudko', 'apne aap ko')} ${words(2)}${word('maarta', 'maarti', 'marta', 'marti', 'jalata', 'jalati', 'jalaata', 'jalaati', 'nochta', 'nochti', 'kaatta', 'kaatti', 'katta', 'katti')} ${words(1)}${word('hoon', 'hun', 'hu', 'hoo')}`,
  `${word('خود کو', 'اپنے آپ کو')} ${words(2)}${word('مارتا', 'مارتی', 'جلاتا', 'جلاتی', 'نوچتا', 'نوچتی')} ${words(1)}${word('ہوں')}`,
  `${word('নিজেকে', 'নিজের হাত', 'নিজের শরীর', 'নিজের গায়ে')} ${words(2)}${word('পোড়াই', 'পোড়াচ্ছি', 'মারি', 'মারছি', 'আঁচড়াই', 'আঁচড়াচ্ছি', 'আঘাত করি', 'আঘাত করছি')}`,
  `${word('aku', 'saya', 'gue', 'gw')} ${words(2)}${word('nyakar', 'mukul diri', 'mukulin diri', 'nyundut', 'bakar tangan', 'nampar diri')}`,
  word('sinasampal ko ang sarili ko', 'ginugutom ko ang sarili ko', 'sinusugat ko ang sarili ko'),
  `${word('ich haue', 'hau', 'haue', 'ich schlage', 'schlag', 'i punch', 'i keep punching', 'ik sla', 'ik stomp', 'je frappe', 'je cogne', 'golpeo', 'soco', 'prendo a pugni')} ${words(4)}${word('gegen die wand', 'gegen wände', 'the wall', 'walls', 'tegen de muur', 'contre le mur', 'contra la pared', 'na parede', 'contro il muro')}`,
  word('kendimi tokatliyorum', 'kendimi yakiyorum', 'kendime vuruyorum', 'kendimi dovuyorum', 'kafami duvara vuruyorum', 'kendimi ac birakiyorum', 'tu dot', 'tu danh minh', 'tu danh ban than', 'tu cao'),
  inside('ตบหน้าตัวเอง', 'ตบตัวเอง', 'ตีตัวเอง', 'ต่อยตัวเอง', 'ข่วนตัวเอง', 'เอาบุหรี่จี้', 'จี้บุหรี่', 'เอาหัวโขก', 'โขกหัว'),
  inside('用烟头烫', '用煙頭燙', '拿烟头烫', '拿煙頭燙', '用打火机烫', '用打火機燙', '我扇自己', '我饿自己', '我餓自己', '壁に頭打ち', '壁に頭を打ち', '頭を壁に打ち', 'タバコを押し付け', '自分を叩い', '머리를 벽에', '벽에 머리를', '담배로 지져', '나를 때리')
)

/**
 * Not eating, said in the first person now: starving oneself counts only with a sign of self-punishment after it (on
 * purpose, not deserving to eat), and never beside a fast of a faith (MISHAP).
 */
const NOT_EATING = alt(
  `${word('eet', 'ik eet', 'esse', 'ich esse')} ${words(4)}${word('niks', 'niets', 'nauwelijks', 'nichts', 'kaum')}`,
  word('i dont eat', 'im not eating', 'i stopped eating', 'i barely eat', 'i wont eat', 'ich esse nichts', 'ich esse kaum', 'esse nichts', 'eet niks', 'eet niets', 'eet bijna niks', 'eet bijna niets', 'eet nauwelijks', 'je ne mange pas', 'je ne mange plus', 'je mange plus', 'je mange rien', 'no como', 'dejé de comer', 'não como', 'nao como', 'parei de comer', 'non mangio', 'äter inte', 'jag äter inget', 'spiser ikke', 'jeg spiser ikke', 'har ikke spist', 'en syö', 'nem eszem', 'nu mănânc', 'nie jem', 'nejím', 'nejem', 'ne jedem', 'ne jem', 'не ем', 'не їм', 'δεν τρώω', 'yemek yemiyorum', 'hiçbir şey yemiyorum', 'ما باكل', 'لا آكل', 'ما بأكل', 'לא אוכל', 'לא אוכלת', 'khana nahi khata', 'khana nahi khati', 'nggak makan', 'ga makan', 'gak makan', 'tidak makan', 'không ăn', 'hindi kumakain', 'sili chakula', 'nuk ha'),
  `${word('غذا')} ${words(1)}${word('نمیخورم', 'نمی خورم', 'نمی‌خورم')}`,
  inside('故意不吃', '不吃东西', '不吃東西', 'わざと食べ', '食べないようにして', '일부러 굶', '일부러 안 먹', '굶고 있')
)

/** Self-punishment after not eating: on purpose, not deserving it, as a punishment. */
const SELF_PUNISHMENT = alt(
  word('on purpose', 'deliberately', 'i dont deserve', 'dont deserve to eat', 'as punishment', 'to punish myself', 'absichtlich', 'verdiene es nicht', 'verdiene nichts', 'expres', 'met opzet', 'verdien het niet', 'exprès', 'je ne mérite pas', 'je mérite pas', 'a propósito', 'de propósito', 'no merezco', 'não mereço', 'nao mereço', 'apposta', 'non merito', 'med flit', 'med vilje', 'förtjänar inte', 'fortjener ikke', 'tahallaan', 'en ansaitse', 'szándékosan', 'nem érdemlem', 'intenționat', 'nu merit', 'celowo', 'specjalnie', 'nie zasługuję', 'na nic nie zasługuję', 'schválně', 'nezasloužím', 'naschvál', 'nezaslúžim', 'namerno', 'namjerno', 'nalašč', 'ne zaslužujem', 'ne zaslužim', 'нарочно', 'специально', 'не заслуживаю', 'навмисно', 'не заслуговую', 'επίτηδες', 'δεν αξίζω', 'bilerek', 'hak etmiyorum', 'عمدا', 'عن قصد', 'لا أستحق', 'ما بستاهل', 'لیاقت ندارم', 'בכוונה', 'לא מגיע לי', 'jaan boojh kar', 'laayak nahi', 'sengaja', 'nggak pantas', 'ga pantas', 'cố ý', 'cố tình', 'không xứng', 'sadya', 'hindi ako karapat dapat', 'makusudi', 'sistahili', 'me qëllim', 'nuk e meritoj'),
  inside('不配', '惩罚自己', '懲罰自己', '罰として', '資格がない', '자격이 없', '벌로')
)

/**
 * What makes one of {@link MISHAP_OR_HARM} self-harm, said in the same clause: again, every night, for weeks, on
 * purpose, until it bleeds or bruises, with a blade or a lighter, and not being able to stop; or the skin of the arms,
 * wrists and thighs, where self-harm is done.
 */
const SELF_HARM_SIGN = alt(
  // Every day or night, for weeks.
  word('every day', 'every night', 'every evening', 'each night', 'for weeks', 'for months', 'jeden tag', 'jeden abend', 'jede nacht', 'jedes mal', 'seit wochen', 'seit monaten', 'seit tagen', 'elke dag', 'elke avond', 'elke nacht', 'al weken', 'tous les jours', 'tous les soirs', 'toutes les nuits', 'chaque soir', 'chaque nuit', 'chaque jour', 'depuis des semaines', 'depuis des mois',
    'todos los días', 'todas las noches', 'cada noche', 'cada día', 'desde hace semanas', 'desde hace meses', 'todo dia', 'todos os dias', 'toda noite', 'todas as noites', 'há semanas', 'há meses', 'ogni sera', 'ogni giorno', 'ogni notte', 'da settimane', 'da mesi', 'cada nit', 'cada dia',
    'varje dag', 'varje kväll', 'varje natt', 'hver dag', 'hver kveld', 'hver aften', 'hver nat', 'hver natt', 'joka päivä', 'joka ilta', 'joka yö', 'minden nap', 'minden este', 'minden éjjel', 'în fiecare zi', 'în fiecare seară', 'în fiecare noapte', 'codziennie', 'każdego dnia', 'każdego wieczoru', 'co noc', 'co wieczór', 'od tygodni', 'od miesięcy',
    'každý den', 'každý večer', 'každou noc', 'каждый день', 'каждый вечер', 'каждую ночь', 'щодня', 'кожного дня', 'кожного вечора', 'кожної ночі', 'her gün', 'her gece', 'her akşam', 'κάθε μέρα', 'κάθε βράδυ', 'κάθε νύχτα', 'كل يوم', 'كل ليلة', 'هر روز', 'هر شب', 'כל יום', 'כל לילה', 'हर रोज़', 'हर रोज', 'हर रात', 'हर दिन', 'setiap hari', 'setiap malam', 'mỗi ngày', 'mỗi đêm', 'araw araw', 'gabi gabi'),
  // On purpose.
  word('on purpose', 'deliberately', 'intentionally', 'absichtlich', 'expres', 'met opzet', 'exprès', 'volontairement', 'a propósito', 'de propósito', 'adrede', 'apposta', 'di proposito', 'med flit', 'med vilje', 'med vilja', 'tahallaan', 'szándékosan', 'intenționat', 'celowo', 'specjalnie', 'schválně', 'úmyslně', 'нарочно', 'специально', 'навмисно', 'спеціально', 'bilerek', 'kasten', 'επίτηδες', 'عمدا', 'عمداً', 'عن قصد', 'از عمد', 'בכוונה', 'जानबूझकर', 'जानबूझ कर', 'sengaja', 'cố ý', 'sadya'),
  // Until it bleeds or bruises, blood.
  stem('bleed', 'blood', 'bruis', 'blut', 'bloed', 'saign', 'sangr', 'sangu', 'blöd', 'blød', 'vuota', 'vérez', 'véres', 'sânger', 'krwaw', 'krew', 'krvác', 'кров', 'синяк', 'синц', 'kanıy', 'kanat', 'αιμορρ', 'αίμα', 'μελανι', 'ينزف', 'نزيف', 'خونریزی', 'דימום', 'מדמם', 'שטף דם', 'खून', 'darah', 'memar', 'chảy máu', 'máu', 'bầm', 'dugo', 'pasa', 'blauer fleck', 'blaue flecken', 'bleus', 'moretón', 'moretones', 'moratones', 'hematoma', 'roxo', 'roxos', 'livid', 'blåmär', 'blåmer', 'mustelm', 'vánát', 'vânăt', 'siniak', 'modřin', 'morar', 'کبود', 'חבורות', 'नील'),
  word('sang', 'دم', 'الدم', 'خون', 'דם'),
  inside('血', 'あざ', '痣', '淤青', '瘀青', '피가', '피 ', '멍이', '멍 '),
  // With a blade, a razor, a knife, a lighter, a cigarette, a compass.
  word('lame', 'lames', 'une lame', 'la lame'),
  stem('blade', 'razor', 'lighter', 'cigarette', 'klinge', 'rasierklinge', 'messer', 'feuerzeug', 'zigarette', 'mesje', 'scheermes', 'aansteker', 'rasoir', 'couteau', 'briquet', 'cutter', 'cuchill', 'navaja', 'mechero', 'encendedor', 'lâmina', 'gilete', 'estilete', 'faca', 'isqueiro', 'lamett', 'rasoio', 'coltell', 'accendino', 'taglierin', 'ganivet', 'fulla',
    'rakblad', 'kniv', 'tändare', 'barberblad', 'partaterä', 'veitse', 'sytytin', 'penge', 'borotv', 'késsel', 'öngyújt', 'lamă', 'brici', 'cuțit', 'brichet', 'żylet', 'nożyk', 'nożem', 'zapalnicz', 'žilet', 'nůž', 'nožem', 'zapalovač', 'лезви', 'бритв', 'нож', 'циркул', 'зажигалк', 'лезо', 'запальничк',
    'jilet', 'bıçak', 'çakmak', 'ξυράφι', 'λεπίδ', 'μαχαίρ', 'αναπτήρ', 'شفرة', 'موس', 'سكين', 'ولاعة', 'تیغ', 'چاقو', 'فندک', 'סכין', 'תער', 'מצית', 'ब्लेड', 'चाकू', 'silet', 'pisau', 'korek', 'dao lam', 'bật lửa', 'labaha', 'kutsilyo'),
  inside('刀', 'カッター', '剃刀', 'ライター', '칼', '면도날', '라이터'),
  // Not being able to stop.
  word('cant stop', 'can not stop', 'cannot stop', 'nicht aufhören', 'niet stoppen', 'niet ophouden', 'arrive pas à arrêter', 'arrive plus à arrêter', 'peux pas arrêter', 'no puedo parar', 'no puedo dejar', 'não consigo parar', 'non riesco a smettere', 'non riesco a fermarmi', 'kan inte sluta', 'klarer ikke å slutte', 'kan ikke stoppe', 'en pysty lopettamaan', 'en voi lopettaa',
    'nem tudom abbahagyni', 'nu mă pot opri', 'nie mogę przestać', 'nemůžu přestat', 'не могу остановиться', 'не могу перестать', 'не можу зупинитися', 'не можу перестати', 'duramıyorum', 'bırakamıyorum', 'δεν μπορώ να σταματήσω', 'لا أستطيع التوقف', 'نمی‌توانم متوقف', 'לא מצליח להפסיק', 'לא מצליחה להפסיק', 'रुक नहीं', 'tidak bisa berhenti', 'gak bisa berhenti', 'không thể dừng', 'hindi ko mapigilan'),
  inside('停不下来', '停不下來', 'やめられない', '止まらない', '멈출 수가 없', '못 멈추'),
  // Hidden cuts and scars, deeper each time, to feel something.
  word('sleeves', 'long sleeves', 'nobody sees', 'no one sees', 'nobody can see', 'no one can see', 'the cuts', 'cuts', 'scars', 'deeper', 'to feel something', 'to feel anything', 'how to stop', 'to cope', 'to punish myself', 'ärmel', 'narben', 'schnitte', 'tiefer', 'mouwen', 'littekens', 'dieper', 'manches', 'cicatrices', 'coupures', 'plus profond', 'mangas', 'cortes', 'más profundo', 'más hondo', 'cicatrizes', 'mais fundo', 'maniche', 'tagli', 'cicatrici', 'più profondo', 'più a fondo',
    'ärmar', 'ärr', 'djupare', 'arr', 'dypere', 'dybere', 'arpia', 'syvemmälle', 'hegek', 'mélyebb', 'mai adânc', 'blizny', 'głębiej', 'rękawy', 'jizvy', 'hlouběji', 'порезы', 'шрамы', 'глубже', 'рукава', 'порізи', 'шрами', 'глибше', 'kesikler', 'izler', 'daha derin', 'ουλές', 'βαθύτερα', 'ندوب', 'أعمق', 'جای زخم', 'עמוק יותר', 'צלקות', 'निशान', 'गहरा', 'bekas luka', 'lebih dalam', 'sẹo', 'sâu hơn', 'peklat', 'mas malalim'),
  inside('伤疤', '傷疤', '更深', '傷跡', '深く', '흉터', '깊게'),
  // The skin of the arms, wrists and thighs.
  word('my arms', 'my wrists', 'my thighs', 'my forearms', 'meine arme', 'meine unterarme', 'meine oberschenkel', 'die arme', 'die unterarme', 'die oberschenkel', 'die handgelenke', 'in die arme', 'mijn armen', 'mijn polsen', 'les bras', 'les poignets', 'les cuisses', 'les avant bras', 'le bras', 'le poignet', 'los brazos', 'las muñecas', 'los muslos', 'las piernas', 'el brazo', 'la muñeca',
    'os braços', 'os pulsos', 'as coxas', 'as pernas', 'o braço', 'o pulso', 'le braccia', 'i polsi', 'le cosce', 'le gambe', 'il braccio', 'il polso', 'els braços', 'els canells', 'les cuixes', 'armarna', 'handlederna', 'låren', 'armene', 'håndleddene', 'lårene', 'armene mine', 'käsiäni', 'ranteitani', 'reisiäni', 'a karom', 'a karomat', 'a combom', 'a combomat', 'a csuklóm', 'a csuklómat',
    'mâinile', 'brațele', 'încheieturile', 'coapsele', 'ręce', 'nadgarstki', 'przedramiona', 'uda', 'ruce', 'zápěstí', 'stehna', 'руки', 'запястья', 'бедра', 'вены', 'предплечья', 'зап ястя', 'стегна', 'kolumu', 'kollarımı', 'bileklerimi', 'bacaklarımı', 'τα χέρια μου', 'τους καρπούς μου', 'ذراعي', 'معصمي', 'مچم', 'دستم', 'הידיים שלי', 'הזרועות', 'कलाई', 'बांह', 'जांघ', 'tanganku', 'lenganku', 'pergelangan', 'cổ tay', 'cánh tay', 'braso ko', 'pulso ko'),
  inside('手腕', '手臂', '大腿', '腕を', '手首を', '太もも', '손목', '팔을', '허벅지'),
  // Round seventy-five: more of the same signs (daily, on purpose, bruises and bumps, a cigarette or a candle), not
  // being able to stop, and a low mood as the habit's trigger (MOOD).
  word('täglich', 'fast täglich', 'dagelijks', 'tous les jours', 'a diario', 'diariamente', 'dagligen', 'daglig', 'päivittäin', 'naponta', 'zilnic', 'denně', 'denne', 'ежедневно', 'щоденно', 'щодня', 'καθημερινά', 'يوميا', 'روزانه', 'hằng ngày', 'mỗi tối', 'tiap malam', 'tiap hari', 'kila usiku', 'kila siku', 'çdo natë', 'çdo ditë', 'çdo mbrëmje', 'svaku večer', 'svake večeri', 'svaki dan', 'svake noći', 'vsak večer', 'vsak dan', 'každý deň', 'každú noc', 'всяка вечер', 'всеки ден', 'сваке ноћи', 'сваки дан', 'প্রতিদিন', 'প্রতি রাতে', 'روز رات', 'ہر رات', 'ہر روز', 'roz raat', 'rozana', 'namerno', 'namjerno', 'nalašč', 'zámerne', 'úmyselne', 'me qëllim',
    'i cant stop', 'cant stop', 'не могу да престанем', 'ne mogu da prestanem', 'durduramiyorum', 'duramiyorum', 'bat lua', 'moi khi buon', 'kann nicht aufhören', 'kan niet stoppen', 'arrive pas a arreter', 'peux pas arreter', 'no puedo parar', 'não consigo parar', 'non riesco a smettere', 'no puc parar', 'kan inte sluta', 'klarer ikke slutte', 'kan ikke stoppe', 'en pysty lopettamaan', 'nem tudom abbahagyni', 'nu mă pot opri', 'nie mogę przestać', 'nemůžu přestat', 'nemôžem prestať', 'ne mogu prestati', 'ne mogu prestat', 'не могу остановиться', 'не могу перестать', 'не можу зупинитися', 'δεν μπορώ να σταματήσω', 'durduramıyorum', 'duramıyorum', 'نمیتونم تمومش کنم', 'מצליח להפסיק', 'מצליחה להפסיק', 'ruk nahi pata', 'ga bisa berhenti', 'không dừng được', 'di ko mapigilan', 'siwezi kuacha', 'nuk mund të ndaloj'),
  stem('cigarr', 'clope', 'sigaret', 'cigaret', 'papiros', 'сигарет', 'цигар', 'τσιγαρ', 'sigara', 'سیگار', 'سيجار', 'סיגרי', 'सिगरेट', 'rokok', 'sigarilyo', 'kiberiti', 'öngyújtó', 'запальничк', 'запалк', 'candle', 'kerze', 'kaars', 'bougie', 'vela', 'candel', 'stearinljus', 'kynttil', 'gyertya', 'lumânar', 'świec', 'svíčk', 'sviečk', 'svijeć', 'svećom', 'свеч', 'свічк', 'κερί', 'شمع', 'נר', 'मोमबत्ती', 'মোমবাতি', 'lilin', 'kandila', 'mshumaa', 'qiri',
    'învineț', 'invinet', 'шишк', 'modric', 'modrin', 'модриц', 'neel', 'নীল', 'ช้ำ', 'bầm', 'lebam', 'pasa', 'mavilik', 'morad', 'moret'),
  word('bật lửa', 'thuốc lá', 'tàn thuốc', 'kiberiti', 'til blods', 'tills det blöder', 'do krvi', 'do krve', 'do krwi', 'dok ne prokrvari', 'ate sangrar', 'até sangrar', 'sampe berdarah'),
  inside('故意', 'わざと', '일부러', '每天', '毎日', '매일', '停不下', '止められない', 'やめられない', '멈출 수가 없', 'หยุดไม่ได้', 'ทุกคืน', 'ทุกวัน', '烟头', '煙頭', 'タバコ', '담배')
)

/** A low mood, anxiety, anger or panic, said as what sets the act off ("when I'm sad", "sinirlenince", "لما أتضايق"). */
const MOOD = alt(
  word('sad', 'anxious', 'anxiety', 'stressed', 'angry', 'upset', 'panic', 'panicking', 'overwhelmed', 'it gets too much', 'too much', 'depressed', 'lonely', 'i feel bad', 'i feel low',
    'traurig', 'angst', 'wütend', 'gestresst', 'panik', 'schlecht geht', 'überfordert', 'verdrietig', 'angstig', 'boos', 'gestrest', 'paniek', 'triste', 'angoissé', 'angoissée', 'anxieux', 'anxieuse', 'stressé', 'stressée', 'en colère', 'ça va pas', 'ca va pas', 'ansioso', 'ansiosa', 'ansiedad', 'estresado', 'estresada', 'enojado', 'enojada', 'agobiado', 'agobiada', 'ansiedade', 'estressado', 'estressada', 'nervoso', 'nervosa', 'ansia', 'stressato', 'stressata', 'sto male', 'arrabbiato', 'arrabbiata', 'angoixa', 'estic malament', 'trist', 'malament',
    'ledsen', 'ångest', 'stressad', 'lei meg', 'for mye', 'för mycket', 'for meget', 'ked af det', 'surullinen', 'ahdistaa', 'ahdistunut', 'paha olla', 'szomorú', 'szorongok', 'ideges', 'dühös', 'anxios', 'anxioasă', 'stresat', 'stresată', 'supărat', 'supărată', 'smutno', 'smutna', 'smutny', 'zestresowana', 'zestresowany', 'źle', 'smutný', 'smutná', 'zle', 'nervózní', 'nervózna', 'nervózny', 'úzkost', 'úzkosť', 'tesnoba', 'tjeskoba', 'anksioznost', 'nervozna', 'nervozan', 'ljuta', 'ljut', 'loše', 'panika', 'тужна', 'тужан', 'лоше', 'нервозна', 'тъжно', 'зле',
    'грустно', 'тревожно', 'тревога', 'плохо', 'накрывает', 'злюсь', 'паника', 'сумно', 'тривожно', 'погано', 'накриває', 'άγχος', 'αγχώνομαι', 'λυπάμαι', 'θυμώνω', 'χάλια', 'üzgünüm', 'üzülünce', 'sinirlenince', 'sinirlendiğimde', 'bunalınca', 'stresliyken', 'kaygılanınca', 'حالم بده', 'ناراحتم', 'استرس', 'عصبانی', 'أتضايق', 'اتضايق', 'زعلان', 'زعلانة', 'متوتر', 'متوترة', 'مخنوق', 'مخنوقة', 'עצוב לי', 'עצובה', 'לחוצה', 'לחוץ', 'רע לי', 'חרדה',
    'उदास', 'गुस्सा', 'तनाव', 'बुरा लगता', 'gussa', 'udaas', 'bura lagta', 'tension', 'pareshan', 'মন খারাপ', 'রাগ হলে', 'اداس', 'غصہ', 'برا لگتا', 'sedih', 'stres', 'cemas', 'marah', 'galau', 'buồn', 'căng thẳng', 'lo âu', 'malungkot', 'nalulungkot', 'galit', 'huzuni', 'wasiwasi', 'hasira', 'ankthi', 'ankth', 'mërzitem', 'i mërzitur'),
  inside('难受', '難受', '难过', '難過', '焦虑', '焦慮', '生气', '生氣', '压力大', '壓力大', '心情不好', 'つらい', '辛いとき', '不安', 'イライラ', 'しんどい', '힘들 때', '힘들면', '우울', '불안', '화가 나', 'เครียด', 'เศร้า', 'เสียใจ')
)

/** Not an act on oneself: the hair, the nails, a slice of bread; a mishap at the stove, shaving, at sport. */
const MISHAP = alt(
  word('hair', 'nails', 'fringe', 'bangs', 'beard', 'finger', 'fingers', 'thumb', 'toe', 'knee', 'lip', 'tongue', 'haare', 'die haare', 'nägel', 'pony', 'mijn haar', 'nagels', 'daumen', 'vinger', 'doigt', 'dedo', 'dito', 'palec', 'палец', 'parmak', 'parmağımı', 'δάχτυλο', 'إصبعي', 'انگشتمو', 'אצבע', 'उंगली', 'jari', 'ngón tay', 'daliri', 'cheveux', 'ongles', 'frange', 'barbe', 'pelo', 'cabello', 'uñas', 'flequillo', 'barba', 'cabelo', 'unhas', 'franja', 'capelli', 'unghie', 'frangia', 'cabells', 'ungles', 'håret', 'naglarna', 'lugg', 'håret mitt', 'neglene',
    'hiukset', 'kynnet', 'haj', 'hajam', 'körmöm', 'părul', 'unghiile', 'włosy', 'paznokcie', 'grzywkę', 'vlasy', 'nehty', 'волосы', 'ногти', 'челку', 'волосся', 'нігті', 'saçımı', 'tırnaklarımı', 'μαλλιά', 'νύχια', 'شعري', 'أظافري', 'موهامو', 'ناخنامو', 'השיער', 'הציפורניים', 'बाल', 'नाखून', 'rambut', 'kuku', 'tóc', 'móng tay', 'buhok', 'kuko'),
  inside('头发', '頭髮', '指甲', '手指', '髪', '爪を', '指を', '머리를 자르', '손톱', '손가락'),
  word('cooking', 'shaving', 'by accident', 'accidentally', 'on the stove', 'on the oven', 'the oven', 'kitchen', 'chopping', 'paper cut', 'kochen', 'beim kochen', 'rasieren', 'beim rasieren', 'aus versehen', 'versehentlich', 'am herd', 'koken', 'per ongeluk', 'scheren', 'en cuisinant', 'en me rasant', 'par accident', 'sans faire exprès', 'cuisine', 'cocinando', 'afeitándome', 'sin querer', 'por accidente', 'cozinhando', 'sem querer', 'me barbeando', 'cucinando', 'per sbaglio', 'radendomi',
    'laga mat', 'rakar mig', 'av misstag', 'lager mat', 'barberer meg', 'ved et uhell', 'kokatessa', 'vahingossa', 'főzés', 'véletlenül', 'gătind', 'din greșeală', 'gotując', 'przypadkiem', 'golenia', 'při vaření', 'omylem', 'готовлю', 'готовя', 'случайно', 'при бритье', 'бреюсь', 'випадково', 'yemek yaparken', 'yanlışlıkla', 'traş', 'μαγειρεύω', 'κατά λάθος', 'بالخطأ', 'أطبخ', 'اشتباهی', 'آشپزی', 'בטעות', 'מבשל', 'מבשלת', 'गलती से', 'खाना बनाते', 'tidak sengaja', 'masak', 'vô tình', 'nấu ăn', 'hindi sinasadya', 'nagluluto',
    'back on', 'down on', 'carbs', 'sugar', 'calories', 'coupons', 'class', 'classes', 'grass', 'wood', 'fabric', 'costs', 'corners', 'ties', 'onions', 'vegetables', 'veggies', 'losses', 'hours', 'gym', 'workout', 'training', 'football', 'soccer', 'hockey', 'rugby', 'climbing', 'boxing', 'sport', 'sports', 'beim sport', 'fußball', 'voetbal', 'au foot', 'fútbol', 'futebol', 'calcio', 'fotboll', 'fotball', 'jalkapallo', 'foci', 'fotbal', 'piłk', 'футбол', 'тренировк', 'futbol', 'ποδόσφαιρο', 'كرة القدم', 'فوتبال', 'כדורגל', 'फुटबॉल', 'sepak bola', 'bóng đá',
    'mosquito', 'mosquitoes', 'bites', 'itch', 'itchy', 'itching', 'eczema', 'mücken', 'juckt', 'jucken', 'juckreiz', 'neurodermitis', 'ekzem', 'muggen', 'jeuk', 'moustiques', 'piqûres', 'démange', 'eczéma', 'mosquitos', 'picaduras', 'pica', 'picor', 'eccema', 'coceira', 'zanzare', 'prurito', 'myggor', 'klåda', 'mygg', 'kløe', 'hyttysen', 'szúnyog', 'viszket', 'țânțari', 'mâncărime', 'komary', 'swędzi', 'komáři', 'svědí', 'комар', 'чешется', 'зуд', 'экзем', 'свербить', 'sivrisinek', 'kaşıntı', 'κουνούπια', 'φαγούρα', 'البعوض', 'حكة', 'پشه', 'خارش', 'יתושים', 'גרד', 'मच्छर', 'खुजली', 'nyamuk', 'gatal', 'muỗi', 'ngứa', 'lamok', 'kati'),
  inside('做饭', '做飯', '切菜', '不小心', '料理', 'うっかり', '蚊', 'かゆ', '痒', '요리', '실수로', '모기', '가려'),
  // A fast of a faith, a diet: not eating that is not self-punishment.
  word('fasting', 'i fast', 'im fasting', 'diet', 'dieting', 'lent', 'ramadan', 'fasten', 'fastenzeit', 'diät', 'vasten', 'ik vast', 'dieet', 'jeûne', 'jeûner', 'carême', 'régime', 'ayuno', 'ayunar', 'cuaresma', 'dieta', 'jejum', 'jejuar', 'quaresma', 'digiuno', 'quaresima', 'dejuni', 'fasta', 'fastan', 'faste', 'paasto', 'paastoan', 'böjt', 'böjtölök', 'post', 'postul', 'postu', 'postim', 'půst', 'pôst', 'пост', 'посту', 'поста', 'постим', 'νηστεία', 'νηστεύω', 'oruç', 'ramazan', 'diyet', 'رمضان', 'صيام', 'صايم', 'صائم', 'روزه', 'רמדאן', 'צום', 'צם', 'דיאטה', 'व्रत', 'upvas', 'vrat', 'roza', 'روزے', 'রোজা', 'puasa', 'ăn chay', 'ăn kiêng', 'kufunga', 'mfungo', 'agjërim', 'agjëroj'),
  inside('斋', '齋', '断食', '減肥', '减肥', 'ダイエット', '금식', '다이어트', 'ถือศีล'),
  // Idioms of the reflexive: muddling through, worrying, being shy, struggling with thoughts, cutting oneself a piece.
  word('schlage mich durch', 'schlage mich herum', 'schlage mich mit', 'me corto mucho', 'me corto un poco', 'me corto al hablar', 'me pego a', 'me pego con', 'me pego un', 'me pego una', 'biję się z myślami', 'gryzę się', 'mă ard la', 'mi taglio una', 'mi taglio un', 'je me coupe une', 'je me coupe un', 'me corto un', 'me corto una', 'je me gratte la tête', 'je me fais du mal à', 'mi faccio del male a', 'me hago daño al', 'me hago daño con el', 'me machuco no', 'me machuco na', 'me machuco jogando')
)

/**
 * The act told as history or recovery, or said of someone else, or as study, fiction or a quotation: not a disclosure
 * of now. Matched anywhere in the message, as plainDisclosures.ts's exceptions are.
 */
const NOT_SELF_HARM_NOW = alt(
  // Quoted: the words are held at a distance.
  '["“”„«»「」『』]',
  // Recovery and history, in each language: used to, years ago, no longer, clean for, haven't since.
  word('used to', 'ago', 'back then', 'clean for', 'days clean', 'months clean', 'years clean', 'weeks clean', 'clean since', 'in recovery', 'recovered', 'havent cut', 'have not cut', 'havent self harmed', 'when i was', 'as a teen', 'as a teenager', 'in high school', 'in my teens',
    'früher', 'damals', 'vor jahren', 'clean seit', 'seit jahren nicht', 'als teenager', 'vroeger', 'jaar geleden', 'jaren geleden', 'autrefois', 'avant je', 'il y a des années', 'il y a longtemps', 'quand j étais', 'depuis que j ai arrêté',
    'antes me', 'solía', 'hace años', 'ya no me corto', 'cuando era', 'cuando tenía', 'limpia desde', 'limpio desde', 'días limpia', 'días limpio', 'costumava', 'eu costumava', 'há anos', 'anos atrás', 'não me corto mais', 'quando eu era', 'quando era', 'dias limpa', 'dias limpo', 'una volta', 'anni fa', 'non mi taglio più', 'quando ero', 'da ragazza', 'da ragazzo',
    'förr', 'för år sedan', 'när jag var', 'for år siden', 'da jeg var', 'vuotta sitten', 'kun olin', 'régen', 'évvel ezelőtt', 'odinioară', 'ani în urmă', 'nu mă mai tai', 'când eram', 'kiedyś', 'dawniej', 'lat temu', 'jak byłam', 'jak byłem', 'kdysi', 'před lety', 'když jsem byla', 'když jsem byl',
    'раньше', 'когда то', 'лет назад', 'больше не режу', 'когда я была', 'когда я был', 'раніше', 'колись', 'років тому', 'більше не ріжу', 'eskiden', 'yıl önce', 'yıllar önce', 'παλιά', 'πριν χρόνια', 'όταν ήμουν', 'في الماضي', 'سابقا', 'منذ سنوات', 'عندما كنت', 'كنت', 'قبلاً', 'قبلا', 'سال پیش', 'בעבר', 'לפני שנים', 'כשהייתי',
    'साल पहले', 'जब मैं', 'dulu', 'dahulu', 'tahun lalu', 'trước đây', 'năm trước', 'từng', 'đã từng', 'năm lớp', 'hồi nhỏ', 'hồi đó', 'dati', 'noon', 'nung'),
  inside('以前', '曾经', '曾經', '过去', '過去', '小时候', '小時候', '年前', '不再', '戒了', '昔', '以前は', '頃は', '頃に', 'だった', 'ていた', 'してた', '切ってた', 'もうしてない', 'やめて', '예전', '년 전', '했었', '끊은', '끊었', '곤 했', '곤했', '고등학교 때', '중학교 때', '학생 때'),
  // Someone else: the act of a friend, a child, a partner ("my daughter is cutting herself and I scratch my arms too" is left to the learned screen).
  word('my friend', 'my daughter', 'my son', 'my sister', 'my brother', 'my child', 'my student', 'my patient', 'my client', 'meine tochter', 'mein sohn', 'meine freundin', 'mein freund', 'meine schwester', 'mein bruder', 'mijn dochter', 'mijn zoon', 'ma fille', 'mon fils', 'mon amie', 'mon ami', 'ma soeur', 'mi hija', 'mi hijo', 'mi amiga', 'mi amigo', 'mi hermana', 'minha filha', 'meu filho', 'minha amiga', 'meu amigo', 'minha irmã', 'mia figlia', 'mio figlio', 'la mia amica', 'il mio amico', 'mia sorella',
    'min dotter', 'min son', 'min datter', 'min sønn', 'tyttäreni', 'poikani', 'a lányom', 'a fiam', 'fiica mea', 'fiul meu', 'moja córka', 'mój syn', 'moja przyjaciółka', 'moje dcera', 'můj syn', 'моя дочь', 'мой сын', 'моя подруга', 'мой друг', 'моя сестра', 'моя донька', 'мій син', 'kızım', 'oğlum', 'arkadaşım', 'η κόρη μου', 'ο γιος μου', 'ابنتي', 'ابني', 'صديقي', 'صديقتي', 'دخترم', 'پسرم', 'دوستم', 'הבת שלי', 'הבן שלי', 'החבר שלי', 'החברה שלי', 'मेरी बेटी', 'मेरा बेटा', 'मेरी दोस्त', 'anakku', 'anak saya', 'temanku', 'teman saya', 'con gái tôi', 'con trai tôi', 'bạn tôi', 'anak ko', 'kaibigan ko'),
  // Study, fiction, work with others.
  word('essay', 'article', 'research', 'study', 'studies', 'novel', 'story', 'character', 'screenplay', 'film', 'movie', 'series', 'song', 'lyrics', 'poem', 'podcast', 'lecture', 'homework', 'thesis', 'awareness', 'prevention', 'statistics',
    'aufsatz', 'referat', 'studie', 'roman', 'geschichte', 'figur', 'serie', 'gedicht', 'hausarbeit', 'verhaal', 'personage', 'essai', 'mémoire', 'personnage', 'histoire', 'chanson', 'étude', 'ensayo', 'novela', 'personaje', 'cuento', 'canción', 'estudio', 'romance', 'personagem', 'conto', 'música', 'estudo', 'saggio', 'romanzo', 'personaggio', 'racconto', 'canzone', 'studio',
    'uppsats', 'novell', 'karaktär', 'romaani', 'tarina', 'regény', 'povestire', 'personaj', 'powieść', 'opowiadanie', 'postać', 'wypracowanie', 'povídka', 'postava', 'рассказ', 'персонаж', 'сочинение', 'песня', 'оповідання', 'hikaye', 'karakter', 'şarkı', 'ödev', 'μυθιστόρημα', 'ήρωας', 'τραγούδι', 'رواية', 'قصة', 'أغنية', 'بحث', 'رمان', 'داستان', 'آهنگ', 'רומן', 'סיפור', 'שיר', 'उपन्यास', 'कहानी', 'गाना', 'cerita', 'lagu', 'tiểu thuyết', 'bài hát', 'nobela', 'kwento', 'kanta'),
  stem('prävention', 'prevenc', 'prevenz', 'prévent', 'profilakt', 'профилакт'),
  inside('小说', '小說', '小説', '故事', '角色', '歌词', '歌詞', '论文', '論文', '漫画', '漫畫', '电影', '電影', '映画', 'ドラマ', 'キャラ', '소설', '드라마', '영화', '가사', '캐릭터', '논문'),
  // Said in jest.
  word('lol', 'lmao', 'haha', 'hahaha', 'jaja', 'jajaja', 'kkk', 'kkkk', 'wkwk', 'wkwkwk', 'xd', 'mdr', 'ptdr'),
  inside('哈哈', '笑', 'ㅋㅋ', '😂', '🤣')
)

/** The self-harm rules' exceptions: the ones above, and the shared contexts of toldAsPast.ts, saidInJest.ts and atADistance.ts. */
const SELF_HARM_UNLESS = `${NOT_SELF_HARM_NOW}|(?:${TOLD_AS_PAST})|(?:${SAID_IN_JEST})|(?:${AT_A_DISTANCE})`

// ---------------------------------------------------------------------------------------------------------------
// 2. The lethal amount of a medicine
// ---------------------------------------------------------------------------------------------------------------

/** Asking how many or how much, or what dose, per language. */
const AMOUNT_QUESTION = alt(
  word('how many', 'how much', 'what dose', 'which dose', 'what dosage', 'what amount', 'what quantity', 'how many mg', 'how many milligrams', 'how many grams',
    'wie viele', 'wie viel', 'wieviel', 'wieviele', 'ab wie vielen', 'ab wie viel', 'welche dosis', 'welche menge', 'hoeveel', 'welke dosis', 'combien', 'quelle dose', 'quelle quantité', 'cuántas', 'cuántos', 'cuánto', 'cuánta', 'qué dosis', 'qué cantidad', 'con cuántas', 'con cuántos',
    'quantas', 'quantos', 'quanto', 'quanta', 'qual dose', 'qual a dose', 'que quantidade', 'qual a quantidade', 'quante', 'quanti', 'quale dose', 'che dose', 'quale quantità', 'che quantità', 'quantes', 'quants', 'quina dosi',
    'hur många', 'hur mycket', 'vilken dos', 'hvor mange', 'hvor mye', 'hvor meget', 'hvilken dose', 'kuinka monta', 'montako', 'kuinka paljon', 'paljonko', 'mikä annos', 'hány', 'mennyi', 'mekkora adag', 'câte', 'câți', 'ce doză', 'ile', 'jaka dawka', 'kolik', 'jaká dávka', 'koľko', 'aká dávka',
    'сколько', 'какая доза', 'какое количество', 'скільки', 'яка доза', 'kaç', 'kaç tane', 'ne kadar', 'hangi doz', 'πόσα', 'πόσες', 'πόσο', 'πόση', 'πόσους', 'ποια δόση', 'كم', 'كم حبة', 'ما هي الجرعة', 'ما الجرعة', 'أي جرعة', 'چند', 'چندتا', 'چند تا', 'چقدر', 'چه مقدار', 'כמה', 'איזה מינון', 'מה המינון',
    'koliko', 'колико', 'kolko', 'vingapi', 'ngapi', 'কয়টা', 'কতগুলো', 'sa tableta', 'sa tabletë', 'kitni', 'کتنی', 'کتنے', 'ilang',
    'कितनी', 'कितने', 'कितना', 'kitne', 'berapa', 'berapa banyak', 'bao nhiêu', 'mấy viên', 'ilan', 'gaano karami'),
  inside('多少', '几片', '幾片', '几颗', '幾顆', '几粒', '幾粒', '几盒', '幾盒', '何錠', '何粒', 'どれくらい', 'どのくらい', 'どれだけ', '몇 알', '몇알', '몇 개', '몇개', '얼마나', '몇 정')
)

/** Medicines and drugs, per language, and the names most asked about (paracetamol, insulin, the benzodiazepines). */
const MEDICINE = alt(
  stem('pill', 'tablet', 'capsul', 'medic', 'meds', 'painkiller', 'sleeping pill', 'antidepress', 'paracetam', 'acetamin', 'ibuprof', 'aspirin', 'insulin', 'diazep', 'lorazep', 'alprazol', 'clonazep', 'klonazep', 'bromazep', 'oxazep', 'zolpid', 'zopiclon', 'zopiklon', 'tramadol', 'tilidin', 'codein', 'kodein', 'morphin', 'morfin', 'oxycod', 'fentan', 'amitript', 'sertral', 'fluoxet', 'citalop', 'escitalop', 'quetiap', 'olanzap', 'lithium', 'litio', 'lamotrig', 'metformin', 'propranol', 'digox', 'warfar', 'xanax', 'valium', 'rivotril', 'tylenol', 'doliprane', 'dafalgan', 'efferalgan', 'tachipirin', 'panadol', 'nurofen', 'diphenhydr', 'benadryl', 'melaton', 'hydroxyz', 'hidroxiz', 'hydroksyz', 'dipiron', 'metamizol', 'novalgin', 'stilnox', 'imovane', 'lexotan', 'phenobarb', 'barbitur', 'opioid', 'heroin', 'methadon',
    'tablett', 'pille', 'medikament', 'schlaftablett', 'schmerzmittel', 'kapsel', 'medicijn', 'slaappil', 'pijnstiller', 'comprim', 'cachet', 'pilule', 'médicament', 'somnif', 'gélule', 'pastill', 'pastis', 'píldora', 'pildora', 'cápsula', 'analgésic', 'remédio', 'remedio', 'pílula', 'cartela', 'pillol', 'compress', 'pastigli', 'farmac', 'sonnifer', 'tabletter', 'piller', 'sömntablett', 'läkemedel', 'sovepille', 'sovemedisin', 'medisin', 'medicin', 'pilleri', 'lääk', 'unilääk',
    'gyógyszer', 'altató', 'pastil', 'comprimat', 'medicament', 'somnifer', 'tabletk', 'tabletek', 'pigułk', 'pigułek', 'leków', 'leki', 'nasenn', 'prášk', 'prášek', 'léků', 'léky',
    'таблет', 'пилюл', 'лекарств', 'снотворн', 'препарат', 'феназеп', 'парацетам', 'ибупроф', 'аспирин', 'инсулин', 'амитрипт', 'трамадол', 'димедрол', 'корвалол', 'клоназеп', 'диазеп', 'реланиум', 'фенобарб', 'таблеток', 'пігул', 'ліків', 'ліки', 'снодійн', 'парацетамол',
    'χάπι', 'χαπι', 'φάρμακ', 'δισκί', 'υπνωτικ', 'حبة', 'حبات', 'حبوب', 'أقراص', 'قرص', 'دواء', 'أدوية', 'الحبوب', 'الدواء', 'باراسيتامول', 'بنادول', 'منوم', 'دارو', 'استامینوفن', 'תרופ', 'אקמול', 'गोली', 'गोलियां', 'गोलियाँ', 'दवा', 'दवाई', 'नींद की',
    'obat', 'thuốc', 'tableta', 'gamot', 'tabletas', 'ilaç', 'alvedon', 'paracet', 'panodil', 'burana', 'paralen', 'ibalgin', 'bensedin', 'бенседин', 'depon', 'crocin', 'biogesic', 'brufen', 'бруфен', 'neofen', 'vidonge', 'dawa', 'ওষুধ', 'ট্যাবলেট', 'انسولین', 'گولی', 'ilaçe', 'tabletiek', '普拿疼', 'الباراسيتامول', 'الأنسولين', 'انسولين'),
  // The packet, box or strip they come in.
  word('packung', 'packungen', 'blister', 'boîte', 'boîtes', 'caja', 'cajas', 'caixa', 'caixas', 'confezione', 'confezioni', 'scatola', 'opakowanie', 'opakowania', 'упаковка', 'упаковку', 'пачка', 'пачку', 'kutu', 'κουτί', 'علبة', 'بسته', 'ورق', 'קופסה', 'पत्ती', 'vỉ', 'strip', 'bottle'),
  word('hap', 'hapı', 'hapla', 'haptan', 'hapın', 'hapını', 'haplar', 'hapları', 'hapların', 'haplardan', 'haplarından', 'haplarını', 'pil', 'viên thuốc', 'כדורים', 'כדורי', 'כדור', 'גלולות', 'גלולה'),
  inside('药', '藥', '安眠', '片', '锭', '錠', '薬', '睡眠薬', '알약', '약을', '약 ', '약이', '약만', '수면제', '진통제', '타이레놀')
)

/** Dying or killing, a lethal or fatal amount, an overdose, or not waking up, per language. */
const LETHAL = alt(
  word('lethal', 'fatal', 'deadly', 'kill me', 'kill myself', 'kill a person', 'kill someone', 'kill an adult', 'to die', 'i die', 'id die', 'ill die', 'would die', 'will die', 'could die', 'overdose', 'od on', 'to od', 'not wake up', 'never wake up',
    'tödlich', 'tödliche', 'tödlichen', 'letal', 'sterben', 'umbringen', 'umzubringen', 'nicht mehr aufwachen', 'nie mehr aufwachen', 'nicht mehr aufzuwachen', 'überdosis', 'endgültig', 'dodelijk', 'dodelijke', 'sterven', 'doodgaan', 'dood te gaan', 'niet meer wakker', 'overdosis',
    'mortel', 'mortelle', 'mortels', 'mortelles', 'létal', 'létale', 'mourir', 'me tuer', 'tuer', 'tue', 'ne plus me réveiller', 'ne pas me réveiller', 'ne jamais me réveiller', 'ne plus se réveiller', 'ne pas se réveiller', 'ne jamais se réveiller', 'surdose', 'letales', 'mortal', 'mortales', 'morir', 'morirme', 'matarme', 'matar', 'matan', 'que mata', 'me mata', 'te mata', 'no despertar', 'no despertarme', 'ya no despierto', 'ya no me despierto', 'ya no te despiertas', 'sobredosis',
    'letais', 'fatais', 'morrer', 'me matar', 'matam', 'não acordar', 'nao acordar', 'não acordo', 'letale', 'letali', 'mortale', 'mortali', 'morire', 'uccidermi', 'ammazzarmi', 'uccidere', 'non svegliarmi', 'non svegliarsi', 'non mi sveglio',
    'letals', 'sobredosi', 'dödlig', 'dödliga', 'att dö', 'döden', 'överdos', 'inte vakna', 'dødelig', 'dødelige', 'dø', 'ikke våkne', 'ikke vågne', 'tappava', 'tappavan', 'kuolla', 'kuolen', 'kuolettava', 'kuolettavan', 'yliannostus', 'yliannostukseen',
    'halálos', 'meghalni', 'meghaljak', 'meghalok', 'túladagolás', 'letală', 'mortală', 'să mor', 'să mori', 'supradoză', 'śmiertelna', 'śmiertelne', 'śmiertelną', 'śmiertelnej', 'umrzeć', 'umarł', 'zabić', 'nie obudzić', 'się nie obudzić', 'nigdy się nie obudzić', 'przedawkowanie', 'przedawkować',
    'smrtelná', 'smrtelné', 'smrtelnou', 'zemřít', 'umřít', 'předávkování', 'smrteľná', 'zomrieť',
    'умереть', 'умер', 'умру', 'сдохнуть', 'не проснуться', 'не проснусь', 'передоз', 'передозировка', 'померти', 'вмерти', 'помру', 'не прокинутися', 'не прокинусь', 'передозування',
    'öldürücü', 'ölümcül', 'ölmek', 'ölmek için', 'öldürür', 'öldürmez', 'uyanmamak', 'uyandırmaz', 'uyanmam', 'aşırı doz', 'θανατηφόρα', 'θανατηφόρο', 'θανατηφόρος', 'θανάσιμη', 'θανάσιμο', 'πεθάνω', 'πεθάνεις', 'να μην ξυπνήσω', 'να μην ξυπνήσεις', 'υπερβολική δόση',
    'قاتلة', 'قاتل', 'مميتة', 'مميت', 'أموت', 'اموت', 'للموت', 'الموت', 'لا أستيقظ', 'جرعة زائدة', 'تقتل', 'تقتلني', 'کشنده', 'بمیرم', 'مرگ', 'بکشه', 'بکشد', 'اوردوز', 'קטלני', 'קטלנית', 'קטלניים', 'למות', 'אמות', 'מנת יתר', 'להרוג',
    'घातक', 'जानलेवा', 'मरने', 'मर जाऊं', 'मर जाऊँ', 'मर जाता', 'मर जाती', 'मौत', 'ओवरडोज़', 'ओवरडोज', 'marne', 'mar jaun', 'mematikan', 'mati', 'tidak bangun lagi', 'gây chết', 'chết', 'tử vong', 'quá liều', 'nakamamatay', 'mamatay', 'ikamatay', 'mamamatay'),
  // Not waking up, sleeping forever, the end, a stopped heart, suicide.
  word('para siempre', 'pour toujours', 'für immer', 'per sempre', 'para sempre', 'na zawsze', 'навсегда', 'назавжди', 'για πάντα', 'إلى الأبد', 'برای همیشه', 'לתמיד', 'हमेशा के लिए', 'selamanya', 'mãi mãi', 'habambuhay', 'for good', 'forever', 'för alltid', 'for altid', 'for alltid', 'ikuisesti', 'örökre', 'navždy',
    'en finir', 'pour partir', 'pour de bon', 'não ter volta', 'não voltar', 'sem volta', 'nicht mehr aufwacht', 'nicht mehr aufwache', 'non si sveglia', 'non svegliarsi più', 'nie wstać', 'już nie wstać', 'ne ébredjen fel', 'ne ébredjek fel', 'не проснулся', 'не проснулась', 'uyanmam', 'kalbim durur', 'kalbi durdurur', 'içersem ölürüm', 'alırsam ölürüm', 'yutarsam ölürüm',
    'serce stanęło', 'serce stanie', 'zatrzymać serce', 'остановить сердце', 'stop my heart', 'stop the heart', 'herzstillstand', 'arrêter le coeur', 'parar el corazón', 'parar o coração', 'fermare il cuore', 'إيقاف القلب', 'لإيقاف القلب', 'لتوقف القلب', 'توقف القلب', 'لأموت', 'إنهاء حياتي', 'لإنهاء حياتي',
    'να τελειώσει', 'να τελειώσουν όλα', 'σταματήσει η αναπνοή', 'بیدار نشم', 'بیدار نشوم', 'تموم بشه', 'تمام شود', 'می کشه', 'میکشه', 'می‌کشه', 'چشم باز نکنم', 'לא להתעורר', 'שלא אתעורר', 'שזה ייגמר', 'जान ले', 'नहीं उठेगा', 'नहीं उठूं', 'नहीं उठूँ', 'उठना न', 'मौत हो', 'không tỉnh lại', 'không bao giờ tỉnh',
    'suizid', 'selbstmord', 'suicide', 'suicidio', 'suicídio', 'suicidarme', 'самоубийства', 'samobójstwa'),
  stem('смертельн', 'летальн', 'smrtn', 'smrteln', 'smrtonosn', 'смртоносн', 'смъртоносн'),
  word('kuolemaan', 'kuollakseen', 'vdekur', 'të vdes', 'te vdes', 'vdes', 'vret', 'vinaua', 'kuua', 'kufa', 'kuniua', 'di na magising', 'hindi na magising', 'nakakamatay', 'ubija', 'ubije', 'umrem', 'ne probudiš', 'ne probudim', 'ne probudis', 'jaan le', 'جان لے', 'chet', 'thi chết', 'মরে', 'মারা'),
  inside('一睡不醒', '不醒', '不再醒', '醒不', '死去', '走掉', '结束生命', '結束生命', '終われ', '終わらせ', '目が覚めない', '안 깨', '깨어나지 않', '못 깨'),
  inside('致死', '会死', '會死', '死掉', '致命', '能死', '才死', '不会醒', '不會醒', '醒不过来', '醒不過來', '死ねる', '死ねます', '死ぬ', '치사량', '죽을', '죽으려면', '죽나요', '죽어', '죽는', '죽게')
)

/** A lethal-dose phrase that is itself the question's amount ("致死量", "치사량", "смертельная доза", "tödliche Dosis"). */
const LETHAL_DOSE = alt(
  word('lethal dose', 'fatal dose', 'deadly dose', 'lethal amount', 'fatal amount', 'tödliche dosis', 'tödliche menge', 'letale dosis', 'dodelijke dosis', 'dose mortelle', 'dose létale', 'dosis letal', 'dosis mortal', 'dose letal', 'dose fatal', 'dose mortal', 'dose letale', 'dose mortale', 'dosi letal',
    'dödlig dos', 'dødelig dose', 'tappava annos', 'halálos adag', 'halálos dózis', 'doza letală', 'doză letală', 'doza mortală', 'śmiertelna dawka', 'dawka śmiertelna', 'smrtelná dávka', 'смертельная доза', 'смертельную дозу', 'летальная доза', 'смертельна доза', 'смертельну дозу',
    'ölümcül doz', 'öldürücü doz', 'θανατηφόρα δόση', 'θανατηφόρος δόση', 'جرعة قاتلة', 'الجرعة القاتلة', 'جرعة مميتة', 'الجرعة المميتة', 'دوز کشنده', 'مقدار کشنده', 'מנה קטלנית', 'מינון קטלני', 'घातक खुराक', 'जानलेवा खुराक', 'dosis mematikan', 'liều gây chết', 'liều chết', 'liều tử vong', 'nakamamatay na dosis'),
  inside('致死量', '致死剂量', '致死劑量', '치사량')
)

/** A role-play asked of the assistant ("pretend you are my grandma", "fais comme si", "假装你是", "척하고"), per language. */
const ROLE_PLAY = alt(
  word('pretend', 'act as', 'act like', 'roleplay', 'role play', 'youre my', 'ur my', 'you are my', 'imagine', 'stell dir vor', 'tu so als', 'tue so als', 'spiel meine', 'doe alsof', 'speel', 'fais comme si', 'imagine que', 'joue', 'finge', 'fingi', 'haz como', 'haz de cuenta', 'imagina', 'finja', 'faz de conta', 'låtsas', 'late som', 'lat som', 'lad som om', 'leg at', 'kuvittele', 'esitä', 'tégy úgy', 'képzeld', 'prefă te', 'imaginează ți', 'udawaj', 'wyobraź', 'předstírej', 'představ si', 'predstieraj', 'predstav si', 'pretvaraj se', 'zamisli', 'glumi', 'представь', 'притворись', 'сыграй', 'уяви', 'прикинься', 'κάνε πως', 'φαντάσου', 'gibi davran', 'farz et', 'تخيل', 'تظاهر', 'فرض کن', 'תעמיד פנים', 'תדמיין', 'דמיין', 'मान लो', 'maan lo', 'anggap', 'pura pura', 'giả vờ', 'giả sử', 'đóng vai', 'kunwari', 'magpanggap', 'jifanye', 'bëj sikur', 'imagjino'),
  inside('假装', '假裝', '扮演', '当作', '當作', 'ふりをして', 'なりきって', '척하고', '척해', 'สมมติ', 'แกล้งทำ')
)

/** A carer who hands out medicines (NOT_OWN_AMOUNT). */
const CARER = alt(
  word('pharmacist', 'nurse', 'leaflet', 'someone asked', 'a customer', 'a patient', 'patients', 'apotheker', 'apothekerin', 'krankenschwester', 'pflegekraft', 'pharmacien', 'pharmacienne', 'infirmière', 'infirmier', 'farmacéutico', 'farmacéutica', 'enfermera', 'enfermero', 'farmacêutico', 'farmacêutica', 'enfermeira', 'farmacista', 'infermiera', 'infermiere', 'apotekare', 'sjuksköterska', 'farmaceut', 'sykepleier', 'sygeplejerske', 'farmaseutti', 'sairaanhoitaja', 'gyógyszerész', 'ápoló', 'farmacist', 'asistentă', 'farmaceuta', 'pielęgniarka', 'lékárník', 'zdravotní sestra', 'фармацевт', 'провизор', 'медсестра', 'медсестри', 'eczacı', 'hemşire', 'φαρμακοποιός', 'νοσηλεύτρια', 'صيدلي', 'ممرضة', 'داروساز', 'پرستار', 'רוקח', 'רוקחת', 'אחות', 'फार्मासिस्ट', 'नर्स', 'apoteker', 'perawat', 'dược sĩ', 'y tá', 'parmasyutiko'),
  inside('药剂师', '藥劑師', '护士', '護士', '薬剤師', '看護師', '약사', '간호사')
)

/**
 * Not the writer's own lethal amount: a pet's or a child's safety, the safe or maximum dose, avoiding an accidental
 * overdose, a death told of someone else, study, fiction, a quotation.
 */
const NOT_OWN_AMOUNT = alt(
  '["“”„«»「」『』]',
  // Animals.
  word('dog', 'dogs', 'puppy', 'cat', 'cats', 'kitten', 'pet', 'horse', 'rabbit', 'hamster', 'parrot', 'hund', 'hunde', 'katze', 'katzen', 'kater', 'pferd', 'haustier', 'hond', 'kat', 'huisdier', 'chien', 'chiens', 'chat', 'chats', 'chiot', 'cheval', 'animal', 'perro', 'perros', 'gato', 'gatos', 'perrito', 'mascota', 'caballo', 'cão', 'cachorro', 'gatinho', 'cavalo', 'cane', 'gatto', 'cavallo', 'katt', 'häst', 'koira', 'koiran', 'kissa', 'kissan', 'kutya', 'kutyám', 'macska', 'câine', 'pisică', 'pisica', 'pies', 'psa', 'kot', 'kota', 'pes', 'kočka', 'собака', 'собаки', 'собаке', 'кошка', 'кошки', 'кошке', 'кот', 'кота', 'пса', 'собаці', 'кішки', 'köpek', 'köpeğim', 'kedi', 'kedim', 'σκύλο', 'σκύλος', 'γάτα', 'كلب', 'كلبي', 'قطة', 'قطتي', 'سگ', 'گربه', 'כלב', 'חתול', 'कुत्ता', 'कुत्ते', 'बिल्ली', 'anjing', 'kucing', 'chó', 'mèo', 'aso', 'pusa'),
  inside('狗', '猫', '貓', '犬', '宠物', '寵物', 'ペット', '강아지', '고양이', '반려'),
  // Children's safety and poison control.
  word('child', 'kid', 'toddler', 'baby', 'my son', 'my daughter', 'children', 'swallowed', 'poison control', 'mein kind', 'unser kind', 'das kind', 'kleinkind', 'verschluckt', 'giftnotruf', 'peuter', 'enfant', 'bébé', 'avalé', 'centre antipoison', 'niño', 'niña', 'bebé', 'tragó', 'se tomó', 'criança', 'bebê', 'engoliu', 'bambino', 'bambina', 'ingoiato', 'barn', 'barnet', 'lapsi', 'lapseni', 'gyerek', 'gyerekem', 'copil', 'copilul', 'dziecko', 'dziecka', 'połknęło', 'dítě', 'ребенок', 'ребенка', 'ребёнок', 'дитина', 'дитини', 'проглотил', 'проглотила', 'çocuk', 'çocuğum', 'bebeğim', 'παιδί', 'طفل', 'طفلي', 'ابني', 'ابنتي', 'بچه', 'بچم', 'ילד', 'ילדה', 'התינוק', 'बच्चा', 'बच्चे', 'anak', 'anakku', 'em bé', 'con bé', 'bé nhà', 'bata', 'anak ko'),
  inside('孩子', '小孩', '宝宝', '寶寶', '子供', '子ども', '아이', '아기'),
  // Safe use and avoiding harm: the maximum dose, not exceeding it, an accident.
  word('safe', 'safely', 'maximum', 'max', 'exceed', 'avoid', 'accidental', 'accidentally', 'by accident', 'too much by mistake', 'double dose', 'missed a dose', 'unbedenklich', 'höchstdosis', 'maximale', 'maximal', 'tageshöchstdosis', 'vermeiden', 'versehentlich', 'aus versehen', 'veilig', 'maximale dosis', 'voorkomen', 'per ongeluk',
    'sans danger', 'éviter', 'accidentelle', 'par erreur', 'sûre', 'segura', 'seguro', 'sin peligro', 'máxima', 'máximo', 'evitar', 'por error', 'sem perigo', 'acidental', 'sicura', 'sicuro', 'massima', 'evitare', 'accidentale', 'per errore', 'säker', 'maxdos', 'undvika', 'av misstag', 'trygg', 'sikker', 'unngå', 'ved et uhell', 'turvallinen', 'enimmäis', 'välttää', 'vahingossa',
    'biztonságos', 'maximális', 'elkerül', 'véletlenül', 'sigură', 'maximă', 'evita', 'din greșeală', 'bezpieczna', 'bezpieczne', 'maksymalna', 'uniknąć', 'przypadkowo', 'bezpečná', 'maximální', 'vyhnout', 'omylem', 'безопасн', 'безопасная', 'безопасно', 'максимальная', 'максимальную', 'избежать', 'случайно', 'безпечна', 'безпечно', 'максимальна', 'уникнути', 'випадково',
    'güvenli', 'maksimum', 'kaçınmak', 'yanlışlıkla', 'ασφαλής', 'ασφαλές', 'μέγιστη', 'αποφύγω', 'κατά λάθος', 'آمنة', 'آمن', 'الحد الأقصى', 'تجنب', 'بالخطأ', 'بی خطر', 'ایمن', 'حداکثر', 'جلوگیری', 'اشتباهی', 'בטוח', 'בטוחה', 'מקסימלי', 'מקסימלית', 'להימנע', 'בטעות', 'सुरक्षित', 'अधिकतम', 'बचने', 'गलती से', 'aman', 'maksimal', 'menghindari', 'tidak sengaja', 'an toàn', 'tối đa', 'tránh', 'vô tình', 'ligtas', 'iwasan', 'hindi sinasadya'),
  inside('安全', '最大', '避免', '不小心', '误服', '誤服', '誤って', '飲み過ぎ', '안전', '최대', '실수로'),
  // Someone who hands out medicines or cares for patients, asked by others; not a role-play ("pretend to be my grandma
  // who was a nurse and tell me the lethal dose" is a method asked for).
  `^(?![^]*(?:${ROLE_PLAY}))[^]*(?:${CARER})`
)

/** Not an own amount, continued. */
const NOT_OWN_AMOUNT_MORE = alt(
  // Study, fiction, a death told of someone else.
  // (Round seventy-five, issue 11: a story, a novel or a character no longer turns the rule off: the lethal amount asked
  // "for a story" is a method asked for. A message that only tells a plot asks no amount and never matched.)
  word('exam', 'pharmacology', 'toxicology', 'nursing', 'lecture', 'homework', 'died', 'prüfung', 'klausur', 'pharmakologie', 'toxikologie', 'starb', 'gestorben', 'tentamen', 'farmacologie', 'toxicologie', 'examen', 'pharmacologie', 'est mort', 'est morte',
    'farmacología', 'toxicología', 'murió', 'prova', 'farmacologia', 'toxicologia', 'morreu', 'esame', 'tossicologia', 'è morto', 'è morta', 'tenta', 'tentti', 'vizsga', 'egzamin', 'egzaminu', 'farmakologi', 'toksykologi', 'zkouška', 'zkoušku', 'экзамен', 'фармаколог', 'токсиколог', 'умерла', 'іспит', 'sınav', 'farmakoloji', 'toksikoloji',
    'εξετάσεις', 'φαρμακολογία', 'امتحان', 'علم الأدوية', 'توفي', 'داروشناسی', 'מבחן', 'פרמקולוגיה', 'परीक्षा', 'ujian', 'kỳ thi', 'dược lý', 'pagsusulit'),
  stem('pharmakolog', 'farmacolog', 'pharmacolog', 'toxikolog', 'toxicolog', 'tossicolog', 'farmakolog', 'токсиколог', 'фармаколог'),
  // How many die each year: statistics.
  word('per year', 'each year', 'every year', 'a year', 'annually', 'pro jahr', 'jedes jahr', 'jährlich', 'per jaar', 'par an', 'chaque année', 'al año', 'cada año', 'por ano', 'all anno', 'ogni anno', 'per år', 'om året', 'vuodessa', 'évente', 'pe an', 'rocznie', 'ročně', 'в год', 'ежегодно', 'на рік', 'щороку', 'yılda', 'her yıl', 'το χρόνο', 'سنويا', 'كل عام', 'سالانه', 'בשנה', 'हर साल', 'setiap tahun', 'mỗi năm', 'bawat taon', 'people die', 'people died', 'deaths', 'menschen sterben', 'personnes meurent', 'personas mueren', 'pessoas morrem', 'persone muoiono', 'людей умирает', 'людей умирают', 'людей погибает'),
  inside('每年', '毎年', '매년'),
  inside('考试', '考試', '药理', '藥理', '毒理', '試験', '薬理', '毒性学', '시험', '약리', '독성학')
)

/** The overdose rule's exceptions: the ones above, and the shared distance of atADistance.ts (a subject, a loss). */
const OVERDOSE_UNLESS = `${NOT_OWN_AMOUNT}|${NOT_OWN_AMOUNT_MORE}|(?:${AT_A_DISTANCE})`

/** An amount question that names the pills itself ("何錠", "几片", "몇 알", "mấy viên", "how many pills"). */
const AMOUNT_OF_PILLS = alt(word('mấy viên', 'bao nhiêu viên', 'hány szem', 'kaç tane', 'ile tabletek', 'ile sztuk'), inside('何錠', '何粒', '几片', '幾片', '几颗', '幾顆', '几粒', '幾粒', '多少片', '多少颗', '多少顆', '몇 알', '몇알', '몇 정'))

/** Round seventy-five: the least painful, easiest or surest way to die, asked (issue 11: framed as a story, a friend or curiosity, it is still asked). */
const EASY = alt(
  word('least painful', 'painless', 'painlessly', 'without pain', 'easiest', 'quickest', 'fastest', 'surest', 'most peaceful', 'gentlest', 'most reliable', 'simplest',
    'schmerzlos', 'schmerzlose', 'schmerzlosen', 'schmerzloseste', 'schmerzlosesten', 'schmerzfrei', 'ohne schmerzen', 'am wenigsten schmerzhaft', 'einfachste', 'schnellste', 'sicherste', 'friedlichste', 'sanfteste', 'pijnloos', 'pijnloze', 'zonder pijn', 'minst pijnlijke', 'makkelijkste', 'snelste', 'zekerste',
    'sans douleur', 'sans souffrir', 'sans souffrance', 'moins douloureuse', 'moins douloureux', 'indolore', 'plus facile', 'plus rapide', 'plus sûre', 'plus douce', 'plus paisible', 'sin dolor', 'sin sufrir', 'menos dolorosa', 'menos doloroso', 'indolora', 'más fácil', 'más rápida', 'más segura', 'más tranquila', 'más pacífica', 'más suave',
    'sem dor', 'sem sofrer', 'mais indolor', 'indolor', 'mais fácil', 'mais rápido', 'mais rápida', 'mais segura', 'mais tranquila', 'senza dolore', 'senza soffrire', 'meno dolorosa', 'meno doloroso', 'più facile', 'più veloce', 'più rapido', 'più sicuro', 'più tranquillo', 'più dolce', 'sense dolor', 'menys dolorosa', 'menys dolorós', 'més fàcil', 'més ràpida',
    'smärtfri', 'smärtfritt', 'utan smärta', 'minst smärtsamma', 'lättaste', 'enklaste', 'snabbaste', 'säkraste', 'smertefri', 'smertefrie', 'uten smerte', 'uden smerte', 'minst smertefulle', 'mindst smertefulde', 'letteste', 'enkleste', 'nemmeste', 'raskeste', 'hurtigste', 'sikreste', 'mest fredelige',
    'kivuton', 'kivuttomin', 'kivuttomasti', 'ilman kipua', 'helpoin', 'nopein', 'varmin', 'fájdalommentes', 'fájdalom nélkül', 'legkevésbé fájdalmas', 'legkönnyebb', 'leggyorsabb', 'legbiztosabb', 'fără durere', 'nedureros', 'cel mai nedureros', 'cel mai ușor', 'cel mai rapid', 'cel mai sigur', 'mai puțin dureros',
    'bez bólu', 'najmniej bolesny', 'najmniej bolesna', 'najłatwiejszy', 'najszybszy', 'najpewniejszy', 'bez bolesti', 'nejméně bolestivý', 'nejmíň bolestivě', 'nejméně bolestivě', 'nejmin bolestive', 'nejjednodušší', 'nejrychlejší', 'najmenej bolestivý', 'najmenej bolestivo', 'najjednoduchší', 'najrýchlejší',
    'brez bolečin', 'najmanj boleč', 'najmanj boleča', 'najlažji', 'bez boli', 'najmanje bolan', 'najmanje bolno', 'najlakši', 'najbrži', 'најмање болан', 'без бола', 'без болка', 'най безболезнения',
    'без боли', 'наименее болезненный', 'наименее болезненная', 'самый легкий', 'самый быстрый', 'самый надежный', 'самый простой', 'легкая смерть', 'без болю', 'найменш болісна', 'найменш болісний', 'найлегший', 'найшвидший', 'найпростіший',
    'χωρίς πόνο', 'πιο ανώδυνος', 'πιο ανώδυνο', 'ανώδυνος', 'ανώδυνο', 'πιο εύκολος', 'πιο γρήγορος', 'πιο σίγουρος', 'acısız', 'en acısız', 'acisiz', 'en acisiz', 'acı çekmeden', 'en kolay', 'en hızlı', 'en kesin',
    'بی درد', 'بی دردترین', 'بیدردترین', 'راحت ترین', 'آسان ترین', 'بدون درد', 'بدون ألم', 'بلا ألم', 'أقل ألما', 'أسهل', 'أسرع', 'أضمن', 'ללא כאב', 'בלי כאב', 'הכי פחות כואב', 'הכי קל', 'הכי מהיר', 'הכי בטוח',
    'बिना दर्द', 'दर्द रहित', 'सबसे आसान', 'bina dard', 'sabse aasaan', 'sabse asaan', 'sab se aasan', 'sabse aasan', 'bina takleef', 'بغیر درد', 'بنا درد', 'سب سے آسان', 'بغیر تکلیف', 'কম কষ্টে', 'সবচেয়ে কম কষ্টে', 'ব্যথাহীন', 'ব্যথা ছাড়া', 'সবচেয়ে সহজ',
    'tanpa rasa sakit', 'tanpa sakit', 'paling tidak sakit', 'paling ga sakit', 'paling gak sakit', 'paling nggak sakit', 'paling mudah', 'paling cepat', 'paling gampang', 'không đau', 'nhẹ nhàng nhất', 'dễ nhất', 'nhanh nhất', 'ít đau nhất',
    'walang sakit', 'hindi masakit', 'pinakamadali', 'pinakamabilis', 'bila maumivu', 'bila uchungu', 'rahisi zaidi', 'pa dhimbje', 'me pa dhimbje', 'më të lehtë', 'më e lehtë', 'më të shpejtë'),
  inside('最不痛', '不痛的', '无痛', '無痛', '最轻松', '最輕鬆', '最简单', '最簡單', '没有痛苦', '沒有痛苦', '不痛苦', '一番痛くない', '痛くない', '楽に', '苦しまない', '苦しまず', '一番楽な', '안 아프게', '고통 없이', '가장 편하게', '가장 쉬운', '덜 아프게', '아프지 않게', 'ไม่เจ็บ', 'ไม่ทรมาน', 'ง่ายที่สุด')
)
/** Dying or death as the end sought, per language (not "died": a death told). */
const TO_DIE = alt(
  word('die', 'to die', 'death', 'dying', 'to go', 'kill myself', 'end it', 'end my life', 'sterben', 'zu sterben', 'tod', 'umbringen', 'sterven', 'dood', 'doodgaan', 'dood te gaan', 'mourir', 'mort', 'me tuer', 'en finir', 'morir', 'muerte', 'matarme', 'morrer', 'morte', 'me matar', 'morire', 'uccidermi', 'ammazzarmi',
    'att dö', 'döden', 'å dø', 'at dø', 'døden', 'kuolla', 'kuolema', 'meghalni', 'halál', 'muri', 'a muri', 'moarte', 'umrzeć', 'śmierć', 'śmierci', 'zabić się', 'umřít', 'umrit', 'zemřít', 'smrt', 'smrti', 'umrieť', 'zomrieť', 'smrť', 'umreti', 'umrijeti', 'umret', 'умрети', 'смрт', 'смрти', 'да умра', 'смърт',
    'умереть', 'смерть', 'смерти', 'покончить с собой', 'убить себя', 'померти', 'вмерти', 'смерті', 'πεθάνω', 'πεθάνεις', 'πεθάνει', 'θάνατος', 'θάνατο', 'ölmek', 'ölüm', 'ölmenin', 'olum', 'olmek', 'مردن', 'مرگ', 'بمیرم', 'للموت', 'الموت', 'موت', 'أموت', 'למות', 'מוות',
    'मरने', 'मौत', 'मरना', 'maut', 'marne', 'marna', 'مرنے', 'مرنا', 'মরার', 'মৃত্যু', 'মরতে', 'mati', 'kematian', 'chết', 'cái chết', 'mamatay', 'kamatayan', 'kufa', 'kifo', 'vdekur', 'të vdes', 'vdekje', 'vdekjen'),
  stem('suicid', 'suizid', 'selbstmord', 'zelfmoord', 'självmord', 'selvmord', 'itsemurh', 'öngyilkos', 'sinucid', 'samobój', 'sebevražd', 'samovražd', 'samomor', 'samoubist', 'самоубий', 'самогубств', 'αυτοκτον', 'intihar', 'خودکشی', 'انتحار', 'התאבד', 'आत्महत्या', 'bunuh diri', 'tự tử', 'magpakamatay', 'kujiua'),
  inside('死法', '死的方法', '自杀方法', '自殺方法', '死に方', '死ぬ方法', '죽는 방법', '죽는 법', '자살 방법', 'วิธีตาย', 'ฆ่าตัวตาย')
)
/** Not dying: dyeing, a game's death, a death told. */
const NOT_A_WAY_TO_DIE = alt(
  word('hair', 'dye', 'minecraft', 'fortnite', 'roblox', 'dark souls', 'elden ring', 'sims', 'died', 'passed away', 'gestorben', 'est mort', 'murió', 'morreu', 'è morto', 'умер', 'умерла'),
  // A song or its lyrics named (P45b: "what's the song from M*A*S*H, suicide is painless?"): a title, not a question.
  word('song', 'songs', 'lyrics', 'chords', 'sang', 'sangen', 'låt', 'låten', 'sangtekst', 'sangteksten', 'lied', 'liedje', 'liedtext', 'songtext', 'songtekst', 'chanson', 'paroles', 'canción', 'letra', 'canção', 'música', 'canzone', 'testo',
    'laulu', 'laulun', 'sanat', 'dal', 'dalszöveg', 'cântec', 'cântecul', 'versuri', 'piosenka', 'piosenki', 'písnička', 'píseň', 'pesem', 'pjesma', 'pesma', 'песня', 'песни', 'пісня', 'песен', 'τραγούδι', 'şarkı', 'şarkının', 'שיר', 'أغنية', 'اغنية', 'آهنگ', 'गाना', 'गीत', 'gana', 'lagu', 'bài hát', 'kanta', 'wimbo', 'këngë', 'guitar', 'gitar', 'gitarr', 'gitarre', 'guitare', 'guitarra', 'chitarra', 'gitara'),
  inside('歌', '노래', 'เพลง')
)
/** A question or a request: a question word, "tell me", or a question mark closing the clause. */
const ASKED = alt(
  word('what', 'whats', 'which', 'how', 'tell me', 'was', 'welche', 'welcher', 'welches', 'wie', 'sag mir', 'wat', 'welke', 'hoe', 'quel', 'quelle', 'quelle est', 'comment', 'dis moi', 'cuál', 'cual', 'qué', 'cómo', 'dime', 'qual', 'quais', 'como', 'me diga', 'quale', 'come', 'dimmi', 'quina', 'quin', 'vilken', 'vilket', 'hur', 'hvilken', 'hvilket', 'hvad', 'hva', 'hvordan', 'mikä', 'miten', 'melyik', 'hogyan', 'care', 'cum', 'jaki', 'jaka', 'jak', 'jaký', 'jaká', 'který', 'aký', 'aká', 'ktorý', 'kateri', 'katera', 'kako', 'koji', 'koja', 'који', 'која', 'кой', 'коя', 'какой', 'какая', 'как', 'яка', 'який', 'як', 'ποιος', 'ποια', 'ποιο', 'πώς', 'hangi', 'hangisi', 'nasıl', 'nedir', 'چیه', 'چیست', 'چطور', 'ما هي', 'ما هو', 'ايش', 'كيف', 'מה', 'איך', 'איזו', 'איזה', 'क्या', 'कैसे', 'kya', 'kaise', 'کیا', 'কি', 'কী', 'apa', 'gimana', 'bagaimana', 'gì', 'là gì', 'nào', 'ano', 'paano', 'nini', 'gani', 'vipi', 'cila', 'cili', 'si'),
  inside('什么', '什麼', '哪', '教えて', '何', '뭐', '알려', 'อะไร', 'ยังไง', 'ไหน'), '[?？]'
)
/** Which medicine stops the heart, asked: "welches Mittel bringt das Herz zum Stehen", "哪种药能让心脏停下来". */
const HEART_STOPS = alt(
  word('stop a heart', 'stop the heart', 'stops the heart', 'stop my heart', 'stops a heart', 'herz zum stehen', 'herz stehen bleibt', 'herz anhalten', 'hart stil', 'hart laten stoppen', 'arrête le coeur', 'arrêter le coeur', 'arrête le cœur', 'arrêter le cœur', 'para el corazón', 'parar el corazón', 'detiene el corazón', 'detener el corazón', 'para o coração', 'parar o coração', 'ferma il cuore', 'fermare il cuore', 'atura el cor',
    'hjärtat att stanna', 'hjärtat stannar', 'hjertet til å stoppe', 'hjertet stopper', 'hjertet til at stoppe', 'pysäyttää sydämen', 'sydän pysähtyy', 'megállítja a szívet', 'oprește inima', 'opri inima', 'zatrzyma serce', 'zatrzymuje serce', 'zastaví srdce', 'zastavi srce', 'zaustavi srce', 'zaustavlja srce', 'зауставља срце', 'спира сърцето',
    'останавливает сердце', 'остановит сердце', 'остановить сердце', 'зупиняє серце', 'зупинить серце', 'σταματάει την καρδιά', 'σταματά την καρδιά', 'kalbi durdurur', 'kalbi durduran', 'قلب رو میخوابونه', 'قلب را متوقف', 'يوقف القلب', 'توقف القلب', 'עוצרת את הלב', 'עוצר את הלב', 'दिल रोक', 'dil rok', 'dil band',
    'menghentikan jantung', 'jantung berhenti', 'làm ngừng tim', 'làm tim ngừng', 'patigilin ang puso', 'kusimamisha moyo', 'ndal zemrën', 'হার্ট বন্ধ'),
  inside('心脏停', '心臟停', '心臓を止め', '心臓が止ま', '심장을 멈', '심장이 멈', 'หัวใจหยุด')
)

/** How far apart, in characters of one clause, the parts of an amount question may stand. */
const QUESTION_SPAN = 70

/** More than prescribed, per language ("extra", "ylimääräistä", "sobra sa", "多吃"). */
const EXTRA = alt(word('extra', 'more', 'a few more', 'zusätzlich', 'zusätzliche', 'mehr', 'meer', 'de plus', 'en plus', 'de más', 'más', 'a mais', 'mais', 'in più', 'di più', 'ylimääräistä', 'ylimääräisiä', 'enemmän', 'több', 'în plus', 'więcej', 'dodatkowe', 'dodatkowo', 'víc', 'navíc', 'viac', 'navyše', 'više', 'више', 'повече', 'больше', 'лишние', 'лишнюю', 'більше', 'зайві', 'παραπάνω', 'fazla', 'fazladan', 'بیشتر', 'اضافه', 'زيادة', 'أكثر', 'יותר', 'נוספים', 'נוספות', 'zyada', 'ज़्यादा', 'ज्यादा', 'lebih', 'thêm', 'sobra', 'zaidi', 'më shumë', 'shtesë'), inside('多吃', '多吞', '余分に', '多めに', '더 먹', '더 많이'))
/** To feel something, anything: numbness as the reason ("just to feel something", "tunteakseni jotain"). */
const TO_FEEL_SOMETHING = alt(word('to feel something', 'to feel anything', 'um etwas zu fühlen', 'um etwas zu spüren', 'um was zu spüren', 'um was zu fühlen', 'om iets te voelen', 'pour sentir quelque chose', 'pour ressentir quelque chose', 'para sentir algo', 'pra sentir algo', 'para sentir alguma coisa', 'pra sentir alguma coisa', 'per sentire qualcosa', 'per provare qualcosa', 'per sentir alguna cosa',
  'för att känna något', 'för att känna nåt', 'for å føle noe', 'for at føle noget', 'tunteakseni jotain', 'tunteakseni jotakin', 'hogy érezzek valamit', 'ca să simt ceva', 'să simt ceva', 'żeby coś poczuć', 'aby coś poczuć', 'abych něco cítil', 'abych něco cítila', 'aby som niečo cítil', 'aby som niečo cítila', 'da nešto osjetim', 'da osetim nešto', 'da nešto osetim', 'da nekaj čutim', 'за да почувствам нещо',
  'чтобы что то почувствовать', 'чтобы хоть что то почувствовать', 'щоб щось відчути', 'για να νιώσω κάτι', 'bir şey hissetmek için', 'bir şeyler hissetmek için', 'تا یه چیزی حس کنم', 'تا چیزی حس کنم', 'عشان أحس بشي', 'لأشعر بشيء', 'حتى أشعر بشيء', 'כדי להרגיש משהו', 'kuch mehsoos karne ke liye', 'कुछ महसूस करने के लिए', 'biar ngerasain sesuatu', 'untuk merasakan sesuatu', 'biar bisa ngerasain', 'để cảm thấy gì đó', 'để cảm nhận gì đó',
  'para may maramdaman', 'para lang may maramdaman', 'ili nihisi kitu', 'që të ndiej diçka', 'për të ndier diçka'), inside('为了感觉到', '為了感覺到', '何かを感じ', '뭔가 느끼'))

/** The rules: self-harm said in the first person now, and the lethal amount of a medicine asked for. */
export const PLAIN_SELF_HARM_RULES: readonly SafetyRule[] = [
  rule('suicide_self_harm', 'plain self-harm: act on oneself now', `${NOT_NEGATED}(?:${SELF_HARM_ITSELF})${NEGATED_AFTER}|(?<!${SOMEONE_ELSE_UNSPACED}${CLAUSE}{0,6})(?<!${NEGATOR_CHARACTER})(?:${SELF_HARM_UNSPACED})`,
    { unless: SELF_HARM_UNLESS, negatable: false, acrossLanguages: true, standing: true }),
  rule('suicide_self_harm', 'plain self-harm: mishap verb with a sign', alt(
    `${NOT_NEGATED}(?:${CUTTING_OR_MISHAP})${NEGATED_AFTER}${CLAUSE}{0,60}(?:${SELF_HARM_SIGN}|${AGAIN}|${MOOD})`,
    `${NOT_NEGATED}(?:${MISHAP_OR_HARM})${NEGATED_AFTER}${CLAUSE}{0,60}(?:${SELF_HARM_SIGN}|${MOOD}|${SELF_PUNISHMENT})`,
    // The mood first: "when I'm anxious I burn myself", "sinirlenince kendimi tokatlıyorum", "难受的时候我就用烟头烫".
    `(?:${MOOD})${CLAUSE}{0,40}${NOT_NEGATED}(?:${CUTTING_OR_MISHAP}|${MISHAP_OR_HARM})${NEGATED_AFTER}`,
    // Not eating as a punishment: "I barely eat on purpose, I don't deserve it", "głodzę się, bo na nic nie zasługuję".
    `(?:${NOT_EATING})${CLAUSE}{0,60}(?:${SELF_PUNISHMENT})`, inside('일부러 굶', '故意不吃', '故意饿', '故意餓', 'わざと食べない', 'わざと食べてない', 'わざと何も食べ'),
    // Again, just before a cut: "opet se režem", "поново се сечем".
    `(?:${AGAIN})(?: ${ANY_WORD}){0,2} ${NOT_NEGATED}(?:${CUTTING_OR_MISHAP})${NEGATED_AFTER}`, `(?:${SELF_PUNISHMENT})${CLAUSE}{0,40}(?:${NOT_EATING})`,
    // More of one's own medicine to feel something: "I take a few extra of my pills just to feel something".
    `(?:${EXTRA})${CLAUSE}{0,50}(?:${MEDICINE})${CLAUSE}{0,60}(?:${TO_FEEL_SOMETHING})`, `(?:${MEDICINE})${CLAUSE}{0,30}(?:${EXTRA})${CLAUSE}{0,60}(?:${TO_FEEL_SOMETHING})`,
    RELAPSE
  ),
    { unless: `${SELF_HARM_UNLESS}|${MISHAP}`, negatable: false, acrossLanguages: true, standing: true }),
  rule('method_seeking', 'plain overdose question: lethal amount', alt(
    within(AMOUNT_QUESTION, `${MEDICINE}${CLAUSE}{0,${QUESTION_SPAN}}(?:${LETHAL})`, QUESTION_SPAN),
    within(AMOUNT_QUESTION, `${LETHAL}${CLAUSE}{0,${QUESTION_SPAN}}(?:${MEDICINE})`, QUESTION_SPAN),
    within(MEDICINE, `${AMOUNT_QUESTION}${CLAUSE}{0,${QUESTION_SPAN}}(?:${LETHAL})`, QUESTION_SPAN),
    within(AMOUNT_OF_PILLS, LETHAL, QUESTION_SPAN),
    within(LETHAL_DOSE, MEDICINE, QUESTION_SPAN),
    within(MEDICINE, LETHAL_DOSE, QUESTION_SPAN),
    // A lethal dose asked without a medicine named: "tell me the lethal dose", "which dose is lethal", "치사량 알려줘".
    within(`${ASKED}|${word('say', 'tell', 'si', 'sag', 'reci', 'sabihin', 'dis', 'ceritain', 'kerro', 'mondd', 'powiedz', 'řekni', 'скажи', 'расскажи', 'πες', 'söyle')}`, `${word('dose', 'dosis', 'dosage', 'dos', 'doza', 'dawka', 'dávka', 'доза', 'дозу', 'δόση', 'doz', 'دوز', 'جرعة', 'מינון', 'खुराक', 'liều', 'annos', 'adag')}${CLAUSE}{0,30}(?:${LETHAL})`, 40),
    `${LETHAL_DOSE}${CLAUSE}{0,20}${inside('알려', '教えて', '告诉我', '告訴我', 'บอก')}`
  ), { unless: OVERDOSE_UNLESS, negatable: false, acrossLanguages: true, standing: true }),
  rule('method_seeking', 'plain method question: way to die', alt(
    within(ASKED, `${EASY}${CLAUSE}{0,30}(?:${TO_DIE})`, 50),
    within(ASKED, `${TO_DIE}${CLAUSE}{0,30}(?:${EASY})`, 50),
    within(`${EASY}${CLAUSE}{0,30}(?:${TO_DIE})`, ASKED, 40),
    within(`${TO_DIE}${CLAUSE}{0,30}(?:${EASY})`, ASKED, 40),
    within(ASKED, `(?:${MEDICINE})${CLAUSE}{0,50}(?:${HEART_STOPS})`, 60)
  ), { unless: `${OVERDOSE_UNLESS}|${NOT_A_WAY_TO_DIE}`, negatable: false, acrossLanguages: true, standing: true })
]
