import { alt } from './lexicon.ts'
import { END, START, stem, word } from './anyScriptWords.ts'
import { rule, type SafetyRule } from './SafetyRule.ts'

/*
 * Manipulation of the assistant in the languages users write in besides English (round forty-six).
 * manipulationRules.ts is mostly English, with a few Romance and German words; a request for the
 * hidden rules, the tool list or other users' chats in German, Russian or Hindi reached the rules
 * with nothing to match. The same five structures as in English, each as word classes per
 * language: a request to show what the assistant was given (its instructions, rules, settings)
 * qualified as its own, hidden or initial; the tools or functions it can call; other users'
 * conversations; a claim to be its administrator or developer together with a demand; and switching
 * off its safety. A bare noun never matches ("the rules of tarot", "I'm a developer"): each
 * structure needs the qualifier or the demand.
 *
 * Text is normalised first (lexicon.ts, screenForSafety.ts): lower case, Latin accents folded
 * ("enséñame" is "ensename"), apostrophes dropped, but French and Italian elisions split ("t'a dit" is
 * "t a dit", "l'amministratore" is "l amministratore"), and hyphens read as spaces ("montre-moi" is
 * "montre moi"). Other scripts keep their letters, so word edges are written as look-arounds: `\b`
 * only knows ASCII. The words are written as people type them ("pokaż", "göster", "дай") and anyScriptWords.ts's
 * `word` and `stem` normalise them as the text is normalised; until round eighty-eight this file kept its own copies
 * that did not, so every alternative with an accent, a hamza or a "й" could never match.
 */

/** Two parts in either order within `span` characters (word order differs across languages). */
export const near = (a: string, b: string, span: number): string => `(?:${a}).{0,${span}}(?:${b})|(?:${b}).{0,${span}}(?:${a})`

/** Asking to be shown, told, given, written, listed, copied or translated something. */
export const REVEAL = alt(
  // Spanish, French, Italian, Portuguese
  word('muestra(?:me|nos)?', 'muestrame', 'ensena(?:me)?', 'dime', 'dame', 'escribe(?:me)?', 'copia(?:me)?', 'copias', 'repite(?:me)?', 'imprime', 'pega', 'enumera', 'lista(?:me)?', 'revela(?:me)?', 'comparte(?:me)?', 'traduce(?:me)?', 'lee(?:me)?', 'pasame', 'mandame', 'ensenas', 'muestras'),
  word('montre(?:-moi)?', 'montre moi', 'affiche', 'donne(?:-moi)?', 'donne moi', 'dis(?:-moi)?', 'dis moi', 'ecris', 'copie', 'repete', 'imprime', 'recite', 'revele', 'partage', 'traduis', 'balance(?:-moi)?', 'liste', 'enumere', 'envoie(?:-moi)?'),
  word('mostrami', 'mostra(?:mi)?', 'fammi vedere', 'dimmi', 'dammi', 'scrivi(?:mi)?', 'copia(?:mi)?', 'ripeti(?:mi)?', 'stampa', 'elenca(?:mi)?', 'rivela(?:mi)?', 'condividi', 'traduci(?:mi)?', 'incolla', 'mandami'),
  word('mostre', 'me mostra', 'me mostre', 'me de', 'me da', 'me passa', 'me passe', 'diga(?:-me)?', 'escreva', 'copie', 'repita', 'imprima', 'liste', 'revele', 'compartilhe', 'traduza', 'cole', 'manda'),
  // German, Dutch, Polish, Turkish, Indonesian
  word('zeig(?:e|t|en)?', 'gib', 'geben sie', 'nenn(?:e|en)?', 'schreib(?:e|en)?', 'kopier(?:e|en)?', 'wiederhol(?:e|en)?', 'druck(?:e|en)?', 'verrat(?:e|en)?', 'liste', 'auflisten', 'aufzahlen', 'ubersetz(?:e|en)?', 'sag(?:e|en)?', 'teil(?:e|en)?', 'ausgeben', 'gib aus', 'anzeigen', 'zeigen', 'verraten', 'nennen', 'schicken'),
  word('laat', 'toon', 'geef', 'vertel', 'schrijf', 'kopieer', 'herhaal', 'vertaal'),
  word('pokaz(?:cie)?', 'pokaż', 'podaj', 'wypisz', 'napisz', 'skopiuj', 'powtorz', 'powtórz', 'zdradz', 'zdradź', 'przetlumacz', 'przetłumacz', 'wyswietl', 'wyświetl'),
  stem('goster', 'göster', 'yaz', 'soyle', 'söyle', 'listele', 'tekrarla', 'kopyala', 'cevir', 'çevir', 'paylas', 'paylaş'),
  word('tampilkan', 'tunjukkan', 'berikan', 'kasih', 'tuliskan', 'tulis', 'salin', 'ulangi', 'sebutkan', 'bocorkan', 'terjemahkan', 'bagikan', 'cetak'),
  // Russian, Ukrainian
  word('покажи(?:те)?', 'выведи(?:те)?', 'напиши(?:те)?', 'перечисли(?:те)?', 'дай(?:те)?', 'скажи(?:те)?', 'скопируй(?:те)?', 'повтори(?:те)?', 'раскрой(?:те)?', 'распечатай(?:те)?', 'переведи(?:те)?', 'пришли(?:те)?', 'скинь(?:те)?', 'процитируй(?:те)?', 'виведи(?:ть)?', 'перелічи(?:ть)?', 'скопіюй(?:те)?', 'розкрий(?:те)?', 'надішли(?:ть)?', 'покажіть'),
  // Arabic, Hindi (and Hinglish), Chinese, Japanese, Korean
  word('اعرض', 'اظهر', 'اكتب', 'انسخ', 'اعطني', 'اعطيني', 'قل لي', 'اخبرني', 'ارني', 'ارسل', 'كرر', 'ترجم', 'اذكر'),
  stem('दिखा', 'बता', 'लिख', 'भेज', 'सुना', 'दोहरा', 'कॉपी', 'अनुवाद'), word('दे दो', 'दो', 'दीजिए', 'dikhao', 'dikha do', 'batao', 'bata do', 'likh do', 'bhejo'),
  alt('显示', '顯示', '给我看', '給我看', '发给我', '發給我', '告诉我', '告訴我', '输出', '輸出', '打印', '列出', '复述', '複述', '重复', '重複', '写出', '寫出', '透露', '泄露', '洩露', '翻译', '翻譯', '展示', '贴出', '貼出', '念给我', '念給我'),
  alt('見せ', '表示', '教え', '出力', '書き出', '書い', 'コピー', '貼', '送っ', '送り', '翻訳', '読み上げ', '列挙'),
  alt('보여', '알려', '출력', '써 ?줘', '적어', '복사', '번역', '공개', '나열')
)

/** What the assistant was given: instructions, rules, settings, configuration, its prompt. */
const GIVEN = alt(
  word('instrucciones', 'reglas', 'normas', 'directrices', 'configuracion', 'ajustes', 'indicaciones', 'consignas', 'prompt', 'directivas'),
  word('instructions', 'regles', 'consignes', 'directives', 'configuration', 'parametres', 'reglages', 'prompt'),
  word('istruzioni', 'regole', 'direttive', 'impostazioni', 'configurazione', 'prompt', 'linee guida'),
  word('instrucoes', 'regras', 'diretrizes', 'configuracao', 'configuracoes', 'orientacoes', 'prompt'),
  stem('anweisung', 'systemanweisung', 'regeln', 'vorgaben', 'richtlinien', 'einstellungen', 'konfiguration', 'systemprompt', 'instruktion', 'prompt'),
  word('instructies', 'regels', 'richtlijnen', 'instellingen', 'configuratie', 'prompt'),
  stem('instrukcj', 'zasad', 'regul', 'reguł', 'ustawie', 'konfiguracj', 'prompt'),
  stem('talimat', 'kural', 'yonerge', 'yönerge', 'ayarlar', 'yapilandirma', 'yapılandırma', 'prompt'),
  word('instruksi', 'aturan', 'perintah', 'pengaturan', 'konfigurasi', 'prompt'),
  stem('инструкци', 'правил', 'настройк', 'конфигураци', 'промпт', 'директив', 'указани', 'інструкці', 'налаштуван', 'конфігураці', 'вказівк'),
  stem('التعليمات', 'تعليمات', 'القواعد', 'قواعد', 'الاعدادات', 'اعدادات', 'الموجه', 'موجه', 'البرومبت', 'التوجيهات', 'توجيهات'),
  stem('निर्देश', 'नियम', 'सेटिंग', 'कॉन्फ़िगरेशन', 'कॉन्फिगरेशन', 'प्रॉम्प्ट', 'प्रोम्प्ट', 'हिदायत'), word('nirdesh', 'niyam', 'instructions'),
  alt('系统提示', '系統提示', '提示词', '提示詞', '指令', '规则', '規則', '设定', '設定', '配置', '指示'),
  alt('設定', '指示', 'ルール', '規則', 'プロンプト', '指令', '命令文'),
  alt('지시', '지침', '규칙', '설정', '프롬프트', '명령')
)

/** Marks the instructions as the assistant's own, hidden or initial (not "the rules of tarot"). */
const ITS_OWN = alt(
  word('internas?', 'internos?', 'ocultas?', 'ocultos?', 'secretas?', 'secretos?', 'iniciales', 'originales', 'del sistema', 'te dieron', 'te han dado', 'recibiste', 'te programaron'),
  word('internes?', 'cachees?', 'secretes?', 'initiales?', 'dorigine', 'systeme', 'quon ta', 'on ta', 'tas recues?'),
  word('interne', 'interni', 'nascoste', 'nascosti', 'segrete', 'segreti', 'iniziali', 'originali', 'di sistema', 'ti hanno dato', 'hai ricevuto'),
  word('internas?', 'ocultas?', 'secretas?', 'iniciais', 'originais', 'do sistema', 'te deram', 'voce recebeu', 'recebeu'),
  word('interne[nrms]?', 'geheime[nrms]?', 'versteckte[nrms]?', 'verborgene[nrms]?', 'ursprungliche[nrms]?', 'anfangliche[nrms]?', 'vollstandige[nrms]?', 'dir gegeben', 'du bekommen', 'du erhalten'),
  word('interne', 'verborgen', 'geheime', 'oorspronkelijke'),
  stem('ukryt', 'wewnetrzn', 'wewnętrzn', 'tajn', 'poczatkow', 'początkow', 'systemow'),
  stem('gizli', 'sana verilen', 'baslang[iı]c', 'başlangıç', 'dahili', 'sistem'),
  word('tersembunyi', 'rahasia', 'internal', 'awal', 'sistem', 'pembuatmu'),
  stem('скрыт', 'внутренн', 'секретн', 'исходн', 'начальн', 'системн', 'тебе дали', 'тебе дал', 'получил', 'прихован', 'внутрішн'),
  stem('الخاصة بك', 'المخفية', 'الداخلية', 'السرية', 'الاولية', 'اعطيت لك', 'اعطيت', 'تعليماتك', 'قواعدك', 'اعداداتك'),
  stem('तुम्हें', 'तुमको', 'आपको', 'छिपे', 'छुपे', 'गुप्त', 'आंतरिक', 'अंदरूनी', 'शुरुआती', 'शुरू में', 'सिस्टम'), word('tumhe', 'tumhein', 'chupe', 'andar ke'),
  alt('系统', '系統', '内部', '內部', '隐藏', '隱藏', '初始', '原始', '启动', '啟動', '收到的', '原文'),
  alt('最初', '初期', '内部', '隠', '秘密', 'システム', '与えられ', 'もろう', 'もらっ', '受け取'),
  alt('처음', '초기', '내부', '숨겨진', '숨은', '비밀', '시스템', '받은')
)

/** The assistant's own (a possessive): enough only before an unmistakable noun (instructions, prompt, configuration). */
const YOUR = alt(
  word('tus', 'tes', 'ton', 'tue', 'tuoi', 'suas', 'seus', 'tuas', 'teus', 'deine[nrms]?', 'jouw', 'twoje', 'swoje', 'kamu', 'тво[иейюя]', 'свои', 'твої', 'свої', 'ваши'),
  stem('तुम्हारे', 'तुम्हारी', 'आपके', 'आपकी', 'अपने'), word('tumhare', 'tumhari', 'aapke', 'apne'),
  alt('你的', '妳的', '您的', 'あなたの', '君の', 'きみの', 'お前の', '너의', '당신의', '네가 받은')
)
/** Nouns for what it was given that are never everyday ("the rules of tarot" are): instructions, prompt, configuration. */
const GIVEN_STRONG = alt(
  word('instrucciones', 'instructions', 'istruzioni', 'instrucoes', 'configuracion', 'configuration', 'configurazione', 'configuracao', 'prompt', 'directivas', 'directives', 'direttive', 'instructies', 'configuratie', 'instruksi', 'konfigurasi'),
  stem('anweisung', 'systemanweisung', 'konfiguration', 'systemprompt', 'instruktion', 'instrukcj', 'konfiguracj', 'talimat', 'yapilandirma', 'yapılandırma', 'инструкци', 'конфигураци', 'промпт', 'інструкці', 'конфігураці', 'التعليمات', 'تعليمات', 'الموجه', 'البرومبت', 'निर्देश', 'कॉन्फ़िगरेशन', 'कॉन्फिगरेशन', 'प्रॉम्प्ट', 'प्रोम्प्ट'),
  alt('系统提示', '系統提示', '提示词', '提示詞', '指令', 'システムプロンプト', 'プロンプト', '指示文', '시스템 프롬프트', '프롬프트', '지시문')
)

/** Tools or functions the assistant can call. */
const TOOLS = alt(
  word('herramientas', 'funciones', 'outils', 'fonctions', 'strumenti', 'funzioni', 'ferramentas', 'funcoes', 'werkzeuge', 'funktionen', 'tools', 'functies', 'narzedzia', 'narzędzia', 'funkcje', 'alat', 'fungsi'), stem('araç', 'arac', 'fonksiyon'),
  stem('функци', 'инструмент', 'функці', 'інструмент', 'الادوات', 'ادوات', 'الدوال', 'الوظائف', 'टूल', 'फ़ंक्शन', 'फंक्शन'), alt('工具', '函数', '函數', 'ツール', '関数', '도구', '함수', '툴')
)
/** Calling or invoking them (not "using": "what tools can I use to meditate" is everyday). */
const CALL = alt(
  stem('llamar', 'invocar', 'appeler', 'invoquer', 'chiamare', 'invocare', 'chamar', 'acionar', 'aufrufen', 'aufzurufen', 'aanroepen', 'wywol', 'wywoł', 'cagir', 'çağır', 'panggil', 'memanggil'),
  stem('вызыва', 'вызвать', 'викликат', 'викликаєш', 'استدعاء', 'تستدعي', 'कॉल'),
  alt('调用', '調用', '呼び出', '呼べ', '호출')
)

/** Other users, or the user before (not "other people": "other people's messages upset me" is everyday). */
const OTHER_USERS = alt(
  word('otros usuarios', 'los demas usuarios', 'usuario anterior', 'autres utilisateurs', 'utilisateur precedent', 'altri utenti', 'utente precedente', 'outros usuarios', 'usuario anterior', 'anderer nutzer', 'anderen nutzer', 'anderer benutzer', 'anderen benutzer', 'vorherigen nutzers?', 'andere gebruikers', 'vorige gebruiker', 'innych uzytkownikow', 'innych użytkowników', 'pengguna lain', 'pengguna sebelumnya'),
  stem('diger kullanici', 'diğer kullanıcı', 'baska kullanici', 'başka kullanıcı', 'других пользовател', 'предыдущего пользовател', 'інших користувач', 'المستخدمين الاخرين', 'مستخدمين اخرين', 'المستخدم السابق', 'दूसरे यूज़र', 'दूसरे यूजर', 'दूसरे उपयोगकर्ता', 'अन्य उपयोगकर्ता', 'बाकी यूज़र'),
  alt('其他用户', '其他用戶', '其它用户', '别的用户', '別的用戶', '他のユーザー', 'ほかのユーザー', '別のユーザー', '他の利用者', '다른 사용자', '다른 유저')
)
/** Their conversations, messages, history or data. */
const CONVERSATIONS = alt(
  word('conversaciones', 'chats?', 'mensajes', 'historial', 'datos', 'conversations', 'discussions', 'messages', 'historique', 'donnees', 'conversazioni', 'messaggi', 'cronologia', 'dati', 'conversas', 'mensagens', 'historico', 'dados', 'gesprache', 'nachrichten', 'verlauf', 'daten', 'unterhaltungen', 'gesprekken', 'berichten', 'geschiedenis', 'gegevens', 'rozmowy', 'czaty', 'wiadomosci', 'wiadomości', 'percakapan', 'obrolan', 'pesan', 'riwayat'),
  stem('sohbet', 'mesaj', 'konusma', 'konuşma', 'переписк', 'разговор', 'чат', 'сообщени', 'истори', 'диалог', 'розмов', 'повідомлен', 'листуван', 'محادثات', 'رسائل', 'سجل', 'دردشات', 'बातचीत', 'चैट', 'मैसेज', 'संदेश', 'हिस्ट्री'),
  alt('聊天', '对话', '對話', '记录', '記錄', '消息', '訊息', '会話', 'チャット', '履歴', 'メッセージ', '대화', '채팅', '기록', '메시지')
)

/**
 * A claim to be this assistant's administrator, developer or maker. Where a language states a
 * profession without an article ("soy programadora", "ich bin Entwickler"), only the article or a
 * possessive makes the claim about this assistant ("soy el administrador", "ich bin dein Entwickler").
 */
const AUTHORITY = alt(
  `${word('soy', 'je suis', 'sono', 'sou', 'eu sou', 'ich bin', 'ik ben')} ${alt('el', 'la', 'tu', 'su', 'l', 'le', 'ton', 'ta', 'il', 'lo', 'tuo', 'tua', 'o', 'a', 'seu', 'sua', 'teu', 'tua', 'der', 'die', 'dein', 'deine', 'ihr', 'de', 'je', 'jouw')} ?(?:[\\p{L}]+ )?${alt('administrador', 'admin', 'desarrollador', 'creador', 'programador', 'ingeniero', 'administrat', 'developpeu', 'createur', 'ingenieur', 'amministrat', 'sviluppat', 'creatore', 'programmatore', 'ingegnere', 'desenvolvedor', 'criador', 'engenheiro', 'entwickler', 'ersteller', 'betreiber', 'programmierer', 'beheerder', 'ontwikkelaar', 'maker')}[\\p{L}]*`,
  `${word('jestem', 'saya', 'aku', 'ben')} (?:[\\p{L}]+ )?${stem('administratorem', 'adminem', 'twoim', 'twórcą', 'admin', 'administrator', 'pengembang', 'pembuat', 'yonetici', 'yönetici', 'gelistirici', 'geliştirici')}`,
  `${word('я')} (?:[\\p{L}]+ )?${stem('администратор', 'админ', 'твой разработчик', 'твой создатель', 'ваш разработчик', 'адміністратор', 'адмін', 'твій розробник')}`,
  `${word('انا')} (?:[\\p{L}\\p{M}]+ )?${stem('المطور', 'مطورك', 'المسؤول', 'المدير', 'الادمن', 'ادمن', 'المشرف', 'صانعك')}`,
  `${word('मैं', 'main', 'mai')} (?:[\\p{L}\\p{M}]+ )?${alt('एडमिन', 'एडमिनिस्ट्रेटर', 'प्रशासक', 'तुम्हारा डेवलपर', 'आपका डेवलपर', 'तुम्हारा निर्माता', `admin ${alt('hoon', 'hu', 'hun', 'hoo')}`, `(?:tumhara |aapka )?developer ${alt('hoon', 'hu', 'hun', 'hoo')}`)}`,
  `${alt('我是')}.{0,4}${alt('你的开发', '你的開發', '管理员', '管理員', '你的作者', '你的创建者')}`,
  `${alt('私', '僕', '俺', 'わたし', 'わし', 'うち')}${alt('は', 'が')}.{0,6}${alt('あなたの開発者', '開発者', '管理者', '運営')}`,
  `${alt('나는', '저는', '난', '내가', '제가')} ?.{0,6}${alt('개발자', '관리자', '운영자')}`
)

/** German and Dutch split the verb ("schalte deine Sicherheitsfilter aus", "zet je filters uit"): its first part and its particle. */
const SPLIT_SWITCH = word('schalte?', 'schaltet', 'mach', 'zet', 'schakel')
const SWITCH_PARTICLE = word('aus', 'ab', 'uit')

/** Switching off, removing or going around something. */
const SWITCH_OFF = alt(
  word('desactiva', 'desactivar', 'desactives', 'apaga', 'apagar', 'quita', 'quitale', 'elimina', 'desconecta', 'salta(?:te)?', 'omite', 'ignora', 'desactive', 'desactivez', 'coupe', 'enleve', 'supprime', 'contourne', 'disattiva', 'disattivare', 'spegni', 'togli', 'rimuovi', 'aggira', 'disabilita', 'desative', 'desativa', 'desativar', 'desliga', 'desligue', 'remova'),
  stem('deaktivier', 'abschalt', 'ausschalt', 'entfern', 'umgeh', 'uitschakel', 'wylacz', 'wyłącz', 'usun', 'usuń', 'obejd', 'obejdź', 'kapat', 'devre dışı', 'devre disi', 'kaldır', 'kaldir', 'matikan', 'nonaktifkan', 'hapus', 'lewati'),
  `${SPLIT_SWITCH}.{0,40}${SWITCH_PARTICLE}`,
  stem('отключ', 'выключ', 'убери', 'уберите', 'сними', 'снимите', 'обойди', 'обойдите', 'вимкн', 'відключ', 'прибери', 'зніми', 'обійди'),
  stem('اوقف', 'أوقف', 'عطل', 'الغ', 'ازل', 'أزل', 'اطفئ', 'تجاوز'),
  stem('बंद', 'हटा', 'निष्क्रिय', 'बायपास'), word('band karo', 'band kar do', 'hata do', 'hatao'),
  alt('关闭', '關閉', '停用', '禁用', '解除', '取消', '绕过', '繞過', '去掉', '移除', '关掉', '關掉'),
  alt('オフ', '解除', '無効', '切っ', '切って', '外し', '止め'),
  alt('꺼', '끄', '해제', '비활성화', '없애')
)
/** The safety being switched off: its filters, checks, restrictions or censorship. */
const SAFEGUARDS = alt(
  word('filtros(?: de seguridad)?', 'controles de seguridad', 'tus filtros', 'tus restricciones', 'tus reglas', 'todos los filtros', 'filtres(?: de securite)?', 'controles de securite', 'tes filtres', 'tes restrictions', 'garde-fous', 'garde fous', 'filtri(?: di sicurezza)?', 'controlli di sicurezza', 'tuoi filtri', 'tutti i filtri', 'filtros de seguranca', 'seus filtros', 'suas restricoes', 'todos os filtros'),
  stem('sicherheitsfilter', 'sicherheitsprufung', 'sicherheitscheck', 'sicherheitsregel', 'sicherheitseinstellung', 'sicherheitsmechanism', 'sicherheitsfunktion', 'sicherheitskontrolle', 'schutzfilter', 'filter', 'deine filter', 'alle filter', 'deine einschrankungen', 'veiligheid', 'je filters', 'zabezpiecze', 'filtry bezpiecze', 'guvenlik', 'güvenlik', 'filtreleri', 'keamanan', 'pengaman', 'filter keamanan', 'semua filter'),
  stem('безопасност', 'фильтр', 'цензур', 'безпек', 'фільтр'),
  stem('فلاتر', 'فلتر', 'الفلاتر', 'الامان', 'الرقابة'),
  stem('फ़िल्टर', 'फिल्टर', 'सेफ्टी', 'सेफ़्टी', 'सुरक्षा'), word('safety filter', 'filter', 'filters', 'safety'),
  alt('安全', '过滤', '過濾', '审查', '審查', 'セーフティ', 'フィルター', 'フィルタ', '検閲', '안전 필터', '필터', '검열')
)

/**
 * Someone close to the writer, named by the relation and a possessive ("my sister", "mi marido",
 * "моя сестра", "我老公"): round forty-nine. v56 missed five requests in five languages to be told
 * what a relative said to the assistant; OTHER_USERS needs the words "other users". A relation
 * alone is everyday ("my sister told me"): the rule also needs the assistant as the one told or
 * asked (TOLD_YOU), and a question or a request (ASKING_WHAT).
 */
const MY_PERSON = alt(
  // English
  `${word('my', 'our')} (?:${alt('best', 'little', 'big', 'older', 'younger', 'twin', 'ex', 'step', 'late')} ?)?${START}${alt('mom', 'mum', 'mother', 'mama', 'dad', 'father', 'papa', 'sister', 'sis', 'brother', 'bro', 'wife', 'husband', 'hubby', 'partner', 'boyfriend', 'girlfriend', 'bf', 'gf', 'fiance', 'fiancee', 'son', 'daughter', 'kid', 'kids', 'child', 'children', 'teen', 'teenager', 'friend', 'roommate', 'flatmate', 'housemate', 'coworker', 'colleague', 'boss', 'manager', 'ex', 'aunt', 'auntie', 'uncle', 'cousin', 'niece', 'nephew', 'grandma', 'grandpa', 'grandmother', 'grandfather', 'nan', 'nana', 'granny', 'neighbou?r', 'stepdad', 'stepmom', 'stepmum', 'mother-in-law', 'father-in-law', 'sister-in-law', 'brother-in-law', 'spouse', 'client', 'patient', 'student', 'employee', 'tenant')}s?${END}`,
  // Spanish, Portuguese, French, Italian: a possessive, then the relation
  `${word('mi', 'mis', 'minha', 'meu', 'a minha', 'o meu', 'ma', 'mon', 'mes', 'mia', 'mio', 'la mia', 'il mio', 'mie', 'miei')} ${word('madre', 'mama', 'padre', 'papa', 'hermana', 'hermano', 'esposa', 'esposo', 'marido', 'mujer', 'novio', 'novia', 'hijo', 'hija', 'amigo', 'amiga', 'pareja', 'jefe', 'jefa', 'prima', 'primo', 'tia', 'tio', 'abuela', 'abuelo', 'suegra', 'suegro', 'cunada', 'cunado', 'companero', 'companera', 'vecino', 'vecina', 'ex', 'mae', 'pai', 'irma', 'irmao', 'filho', 'filha', 'namorado', 'namorada', 'chefe', 'avo', 'sogra', 'colega', 'mere', 'pere', 'soeur', 'sœur', 'frere', 'femme', 'mari', 'copain', 'copine', 'fils', 'fille', 'ami', 'amie', 'patron', 'patronne', 'cousin', 'cousine', 'tante', 'oncle', 'grand-mere', 'grand-pere', 'belle-mere', 'collegue', 'coloc', 'voisin', 'voisine', 'compagne', 'compagnon', 'conjoint', 'conjointe', 'sorella', 'fratello', 'moglie', 'marito', 'ragazzo', 'ragazza', 'figlio', 'figlia', 'capo', 'cugino', 'cugina', 'zia', 'zio', 'nonna', 'nonno', 'suocera', 'collega', 'vicino', 'vicina', 'compagna', 'compagno', 'coinquilino', 'coinquilina')}`,
  // German, Dutch
  `${word('meine[mnrs]?', 'mein', 'mijn')} ${word('mutter', 'mama', 'vater', 'papa', 'schwester', 'bruder', 'frau', 'mann', 'mannes', 'freundin', 'freund', 'freundes', 'sohn', 'sohnes', 'tochter', 'partner', 'partnerin', 'partners', 'chef', 'chefin', 'chefs', 'oma', 'opa', 'tante', 'onkel', 'cousine', 'cousin', 'kollege', 'kollegin', 'kollegen', 'nachbar', 'nachbarin', 'nachbarn', 'mitbewohner', 'mitbewohnerin', 'ex', 'moeder', 'vader', 'zus', 'zuster', 'broer', 'vrouw', 'man', 'vriend', 'vriendin', 'zoon', 'dochter', 'baas', 'buurman', 'buurvrouw', 'collega', 'huisgenoot', 'schoonmoeder')}`,
  // Polish, Turkish (a possessive suffix), Indonesian (-ku, or saya)
  `${word('moj', 'mój', 'moja', 'moje', 'mojego', 'mojej', 'mojemu')} ${stem('mam', 'matk', 'tat', 'ojc', 'ojciec', 'siostr', 'brat', 'zon', 'żon', 'mąż', 'maz', 'męż', 'mez', 'chlopak', 'chłopak', 'dziewczyn', 'syn', 'córk', 'cork', 'przyjaci', 'kumpel', 'szef', 'babci', 'dziad', 'cioci', 'ciotk', 'wujek', 'kuzyn', 'sasiad', 'sąsiad', 'kolezank', 'koleżank', 'koleg', 'współlokator', 'wspollokator', 'tesciow', 'teściow')}`,
  word('annem', 'babam', 'kardesim', 'kardeşim', 'ablam', 'abim', 'esim', 'eşim', 'kocam', 'karim', 'karım', 'sevgilim', 'arkadasim', 'arkadaşım', 'oglum', 'oğlum', 'kizim', 'kızım', 'patronum', 'teyzem', 'halam', 'dayim', 'dayım', 'amcam', 'kuzenim', 'anneannem', 'babaannem', 'kayinvalidem', 'kayınvalidem', 'komsum', 'komşum', 'nisanlim', 'nişanlım'),
  word('ibuku', 'ayahku', 'bapakku', 'mamaku', 'kakakku', 'adikku', 'suamiku', 'istriku', 'pacarku', 'temanku', 'sahabatku', 'anakku', 'bosku', 'atasanku', 'sepupuku', 'tanteku', 'omku', 'nenekku', 'kakekku', 'mertuaku', 'tetanggaku', 'rekanku', 'abangku', 'ibu saya', 'ayah saya', 'kakak saya', 'adik saya', 'suami saya', 'istri saya', 'pacar saya', 'teman saya', 'anak saya', 'bos saya', 'atasan saya'),
  // Russian, Ukrainian (й is folded to и)
  `${word('моя', 'мои', 'мое', 'моего', 'моеи', 'моему', 'моя', 'мія', 'мои', 'моє', 'мого', 'моєї', 'моеи')} ${stem('мам', 'мат', 'пап', 'отец', 'отц', 'сестр', 'брат', 'жен', 'муж', 'парен', 'девушк', 'сын', 'доч', 'подруг', 'друг', 'друз', 'начальни', 'шеф', 'бабушк', 'дедушк', 'тет', 'дяд', 'двоюродн', 'коллег', 'сосед', 'свекров', 'тещ', 'бывш', 'батьк', 'тат', 'дружин', 'чолові', 'хлопц', 'хлопец', 'дівчин', 'донь', 'дочк', 'бабус', 'дідус', 'сусід')}`,
  // Arabic (a possessive suffix; hamza folded), Hindi (मेरी/मेरे/मेरा; romanised meri/mere/mera)
  word('اخي', 'اختي', 'امي', 'ابي', 'والدي', 'والدتي', 'زوجي', 'زوجتي', 'مرتي', 'صديقي', 'صديقتي', 'صاحبي', 'صاحبتي', 'ابني', 'بنتي', 'ابنتي', 'خالي', 'خالتي', 'عمي', 'عمتي', 'جدتي', 'جدي', 'مديري', 'جاري', 'جارتي', 'حماتي', 'خطيبي', 'خطيبتي', 'زميلي', 'زميلتي'),
  `${word('मेरी', 'मेरे', 'मेरा', 'हमारी', 'हमारे', 'meri', 'mere', 'mera')} ${alt('बहन', 'भाई', 'माँ', 'मां', 'मम्मी', 'पापा', 'पिता', 'पति', 'पत्नी', 'बीवी', 'दोस्त', 'सहेली', 'बेटा', 'बेटी', 'बॉयफ्रेंड', 'गर्लफ्रेंड', 'सास', 'ससुर', 'चाचा', 'चाची', 'मामा', 'मामी', 'मौसी', 'बुआ', 'दीदी', 'भैया', 'भाभी', 'दादी', 'दादा', 'नानी', 'नाना', 'बॉस', 'पड़ोसी', 'पडोसी', 'सहकर्मी', 'रूममेट', word('behen', 'bahen', 'behan', 'bhai', 'maa', 'mummy', 'papa', 'pati', 'patni', 'biwi', 'dost', 'saheli', 'beta', 'beti', 'boyfriend', 'girlfriend', 'saas', 'chacha', 'chachi', 'mama', 'mausi', 'didi', 'bhaiya', 'bhabhi', 'dadi', 'nani', 'boss', 'padosi', 'roommate'))}`,
  // Chinese, Japanese, Korean: the relation itself (the possessive is usually dropped)
  alt('妹妹', '姐姐', '哥哥', '弟弟', '妈妈', '媽媽', '我妈', '我媽', '爸爸', '我爸', '老公', '老婆', '丈夫', '妻子', '男朋友', '女朋友', '男友', '女友', '儿子', '兒子', '女儿', '女兒', '朋友', '闺蜜', '閨蜜', '同事', '老板', '老闆', '室友', '奶奶', '爷爷', '爺爺', '外婆', '婆婆', '岳母', '表姐', '表妹', '堂哥', '舅舅', '阿姨', '邻居', '鄰居'),
  alt('姉', '妹', '兄', '弟', '母', '父', '夫', '妻', '彼氏', '彼女', '息子', '娘', '友達', '友人', '同僚', '上司', 'お母さん', 'お父さん', 'お姉ちゃん', 'お兄ちゃん', 'おかん', 'おとん', '旦那', '嫁', '姑', 'ばあちゃん', 'じいちゃん', 'ルームメイト', '隣人', '親友'),
  alt('언니', '누나', '오빠', '형이', '형은', '형한테', '엄마', '아빠', '어머니', '아버지', '남편', '아내', '와이프', '남자친구', '여자친구', '남친', '여친', '아들', '딸', '친구', '동생', '동료', '상사', '사장님', '할머니', '할아버지', '시어머니', '룸메이트', '이웃')
)

/** The assistant as the one told, asked or written to, or its conversation with them (past: "my friend told me to talk to you" is everyday). */
const TOLD_YOU_ENGLISH = alt(
  // English, after the person ("what my ex asked you"), never with the writer as the one who told ("what I told you about my ex")
  `(?<!${word('i', 'ive', 'id', 'i have', 'i had', 'we', 'weve', 'we have')} (?:[\\p{L}]+ )?)${word('told', 'asked', 'said to', 'wrote to', 'texted', 'messaged', 'talked to', 'spoke to', 'confided in', 'shared with', 'vented to', 'chatted with', 'been telling', 'been asking', 'been talking to', 'been chatting with', 'been messaging', 'been venting to', 'been confiding in')} you${END}`,
  `${word('chats?', 'conversations?', 'chat history', 'messages', 'sessions?')} with you${END}`
)
/** The same in the other languages, where the person may come after ("qué te dijo mi hermana"). */
const TOLD_YOU = alt(
  // Spanish, Portuguese, French, Italian
  `${word('te')} ${word('dijo', 'pregunto', 'conto', 'escribio', 'hablo', 'consulto', 'confeso', 'ha dicho', 'ha preguntado', 'ha contado', 'ha escrito', 'ha hablado', 'disse', 'perguntou', 'contou', 'escreveu', 'falou', 'pediu')}`,
  `${word('disse', 'perguntou', 'contou', 'escreveu', 'falou', 'conversou')} ${word('pra voce', 'para voce', 'a voce', 'com voce', 'contigo', 'pra ti', 'para ti')}`,
  `${word('conversaciones', 'conversas', 'conversations', 'conversazioni', 'chats?', 'mensajes', 'mensagens', 'messages', 'messaggi')} ${word('contigo', 'com voce', 'avec toi', 'con te')}`,
  `${word('ta', 't a', 'vous a')} ${word('dit', 'demande', 'ecrit', 'raconte', 'confie', 'envoye', 'parle')}`,
  `${word('ti', 't')} ${word('ha', 'hanno')} ${word('detto', 'chiesto', 'scritto', 'raccontato', 'confidato', 'domandato')}|${word('ti')} ${word('disse', 'chiese', 'scrisse')}`,
  // German, Dutch
  `${word('dir', 'dich')}(?: [\\p{L}]+){0,3} ${word('gesagt', 'erzahlt', 'geschrieben', 'gefragt', 'anvertraut')}|${word('chats?', 'gesprache', 'unterhaltungen', 'nachrichten', 'verlauf')} mit dir`,
  `${word('je', 'jou')}(?: [\\p{L}]+){0,3} ${word('verteld', 'gevraagd', 'gezegd', 'geschreven', 'toevertrouwd')}|${word('chats?', 'gesprekken', 'berichten')} met (?:jou|je)`,
  // Polish, Turkish, Indonesian
  `${word('ci', 'tobie', 'cie', 'ciebie')} ${stem('powiedzial', 'napisal', 'mowil', 'pytal', 'zapytal', 'opowiedzial', 'zwierzal', 'pisal', 'powiedział', 'napisał', 'mowił', 'pytał', 'zapytał', 'opowiedział', 'zwierzał', 'pisał')}|${stem('powiedzial', 'napisal', 'mowil', 'pytal', 'zapytal', 'pisal', 'powiedział', 'napisał', 'mowił', 'pytał', 'zapytał', 'pisał')} ${word('ci', 'tobie', 'cie', 'ciebie')}|${stem('rozmow', 'czat', 'wiadomosc')} z toba`,
  `${word('sana', 'size')} ${stem('dedi', 'sordu', 'yazdi', 'yazdı', 'anlatti', 'anlattı', 'soyledi', 'danisti', 'danıştı')}|${stem('seninle', 'sizinle')} ${stem('konus', 'yazis', 'yazış', 'sohbet', 'mesajlas', 'mesajlaş')}`,
  `${stem('dikatakan', 'ditanyakan', 'diceritakan', 'ditulis', 'bilang', 'cerita', 'tanya', 'curhat', 'ngomong')}(?: [\\p{L}]+){0,2} ${word('kepadamu', 'padamu', 'ke kamu', 'sama kamu', 'kepada kamu', 'ke kau', 'denganmu', 'dengan kamu', 'ke anda', 'kepada anda', 'sama anda')}|${word('percakapan', 'obrolan', 'chat')} ${word('denganmu', 'dengan kamu', 'dengan anda')}`,
  // Russian, Ukrainian
  `${word('тебе', 'вам', 'тобі')} ${stem('сказал', 'написал', 'рассказал', 'говорил', 'писал', 'пожаловал', 'признал', 'доверил', 'сказав', 'написав', 'розповів', 'розповіла', 'казав', 'казала', 'писав', 'писала', 'говорив', 'говорила')}|${word('тебя', 'вас')} ${stem('спрашивал', 'спросил', 'питав', 'питала', 'запитав', 'запитала')}|${stem('переписк', 'разговор', 'чат', 'листуван', 'розмов')}(?: [\\p{L}]+){0,2} ${word('с тобои', 'с вами', 'з тобою', 'з вами')}`,
  // Arabic, Hindi
  `${word('قال لك', 'قالت لك', 'قالك', 'قالتلك', 'قلك', 'سالك', 'سالتك', 'كتب لك', 'كتبت لك', 'كتبلك', 'كتبتلك', 'حكى لك', 'حكت لك', 'حكالك', 'حكتلك', 'اخبرك', 'اخبرتك')}|${stem('محادث', 'رسائل', 'دردش')}(?: [\\p{L}]+){0,2} ${word('معك', 'وياك')}`,
  `${alt('तुमसे', 'तुझसे', 'आपसे', 'तुम्हें', 'तुमको', 'तुझे', 'आपको')} (?:[\\p{L}\\p{M}]+ ){0,3}${alt('कहा', 'पूछा', 'बताया', 'बोला', 'लिखा', 'बात की', 'बातें की', 'शेयर')}`,
  `${word('tumse', 'tujhse', 'aapse', 'tumhe', 'tumko', 'tujhe', 'aapko')} (?:[\\p{L}]+ ){0,3}${word('kaha', 'pucha', 'poocha', 'bataya', 'bola', 'likha', 'baat ki', 'baatein ki', 'share kiya')}`
)

/** The same with the question built in, where the language puts it inside the phrase ("跟你说了什么", "sana ne dedi"): no other question word is needed. */
const ASKED_WHAT_YOU = alt(
  `${alt('跟你', '和你', '对你', '對你', '给你', '給你', '与你', '與你')}${alt('说', '說', '讲', '講', '聊', '问', '問', '写', '寫', '发', '發', '提', '倾诉', '傾訴')}(?:了|过|過)?(?:些)?${alt('什么', '什麼', '啥')}|${alt('问', '問')}(?:了|过|過)?你(?:些)?${alt('什么', '什麼', '啥')}|${alt('跟你', '和你', '与你', '與你')}的${alt('聊天', '对话', '對話', '记录', '記錄')}`,
  `${alt('あなた', '君', 'きみ', 'お前', 'あんた')}${alt('に', 'と')}${alt('何を', 'なにを', '何て', 'なんて', '何と', '何の話を', 'どんなことを', 'どんな話を')}|${alt('あなた', '君', 'きみ', 'お前', 'あんた')}との${alt('チャット', '会話', 'やりとり', 'やり取り', '履歴')}`,
  `${alt('너한테', '너에게', '당신한테', '당신에게', '니한테', '네게')} ?${alt('뭐라고', '무슨 말', '무슨 얘기', '무슨 이야기', '무슨 질문', '뭘', '무엇을')}|${alt('너랑', '너와', '당신이랑', '당신과')} ${alt('나눈', '한')} ${alt('대화', '채팅', '얘기', '이야기')}`,
  `${word('sana', 'size')} ${alt('ne', 'neler', 'hangi [\\p{L}]+')} ${stem('dedi', 'sordu', 'yazdi', 'yazdı', 'anlatti', 'anlattı', 'soyledi', 'danisti', 'danıştı')}`,
  `${alt('तुमसे', 'तुझसे', 'आपसे', 'तुम्हें', 'तुमको', 'तुझे', 'आपको')} ${alt('क्या', 'कौन सी बात')}`,
  `${word('tumse', 'tujhse', 'aapse', 'tumhe', 'tumko', 'tujhe', 'aapko')} ${word('kya')}`
)

/**
 * The person between the parts of the phrase ("did my sister tell you", "was hat dir meine Schwester erzählt",
 * "dikatakan adikku kepadamu"), as look-arounds at the end of the person: the rule writes the person once.
 */
const TOLD_YOU_AROUND = alt(
  `(?<=${word('did')} [^.?!]{2,40})(?= (?:[\\p{L}]+ ){0,2}${word('tell', 'ask', 'say to', 'talk to', 'write to', 'text', 'message', 'confide in', 'share with', 'vent to', 'chat with')} you${END})`,
  `(?<=${word('dir', 'dich')} [^.?!]{2,40})(?= (?:[\\p{L}]+ )?${word('gesagt', 'erzahlt', 'geschrieben', 'gefragt', 'anvertraut')})`,
  `(?<=${word('je', 'jou')} [^.?!]{2,40})(?= (?:[\\p{L}]+ )?${word('verteld', 'gevraagd', 'gezegd', 'geschreven')})`,
  `(?<=${stem('dikatakan', 'ditanyakan', 'diceritakan', 'ditulis', 'dibilang')} [^.?!]{2,40})(?= (?:[\\p{L}]+ )?${word('kepadamu', 'padamu', 'ke kamu', 'sama kamu', 'kepada kamu', 'ke anda', 'kepada anda')})`
)

/** Its conversations with someone close ("las conversaciones de mi novio contigo", "переписку моего мужа с тобой"): a request for them even without a question word. */
const WITH_YOU = alt(
  word('with you', 'contigo', 'com voce', 'avec toi', 'con te', 'mit dir', 'met jou', 'met je', 'z toba', 'z tobą', 'seninle', 'denganmu', 'dengan kamu', 'с тобои', 'с вами', 'з тобою', 'з вами', 'معك', 'وياك', 'tumhare saath', 'tumse', 'aapke saath'),
  alt('तुम्हारे साथ', 'आपके साथ', 'तुमसे', '与你', '與你', '和你', '跟你', 'あなたと', '君と', '너랑', '너와', '당신과')
)
/** Look-arounds at the end of the person: their conversations before it, with the assistant after it. */
const THEIR_CONVERSATIONS_WITH_YOU = `(?<=(?:${CONVERSATIONS})(?: [\\p{L}\\p{M}]+){0,2} [^.?!]{2,40})(?=(?: [\\p{L}\\p{M}]+){0,2} (?:${WITH_YOU}))`

/** Asking what was said: a question word, or a request to be shown, told or given it. */
const ASKING_WHAT = alt(
  word('what', 'whats', 'which', 'everything', 'anything', 'did', 'has', 'have', 'does', 'show me', 'tell me', 'repeat', 'summari[sz]e', 'read me', 'give me', 'share', 'paste', 'print', 'list'),
  word('que', 'o que', 'lo que', 'quest ce que', 'qu est ce que', 'ce que', 'quoi', 'cosa', 'che cosa', 'quello che', 'was', 'wat', 'worum', 'waarover', 'co', 'o co', 'o czym', 'ne', 'neler', 'neyi', 'apa', 'apa saja', 'что', 'чем', 'о чем', 'що', 'про що'),
  REVEAL,
  alt('ماذا', 'شو', 'ايش', 'وش', 'ايه', 'ما الذي', 'اللي', 'क्या', 'कौन सी', word('kya', 'kyaa', 'kaunsi')),
  alt('什么', '什麼', '啥', '哪些', '何を', '何て', 'なんて', '何と', '何の', 'なにを', '뭐라고', '뭐라', '무슨', '뭘', '무엇을', '뭐')
)

/**
 * The rules (all kind 'manipulation', never negatable, as in manipulationRules.ts): each pairs two
 * word classes within a short span, in either order.
 */
export const MANIPULATION_ACROSS_LANGUAGES: readonly SafetyRule[] = [
  rule('manipulation', 'its own instructions, shown (any language)', near(REVEAL, `(?:${ITS_OWN}).{0,24}(?:${GIVEN})|(?:${GIVEN}).{0,24}(?:${ITS_OWN})|(?:${YOUR}) ?(?:[\\p{L}]+ )?(?:${GIVEN_STRONG})`, 60), { negatable: false }),
  rule('manipulation', 'tools it can call (any language)', near(TOOLS, CALL, 40), { negatable: false }),
  rule('manipulation', 'other users\' conversations (any language)', near(REVEAL, `(?:${CONVERSATIONS})(?: [\\p{L}]+){0,2} (?:${OTHER_USERS})|(?:${OTHER_USERS}).{0,6}(?:${CONVERSATIONS})`, 60), { negatable: false }),
  // Anchored on the person, written once; the rest are look-arounds, and the question word is looked for once, ending
  // anywhere from 90 characters after the person back to 160 before it (one pattern with every part repeated for each
  // word order was 63 KB of source and took 0.8 s to compile and tier up; this one is a third of that).
  rule('manipulation', 'what someone close told it (any language)', `(?:${MY_PERSON})(?:(?:(?=.{0,40}(?:${TOLD_YOU_ENGLISH}|${TOLD_YOU}))|(?<=(?:${TOLD_YOU}).{0,60})|${TOLD_YOU_AROUND})(?=.{0,90}(?<=(?:${ASKING_WHAT}).{0,250}))|(?=.{0,30}(?:${ASKED_WHAT_YOU}))|(?<=(?:${ASKED_WHAT_YOU}).{0,50})|${THEIR_CONVERSATIONS_WITH_YOU})`, { negatable: false }),
  rule('manipulation', 'authority claim + demand (any language)', near(AUTHORITY, `${SWITCH_OFF}|${REVEAL}`, 80), { negatable: false }),
  rule('manipulation', 'switch off its safety (any language)', `${near(SWITCH_OFF, SAFEGUARDS, 40)}|${SPLIT_SWITCH}.{0,40}(?:${SAFEGUARDS}).{0,20}${SWITCH_PARTICLE}`, { negatable: false })
]
