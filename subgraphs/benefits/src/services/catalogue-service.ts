import {
  BENEFIT_TYPES,
  badUserInput,
  findBenefitType,
  notFound,
  parameterOn,
  type BenefitTypeInfo,
  type LegalBasis,
  type ParameterValue,
  type RuleParameter,
} from '@usr/shared';

/** A rule parameter with one of its values: the shape the graph serves. */
export interface RuleParameterValue {
  readonly name: string;
  readonly unit: RuleParameter['unit'];
  readonly description: string;
  readonly value: number;
  readonly effectiveFrom: string;
  readonly sourced: boolean;
  /** The basis in English (deprecated in the graph: `basis` is structured, in the reader's language). */
  readonly legalBasis: string;
  readonly basis?: LegalBasis | null;
  /** The parameter version (benefits.parameter_version) this value is, when known. */
  readonly versionId?: string | null;
}

const CODE = /^[A-Z][A-Z0-9_]{0,39}$/;


export const listBenefitTypes = (): readonly BenefitTypeInfo[] => BENEFIT_TYPES;

/** The catalogue entry, or NOT_FOUND; BAD_USER_INPUT when the code cannot be a catalogue code. */
export const getBenefitType = (code: string): BenefitTypeInfo => {
  if (!CODE.test(code)) throw badUserInput('code', 'capital letters, digits and underscores, at most 40');
  const type = findBenefitType(code);
  if (!type) throw notFound('BenefitType');
  return type;
};

/** The basis as one English line (the deprecated `legalBasis` string): act, article, text. */
export const legalBasisLine = (basis: LegalBasis): string => [basis.act.en, basis.article, basis.text.en].filter(Boolean).join(': ');

export const withValue = (parameter: RuleParameter, value: ParameterValue): RuleParameterValue => ({
  name: parameter.name,
  unit: parameter.unit,
  description: parameter.description,
  value: value.value,
  effectiveFrom: value.from,
  sourced: value.sourced,
  legalBasis: legalBasisLine(value.basis),
  basis: value.basis,
});

/** The values in force on `date`; a parameter with no value yet on that date is left out. */
export const parametersOn = (type: BenefitTypeInfo, date: string): RuleParameterValue[] =>
  type.parameters.flatMap((parameter) => {
    const value = parameterOn(parameter, date);
    return value ? [withValue(parameter, value)] : [];
  });

export const parameterHistory = (type: BenefitTypeInfo): RuleParameterValue[] =>
  type.parameters.flatMap((parameter) => parameter.values.map((value) => withValue(parameter, value)));
