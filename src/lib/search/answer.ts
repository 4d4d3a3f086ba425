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
  const has = new Set(named.flatMap((i) => i.areas));
  const below = descendants(place.name, areas).filter((a) => has.has(a.name));
  const beside = areas.filter((a) => a.parent === place.parent && a.name !== place.name && has.has(a.name));
  const elsewhere = areas.filter((a) => has.has(a.name) && !below.includes(a) && !beside.includes(a));
  const nearby = below.length ? below : beside.length ? beside : elsewhere;
  const label = (a: SearchArea) => {
    const parent = areas.find((p) => p.name === a.parent);
    return below.includes(a) && parent ? `${a.label} (thuộc ${parent.label})` : a.label;
  };
  const what = named.map((i) => `“${i.name.toLocaleLowerCase('vi')}”`).join(', ');
  const offer = nearby.length ? `; có ở ${nearby.map(label).join(', ')}, xếp trước dưới đây` : '';
  return { sentence: `Các báo cáo của ${place.label} không có số liệu ${what}${offer}.`, nearby: nearby.map((a) => a.name) };
}
