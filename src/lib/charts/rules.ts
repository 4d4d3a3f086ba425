/**
 * A chart for every indicator that has something to show, by rules, and the
 * reason in words for every figure no chart can fairly draw. The rules, in
 * the order they claim figures:
 *
 *   1. target against result: "a/b" where b is a target, alone or year by
 *      year; a rate beside the target set for it;
 *   2. the parts of a total ("trong đó …"), or one part beside its total;
 *   3. one area over time: the same count at single years or dates;
 *   4. areas compared: the same count in several areas, as per-year rates
 *      (and per 1,000 members for counts of members), a ward beside a
 *      district only as a rate;
 *   5. a breakdown: one area, one period, the groups the text lists.
 *
 * "The same count" is the same unit, scope and category (comparability.ts).
 * Every spec goes through checkChartSpec like an editorial one; data/charts.csv
 * overrides a rule chart that draws no figure the editorial charts do not.
 */
import { areaLabel, areaTitle } from '../data/areas.ts';
import type { Observation } from '../data/observations.ts';
import type { SiteData } from '../data/site-data.ts';
import { documentTypes } from '../reports/schema.ts';
import { formatNumber, formatPeriod } from '../numbers/format.ts';
import { isRate } from '../numbers/units.ts';
import { groupBy } from '../group.ts';
import { twoBarsReason } from './rules-two-bars.ts';
import {
  countDifference,
  figureYears,
  isTargetRatio,
  isTargetRow,
  memberCount,
  figureWithUnit,
  proRataPace,
  rateAtOdds,
  statedInQuote,
} from './comparability.ts';
import { countsMembers, type ChartSpec } from './spec.ts';

export interface ChartReason {
  observation: string;
  reason: string;
}

export interface RuleCharts {
  specs: ChartSpec[];
  /** Why a figure is drawn by no chart, by indicator. */
  reasons: Map<string, ChartReason[]>;
}

const MEMBERS_INDICATOR = 'so-dang-vien';

const periodKey = (o: Observation) => (o.asOf ? `@${o.asOf}` : `${o.periodStart}..${o.periodEnd}`);
/** A single calendar year or a date: a point a series can stand on. */
const isPoint = (o: Observation) => o.asOf !== undefined || (o.periodStart !== undefined && o.periodStart === o.periodEnd);
const pointKey = (o: Observation) => o.asOf ?? o.periodStart!;

interface Draft {
  kind: ChartSpec['kind'];
  slug: string;
  title: string;
  subtitle: string;
  observations: Observation[];
  rate?: ChartSpec['rate'];
  denominators?: Observation[];
  notes?: string[];
}

export function ruleCharts(data: SiteData, editorial: ChartSpec[] = []): RuleCharts {
  const area = (o: Observation) => data.areas.find((a) => a.id === o.area)!;
  const name = (o: Observation) => data.indicatorById.get(o.indicator)!.name;
  const lower = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
  const what = (o: Observation) => [o.scope, o.category].filter(Boolean).join('; ');
  const counts = (o: Observation) => (what(o) ? ` (${what(o)})` : '');
  const { thingOf, countsPeople } = data.units;
  const countKey = (o: Observation) => [thingOf(o), o.scope, o.category].join('|');
  const reasons = new Map<string, string>();
  const drafts: Draft[] = [];
  const claimed = new Set<string>();
  const claim = (draft: Draft) => {
    drafts.push(draft);
    for (const o of draft.observations) claimed.add(o.id);
  };

  // 0. The same figure printed twice is one figure; two different figures for the same thing are not drawn against each other.
  const usable: Observation[] = [];
  for (const group of groupBy(data.observations, (o) => [o.indicator, o.area, countKey(o), periodKey(o)].join('#')).values()) {
    const values = new Set(group.map((o) => o.value));
    if (values.size > 1) {
      for (const o of group)
        reasons.set(
          o.id,
          `văn bản in ${group.length} số khác nhau cho cùng một việc (${group.map((x) => `${x.printed} ở ${x.id}`).join(', ')}): không biết số nào đúng, nên không vẽ`,
        );
      continue;
    }
    usable.push(group[0]!);
    for (const o of group.slice(1))
      reasons.set(o.id, `cùng con số với ${group[0]!.id} (${group[0]!.printed}), in lại ở chỗ khác: đã vẽ một lần`);
  }
  // The data's own doubts: a printed rate its own counts contradict, a rate above 100% that is no share of anything.
  for (const o of usable) {
    const computed = rateAtOdds(o, data.observationById);
    if (computed !== undefined)
      reasons.set(
        o.id,
        `văn bản in ${o.printed} nhưng các số đếm in cùng chỗ (${o.percentOf}) cho ${formatNumber(computed, 'share', '%')}: không vẽ số tự mâu thuẫn`,
      );
    else if (isRate(o.unit) && o.value > 100 && o.percentOf === undefined && !isTargetRatio(o))
      reasons.set(
        o.id,
        `tỷ lệ trên 100% (${o.printed}) không phải phần của một tổng: không vẽ như một tỷ lệ${o.note ? ` (${o.note})` : ''}`,
      );
  }
  const results = usable.filter((o) => !isTargetRow(o) && !reasons.has(o.id));

  // 1. Target against result.
  for (const group of groupBy(results.filter(isTargetRatio), (o) => [o.indicator, o.area, countKey(o)].join('#')).values()) {
    const years = group.filter(isPoint);
    if (years.length >= 2) {
      const sorted = years.sort((a, b) => pointKey(a).localeCompare(pointKey(b)));
      const [first, last] = [sorted[0]!, sorted.at(-1)!];
      claim({
        kind: 'target',
        slug: `${first.indicator}-${first.area}-so-voi-chi-tieu`,
        title: `${name(first)} so với chỉ tiêu, ${areaLabel(area(first))}`,
        subtitle: `${areaTitle(area(first))}, ${pointKey(first)}–${pointKey(last)}: kết quả mỗi năm và “${first.targetWords}”${counts(first)}`,
        observations: sorted,
      });
      // A total of those years ("696/333") says again what the years say.
      for (const o of group)
        if (!isPoint(o) && sorted.some((y) => y.partOf === o.id)) reasons.set(o.id, `tổng của các năm đã vẽ trong biểu đồ theo năm`);
    }
    for (const o of group.filter((x) => !claimed.has(x.id) && !reasons.has(x.id))) {
      // A target over several years read against a result without its span reads as lagging (21/25 after 2,5 of 5 years is ahead).
      if (!isPoint(o) && o.targetYears === undefined) {
        reasons.set(
          o.id,
          `văn bản không nói chỉ tiêu ${formatNumber(o.denominator!)} (“${o.targetWords}”) là của bao nhiêu năm: không biết giữa kỳ cần đạt bao nhiêu, nên không đặt kết quả cạnh chỉ tiêu (kết quả giữa kỳ đọc như thiếu chỉ tiêu)`,
        );
        continue;
      }
      claim({
        kind: 'target',
        slug: `${o.indicator}-${o.area}-so-voi-chi-tieu`,
        title: `${name(o)}: kết quả so với chỉ tiêu, ${areaLabel(area(o))}`,
        subtitle: `${areaTitle(area(o))}, ${formatPeriod(o)}: ${figureWithUnit(o)} so với “${o.targetWords}”${counts(o)}`,
        observations: [o],
      });
    }
  }
  // A rate beside the target set for it ("90,4%" in 2015–2020, "90%" for 2020–2025).
  for (const targets of groupBy(
    usable.filter((o) => isTargetRow(o) && isRate(o.unit)),
    (o) => [o.indicator, o.area, o.unit, o.scope].join('#'),
  ).values()) {
    const t = targets[0]!;
    const achieved = results.filter(
      (o) =>
        o.indicator === t.indicator &&
        o.area === t.area &&
        o.unit === t.unit &&
        o.scope === t.scope &&
        o.category === '' &&
        !isTargetRatio(o),
    );
    if (!achieved.length) continue;
    claim({
      kind: 'comparison',
      slug: `${t.indicator}-${t.area}-ket-qua-va-chi-tieu`,
      title: `${name(t)}: kết quả và chỉ tiêu, ${areaLabel(area(t))}`,
      subtitle: `${areaTitle(area(t))}: kết quả ${achieved.map(formatPeriod).join(', ')} và ${targets.map((x) => `${lower(x.category)} ${formatPeriod(x)}`).join(', ')}${t.scope ? ` (${t.scope})` : ''}`,
      observations: [...achieved, ...targets],
    });
  }

  // 2. The parts of a total, across indicators when the text lists them together.
  for (const [totalId, parts] of groupBy(
    results.filter((o) => o.partOf && !claimed.has(o.id)),
    (o) => o.partOf!,
  )) {
    const total = data.observationById.get(totalId)!;
    for (const same of groupBy(parts, (o) => [thingOf(o), o.scope, periodKey(o)].join('#')).values()) {
      const first = same[0]!;
      // Parts that are single years of a multi-year total are a series (rule 3), not a breakdown.
      if (same.every(isPoint) && new Set(same.map(pointKey)).size === same.length && !isPoint(total)) continue;
      const refuse = (reason: string) => {
        for (const o of same) reasons.set(o.id, reason);
      };
      const listed = same.map((o) => `${o.printed} ở ${o.id}`).join(', ');
      if (same.length < 2) {
        refuse(`tổng ${total.printed} (${total.id}) chỉ có một phần được nêu (${listed}): một phần cạnh tổng không cho thấy thêm điều gì`);
        continue;
      }
      if (thingOf(total) !== thingOf(first)) {
        refuse(`tổng ${total.id} đếm “${total.unit}”, các phần đếm “${first.unit}”, hai thứ khác nhau: không tính được phần trăm của tổng`);
        continue;
      }
      const sum = same.reduce((n, o) => n + o.value, 0);
      if (sum > total.value && !total.qualifier) {
        refuse(
          `các phần (${listed}) cộng lại ${formatNumber(sum, 'figure')}, nhiều hơn tổng in ${total.printed} (${total.id}): số liệu không khớp, không vẽ`,
        );
        continue;
      }
      claim({
        kind: 'composition',
        slug: `${total.indicator}-${total.area}-cac-phan`,
        title: `${name(total)} chia theo từng loại, ${areaLabel(area(total))}`,
        subtitle: `${areaTitle(area(first))}, ${formatPeriod(first)}: tổng in ${figureWithUnit(total)}${total.scope ? `; chỉ tính ${total.scope}` : ''}; trong đó các nhóm văn bản nêu`,
        observations: same,
      });
    }
  }

  // 3. One area over time.
  for (const group of groupBy(
    results.filter((o) => isPoint(o) && !isTargetRatio(o)),
    (o) => [o.indicator, o.area, countKey(o)].join('#'),
  ).values()) {
    const points = [...new Map(group.map((o) => [pointKey(o), o])).values()].sort((a, b) => pointKey(a).localeCompare(pointKey(b)));
    if (points.length < 2 || points.every((o) => claimed.has(o.id))) continue;
    // A newspaper's "gần 11.000" and a report's software count are not one series: a change between them may be the source's, not the count's.
    const kinds = new Set(points.map((o) => data.reports.get(o.report)?.meta.documentType));
    if (kinds.size > 1) {
      for (const o of points)
        reasons.set(
          o.id,
          `các số theo thời gian đến từ những loại văn bản khác nhau (${points.map((x) => `${x.id}: ${documentTypes[data.reports.get(x.report)!.meta.documentType].toLocaleLowerCase('vi')}`).join(', ')}): không nối thành một chuỗi`,
        );
      continue;
    }
    const [first, last] = [points[0]!, points.at(-1)!];
    claim({
      kind: 'time-series',
      slug: `${first.indicator}-${first.area}-theo-thoi-gian`,
      title: `${name(first)}, ${areaLabel(area(first))}`,
      subtitle: `${areaTitle(area(first))}, ${formatPeriod(first).replace(/^tại /, '')} đến ${formatPeriod(last).replace(/^tại /, '')}${counts(first)}`,
      observations: points,
    });
  }

  // 4. Areas compared on the same count. A share of a whole-term target measured mid-term is not a share of the same thing.
  const midTermShare = (o: Observation) =>
    o.percentOf !== undefined && proRataPace(data.observationById.get(o.percentOf)!, data.observationsByReport.get(o.report)) !== undefined;
  for (const o of results.filter(midTermShare))
    reasons.set(
      o.id,
      `tỷ lệ so với chỉ tiêu cả nhiệm kỳ, đo khi mới qua một phần nhiệm kỳ: không so được với tỷ lệ cuối kỳ; xem biểu đồ của ${o.percentOf}, so với mức cần đạt sau số năm đã qua`,
    );
  for (const group of groupBy(
    results.filter((o) => !midTermShare(o)),
    (o) => [o.indicator, countKey(o)].join('#'),
  ).values()) {
    const byArea = groupBy(group, (o) => o.area);
    if (byArea.size < 2) continue;
    if ([...byArea.values()].some((g) => g.length > 1)) {
      for (const o of group.filter((x) => !claimed.has(x.id) && !reasons.has(x.id)))
        reasons.set(o.id, 'một địa bàn có nhiều số cùng loại ở các kỳ khác nhau: không biết chọn số nào để so với địa bàn khác');
      continue;
    }
    const compared = [...group].sort((a, b) => data.areas.indexOf(area(a)) - data.areas.indexOf(area(b)));
    const levels = new Set(compared.map((o) => area(o).level));
    const places = compared.map((o) => `${areaTitle(area(o))} (${formatPeriod(o)})`).join(', ');
    const first = compared[0]!;
    const draft = (rate: ChartSpec['rate'], denominators?: Observation[]): Draft => ({
      kind: 'comparison',
      slug: `${first.indicator}-cac-dia-ban`,
      title: `${name(first)}${rate.includes('per-year') ? ', bình quân mỗi năm' : ''}${rate.includes('1000') ? ' trên 1.000 đảng viên' : ''}`,
      subtitle: `${places}${counts(first)}${rate.includes('per-year') ? ': bình quân mỗi năm của kỳ mỗi văn bản nêu' : ''}`,
      observations: compared,
      rate,
      denominators,
    });
    if (compared.every((o) => isRate(o.unit))) {
      claim(draft(''));
      continue;
    }
    const members = data.observationsByIndicator.get(MEMBERS_INDICATOR) ?? [];
    const denominators = compared.map((o) => memberCount(o, members));
    // A rate per 1,000 members reads the indicator's unit: validation holds every row to count it (checks of members, "lượt", have
    // their own indicator), so no row's printed noun is asked.
    const perMembers = countsMembers(first, data) && denominators.every(Boolean);
    const borrowed = compared.filter((o) => !statedInQuote(o));
    if (borrowed.length) {
      for (const o of compared)
        reasons.set(
          o.id,
          `câu của ${borrowed.map((x) => x.id).join(', ')} không nêu kỳ (“${borrowed[0]!.durationWords}” không nằm trong câu đó): không tính được bình quân mỗi năm`,
        );
      continue;
    }
    if (compared.every((o) => figureYears(o, data.observationsByReport.get(o.report)))) {
      if (perMembers) claim(draft('per-year-per-1000-members', denominators as Observation[]));
      else if (levels.size === 1) claim(draft('per-year'));
      else for (const o of compared) reasons.set(o.id, crossLevelReason);
    } else if (compared.every((o) => o.asOf)) {
      if (levels.size === 1) claim(draft(''));
      else for (const o of compared) reasons.set(o.id, crossLevelReason);
    } else for (const o of compared) reasons.set(o.id, 'số tại một thời điểm và số của cả một kỳ: không đặt cạnh nhau');
  }

  // 5. A breakdown: one area, one period, the groups one paragraph lists (parts and their totals are rule 2's). Groups from two
  // paragraphs are two lists (06 plans for one resolution, 02 guides on cell meetings elsewhere), not one.
  // A total with recorded parts is no group either: beside another list's groups it would set a sum beside single counts (159
  // checks and supervisions beside 12 checks of members).
  const totals = new Set(data.observations.flatMap((o) => (o.partOf ? [o.partOf] : [])));
  const listable = results.filter((o) => o.category && !isTargetRatio(o) && !o.partOf && !totals.has(o.id));
  for (const group of groupBy(listable, (o) =>
    [o.indicator, o.area, thingOf(o), o.scope, periodKey(o), o.report, o.anchor].join('#'),
  ).values()) {
    // A group the data records as the sum of others in the list (part_of, or a note "Bằng tổng …") is their total, not a group beside them.
    const sumOfOthers = (o: Observation) =>
      group.some((x) => x.partOf === o.id) ||
      (/tổng/i.test(o.note) && group.length > 2 && group.filter((y) => y !== o).reduce((n, y) => n + y.value, 0) === o.value);
    for (const o of group.filter(sumOfOthers)) {
      reasons.set(
        o.id,
        `tổng của các nhóm ${group
          .filter((x) => x !== o)
          .map((x) => x.id)
          .join(', ')} (ghi chú: “${o.note}”): không vẽ cạnh chính các phần của nó`,
      );
      group.splice(group.indexOf(o), 1);
    }
    if (group.every((o) => claimed.has(o.id))) continue;
    // Every group the same sentence lists in the same unit, whatever indicator the row was filed under ("06 nhà đại đoàn kết" beside
    // "08 nhà chính sách"): a lone figure of its indicator in that sentence, not another breakdown the sentence also gives.
    const first0 = group[0]!;
    const inSentence = (o: Observation) => o.area === first0.area && o.report === first0.report && o.quote === first0.quote;
    const lone = (o: Observation) => listable.filter((x) => x.indicator === o.indicator && inSentence(x)).length === 1;
    // Not for rates: two rates in one sentence are two measures ("niêm yết" 100%, "xây dựng" 96,3%), not groups of one count.
    for (const o of isRate(first0.unit) ? [] : listable)
      if (
        o.indicator !== first0.indicator &&
        lone(o) &&
        !claimed.has(o.id) &&
        inSentence(o) &&
        thingOf(o) === thingOf(first0) &&
        o.scope === first0.scope &&
        periodKey(o) === periodKey(first0) &&
        !group.some((x) => x.category === o.category)
      )
        group.push(o);
    if (group.length < 2 || new Set(group.map((o) => o.category)).size < group.length) continue;
    const ids = new Set(group.map((o) => o.id));
    // The same figures already drawn as parts of their total.
    if (drafts.some((d) => d.observations.length === ids.size && d.observations.every((o) => ids.has(o.id)))) continue;
    const first = group[0]!;
    claim({
      kind: 'comparison',
      slug: `${first.indicator}-${first.area}-theo-nhom`,
      title: `${name(first)}, ${areaLabel(area(first))}`,
      subtitle: `${areaTitle(area(first))}, ${formatPeriod(first)}: theo các nhóm văn bản nêu${first.scope ? ` (${first.scope})` : ''}`,
      observations: group,
      // The overlap note only where groups can overlap: people, not acts or documents.
      notes: countsPeople(first.unit) ? ['Một người có thể thuộc nhiều nhóm: không cộng các nhóm lại.'] : [],
    });
  }

  const specs = finish(drafts, editorial, data, reasons);
  const drawn = new Set([...specs, ...editorial].flatMap((s) => s.observations));
  return { specs, reasons: explain(data, drawn, reasons) };
}

const crossLevelReason =
  'một phường và một quận chỉ so sánh bằng tỷ lệ (%, hay trên 1.000 đảng viên khi số liệu đếm đảng viên và có số đảng viên của cả hai): số này không có';

/** Why a chart of these figures would say nothing: all equal, or bounds that cannot be ranked ("trên 96%" beside 96,7%). */
export function saysNothing(observations: Observation[]): string | undefined {
  const listed = observations.map((o) => `${o.printed} ở ${o.id}`).join(', ');
  if (
    observations.length > 1 &&
    observations.every((o) => o.value === observations[0]!.value && o.qualifier === observations[0]!.qualifier)
  )
    return `các số bằng nhau (${listed}): biểu đồ không cho thấy khác biệt nào`;
  for (const bound of observations.filter((o) => o.qualifier))
    for (const other of observations.filter((o) => o !== bound)) {
      const above = /^(trên|hơn|ngoài)/i.test(bound.qualifier) && other.value > bound.value;
      const below = /^(dưới|gần|khoảng|hầu)/i.test(bound.qualifier) && other.value < bound.value;
      if (above || below || (/^khoảng/i.test(bound.qualifier) && other.value !== bound.value))
        return `“${bound.printed}” là một giới hạn, không biết lớn hay nhỏ hơn ${other.printed} (${other.id}): không xếp được thứ tự`;
    }
  // Bars that differ by less than a hundredth of the longest look equal (99,2% and 100%): the sentence says it better than a chart.
  // Not so a result beside its target, read as met or missed.
  const values = observations.map((o) => o.value);
  const [least, most] = [Math.min(...values), Math.max(...values)];
  if (observations.length > 1 && most > 0 && most - least < most / 100 && !observations.some(isTargetRow))
    return `các số gần như bằng nhau (${listed}): trên biểu đồ các cột trông như nhau, khác biệt nhỏ hơn một phần trăm`;
  return undefined;
}

/**
 * Drafts as specs with unique ids and titles. A draft gives way when it would say nothing, or repeat a chart
 * drawn before it: the same figures, or the rates of the same counts (38 of 38 and 100%).
 */
function finish(drafts: Draft[], editorial: ChartSpec[], data: SiteData, reasons: Map<string, string>): ChartSpec[] {
  const used = new Set(editorial.map((s) => s.id));
  const titles = new Set(editorial.map((s) => s.title));
  const twin = new Map<string, string>();
  for (const o of data.observations)
    if (o.percentOf !== undefined) {
      twin.set(o.id, o.percentOf);
      twin.set(o.percentOf, o.id);
    }
  const drawnBy = new Map<string, string>();
  const mark = (id: string, ids: string[]) => ids.forEach((x) => drawnBy.set(x, id));
  for (const s of editorial) mark(s.id, s.observations);
  const accepted: Draft[] = [];
  for (const draft of drafts) {
    const ids = draft.observations.map((o) => o.id);
    const refuse = (reason: string) => ids.forEach((id) => reasons.set(id, reason));
    const nothing =
      saysNothing(draft.observations) ??
      twoBarsReason({ kind: draft.kind, rate: draft.rate ?? '' }, draft.observations, data.indicatorById);
    if (nothing) {
      refuse(nothing);
      continue;
    }
    const repeats = ids.map((id) => drawnBy.get(id) ?? drawnBy.get(twin.get(id) ?? ''));
    if (repeats.every(Boolean)) {
      if (!ids.every((id) => drawnBy.has(id)))
        refuse(`cùng các số (dạng số đếm hay tỷ lệ) đã vẽ ở biểu đồ ${[...new Set(repeats)].join(', ')}`);
      continue;
    }
    let id = draft.slug;
    for (let n = 2; used.has(id); n++) id = `${draft.slug}-${n}`;
    used.add(id);
    mark(id, ids);
    accepted.push({ ...draft, slug: id });
  }
  // Two charts under one title read as one: each says what sets it apart, the groups it lists (or its period).
  const sharing = groupBy(accepted, (d) => d.title);
  const specs: ChartSpec[] = [];
  for (const draft of accepted) {
    const ids = draft.observations.map((o) => o.id);
    const title = sharing.get(draft.title)!.length > 1 || titles.has(draft.title) ? `${draft.title}: ${apart(draft)}` : draft.title;
    if (titles.has(title)) {
      ids.forEach((x) => reasons.set(x, `trùng tiêu đề “${title}” với một biểu đồ khác`));
      continue;
    }
    titles.add(title);
    specs.push({
      id: draft.slug,
      kind: draft.kind,
      title,
      subtitle: draft.subtitle,
      observations: ids,
      annotations: [],
      rate: draft.rate ?? '',
      denominators: (draft.denominators ?? []).map((o) => o.id),
      differences: '',
      notes: draft.notes ?? [],
      featured: '',
    });
  }
  return specs;
}

/** What sets a chart apart from another under the same title: its groups ("hướng dẫn và kế hoạch về …"), else its period. */
function apart(draft: Draft): string {
  const groups = draft.observations.map((o) => o.category);
  if (groups.some((g) => !g) || groups.length > 3) return formatPeriod(draft.observations[0]!);
  const words = groups.map((g) => g.split(' '));
  let shared = 0;
  while (shared < words[0]!.length - 1 && words.every((w) => w.length - shared > 1 && w.at(-1 - shared) === words[0]!.at(-1 - shared)))
    shared++;
  // A shared ending of two words or more is said once: "hướng dẫn và kế hoạch về nâng cao chất lượng sinh hoạt chi bộ".
  const heads = shared >= 2 ? words.map((w) => w.slice(0, w.length - shared).join(' ')) : groups;
  const tail = shared >= 2 ? ` ${words[0]!.slice(-shared).join(' ')}` : '';
  return `${heads.slice(0, -1).join(', ')} và ${heads.at(-1)}${tail}`;
}

/** For every figure of an indicator with two or more that no chart draws: why, in words. */
function explain(data: SiteData, drawn: Set<string>, known: Map<string, string>): Map<string, ChartReason[]> {
  const byIndicator = new Map<string, ChartReason[]>();
  const partsOf = groupBy(
    data.observations.filter((o) => o.partOf),
    (o) => o.partOf!,
  );
  for (const [indicator, observations] of data.observationsByIndicator) {
    // A lone figure has nothing of its own to be compared with; it is explained only when a chart drew it once and gave way
    // (a total's two parts, each filed under its own indicator).
    if (observations.length < 2 && !observations.some((o) => known.has(o.id))) continue;
    const left = observations
      .filter((o) => !drawn.has(o.id))
      .map((o) => ({
        observation: o.id,
        reason: known.get(o.id) ?? partReason(o, partsOf, drawn) ?? closestDifference(o, observations, data),
      }));
    if (left.length) byIndicator.set(indicator, left);
  }
  return byIndicator;
}

/** A total whose parts are drawn, or a part of a drawn total, is on a chart already in another form. */
function partReason(o: Observation, partsOf: Map<string, Observation[]>, drawn: Set<string>): string | undefined {
  const parts = (partsOf.get(o.id) ?? []).filter((x) => drawn.has(x.id));
  if (parts.length) return `tổng in của các phần đã vẽ (${parts.map((x) => x.id).join(', ')}): biểu đồ các phần ghi tổng này ở phụ đề`;
  if (o.partOf && drawn.has(o.partOf))
    return `một phần (“trong đó”) của ${o.partOf}, số đã vẽ; phần này không có phần nào khác để đặt cạnh`;
  return undefined;
}

/** What keeps a figure apart from the nearest other figure of its indicator. */
function closestDifference(o: Observation, observations: Observation[], { areas, units }: SiteData): string {
  const others = observations.filter((x) => x.id !== o.id);
  if (isTargetRow(o)) return 'chỉ tiêu đề ra: không có kết quả cùng loại (tỷ lệ cùng phạm vi) để đặt cạnh';
  const same = others.filter((x) => !countDifference(o, x, units) && !isTargetRow(x));
  if (!same.length) {
    const nearest = others.find((x) => x.unit === o.unit) ?? others[0]!;
    return `không số nào khác của chỉ tiêu đếm cùng một thứ: so với ${nearest.id}, khác ${countDifference(o, nearest, units) ?? 'loại số'}`;
  }
  const sameArea = same.filter((x) => x.area === o.area);
  const reprinted = sameArea.filter((x) => x.value === o.value && periodKey(x) === periodKey(o));
  if (reprinted.length && reprinted.length === sameArea.length)
    return `số duy nhất của chỉ tiêu (in lại ở ${reprinted.map((x) => x.id).join(', ')}): không có số thứ hai để đặt cạnh`;
  if (sameArea.length)
    return `cùng địa bàn với ${sameArea.map((x) => x.id).join(', ')} nhưng kỳ chồng lên nhau (${formatPeriod(o)} và ${formatPeriod(sameArea[0]!)}): không phải chuỗi theo thời gian`;
  const level = (x: Observation) => areas.find((a) => a.id === x.area)!.level;
  if (same.some((x) => level(x) !== level(o))) return crossLevelReason;
  return 'số tại một thời điểm và số của cả một kỳ: không đặt cạnh nhau';
}
