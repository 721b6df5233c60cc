import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * The fields selected on `typeName` under the field being resolved (through inline fragments and
 * named fragments): what a caller is reading of a record, for record rules and the access log.
 */
export const selectedFields = (info: GraphQLResolveInfo, typeName: string): string[] => {
  const names = new Set<string>();
  const walk = (set: SelectionSetNode | undefined, onType: boolean) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        if (onType && !selection.name.value.startsWith('__')) names.add(selection.name.value);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition?.name.value;
        walk(selection.selectionSet, condition === undefined ? onType : condition === typeName);
      } else {
        const fragment = info.fragments[selection.name.value];
        if (fragment) walk(fragment.selectionSet, fragment.typeCondition.name.value === typeName);
      }
    }
  };
  for (const node of info.fieldNodes) walk(node.selectionSet, info.returnType.toString().replace(/[[\]!]/g, '') === typeName);
  return [...names].sort();
};
