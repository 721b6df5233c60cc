import type { Catalogue } from '../translate.ts';

/** Russian. Same keys as en.ts, grouped the same way. */
export const ru: Catalogue = {
  // ── Languages ─────────────────────────────────────────────────────────────
  'language.az': 'Azərbaycanca',
  'language.ru': 'Русский',
  'language.en': 'English',

  // ── Benefit types ─────────────────────────────────────────────────────────
  'benefit.TSA': 'Адресная государственная социальная помощь',
  'benefit.OLD_AGE_PENSION': 'Трудовая пенсия по возрасту',
  'benefit.DISABILITY_PENSION': 'Трудовая пенсия по инвалидности',
  'benefit.SURVIVOR_PENSION': 'Трудовая пенсия по случаю потери кормильца',
  'benefit.DISABILITY_ALLOWANCE': 'Социальное пособие по инвалидности',
  'benefit.BIRTH_GRANT': 'Единовременное пособие при рождении ребёнка',
  'benefit.CHILD_UNDER_ONE': 'Пособие на ребёнка до одного года',

  // ── Decision outcomes and reasons ─────────────────────────────────────────
  'outcome.GRANTED': 'Назначено',
  'outcome.REFUSED': 'Отказано',
  'reason.ELIGIBLE': 'все условия выполнены',
  'reason.INCOME_ABOVE_NEED_CRITERION': 'средний месячный доход семьи не ниже её потребности',
  'reason.ABLE_BODIED_ADULT_WITHOUT_REASON': 'у трудоспособного взрослого члена семьи нет не зависящей от семьи причины не работать',
  'reason.BELOW_PENSION_AGE': 'пенсионный возраст ещё не наступил',
  'reason.INSUFFICIENT_INSURED_YEARS': 'страховой стаж меньше минимального',
  'reason.NO_DISABILITY': 'инвалидность не установлена',
  'reason.CHILD_NOT_UNDER_ONE': 'ребёнку уже исполнился год',
  'reason.NO_ACTIVE_TSA': 'семья не получает адресную социальную помощь',
  'reason.NO_DEATH': 'смерть не зарегистрирована',
  'reason.NOT_DEPENDANT': 'ребёнок не был иждивенцем умершего',
  'reason.NOT_BREADWINNER': 'умерший не был кормильцем',
  'reason.NOT_WITHDRAWN': 'выплаты не снимались два месяца',
  'reason.CHILD_TURNED_ONE': 'ребёнку исполнился год',
  'reason.DEATH': 'зарегистрирована смерть',
  'reason.TERM_EXPIRED': 'срок назначения истёк',
  'reason.REPLACED': 'его заменило новое решение',
  'reason.NOT_ELIGIBLE': 'условия пособия не выполнены',

  // ── Decision summaries ────────────────────────────────────────────────────
  'summary.grantedMonthly': 'Назначено: {benefit}, {amount, number, money} в месяц с {from, date, day}.',
  'summary.grantedMonthlyAndOneTime': 'Назначено: {benefit}, {amount, number, money} в месяц с {from, date, day} и единовременно {oneTime, number, money}.',
  'summary.grantedOneTime': 'Назначено {date, date, day}: {benefit}, единовременно {amount, number, money}.',
  'summary.granted': 'Назначено: {benefit} с {from, date, day}.',
  'summary.refused': 'Отказано: {benefit}, так как {reason}.',

  // ── Decision steps ────────────────────────────────────────────────────────
  'step.TSA_MEMBERS': 'На {date, date, day} в вашей семье {members, plural, one {# человек} few {# человека} many {# человек} other {# человека}}.',
  'step.TSA_NEED_TOTAL':
    'Действующий критерий нуждаемости — {needCriterion, number, money} на человека в месяц; для семьи из {members, plural, one {# человека} few {# человек} many {# человек} other {# человека}} потребность составляет {total, number, money} в месяц.',
  'step.TSA_INCOME_TOTAL': 'Доход всех членов семьи за период {from, date, month} — {to, date, month} составил {total, number, money}.',
  'step.TSA_INCOME_AVERAGE':
    'Это в среднем {average, number, money} в месяц (сумма, делённая на {months, plural, one {# месяц} few {# месяца} many {# месяцев} other {# месяца}}).',
  'step.TSA_AMOUNT': 'Помощь — это потребность семьи минус её средний месячный доход: {need, number, money} − {average, number, money} = {amount, number, money}.',
  'step.TSA_ADULT_REASON':
    'У члена семьи в возрасте {age, plural, one {# года} other {# лет}} есть не зависящая от семьи причина не работать: {reason, select, DISABILITY {инвалидность} CARER {уход за членом семьи с инвалидностью или маленьким ребёнком} STUDENT {очная учёба} UNEMPLOYMENT {регистрация в качестве безработного} MILITARY_SERVICE {военная служба} other {признанная причина}}.',
  'step.TSA_ADULT_NO_REASON': 'Член семьи в возрасте {age, plural, one {# года} other {# лет}} трудоспособен, и у него нет не зависящей от семьи причины не работать.',
  'step.TSA_REFUSED_ADULT':
    'Отказано: {adults, plural, one {у # трудоспособного взрослого} other {у # трудоспособных взрослых}} нет не зависящей от семьи причины не работать.',
  'step.TSA_REFUSED_INCOME': 'Отказано: средний месячный доход ({average, number, money}) не ниже потребности семьи ({need, number, money}).',
  'step.TSA_TERM': 'Назначено на {months, plural, one {# месяц} few {# месяца} many {# месяцев} other {# месяца}}: с {from, date, day} по {to, date, day}.',
  'step.TSA_INFANT_SUPPLEMENT':
    '{children, plural, =1 {На ребёнка до года} one {На каждого из # ребёнка до года} other {На каждого из # детей до года}} отдельно назначается {amount, number, money} в месяц — пособие на ребёнка до одного года.',
  'step.TSA_GRANTED': 'Назначено: {amount, number, money} в месяц с {from, date, day} по {to, date, day}.',
  'step.PENSION_AGE': 'Вам {age, plural, one {# год} few {# года} many {# лет} other {# года}}; пенсионный возраст ({pensionAge}) наступает {reachedOn, date, day}.',
  'step.PENSION_REFUSED_AGE': 'Отказано: пенсионный возраст ({pensionAge}) ещё не наступил.',
  'step.PENSION_INSURED_YEARS':
    'Ваш страховой стаж — {years, plural, one {# год} few {# года} many {# лет} other {# года}} {months, plural, one {# месяц} few {# месяца} many {# месяцев} other {# месяца}}; минимум — {minimumYears, plural, one {# год} few {# года} many {# лет} other {# года}}.',
  'step.PENSION_REFUSED_RECORD': 'Отказано: страховой стаж меньше минимального ({minimumYears, plural, one {# год} few {# года} many {# лет} other {# года}}).',
  'step.PENSION_GRANTED': 'Назначено: {amount, number, money} в месяц (минимальная пенсия) с {from, date, day}.',
  'step.DISABILITY_NONE': 'Инвалидность не установлена.',
  'step.DISABILITY_DETERMINED': '{group, select, CHILD {С {from, date, day} установлена инвалидность ребёнка до 18 лет.} other {С {from, date, day} установлена инвалидность {group} группы.}}',
  'step.DISABILITY_INSURED':
    '{pension, select, yes {Страховой стаж — {years, plural, one {# год} few {# года} many {# лет} other {# года}} {months, plural, one {# месяц} few {# месяца} many {# месяцев} other {# месяца}}: положена трудовая пенсия по инвалидности.} other {Страхового стажа нет: положено социальное пособие по инвалидности.}}',
  'step.DISABILITY_GRANTED': 'Назначено: {amount, number, money} в месяц с {from, date, day}.',
  'step.DISABILITY_GRANTED_UNTIL': 'Назначено: {amount, number, money} в месяц с {from, date, day} по {to, date, day}.',
  'step.SURVIVOR_DEPENDANT':
    'В день смерти ребёнку было {age, plural, one {# год} few {# года} many {# лет} other {# года}}; иждивенцами считаются дети до {limit, plural, one {# года} other {# лет}}.',
  'step.SURVIVOR_BREADWINNER': '{breadwinner, select, yes {Умерший был кормильцем (страховой стаж или доход).} other {У умершего не было ни страхового стажа, ни дохода.}}',
  'step.SURVIVOR_REFUSED_NO_DEATH': 'Отказано: смерть не зарегистрирована.',
  'step.SURVIVOR_REFUSED_NOT_DEPENDANT': 'Отказано: ребёнок не был иждивенцем умершего.',
  'step.SURVIVOR_REFUSED_NOT_BREADWINNER': 'Отказано: умерший не был кормильцем.',
  'step.SURVIVOR_GRANTED': 'Назначено: {amount, number, money} в месяц с {from, date, day} по {to, date, day}.',
  'step.BIRTH_REGISTERED': 'Рождение ребёнка {birthDate, date, day} зарегистрировано.',
  'step.BIRTH_GRANT_GRANTED': 'Назначено: единовременное пособие {amount, number, money}, выплачивается вместе с выплатами за {month, date, month}.',
  'step.CHILD_AGE': '{age, plural, =0 {Ребёнку ещё нет года.} one {Ребёнку # год.} few {Ребёнку # года.} many {Ребёнку # лет.} other {Ребёнку # года.}}',
  'step.CHILD_REFUSED_AGE': 'Отказано: ребёнку уже исполнился год.',
  'step.CHILD_REFUSED_NO_TSA': 'Отказано: семья не получает адресную социальную помощь.',
  'step.CHILD_TSA_ACTIVE': 'Семья получает адресную социальную помощь.',
  'step.CHILD_GRANTED': 'Назначено: {amount, number, money} в месяц с {from, date, day} по {to, date, day}.',

  // A correction after a rule version is re-run over history (engine/src/flows/rerun-corrections.ts).
  'step.RERUN_CORRECTION': 'Повторное решение по исправленному правилу за период {from, date, month} — {to, date, month}: сравнено с выплаченным за {months, plural, one {# месяц} few {# месяца} many {# месяцев} other {# месяца}}; недоплата {arrears, number, money}, переплата {overpayment, number, money}.',
  'step.REDECISION_CORRECTION': 'Решение принято заново по сегодняшним данным ({cause, select, APPEAL {по вашей жалобе} other {исправлены использованные сведения}}): выплаченное за {months, plural, one {# месяц} few {# месяца} many {# месяцев} other {# месяца}} сравнено с тем, что причитается теперь; недоплата {arrears, number, money}, переплата {overpayment, number, money}; новая сумма применяется с {from, date, day}.',

  // ── SMS ───────────────────────────────────────────────────────────────────
  'sms.GRANTED_FIRST': '{benefit}: назначено {amount, number, money} в месяц с {from, date, day}. Банковскую карту получите с {pickupDate, date, day} по адресу: {branch}.',
  'sms.GRANTED': '{benefit}: назначено {amount, number, money} в месяц с {from, date, day}. Выплата поступит на вашу карту.',
  'sms.GRANTED_ONE_TIME': '{benefit}: назначена единовременная выплата {amount, number, money}, она поступит на вашу карту вместе с выплатами за {month, date, month}.',
  'sms.REFUSED': '{benefit}: отказано, так как {reason}. Подробное объяснение — на портале e-sosial.az.',
  'sms.TERM_ENDED': '{benefit}: срок назначения истёк {to, date, day}. Чтобы продолжить получать выплаты, подайте заявление снова.',
  'sms.ASSIGNMENT_ENDED': '{benefit}: выплата прекращена с {to, date, day}, так как {reason}.',
  'sms.REDECIDED': '{benefit}: решение принято заново по исправленным данным: {amount, number, money} в месяц с {from, date, day}. Доплата за прошлые месяцы: {arrears, number, money}; переплата, которая будет удержана из следующих выплат: {overpayment, number, money}. Объяснение — на портале e-sosial.az.',
  'sms.REDECIDED_STOPPED': '{benefit}: решение принято заново по исправленным данным: выплата прекращается с {from, date, day}, так как {reason}. Переплата, которая будет удержана из следующих выплат: {overpayment, number, money}. Объяснение — на портале e-sosial.az.',
  'sms.APPEAL_FILED': '{benefit}: ваша жалоба принята. Сначала решение будет проверено заново по сегодняшним данным; о каждом шаге вы получите SMS.',
  'sms.APPEAL_REDECIDED': '{benefit}: по вашей жалобе решение принято заново. Если вы не согласны, продолжите жалобу на портале e-sosial.az.',
  'sms.APPEAL_IN_REVIEW': '{benefit}: ваша жалоба передана сотруднику по апелляциям и будет рассмотрена до {deadline, date, day}.',
  'sms.APPEAL_UPHELD': '{benefit}: жалоба рассмотрена, решение остаётся в силе. Объяснение сотрудника — на портале e-sosial.az.',
  'sms.APPEAL_REFERRED': '{benefit}: по вашей жалобе одно из сведений отправлено на проверку в ведомство, которое его предоставило. Если ведомство его исправит, решение будет принято заново автоматически.',
  'sms.APPEAL_SETTLED': '{benefit}: ваша жалоба решена новым решением по исправленным данным. Объяснение — на портале e-sosial.az.',
  'sms.RENEWED': '{benefit}: помощь продлена без нового заявления: {amount, number, money} в месяц с {from, date, day}.',
  'sms.NOT_RENEWED': '{benefit}: помощь не продлевается после {to, date, day}, так как {reason}. Объяснение — на портале e-sosial.az.',
};
