/** subset-font 2.x (the @types package lags behind it: no noHinting). Only what lib/fonts.ts uses. */
declare module 'subset-font' {
  interface SubsetFontOptions {
    targetFormat?: 'sfnt' | 'woff' | 'woff2' | 'truetype';
    /** Drop TrueType hinting instructions (hb-subset --no-hinting). */
    noHinting?: boolean;
  }
  export default function subsetFont(font: Buffer, text: string, options?: SubsetFontOptions): Promise<Buffer>;
}
