import { alt } from './lexicon.ts'
import { rule, type SafetyRule } from './SafetyRule.ts'
import { CLAUSE, inside, NEGATORS, notNegatedBy, stem, word } from './anyScriptWords.ts'

/*
 * Round seventy-three (issue 11): the plainest disclosures there are, "I think about suicide", "I want to die",
 * "I'm suicidal", in the first person and the present, in many languages. Through the orchestrator's path the shipped
 * router escalated them in English, French, Italian and Spanish, but not in German, Dutch or Portuguese (a rule flagged
 * each and the learned score, trained mostly on English, overruled it from below the rule floor), nor in Russian,
 * Polish, Turkish, Chinese, Japanese, Korean, Arabic and most other languages (no rule named them; the learned score
 * read them as calm). These rules are `standing`: no learned score overrules them (screenWithSentences.ts,
 * screenWithLearned.ts), so each is written narrowly: a first-person present verb of thinking, considering, planning
 * or wanting joined to the word for suicide or for killing oneself within a few words of one clause; a first-person
 * wish to die; being or feeling suicidal. Told as past, about someone else, as study or grief, or negated, they do not
 * apply, and the other rules and the learned screen judge the message as before.
 */



/**
 * The word for suicide, as a word or a stem, and for killing or ending oneself, per language (normalised as the screen
 * normalises text: anyScriptWords.ts).
 */
const SUICIDE = alt(
  stem('suicid', 'suizid', 'selbstmord', 'zelfmoord', 'suïcid', 'suicíd', 'självmord', 'selvmord', 'sjálfsmorð', 'sjálfsvíg', 'itsemurh', 'enesetap',
    'öngyilkos', 'sinucid', 'sinucig', 'samobój', 'sebevražd', 'samovražd', 'samoubojstv', 'samoubistv', 'samomor', 'savižud', 'pašnāvīb', 'vetëvras', 'intihar',
    'самоубийств', 'самоубиств', 'самогубств', 'суицид', 'суїцид', 'αυτοκτον', 'התאבד', 'להתאבד', 'אובדנ', 'انتحار', 'الانتحار', 'انتحر', 'أنتحر', 'خودکشی', 'خودکشي',
    'आत्महत्या', 'খুদকুশি', 'আত্মহত্যা', 'ஆத்மஹத்தி', 'தற்கொலை', 'ఆత్మహత్య', 'ആത്മഹത്യ', 'ಆತ್ಮಹತ್ಯ', 'bunuh diri', 'magpakamatay', 'pagpapakamatay', 'nagpapakamatay', 'kujiua', 'kujitoa uhai'),
  word('tu tu', 'tu sat', 'tự tử', 'tự sát', 'khudkushi', 'khudkhushi', 'aatmahatya', 'atmahatya'),
  inside('自杀', '自殺', '轻生', '輕生', '自尽', '自盡', '寻死', '尋死', '自死', '자살', 'ฆ่าตัวตาย', 'อัตวินิบาตกรรม'),
  // Killing or ending oneself, where a language says it so (the reflexive is what makes it one's own life).
  word('kill myself', 'end my life', 'take my own life', 'take my life', 'mich umbringen', 'mich umzubringen', 'mir das leben nehmen', 'mich töten', 'mezelf van kant maken', 'mezelf doden', 'een eind aan mijn leven maken',
    'me tuer', 'mettre fin à mes jours', 'mettre fin à ma vie', 'matarme', 'quitarme la vida', 'me matar', 'tirar minha vida', 'tirar a minha vida', 'acabar com a minha vida', 'uccidermi', 'ammazzarmi', 'togliermi la vita',
    'убить себя', 'покончить с собой', 'покончу с собой', 'покончить жизнь самоубийством', 'покінчити з собою', 'вбити себе', 'убити себе', 'zabić się', 'zabije się', 'zabiję się', 'odebrać sobie życie', 'zabít se', 'zabiť sa', 'ubiti se', 'ubit ću se', 'ubiću se',
    'kendimi öldürmek', 'kendimi öldürmeyi', 'kendimi öldüreceğim', 'canıma kıymak', 'canıma kıymayı', 'ta livet av meg', 'ta mitt liv', 'tage mit eget liv', 'ta livet av mig', 'ta mitt eget liv', 'tappaa itseni', 'megölni magam', 'megölöm magam', 'să mă omor', 'să mă sinucid', 'να αυτοκτονήσω',
    'قتل نفسي', 'أقتل نفسي', 'اقتل نفسي', 'خودم را بکشم', 'خودمو بکشم', 'להרוג את עצמי', 'खुद को मार', 'खुद को खत्म', 'अपनी जान ले', 'মরে যেতে', 'nijiue', 'kujiua')
)

/**
 * A first-person present verb of the mind turned toward it: thinking, considering, planning, wanting, dreaming of.
 * Third-person and past forms differ in these languages (думаю / думает / думал, myślę / myśli, denke / denkt), so a
 * friend's thoughts or a past episode do not match.
 */
const MINDING = alt(
  word('i think about', 'i think of', 'i keep thinking', 'im thinking', 'i am thinking', 'ive been thinking', 'i have been thinking', 'i cant stop thinking', 'i can not stop thinking', 'i cannot stop thinking', 'im considering', 'i am considering', 'im contemplating', 'i am contemplating', 'i consider', 'i contemplate', 'im planning', 'i am planning', 'i plan', 'i want to commit', 'i wanna commit', 'im going to commit', 'i am going to commit', 'i will commit', 'im gonna commit', 'i keep having thoughts of', 'i dream of', 'i fantasize about', 'i fantasise about'),
  word('denke', 'denk', 'überlege', 'ich plane', 'ich will', 'will ich', 'möchte', 'träume', 'ik denk', 'overweeg', 'ik wil', 'ik plan', 'droom', 'je pense', 'je songe', 'je veux', 'j envisage', 'je réfléchis', 'je prévois', 'je rêve',
    'pienso', 'estoy pensando', 'he pensado', 'quiero', 'planeo', 'considero', 'estoy considerando', 'sueño con', 'penso', 'sto pensando', 'voglio', 'progetto', 'sogno', 'estou pensando', 'ando pensando', 'quero', 'planejo', 'estou a pensar', 'estou considerando', 'sonho com',
    'jag tänker', 'jag funderar', 'jag vill', 'jag planerar', 'tänker', 'funderar på', 'jeg tenker', 'jeg tænker', 'jeg vil', 'jeg planlegger', 'jeg planlægger', 'tenker på', 'tænker på', 'ég hugsa', 'ég vil', 'ajattelen', 'mietin', 'haluan', 'suunnittelen', 'harkitsen', 'mõtlen', 'tahan',
    'gondolok', 'gondolkodom', 'akarok', 'tervezem', 'mă gândesc', 'vreau', 'plănuiesc', 'mă tot gândesc', 'myślę', 'chcę', 'planuję', 'rozważam', 'zastanawiam się nad', 'marzę o', 'myslím', 'přemýšlím', 'chci', 'plánuji', 'uvažuji', 'rozmýšľam', 'chcem', 'premýšľam', 'mislim', 'razmišljam', 'želim', 'hoću', 'planiram', 'razmišljam o', 'mendoj',
    'думаю', 'подумываю', 'задумываюсь', 'хочу', 'планирую', 'собираюсь', 'мечтаю', 'размышляю', 'думаю про', 'планую', 'збираюся', 'мрію', 'мисля', 'искам',
    'σκέφτομαι', 'θέλω', 'σχεδιάζω', 'אני חושב', 'אני חושבת', 'אני רוצה', 'אני מתכנן', 'אני מתכננת', 'חושב על', 'חושבת על', 'רוצה', 'أفكر', 'افكر', 'أريد', 'اريد', 'بدي', 'عايز', 'عاوز', 'أنوي', 'انوي', 'أخطط', 'فكر می کنم', 'می خواهم', 'میخوام', 'می‌خواهم',
    'saya ingin', 'saya mau', 'aku ingin', 'aku mau', 'aku pengen', 'pengen', 'ingin', 'berpikir', 'kepikiran', 'memikirkan', 'berencana', 'tôi muốn', 'tôi nghĩ', 'tôi định', 'muốn', 'nghĩ đến', 'nghĩ tới', 'gusto kong', 'iniisip kong', 'balak kong', 'nataka', 'nafikiria', 'napanga'),
  // Chinese marks no person on 想 ("he wants" is 他想): the writer's own, or a first person left out as people type it.
  inside('我想', '我要', '我打算', '我在考虑', '我在考慮', '我一直想', '我很想', '我好想', '我真想', '好想', '总是想', '總是想', '一直在想', '老是想')
)

/** The same, written after the word (verb-final languages: Turkish, Persian, Hindi and Urdu, Bengali, Korean, Japanese). */
const MINDING_AFTER = alt(
  word('gondolok', 'gondolkodom', 'akarok lenni', 'akarok'),
  stem('düşünüyorum', 'düşünmekteyim', 'istiyorum', 'planlıyorum', 'edeceğim', 'edesim', 'ediyorum'),
  word('فکر می کنم', 'فکر میکنم', 'می خواهم', 'میخوام', 'کنم', 'बारे में सोच रहा', 'बारे में सोच रही', 'बारे में सोचता', 'बारे में सोचती', 'करना चाहता', 'करना चाहती', 'करने की सोच', 'का ख्याल', 'के ख्याल', 'करूंगा', 'करूँगा', 'करूंगी', 'करूँगी', 'ke bare mein soch', 'karna chahta', 'karna chahti', 'kar lunga', 'kar lungi',
    'করতে চাই', 'করার কথা ভাবছি', 'কথা ভাবছি', 'করব', 'করবো', 'karne ka soch', 'karna chahta hoon', 'karna chahti hoon'),
  inside('하고 싶', '하고싶', '할 거', '할거', '하려고', '을 생각', '생각이 들', '생각만', '충동', 'したい', 'しよう', 'を考え', 'について考え', 'するつもり', 'を考えて', 'ばかり考え')
)

/** Dying wished for by the writer now, per language ("I want to die", "хочу умереть", "我想死", "死にたい"). */
const WISH_TO_DIE = alt(
  word('ich will sterben', 'ich möchte sterben', 'ich will tot sein', 'ik wil dood', 'ik wil sterven', 'je veux mourir', 'quiero morir', 'quiero morirme', 'me quiero morir', 'voglio morire', 'quero morrer', 'eu quero morrer',
    'jag vill dö', 'jeg vil dø', 'haluan kuolla', 'tahan surra', 'meg akarok halni', 'vreau să mor', 'chcę umrzeć', 'chcę umrzec', 'chci umřít', 'chcem zomrieť', 'želim umrijeti', 'hoću da umrem', 'želim umreti', 'dua të vdes',
    'хочу умереть', 'хочу умерти', 'хочу померти', 'искам да умра', 'θέλω να πεθάνω', 'אני רוצה למות', 'רוצה למות', 'أريد أن أموت', 'اريد ان اموت', 'أريد الموت', 'اريد الموت', 'بدي موت', 'نفسي اموت', 'نفسي أموت', 'می خواهم بمیرم', 'میخوام بمیرم', 'دلم میخواد بمیرم',
    'मैं मरना चाहता', 'मैं मरना चाहती', 'मरना चाहता हूं', 'मरना चाहता हूँ', 'मरना चाहती हूं', 'मरना चाहती हूँ', 'marna chahta', 'marna chahti', 'মরে যেতে চাই', 'আমি মরতে চাই', 'میں مرنا چاہتا', 'میں مرنا چاہتی',
    'saya ingin mati', 'saya mau mati', 'aku ingin mati', 'aku mau mati', 'pengen mati', 'ingin mati saja', 'tôi muốn chết', 'mình muốn chết', 'em muốn chết', 'tao muốn chết', 'gusto ko nang mamatay', 'gusto kong mamatay', 'nataka kufa', 'ölmek istiyorum', 'ölmek istiyom', 'ölmek isterdim'),
  inside('我想死', '我好想死', '我真想死', '想去死', '我要去死', '我不想活了', '不想活了', '死にたい', '消えたい', '죽고 싶', '죽고싶', '죽을래', 'อยากตาย')
)

/** Being or feeling suicidal now, in the first person ("I'm suicidal", "ich bin suizidal", "mam myśli samobójcze"). */
const SUICIDAL_NOW = alt(
  word('im suicidal', 'i am suicidal', 'i feel suicidal', 'im feeling suicidal', 'i am feeling suicidal', 'i have suicidal thoughts', 'im having suicidal thoughts', 'i am having suicidal thoughts', 'ive been having suicidal thoughts', 'ive been suicidal', 'i have been suicidal',
    'ich bin suizidal', 'ich fühle mich suizidal', 'ich habe suizidgedanken', 'ich habe selbstmordgedanken', 'ik ben suïcidaal', 'ik heb zelfmoordgedachten', 'je suis suicidaire', 'j ai des pensées suicidaires', 'je me sens suicidaire',
    'tengo pensamientos suicidas', 'tengo ideas suicidas', 'me siento suicida', 'estoy suicida', 'ho pensieri suicidi', 'mi sento suicida', 'tenho pensamentos suicidas', 'estou com pensamentos suicidas', 'tenho ideação suicida', 'me sinto suicida',
    'jag har självmordstankar', 'jeg har selvmordstanker', 'minulla on itsemurha ajatuksia', 'öngyilkossági gondolataim vannak', 'am gânduri de sinucidere', 'mam myśli samobójcze', 'mam myśli samobojcze', 'mám sebevražedné myšlenky', 'mám samovražedné myšlienky', 'imam suicidalne misli',
    'у меня суицидальные мысли', 'у меня мысли о самоубийстве', 'у мене суїцидальні думки', 'у мене думки про самогубство', 'έχω αυτοκτονικές σκέψεις', 'יש לי מחשבות אובדניות', 'لدي أفكار انتحارية', 'عندي أفكار انتحارية', 'افکار خودکشی دارم',
    'मुझे आत्महत्या के विचार आ रहे', 'मुझे आत्महत्या के ख्याल आ रहे', 'intihar düşüncelerim var', 'saya punya pikiran bunuh diri', 'aku punya pikiran bunuh diri', 'tôi có ý nghĩ tự tử', 'tôi có ý định tự tử'),
  inside('我有自杀的念头', '我有自殺的念頭', '我有轻生的念头', '自殺願望がある', '希死念慮がある', '자살 충동을 느껴', '자살 충동이', '자살 생각이 들어')
)

/** Negators, as words (spaced scripts) and as characters (Chinese, Thai). */
const NEGATOR_WORD = word(...NEGATORS, 'ei', 'لست', 'কখনো', 'না', 'sio', 'hapana', 'hindi ko')
const NEGATOR_CHARACTER = inside('不', '没', '沒', '別', '别', 'ไม่', '안 ', '않')
/** Not negated: no negator among the two words before (or the character just before, in unspaced scripts). */
const NOT_NEGATED = notNegatedBy(NEGATOR_WORD, NEGATOR_CHARACTER)

/**
 * What may not stand between the verb and the word: a negator, someone else (a possessive, a relative, a friend), or
 * writing and reading about it ("I think about my brother's suicide", "I want to write about suicide").
 */
const GAP_STOP = alt(NEGATOR_WORD, NEGATOR_CHARACTER, stem('friend', 'brother', 'sister', 'daughter', 'mother', 'father', 'partner', 'husband', 'wife', 'boyfriend', 'girlfriend', 'cousin', 'uncle', 'aunt', 'neighbo', 'colleague', 'assist', 'ассистир', 'eutanas', 'euthanas', 'эвтаназ', 'sterbehilf'),
  word('his', 'her', 'their', 'him', 'them', 'he', 'she', 'they', 'son', 'sons', 'mom', 'moms', 'mum', 'mums', 'dad', 'dads', 'someone', 'somebody', 'people', 'physician', 'write', 'writing', 'read', 'reading', 'talk', 'talking', 'learn', 'research', 'study', 'teach', 'ask', 'essay', 'article', 'film', 'movie', 'book', 'class', 'prevention',
  'sein', 'seine', 'seinen', 'seiner', 'seines', 'ihr', 'ihre', 'ihren', 'ihrem', 'ihrer', 'freund', 'freundes', 'freundin', 'bruder', 'schwester', 'mutter', 'vater', 'schreiben', 'lesen', 'zijn', 'haar', 'hun', 'vriend', 'schrijven', 'sa', 'ses', 'leur', 'ami', 'amie', 'frère', 'soeur', 'écrire', 'lire',
  'su', 'sus', 'amigo', 'amiga', 'hermano', 'hermana', 'escribir', 'leer', 'suo', 'sua', 'suoi', 'amico', 'amica', 'fratello', 'sorella', 'scrivere', 'leggere', 'seu', 'dele', 'dela', 'irmão', 'irmã', 'escrever', 'ler',
  'его', 'её', 'ее', 'их', 'друга', 'подруги', 'брата', 'сестры', 'написать', 'писать', 'прочитать', 'читать', 'його', 'її', 'писати', 'jego', 'jej', 'przyjaciela', 'brata', 'siostry', 'napisać', 'pisać', 'czytać', 'jeho', 'její', 'psát',
  'onun', 'arkadaşımın', 'kardeşimin', 'hans', 'hennes', 'hendes', 'deras', 'deres', 'skriva', 'skrive', 'hänen', 'ystäväni', 'barátom', 'lui', 'ei', 'του', 'της', 'שלו', 'שלה', 'صديقي', 'أخي', 'دوستم', 'उसकी', 'उसके', 'दोस्त', 'dia', 'temanku', 'bạn', 'anh ấy', 'cô ấy'),
  inside('他', '她', '朋友', '写', '寫', '彼', '友達', '書', '친구', '그의'))

/** Whose or what it is, said after the word ("самоубийстве брата", "suicide bombers", "samobójstwie jego ojca"), or an idiom ("take my life back"). */
const OTHER_AFTER = alt(word('back', 'in a new direction', 'into my own hands', 'in my own hands', 'seriously', 'more seriously', 'to the next level', 'of my', 'of his', 'of her', 'of their', 'of a', 'bomb', 'bombs', 'bomber', 'bombers', 'bombing', 'attack', 'attacks', 'squad', 'rate', 'rates', 'statistics', 'prevention', 'awareness', 'hotline', 'forest', 'laws', 'law',
  'meines', 'meiner', 'seines', 'seiner', 'ihres', 'ihrer', 'van mijn', 'van zijn', 'van haar', 'de mon', 'de ma', 'de son', 'de sa', 'de mi', 'de su', 'di mio', 'di mia', 'del mio', 'della mia', 'di suo', 'di sua', 'do meu', 'da minha', 'de meu', 'de minha', 'dele', 'dela',
  'брата', 'сестры', 'друга', 'подруги', 'мамы', 'папы', 'отца', 'матери', 'сына', 'дочери', 'мужа', 'жены', 'его', 'её', 'ее', 'их', 'сестри', 'батька', 'матері', 'jego', 'jej', 'ich', 'brata', 'siostry', 'przyjaciela', 'mamy', 'taty', 'ojca', 'matki', 'syna', 'córki', 'męża', 'żony',
  'mého', 'mé', 'jeho', 'její', 'min', 'mitt', 'mine', 'hans', 'hennes', 'hendes'),
  stem('terror', 'prävention', 'prevenc', 'prevenz', 'profilakt'))

/** `a` then `b` within `span` characters of one clause, nothing of {@link GAP_STOP} between or {@link OTHER_AFTER} after, and `a` not negated. */
const joined = (a: string, b: string, span: number): string => `${NOT_NEGATED}(?:${a})(?:(?!${GAP_STOP})${CLAUSE}){0,${span}}(?:${b})(?![\\p{L}\\p{M}]*${CLAUSE}{0,2}${OTHER_AFTER})`

/**
 * Round seventy-five: the words quoted from before and explained ("when I said I want to die I meant the exam"): a
 * first-person past verb of saying or writing, and a verb of meaning or referring in the same message, in each
 * language; unless the explanation is that it was meant ("I meant it", "серьёзно").
 */
const SAID_BEFORE = alt(
  word('i said', 'i wrote', 'i told', 'i typed', 'i texted', 'i posted', 'gesagt', 'geschrieben', 'sagte', 'schrieb', 'ik zei', 'gezegd', 'ik schreef', 'j ai dit', 'j ai écrit', 'jai dit', 'jai écrit', 'je disais', 'dije', 'escribí', 'decía', 'eu disse', 'disse', 'escrevi', 'falei', 'ho detto', 'dicevo', 'ho scritto', 'vaig dir', 'he dit', 'vaig escriure',
    'jag sa', 'jag sade', 'jag skrev', 'sa jag', 'jeg sa', 'jeg skrev', 'sa jeg', 'jeg sagde', 'sagde jeg', 'sanoin', 'kirjoitin', 'ütlesin', 'kirjutasin', 'mondtam', 'írtam', 'am zis', 'am spus', 'am scris', 'ziceam', 'spuneam',
    'mówiłam', 'mówiłem', 'mowilam', 'mowilem', 'powiedzialam', 'powiedzialem', 'napisalam', 'napisalem', 'powiedziałam', 'powiedziałem', 'napisałam', 'napisałem', 'pisałam', 'pisałem', 'řekl', 'řekla', 'psal', 'psala', 'napsal', 'napsala', 'říkal', 'říkala', 'povedal', 'povedala', 'písal', 'písala', 'napísal', 'napísala', 'rekel', 'rekla', 'rekao', 'napisal', 'napisala', 'napisao', 'pisala', 'pisao', 'govorila', 'govorio',
    'рекла', 'рекао', 'написала', 'написао', 'казах', 'написах', 'казвах', 'сказал', 'сказала', 'написал', 'говорил', 'говорила', 'писал', 'писала', 'сказав', 'написав', 'казав', 'казала', 'сказаў',
    'είπα', 'έγραψα', 'έλεγα', 'dedim', 'dediğimde', 'dedigimde', 'söyledim', 'söylediğimde', 'soyledigimde', 'yazdım', 'yazdığımda', 'derken', 'گفتم', 'نوشتم', 'قلت', 'لما قلت', 'كتبت', 'אמרתי', 'כתבתי',
    'मैंने कहा', 'कहा था', 'लिखा था', 'maine kaha', 'kaha tha', 'bola tha', 'maine bola', 'میں نے کہا', 'کہا تھا', 'বলেছিলাম', 'লিখেছিলাম', 'aku bilang', 'saya bilang', 'kubilang', 'saya kata', 'aku tulis', 'saya tulis',
    'tôi nói', 'mình nói', 'sinabi ko', 'sinabi kong', 'sabi ko', 'sinulat ko', 'niliposema', 'nilisema', 'niliandika', 'nilipoandika', 'thashë', 'kur thashë', 'shkrova'),
  inside('我说', '我說', '我写', '我寫', '说的', '說的', '言った', '書いた', '言ってた', '말한', '했던 말', '라고 한', '라고 했', 'ที่บอกว่า', 'บอกว่า', 'พูดว่า', 'ที่พูด')
)
const MEANT_OTHER = alt(
  word('i meant', 'meant only', 'i was talking about', 'i was referring to', 'was about', 'meinte', 'gemeint', 'ging es um', 'bedoelde', 'bedoeld', 'had het over', 'je voulais dire', 'je parlais de', 'je parlais du', 'je parlais des', 'je pensais à', 'me refería', 'quería decir', 'hablaba de', 'quis dizer', 'queria dizer', 'me referia', 'estava falando', 'intendevo', 'mi riferivo', 'parlavo', 'volia dir', 'em referia',
    'menade', 'syftade på', 'mente', 'tarkoitin', 'mõtlesin', 'pidasin silmas', 'gondoltam', 'értettem', 'mă refeream', 'voiam să spun', 'am vrut să spun', 'chodziło', 'chodzilo', 'mialam na mysli', 'mialem na mysli', 'miałam na myśli', 'miałem na myśli', 'myslel', 'myslela', 'šlo o', 'mal som na mysli', 'išlo o', 'mislil', 'mislila', 'mislio', 'мислио', 'мислила', 'имах предвид',
    'имел в виду', 'имела в виду', 'мав на увазі', 'мала на увазі', 'εννοούσα', 'αναφερόμουν', 'kastetmiştim', 'kastetmistim', 'kastettim', 'kastediyordum', 'demek istedim', 'bahsediyordum', 'منظورم', 'قصدي', 'كنت أقصد', 'قصدت', 'התכוונתי', 
    'मेरा मतलब', 'मतलब था', 'mera matlab', 'matlab tha', 'میرا مطلب', 'বোঝাতে চেয়েছিলাম', 'বলতে চেয়েছিলাম', 'maksudku', 'maksud saya', 'yang kumaksud', 'ý tôi là', 'ý mình là', 'tinutukoy ko', 'ibig kong sabihin', 'nilimaanisha', 'nilikusudia', 'e kisha fjalën', 'doja të them'),
  inside('是指', '意思是', '我是说', '我是說', '指的是', 'のことだ', 'のことだよ', 'のことです', 'って意味', '뜻이', '얘기였', 'หมายถึง', 'หมายความว่า')
)
const MEANT_IT = alt(word('meant it', 'mean it', 'serious', 'seriously', 'literally', 'for real', 'ernst', 'ernstig', 'sérieux', 'sérieusement', 'en serio', 'a sério', 'sul serio', 'allvar', 'alvor', 'vakavasti', 'tõsiselt', 'komolyan', 'serios', 'poważnie', 'vážně', 'vážne', 'resno', 'ozbiljno', 'озбиљно', 'сериозно', 'серьезно', 'всерьез', 'серйозно', 'σοβαρά', 'ciddi', 'جدی', 'بجد', 'ברצינות', 'sach mein', 'beneran', 'serius', 'nghiêm túc', 'seryoso', 'kweli', 'seriozisht'),
  inside('认真', '認真', '本気', '진심', 'จริงจัง'))
const QUOTED_AND_EXPLAINED = `^(?![^]*(?:${MEANT_IT}))(?=[^]*(?:${SAID_BEFORE}))(?=[^]*(?:${MEANT_OTHER}))`

/**
 * Context in which none of these is a plain disclosure of now: told as history ("ten years ago", "used to"), or
 * written for study or prevention. Matched anywhere in the message: such a message is left to the other rules.
 */
const NOT_PLAIN_DISCLOSURE = alt(
  QUOTED_AND_EXPLAINED,
  // Someone's words reported in the past (Japanese: "友達が死にたいって言ってた").
  inside('って言ってた', 'と言ってた', 'って言っていた', 'と言っていた', 'って言ったのは', 'と言ったのは'),
  // Quoted ("when I said “I want to die” I meant the exam", "lo de «me quiero morir» era…", "さっきの「消えたい」は…"):
  // the words are held at a distance, as saidInJest.ts and atADistance.ts hold them for the other rules.
  '["“”„«»「」『』]',
  // Said in jest, or as the idiom of dying of shame, of laughing, of heat ("hot enough to die": 热到我想死).
  word('lol', 'lmao', 'haha', 'hahaha', 'jaja', 'jajaja', 'jeje', 'kkk', 'kkkk', 'wkwk', 'wkwkwk', 'xd', 'rsrs', 'mdr', 'ptdr', 'of embarrassment', 'de vergüenza', 'de la vergüenza', 'de vergonha', 'da vergonha', 'de honte', 'vor scham', 'dalla vergogna', 'di vergogna', 'karena malu', 'malu', 'malu banget', 'ze wstydu', 'от стыда', 'utangaç', 'utançtan', 'ntropi', 'rasanya'),
  inside('笑', '哈哈', '开玩笑', '開玩笑', '冗談', '口癖', '농담', 'ㅋㅋ', '😂', '🤣', '😅', '到我想死', '得我想死', '到想死'),
  // The first person's own past ("I was thinking of it", "back in college", "there was a time"), in languages that mark it apart from the verb.
  word('كنت', 'dati', 'noon', 'noong', 'ek time tha', 'ek waqt tha', 'jab main', 'there was a time'),
  inside('ころは', '頃は', '時は', '昔', 'だった', 'していた', '思っていた', 'ていました', '싶었', '작년', '예전'),
  // What the words meant when said before ("我说不想活了是指…", "消えたいってのは…って意味"), or whose they are (a song, a scene).
  inside('我说', '我說', '是指', '意思是', '意味', '뜻이', '뜻은', '드라마', '장면', 'ドラマ', '歌词', '歌詞', '电视剧', '電視劇'),
  word('canción', 'song', 'lyrics', 'película', 'scene', 'filme', 'série', 'chanson', 'canzone', 'lied', 'песня', 'piosenka', 'şarkı'),
  word('ago', 'used to', 'back then', 'back in', 'geleden', 'vroeger', 'damals', 'il y a', 'autrefois', 'hace años', 'hace mucho', 'hace tiempo', 'anni fa', 'tempo fa', 'anos atrás', 'há anos', 'há muito', 'lat temu', 'kiedyś', 'лет назад', 'года назад', 'когда то', 'років тому', 'колись',
    'yıl önce', 'yıllar önce', 'eskiden', 'år sedan', 'år siden', 'vuotta sitten', 'éve', 'évvel ezelőtt', 'ani în urmă', 'χρόνια πριν', 'πριν χρόνια', 'לפני שנים', 'منذ سنوات', 'قبل سنوات', 'سال پیش', 'साल पहले', 'tahun lalu', 'dulu', 'năm trước',
    'essay', 'article', 'novel', 'documentary', 'research', 'statistics', 'prevention', 'awareness', 'hotline', 'podcast', 'lecture', 'course', 'homework', 'philosophy', 'ethics', 'religion', 'aufsatz', 'referat', 'prävention', 'essai', 'mémoire', 'prévention', 'ensayo', 'prevención', 'saggio', 'prevenzione', 'redação', 'prevenção',
    'реферат', 'эссе', 'профилактика', 'статистика', 'wypracowanie', 'zapobieganie', 'ödev', 'önleme', 'uppsats', 'forebygging', 'forebyggelse', 'esszé', 'eseu', 'πρόληψη', 'מניעה', 'مقال', 'الوقاية', 'مقاله', 'निबंध', 'रोकथाम', 'esai', 'pencegahan', 'bài luận', 'phòng chống'),
  // Study and prevention, in any grammatical case ("о профилактике", "zapobiegania").
  stem('профилакт', 'статистик', 'предотвращен', 'запобіган', 'zapobieg', 'prevenc', 'prevenz', 'präven', 'prevent', 'prévent', 'önlem', 'forebygg', 'förebygg', 'ehkäis', 'megelőz', 'prevenir', 'πρόληψ', 'statist'),
  inside('年前', '以前', '曾经', '曾經', '论文', '論文', '预防', '預防', '作文', 'レポート', '予防', '년 전', '예전에', '논문', '예방', '숙제')
)

/** The rules: plain first-person disclosures that no learned score overrules (SafetyRule.standing). */
export const PLAIN_DISCLOSURE_RULES: readonly SafetyRule[] = [
  rule('suicide_self_harm', 'plain disclosure: minding suicide', alt(joined(MINDING, SUICIDE, 16), joined(SUICIDE, MINDING_AFTER, 24)), { unless: NOT_PLAIN_DISCLOSURE, negatable: false, acrossLanguages: true, standing: true }),
  rule('suicide_self_harm', 'plain disclosure: wish to die', `${NOT_NEGATED}(?:${WISH_TO_DIE})`, { unless: NOT_PLAIN_DISCLOSURE, negatable: false, acrossLanguages: true, standing: true }),
  rule('suicide_self_harm', 'plain disclosure: suicidal now', `${NOT_NEGATED}(?:${SUICIDAL_NOW})`, { unless: NOT_PLAIN_DISCLOSURE, negatable: false, acrossLanguages: true, standing: true })
]

