/**
 * One ranked list from the searches of a query plan (query.ts), using only
 * what Pagefind returns with each result: its score and the positions of the
 * words it matched. Nothing is loaded or folded in the browser to rank: the
 * data of a result is fetched only when it is shown.
 */
import type { PlannedSearch, QueryPlan } from './query.ts';

export interface Hit {
  id: string;
  score: number;
  /** Positions of the matched words in the record's text. */
  words: number[];
}

export interface Ranked<T extends Hit> {
  /** The hit to show: the one from the reader's own wording when it found the record, so its snippet marks the words typed. */
  hit: T;
  /** The wording the hit comes from. */
  group: number;
  score: number;
  /** The query's words stand side by side, in order, in the text. */
  phrase: boolean;
  tier: number;
  /** The largest share of the query's words a search that found the record kept (query.ts, relaxedSearches). */
  coverage: number;
}

/** What the search page knows of a record before loading it (from the filter sets). */
export interface RecordFacts {
  /** The places a record belongs to. */
  areas(id: string): readonly string[];
  isFigure(id: string): boolean;
  /** A figure of an indicator the query names (query.ts, indicatorNamer). */
  named(id: string): boolean;
}

/**
 * Records that come first, whatever their score: the figures of an indicator
 * the query names (its topic), then those of the places the
 * query names (a place's own before those shared with other places, such as
 * an indicator's page); within those the figures, when the query names a
 * place or asks for a number ("bao nhiêu"): a journalist asking about a
 * place wants its figures before pages about them.
 */
export function tierOf(plan: Pick<QueryPlan, 'places' | 'asksFigure'>, facts: RecordFacts, id: string): number {
  const areas = plan.places.length ? facts.areas(id) : [];
  const place = areas.some((a) => plan.places.includes(a)) ? (areas.length === 1 ? 2 : 1) : 0;
  const figure = (plan.asksFigure || plan.places.length > 0) && facts.isFigure(id) ? 1 : 0;
  // Topic before place: a figure of the indicator the query names outranks anything that lacks it, whatever the place.
  return (facts.named(id) ? 6 : 0) + place * 2 + figure;
}

/** The longest run of consecutive positions among the matched words. */
export function longestRun(positions: readonly number[]): number {
  const sorted = [...new Set(positions)].sort((a, b) => a - b);
  let best = sorted.length ? 1 : 0;
  let run = 1;
  for (let i = 1; i < sorted.length; i++) {
    run = sorted[i] === sorted[i - 1]! + 1 ? run + 1 : 1;
    best = Math.max(best, run);
  }
  return best;
}

/**
 * Merge the results of every search, one entry per record, best first.
 *
 * Readings of one wording are not on one footing: a rare reading ("dong" as
 * "dòng") gets a high weight in Pagefind's ranking just for being rare, and
 * would push aside what most people mean by "dong da" (Đống Đa). So each
 * reading's scores are scaled by how common it is in the corpus (its result
 * count against the commonest reading of the same wording), then by the
 * wording's weight (a synonym weighs less); a record keeps its best score,
 * and the hit of the reader's own wording to show.
 * Then: records holding more of the query's words first (a relaxed search's
 * results below those of the full query), higher tiers (tierOf), records holding the words as a phrase
 * ("Nguyên Hoa" the author, not "tình nguyện … hoạt động"), then the score.
 */
export function rankResults<T extends Hit>(
  searches: readonly { search: PlannedSearch; results: readonly T[] }[],
  tier: (id: string) => number = () => 0,
): Ranked<T>[] {
  const commonest = new Map<number, number>();
  for (const { search, results } of searches) commonest.set(search.group, Math.max(commonest.get(search.group) ?? 1, results.length));
  const best = new Map<string, Ranked<T>>();
  // The query's words each record was found with, across the searches: its coverage when no one search kept them all.
  const wordsFound = new Map<string, Set<string>>();
  for (const { search, results } of searches) {
    const weight = (results.length / commonest.get(search.group)!) * search.weight;
    for (const hit of results) {
      const phrase = search.length > 1 && longestRun(hit.words) >= search.length;
      const score = hit.score * weight;
      const found = wordsFound.get(hit.id) ?? new Set<string>();
      for (const w of search.kept) found.add(w);
      wordsFound.set(hit.id, found);
      const total = search.kept.length / search.coverage;
      const coverage = Math.max(search.coverage, found.size / total);
      const known = best.get(hit.id);
      if (!known) best.set(hit.id, { hit, group: search.group, score, phrase, tier: tier(hit.id), coverage });
      else {
        const shown = search.group < known.group || (search.group === known.group && score > known.score);
        best.set(hit.id, {
          ...known,
          ...(shown ? { hit, group: search.group } : {}),
          score: Math.max(score, known.score),
          phrase: phrase || known.phrase,
          coverage: Math.max(coverage, known.coverage),
        });
      }
    }
  }
  return [...best.values()].sort(
    (a, b) => b.coverage - a.coverage || b.tier - a.tier || Number(b.phrase) - Number(a.phrase) || b.score - a.score,
  );
}
