import { Kind, parse, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo } from 'graphql';
import { selectsField } from './field-selection.js';

/** The resolve info of the first field under `consultation` in this document: what a field resolver gets. */
function infoFor(document: string): GraphQLResolveInfo {
  const parsed = parse(document);
  const fragments: Record<string, FragmentDefinitionNode> = {};
  let briefs: FieldNode | undefined;
  for (const definition of parsed.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
    if (definition.kind === Kind.OPERATION_DEFINITION) {
      const consultation = definition.selectionSet.selections[0] as FieldNode;
      briefs = consultation.selectionSet?.selections[0] as FieldNode;
    }
  }
  if (!briefs) throw new Error('no field');
  return { fieldNodes: [briefs], fragments } as unknown as GraphQLResolveInfo;
}

describe('selectsField', () => {
  it('finds a field asked for directly, in an inline fragment or in a named one', () => {
    expect(
      selectsField(infoFor(`{ consultation { briefs { totalCount edges { cursor } } } }`), 'totalCount'),
    ).toBe(true);
    expect(
      selectsField(
        infoFor(`{ consultation { briefs { ... on ContextBriefConnection { totalCount } } } }`),
        'totalCount',
      ),
    ).toBe(true);
    expect(
      selectsField(
        infoFor(
          `{ consultation { briefs { ...Counted } } } fragment Counted on ContextBriefConnection { totalCount }`,
        ),
        'totalCount',
      ),
    ).toBe(true);
  });

  it('does not find a field asked for only deeper down, or not at all', () => {
    expect(
      selectsField(
        infoFor(`{ consultation { briefs { edges { node { comments { totalCount } } } } } }`),
        'totalCount',
      ),
    ).toBe(false);
    expect(selectsField(infoFor(`{ consultation { briefs { edges { cursor } } } }`), 'totalCount')).toBe(
      false,
    );
  });

  it('follows a path down, through fragments at any level and every place the path is asked', () => {
    const deep = infoFor(
      `{ consultation { briefs { edges { cursor } ...Nodes } } }
       fragment Nodes on ContextBriefConnection { edges { node { ... on ContextBrief { answers { text } } } } }`,
    );
    expect(selectsField(deep, 'edges', 'node', 'answers')).toBe(true);
    expect(selectsField(deep, 'edges', 'node', 'comments')).toBe(false);
    expect(selectsField(deep, 'edges', 'cursor')).toBe(true);
    expect(selectsField(deep, 'node', 'answers')).toBe(false);
  });
});
