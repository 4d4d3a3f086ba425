/**
 * The indicators a question means when it names none word for word: its
 * words weighed against every indicator's name and its other wordings
 * (wording.ts, mined from the catalogue and the texts). "Hội Phụ nữ kết nạp
 * thêm bao nhiêu chị em" holds four words of "Hội viên phụ nữ kết nạp mới";
 * "tăng lương cho bao nhiêu cán bộ" two of "Nâng lương cán bộ"; "công ty tư
 * nhân" the texts' "915 doanh nghiệp tư nhân". A word's weight is its
 * rarity among the indicators (a word every indicator has tells nothing),
 * and a word of the name counts more than one of the other wordings.
 * Kept free of imports but the folding, for the search page's script.
 */
import { foldVietnamese, stripDiacritics } from '../text/fold.ts';

/** A word of the other wordings counts this much of a word of the name. */
export const WORDING_WEIGHT = 0.6;
/** Share of the question's weight an indicator must hold to be what it means. */
export const MIN_SHARE = 0.4;
/** Indicators within this share of the best score are meant as well (the same words name several). */
export const NEAR_BEST = 0.9;

// toLowerCase, not toLocaleLowerCase('vi'): Unicode has no Vietnamese-specific case mapping, so both give the same
// words, and the locale-aware call, made for every name and wording, cost tens of milliseconds before a search could start.
const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !/\d/.test(w));

/** The words and each pair of words side by side ("tư nhân"): a pair is rarer, so tells more, than its words. */
const termsOf = (words: readonly string[]) => [...words, ...words.slice(1).map((w, i) => `${words[i]} ${w}`)];

const plain = (w: string) => stripDiacritics(w) === w;

/**
 * `indicators`: [id, name]; `wording`: id → the other wordings, separated by ";".
 * Words typed without diacritics compare folded; typed with them, as typed.
 */
export interface IndicatorMatcher {
  /** The indicators the words mean, best first; none when no indicator holds enough of them. */
  meant(words: readonly string[]): string[];
  /** How many of the words (not pairs) an indicator's name and wordings hold. */
  holds(id: string, words: readonly string[]): number;
}

export function indicatorMatcher(
  indicators: readonly (readonly [string, string])[],
  wording: Readonly<Record<string, string>>,
): IndicatorMatcher {
  // Folded once per distinct word: the names and wordings repeat the same few thousand words and pairs, and folding
  // each occurrence afresh made building the matcher the slowest step before a shared link's search could start.
  const folded = new Map<string, string>();
  const fold = (w: string) => {
    let f = folded.get(w);
    if (f === undefined) folded.set(w, (f = foldVietnamese(w)));
    return f;
  };
  // Folded pair → how the names and wordings write it.
  const pairSpellings = new Map<string, Set<string>>();
  // Per indicator: folded word → weight, the name's weight winning; and the words as written (one set per indicator,
  // not per word: a word typed with diacritics is held when the indicator writes it so, whatever else folds alike).
  const documents = indicators.map(([id, name]) => {
    const weights = new Map<string, number>();
    const written = new Set<string>();
    const put = (w: string, key: string, weight: number) => {
      weights.set(key, Math.max(weights.get(key) ?? 0, weight));
      written.add(w);
    };
    // The terms of `terms` (words, then pairs side by side), a pair folded from its two words' folds rather than afresh.
    const add = (phrase: string, weight: number) => {
      const words = wordsOf(phrase);
      const keys = words.map(fold);
      words.forEach((w, i) => put(w, keys[i]!, weight));
      for (let i = 1; i < words.length; i++) {
        const [pair, key] = [`${words[i - 1]} ${words[i]}`, `${keys[i - 1]} ${keys[i]}`];
        put(pair, key, weight);
        pairSpellings.set(key, (pairSpellings.get(key) ?? new Set()).add(pair));
      }
    };
    for (const phrase of (wording[id] ?? '').split(';')) add(phrase, WORDING_WEIGHT);
    add(name, 1);
    return { id, doc: { weights, written } };
  });
  type Doc = (typeof documents)[number]['doc'];
  const df = new Map<string, number>();
  for (const { doc } of documents) for (const key of doc.weights.keys()) df.set(key, (df.get(key) ?? 0) + 1);
  const n = documents.length;
  // A word no indicator has weighs as the rarest: the question then means less of any indicator.
  const rarity = (key: string) => Math.log((n + 1) / ((df.get(key) ?? 0) + 0.5));

  const byId = new Map(documents.map((d) => [d.id, d.doc]));
  // The weight of a word the indicator holds. Typed with diacritics: only the same word ("thu" is not "thư").
  const holding = (doc: Doc, w: string): number | undefined => {
    const weight = doc.weights.get(fold(w));
    return weight !== undefined && (plain(w) || doc.written.has(w)) ? weight : undefined;
  };
  // Words typed without diacritics, read as the names and wordings write them where two side by side spell a pair written
  // one way only: "cong ty tu nhan" asks "tư nhân" (of "doanh nghiệp tư nhân"), not "tu" of "tu dưỡng" and "nhân" of
  // "cá nhân". Such a pair is one term, as a phrase the texts abbreviate is to the namer: its words count for an indicator
  // holding the pair, not for one holding them apart ("đầu tư", "nhân dân"). A word typed with diacritics stays as typed,
  // and a pair written several ways restores nothing.
  const spelled = (typed: readonly string[]) => {
    const words = typed.flatMap(wordsOf);
    const read = [...words];
    const pairs: [string, string][] = [];
    for (let i = 1; i < words.length; i++) {
      const [a, b] = [words[i - 1]!, words[i]!];
      if (!plain(a) && !plain(b)) continue;
      const spellings = pairSpellings.get(`${fold(a)} ${fold(b)}`);
      if (spellings?.size !== 1) continue;
      const [wa, wb] = [...spellings][0]!.split(' ') as [string, string];
      if ((!plain(a) && a !== wa) || (!plain(b) && b !== wb)) continue;
      [read[i - 1], read[i]] = [wa, wb];
      pairs.push([wa, wb]);
    }
    // The weight of a word or pair an indicator holds, a word of a pair read so counting only beside it.
    const weightOf = (doc: Doc, w: string) => {
      const bound = pairs.filter((pair) => pair.includes(w));
      return bound.length && !bound.some((pair) => doc.written.has(pair.join(' '))) ? undefined : holding(doc, w);
    };
    return { words: read, weightOf };
  };
  const holds = (id: string, typed: readonly string[]) => {
    const doc = byId.get(id);
    const { words, weightOf } = spelled(typed);
    return doc ? new Set(words.filter((w) => weightOf(doc, w) !== undefined)).size : 0;
  };
  const meant = (typed: readonly string[]) => {
    const { words: read, weightOf } = spelled(typed);
    const words = [...new Set(termsOf(read))];
    if (!words.length) return [];
    // Pairs add to what an indicator holds, not to what the question asks: most pairs of a question are in no indicator.
    const total = words.filter((w) => !w.includes(' ')).reduce((sum, w) => sum + rarity(fold(w)), 0);
    const scored = documents.map(({ id, doc }) => {
      let held = 0;
      let count = 0;
      for (const w of words) {
        const weight = weightOf(doc, w);
        if (weight === undefined) continue;
        held += rarity(fold(w)) * weight;
        count++;
      }
      return { id, share: held / total, count };
    });
    // One word of several is not a meaning; a one-word question is met by one.
    const enough = scored.filter((s) => s.share >= MIN_SHARE && s.count >= Math.min(2, words.filter((w) => !w.includes(' ')).length));
    const best = Math.max(0, ...enough.map((s) => s.share));
    return enough
      .filter((s) => s.share >= best * NEAR_BEST)
      .sort((a, b) => b.share - a.share)
      .map((s) => s.id);
  };
  return { meant, holds };
}

type AskedPlan = { words: readonly string[]; places: readonly string[]; asksFigure: boolean };

/** The words of a query that can mean an indicator: the place's own words aside. */
function askedWords(plan: AskedPlan): string[] {
  const placeWords = new Set(plan.places.flatMap(wordsOf).map(foldVietnamese));
  return [...new Set(plan.words.flatMap(wordsOf).filter((w) => !placeWords.has(foldVietnamese(w))))];
}

/**
 * Whether indicatorsOf weighs the query's words against the names and
 * wordings (the matcher): when it names an indicator, asks for a figure or
 * found too little. Only then need the search page fetch the wordings.
 */
export function weighsMeaning(plan: AskedPlan, named: readonly string[], relaxed: boolean): boolean {
  return askedWords(plan).length > 0 && (named.length > 0 || plan.asksFigure || relaxed);
}

/**
 * The indicators a query is about, and whether it names them word for word.
 * Those it names (query.ts, indicatorNamer, `named`) unless they hold half
 * its words or fewer and an indicator its words mean (`matcher`) holds more
 * ("đảng viên dùng app sổ tay đảng viên" names "Số đảng viên" but means
 * "Đảng viên cài đặt Sổ tay đảng viên điện tử"); when it names none, those
 * its words mean, if it asks for a figure or found too little holding all its
 * words (a short topic query, "kiem tra", that finds plenty is left to the
 * full text). The place's own words never count towards a meaning.
 */
export function indicatorsOf(
  plan: AskedPlan,
  named: readonly string[],
  matcher: IndicatorMatcher | undefined,
  relaxed: boolean,
): { ids: string[]; exact: boolean } {
  const exact = { ids: [...named], exact: named.length > 0 };
  // Without the matcher (the wordings could not be loaded), the indicators named word for word.
  if (!matcher || !weighsMeaning(plan, named, relaxed)) return exact;
  const words = askedWords(plan);
  const namedHold = Math.max(0, ...named.map((id) => matcher.holds(id, words)));
  if (named.length && namedHold * 2 > words.length) return exact;
  const better = matcher.meant(words).filter((id) => matcher.holds(id, words) > namedHold);
  return better.length ? { ids: better, exact: false } : exact;
}
