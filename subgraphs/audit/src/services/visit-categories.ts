/**
 * Plain categories of what a visit read, derived from the access log's `Type.field` names, so a
 * person sees "household, benefits" rather than "Household.members, Decision.steps". A type's
 * category unless one of its fields says more (a person's phone is contact details).
 */
export type DataCategory =
  | 'PERSONAL_DATA'
  | 'CONTACT_DETAILS'
  | 'HOUSEHOLD'
  | 'AGENCY_FACTS'
  | 'HEALTH'
  | 'BENEFITS'
  | 'PAYMENTS'
  | 'CORRECTIONS'
  | 'MESSAGES'
  | 'OTHER';

const BY_FIELD: Readonly<Record<string, DataCategory>> = {
  'Person.phone': 'CONTACT_DETAILS',
  'Person.address': 'CONTACT_DETAILS',
  'Person.language': 'CONTACT_DETAILS',
  'Person.household': 'HOUSEHOLD',
  'Person.households': 'HOUSEHOLD',
  'Person.facts': 'AGENCY_FACTS',
  'Person.benefits': 'BENEFITS',
  'Person.decisions': 'BENEFITS',
  'Person.applications': 'BENEFITS',
  'Person.payments': 'PAYMENTS',
  'Person.paymentAccounts': 'PAYMENTS',
  'Person.correctionRequests': 'CORRECTIONS',
  'Person.notifications': 'MESSAGES',
};

const BY_TYPE: Readonly<Record<string, DataCategory>> = {
  Person: 'PERSONAL_DATA',
  Address: 'CONTACT_DETAILS',
  Household: 'HOUSEHOLD',
  Membership: 'HOUSEHOLD',
  Fact: 'AGENCY_FACTS',
  MedicalConditionValue: 'HEALTH',
  DisabilityValue: 'HEALTH',
  Application: 'BENEFITS',
  Decision: 'BENEFITS',
  Assignment: 'BENEFITS',
  Payment: 'PAYMENTS',
  PaymentAccount: 'PAYMENTS',
  CorrectionRequest: 'CORRECTIONS',
  Notification: 'MESSAGES',
};

/** The categories of a set of `Type.field` names, in the enum's order, each once. */
export const categoriesOf = (fields: readonly string[]): DataCategory[] => {
  const found = new Set<DataCategory>();
  for (const field of fields) {
    const type = field.slice(0, field.indexOf('.'));
    found.add(BY_FIELD[field] ?? BY_TYPE[type] ?? (/Medical|Disability|Health/.test(field) ? 'HEALTH' : 'OTHER'));
  }
  return ORDER.filter((c) => found.has(c));
};

const ORDER: readonly DataCategory[] = ['PERSONAL_DATA', 'CONTACT_DETAILS', 'HOUSEHOLD', 'AGENCY_FACTS', 'HEALTH', 'BENEFITS', 'PAYMENTS', 'CORRECTIONS', 'MESSAGES', 'OTHER'];
