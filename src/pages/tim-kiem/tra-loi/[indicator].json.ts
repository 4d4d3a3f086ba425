/** An indicator's answer for the search page (lib/search/records.ts, indicatorAnswer): fetched when a query names it. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartsDrawing } from '../../../lib/charts/site-charts.ts';
import { siteData } from '../../../lib/data/site-data.ts';
import { routes } from '../../../lib/routes.ts';
import { indicatorAnswer, type IndicatorAnswer } from '../../../lib/search/records.ts';

export const getStaticPaths: GetStaticPaths = () =>
  [...siteData().observationsByIndicator.keys()].map((indicator) => ({ params: { indicator } }));

export const GET: APIRoute = ({ params }) => {
  const data = siteData();
  const observations = data.observationsByIndicator.get(params.indicator!)!;
  const chart = chartsDrawing(new Set(observations.map((o) => o.id)))[0];
  const answer: IndicatorAnswer = {
    figures: indicatorAnswer(data, observations),
    ...(chart
      ? {
          chart: {
            href: routes.chart(chart.spec.id),
            title: chart.model.title,
            description: chart.description,
            narrow: { src: routes.searchChart(chart.spec.id), width: chart.images.narrow.width, height: chart.images.narrow.height },
            wide: { src: routes.chartFile(chart.spec.id, '', 'svg'), width: chart.images.wide.width, height: chart.images.wide.height },
          },
        }
      : {}),
  };
  return new Response(JSON.stringify(answer), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
