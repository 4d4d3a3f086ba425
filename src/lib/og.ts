/** Open Graph cards (1200×630 PNG) for sharing reports, indicators and charts, drawn with the shipped font. */
import { escapeXml, wrapText } from './charts/text.ts';
import { LIGHT } from './design/tokens.ts';
import { displayUrl, routes } from './routes.ts';
import { SITE_NAME } from './site.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
/** The site's own card, for pages that have none of their own. */
export const DEFAULT_OG_CARD = 'trang-chu';

export interface OgCard {
  /** File name under /og/, without extension. */
  name: string;
  kicker: string;
  title: string;
  detail: string;
}

export function ogSvg(card: OgCard): string {
  const titleLines = wrapText(card.title, OG_WIDTH - 160, 52, true).slice(0, 5);
  const title = titleLines
    .map((line, i) => `<text x="80" y="${220 + i * 66}" font-size="52" font-weight="700" fill="${LIGHT.ink}">${escapeXml(line)}</text>`)
    .join('');
  const detail = wrapText(card.detail, OG_WIDTH - 160, 28).slice(0, 2);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}" font-family="'Be Vietnam Pro', sans-serif">` +
    `<rect width="100%" height="100%" fill="${LIGHT.paper}"/><rect width="24" height="100%" fill="${LIGHT.accent}"/>` +
    `<text x="80" y="110" font-size="30" font-weight="700" fill="${LIGHT.accent}">${escapeXml(SITE_NAME)} · ${escapeXml(card.kicker)}</text>` +
    title +
    detail
      .map(
        (line, i) =>
          `<text x="80" y="${560 - (detail.length - 1 - i) * 38}" font-size="28" fill="${LIGHT.muted}">${escapeXml(line)}</text>`,
      )
      .join('') +
    `<text x="${OG_WIDTH - 60}" y="600" font-size="22" fill="${LIGHT.muted}" text-anchor="end">${escapeXml(displayUrl(routes.home()).replace(/\/$/, ''))}</text>` +
    '</svg>'
  );
}
