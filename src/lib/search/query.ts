/**
 * From what a reader types to the searches Pagefind runs.
 *
 * Journalists type questions: "Long Biên có bao nhiêu hội nghị đối thoại",
 * "Duc Giang thu ngan sach bao nhieu nam 2018". Pagefind keeps a result only
 * when it holds every word searched, so the question words ("có", "bao
 * nhiêu", "mấy") would keep the figure out. The plan sets them aside, takes
 * out the place the question names (its results are ranked first instead: a
 * passage of the Long Biên report need not repeat "Long Biên"), adds the
 * field's synonyms ("phát triển đảng viên" is "kết nạp" in the reports), and
 * spells out every d/đ reading of words typed without diacritics: Pagefind
 * folds tone and vowel marks but keeps đ as its own letter, so "dang vien"
 * must also be searched as "đang vien" to reach "đảng viên".
 *
 * Words typed with diacritics are taken as typed; words typed without are
 * compared folded, so "co" is the question word "có" unless it stands in a
 * pair of the field's own terms ("co so" is "cơ sở"), see lexicon.ts.
 */
import { foldVietnamese, stripDiacritics } from '../text/fold.ts';

/** What the search page knows about the field's words; built at build time from data/ (lexicon.ts). */
export interface SearchLexicon {
  /** Question and filler words, lower case with diacritics: "bao nhiêu", "có", "mấy". */
  questionWords: string[];
  /** Those of them that ask for a figure ("bao nhiêu", "mấy"): figures then rank first. */
  figureQuestions: string[];
  /** Pairs of words from the field's own terms in which a question word's spelling stands ("cơ sở"): never set aside. */
  keepPairs: string[];
  /** Phrases that mean the same thing in these reports, group by group. */
  synonyms: string[][];
  /** Place names a query can name, as in data/areas.csv. */
  places: string[];
  /** Words that may stand before a place name: "quận", "phường". */
  placeWords: string[];
  /** The phrases the texts abbreviate (data/abbreviations.csv): "Ủy ban kiểm tra", "Quận ủy". Each is one term (indicatorNamer). */
  abbreviated: string[];
}

interface Token {
  /** Lower case, as typed. */
  text: string;
  folded: string;
  /** Typed without diacritics (digits count): compared folded, and d may be đ. */
  plain: boolean;
}

/** At most 2^MAX_EXPANDED d/đ readings of one wording. */
export const MAX_EXPANDED = 4;
/** At most this many searches for one query: the reader's own wording first, then synonyms. */
export const MAX_SEARCHES = 16;
/** A synonym's results weigh a little less than those of the words the reader typed. */
export const SYNONYM_WEIGHT = 0.8;

const YEAR = /^(19|20)\d{2}$/;
/** What "bao nhiêu X" asks for: "số X" ("Số đảng viên", "Số chi bộ"). */
const COUNT_WORD = 'số';

function token(text: string, plain = stripDiacritics(text) === text): Token {
  const lower = text.toLocaleLowerCase('vi');
  return { text: lower, folded: foldVietnamese(lower), plain };
}

/** The words of a query: split on spaces, punctuation around a word dropped, inside it kept ("11.361", "559/700", "92,1%"). */
export function tokenize(query: string): Token[] {
  return query
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}%]+$/gu, ''))
    .filter(Boolean)
    .map((w) => token(w));
}

const words = (phrase: string) => phrase.toLocaleLowerCase('vi').split(/\s+/).filter(Boolean);

function sameWord(t: Token, word: string): boolean {
  return t.plain ? t.folded === foldVietnamese(word) : t.text === word;
}

/** Whether `phrase` stands at `at` in the tokens. */
function phraseAt(tokens: readonly Token[], at: number, phrase: string[]): boolean {
  return at >= 0 && at + phrase.length <= tokens.length && phrase.every((w, i) => sameWord(tokens[at + i]!, w));
}

export interface PlannedSearch {
  /** The term given to Pagefind. */
  term: string;
  /** Searches of one wording (its d/đ readings) share a group: their scores are weighed against each other. */
  group: number;
  /** 1 for the reader's wording, less for a synonym's. */
  weight: number;
  /** How many words the term has: a result holding them side by side is a phrase match. */
  length: number;
  /** Share of the searched words the term keeps (1 but for relaxed searches): results holding more of the query rank first. */
  coverage: number;
  /** The searched words this term leaves out (relaxed searches). */
  dropped: string[];
  /** The searched words it keeps: a record found by several relaxed searches holds all their words. */
  kept: string[];
}

export interface QueryPlan {
  /** The places the query names (names as in data/areas.csv): their results are ranked first. */
  places: string[];
  /** The words searched, as typed. */
  words: string[];
  /** The query asks for a figure ("bao nhiêu", "mấy"). */
  asksFigure: boolean;
  searches: PlannedSearch[];
}

/** Every d/đ reading of the tokens: a plain word starting with d may stand for đ (Vietnamese has no other place for đ). */
export function readings(tokens: readonly Token[]): string[] {
  let variants: string[][] = [[]];
  let expanded = 0;
  for (const t of tokens) {
    const canExpand = t.plain && t.text.startsWith('d') && expanded < MAX_EXPANDED;
    if (canExpand) expanded++;
    const forms = canExpand ? [t.text, `đ${t.text.slice(1)}`] : [t.text];
    variants = variants.flatMap((v) => forms.map((f) => [...v, f]));
  }
  return variants.map((v) => v.join(' ')).filter(Boolean);
}

/** Wordings of the query: the reader's, then each synonym in place of the phrase it stands for. */
function wordings(tokens: Token[], synonyms: string[][]): Token[][] {
  const phrases = synonyms
    .flatMap((group, g) => group.map((phrase) => ({ g, phrase: words(phrase) })))
    .sort((a, b) => b.phrase.length - a.phrase.length);
  const result: Token[][] = [tokens];
  const taken = new Set<number>();
  for (let at = 0; at < tokens.length; at++) {
    if (taken.has(at)) continue;
    const match = phrases.find((p) => phraseAt(tokens, at, p.phrase));
    if (!match) continue;
    for (let i = 0; i < match.phrase.length; i++) taken.add(at + i);
    for (const other of synonyms[match.g]!) {
      const replacement = words(other);
      if (replacement.join(' ') === match.phrase.join(' ')) continue;
      // A synonym is searched as written in the list, diacritics and đ included.
      const inserted = replacement.map((w) => token(w, false));
      result.push([...tokens.slice(0, at), ...inserted, ...tokens.slice(at + match.phrase.length)]);
    }
    at += match.phrase.length - 1;
  }
  return result;
}

export function planQuery(query: string, lexicon: SearchLexicon): QueryPlan {
  const tokens = tokenize(query);
  const setAside = new Set<number>();
  const places: string[] = [];
  const placeTokens: Token[] = [];

  // Places, longest name first, with the level word before them ("quận Long Biên").
  const placeNames = [...lexicon.places].sort((a, b) => words(b).length - words(a).length);
  for (let at = 0; at < tokens.length; at++) {
    const place = placeNames.find((p) => phraseAt(tokens, at, words(p)));
    if (!place) continue;
    const length = words(place).length;
    const level = lexicon.placeWords.map(words).find((w) => phraseAt(tokens, at - w.length, w));
    for (let i = at - (level?.length ?? 0); i < at; i++) setAside.add(i);
    for (let i = at; i < at + length; i++) setAside.add(i);
    placeTokens.push(...tokens.slice(at, at + length));
    if (!places.includes(place)) places.push(place);
    at += length - 1;
  }

  // "năm 2018": the year carries the meaning.
  tokens.forEach((t, at) => {
    if (sameWord(t, 'năm') && YEAR.test(tokens[at + 1]?.text ?? '')) setAside.add(at);
  });

  // Question words, longest first, unless the word stands in one of the field's own pairs.
  const keepPairs = lexicon.keepPairs.map(words);
  const kept = (at: number) => keepPairs.some((pair) => phraseAt(tokens, at - 1, pair) || phraseAt(tokens, at, pair));
  const questionWords = lexicon.questionWords.map(words).sort((a, b) => b.length - a.length);
  const figureQuestions = new Set(lexicon.figureQuestions);
  let asksFigure = false;
  for (const phrase of questionWords) {
    for (let at = 0; at + phrase.length <= tokens.length; at++) {
      const free = phrase.every((_, i) => !setAside.has(at + i));
      if (!free || !phraseAt(tokens, at, phrase)) continue;
      if (phrase.length === 1 && kept(at)) continue;
      for (let i = 0; i < phrase.length; i++) setAside.add(at + i);
      asksFigure ||= figureQuestions.has(phrase.join(' '));
    }
  }

  let searched = tokens.filter((_, at) => !setAside.has(at));
  // Nothing but a place ("nam tu liem"), or nothing but question words: search what was typed.
  if (!searched.length) searched = placeTokens.length ? placeTokens : tokens;

  const candidates = wordings(searched, lexicon.synonyms).map((tokens, i) => ({ tokens, weight: i ? SYNONYM_WEIGHT : 1 }));
  // "có bao nhiêu chi bộ" asks for "số chi bộ", as indicators are named: that reading is searched too, at full weight.
  if (asksFigure && !sameWord(searched[0]!, COUNT_WORD))
    candidates.splice(1, 0, { tokens: [token(COUNT_WORD, false), ...searched], weight: 1 });
  const searches: PlannedSearch[] = [];
  candidates.forEach(({ tokens: wording, weight }, group) => {
    for (const term of readings(wording)) {
      if (searches.length < MAX_SEARCHES && !searches.some((s) => s.term === term))
        searches.push({ term, group, weight, length: wording.length, coverage: 1, dropped: [], kept: searched.map((t) => t.text) });
    }
  });
  return { places, words: searched.map((t) => t.text), asksFigure, searches };
}

/** Relaxed searches weigh less than full ones; their results also rank below every result holding all the words. */
export const RELAXED_WEIGHT = 0.6;
/** At most this many relaxed searches for one query. */
export const MAX_RELAXED = 24;

/** The searches that tell which searched words stand in some text: one per word, its d/đ readings included. */
export function wordProbes(plan: Pick<QueryPlan, 'words'>): { word: string; terms: string[] }[] {
  return plan.words.map((word) => ({ word, terms: readings([token(word)]) }));
}

/**
 * Relax, never empty: when too few records hold every searched word, search
 * again without the words no text holds (`unknown`), then without each one of
 * the remaining words in turn, then with each word alone. A word missing from a result lowers it
 * (coverage, the share of the words a record holds, ranks first) instead of removing it;
 * `dropped` says which words each search set aside.
 */
export function relaxedSearches(plan: Pick<QueryPlan, 'words' | 'searches'>, unknown: readonly string[]): PlannedSearch[] {
  const total = plan.words.length;
  const known = plan.words.filter((w) => !unknown.includes(w));
  const wordingsToTry: string[][] = [];
  if (known.length && known.length < total) wordingsToTry.push(known);
  if (known.length > 1) for (let i = 0; i < known.length; i++) wordingsToTry.push(known.filter((_, j) => j !== i));
  // Each word alone too: a record holding several of them, not side by side, counts them all (rank.ts).
  if (known.length > 2) wordingsToTry.push(...known.map((w) => [w]));
  const group0 = Math.max(-1, ...plan.searches.map((s) => s.group)) + 1;
  const searches: PlannedSearch[] = [];
  wordingsToTry.forEach((kept, i) => {
    const dropped = plan.words.filter((w) => !kept.includes(w));
    for (const term of readings(kept.map((w) => token(w)))) {
      if (searches.length < MAX_RELAXED && !searches.some((s) => s.term === term) && !plan.searches.some((s) => s.term === term))
        searches.push({
          term,
          group: group0 + i,
          weight: RELAXED_WEIGHT,
          length: kept.length,
          coverage: kept.length / total,
          dropped,
          kept,
        });
    }
  });
  return searches;
}

const nameWords = (name: string) =>
  foldVietnamese(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/**
 * The indicators a query names: every word of the name is among the words
 * searched (any reading or synonym; "bao nhiêu chi bộ" reads "số chi bộ").
 * Their figures come first: "đảng viên" in "Số đảng viên" rather than in
 * "Đảng viên cài đặt Sổ tay đảng viên điện tử", which Pagefind, folding "sổ"
 * and "số" alike and counting words, would rank higher. Of several, those
 * naming most of the words typed. A query that is a
 * count's name without its "số" names it too ("đảng viên": "Số đảng viên";
 * the reader asks for the figure that answers it). When the query names
 * a place with no figure of those indicators, their narrower kin that the
 * place has are named too, those whose name holds the named one's whole
 * ("thu ngân sách" at Nam Từ Liêm: "Thu ngân sách lũy kế trong năm"; not
 * "Số người được tiếp công dân" for "dân số"), so a place's own figure on
 * the topic outranks another's.
 * A phrase the texts abbreviate (`terms`: "Ủy ban kiểm tra", UBKT) is one
 * term: its words name an indicator only when the name holds the whole
 * phrase. "Ủy ban kiểm tra Quận ủy … kỷ luật bao nhiêu đảng viên" asks
 * what the commission did, and does not name "Kiểm tra đảng viên"; "Ủy ban
 * kiểm tra … kiểm tra bao nhiêu lượt" asks "kiểm tra" again, outside it.
 * `areasOf` gives the names of the areas with a figure of an indicator. The
 * names are read once; the function returned answers for each query.
 */
export function indicatorNamer(
  indicators: readonly (readonly [string, string])[],
  areasOf: (id: string) => readonly string[] = () => [],
  questionWords: readonly string[] = [],
  terms: readonly string[] = [],
): (plan: QueryPlan) => string[] {
  // A name's question words ("Đảng viên mới được kết nạp") are never searched: not asked of the query either.
  const unasked = new Set(questionWords.filter((w) => !/\s/.test(w)).map((w) => nameWords(w).join(' ')));
  const named = indicators.map(([id, name]) => {
    const words = nameWords(name).filter((w) => !unasked.has(w));
    // "Số đảng viên" is what "đảng viên" asks for: a count named without its "số" / "tổng số".
    const counted = words[0] === 'so' ? words.slice(1) : words[0] === 'tong' && words[1] === 'so' ? words.slice(2) : undefined;
    return { id, words, counted: counted?.join(' '), whole: ` ${nameWords(name).join(' ')} ` };
  });
  const phrases = terms.map(nameWords).filter((t) => t.length > 1);
  return (plan) => {
    const searches = plan.searches.map((s) => nameWords(s.term));
    // Where each phrase the texts abbreviate stands in each search.
    const spans = searches.map((words) =>
      phrases.flatMap((phrase, k) =>
        words.flatMap((_, at) => (phrase.every((w, i) => words[at + i] === w) ? [{ k, from: at, to: at + phrase.length }] : [])),
      ),
    );
    // The words searched outside the phrases a name does not hold whole.
    const searchedFor = (lacks: (k: number) => boolean) =>
      new Set(searches.flatMap((words, n) => words.filter((_, at) => !spans[n]!.some((s) => lacks(s.k) && s.from <= at && at < s.to))));
    const everything = searchedFor(() => false);
    const present = [...new Set(spans.flat().map((s) => s.k))];
    const names = (i: (typeof named)[number]) => {
      if (!i.words.every((w) => everything.has(w))) return false;
      const lacking = new Set(present.filter((k) => !i.whole.includes(` ${phrases[k]!.join(' ')} `)));
      if (!lacking.size) return true;
      const searched = searchedFor((k) => lacking.has(k));
      return i.words.every((w) => searched.has(w));
    };
    const asked = plan.words.flatMap(nameWords).join(' ');
    const all = named.filter((i) => names(i) || i.counted === asked);
    // The indicator named is the one naming most of the reader's own words ("kết nạp … đảng viên": the admissions, not "Số đảng viên").
    const typed = new Set(plan.words.flatMap(nameWords));
    const covered = (i: (typeof named)[number]) => i.words.filter((w) => typed.has(w)).length;
    const most = Math.max(0, ...all.map(covered));
    const direct = all.filter((i) => covered(i) === most);
    const place = plan.places[0];
    if (!place || direct.some((i) => areasOf(i.id).includes(place))) return direct.map((i) => i.id);
    const kin = named.filter(
      (i) =>
        !direct.includes(i) &&
        areasOf(i.id).includes(place) &&
        direct.some((d) => ` ${i.words.join(' ')} `.includes(` ${d.words.join(' ')} `)),
    );
    return [...direct, ...kin].map((i) => i.id);
  };
}
