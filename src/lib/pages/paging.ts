/**
 * Pages that grow with the archive are cut into pages of whole reports: a
 * report's rows stay together (a reader follows one report), and reports are
 * packed in the order of the data up to a row budget, so a page's size is
 * bounded however many reports there are.
 */

/** Groups packed in order onto pages of at most `budget` items; a group larger than the budget takes a page of its own. */
export function packWhole<T>(groups: Iterable<T[]>, budget: number): T[][][] {
  const packs: T[][][] = [];
  let size = Infinity;
  for (const group of groups) {
    const last = packs.at(-1);
    if (last && size + group.length <= budget) {
      last.push(group);
      size += group.length;
    } else {
      packs.push([group]);
      size = group.length;
    }
  }
  return packs;
}
