/**
 * Arithmetic cross-checks between figures the text prints together: a ratio
 * and its percentage, parts and their total. Disagreements become data notes
 * shown on the site; the source values are never changed.
 */
import { groupBy } from '../group.ts';
import { formatNumber } from '../numbers/format.ts';
import { printedDecimals } from '../numbers/printed.ts';
import type { Observation } from './observations.ts';

export interface DataNote {
  id: string;
  kind: 'percent' | 'parts';
  /** The observation the note is about (the percentage, or the total). */
  observation: string;
  related: string[];
  report: string;
  printed: string;
  computed: number;
  message: string;
}

const format = (n: number, decimals = 2) => formatNumber(n, { decimals });
const percent = (n: number, decimals = 2) => formatNumber(n, { decimals }, '%');

/** The ratio a percentage restates: numerator/denominator of the referenced row, or its value over its own denominator. */
function ratioOf(target: Observation): { numerator: number; denominator: number } | undefined {
  if (target.numerator !== undefined && target.denominator !== undefined) return { numerator: target.numerator, denominator: target.denominator };
  return undefined;
}

export function checkConsistency(observations: Observation[]): DataNote[] {
  const byId = new Map(observations.map((o) => [o.id, o]));
  const notes: DataNote[] = [];

  for (const o of observations) {
    if (!o.percentOf || o.unit !== '%') continue;
    const target = byId.get(o.percentOf);
    const ratio = target && ratioOf(target);
    if (!target || !ratio || ratio.denominator === 0) continue;
    const computed = (ratio.numerator / ratio.denominator) * 100;
    const decimals = printedDecimals(o.printed);
    const tolerance = 0.5 * 10 ** -decimals + 1e-9;
    // "đạt X%" of a target, "vượt X%" over it: both readings are checked.
    const candidates = [computed, computed - 100];
    if (candidates.some((c) => Math.abs(c - o.value) <= tolerance)) continue;
    const truncated = Math.trunc(computed * 10 ** decimals) / 10 ** decimals;
    notes.push({
      id: `ghi-chu-${o.id}`,
      kind: 'percent',
      observation: o.id,
      related: [target.id],
      report: o.report,
      printed: o.printed,
      computed,
      message:
        Math.abs(truncated - o.value) < 1e-9
          ? `In “${o.printed}”; ${target.printed} = ${percent(computed, decimals + 2)}, làm tròn là ${percent(computed, decimals)} (văn bản cắt bớt chữ số thay vì làm tròn).`
          : `In “${o.printed}”, nhưng ${target.printed} = ${percent(computed)} (chênh ${format(o.value - computed)} điểm phần trăm).`,
    });
  }

  const ITEMISED_PARTS = 3;
  const parts = groupBy(
    observations.filter((o) => o.partOf),
    (o) => o.partOf!,
  );
  for (const [totalId, members] of parts) {
    const total = byId.get(totalId);
    if (!total || members.some((m) => m.unit !== total.unit)) continue;
    const sum = members.reduce((s, m) => s + m.value, 0);
    if (Math.abs(sum - total.value) <= 1e-9 * Math.max(1, total.value)) continue;
    // One or two parts short of the total are usually "trong đó" (of which): not a disagreement.
    // Parts over the total, or an itemised breakdown (three or more parts) that misses it, are.
    if (sum < total.value && members.length < ITEMISED_PARTS) continue;
    notes.push({
      id: `ghi-chu-${total.id}`,
      kind: 'parts',
      observation: total.id,
      related: members.map((m) => m.id),
      report: total.report,
      printed: total.printed,
      computed: sum,
      message: `Tổng in là “${total.printed}”, nhưng cộng các phần được nêu (${members.map((m) => m.printed).join(' + ')}) được ${format(sum)}.`,
    });
  }
  return notes;
}
