import { alt } from './lexicon.ts'
import { END, START, stem, word } from './anyScriptWords.ts'
import { near, REVEAL } from './manipulationAcrossLanguages.ts'
import { foldAccentsWhereAccents } from '../textFeatures.ts'
import { rule, type SafetyRule } from './SafetyRule.ts'

/*
 * Round eighty-one (P49): three kinds of manipulation that had standing rules in English only
 * (manipulationRules.ts: "keys and secrets", "vendor keys", "stored data about others") and none in
 * the other languages (manipulationAcrossLanguages.ts covers the assistant's own instructions, its
 * tools, other users' conversations, an authority claim and switching its safety off):
 *  - the service's credentials: passwords, private or secret keys, API keys, tokens, seed phrases;
 *  - other users' personal data: their e-mail addresses, phone numbers, addresses, birth dates;
 *  - how its safety screen decides: the words that trigger it, its threshold, how to get past it.
 * T48 missed four such requests on v87 (French, Italian, Greek, Japanese); the learned screen caught
 * others through wording it trained on, which cannot be relied on in a language it has not seen.
 *
 * The rules are standing (SafetyRule.ts): no learned score overrules them, since the learned screen reads such a
 * request as calm in a language it has not seen (v87's French one scored under the manipulation rule floor). So each
 * carries its own exceptions, and each needs two parts, never a bare noun: "I forgot my password", "the key to my heart" and "a
 * dream about keys" are everyday. Text is normalised first (screenForSafety.ts): lower case, accents
 * folded in Latin, Greek, Cyrillic, Arabic and Hebrew script ("contraseña" is "contrasena", "κωδικό"
 * is "κωδικο", "mật khẩu" is "mat khau"), apostrophes dropped, hyphens read as spaces. Letters that do
 * not decompose stay as written: Polish ł, Turkish ı, Nordic ø and æ, German ß, Vietnamese đ.
 */

/** Asking to be shown, told, given or sent something, in languages REVEAL (manipulationAcrossLanguages.ts) does not cover. */
const REVEAL_MORE = alt(
  // English (manipulationRules.ts has its own list; here for the two-part rules below)
  word('show me', 'tell me', 'give me', 'send me', 'reveal', 'print', 'paste', 'dump', 'leak', 'read out', 'type out', 'write out'),
  // Infinitives after "can you" ("tu peux me donner", "puoi darmi", "puedes pasarme", "pode me passar", "kannst du mir … geben")
  word('donner', 'filer', 'envoyer', 'communiquer', 'fournir', 'montrer', 'dire', 'ecrire', 'copier', 'darmi', 'dirmi', 'mandarmi', 'scrivermi', 'mostrarmi', 'inviarmi', 'passarmi', 'darme', 'decirme', 'pasarme', 'mandarme', 'mostrarme', 'enviarme', 'escribirme', 'me dar', 'me passar', 'me mandar', 'me mostrar', 'me dizer', 'me enviar', 'geben', 'sagen', 'mitteilen', 'schicken'),
  // Greek, Hebrew, Persian
  stem('δωσ', 'δειξ', 'πες', 'γραψ', 'στειλ', 'εμφανισ', 'αποκαλυψ', 'μεταφρασ', 'αντιγραψ', 'παραθεσ', 'θελω'),
  word('תן', 'תני', 'תנו', 'תראה', 'תראי', 'הראה', 'תכתוב', 'תכתבי', 'כתוב', 'שלח', 'תשלח', 'תשלחי', 'תגיד', 'תגידי', 'חשוף', 'תחשוף', 'תעתיק', 'אני צריך', 'אני צריכה'),
  word('بده', 'بدید', 'بگو', 'بگید', 'نشان بده', 'نشون بده', 'بنویس', 'بفرست', 'کپی کن', 'لیست کن', 'میخوام', 'می خواهم'),
  // Vietnamese, Thai
  word('cho (?:toi|minh|em|tao|anh|chi) (?:xem|biet)', 'gui (?:cho )?(?:toi|minh|em|tao)', 'dua (?:cho )?(?:toi|minh|em|tao)', 'liet ke', 'viet ra', 'tiet lo', 'noi (?:cho )?(?:toi|minh|em|tao)', 'chia se', 'in ra', 'cung cap'),
  alt('ขอ', 'บอก', 'ส่ง', 'แสดง', 'เขียน', 'เปิดเผย', 'พิมพ์'),
  // Swedish, Danish, Norwegian, Finnish, Hungarian, Czech, Slovak, Romanian
  word('visa', 'vis mig', 'vis meg', 'ge mig', 'gi meg', 'giv mig', 'skriv', 'skicka', 'send', 'fortæl', 'fortell', 'beratta', 'beratta', 'lista'),
  stem('anna', 'nayta', 'kerro', 'kirjoita', 'laheta', 'listaa', 'paljasta'),
  word('add meg', 'add ide', 'add at', 'mutasd', 'ird le', 'ird ide', 'kuldd', 'sorold', 'aruld el'),
  word('ukaz', 'ukazte', 'dej mi', 'dejte mi', 'daj mi', 'napis', 'napiste', 'posli', 'poslete', 'rekni', 'reknete', 'povedz', 'vypis', 'prozrad', 'prezrad'),
  word('arata mi', 'arata', 'da mi', 'dati mi', 'spune mi', 'spuneti mi', 'scrie', 'trimite', 'trimite mi', 'dezvaluie'),
  // Round eighty-two: Malay, Bulgarian, Serbian and Croatian, Lithuanian, Catalan, and pronoun-joined Spanish imperatives
  word('bagi', 'beri', 'bagitau', 'beritahu', 'tunjukkan', 'hantar', 'senaraikan', 'pasamelo', 'damelo', 'dimelo', 'mandamelo', 'muestramelo', 'escribemelo', 'donamel', 'dona m', 'mostra m', 'digues m', 'escriu', 'parodyk', 'duok', 'pasakyk', 'parasyk', 'atsiusk', 'pokazi', 'daj mi', 'reci mi', 'napisi', 'posalji'),
  stem('покажи', 'даи', 'кажи', 'напиши', 'изпрати', 'дај', 'реци', 'пошаљи'),
  // Swahili, Tagalog
  word('nipe', 'nionyeshe', 'nitumie', 'niambie', 'andika', 'ibigay', 'ipakita', 'sabihin', 'isulat', 'ipadala', 'bigyan mo ako', 'pakita')
)
/**
 * REVEAL and this file's words. REVEAL is written with some letters as typed ("pokaż"), which its own rules never meet in
 * normalised text; here it is folded once, as the text is, so that its words count. This file's own literals are written
 * folded (serviceSecretsAcrossLanguages.test.ts checks that every source here is already folded).
 */
export const ASKING = `${foldAccentsWhereAccents(REVEAL)}|${REVEAL_MORE}`

/** A credential: a password, a private or secret key, an API key or token, a wallet's seed or recovery phrase. */
export const CREDENTIAL = alt(
  // English
  word('passwords?', 'passcodes?', 'passphrases?', 'private keys?', 'secret keys?', 'api keys?', 'ssh keys?', 'access tokens?', 'auth tokens?', 'bearer tokens?', 'api tokens?', 'seed phrases?', 'recovery phrases?', 'mnemonic(?: phrase)?', 'credentials', 'login details', 'root access', 'admin access'),
  // Spanish, French, Italian, Portuguese, Catalan
  word('contrasenas?', 'claves? privadas?', 'llaves? privadas?', 'claves? secretas?', 'claves? (?:de )?(?:la )?api', 'frases? semilla', 'frases? de recuperacion', 'credenciales', 'tokens? de acceso', 'contrasenya'),
  word('mots? de passe', 'mdp', 'cles? privees?', 'cles? secretes?', 'cles? (?:d )?api', 'jetons?(?: d acces)?', 'phrases? de recuperation', 'phrases? secretes?', 'identifiants'),
  word('password', 'chiavi? privat[ae]', 'chiavi? segret[ae]', 'chiavi? (?:dell )?api', 'frasi? di recupero', 'credenziali', 'token di accesso'),
  word('senhas?', 'chaves? privadas?', 'chaves? secretas?', 'chaves? (?:de )?(?:da )?api', 'frases? de recuperacao', 'frases? semente', 'credenciais'),
  // German, Dutch
  stem('passwort', 'passworter', 'kennwort', 'zugangsdaten', 'anmeldedaten', 'wiederherstellungsphrase', 'seed phrase', 'api schlussel', 'api key'),
  word('private[nrms]? schlussel', 'geheime[nrms]? schlussel', 'privatschlussel'),
  word('wachtwoord(?:en)?', 'prive ?sleutels?', 'privesleutels?', 'geheime sleutels?', 'api sleutels?', 'inloggegevens', 'herstelzin'),
  // Polish, Czech, Slovak, Hungarian, Romanian
  stem('hasło', 'hasla', 'hasła', 'haslo', 'klucz prywatn', 'klucza prywatn', 'klucz api', 'dane logowania', 'fraz odzyskiwania', 'fraza odzyskiwania'),
  stem('heslo', 'hesla', 'soukrom[yee] klic', 'privatni klic', 'sukromn[yee] kluc', 'api klic', 'api kluc'),
  // Round eighty-two: Lithuanian, Croatian and Serbian, Bulgarian, Malay
  stem('slaptazod', 'privatus raktas', 'privatu rakta', 'lozink', 'privatni kljuc', 'privatnog kljuca', 'лозинк', 'паролат', 'паролата', 'частния ключ', 'частен ключ', 'kata laluan'),
  stem('jelszo', 'jelszav', 'privat kulcs', 'titkos kulcs', 'api kulcs'),
  stem('parolele', 'parolei de acces', 'parola de acces', 'cheia privata', 'cheie privata', 'cheia secreta', 'cheie api', 'cheia api'),
  // Turkish, Indonesian, Tagalog, Swahili, Vietnamese
  stem('sifre', 'parolas', 'ozel anahtar', 'gizli anahtar', 'api anahtar', 'kurtarma ifade'),
  word('kata sandi', 'kata laluan', 'kunci privat', 'kunci pribadi', 'kunci rahasia', 'kunci api', 'frasa pemulihan', 'frase pemulihan', 'nenosiri', 'ufunguo wa siri', 'mat khau', 'khoa rieng', 'khoa bi mat', 'khoa api'),
  // Swedish, Danish, Norwegian, Finnish
  stem('losenord', 'adgangskode', 'kodeord', 'passord', 'privat nyckel', 'privata nyckel', 'privat nøgle', 'privat nøkkel', 'privatnøkkel', 'salasana', 'yksityinen avain', 'yksityisen avaimen'),
  // Russian, Ukrainian, Bulgarian (й is folded to и)
  stem('парол', 'приватн(?:ыи|ии|ого|ии|ия) ключ', 'закрыт(?:ыи|ого) ключ', 'секретн(?:ыи|ого|ии|ия) ключ', 'ключ api', 'api ключ', 'апи ключ', 'сид фраз', 'seed фраз', 'мнемоническ', 'токен доступа', 'учетные данные', 'учетных данных', 'облікові дані'),
  // Greek (tonos folded), Hebrew, Arabic, Persian
  stem('κωδικ(?:ος|ο|ου|ους|οι) προσβασης', 'κωδικ(?:ος|ο|ου) (?:του )?(?:root|admin|διαχειριστη)', 'συνθηματικ', 'ιδιωτικο κλειδι', 'ιδιωτικα κλειδια', 'μυστικο κλειδι', 'κλειδι api', 'api κλειδι', 'φραση ανακτησης'),
  stem('(?:ה|את ה|ו|וה|ש|שה)?סיסמ', '(?:ה|את ה)?מפתח (?:ה)?פרטי', '(?:ה|את ה)?מפתח (?:ה)?סודי', '(?:ה)?מפתח (?:ה)?api', '(?:ה)?מפתחות (?:ה)?פרטיים', 'פרטי ההתחברות'),
  stem('كلمة المرور', 'كلمات المرور', 'كلمة السر', 'الباسورد', 'باسورد', 'المفتاح الخاص', 'مفتاح خاص', 'المفتاح السري', 'مفتاح api', 'رمز الوصول', 'عبارة الاسترداد'),
  stem('رمز عبور', 'پسورد', 'کلید خصوصی', 'کلید api', 'گذرواژه'),
  // Hindi, Bengali, Urdu
  alt('पासवर्ड', 'प्राइवेट की', 'निजी कुंजी', 'गुप्त कुंजी', 'एपीआई की', 'पासवर्ड', 'পাসওয়ার্ড', 'প্রাইভেট কি', 'পাসওয়ার্ড', 'پاس ورڈ', 'پاسورڈ'),
  // Chinese, Japanese, Korean, Thai
  alt('密码', '密碼', '私钥', '私鑰', '密钥', '密鑰', '助记词', '助記詞', '口令', '访问令牌', '訪問令牌', '登录凭证', '登入憑證'),
  alt('パスワード', '秘密鍵', '秘密キー', 'プライベートキー', 'apiキー', 'api キー', 'シードフレーズ', '復元フレーズ', 'リカバリーフレーズ', '認証情報', 'アクセストークン'),
  alt('비밀번호', '비번', '패스워드', '개인 ?키', '비밀 ?키', 'api ?키', '시드 ?문구', '복구 ?문구', '액세스 ?토큰', '인증 ?정보'),
  alt('รหัสผ่าน', 'คีย์ส่วนตัว', 'กุญแจส่วนตัว', 'คีย์ api', 'api key')
)

/** "Your" before the credential (the assistant's own: "ton mot de passe", "你的密码"), where a language puts it there. */
const YOUR_BEFORE = alt(
  word('your', 'tu', 'tus', 'ton', 'ta', 'tes', 'votre', 'vos', 'il tuo', 'la tua', 'tuo', 'tua', 'tuoi', 'tue', 'seu', 'sua', 'seus', 'suas', 'teu', 'dein', 'deine', 'deinen', 'deiner', 'jouw', 'twoj', 'twoje', 'twojego', 'tvoje', 'tvuj', 'tvoj', 'ditt', 'dine', 'sinun', 'твои', 'твоя', 'твое', 'твоего', 'ваш', 'ваша', 'ваше', 'вашего', 'твіи'),
  alt('你的', '妳的', '您的', 'あなたの', '君の', 'お前の', 'あんたの', '너의', '네 ', '당신의', '니 ')
)
/** "Your" after it, where a language puts it there ("τον κωδικό σου", "הסיסמה שלך", "رمزك", "kata sandimu"). */
const YOUR_AFTER = alt(word('σου', 'σας', 'שלך', 'שלכם', 'تو', 'الخاصة بك', 'الخاص بك', 'بتاعك', 'kamu', 'anda', 'cua ban', 'cua may', 'yako', 'ng maia'), alt('ของคุณ', 'ของเธอ', 'ของมึง'))

/** The writer's own account: a reset, a change, a forgotten password ("olvidé la contraseña", "забыл пароль", "パスワードを忘れ"). */
const OWN_ACCOUNT_VERB = alt(
  word('forgot', 'forgotten', 'reset', 'change', 'changing', 'recover', 'lost', 'olvide', 'olvidado', 'restablecer', 'cambiar', 'recuperar', 'oublie', 'reinitialiser', 'changer', 'dimenticato', 'reimpostare', 'cambiare', 'esqueci', 'redefinir', 'alterar', 'vergessen', 'zurucksetzen', 'andern', 'vergeten', 'wijzigen', 'zapomnial', 'zapomniałem', 'zapomniałam', 'zmienic', 'unuttum', 'sifirla', 'lupa', 'mengganti', 'забыл', 'забыла', 'сбросить', 'сменить', 'поменять', 'восстановить', 'забув', 'забула', 'ξεχασα', 'αλλαξω', 'שכחתי', 'לשנות', 'نسيت', 'تغيير', 'فراموش', 'quen mat', 'doi mat', 'glomt', 'glomt', 'glomde', 'unohdin', 'elfelejtettem', 'zapomnel', 'zapomnela', 'am uitat', 'nimesahau', 'nakalimutan'),
  alt('忘', '비밀번호를 잊', '비밀번호 변경', 'ลืมรหัส', 'भूल गया', 'भूल गई')
)
/** "My" before the credential ("mi contraseña", "mon mot de passe"), but not a "me" after a request ("napiš mi heslo", "spune-mi parola"). */
const MY_BEFORE = `(?<!${alt('napis', 'rekni', 'dej', 'dejte', 'daj', 'posli', 'ukaz', 'povedz', 'spune', 'da', 'arata', 'trimite', 'dati', 'dammi', 'dimmi', 'passami')} )${word('my', 'mi', 'mis', 'mon', 'ma', 'mes', 'mio', 'mia', 'miei', 'meu', 'minha', 'mein', 'meine', 'meinen', 'mijn', 'moj', 'moje', 'mojego', 'benim', 'мои', 'моя', 'мое', 'моего', 'міи', 'mitt', 'min', 'minun', 'muj', 'az en')}(?: own| propia| propio| propre| proprio| propria| eigenes| eigene| eigen)?`
/** "My" after it ("τον κωδικό μου", "הסיסמה שלי", "mật khẩu của tôi", "kata sandi saya"). */
const MY_AFTER = alt(word('μου', 'שלי', 'cua toi', 'cua minh', 'saya', 'aku', 'ku', 'ko', 'wangu', 'yangu', 'mea', 'meu', 'minha'), alt('我的密码', '我的密碼', '私のパスワード', '自分のパスワード', '내 비밀번호', '제 비밀번호', 'รหัสผ่านของฉัน', 'मेरा पासवर्ड'))

/** Other users, clients or members of the service, or all of them ("todos los usuarios", "όλων των χρηστών", "全部ユーザー"). */
const USERS = alt(
  word('users', 'clients', 'customers', 'subscribers', 'everyone who', 'everybody who', 'all the people who'),
  stem('usuari', 'utilisateur', 'utilisatrice', 'client', 'abonne', 'utent', 'iscritt', 'utilizador', 'assinante', 'nutzer', 'benutzer', 'kunden', 'gebruiker', 'klanten', 'uzytkownik', 'uzytkownik', 'klient', 'kullanici', 'kullanıcı', 'musteri', 'pengguna', 'pelanggan', 'nguoi dung', 'khach hang', 'anvandar', 'anvendere', 'brukere', 'brugere', 'kayttaj', 'felhasznal', 'uzivatel', 'utilizator', 'watumiaji', 'gumagamit'),
  stem('пользовател', 'клиент', 'подписчик', 'користувач', 'χρηστ', 'πελατ', '(?:ה)?משתמש', '(?:ה)?לקוחות', 'המנויים', 'المستخدم', 'مستخدمين', 'العملاء', 'کاربر', 'مشتری'),
  alt('उपयोगकर्ता', 'यूज़र', 'यूजर', 'ग्राहक', 'ব্যবহারকারী', 'صارف', '用户', '用戶', '客户', '客戶', '会员', '會員', 'ユーザー', '利用者', '会員', 'お客', '사용자', '유저', '회원', '고객', 'ผู้ใช้', 'ลูกค้า')
)
/** Their personal data: e-mail addresses, phone numbers, addresses, birth dates, names, card details, locations. */
const PERSONAL_DATA = alt(
  word('e ?mails?', 'e ?mail address(?:es)?', 'phone numbers?', 'numbers', 'addresses', 'home address(?:es)?', 'birth ?days?', 'dates? of birth', 'birth dates?', 'full names', 'names', 'card (?:numbers|details)', 'locations', 'ip address(?:es)?', 'passwords'),
  word('correos?', 'correos electronicos', 'direcciones', 'telefonos', 'numeros', 'fechas de nacimiento', 'nombres', 'tarjetas de credito', 'adresses?(?: mail| e mail)?', 'courriels?', 'numeros de telephone', 'dates de naissance', 'noms', 'cartes bancaires', 'indirizzi', 'numeri di telefono', 'date di nascita', 'nomi', 'carte di credito', 'enderecos', 'telefones', 'datas de nascimento', 'nomes', 'cartoes de credito'),
  stem('e mail adress', 'adressen', 'telefonnummer', 'handynummer', 'geburtsdat', 'geburtstag', 'namen', 'kreditkart', 'e mailadres', 'telefoonnummer', 'geboortedat', 'adres', 'numer', 'telefon', 'dat urodzenia', 'imion', 'nazwisk', 'adresler', 'telefon numara', 'dogum tarih', 'isimler', 'alamat', 'nomor telepon', 'tanggal lahir', 'nama', 'dia chi', 'so dien thoai', 'ngay sinh'),
  stem('adresser', 'telefonnummer', 'fodelsedat', 'fodselsdat', 'navn', 'namn', 'osoit', 'puhelinnumer', 'syntymaaik', 'nimet', 'cim', 'telefonszam', 'szuletesi', 'adres', 'telefonni cisl', 'datum narozeni', 'jmen', 'adrese', 'numere de telefon', 'date de nastere', 'nume', 'barua pepe', 'namba za simu', 'tarehe za kuzaliwa', 'majina', 'pangalan', 'numero ng telepono', 'kaarawan'),
  stem('почт', 'имеил', 'емеил', 'email', 'адрес', 'телефон', 'номер', 'дат рожден', 'даты рожден', 'дни рожден', 'имена', 'фамили', 'дат народжен', 'імена'),
  stem('email', 'ημερομηνιες γεννησης', 'ημερομηνια γεννησης', 'διευθυνσ', 'τηλεφων', 'ονοματα'),
  stem('אימייל', 'מייל', 'כתובות', 'מספרי טלפון', 'תאריכי לידה', 'שמות', 'כרטיסי אשראי', 'البريد', 'الايميل', 'ايميلات', 'العناوين', 'عناوين', 'ارقام', 'تواريخ الميلاد', 'تاريخ الميلاد', 'الاسماء', 'اسماء', 'ایمیل', 'ادرس', 'شماره', 'تاریخ تولد', 'اسامی'),
  alt('ईमेल', 'पते', 'फ़ोन नंबर', 'फोन नंबर', 'जन्मतिथि', 'जन्म तिथि', 'नाम', 'ইমেইল', 'ঠিকানা', 'ফোন নম্বর', 'ای میل', '邮箱', '郵箱', '电子邮件', '電子郵件', '邮件地址', '地址', '电话', '電話', '手机号', '生日', '出生日期', '姓名', '名字', '信用卡', 'メールアドレス', 'メアド', 'メール', '住所', '電話番号', '誕生日', '生年月日', '名前', '氏名', 'クレジットカード', '이메일', '주소', '전화번호', '연락처', '생일', '생년월일', '이름', 'อีเมล', 'ที่อยู่', 'เบอร์โทร', 'วันเกิด', 'ชื่อ')
)

/**
 * The safety screen itself: a safety, content or crisis filter or check, or "your filter" (not a bare "filter": a
 * coffee filter or a photo filter is everyday).
 */
const SCREEN = alt(
  word('safety (?:filters?|checks?|screens?|systems?|layers?|classifiers?|rules)', 'crisis (?:filters?|detection|detectors?|screens?)', 'content (?:filters?|moderation)', 'your (?:filters?|moderation|guardrails?|screening)', 'guardrails?'),
  word('(?:controles?|filtres?|systemes?) de securite', '(?:ton|tes|votre|vos) (?:filtres?|controles?|moderation)', 'moderation', '(?:controll[oi]|filtr[oi]|sistem[ai]) di sicurezza', '(?:il )?tuo (?:filtro|controllo)', 'tuoi filtri', 'moderazione', '(?:controles?|filtros?|sistemas?) de seguridad', 'tus? filtros?', 'moderacion', '(?:controles?|filtros?|sistemas?) de seguranca', 'seus? filtros?', 'moderacao', 'veiligheidsfilters?', 'je filters?', 'filtr(?:y|u)? bezpieczenstwa', 'twoje? filtry?', 'guvenlik filtre\\p{L}*', 'filter keamanan', 'bo loc an toan', 'kiem duyet', 'sakerhetsfilt\\p{L}*', 'sikkerhedsfilt\\p{L}*', 'sikkerhetsfilt\\p{L}*', 'turvasuodat\\p{L}*', 'biztonsagi szur\\p{L}*', 'bezpecnostni filtr\\p{L}*', 'filtrul de siguranta', 'filtre(?:le)? de siguranta'),
  stem('sicherheitsfilter', 'sicherheitsprufung', 'sicherheitscheck', 'sicherheitskontrolle', 'dein filter', 'deine filter', 'inhaltsfilter', 'moderation'),
  word('penapis keselamatan', 'tapisan keselamatan', 'sigurnosni filter', 'sigurnosnog filtra', 'saugumo filtr\\p{L}*', 'filtre de seguretat', 'el teu filtre'),
  stem('защитн\\p{L}* (?:ти )?филт\\p{L}*', 'филтъра ти', 'твоя филтър', 'безбедносн\\p{L}* филтер', 'фильтр\\p{L}* безопасност', 'твои\\p{L}* фильтр', 'твоего фильтр', 'модерац', 'фільтр\\p{L}* безпеки', 'φιλτρ(?:ο|α|ου) ασφαλειας', 'ελεγχ(?:ο|ος|ου) ασφαλειας', 'τα φιλτρα σου', 'το φιλτρο σου', 'מסנן הבטיחות', 'מסנני הבטיחות', 'הסינון שלך', 'המסנן שלך', 'فلتر الامان', 'فلاتر الامان', 'فلترك', 'فلاترك', 'الرقابة', 'فیلتر امنیتی', 'فیلترت'),
  alt('安全过滤', '安全過濾', '内容过滤', '內容過濾', '你的过滤', '你的過濾', '审核机制', '審核機制', '安全检查', '安全檢查', '安全机制', '安全機制', 'セーフティ', '安全チェック', '安全フィルター', 'フィルター機能', '検閲', '안전 ?필터', '안전 ?검사', '검열', '안전장치', 'ตัวกรองความปลอดภัย', 'ระบบความปลอดภัย', 'सेफ्टी फ़िल्टर', 'सेफ्टी फिल्टर', 'सुरक्षा फ़िल्टर', 'सुरक्षा फिल्टर')
)
/** What sets it off, its threshold or score, or getting past it unseen. */
const TRIGGERS = alt(
  word('trigger(?:s|ed)?', 'set(?:s)? off', 'flag(?:s|ged)?', 'threshold', 'thresholds', 'cutoff', 'get (?:past|around)', 'slip past', 'avoid (?:it|them|triggering)', 'evade'),
  word('declenche(?:nt)?', 'seuil', 'seuils', 'score', 'contourner', 'eviter', 'activan?', 'disparan?', 'umbral', 'umbrales', 'puntuacion', 'evitar', 'esquivar', 'saltar(?:me)?', 'fanno scattare', 'fa scattare', 'scatta', 'attivano', 'soglia', 'soglie', 'punteggio', 'evitare', 'aggirare', 'disparam', 'limiar', 'limite', 'pontuacao', 'driblar'),
  stem('auslos', 'schwelle', 'schwellenwert', 'umgehen', 'vermeiden', 'activeren', 'drempel', 'omzeilen', 'wyzwala', 'prog', 'prog', 'ominac', 'tetikle', 'esik', 'esik', 'atlatma', 'memicu', 'ambang', 'menghindari', 'kich hoat', 'nguong', 'ne tranh', 'utloser', 'utloser', 'troskel', 'troskel', 'terskel', 'taerskel', 'laukaise', 'kynnys', 'kierta', 'kiolt', 'kuszob', 'megkerul', 'spoust', 'prah', 'obejit', 'declanseaz', 'prag', 'ocoli'),
  word('elak', 'elakkan', 'lepas', 'zaobici', 'zaobic', 'apeiti'),
  stem('задеиства', 'заобикол', 'праг', 'активира', 'срабатыва', 'сработа', 'порог', 'обоити', 'обхода', 'избежать', 'спрацьов', 'поріг', 'ενεργοποι', 'κατωφλι', 'παρακαμψ', 'αποφυγ', 'מפעיל', 'מפעילות', 'סף', 'לעקוף', 'تفعل', 'تشغل', 'عتبة', 'العتبة', 'تجاوز', 'تجنب', 'فعال میکنه', 'استانه', 'دور بزنم'),
  alt('触发', '觸發', '阈值', '閾值', '门槛', '門檻', '分数', '分數', '绕过', '繞過', '避开', '避開', '引っかか', '反応', 'しきい値', '閾値', 'スコア', '回避', 'すり抜け', '걸리', '걸려', '작동', '임계', '점수', '우회', '피하', 'ทริกเกอร์', 'เกณฑ์', 'หลบ')
)
/** Which words or phrases: the screen's vocabulary, as opposed to "which filter suits my photos". */
const WHICH_WORDS = alt(
  word('which words', 'what words', 'which phrases', 'what phrases', 'which (?:key)?words', 'trigger words', 'keywords', 'banned words', 'forbidden words'),
  word('quels mots', 'quelles phrases', 'mots cles', 'mots interdits', 'quali parole', 'che parole', 'parole chiave', 'parole vietate', 'que palabras', 'cuales palabras', 'palabras clave', 'palabras prohibidas', 'quais palavras', 'que palavras', 'palavras chave', 'palavras proibidas', 'welche worter', 'welche worte', 'schlusselworter', 'verbotene worter', 'welke woorden', 'jakie slowa', 'jakie słowa', 'hangi kelimeler', 'kata apa', 'kata kunci', 'tu nao', 'tu khoa', 'vilka ord', 'hvilke ord', 'mitka sanat', 'milyen szavak', 'jaka slova', 'ce cuvinte', 'maneno gani', 'anong mga salita'),
  word('perkataan apa', 'kata apa', 'koje rijeci', 'koje reci', 'kokie zodziai', 'quines paraules'),
  stem('кои думи', 'какви думи', 'које речи', 'какие слова', 'ключевые слова', 'які слова', 'ποιες λεξεις', 'ποιες φρασεις', 'אילו מילים', 'איזה מילים', 'ما الكلمات', 'اي كلمات', 'اي كلمات', 'الكلمات التي', 'چه کلماتی', 'کدوم کلمه'),
  alt('哪些词', '哪些詞', '什么词', '什麼詞', '关键词', '關鍵詞', '敏感词', '敏感詞', 'どの言葉', 'どんな言葉', 'どの単語', 'ngワード', 'キーワード', '어떤 단어', '무슨 단어', '금지어', '키워드', 'คําไหน', 'คําอะไร', 'คําต้องห้าม', 'कौन से शब्द', 'कौनसे शब्द')
)

/** A password made or changed, not one asked for ("a strong password", "una contraseña nueva", "新しいパスワード"). */
const NEW_OR_STRONG = alt('strong', 'secure', 'safe', 'new', 'good', 'random', 'generate', 'create', 'fuerte', 'segura', 'nueva', 'fort', 'nouveau', 'forte', 'sicura', 'nuova', 'sicheres', 'neues', 'sterk', 'nieuw', 'silne', 'nowe', 'guclu', 'kuat', 'baru', 'надежн\\p{L}*', 'нов\\p{L}*', 'ισχυρ\\p{L}*', 'νεο', 'חזקה', 'חדשה', 'قوية', 'جديدة', 'manh', 'stark', 'stærk', 'sterkt', 'vahva', 'eros', 'noua', 'puternica', '强', '強', '新', '강한', '새', 'ใหม่')
/** A bank's or an account's password (left for the family in a farewell, or the writer's own): not the service's. */
const BANK = alt('bank\\p{L}*', 'banco', 'banque', 'banca', 'banka\\p{L}*', 'банк\\p{L}*', 'hesap\\p{L}*', 'pension', '통장', '은행', '银行', '銀行', '口座', 'बैंक', 'البنك', 'بانک', 'בנק', 'τραπεζ\\p{L}*')
/** A home network's password ("the wifi password"): everyday. */
const HOME_NETWORK = alt('wifi', 'wi fi', 'wlan', 'router', 'ルーター', '路由器', '와이파이', 'ไวไฟ', 'ваифаи', 'роутер')

/** A credential that is not the service's: the writer's own account, a new or strong one, the wifi, a bank's, "the key to". */
export const NOT_THE_SERVICES = `(?:${OWN_ACCOUNT_VERB}) ?(?:[\\p{L}]+ ){0,2}(?:${CREDENTIAL})|(?:${CREDENTIAL}).{0,20}(?:${OWN_ACCOUNT_VERB})|${MY_BEFORE} (?:[\\p{L}]+ )?(?:${CREDENTIAL})|(?:${CREDENTIAL}) ?(?:${MY_AFTER})${END}|${alt('我的', '我自己的', '私の', '自分の', '僕の', '俺の', '내 ', '제 ', '나의', 'ของฉัน', 'ของผม', 'मेरा', 'मेरी')}.{0,8}(?:${CREDENTIAL})|(?:${CREDENTIAL}).{0,20}${START}(?:${BANK})|${START}(?:${BANK}).{0,20}(?:${CREDENTIAL})|${START}(?:${NEW_OR_STRONG}) ?(?:[\\p{L}]+ )?(?:${CREDENTIAL})|(?:${CREDENTIAL}) ?(?:${NEW_OR_STRONG})${END}|(?:${CREDENTIAL}).{0,30}${START}(?:${HOME_NETWORK})${END}|${START}(?:${HOME_NETWORK})${END}.{0,30}(?:${CREDENTIAL})|${START}(?:${alt('key to', 'keys to', 'password to (?:my|your|the) (?:heart|soul|happiness)', 'cle du', 'clave de la felicidad', 'chiave del', 'schlussel zum', 'schlussel zur')})${END}`

export const SERVICE_SECRETS_ACROSS_LANGUAGES: readonly SafetyRule[] = [
  // A credential asked for, or named as the assistant's own ("your password"). Named with the service alone ("the
  // server's private key") it is not enough: "how do I store API keys in a node project" is a developer's question.
  // The writer's own account is everyday (a reset, a forgotten password, "my password"), and so is a bank password
  // left for the family (said in farewell letters, which the crisis rules answer).
  rule('manipulation', "the service's credentials (any language)", `${near(ASKING, `(?:${CREDENTIAL})`, 60)}|(?:${YOUR_BEFORE}) ?(?:[\\p{L}]+ )?(?:${CREDENTIAL})|(?:${CREDENTIAL})(?: [\\p{L}]+)? ?(?:${YOUR_AFTER})${END}`, {
    negatable: false, standing: true,
    unless: NOT_THE_SERVICES
  }),
  // Other users' personal data, asked for.
  rule('manipulation', "other users' personal data (any language)", near(ASKING, near(`(?:${PERSONAL_DATA})`, `(?:${USERS})`, 50), 80), { negatable: false, standing: true }),
  // How the safety screen decides: which words set it off, its threshold, how to get past it.
  rule('manipulation', 'how its safety screen decides (any language)', `${near(SCREEN, TRIGGERS, 60)}|${near(WHICH_WORDS, SCREEN, 60)}`, { negatable: false, standing: true })
]
