/** /favicon.svg, in the colours of the design tokens. */
import { faviconSvg } from '../lib/design/favicon.ts';

export const GET = () => new Response(faviconSvg(), { headers: { 'Content-Type': 'image/svg+xml' } });
