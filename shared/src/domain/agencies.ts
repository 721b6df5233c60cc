/**
 * The agencies that supply facts to the registry. `code` is stable: it is the `agency` claim of the
 * agency's service account (Keycloak client `agency-<code>`) and the owner of its fact kinds.
 */
export type AgencyCategory = 'MINISTRY' | 'STATE_COMMITTEE' | 'STATE_SERVICE' | 'FUND' | 'UTILITY' | 'BANK';

export interface AgencyInfo {
  readonly code: string;
  readonly name: string;
  readonly category: AgencyCategory;
}

export const AGENCIES: readonly AgencyInfo[] = [
  { code: 'interior', name: 'Ministry of Internal Affairs', category: 'MINISTRY' },
  { code: 'justice', name: 'Ministry of Justice (civil status registration)', category: 'MINISTRY' },
  { code: 'taxes', name: 'State Tax Service', category: 'STATE_SERVICE' },
  { code: 'labour', name: 'Ministry of Labour and Social Protection of Population', category: 'MINISTRY' },
  { code: 'pension-fund', name: 'State Social Protection Fund', category: 'FUND' },
  { code: 'medical-expertise', name: 'Agency for Medical and Social Expertise and Rehabilitation', category: 'STATE_SERVICE' },
  { code: 'health', name: 'Ministry of Health', category: 'MINISTRY' },
  { code: 'education', name: 'Ministry of Science and Education', category: 'MINISTRY' },
  { code: 'property', name: 'State Service on Property Issues', category: 'STATE_SERVICE' },
  { code: 'migration', name: 'State Migration Service', category: 'STATE_SERVICE' },
  { code: 'border', name: 'State Border Service', category: 'STATE_SERVICE' },
  { code: 'conscription', name: 'State Service for Mobilization and Conscription', category: 'STATE_SERVICE' },
  { code: 'idp-committee', name: 'State Committee for Affairs of Refugees and IDPs', category: 'STATE_COMMITTEE' },
  { code: 'central-bank', name: 'Central Bank of the Republic of Azerbaijan', category: 'BANK' },
  { code: 'azerishiq', name: 'Azerishiq (electricity)', category: 'UTILITY' },
  { code: 'azersu', name: 'Azersu (water)', category: 'UTILITY' },
  { code: 'azeriqaz', name: 'Azeriqaz (gas)', category: 'UTILITY' },
  { code: 'customs', name: 'State Customs Committee', category: 'STATE_COMMITTEE' },
  { code: 'agriculture', name: 'Ministry of Agriculture', category: 'MINISTRY' },
  { code: 'transport', name: 'Ministry of Digital Development and Transport (vehicle registry)', category: 'MINISTRY' },
];

const byCode = new Map(AGENCIES.map((a) => [a.code, a]));
export const findAgency = (code: string): AgencyInfo | undefined => byCode.get(code);
