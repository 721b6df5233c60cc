import { findRegion } from './geography.ts';

/**
 * Azerbaijani banks as payments need them: the four letters that identify a bank inside an AZ IBAN
 * (its SWIFT prefix), its BIC for payment files, the first six digits printed on its cards. Shared
 * by the payments subgraph (accounts it opens, bank exports) and the population generator.
 */
export interface BankInfo {
  readonly name: string;
  /** The four letters identifying the bank inside an Azerbaijani IBAN (its SWIFT prefix). */
  readonly ibanCode: string;
  /** Its BIC (ISO 9362), as payment files name the creditor's bank. */
  readonly bic: string;
  /** First six digits printed on its cards. */
  readonly cardPrefix: string;
}

export const BANKS: readonly BankInfo[] = [
  { name: 'Kapital Bank', ibanCode: 'AIIB', bic: 'AIIBAZ2X', cardPrefix: '416973' },
  { name: 'PAŞA Bank', ibanCode: 'PAHA', bic: 'PAHAAZ22', cardPrefix: '428220' },
  { name: 'Azərbaycan Beynəlxalq Bankı (ABB)', ibanCode: 'IBAZ', bic: 'IBAZAZ2X', cardPrefix: '404030' },
  { name: 'Xalq Bank', ibanCode: 'HAJC', bic: 'HAJCAZ22', cardPrefix: '419350' },
  { name: 'Bank Respublika', ibanCode: 'BRES', bic: 'BRESAZ22', cardPrefix: '427731' },
  { name: 'Unibank', ibanCode: 'UBAZ', bic: 'UBAZAZ22', cardPrefix: '425141' },
  { name: 'AccessBank', ibanCode: 'ACAB', bic: 'ACABAZ22', cardPrefix: '404122' },
  { name: 'Yelo Bank', ibanCode: 'NIKO', bic: 'NIKOAZ22', cardPrefix: '411911' },
  { name: 'Rabitəbank', ibanCode: 'RBTA', bic: 'RBTAAZ22', cardPrefix: '402978' },
  { name: 'Bank of Baku', ibanCode: 'JBBK', bic: 'JBBKAZ22', cardPrefix: '462245' },
  { name: 'Expressbank', ibanCode: 'EXSA', bic: 'EXSAAZ22', cardPrefix: '427643' },
  { name: 'Yapı Kredi Bank Azərbaycan', ibanCode: 'KABA', bic: 'KABAAZ22', cardPrefix: '424352' },
];

/** Banks that issue social-payment cards, weighted (one bank carries most state payrolls). */
export const SOCIAL_PAYMENT_BANKS: readonly (readonly [string, number])[] = [
  ['Kapital Bank', 70],
  ['Azərbaycan Beynəlxalq Bankı (ABB)', 10],
  ['Xalq Bank', 6],
  ['Bank Respublika', 6],
  ['Unibank', 4],
  ['AccessBank', 4],
];

const bankByName = new Map(BANKS.map((b) => [b.name, b]));
const bankByIbanCode = new Map(BANKS.map((b) => [b.ibanCode, b]));

export const findBank = (name: string): BankInfo | undefined => bankByName.get(name);
/** The bank of an AZ IBAN (characters 5 to 8 name it), if catalogued. */
export const findBankOfIban = (iban: string): BankInfo | undefined => bankByIbanCode.get(iban.slice(4, 8));

/** ISO 13616 / ISO 7064 MOD 97-10 remainder of an IBAN-ordered string (letters count as 10–35). */
const mod97 = (text: string): number => {
  let remainder = 0;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    const value = code >= 65 && code <= 90 ? String(code - 55) : ch;
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder;
};

/** ISO 13616 check digits: 98 − (BBAN + country + "00") mod 97, two digits. */
export const ibanCheckDigits = (country: string, bban: string): string => String(98 - mod97(`${bban}${country}00`)).padStart(2, '0');

/** An Azerbaijani IBAN (28 characters): AZ, check digits, the bank's four letters, a 20-character account. */
export const azerbaijaniIban = (bankCode: string, account: string): string => {
  const bban = `${bankCode}${account}`;
  return `AZ${ibanCheckDigits('AZ', bban)}${bban}`;
};

const AZ_IBAN = /^AZ\d{2}[A-Z]{4}[0-9A-Z]{20}$/;

/** True for a well-formed AZ IBAN whose check digits hold (the whole IBAN mod 97 is 1). */
export const isValidAzerbaijaniIban = (iban: string): boolean => AZ_IBAN.test(iban) && mod97(`${iban.slice(4)}${iban.slice(0, 4)}`) === 1;

/** Where a region's beneficiaries collect their card: the bank and the branch that serves the region. */
export interface PaymentBranch {
  readonly bank: BankInfo;
  readonly branchAddress: string;
}

/**
 * The branch serving each economic region (shared/src/domain/geography.ts), in the region's main
 * town: accounts opened for a region's beneficiaries are opened there, so the SMS always names the
 * same branch for the same region. Kapital Bank carries most state social payrolls.
 */
const REGION_BRANCHES: Readonly<Record<string, readonly [bank: string, address: string]>> = {
  baku: ['Kapital Bank', 'Kapital Bank, Mərkəzi filial: Bakı şəhəri, Füzuli küçəsi 71'],
  'absheron-khizi': ['Kapital Bank', 'Kapital Bank, Sumqayıt filialı: Sumqayıt şəhəri, Sülh küçəsi 12'],
  'mountainous-shirvan': ['Kapital Bank', 'Kapital Bank, Şamaxı filialı: Şamaxı şəhəri, Heydər Əliyev prospekti 35'],
  'ganja-dashkasan': ['Kapital Bank', 'Kapital Bank, Gəncə filialı: Gəncə şəhəri, Atatürk prospekti 22'],
  karabakh: ['Azərbaycan Beynəlxalq Bankı (ABB)', 'Azərbaycan Beynəlxalq Bankı (ABB), Bərdə filialı: Bərdə şəhəri, Üzeyir Hacıbəyov küçəsi 8'],
  'gazakh-tovuz': ['Kapital Bank', 'Kapital Bank, Tovuz filialı: Tovuz şəhəri, Heydər Əliyev prospekti 51'],
  'guba-khachmaz': ['Kapital Bank', 'Kapital Bank, Quba filialı: Quba şəhəri, Heydər Əliyev meydanı 4'],
  'lankaran-astara': ['Kapital Bank', 'Kapital Bank, Lənkəran filialı: Lənkəran şəhəri, Həzi Aslanov küçəsi 17'],
  'central-aran': ['Kapital Bank', 'Kapital Bank, Mingəçevir filialı: Mingəçevir şəhəri, Heydər Əliyev prospekti 40'],
  'mil-mughan': ['Xalq Bank', 'Xalq Bank, İmişli filialı: İmişli şəhəri, Nizami küçəsi 9'],
  'sheki-zagatala': ['Kapital Bank', 'Kapital Bank, Şəki filialı: Şəki şəhəri, M.F.Axundzadə prospekti 28'],
  'east-zangezur': ['Azərbaycan Beynəlxalq Bankı (ABB)', 'Azərbaycan Beynəlxalq Bankı (ABB), Füzuli filialı: Füzuli şəhəri, Heydər Əliyev küçəsi 3'],
  nakhchivan: ['Kapital Bank', 'Kapital Bank, Naxçıvan filialı: Naxçıvan şəhəri, Atatürk küçəsi 15'],
  'shirvan-salyan': ['Kapital Bank', 'Kapital Bank, Şirvan filialı: Şirvan şəhəri, Heydər Əliyev prospekti 60'],
};

/** The branch serving a region, or undefined for a code that names no economic region. */
export const paymentBranchOf = (regionCode: string): PaymentBranch | undefined => {
  const entry = findRegion(regionCode) ? REGION_BRANCHES[regionCode] : undefined;
  const bank = entry ? findBank(entry[0]) : undefined;
  return entry && bank ? { bank, branchAddress: entry[1] } : undefined;
};
