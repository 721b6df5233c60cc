/** The portal's three languages, the strings of each, and formatting by language. */
export const LANGUAGES = ['az', 'ru', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];

const en = {
  appName: 'Unified Social Registry',
  tagline: 'Citizen portal',
  skipToContent: 'Skip to main content',
  language: 'Language',
  signIn: 'Sign in',
  signOut: 'Sign out',
  signedInAs: 'Signed in as',
  welcomeTitle: 'Your data held by the state, in one place',
  welcomeText:
    'See everything the registry holds about you and your household: where each fact came from, your benefits and how they were decided, your payments, and who looked at your data.',
  signingIn: 'Signing you in…',
  loading: 'Loading…',
  loadError: 'Your data could not be loaded.',
  retry: 'Try again',
  mainNav: 'Main',
  navRecord: 'My record',
  navAccessLog: 'Who looked at my data',
  personalData: 'Personal data',
  pin: 'Personal ID (FIN)',
  name: 'Name',
  birthDate: 'Date of birth',
  sex: 'Sex',
  phone: 'Phone',
  address: 'Registered address',
  notGiven: 'not given',
  household: 'My household',
  noHousehold: 'You are not registered in a household.',
  member: 'Member',
  relation: 'Relation to the head',
  since: 'Since',
  benefits: 'My benefits',
  noBenefits: 'No benefits are assigned to you.',
  monthlyAmount: 'Monthly amount',
  period: 'Period',
  status: 'Status',
  decision: 'Decision',
  decidedOn: 'decided on',
  ruleVersion: 'rule version',
  howDecided: 'How it was decided',
  payments: 'Payments',
  noPayments: 'No payments yet.',
  month: 'Month',
  amount: 'Amount',
  paymentCard: 'Payment card',
  bank: 'Bank',
  branch: 'Branch to collect the card',
  pickupDate: 'Card can be collected from',
  cardNumber: 'Card number',
  facts: 'What agencies report about me',
  factsIntro: 'Each fact shows the agency that supplied it and its own reference, so you can trace it back to its source.',
  noFacts: 'No agency has reported facts about you.',
  moreFacts: 'Only the first 500 facts are shown.',
  validFrom: 'Valid from',
  validTo: 'to',
  ongoing: 'ongoing',
  sourceReference: 'Source reference',
  recordedAt: 'Received',
  factCount: (n: number) => (n === 1 ? '1 fact' : `${n} facts`),
  contestFact: 'Contest this fact',
  contestReasonLabel: 'Why is this fact wrong?',
  contestReasonHint: 'In your own words, 1 to 1,000 characters. The agency that supplied the fact will answer.',
  charactersLeft: (n: number) => `${n} characters left`,
  contestSubmit: 'Send request',
  contestSending: 'Sending…',
  cancel: 'Cancel',
  contestReasonRequired: 'Please write why this fact is wrong.',
  contestReasonTooLong: 'Please keep the reason to 1,000 characters or fewer.',
  contestFailed: 'Your request could not be sent. Please try again.',
  contestSent: 'Your request was sent. The agency will check this fact.',
  contested: 'Contested',
  correctionRequests: 'My correction requests',
  correctionRequestsIntro: 'Facts you asked the agencies to correct, and their answers. Latest first.',
  noCorrectionRequests: 'You have not contested any fact.',
  requestedOn: 'Requested',
  answeredOn: 'Answered',
  yourReason: 'Your reason',
  agencyAnswer: 'The answer',
  correctedBy: 'Corrected by',
  correctionStatus: {
    OPEN: "Open: waiting for an answer", CONFIRMED: 'Confirmed: the fact was checked and is right',
    CORRECTED: 'Corrected: the agency fixed the fact', REJECTED: 'Rejected: the request was not accepted',
  } as Record<string, string>,
  accessLogTitle: 'Who looked at my data',
  accessLogIntro: 'Every time someone other than you reads your data, the registry records who, when, what and why. Newest first.',
  noAccess: 'Nobody else has looked at your data.',
  when: 'When',
  who: 'Who',
  service: 'Service',
  fieldsRead: 'Data read',
  purpose: 'Purpose',
  loadMore: 'Show older entries',
  currency: 'AZN',
  footer: 'Unified Social Registry · citizen portal',
  sexValues: { MALE: 'Male', FEMALE: 'Female' } as Record<string, string>,
  relations: {
    HEAD: 'Head of household', SPOUSE: 'Spouse', CHILD: 'Child', PARENT: 'Parent', SIBLING: 'Brother or sister',
    GRANDCHILD: 'Grandchild', GRANDPARENT: 'Grandparent', OTHER_RELATIVE: 'Other relative', NON_RELATIVE: 'Not related',
  } as Record<string, string>,
  assignmentStatus: { ACTIVE: 'Being paid', SUSPENDED: 'Suspended', ENDED: 'Ended' } as Record<string, string>,
  outcomes: { GRANTED: 'Granted', REFUSED: 'Refused' } as Record<string, string>,
  paymentStatus: { SCHEDULED: 'Scheduled', SENT: 'Sent to the bank', PAID: 'Paid', WITHDRAWN: 'Withdrawn', RETURNED: 'Returned' } as Record<string, string>,
  accountStatus: { OPEN: 'Open', BLOCKED: 'Blocked', CLOSED: 'Closed' } as Record<string, string>,
  accessors: {
    caseworker: 'Caseworker', auditor: 'Auditor', engine: 'Decision engine', admin: 'Administrator', internal: 'Internal application',
    citizen: 'Household member',
  } as Record<string, string>,
  factKinds: {
    INCOME: 'Income', EMPLOYMENT: 'Employment', UNEMPLOYMENT: 'Unemployment', INSURED_YEARS: 'Insured years', DISABILITY: 'Disability',
    MEDICAL_CONDITION: 'Medical condition', STUDENT: 'Student', REAL_ESTATE: 'Real estate', LAND: 'Land', VEHICLE: 'Vehicle', BIRTH: 'Birth',
    DEATH: 'Death', MARRIAGE: 'Marriage', DIVORCE: 'Divorce', REGISTERED_ADDRESS: 'Registered address', RESIDENCE_PERMIT: 'Residence permit',
    ABROAD_STAY: 'Stay abroad', MILITARY_SERVICE: 'Military service', IDP_STATUS: 'Internally displaced person', BANK_DEPOSIT: 'Bank deposit',
    ELECTRICITY_CONSUMPTION: 'Electricity consumption', WATER_CONSUMPTION: 'Water consumption', GAS_CONSUMPTION: 'Gas consumption',
    IMPORT_DECLARATION: 'Import declaration', FARMER_REGISTRATION: 'Farmer registration',
  } as Record<string, string>,
};

export type Strings = typeof en;

const ru: Strings = {
  appName: 'Единый социальный реестр',
  tagline: 'Портал гражданина',
  skipToContent: 'Перейти к основному содержанию',
  language: 'Язык',
  signIn: 'Войти',
  signOut: 'Выйти',
  signedInAs: 'Вы вошли как',
  welcomeTitle: 'Ваши данные, которые хранит государство, в одном месте',
  welcomeText:
    'Смотрите всё, что реестр хранит о вас и вашей семье: откуда получен каждый факт, ваши пособия и как о них было принято решение, выплаты и кто просматривал ваши данные.',
  signingIn: 'Выполняется вход…',
  loading: 'Загрузка…',
  loadError: 'Не удалось загрузить ваши данные.',
  retry: 'Повторить',
  mainNav: 'Основное меню',
  navRecord: 'Мои данные',
  navAccessLog: 'Кто смотрел мои данные',
  personalData: 'Личные данные',
  pin: 'ФИН',
  name: 'Имя',
  birthDate: 'Дата рождения',
  sex: 'Пол',
  phone: 'Телефон',
  address: 'Адрес регистрации',
  notGiven: 'не указан',
  household: 'Моя семья',
  noHousehold: 'Вы не зарегистрированы в составе семьи.',
  member: 'Член семьи',
  relation: 'Родство с главой семьи',
  since: 'С',
  benefits: 'Мои пособия',
  noBenefits: 'Вам не назначено пособий.',
  monthlyAmount: 'Сумма в месяц',
  period: 'Период',
  status: 'Статус',
  decision: 'Решение',
  decidedOn: 'принято',
  ruleVersion: 'версия правила',
  howDecided: 'Как было принято решение',
  payments: 'Выплаты',
  noPayments: 'Выплат пока нет.',
  month: 'Месяц',
  amount: 'Сумма',
  paymentCard: 'Платёжная карта',
  bank: 'Банк',
  branch: 'Отделение, где получить карту',
  pickupDate: 'Карту можно получить с',
  cardNumber: 'Номер карты',
  facts: 'Что сообщают обо мне ведомства',
  factsIntro: 'У каждого факта указаны ведомство, которое его передало, и его собственный номер документа, чтобы можно было проверить источник.',
  noFacts: 'Ведомства не передавали сведений о вас.',
  moreFacts: 'Показаны только первые 500 фактов.',
  validFrom: 'Действует с',
  validTo: 'по',
  ongoing: 'настоящее время',
  sourceReference: 'Номер в источнике',
  recordedAt: 'Получено',
  factCount: (n: number) => `фактов: ${n}`,
  contestFact: 'Оспорить этот факт',
  contestReasonLabel: 'Почему этот факт неверен?',
  contestReasonHint: 'Своими словами, от 1 до 1000 символов. Ответит ведомство, которое передало этот факт.',
  charactersLeft: (n: number) => `Осталось символов: ${n}`,
  contestSubmit: 'Отправить запрос',
  contestSending: 'Отправка…',
  cancel: 'Отмена',
  contestReasonRequired: 'Напишите, почему этот факт неверен.',
  contestReasonTooLong: 'Причина должна быть не длиннее 1000 символов.',
  contestFailed: 'Не удалось отправить запрос. Попробуйте ещё раз.',
  contestSent: 'Запрос отправлен. Ведомство проверит этот факт.',
  contested: 'Оспаривается',
  correctionRequests: 'Мои запросы на исправление',
  correctionRequestsIntro: 'Факты, которые вы попросили ведомства исправить, и их ответы. Сначала новые.',
  noCorrectionRequests: 'Вы не оспаривали ни одного факта.',
  requestedOn: 'Отправлен',
  answeredOn: 'Ответ получен',
  yourReason: 'Ваша причина',
  agencyAnswer: 'Ответ',
  correctedBy: 'Исправлен фактом',
  correctionStatus: {
    OPEN: 'Открыт: ждёт ответа', CONFIRMED: 'Подтверждён: факт проверен и верен',
    CORRECTED: 'Исправлен: ведомство исправило факт', REJECTED: 'Отклонён: запрос не принят',
  },
  accessLogTitle: 'Кто смотрел мои данные',
  accessLogIntro: 'Каждый раз, когда ваши данные читает кто-то, кроме вас, реестр записывает кто, когда, что и зачем. Сначала новые.',
  noAccess: 'Никто, кроме вас, не смотрел ваши данные.',
  when: 'Когда',
  who: 'Кто',
  service: 'Сервис',
  fieldsRead: 'Прочитанные данные',
  purpose: 'Цель',
  loadMore: 'Показать более ранние записи',
  currency: 'AZN',
  footer: 'Единый социальный реестр · портал гражданина',
  sexValues: { MALE: 'Мужской', FEMALE: 'Женский' },
  relations: {
    HEAD: 'Глава семьи', SPOUSE: 'Супруг(а)', CHILD: 'Ребёнок', PARENT: 'Родитель', SIBLING: 'Брат или сестра', GRANDCHILD: 'Внук или внучка',
    GRANDPARENT: 'Дедушка или бабушка', OTHER_RELATIVE: 'Другой родственник', NON_RELATIVE: 'Не родственник',
  },
  assignmentStatus: { ACTIVE: 'Выплачивается', SUSPENDED: 'Приостановлено', ENDED: 'Прекращено' },
  outcomes: { GRANTED: 'Назначено', REFUSED: 'Отказано' },
  paymentStatus: { SCHEDULED: 'Запланирована', SENT: 'Отправлена в банк', PAID: 'Зачислена', WITHDRAWN: 'Снята', RETURNED: 'Возвращена' },
  accountStatus: { OPEN: 'Открыт', BLOCKED: 'Заблокирован', CLOSED: 'Закрыт' },
  accessors: {
    caseworker: 'Социальный работник', auditor: 'Аудитор', engine: 'Система принятия решений', admin: 'Администратор',
    internal: 'Внутреннее приложение', citizen: 'Член семьи',
  },
  factKinds: {
    INCOME: 'Доход', EMPLOYMENT: 'Занятость', UNEMPLOYMENT: 'Безработица', INSURED_YEARS: 'Страховой стаж', DISABILITY: 'Инвалидность',
    MEDICAL_CONDITION: 'Заболевание', STUDENT: 'Учёба', REAL_ESTATE: 'Недвижимость', LAND: 'Земля', VEHICLE: 'Транспортное средство',
    BIRTH: 'Рождение', DEATH: 'Смерть', MARRIAGE: 'Брак', DIVORCE: 'Развод', REGISTERED_ADDRESS: 'Адрес регистрации',
    RESIDENCE_PERMIT: 'Вид на жительство', ABROAD_STAY: 'Пребывание за рубежом', MILITARY_SERVICE: 'Военная служба',
    IDP_STATUS: 'Вынужденный переселенец', BANK_DEPOSIT: 'Банковский вклад', ELECTRICITY_CONSUMPTION: 'Потребление электроэнергии',
    WATER_CONSUMPTION: 'Потребление воды', GAS_CONSUMPTION: 'Потребление газа', IMPORT_DECLARATION: 'Таможенная декларация',
    FARMER_REGISTRATION: 'Регистрация фермера',
  },
};

const az: Strings = {
  appName: 'Vahid Sosial Reyestr',
  tagline: 'Vətəndaş portalı',
  skipToContent: 'Əsas məzmuna keç',
  language: 'Dil',
  signIn: 'Daxil ol',
  signOut: 'Çıxış',
  signedInAs: 'Daxil olmusunuz:',
  welcomeTitle: 'Dövlətin sizin haqqınızda saxladığı məlumatlar bir yerdə',
  welcomeText:
    'Reyestrin sizin və ailəniz haqqında saxladığı hər şeyi görün: hər faktın haradan gəldiyini, müavinətlərinizi və onlar barədə qərarın necə verildiyini, ödənişlərinizi və məlumatlarınıza kimin baxdığını.',
  signingIn: 'Daxil olunur…',
  loading: 'Yüklənir…',
  loadError: 'Məlumatlarınızı yükləmək mümkün olmadı.',
  retry: 'Yenidən cəhd edin',
  mainNav: 'Əsas menyu',
  navRecord: 'Məlumatlarım',
  navAccessLog: 'Məlumatlarıma kim baxıb',
  personalData: 'Şəxsi məlumatlar',
  pin: 'FİN',
  name: 'Ad',
  birthDate: 'Doğum tarixi',
  sex: 'Cins',
  phone: 'Telefon',
  address: 'Qeydiyyat ünvanı',
  notGiven: 'göstərilməyib',
  household: 'Ailəm',
  noHousehold: 'Siz heç bir ailənin tərkibində qeydiyyatda deyilsiniz.',
  member: 'Ailə üzvü',
  relation: 'Ailə başçısına münasibəti',
  since: 'Tarixdən',
  benefits: 'Müavinətlərim',
  noBenefits: 'Sizə müavinət təyin edilməyib.',
  monthlyAmount: 'Aylıq məbləğ',
  period: 'Dövr',
  status: 'Vəziyyət',
  decision: 'Qərar',
  decidedOn: 'qərar tarixi',
  ruleVersion: 'qayda versiyası',
  howDecided: 'Qərar necə verildi',
  payments: 'Ödənişlər',
  noPayments: 'Hələ ödəniş yoxdur.',
  month: 'Ay',
  amount: 'Məbləğ',
  paymentCard: 'Ödəniş kartı',
  bank: 'Bank',
  branch: 'Kartın götürüləcəyi filial',
  pickupDate: 'Kartı bu tarixdən götürmək olar',
  cardNumber: 'Kartın nömrəsi',
  facts: 'Qurumların mənim haqqımda məlumatları',
  factsIntro: 'Hər faktın yanında onu göndərən qurum və qurumun öz istinad nömrəsi göstərilir ki, mənbəyini yoxlaya biləsiniz.',
  noFacts: 'Heç bir qurum sizin haqqınızda məlumat göndərməyib.',
  moreFacts: 'Yalnız ilk 500 fakt göstərilir.',
  validFrom: 'Qüvvədədir',
  validTo: '–',
  ongoing: 'hazırda',
  sourceReference: 'Mənbədəki nömrə',
  recordedAt: 'Alınıb',
  factCount: (n: number) => `${n} fakt`,
  contestFact: 'Bu fakta etiraz et',
  contestReasonLabel: 'Bu fakt niyə səhvdir?',
  contestReasonHint: 'Öz sözlərinizlə, 1-dən 1000-ə qədər simvol. Faktı göndərən qurum cavab verəcək.',
  charactersLeft: (n: number) => `Qalan simvol: ${n}`,
  contestSubmit: 'Sorğunu göndər',
  contestSending: 'Göndərilir…',
  cancel: 'Ləğv et',
  contestReasonRequired: 'Bu faktın niyə səhv olduğunu yazın.',
  contestReasonTooLong: 'Səbəb 1000 simvoldan uzun olmamalıdır.',
  contestFailed: 'Sorğunu göndərmək mümkün olmadı. Yenidən cəhd edin.',
  contestSent: 'Sorğunuz göndərildi. Qurum bu faktı yoxlayacaq.',
  contested: 'Etiraz edilib',
  correctionRequests: 'Düzəliş sorğularım',
  correctionRequestsIntro: 'Qurumlardan düzəltməyi xahiş etdiyiniz faktlar və onların cavabları. Ən yenilər əvvəldə.',
  noCorrectionRequests: 'Siz heç bir fakta etiraz etməmisiniz.',
  requestedOn: 'Göndərilib',
  answeredOn: 'Cavablandırılıb',
  yourReason: 'Səbəbiniz',
  agencyAnswer: 'Cavab',
  correctedBy: 'Düzəldən fakt',
  correctionStatus: {
    OPEN: 'Açıq: cavab gözlənilir', CONFIRMED: 'Təsdiqlənib: fakt yoxlanılıb və düzgündür',
    CORRECTED: 'Düzəldilib: qurum faktı düzəldib', REJECTED: 'Rədd edilib: sorğu qəbul edilməyib',
  },
  accessLogTitle: 'Məlumatlarıma kim baxıb',
  accessLogIntro: 'Məlumatlarınızı sizdən başqa kimsə oxuyanda reyestr kimin, nə vaxt, nəyi və nə məqsədlə oxuduğunu qeyd edir. Ən yenilər əvvəldə.',
  noAccess: 'Sizdən başqa heç kim məlumatlarınıza baxmayıb.',
  when: 'Nə vaxt',
  who: 'Kim',
  service: 'Xidmət',
  fieldsRead: 'Oxunan məlumatlar',
  purpose: 'Məqsəd',
  loadMore: 'Əvvəlki qeydləri göstər',
  currency: 'AZN',
  footer: 'Vahid Sosial Reyestr · vətəndaş portalı',
  sexValues: { MALE: 'Kişi', FEMALE: 'Qadın' },
  relations: {
    HEAD: 'Ailə başçısı', SPOUSE: 'Həyat yoldaşı', CHILD: 'Övlad', PARENT: 'Valideyn', SIBLING: 'Qardaş və ya bacı', GRANDCHILD: 'Nəvə',
    GRANDPARENT: 'Baba və ya nənə', OTHER_RELATIVE: 'Digər qohum', NON_RELATIVE: 'Qohum deyil',
  },
  assignmentStatus: { ACTIVE: 'Ödənilir', SUSPENDED: 'Dayandırılıb', ENDED: 'Bitib' },
  outcomes: { GRANTED: 'Təyin edilib', REFUSED: 'İmtina edilib' },
  paymentStatus: { SCHEDULED: 'Planlaşdırılıb', SENT: 'Banka göndərilib', PAID: 'Ödənilib', WITHDRAWN: 'Nağdlaşdırılıb', RETURNED: 'Geri qaytarılıb' },
  accountStatus: { OPEN: 'Açıq', BLOCKED: 'Bloklanıb', CLOSED: 'Bağlanıb' },
  accessors: {
    caseworker: 'Sosial işçi', auditor: 'Auditor', engine: 'Qərar sistemi', admin: 'İnzibatçı', internal: 'Daxili tətbiq', citizen: 'Ailə üzvü',
  },
  factKinds: {
    INCOME: 'Gəlir', EMPLOYMENT: 'Məşğulluq', UNEMPLOYMENT: 'İşsizlik', INSURED_YEARS: 'Sığorta stajı', DISABILITY: 'Əlillik',
    MEDICAL_CONDITION: 'Xəstəlik', STUDENT: 'Təhsil', REAL_ESTATE: 'Daşınmaz əmlak', LAND: 'Torpaq', VEHICLE: 'Nəqliyyat vasitəsi',
    BIRTH: 'Doğum', DEATH: 'Ölüm', MARRIAGE: 'Nikah', DIVORCE: 'Boşanma', REGISTERED_ADDRESS: 'Qeydiyyat ünvanı', RESIDENCE_PERMIT: 'Yaşayış icazəsi',
    ABROAD_STAY: 'Xaricdə olma', MILITARY_SERVICE: 'Hərbi xidmət', IDP_STATUS: 'Məcburi köçkün', BANK_DEPOSIT: 'Bank əmanəti',
    ELECTRICITY_CONSUMPTION: 'Elektrik istehlakı', WATER_CONSUMPTION: 'Su istehlakı', GAS_CONSUMPTION: 'Qaz istehlakı',
    IMPORT_DECLARATION: 'Gömrük bəyannaməsi', FARMER_REGISTRATION: 'Fermer qeydiyyatı',
  },
};

export const STRINGS: Record<Lang, Strings> = { az, ru, en };

/** Each language's name in itself, for the switch. */
export const LANGUAGE_NAMES: Record<Lang, string> = { az: 'Azərbaycanca', ru: 'Русский', en: 'English' };

const LOCALES: Record<Lang, string> = { az: 'az-Latn-AZ', ru: 'ru-RU', en: 'en-GB' };

export const STORAGE_KEY = 'usr.portal.lang';

const isLang = (value: unknown): value is Lang => typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

/** The remembered choice, else the browser's language when it is one of ours, else Azerbaijani. */
export const initialLang = (): Lang => {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (isLang(stored)) return stored;
  } catch {
    // storage blocked: fall through
  }
  const browser = navigator.language.slice(0, 2).toLowerCase();
  return isLang(browser) ? browser : 'az';
};

export const rememberLang = (lang: Lang): void => {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // storage blocked: the choice lasts for this page only
  }
};

/** A calendar date `YYYY-MM-DD` (no time zone), written the language's way. */
export const formatDate = (lang: Lang, date: string): string => {
  const [y, m, d] = date.slice(0, 10).split('-').map(Number);
  if (!y || !m || !d) return date;
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
};

/** An instant, in Baku time. */
export const formatDateTime = (lang: Lang, instant: string): string =>
  new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Baku' }).format(new Date(instant));

/** A `YYYY-MM` month. */
export const formatMonth = (lang: Lang, month: string): string => {
  const [y, m] = month.split('-').map(Number);
  if (!y || !m) return month;
  return new Intl.DateTimeFormat(LOCALES[lang], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 1)));
};

export const formatMoney = (lang: Lang, amount: string): string => {
  const n = Number(amount);
  if (!Number.isFinite(n)) return amount;
  return `${new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n)} ${STRINGS[lang].currency}`;
};
