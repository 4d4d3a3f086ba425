/**
 * When a query names an indicator and a place whose reports have no figure
 * of it ("Long Biên kết nạp bao nhiêu đảng viên"): say so in one sentence,
 * and offer where the figure does exist, nearest first along the area tree
 * (a ward of the place, then a place beside it, then anywhere). Built from the
 * data the search page carries (search-page.ts), never written per case.
 */

/** An area as the search page knows it: name, label with its level ("quận Long Biên"), parent's name. */
export interface SearchArea {
  name: string;
  label: string;
  parent?: string;
}

export interface MissingFigure {
  /** The sentence for the first screen. */
  sentence: string;
  /** Names of the areas offered instead, nearest first: their figures rank as the asked place's would. */
  nearby: string[];
}

/** Areas under `name`, at any depth. */
function descendants(name: string, areas: readonly SearchArea[]): SearchArea[] {
  const children = areas.filter((a) => a.parent === name);
  return children.flatMap((c) => [c, ...descendants(c.name, areas)]);
}

/** The areas nearest `place` among those in `has`: its wards first, then the places beside it, then anywhere; each labelled. */
function nearest(
  place: SearchArea,
  has: ReadonlySet<string>,
  areas: readonly SearchArea[],
): { nearby: SearchArea[]; label: (a: SearchArea) => string } {
  const below = descendants(place.name, areas).filter((a) => has.has(a.name));
  const beside = areas.filter((a) => a.parent === place.parent && a.name !== place.name && has.has(a.name));
  const elsewhere = areas.filter((a) => has.has(a.name) && !below.includes(a) && !beside.includes(a));
  const label = (a: SearchArea) => {
    const parent = areas.find((p) => p.name === a.parent);
    return below.includes(a) && parent ? `${a.label} (thuộc ${parent.label})` : a.label;
  };
  return { nearby: below.length ? below : beside.length ? beside : elsewhere, label };
}

function missing(place: SearchArea, what: string, has: ReadonlySet<string>, areas: readonly SearchArea[]): MissingFigure {
  const { nearby, label } = nearest(place, has, areas);
  const offer = nearby.length ? `; có ở ${nearby.map(label).join(', ')}, xếp trước dưới đây` : '';
  return { sentence: `Các báo cáo của ${place.label} không có ${what}${offer}.`, nearby: nearby.map((a) => a.name) };
}

/**
 * `named`: the indicators the query names (query.ts, indicatorNamer), with
 * their names and the areas that have a figure of them. Undefined when the
 * query names no place or no indicator, or when the place has a figure of one.
 */
export function missingFigure(
  places: readonly string[],
  named: readonly { name: string; areas: readonly string[] }[],
  areas: readonly SearchArea[],
): MissingFigure | undefined {
  const place = areas.find((a) => a.name === places[0]);
  if (!place || !named.length || named.some((i) => i.areas.includes(place.name))) return undefined;
  const what = named.map((i) => `“${i.name.toLocaleLowerCase('vi')}”`).join(', ');
  return missing(place, `số liệu ${what}`, new Set(named.flatMap((i) => i.areas)), areas);
}

/**
 * When the query names a place and no result at all is of that place ("ngân sách Long Biên": the district's report
 * has no budget figure, its ward's has): say so, rather than that the place's results come first, and offer its wards
 * that have results. `resultAreas`: the areas of the results that answer best (none found: nothing to say
 * beyond "no results"). `words`: what was searched.
 */
export function placeWithoutResults(
  places: readonly string[],
  words: string,
  resultAreas: ReadonlySet<string>,
  areas: readonly SearchArea[],
): MissingFigure | undefined {
  const asked = places.map((name) => areas.find((a) => a.name === name)).filter((a) => a !== undefined);
  const place = asked[0];
  if (!place || !words || !resultAreas.size || asked.some((a) => resultAreas.has(a.name))) return undefined;
  const what = `kết quả nào cho “${words}”`;
  // Only a ward of the place stands in for it: a place beside it is no nearer an answer than any other, so the results
  // keep the order their words give them.
  if (descendants(place.name, areas).some((a) => resultAreas.has(a.name))) return missing(place, what, resultAreas, areas);
  return { sentence: `Các báo cáo của ${place.label} không có ${what}; các kết quả dưới đây ở nơi khác.`, nearby: [] };
}
