import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed operations come from the schema file the API emits (committed), never from a
// running server, so codegen works offline and a schema change shows up in review.
const config: CodegenConfig = {
  schema: 'apps/api/schema.graphql',
  // Operations live in each feature's graphql/ folder; fragments live in the component that
  // renders them (`export const XFragment = graphql(...)` beside the component).
  documents: ['apps/web/src/**/graphql/*.ts', 'apps/web/src/**/*.tsx', '!apps/web/src/**/*.spec.tsx'],
  ignoreNoDocuments: false,
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      presetConfig: {
        // A component sees only the fields its own fragment asks for: a parent passes the
        // fragment reference through, and the component reads it with getFragmentData().
        fragmentMasking: { unmaskFunctionName: 'getFragmentData' },
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
          ConsultationStanding: '@ecw/domain#ConsultationStanding',
          AttributionRule: '@ecw/domain#AttributionRule',
          BriefVisibility: '@ecw/domain#BriefVisibility',
          BriefStatus: '@ecw/domain#BriefStatus',
          RiskLevel: '@ecw/domain#RiskLevel',
          BriefTopic: '@ecw/domain#BriefTopic',
          BriefEventKind: '@ecw/domain#BriefEventKind',
          RecommendationStatus: '@ecw/domain#RecommendationStatus',
        },
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
      },
    },
  },
};

export default config;
