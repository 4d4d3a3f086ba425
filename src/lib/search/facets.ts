/**
 * Filters that follow the query. Each filter value is the set of records
 * that carry it (the search page asks Pagefind once per value, in the
 * background); the results of a query are then filtered and counted here,
 * exactly, whatever number of searches the query took.
 *
 * Values of one filter are alternatives (Đống Đa or Long Biên), filters
 * together narrow (Đống Đa and Số liệu). The count beside a value is the
 * number of results it would give with the other filters as they are, so a
 * value that would give nothing shows 0 and can be disabled.
 */

/** filter name → value → ids of the records that carry it. */
export type FacetSets = Map<string, Map<string, ReadonlySet<string>>>;
/** filter name → the values ticked. */
export type Selection = Record<string, readonly string[]>;

function passes(id: string, sets: FacetSets, selection: Selection, except?: string): boolean {
  return Object.entries(selection).every(
    ([name, values]) => name === except || !values.length || values.some((value) => sets.get(name)?.get(value)?.has(id)),
  );
}

/** The ids, in their order, that every ticked filter lets through. */
export function applySelection(ids: readonly string[], sets: FacetSets, selection: Selection): string[] {
  return ids.filter((id) => passes(id, sets, selection));
}

/** For every filter value: how many of the ids it would give, with the other filters as ticked. */
export function facetCounts(ids: readonly string[], sets: FacetSets, selection: Selection): Map<string, Map<string, number>> {
  const counts = new Map<string, Map<string, number>>();
  for (const [name, values] of sets) {
    const others = ids.filter((id) => passes(id, sets, selection, name));
    counts.set(name, new Map([...values].map(([value, members]) => [value, others.filter((id) => members.has(id)).length])));
  }
  return counts;
}
