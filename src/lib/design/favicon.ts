/** The site's icon, a "B" on the accent colour, drawn from the design tokens. */
import { LIGHT } from './tokens.ts';

export function faviconSvg(): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="${LIGHT.accent}"/>` +
    `<path d="M9 8h10a5 5 0 0 1 0 10h-6v6H9z" fill="${LIGHT.paper}"/><path d="M13 12h5a1.5 1.5 0 0 1 0 3h-5z" fill="${LIGHT.accent}"/></svg>\n`
  );
}
