import { alt } from './lexicon.ts'
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
 * Text is normalised first (lexicon.ts): lower case, Latin accents folded ("enséñame" is
 * "ensename"), apostrophes dropped ("l'amministratore" is "lamministratore"). Other scripts keep
 * their letters, so word edges are written as look-arounds: `\b` only knows ASCII.
 */

/** A word edge in any script (`\b` knows only ASCII letters). */
const START = '(?<![\\p{L}\\p{M}\\p{N}])'
const END = '(?![\\p{L}\\p{M}\\p{N}])'
/** A whole word from the alternatives, in any script. */
const word = (...words: readonly string[]): string => `${START}${alt(...words)}${END}`
/** A word that starts with one of the stems (inflected languages: "инструкци" + any ending). */
const stem = (...stems: readonly string[]): string => `${START}${alt(...stems)}[\\p{L}\\p{M}]*`
/** Two parts in either order within `span` characters (word order differs across languages). */
const near = (a: string, b: string, span: number): string => `(?:${a}).{0,${span}}(?:${b})|(?:${b}).{0,${span}}(?:${a})`

/** Asking to be shown, told, given, written, listed, copied or translated something. */
const REVEAL = alt(
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
 * The rules (all kind 'manipulation', never negatable, as in manipulationRules.ts): each pairs two
 * word classes within a short span, in either order.
 */
export const MANIPULATION_ACROSS_LANGUAGES: readonly SafetyRule[] = [
  rule('manipulation', 'its own instructions, shown (any language)', near(REVEAL, `(?:${ITS_OWN}).{0,24}(?:${GIVEN})|(?:${GIVEN}).{0,24}(?:${ITS_OWN})|(?:${YOUR}) ?(?:[\\p{L}]+ )?(?:${GIVEN_STRONG})`, 60), { negatable: false }),
  rule('manipulation', 'tools it can call (any language)', near(TOOLS, CALL, 40), { negatable: false }),
  rule('manipulation', 'other users\' conversations (any language)', near(REVEAL, `(?:${CONVERSATIONS})(?: [\\p{L}]+){0,2} (?:${OTHER_USERS})|(?:${OTHER_USERS}).{0,6}(?:${CONVERSATIONS})`, 60), { negatable: false }),
  rule('manipulation', 'authority claim + demand (any language)', near(AUTHORITY, `${SWITCH_OFF}|${REVEAL}`, 80), { negatable: false }),
  rule('manipulation', 'switch off its safety (any language)', `${near(SWITCH_OFF, SAFEGUARDS, 40)}|${SPLIT_SWITCH}.{0,40}(?:${SAFEGUARDS}).{0,20}${SWITCH_PARTICLE}`, { negatable: false })
]
