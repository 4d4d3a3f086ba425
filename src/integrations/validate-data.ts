/**
 * Validate every table before Astro builds a single page: a data error stops
 * the build with file, line, column and fix, and no partial site is written.
 */
import type { AstroIntegration } from 'astro';
import { loadCharts } from '../lib/charts/site-charts.ts';
import { DataValidationError } from '../lib/data/errors.ts';
import { loadValidatedDataInParallel } from '../lib/data/site-data.ts';

export function validateData(): AstroIntegration {
  return {
    name: 'bao-cao-mo:validate-data',
    hooks: {
      'astro:config:setup': async ({ logger }) => {
        const data = await loadValidatedDataInParallel();
        const { charts, issues } = loadCharts(data);
        if (issues.length) throw new DataValidationError(issues);
        logger.info(
          `${data.observations.length} số liệu, ${data.indicators.length} chỉ tiêu, ${charts.length} biểu đồ, ${data.notes.length} ghi chú dữ liệu: hợp lệ`,
        );
      },
    },
  };
}
