import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Whether the operation asks this field's result for the field at `path` (directly, or through
 * inline fragments and named fragments), so a resolver can skip work nobody will read, e.g. a
 * connection's count (`'totalCount'`) or what a page carries for each node (`'edges', 'node', 'answers'`).
 */
export function selectsField(info: GraphQLResolveInfo, ...path: [string, ...string[]]): boolean {
  let selectionSets = info.fieldNodes.map((node) => node.selectionSet);
  for (const name of path) {
    const fields = selectionSets.flatMap((selectionSet) => fieldsNamed(info, selectionSet, name, new Set()));
    if (fields.length === 0) return false;
    selectionSets = fields.map((field) => field.selectionSet);
  }
  return true;
}

function fieldsNamed(
  info: GraphQLResolveInfo,
  selectionSet: SelectionSetNode | undefined,
  name: string,
  seen: Set<string>,
): FieldNode[] {
  return (selectionSet?.selections ?? []).flatMap((selection) => {
    switch (selection.kind) {
      case Kind.FIELD:
        return selection.name.value === name ? [selection] : [];
      case Kind.INLINE_FRAGMENT:
        return fieldsNamed(info, selection.selectionSet, name, seen);
      case Kind.FRAGMENT_SPREAD: {
        if (seen.has(selection.name.value)) return [];
        seen.add(selection.name.value);
        return fieldsNamed(info, info.fragments[selection.name.value]?.selectionSet, name, seen);
      }
    }
  });
}
