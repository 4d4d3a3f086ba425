/**
 * Areas: Hà Nội → quận → phường, the hierarchy every figure and report hangs
 * on. Since 1 July 2025 local government has two tiers: districts ended on
 * 30 June 2025 and new wards sit directly under the city. An area therefore
 * carries the dates it was an administrative unit, and its page says so.
 */
import { z } from 'zod';
import { formatPartialDate } from '../numbers/format.ts';
import { partialDate } from '../reports/schema.ts';
import { routes } from '../routes.ts';
import { capitalise } from '../text/case.ts';

export const areaLevels = { 'thanh-pho': 'thành phố', quan: 'quận', phuong: 'phường' } as const;

const optionalDate = z.union([z.literal(''), partialDate]);

export const areaSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'slug viết thường, không dấu, nối bằng "-"'),
    name: z.string().min(1),
    level: z.enum(Object.keys(areaLevels) as [keyof typeof areaLevels, ...(keyof typeof areaLevels)[]]),
    parent: z.string(),
    /** First day as an administrative unit, when it began within the period the site covers. */
    valid_from: optionalDate,
    /** Last day as an administrative unit ("2025-06-30" for the districts). */
    valid_to: optionalDate,
  })
  .refine((a) => !a.valid_from || !a.valid_to || a.valid_from <= a.valid_to, { message: 'valid_from phải trước valid_to', path: ['valid_to'] });
export type Area = z.infer<typeof areaSchema>;

/** "phường Đức Giang", "quận Long Biên". */
export function areaLabel(area: Area): string {
  return `${areaLevels[area.level]} ${area.name}`;
}

/** The label starting a heading or a chart row: "Phường Đức Giang". */
export function areaTitle(area: Area): string {
  return capitalise(areaLabel(area));
}

/** Districts and wards have a page; the city is the frame of the whole site and has none. */
export function hasAreaPage(area: Area): boolean {
  return area.level !== 'thanh-pho';
}

/** The chain from the top of the hierarchy down to the area itself. */
export function areaAncestry(areas: Area[], id: string): Area[] {
  const byId = new Map(areas.map((a) => [a.id, a]));
  const path: Area[] = [];
  for (let current = byId.get(id); current; current = byId.get(current.parent)) {
    if (path.includes(current)) throw new Error(`Vòng lặp trong cây địa bàn tại "${current.id}"`);
    path.unshift(current);
  }
  return path;
}

/** When the area was an administrative unit, in words, or '' when the site knows no limit: "đến hết 30/6/2025". */
export function areaValidity(area: Area): string {
  const from = area.valid_from && `từ ${formatPartialDate(area.valid_from)}`;
  const to = area.valid_to && `đến hết ${formatPartialDate(area.valid_to)}`;
  return [from, to].filter(Boolean).join(' ');
}

export interface AreaPlace {
  /** "Phường", "Quận". */
  level: string;
  /** The areas above it, nearest first, each with its page when it has one and its validity. */
  within: { label: string; href?: string; validity: string }[];
  /** "Quận Long Biên là đơn vị hành chính đến hết 30/6/2025." or ''. */
  validity: string;
}

/** Where an area sits, for the first line of its page: "Phường thuộc quận Long Biên, thành phố Hà Nội." */
export function areaPlace(areas: Area[], area: Area): AreaPlace {
  const validity = areaValidity(area);
  return {
    level: capitalise(areaLevels[area.level]),
    within: areaAncestry(areas, area.id)
      .slice(0, -1)
      .reverse()
      .map((a) => ({ label: areaLabel(a), href: hasAreaPage(a) ? routes.area(a.id) : undefined, validity: areaValidity(a) })),
    validity: validity && `${areaTitle(area)} là đơn vị hành chính ${validity}.`,
  };
}

/**
 * The last day of the districts: from 1 July 2025 local government has two
 * tiers (the city; communes and wards), so a district named in a report is a
 * place of its time, not a unit a reader can look up today.
 */
export const TWO_TIER_LAST_DAY = '2025-06-30';
export const TWO_TIER_FIRST_DAY = '2025-07-01';

