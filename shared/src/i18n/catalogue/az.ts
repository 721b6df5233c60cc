import type { Catalogue } from '../translate.ts';

/** Azerbaijani (the default). Same keys as en.ts, grouped the same way. */
export const az: Catalogue = {
  // ── Languages ─────────────────────────────────────────────────────────────
  'language.az': 'Azərbaycanca',
  'language.ru': 'Русский',
  'language.en': 'English',

  // ── Benefit types ─────────────────────────────────────────────────────────
  'benefit.TSA': 'Ünvanlı dövlət sosial yardımı',
  'benefit.OLD_AGE_PENSION': 'Yaşa görə əmək pensiyası',
  'benefit.DISABILITY_PENSION': 'Əlilliyə görə əmək pensiyası',
  'benefit.SURVIVOR_PENSION': 'Ailə başçısını itirməyə görə əmək pensiyası',
  'benefit.DISABILITY_ALLOWANCE': 'Əlilliyə görə sosial müavinət',
  'benefit.BIRTH_GRANT': 'Uşağın doğulmasına görə birdəfəlik müavinət',
  'benefit.CHILD_UNDER_ONE': 'Bir yaşınadək uşağa görə müavinət',

  // ── Decision outcomes and reasons ─────────────────────────────────────────
  'outcome.GRANTED': 'Təyin edildi',
  'outcome.REFUSED': 'İmtina edildi',
  'reason.ELIGIBLE': 'bütün şərtlər ödənilir',
  'reason.INCOME_ABOVE_NEED_CRITERION': 'ailənin orta aylıq gəliri onun ehtiyacından aşağı deyil',
  'reason.ABLE_BODIED_ADULT_WITHOUT_REASON': 'əmək qabiliyyətli yaşda olan yetkin üzvün işləməməsi üçün ailədən asılı olmayan səbəbi yoxdur',
  'reason.BELOW_PENSION_AGE': 'pensiya yaşına hələ çatılmayıb',
  'reason.INSUFFICIENT_INSURED_YEARS': 'sığorta stajı minimumdan azdır',
  'reason.NO_DISABILITY': 'əlillik müəyyən edilməyib',
  'reason.CHILD_NOT_UNDER_ONE': 'uşağın bir yaşı artıq tamam olub',
  'reason.NO_ACTIVE_TSA': 'ailə ünvanlı dövlət sosial yardımı almır',
  'reason.NO_DEATH': 'ölüm qeydə alınmayıb',
  'reason.NOT_DEPENDANT': 'uşaq mərhumun himayəsində olmayıb',
  'reason.NOT_BREADWINNER': 'mərhum ailəni dolandıran olmayıb',
  'reason.NOT_WITHDRAWN': 'ödənişlər iki ay ərzində çıxarılmayıb',
  'reason.CHILD_TURNED_ONE': 'uşağın bir yaşı tamam olub',
  'reason.DEATH': 'ölüm qeydə alınıb',
  'reason.TERM_EXPIRED': 'təyinatın müddəti bitib',
  'reason.REPLACED': 'onu yeni qərar əvəz edib',
  'reason.NOT_ELIGIBLE': 'müavinətin şərtləri ödənilmir',

  // ── Decision summaries ────────────────────────────────────────────────────
  'summary.grantedMonthly': 'Təyin edildi: {benefit}, {from, date, day} tarixindən ayda {amount, number, money}.',
  'summary.grantedMonthlyAndOneTime': 'Təyin edildi: {benefit}, {from, date, day} tarixindən ayda {amount, number, money} və birdəfəlik {oneTime, number, money}.',
  'summary.grantedOneTime': '{date, date, day} tarixində təyin edildi: {benefit}, birdəfəlik {amount, number, money}.',
  'summary.granted': 'Təyin edildi: {benefit}, {from, date, day} tarixindən.',
  'summary.refused': 'İmtina edildi: {benefit}, çünki {reason}.',

  // ── Decision steps ────────────────────────────────────────────────────────
  'step.TSA_MEMBERS': '{date, date, day} tarixində ailənizin {members} üzvü var.',
  'step.TSA_NEED_TOTAL':
    'Qüvvədə olan ehtiyac meyarı hər nəfərə ayda {needCriterion, number, money} təşkil edir; {members} üzvdən ibarət ailənin ehtiyacı ayda {total, number, money} edir.',
  'step.TSA_INCOME_TOTAL': 'Bütün üzvlərin {from, date, month} – {to, date, month} dövründəki gəliri {total, number, money} təşkil edir.',
  'step.TSA_INCOME_AVERAGE': 'Bu məbləğ {months} aya bölündükdə ayda orta hesabla {average, number, money} edir.',
  'step.TSA_AMOUNT': 'Yardım ailənin ehtiyacından onun orta aylıq gəliri çıxılmaqla hesablanır: {need, number, money} − {average, number, money} = {amount, number, money}.',
  'step.TSA_ADULT_REASON':
    '{age} yaşlı üzvün işləməməsi üçün ailədən asılı olmayan səbəbi var: {reason, select, DISABILITY {əlillik} CARER {əlilliyi olan üzvə və ya kiçik uşağa qulluq} STUDENT {əyani təhsil} UNEMPLOYMENT {işsiz kimi qeydiyyat} MILITARY_SERVICE {hərbi xidmət} other {tanınmış səbəb}}.',
  'step.TSA_ADULT_NO_REASON': '{age} yaşlı üzv işləmək qabiliyyətindədir və işləməməsi üçün ailədən asılı olmayan səbəbi yoxdur.',
  'step.TSA_REFUSED_ADULT': 'İmtina edildi: {adults} əmək qabiliyyətli yetkin üzvün işləməməsi üçün ailədən asılı olmayan səbəbi yoxdur.',
  'step.TSA_REFUSED_INCOME': 'İmtina edildi: orta aylıq gəlir ({average, number, money}) ailənin ehtiyacından ({need, number, money}) aşağı deyil.',
  'step.TSA_TERM': '{months} ay müddətinə, {from, date, day} tarixindən {to, date, day} tarixinədək təyin edilir.',
  'step.TSA_INFANT_SUPPLEMENT':
    '{children, plural, one {Bir yaşınadək uşaq üçün} other {Bir yaşınadək # uşağın hər biri üçün}} ayda {amount, number, money} bir yaşınadək uşağa görə müavinət kimi ayrıca təyin edilir.',
  'step.TSA_GRANTED': 'Təyin edildi: {from, date, day} tarixindən {to, date, day} tarixinədək ayda {amount, number, money}.',
  'step.PENSION_AGE': 'Sizin {age} yaşınız var; pensiya yaşına ({pensionAge}) {reachedOn, date, day} tarixində çatırsınız.',
  'step.PENSION_REFUSED_AGE': 'İmtina edildi: pensiya yaşına ({pensionAge}) hələ çatılmayıb.',
  'step.PENSION_INSURED_YEARS': 'Sığorta stajınız {years} il {months} aydır; minimum {minimumYears} ildir.',
  'step.PENSION_REFUSED_RECORD': 'İmtina edildi: sığorta stajı minimum {minimumYears} ildən azdır.',
  'step.PENSION_GRANTED': 'Təyin edildi: {from, date, day} tarixindən ayda {amount, number, money} (minimum pensiya).',
  'step.DISABILITY_NONE': 'Əlillik müəyyən edilməyib.',
  'step.DISABILITY_DETERMINED': '{group, select, CHILD {{from, date, day} tarixindən 18 yaşınadək uşağın əlilliyi müəyyən edilib.} other {{from, date, day} tarixindən {group} qrup əlillik müəyyən edilib.}}',
  'step.DISABILITY_INSURED':
    '{pension, select, yes {{years} il {months} ay sığorta stajı ilə əlilliyə görə əmək pensiyası təyin edilir.} other {Sığorta stajı olmadığından əlilliyə görə sosial müavinət təyin edilir.}}',
  'step.DISABILITY_GRANTED': 'Təyin edildi: {from, date, day} tarixindən ayda {amount, number, money}.',
  'step.DISABILITY_GRANTED_UNTIL': 'Təyin edildi: {from, date, day} tarixindən {to, date, day} tarixinədək ayda {amount, number, money}.',
  'step.SURVIVOR_DEPENDANT': 'Ölüm günü uşağın {age} yaşı var idi; {limit} yaşınadək uşaqlar himayədə olan sayılır.',
  'step.SURVIVOR_BREADWINNER': '{breadwinner, select, yes {Mərhum ailəni dolandıran idi (sığorta stajı və ya gəliri var idi).} other {Mərhumun nə sığorta stajı, nə də gəliri var idi.}}',
  'step.SURVIVOR_REFUSED_NO_DEATH': 'İmtina edildi: ölüm qeydə alınmayıb.',
  'step.SURVIVOR_REFUSED_NOT_DEPENDANT': 'İmtina edildi: uşaq mərhumun himayəsində olmayıb.',
  'step.SURVIVOR_REFUSED_NOT_BREADWINNER': 'İmtina edildi: mərhum ailəni dolandıran olmayıb.',
  'step.SURVIVOR_GRANTED': 'Təyin edildi: {from, date, day} tarixindən {to, date, day} tarixinədək ayda {amount, number, money}.',
  'step.BIRTH_REGISTERED': 'Uşağın {birthDate, date, day} tarixində doğulması qeydə alınıb.',
  'step.BIRTH_GRANT_GRANTED': 'Təyin edildi: birdəfəlik {amount, number, money} müavinət, {month, date, month} ayının ödənişləri ilə ödənilir.',
  'step.CHILD_AGE': '{age, plural, =0 {Uşağın hələ bir yaşı tamam olmayıb.} other {Uşağın # yaşı var.}}',
  'step.CHILD_REFUSED_AGE': 'İmtina edildi: uşağın bir yaşı artıq tamam olub.',
  'step.CHILD_REFUSED_NO_TSA': 'İmtina edildi: ailə ünvanlı dövlət sosial yardımı almır.',
  'step.CHILD_TSA_ACTIVE': 'Ailə ünvanlı dövlət sosial yardımı alır.',
  'step.CHILD_GRANTED': 'Təyin edildi: {from, date, day} tarixindən {to, date, day} tarixinədək ayda {amount, number, money}.',

  // A correction after a rule version is re-run over history (engine/src/flows/rerun-corrections.ts).
  'step.RERUN_CORRECTION': '{from, date, month} – {to, date, month} dövrü üçün düzəldilmiş qayda ilə yenidən qərar verilib: {months} ay ödənilənlə müqayisə edilib; ödənilməli qalan məbləğ {arrears, number, money}, artıq ödənilmiş məbləğ {overpayment, number, money}.',
  'step.REDECISION_CORRECTION': 'Qərar bugünkü məlumatlarla yenidən verilib ({cause, select, APPEAL {şikayətiniz üzrə} other {istifadə etdiyi məlumat düzəldilib}}): indiyədək ödənilmiş {months} ay indi çatası məbləğlə müqayisə edilib; ödənilməli qalan məbləğ {arrears, number, money}, artıq ödənilmiş məbləğ {overpayment, number, money}; yeni məbləğ {from, date, day} tarixindən tətbiq olunur.',

  // ── SMS ───────────────────────────────────────────────────────────────────
  'sms.GRANTED_FIRST': '{benefit}: {from, date, day} tarixindən ayda {amount, number, money} təyin edildi. Bank kartını {pickupDate, date, day} tarixindən {branch} ünvanından götürün.',
  'sms.GRANTED': '{benefit}: {from, date, day} tarixindən ayda {amount, number, money} təyin edildi. Ödəniş kartınıza köçürüləcək.',
  'sms.GRANTED_ONE_TIME': '{benefit}: birdəfəlik {amount, number, money} təyin edildi və {month, date, month} ayında kartınıza ödəniləcək.',
  'sms.REFUSED': '{benefit}: imtina edildi, çünki {reason}. Ətraflı izah e-sosial.az portalındadır.',
  'sms.TERM_ENDED': '{benefit}: təyinatın müddəti {to, date, day} tarixində bitdi. Davam etmək üçün yenidən müraciət edin.',
  'sms.ASSIGNMENT_ENDED': '{benefit}: ödəniş {to, date, day} tarixindən dayandırıldı, çünki {reason}.',
  'sms.REDECIDED': '{benefit}: düzəldilmiş məlumatlarla qərar yenidən verildi: {from, date, day} tarixindən ayda {amount, number, money}. Əvvəlki aylar üzrə sizə çatacaq: {arrears, number, money}; sonrakı ödənişlərdən tutulacaq artıq ödəniş: {overpayment, number, money}. İzah e-sosial.az portalındadır.',
  'sms.REDECIDED_STOPPED': '{benefit}: düzəldilmiş məlumatlarla qərar yenidən verildi: ödəniş {from, date, day} tarixindən dayandırılır, çünki {reason}. Sonrakı ödənişlərdən tutulacaq artıq ödəniş: {overpayment, number, money}. İzah e-sosial.az portalındadır.',
  'sms.APPEAL_FILED': '{benefit}: şikayətiniz qəbul edildi. Qərar əvvəlcə bugünkü məlumatlarla yenidən yoxlanılacaq; hər addım barədə SMS alacaqsınız.',
  'sms.APPEAL_REDECIDED': '{benefit}: şikayətiniz üzrə qərar yenidən verildi. Razı deyilsinizsə, e-sosial.az portalında şikayəti davam etdirin.',
  'sms.APPEAL_IN_REVIEW': '{benefit}: şikayətiniz apellyasiya əməkdaşına göndərildi və {deadline, date, day} tarixinədək baxılacaq.',
  'sms.APPEAL_UPHELD': '{benefit}: şikayətinizə baxıldı, qərar qüvvədə qalır. Əməkdaşın izahı e-sosial.az portalındadır.',
  'sms.APPEAL_REFERRED': '{benefit}: şikayətiniz üzrə bir məlumat yoxlanılması üçün onu verən quruma göndərildi. Qurum onu düzəltsə, qərar avtomatik yenidən veriləcək.',
  'sms.APPEAL_SETTLED': '{benefit}: şikayətiniz düzəldilmiş məlumatlar əsasında yeni qərarla həll olundu. İzah e-sosial.az portalındadır.',
  'sms.RENEWED': '{benefit}: yardım yeni müraciət olmadan uzadıldı: {from, date, day} tarixindən ayda {amount, number, money}.',
  'sms.NOT_RENEWED': '{benefit}: yardım {to, date, day} tarixindən sonra uzadılmır, çünki {reason}. İzah e-sosial.az portalındadır.',
};
