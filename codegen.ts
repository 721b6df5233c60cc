import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed resolvers for every subgraph, generated from its SDL in schema/ (the contract). Entity
 * types map to the MikroORM entities each subgraph resolves them from. CI regenerates and fails
 * when the committed output differs.
 */
interface SubgraphCodegen {
  readonly schema: string;
  readonly dir: string;
  readonly context: string;
  readonly mappers: Record<string, string>;
}

const SUBGRAPHS: readonly SubgraphCodegen[] = [
  {
    schema: 'schema/persons.graphql',
    dir: 'subgraphs/persons/src',
    context: '../context.ts#PersonsContext',
    mappers: {
      Person: '../entities/person.ts#Person',
      Region: '@usr/shared#EconomicRegion',
      District: '@usr/shared#District',
      Address: '../entities/person.ts#Person',
    },
  },
  {
    schema: 'schema/households.graphql',
    dir: 'subgraphs/households/src',
    context: '../context.ts#HouseholdsContext',
    mappers: {
      Household: '../entities/household.ts#Household',
      Membership: '../entities/membership.ts#Membership',
      Person: '@usr/shared#PersonReference',
    },
  },
  {
    schema: 'schema/agency-facts.graphql',
    dir: 'subgraphs/agency-facts/src',
    context: '../context.ts#FactsContext',
    mappers: {
      Agency: '@usr/shared#AgencyInfo',
      Fact: '../entities/fact.ts#Fact',
      CorrectionRequest: '../corrections/correction-request.ts#CorrectionRequest',
      Person: '@usr/shared#PersonReference',
      FactValue: '../domain/fact-values.ts#AnyFactValue',
      IncomeValue: '../domain/fact-values.ts#IncomeFactValue',
      EmploymentValue: '../domain/fact-values.ts#EmploymentFactValue',
      UnemploymentValue: '../domain/fact-values.ts#UnemploymentFactValue',
      InsuredYearsValue: '../domain/fact-values.ts#InsuredYearsFactValue',
      DisabilityValue: '../domain/fact-values.ts#DisabilityFactValue',
      MedicalConditionValue: '../domain/fact-values.ts#MedicalConditionFactValue',
      StudentValue: '../domain/fact-values.ts#StudentFactValue',
      RealEstateValue: '../domain/fact-values.ts#RealEstateFactValue',
      LandValue: '../domain/fact-values.ts#LandFactValue',
      VehicleValue: '../domain/fact-values.ts#VehicleFactValue',
      BirthValue: '../domain/fact-values.ts#BirthFactValue',
      DeathValue: '../domain/fact-values.ts#DeathFactValue',
      MarriageValue: '../domain/fact-values.ts#MarriageFactValue',
      DivorceValue: '../domain/fact-values.ts#DivorceFactValue',
      RegisteredAddressValue: '../domain/fact-values.ts#RegisteredAddressFactValue',
      ResidencePermitValue: '../domain/fact-values.ts#ResidencePermitFactValue',
      AbroadStayValue: '../domain/fact-values.ts#AbroadStayFactValue',
      MilitaryServiceValue: '../domain/fact-values.ts#MilitaryServiceFactValue',
      IdpStatusValue: '../domain/fact-values.ts#IdpStatusFactValue',
      BankDepositValue: '../domain/fact-values.ts#BankDepositFactValue',
      ElectricityConsumptionValue: '../domain/fact-values.ts#ElectricityConsumptionFactValue',
      WaterConsumptionValue: '../domain/fact-values.ts#WaterConsumptionFactValue',
      GasConsumptionValue: '../domain/fact-values.ts#GasConsumptionFactValue',
      ImportDeclarationValue: '../domain/fact-values.ts#ImportDeclarationFactValue',
      FarmerRegistrationValue: '../domain/fact-values.ts#FarmerRegistrationFactValue',
      HouseholdChangeValue: '../domain/fact-values.ts#HouseholdChangeFactValue',
      CareValue: '../domain/fact-values.ts#CareFactValue',
    },
  },
  {
    schema: 'schema/benefits.graphql',
    dir: 'subgraphs/benefits/src',
    context: '../context.ts#BenefitsContext',
    mappers: {
      BenefitType: '@usr/shared#BenefitTypeInfo',
      Application: '../entities/application.ts#Application',
      Decision: '../entities/decision.ts#Decision',
      Assignment: '../entities/assignment.ts#Assignment',
      Notification: '../entities/notification.ts#Notification',
      Appeal: '../entities/appeal.ts#Appeal',
      ChangeReview: '../entities/change-review.ts#ChangeReview',
      AppealEvent: '../services/appeal-service.ts#TimelineEvent',
      DecisionInput: '../services/decision-explanation.ts#ExplainedInput',
      ExplanationStep: '../services/decision-explanation.ts#ExplainedStep',
      Fact: '../services/decision-explanation.ts#FactReference',
      Person: '@usr/shared#PersonReference',
      Household: '@usr/shared#HouseholdReference',
      // rules-core (issue #15)
      ParameterVersion: '../entities/parameter-version.ts#ParameterVersion',
      ParameterDraft: '../entities/parameter-version.ts#ParameterDraft',
      ParameterDryRun: '../entities/parameter-version.ts#ParameterDryRun',
      ParameterDryRunReport: '../entities/parameter-version.ts#DryRunReport',
      LegalBasis: '@usr/shared#LegalBasis',
      CoverageProblem: '@usr/shared#CoverageProblem',
      ParameterDraftError: '../services/parameter-writes.ts#DraftError',
    },
  },
  {
    schema: 'schema/payments.graphql',
    dir: 'subgraphs/payments/src',
    context: '../context.ts#PaymentsContext',
    mappers: {
      Recovery: '../recovery/recovery.ts#Recovery',
      RecoveryDeduction: '../recovery/recovery.ts#RecoveryDeduction',
      Payment: '../entities/payment.ts#Payment',
      PaymentAccount: '../entities/payment-account.ts#PaymentAccount',
      Person: '@usr/shared#PersonReference',
      Assignment: '@usr/shared#AssignmentReference',
    },
  },
  {
    schema: 'schema/audit.graphql',
    dir: 'subgraphs/audit/src',
    context: '../context.ts#AuditContext',
    mappers: { AccessLogEntry: '../entities/access-log-entry.ts#AccessLogEntry', Person: '@usr/shared#PersonReference' },
  },
];

const federationStub = 'shared/src/graphql/federation-directives.graphql';

const config: CodegenConfig = {
  overwrite: true,
  generates: {
    ...Object.fromEntries(
    SUBGRAPHS.map((s) => [
      `${s.dir}/generated/resolvers-types.ts`,
      {
        schema: [federationStub, s.schema],
        plugins: [{ add: { content: '/* Generated by `npm run codegen` from ' + s.schema + '. Do not edit. */' } }, 'typescript', 'typescript-resolvers'],
        config: {
          federation: true,
          useIndexSignature: true,
          enumsAsTypes: true,
          useTypeImports: true,
          mapperTypeSuffix: 'Model',
          contextType: s.context,
          mappers: s.mappers,
          scalars: { Date: 'string', DateTime: 'Date | string', Money: 'string' },
          resolverTypeWrapperSignature: 'T | Promise<T>',
        },
      },
    ]),
    ),
    // The citizen portal's operations, typed against the composed supergraph (client preset).
    'portal/src/generated/': {
      schema: 'schema/supergraph.graphql',
      documents: ['portal/src/app/**/*.ts', 'portal/src/app/**/*.tsx'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // Typed document nodes: urql infers each operation's result and variables from them.
        enumsAsTypes: true,
        useTypeImports: true,
        onlyOperationTypes: true,
        scalars: { Date: 'string', DateTime: 'string', Money: 'string', JSON: 'unknown' },
      },
    },
    // The decision engine's operations, typed against the same supergraph: each is a `graphql()`
    // document in engine/src, sent as text (documentMode string), so a schema change that breaks one
    // fails codegen (validation) or typecheck (result and variable types), not a job at run time.
    'engine/src/generated/': {
      schema: 'schema/supergraph.graphql',
      documents: ['engine/src/**/*.ts', '!engine/src/generated/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        onlyOperationTypes: true,
        // Node runs the engine's TypeScript as is (type stripping): relative imports name the .ts file.
        importExtension: '.ts',
        scalars: { Date: 'string', DateTime: 'string', Money: 'string', JSON: 'unknown' },
      },
    },
  },
};

export default config;
