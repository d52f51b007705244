import {
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  type FieldNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';

/**
 * What the client selected below the field being resolved, by field name: aliases merged,
 * fragments (named and inline) flattened, `@skip`/`@include` honoured. `path` walks further down,
 * e.g. `selectedFields(info, 'nodes')` for the fields of a connection's nodes. A resolver looks
 * ahead with it to load only what will be read (columns, relations, a count).
 *
 * Type conditions are not checked: the lists it serves return one object type, and a field named
 * in a fragment on another type only makes the load a little wider, never narrower.
 */
export function selectedFields(info: GraphQLResolveInfo, ...path: string[]): Set<string> {
  let fields = collect(
    info,
    info.fieldNodes.map((node) => node.selectionSet),
  );
  for (const name of path) {
    fields = collect(
      info,
      fields.filter((field) => field.name.value === name).map((field) => field.selectionSet),
    );
  }
  return new Set(fields.map((field) => field.name.value));
}

function collect(info: GraphQLResolveInfo, sets: ReadonlyArray<SelectionSetNode | undefined>): FieldNode[] {
  const fields: FieldNode[] = [];
  const visit = (set: SelectionSetNode | undefined, seenFragments: Set<string>) => {
    for (const selection of set?.selections ?? []) {
      if (!included(info, selection)) continue;
      if (selection.kind === Kind.FIELD) fields.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet, seenFragments);
      else if (!seenFragments.has(selection.name.value)) {
        seenFragments.add(selection.name.value);
        visit(info.fragments[selection.name.value]?.selectionSet, seenFragments);
      }
    }
  };
  for (const set of sets) visit(set, new Set());
  return fields;
}

function included(info: GraphQLResolveInfo, node: Parameters<typeof getDirectiveValues>[1]): boolean {
  if (!node.directives?.length) return true;
  if (getDirectiveValues(GraphQLSkipDirective, node, info.variableValues)?.['if'] === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, info.variableValues)?.['if'] !== false;
}
