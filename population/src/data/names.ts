import type { Sex } from '../rows.ts';

/**
 * Azerbaijani personal names in the Latin alphabet (with ə, ğ, ı, ö, ü, ç, ş, İ). Surnames are
 * stems taking the Russian-era -ov/-yev ending (-ova/-yeva for women), or the native unisex
 * -lı/-li/-lu/-lü and -zadə forms. Patronymics are the father's first name + oğlu ("son of") or
 * qızı ("daughter of").
 */
export const MALE_FIRST_NAMES: readonly string[] = [
  'Elçin', 'Rəşad', 'Orxan', 'Tural', 'Elvin', 'Kamran', 'Rauf', 'Vüqar', 'Fərid', 'Nicat', 'Murad', 'Anar',
  'Elnur', 'Ramil', 'Samir', 'Cavid', 'Emin', 'Rövşən', 'Nurlan', 'İlham', 'Əli', 'Hüseyn', 'Məhəmməd', 'Yusif',
  'Ömər', 'Tofiq', 'Vaqif', 'Şahin', 'Zaur', 'Ceyhun', 'Fuad', 'Əkbər', 'Mübariz', 'Aqil', 'Elşən', 'Rüfət',
  'Pərviz', 'Səbuhi', 'Tərlan', 'Vüsal', 'Xəyal', 'Qasım', 'Həsən', 'Kənan', 'Toğrul', 'Bəxtiyar', 'Çingiz',
  'Eldar', 'Mirzə', 'Namiq', 'Natiq', 'Rasim', 'Rəhim', 'Sərxan', 'Şamil', 'Teymur', 'Ülvi', 'Vasif', 'Yaqub',
  'Zahid', 'Əziz', 'İbrahim', 'İsmayıl', 'Ayxan', 'Ayaz', 'Arif', 'Azər', 'Bəhruz', 'Cəlal', 'Elmar', 'Elxan',
  'Fikrət', 'Hikmət', 'Kamal', 'Mahir', 'Nadir', 'Oqtay', 'Rafiq', 'Sabir', 'Səməd', 'Tahir', 'Vidadi',
  'Zakir', 'Zəfər', 'Mehdi', 'Əmir', 'Ağası', 'Novruz', 'Qurban', 'Sahib', 'Ədalət', 'Gündüz', 'Ruslan',
];

export const FEMALE_FIRST_NAMES: readonly string[] = [
  'Aysel', 'Leyla', 'Günel', 'Nərmin', 'Aynur', 'Səbinə', 'Könül', 'Ülviyyə', 'Lalə', 'Nigar', 'Sevinc', 'Türkan',
  'Aygün', 'Şəbnəm', 'Fidan', 'Gülnar', 'Zəhra', 'Məryəm', 'Xədicə', 'Aytən', 'Samirə', 'Röya', 'Jalə', 'Əsmər',
  'Sevda', 'Nərgiz', 'Ulduz', 'Pərvanə', 'Xatirə', 'Gülşən', 'Şəhla', 'Zərifə', 'Tamilla', 'Çiçək', 'Dilarə',
  'İlahə', 'Kəmalə', 'Mehriban', 'Rəna', 'Solmaz', 'Təranə', 'Validə', 'Yeganə', 'Zümrüd', 'Aida', 'Günay',
  'Aysun', 'Əminə', 'Ayan', 'Fatimə', 'Sara', 'Gülər', 'Humay', 'Lamiyə', 'Mələk', 'Nuray', 'Sənubər', 'Təhminə',
  'Vüsalə', 'Zərəngiz', 'Rəhilə', 'Nazilə', 'Afət', 'Bahar', 'Elmira', 'Firuzə', 'Gülnarə', 'Həcər', 'Kübra',
  'Mina', 'Nəzakət', 'Rüxsarə', 'Səkinə', 'Tünzalə', 'Xanım', 'Arzu', 'Gülbəniz', 'Şölə', 'İradə', 'Ofelya',
];

/** Stems that take -ov/-yev: -yev after a vowel (Əli → Əliyev), -ov after a consonant. */
const OV_STEMS: readonly string[] = [
  'Məmməd', 'Hüseyn', 'Həsən', 'İsmayıl', 'Abbas', 'Rəhim', 'Cəfər', 'Nəsir', 'Bağır', 'Süleyman', 'Kərim',
  'Qasım', 'Şükür', 'Əhməd', 'Zeynal', 'Sadıq', 'Axund', 'Cəlil', 'Əsgər', 'İbrahim', 'Xəlil', 'Novruz', 'Salman',
  'Yusif', 'Rüstəm', 'Qurban', 'Əziz', 'Şirin', 'Bayram', 'Kazım', 'Rəsul', 'Həmid', 'Camal', 'Məhərrəm', 'Səməd',
  'Tahir', 'Cavad', 'Qafar', 'Məlik', 'Oruc', 'Nəbi', 'Əli', 'Quli', 'Vəli', 'Musa', 'Baba', 'Rza',
  'Hacı', 'Mustafa', 'Nağı', 'Allahverdi', 'Mehdi', 'Paşa', 'Tağı', 'Əfəndi', 'İsa', 'Hümbət', 'Mirzə', 'Hacıbəy',
  'Abdulla', 'Qədir', 'Fərhad', 'Xudu', 'Süleyman', 'Heydər', 'Sultan', 'Bədəl', 'Nəcəf', 'Osman',
];

/** Native unisex surnames. */
const UNISEX_SURNAMES: readonly string[] = [
  'Qasımlı', 'Hüseynli', 'Məmmədli', 'Cəfərli', 'Sultanlı', 'Rəsullu', 'Əhmədli', 'Bəylərli', 'Şahbazlı', 'Məlikli',
  'Ağalarlı', 'Abbaslı', 'Əsədli', 'İsmayıllı', 'Kərimli', 'Həsənli', 'Səfərli', 'Qafarlı', 'Muradlı', 'Şıxlı',
  'Əlizadə', 'Tağızadə', 'Rəsulzadə', 'Hüseynzadə', 'Quluzadə', 'Mirzəzadə',
];

const VOWELS = new Set(['a', 'e', 'ə', 'ı', 'i', 'o', 'ö', 'u', 'ü']);

/** A family name as the family shares it, before it is put in a person's sex. */
export type FamilyName = { readonly kind: 'stem'; readonly stem: string } | { readonly kind: 'unisex'; readonly name: string };

export const FAMILY_NAMES: readonly FamilyName[] = [
  ...[...new Set(OV_STEMS)].map((stem): FamilyName => ({ kind: 'stem', stem })),
  ...UNISEX_SURNAMES.map((name): FamilyName => ({ kind: 'unisex', name })),
];

/** Share of -ov/-yev surnames among families (most; the native forms are a growing minority). */
export const STEM_SURNAME_SHARE = 0.86;
export const STEM_FAMILY_NAMES = FAMILY_NAMES.filter((f) => f.kind === 'stem');
export const UNISEX_FAMILY_NAMES = FAMILY_NAMES.filter((f) => f.kind === 'unisex');

export const surnameFor = (family: FamilyName, sex: Sex): string => {
  if (family.kind === 'unisex') return family.name;
  const last = family.stem.charAt(family.stem.length - 1).toLowerCase();
  const ending = VOWELS.has(last) ? 'yev' : 'ov';
  return `${family.stem}${ending}${sex === 'FEMALE' ? 'a' : ''}`;
};

export const patronymicFor = (fatherFirstName: string, sex: Sex): string =>
  `${fatherFirstName} ${sex === 'FEMALE' ? 'qızı' : 'oğlu'}`;
