/**
 * Azerbaijan's economic regions (as reorganised by the presidential decree of 7 July 2021) and
 * their districts and cities. District codes follow ISO 3166-2:AZ where one exists; region codes
 * are the registry's own stable slugs, used in caseworker tokens (`region` claim) and in records.
 */
export interface District {
  readonly code: string;
  readonly name: string;
}

export interface EconomicRegion {
  readonly code: string;
  readonly name: string;
  readonly districts: readonly District[];
}

const d = (code: string, name: string): District => ({ code, name });

export const ECONOMIC_REGIONS: readonly EconomicRegion[] = [
  { code: 'baku', name: 'Baku', districts: [d('AZ-BA', 'Baku')] },
  {
    code: 'absheron-khizi',
    name: 'Absheron-Khizi',
    districts: [d('AZ-SM', 'Sumgait'), d('AZ-ABS', 'Absheron'), d('AZ-XIZ', 'Khizi')],
  },
  {
    code: 'mountainous-shirvan',
    name: 'Mountainous Shirvan',
    districts: [d('AZ-SMI', 'Shamakhi'), d('AZ-AGS', 'Agsu'), d('AZ-ISM', 'Ismayilli'), d('AZ-QOB', 'Gobustan')],
  },
  {
    code: 'ganja-dashkasan',
    name: 'Ganja-Dashkasan',
    districts: [
      d('AZ-GA', 'Ganja'),
      d('AZ-NX', 'Naftalan'),
      d('AZ-DAS', 'Dashkasan'),
      d('AZ-GOR', 'Goranboy'),
      d('AZ-GYG', 'Goygol'),
      d('AZ-SMX', 'Samukh'),
    ],
  },
  {
    code: 'karabakh',
    name: 'Karabakh',
    districts: [
      d('AZ-XA', 'Khankendi'),
      d('AZ-AGM', 'Aghdam'),
      d('AZ-AGC', 'Aghjabadi'),
      d('AZ-BAR', 'Barda'),
      d('AZ-FUZ', 'Fuzuli'),
      d('AZ-SUS', 'Shusha'),
      d('AZ-TAR', 'Tartar'),
      d('AZ-XCI', 'Khojaly'),
      d('AZ-XVD', 'Khojavend'),
    ],
  },
  {
    code: 'gazakh-tovuz',
    name: 'Gazakh-Tovuz',
    districts: [d('AZ-QAZ', 'Gazakh'), d('AZ-AGA', 'Aghstafa'), d('AZ-TOV', 'Tovuz'), d('AZ-SKR', 'Shamkir'), d('AZ-GAD', 'Gadabay')],
  },
  {
    code: 'guba-khachmaz',
    name: 'Guba-Khachmaz',
    districts: [d('AZ-QBA', 'Guba'), d('AZ-XAC', 'Khachmaz'), d('AZ-QUS', 'Gusar'), d('AZ-SBN', 'Shabran'), d('AZ-SIY', 'Siyazan')],
  },
  {
    code: 'lankaran-astara',
    name: 'Lankaran-Astara',
    districts: [
      d('AZ-LA', 'Lankaran'),
      d('AZ-AST', 'Astara'),
      d('AZ-LER', 'Lerik'),
      d('AZ-MAS', 'Masally'),
      d('AZ-YAR', 'Yardimli'),
      d('AZ-CAL', 'Jalilabad'),
    ],
  },
  {
    code: 'central-aran',
    name: 'Central Aran',
    districts: [d('AZ-MI', 'Mingachevir'), d('AZ-YE', 'Yevlakh'), d('AZ-AGD', 'Aghdash'), d('AZ-GOY', 'Goychay'), d('AZ-UCA', 'Ujar'), d('AZ-ZAR', 'Zardab')],
  },
  {
    code: 'mil-mughan',
    name: 'Mil-Mughan',
    districts: [d('AZ-BEY', 'Beylagan'), d('AZ-IMI', 'Imishli'), d('AZ-SAA', 'Saatly'), d('AZ-SAB', 'Sabirabad')],
  },
  {
    code: 'sheki-zagatala',
    name: 'Sheki-Zagatala',
    districts: [d('AZ-SA', 'Sheki'), d('AZ-ZAQ', 'Zagatala'), d('AZ-BAL', 'Balakan'), d('AZ-QAX', 'Gakh'), d('AZ-OGU', 'Oghuz'), d('AZ-QAB', 'Gabala')],
  },
  {
    code: 'east-zangezur',
    name: 'East Zangezur',
    districts: [d('AZ-CAB', 'Jabrayil'), d('AZ-KAL', 'Kalbajar'), d('AZ-LAC', 'Lachin'), d('AZ-QBI', 'Gubadli'), d('AZ-ZAN', 'Zangilan')],
  },
  {
    code: 'nakhchivan',
    name: 'Nakhchivan',
    districts: [d('AZ-NV', 'Nakhchivan City'), d('AZ-SAD', 'Sadarak'), d('AZ-SAR', 'Sharur'), d('AZ-BAB', 'Babek'), d('AZ-ORD', 'Ordubad'), d('AZ-CUL', 'Julfa')],
  },
  {
    code: 'shirvan-salyan',
    name: 'Shirvan-Salyan',
    districts: [d('AZ-SR', 'Shirvan'), d('AZ-SAL', 'Salyan'), d('AZ-NEF', 'Neftchala'), d('AZ-HAC', 'Hajigabul')],
  },
];

const regionByCode = new Map(ECONOMIC_REGIONS.map((r) => [r.code, r]));
const regionOfDistrict = new Map(ECONOMIC_REGIONS.flatMap((r) => r.districts.map((x) => [x.code, r] as const)));
const districtByCode = new Map(ECONOMIC_REGIONS.flatMap((r) => r.districts.map((x) => [x.code, x] as const)));

export const findRegion = (code: string): EconomicRegion | undefined => regionByCode.get(code);
export const findDistrict = (code: string): District | undefined => districtByCode.get(code);
export const findRegionOfDistrict = (districtCode: string): EconomicRegion | undefined =>
  regionOfDistrict.get(districtCode);
