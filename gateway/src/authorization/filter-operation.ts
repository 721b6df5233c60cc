import {
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type InlineFragmentNode,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';

export interface DeniedField {
  /** Response path of the field (aliases as the caller wrote them; list indices omitted). */
  readonly path: readonly string[];
  readonly type: string;
  readonly field: string;
}

export interface FilteredOperation {
  readonly document: DocumentNode;
  readonly denied: readonly DeniedField[];
  /** True when nothing the caller may see is left to execute. */
  readonly empty: boolean;
}

/** Alias of the `__typename` that keeps a selection set valid once all its fields were removed. */
export const PLACEHOLDER = '_authorizationPlaceholder';

const placeholder: FieldNode = {
  kind: Kind.FIELD,
  alias: { kind: Kind.NAME, value: PLACEHOLDER },
  name: { kind: Kind.NAME, value: '__typename' },
};

/**
 * Named fragments become inline fragments first, so every field has exactly one response path and
 * rules apply through aliases, fragments and nesting alike (the validated document has no cycles).
 */
const inlineFragments = (document: DocumentNode): DocumentNode => {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const inlineSet = (set: SelectionSetNode): SelectionSetNode => ({
    ...set,
    selections: set.selections.map((selection): SelectionNode => {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        if (!fragment) return selection;
        const inline: InlineFragmentNode = {
          kind: Kind.INLINE_FRAGMENT,
          typeCondition: fragment.typeCondition,
          directives: selection.directives ?? [],
          selectionSet: inlineSet(fragment.selectionSet),
        };
        return inline;
      }
      return selection.selectionSet ? { ...selection, selectionSet: inlineSet(selection.selectionSet) } : selection;
    }),
  });
  return {
    ...document,
    definitions: document.definitions
      .filter((d) => d.kind !== Kind.FRAGMENT_DEFINITION)
      .map((d) => (d.kind === Kind.OPERATION_DEFINITION ? { ...d, selectionSet: inlineSet(d.selectionSet) } : d)),
  };
};

const onlyPlaceholders = (set: SelectionSetNode | undefined) =>
  !set || set.selections.length === 0;

/**
 * Removes, before planning, every field the caller may not select, so no subgraph is ever asked
 * for it. Returns the remaining document and what was removed (for nulls and errors in the reply).
 */
export const filterOperation = (
  schema: GraphQLSchema,
  document: DocumentNode,
  allowed: (type: string, field: string) => boolean,
): FilteredOperation => {
  const denied: DeniedField[] = [];
  let touched = false;
  const path: string[] = [];
  const typeInfo = new TypeInfo(schema);
  const inlined = inlineFragments(document);
  const filtered = visit(
    inlined,
    visitWithTypeInfo(typeInfo, {
      Field: {
        enter(node) {
          const parent = typeInfo.getParentType();
          const name = node.name.value;
          if (parent && !name.startsWith('__') && !allowed(parent.name, name)) {
            denied.push({ path: [...path, node.alias?.value ?? name], type: parent.name, field: name });
            touched = true;
            return null;
          }
          path.push(node.alias?.value ?? name);
          return undefined;
        },
        leave(node) {
          path.pop();
          if (node.selectionSet && onlyPlaceholders(node.selectionSet)) {
            return { ...node, selectionSet: { ...node.selectionSet, selections: [placeholder] } };
          }
          return undefined;
        },
      },
      InlineFragment: {
        leave(node) {
          return onlyPlaceholders(node.selectionSet) ? null : undefined;
        },
      },
    }),
  );
  if (!touched) return { document, denied, empty: false };
  const empty = filtered.definitions.every(
    (d) => d.kind !== Kind.OPERATION_DEFINITION || d.selectionSet.selections.length === 0,
  );
  return { document: filtered, denied, empty };
};
