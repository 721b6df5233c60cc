/**
 * What the generator needs to know about each district of shared/src/domain/geography.ts: its
 * Azerbaijani name for addresses, whether it is a city (ISO 3166-2:AZ two-letter codes are cities),
 * and its resident population in thousands (State Statistics Committee estimates, rounded), which
 * spreads the synthetic people over the economic regions as in reality (Baku ≈ 23%). The districts
 * liberated in 2020 and their resettlement is only starting, so they hold few residents; their
 * former inhabitants live elsewhere as internally displaced persons (IDP_STATUS facts).
 */
export interface DistrictProfile {
  readonly nameAz: string;
  readonly city: boolean;
  readonly residentsThousands: number;
}

const city = (nameAz: string, residentsThousands: number): DistrictProfile => ({ nameAz, city: true, residentsThousands });
const district = (nameAz: string, residentsThousands: number): DistrictProfile => ({ nameAz, city: false, residentsThousands });

export const DISTRICT_PROFILES: Readonly<Record<string, DistrictProfile>> = {
  'AZ-BA': city('Bakı', 2330),
  'AZ-SM': city('Sumqayıt', 350),
  'AZ-ABS': district('Abşeron', 220),
  'AZ-XIZ': district('Xızı', 17),
  'AZ-SMI': district('Şamaxı', 110),
  'AZ-AGS': district('Ağsu', 82),
  'AZ-ISM': district('İsmayıllı', 90),
  'AZ-QOB': district('Qobustan', 50),
  'AZ-GA': city('Gəncə', 335),
  'AZ-NX': city('Naftalan', 10),
  'AZ-DAS': district('Daşkəsən', 35),
  'AZ-GOR': district('Goranboy', 105),
  'AZ-GYG': district('Göygöl', 65),
  'AZ-SMX': district('Samux', 60),
  'AZ-XA': city('Xankəndi', 3),
  'AZ-AGM': district('Ağdam', 120),
  'AZ-AGC': district('Ağcabədi', 140),
  'AZ-BAR': district('Bərdə', 160),
  'AZ-FUZ': district('Füzuli', 80),
  'AZ-SUS': district('Şuşa', 5),
  'AZ-TAR': district('Tərtər', 105),
  'AZ-XCI': district('Xocalı', 5),
  'AZ-XVD': district('Xocavənd', 20),
  'AZ-QAZ': district('Qazax', 100),
  'AZ-AGA': district('Ağstafa', 90),
  'AZ-TOV': district('Tovuz', 180),
  'AZ-SKR': district('Şəmkir', 215),
  'AZ-GAD': district('Gədəbəy', 100),
  'AZ-QBA': district('Quba', 170),
  'AZ-XAC': district('Xaçmaz', 175),
  'AZ-QUS': district('Qusar', 100),
  'AZ-SBN': district('Şabran', 60),
  'AZ-SIY': district('Siyəzən', 45),
  'AZ-LA': city('Lənkəran', 235),
  'AZ-AST': district('Astara', 110),
  'AZ-LER': district('Lerik', 85),
  'AZ-MAS': district('Masallı', 230),
  'AZ-YAR': district('Yardımlı', 62),
  'AZ-CAL': district('Cəlilabad', 220),
  'AZ-MI': city('Mingəçevir', 107),
  'AZ-YE': city('Yevlax', 130),
  'AZ-AGD': district('Ağdaş', 110),
  'AZ-GOY': district('Göyçay', 125),
  'AZ-UCA': district('Ucar', 85),
  'AZ-ZAR': district('Zərdab', 60),
  'AZ-BEY': district('Beyləqan', 100),
  'AZ-IMI': district('İmişli', 130),
  'AZ-SAA': district('Saatlı', 110),
  'AZ-SAB': district('Sabirabad', 180),
  'AZ-SA': city('Şəki', 190),
  'AZ-ZAQ': district('Zaqatala', 140),
  'AZ-BAL': district('Balakən', 100),
  'AZ-QAX': district('Qax', 60),
  'AZ-OGU': district('Oğuz', 45),
  'AZ-QAB': district('Qəbələ', 105),
  'AZ-CAB': district('Cəbrayıl', 3),
  'AZ-KAL': district('Kəlbəcər', 5),
  'AZ-LAC': district('Laçın', 8),
  'AZ-QBI': district('Qubadlı', 3),
  'AZ-ZAN': district('Zəngilan', 5),
  'AZ-NV': city('Naxçıvan', 95),
  'AZ-SAD': district('Sədərək', 16),
  'AZ-SAR': district('Şərur', 115),
  'AZ-BAB': district('Babək', 75),
  'AZ-ORD': district('Ordubad', 50),
  'AZ-CUL': district('Culfa', 45),
  'AZ-SR': city('Şirvan', 90),
  'AZ-SAL': district('Salyan', 135),
  'AZ-NEF': district('Neftçala', 90),
  'AZ-HAC': district('Hacıqabul', 75),
};

/** Baku's own administrative districts, weighted by residents (thousands). */
export const BAKU_RAIONS: readonly (readonly [string, number])[] = [
  ['Binəqədi', 270], ['Qaradağ', 130], ['Xətai', 300], ['Xəzər', 170], ['Nərimanov', 175], ['Nəsimi', 230],
  ['Nizami', 200], ['Sabunçu', 250], ['Səbail', 100], ['Suraxanı', 220], ['Yasamal', 260], ['Pirallahı', 20],
];

export const COMMON_STREETS: readonly string[] = [
  'Heydər Əliyev prospekti', 'Nizami küçəsi', 'Füzuli küçəsi', 'Səməd Vurğun küçəsi', 'Üzeyir Hacıbəyov küçəsi',
  'Cəfər Cabbarlı küçəsi', 'Natəvan küçəsi', 'Azadlıq prospekti', '20 Yanvar küçəsi', 'Xətai küçəsi',
  'Mirzə Ələkbər Sabir küçəsi', 'Hüseyn Cavid küçəsi', 'Nəriman Nərimanov küçəsi', 'Şəhidlər küçəsi',
  'Zərifə Əliyeva küçəsi', 'Atatürk prospekti', 'Rəsul Rza küçəsi', 'Abdulla Şaiq küçəsi', 'Bülbül küçəsi',
  'Məmməd Əmin Rəsulzadə küçəsi', 'Qarabağ küçəsi', 'Zəfər küçəsi', 'Məhsəti küçəsi', 'Koroğlu küçəsi',
  'Dədə Qorqud küçəsi', 'Babək küçəsi', 'Aşıq Ələsgər küçəsi', 'Mehdi Hüseynzadə küçəsi',
];

export const BAKU_STREETS: readonly string[] = [
  'Neftçilər prospekti', 'Bakıxanov küçəsi', 'Şərifzadə küçəsi', 'Tbilisi prospekti', 'Həsən bəy Zərdabi prospekti',
  'Bülbül prospekti', 'Mərdanov qardaşları küçəsi', 'Qara Qarayev prospekti', '28 May küçəsi', 'İnşaatçılar prospekti',
  'Mətbuat prospekti', 'Ziya Bünyadov prospekti', 'Yusif Səfərov küçəsi', 'Əhməd Cavad küçəsi', 'Xocalı prospekti',
];

export const VILLAGES: readonly string[] = [
  'Qaraqaşlı', 'Ağalı', 'Bala Bəhmənli', 'Qarabağlı', 'Həsənli', 'Yeni Həyat', 'Düzənlik', 'Bulaqlı', 'Təzəkənd',
  'Yuxarı Qışlaq', 'Aşağı Qışlaq', 'Sarıcalı', 'Qızılqaya', 'Çaylı', 'Dağkənd', 'Yenikənd', 'Əliabad',
  'Mirzəbəyli', 'Şıxlar', 'Çinarlı', 'Bağbanlar', 'Gültəpə', 'Bəylər', 'Qaracalar', 'Muğanlı', 'Alıbəyli',
  'Kürkənd', 'Arabaçı', 'Sarıyataq', 'Quşçu', 'Axtaçı', 'Hacılar', 'Seyidli', 'Kəngərli', 'Qarağacı',
];

/** Districts whose residents were displaced in the 1990s: the origins of IDP_STATUS facts. */
export const IDP_ORIGINS: readonly (readonly [string, number])[] = [
  ['AZ-AGM', 20], ['AZ-FUZ', 15], ['AZ-KAL', 12], ['AZ-LAC', 12], ['AZ-CAB', 10], ['AZ-SUS', 8],
  ['AZ-XCI', 6], ['AZ-XVD', 6], ['AZ-ZAN', 6], ['AZ-QBI', 6], ['AZ-XA', 3],
];

/** Share of households that are IDP families, by economic region (they were resettled unevenly). */
export const IDP_HOUSEHOLD_SHARE: Readonly<Record<string, number>> = {
  baku: 0.08,
  'absheron-khizi': 0.12,
  karabakh: 0.14,
  'central-aran': 0.07,
  'mil-mughan': 0.06,
  'ganja-dashkasan': 0.06,
};
export const DEFAULT_IDP_HOUSEHOLD_SHARE = 0.03;
