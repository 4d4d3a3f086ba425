/** Areas: Hà Nội → quận → phường, the hierarchy every figure and report hangs on. */
import { z } from 'zod';
import { capitalise } from '../text/case.ts';

export const areaLevels = { 'thanh-pho': 'thành phố', quan: 'quận', phuong: 'phường' } as const;

export const areaSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'slug viết thường, không dấu, nối bằng "-"'),
  name: z.string().min(1),
  level: z.enum(Object.keys(areaLevels) as [keyof typeof areaLevels, ...(keyof typeof areaLevels)[]]),
  parent: z.string(),
});
export type Area = z.infer<typeof areaSchema>;

/** "phường Đức Giang", "quận Long Biên". */
export function areaLabel(area: Area): string {
  return `${areaLevels[area.level]} ${area.name}`;
}

/** The label starting a heading or a chart row: "Phường Đức Giang". */
export function areaTitle(area: Area): string {
  return capitalise(areaLabel(area));
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
