/**
 * Employers, schools, universities, banks, car models and the like that agency facts name.
 * Real institutions are used only as plausible labels for synthetic people.
 */

export interface EmployerTemplate {
  /** `{place}` is replaced by the household's town or district name. */
  readonly name: string;
  readonly positions: readonly string[];
  /** Typical gross monthly salary in AZN (median), before individual variation. */
  readonly medianSalary: number;
}

const OFFICE = ['Mühasib', 'İqtisadçı', 'Hüquqşünas', 'Menecer', 'Operator', 'Kargüzar', 'Mütəxəssis'];
const WORKS = ['Mühəndis', 'Texnik', 'Elektrik', 'Qaynaqçı', 'Operator', 'Fəhlə', 'Sürücü', 'Mühafizəçi'];
const RETAIL = ['Satıcı', 'Kassir', 'Anbardar', 'Menecer', 'Yükdaşıyan', 'Mühafizəçi'];

/** Employers in Baku and the Absheron peninsula. */
export const CAPITAL_EMPLOYERS: readonly EmployerTemplate[] = [
  { name: 'Azərbaycan Respublikası Dövlət Neft Şirkəti (SOCAR)', positions: [...WORKS, 'Geoloq', 'Qazma ustası'], medianSalary: 1400 },
  { name: 'Azərsu ASC', positions: WORKS, medianSalary: 650 },
  { name: 'Azərişıq ASC', positions: WORKS, medianSalary: 700 },
  { name: 'Bakı Metropoliteni QSC', positions: ['Maşinist', 'Növbətçi', 'Texnik', 'Kassir'], medianSalary: 750 },
  { name: 'Azərbaycan Dəmir Yolları QSC', positions: ['Maşinist', 'Bələdçi', 'Texnik', 'Fəhlə'], medianSalary: 700 },
  { name: 'Kapital Bank ASC', positions: ['Kassir', 'Kredit mütəxəssisi', 'Operator', 'Proqramçı'], medianSalary: 1100 },
  { name: 'PAŞA Bank ASC', positions: ['Analitik', 'Proqramçı', 'Müştəri xidmətləri mütəxəssisi'], medianSalary: 1800 },
  { name: 'Azercell Telekom MMC', positions: ['Proqramçı', 'Mühəndis', 'Satış mütəxəssisi', 'Operator'], medianSalary: 1500 },
  { name: 'Bakcell MMC', positions: ['Mühəndis', 'Satış mütəxəssisi', 'Operator'], medianSalary: 1300 },
  { name: 'Azərbaycan Hava Yolları QSC (AZAL)', positions: ['Stüardessa', 'Texnik', 'Pilot', 'Operator'], medianSalary: 1600 },
  { name: 'Azərsun Holdinq MMC', positions: RETAIL, medianSalary: 600 },
  { name: 'Bravo supermarketlər şəbəkəsi', positions: RETAIL, medianSalary: 520 },
  { name: 'Araz supermarketlər şəbəkəsi', positions: RETAIL, medianSalary: 500 },
  { name: 'Baku Steel Company MMC', positions: WORKS, medianSalary: 800 },
  { name: 'Bakı Dövlət Universiteti', positions: ['Müəllim', 'Laborant', 'Kargüzar', 'Dosent'], medianSalary: 750 },
  { name: 'Azərbaycan Tibb Universiteti', positions: ['Həkim', 'Tibb bacısı', 'Laborant', 'Müəllim'], medianSalary: 800 },
  { name: 'Bakı şəhəri {n} nömrəli tam orta məktəb', positions: ['Müəllim', 'Direktor müavini', 'Kitabxanaçı', 'Xadimə'], medianSalary: 560 },
  { name: 'Bakı şəhəri {n} saylı poliklinika', positions: ['Həkim', 'Tibb bacısı', 'Qeydiyyatçı', 'Xadimə'], medianSalary: 600 },
  { name: 'Bakı Şəhər İcra Hakimiyyəti', positions: OFFICE, medianSalary: 800 },
  { name: 'Gilan Holding MMC', positions: [...WORKS, ...OFFICE], medianSalary: 850 },
  { name: 'Veysəloğlu Şirkətlər Qrupu', positions: [...RETAIL, 'Sürücü'], medianSalary: 650 },
  { name: 'Bakı Taksi Xidməti MMC', positions: ['Sürücü', 'Dispetçer'], medianSalary: 600 },
  { name: 'Azərpoçt MMC', positions: ['Poçtalyon', 'Operator', 'Sürücü'], medianSalary: 480 },
  { name: 'Sumqayıt Kimya Sənaye Parkı', positions: WORKS, medianSalary: 900 },
];

/** Employers found in every town and district, named after the place. */
export const LOCAL_EMPLOYERS: readonly EmployerTemplate[] = [
  { name: '{place} rayon {n} nömrəli tam orta məktəb', positions: ['Müəllim', 'Direktor müavini', 'Kitabxanaçı', 'Xadimə'], medianSalary: 520 },
  { name: '{place} Rayon Mərkəzi Xəstəxanası', positions: ['Həkim', 'Tibb bacısı', 'Sanitar', 'Aşpaz'], medianSalary: 560 },
  { name: '{place} Rayon İcra Hakimiyyəti', positions: OFFICE, medianSalary: 620 },
  { name: 'Azərpoçt MMC {place} poçt şöbəsi', positions: ['Poçtalyon', 'Operator'], medianSalary: 450 },
  { name: 'Kapital Bank ASC {place} filialı', positions: ['Kassir', 'Kredit mütəxəssisi', 'Operator'], medianSalary: 850 },
  { name: '{place} Aqrar Sənaye MMC', positions: ['Aqronom', 'Fəhlə', 'Traktorçu', 'Anbardar'], medianSalary: 450 },
  { name: '{place} bələdiyyəsi', positions: ['Kargüzar', 'Mühasib', 'Fəhlə'], medianSalary: 420 },
  { name: 'Azərişıq ASC {place} Rayon Elektrik Şəbəkəsi', positions: ['Elektrik', 'Nəzarətçi', 'Mühəndis'], medianSalary: 600 },
  { name: '{place} Tikinti MMC', positions: ['Bənna', 'Fəhlə', 'Qaynaqçı', 'Sürücü'], medianSalary: 500 },
  { name: '{place} Bazarı MMC', positions: RETAIL, medianSalary: 420 },
];

export const UNIVERSITIES: readonly { readonly name: string; readonly city: string }[] = [
  { name: 'Bakı Dövlət Universiteti', city: 'AZ-BA' },
  { name: 'Azərbaycan Dövlət İqtisad Universiteti (UNEC)', city: 'AZ-BA' },
  { name: 'ADA Universiteti', city: 'AZ-BA' },
  { name: 'Azərbaycan Texniki Universiteti', city: 'AZ-BA' },
  { name: 'Azərbaycan Dövlət Neft və Sənaye Universiteti', city: 'AZ-BA' },
  { name: 'Azərbaycan Tibb Universiteti', city: 'AZ-BA' },
  { name: 'Bakı Ali Neft Məktəbi', city: 'AZ-BA' },
  { name: 'Azərbaycan Dillər Universiteti', city: 'AZ-BA' },
  { name: 'Azərbaycan Dövlət Pedaqoji Universiteti', city: 'AZ-BA' },
  { name: 'Bakı Mühəndislik Universiteti', city: 'AZ-BA' },
  { name: 'Azərbaycan Memarlıq və İnşaat Universiteti', city: 'AZ-BA' },
  { name: 'Xəzər Universiteti', city: 'AZ-BA' },
  { name: 'Gəncə Dövlət Universiteti', city: 'AZ-GA' },
  { name: 'Azərbaycan Dövlət Aqrar Universiteti', city: 'AZ-GA' },
  { name: 'Lənkəran Dövlət Universiteti', city: 'AZ-LA' },
  { name: 'Naxçıvan Dövlət Universiteti', city: 'AZ-NV' },
  { name: 'Sumqayıt Dövlət Universiteti', city: 'AZ-SM' },
  { name: 'Mingəçevir Dövlət Universiteti', city: 'AZ-MI' },
];

// Banks (with their IBAN codes, BICs and card prefixes) live in shared/src/domain/banks.ts: payments uses them too.
export { BANKS, SOCIAL_PAYMENT_BANKS, type BankInfo } from '@usr/shared';

export interface VehicleModel {
  readonly make: string;
  readonly model: string;
  readonly engineCc: number;
  readonly firstYear: number;
  readonly lastYear: number;
  readonly weight: number;
}

export const VEHICLE_MODELS: readonly VehicleModel[] = [
  { make: 'Toyota', model: 'Prius', engineCc: 1800, firstYear: 2004, lastYear: 2023, weight: 14 },
  { make: 'Toyota', model: 'Camry', engineCc: 2500, firstYear: 2006, lastYear: 2025, weight: 6 },
  { make: 'Toyota', model: 'Corolla', engineCc: 1600, firstYear: 2002, lastYear: 2025, weight: 5 },
  { make: 'Hyundai', model: 'Elantra', engineCc: 1600, firstYear: 2006, lastYear: 2025, weight: 8 },
  { make: 'Hyundai', model: 'Accent', engineCc: 1400, firstYear: 2005, lastYear: 2022, weight: 7 },
  { make: 'Kia', model: 'Rio', engineCc: 1400, firstYear: 2005, lastYear: 2023, weight: 5 },
  { make: 'Kia', model: 'Sportage', engineCc: 2000, firstYear: 2010, lastYear: 2025, weight: 4 },
  { make: 'Mercedes-Benz', model: 'E 200', engineCc: 2000, firstYear: 1996, lastYear: 2024, weight: 6 },
  { make: 'Mercedes-Benz', model: 'C 180', engineCc: 1600, firstYear: 2000, lastYear: 2024, weight: 3 },
  { make: 'BMW', model: '520i', engineCc: 2000, firstYear: 2003, lastYear: 2024, weight: 3 },
  { make: 'Chevrolet', model: 'Cobalt', engineCc: 1500, firstYear: 2013, lastYear: 2023, weight: 4 },
  { make: 'Chevrolet', model: 'Lacetti', engineCc: 1600, firstYear: 2005, lastYear: 2013, weight: 3 },
  { make: 'LADA (VAZ)', model: '2107', engineCc: 1500, firstYear: 1985, lastYear: 2012, weight: 8 },
  { make: 'LADA (VAZ)', model: 'Niva', engineCc: 1700, firstYear: 1990, lastYear: 2024, weight: 4 },
  { make: 'LADA (VAZ)', model: 'Granta', engineCc: 1600, firstYear: 2012, lastYear: 2024, weight: 3 },
  { make: 'Nissan', model: 'Qashqai', engineCc: 2000, firstYear: 2008, lastYear: 2024, weight: 2 },
  { make: 'Ford', model: 'Fusion', engineCc: 2500, firstYear: 2010, lastYear: 2020, weight: 3 },
  { make: 'Opel', model: 'Astra', engineCc: 1600, firstYear: 1998, lastYear: 2015, weight: 2 },
  { make: 'Khazar', model: 'LX', engineCc: 1500, firstYear: 2018, lastYear: 2025, weight: 2 },
  { make: 'BYD', model: 'Song Plus', engineCc: 1500, firstYear: 2021, lastYear: 2025, weight: 2 },
  { make: 'Lexus', model: 'RX 350', engineCc: 3500, firstYear: 2009, lastYear: 2025, weight: 1 },
  { make: 'Land Rover', model: 'Range Rover', engineCc: 3000, firstYear: 2010, lastYear: 2025, weight: 1 },
  { make: 'Volkswagen', model: 'Passat', engineCc: 1800, firstYear: 2000, lastYear: 2020, weight: 2 },
  { make: 'GAZ', model: '3110 Volga', engineCc: 2300, firstYear: 1997, lastYear: 2009, weight: 2 },
  { make: 'Honda', model: 'Fit', engineCc: 1300, firstYear: 2008, lastYear: 2022, weight: 1 },
];

/** Chronic conditions with their ICD-10 codes and relative frequency among people over 40. */
export const CHRONIC_CONDITIONS: readonly (readonly [string, number])[] = [
  ['I10', 30], ['E11', 18], ['I25.1', 10], ['J45.9', 6], ['J44.9', 5], ['N18.3', 4], ['K29.5', 5],
  ['M17.0', 6], ['E03.9', 4], ['G40.9', 2], ['I63.9', 2], ['H40.1', 3], ['C50.9', 1], ['D56.1', 2], ['F20.0', 1],
];

export const ABROAD_COUNTRIES: readonly (readonly [string, number])[] = [
  ['TUR', 30], ['RUS', 25], ['GEO', 12], ['ARE', 8], ['IRN', 6], ['DEU', 4], ['UKR', 3], ['KAZ', 3],
  ['USA', 2], ['GBR', 2], ['FRA', 1], ['ITA', 1], ['EGY', 2], ['QAT', 1],
];

/** Citizenships of foreign residents (holders of residence permits). */
export const FOREIGN_CITIZENSHIPS: readonly (readonly [string, number])[] = [
  ['RUS', 30], ['TUR', 25], ['GEO', 15], ['IRN', 10], ['UKR', 8], ['UZB', 6], ['KAZ', 6],
];
