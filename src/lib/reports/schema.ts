/** Frontmatter of a report edition (content/reports/<slug>.mdx). */
import { z } from 'zod';

export const documentTypes = {
  'bao-cao': 'Báo cáo chính thức',
  'du-thao-bao-cao-chinh-tri': 'Dự thảo báo cáo chính trị',
  'bai-tap-chi': 'Bài tạp chí',
  'bai-bao': 'Bài báo',
  'tin-tuc': 'Tin tức',
} as const;
export type DocumentType = keyof typeof documentTypes;

/** YYYY, YYYY-MM or YYYY-MM-DD: reports often give only a month or a year. */
export const partialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'ngày dạng YYYY, YYYY-MM hoặc YYYY-MM-DD')
  .refine(dayExists, { message: 'ngày không có trong lịch (tháng này không có ngày đó)' });

/** "2020-02-30" matches the pattern but is no day: the calendar decides. */
function dayExists(date: string): boolean {
  const [year, month, day] = date.split('-').map(Number);
  return day === undefined || new Date(Date.UTC(year!, month! - 1, day)).getUTCDate() === day;
}

/**
 * A date that has happened: a figure or a report dated after today is a typing error (2999 for 1999). Today, not the build
 * date, which is the last commit's: a report added since is dated after it.
 */
export const pastDate = partialDate.refine((date) => date <= new Date().toISOString().slice(0, date.length), {
  message: 'ngày ở tương lai',
});

export const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Marks a frontmatter value a draft left for the editor (npm run import); the build stops while one is left. */
export const TO_FILL = 'CẦN ĐIỀN';

export const reportSchema = z
  .object({
    title: z.string().min(1),
    shortTitle: z.string().min(1),
    summary: z.string().min(1),
    documentType: z.enum(Object.keys(documentTypes) as [DocumentType, ...DocumentType[]]),
    issuer: z.string().min(1),
    issuerPrinted: z.array(z.string()).optional(),
    motto: z.string().optional(),
    documentNumber: z.string().optional(),
    datePrinted: z.string().optional(),
    date: pastDate.optional(),
    kindPrinted: z.string().optional(),
    subtitle: z.string().optional(),
    outlet: z.string().optional(),
    author: z.string().optional(),
    bylinePrinted: z.string().optional(),
    areas: z.array(z.string().regex(slugPattern)).min(1),
    period: z.object({ start: pastDate, end: pastDate, label: z.string().min(1) }),
    draft: z.boolean(),
    source: z.object({ file: z.string().regex(/^[a-z0-9-]+\.txt$/), originalName: z.string().min(1) }),
    omitted: z.array(z.object({ text: z.string().min(1), reason: z.string().min(1) })).default([]),
    editorialNotes: z.array(z.string()).default([]),
  })
  .strict()
  .refine((r) => r.period.start <= r.period.end, { message: 'period.start phải trước period.end', path: ['period'] });

export type ReportMeta = z.infer<typeof reportSchema>;

/** The year a reader would file the report under: its date, else the end of its period. */
export function reportYear(meta: Pick<ReportMeta, 'date' | 'period'>): number {
  return Number((meta.date ?? meta.period.end).slice(0, 4));
}
