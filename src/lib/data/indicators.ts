/** The indicator catalogue: what each figure measures, and whether areas can be compared on it. */
import { z } from 'zod';
import { slugPattern } from '../reports/schema.ts';

export const comparabilityLevels = {
  comparable: 'So sánh được giữa các địa bàn',
  'comparable-with-care': 'So sánh cần thận trọng',
  'not-comparable': 'Không so sánh được',
} as const;
export type Comparability = keyof typeof comparabilityLevels;

export const indicatorSchema = z.object({
  id: z.string().regex(slugPattern, 'id viết thường, không dấu, nối bằng "-"'),
  name: z.string().min(1, 'cần tên chỉ tiêu'),
  definition: z.string().min(1, 'cần định nghĩa'),
  unit: z.string().min(1, 'cần đơn vị'),
  topic: z.string().min(1, 'cần chủ đề'),
  comparability: z.enum(Object.keys(comparabilityLevels) as [Comparability, ...Comparability[]]),
  comparability_note: z.string(),
});
export type Indicator = z.infer<typeof indicatorSchema>;
