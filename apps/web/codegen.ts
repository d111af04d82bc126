import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed operations come from the schema file the API emits (committed), never from a
// running server, so codegen works offline and a schema change shows up in review.
const config: CodegenConfig = {
  schema: 'apps/api/schema.graphql',
  documents: ['apps/web/src/**/graphql/*.ts'],
  ignoreNoDocuments: false,
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      presetConfig: {
        // Components read whole query results; nothing here hides fields behind fragments.
        fragmentMasking: false,
      },
      config: {
        useTypeImports: true,
        strictScalars: true,
        scalars: {
          DateTime: 'string',
          LocalDate: 'string',
        },
        // The generated enums are the shared domain enums, so a role or kind the
        // API checks is the very value the web app switches on.
        enumValues: {
          OrganizationKind: '@ecw/domain#OrganizationKind',
          MembershipRole: '@ecw/domain#MembershipRole',
          ConsultationStatus: '@ecw/domain#ConsultationStatus',
          AttributionRule: '@ecw/domain#AttributionRule',
          BriefVisibility: '@ecw/domain#BriefVisibility',
          BriefStatus: '@ecw/domain#BriefStatus',
          RiskLevel: '@ecw/domain#RiskLevel',
          BriefTopic: '@ecw/domain#BriefTopic',
          BriefEventKind: '@ecw/domain#BriefEventKind',
        },
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
      },
    },
  },
};

export default config;
