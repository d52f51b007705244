/** Okabe–Ito: a palette people with colour-vision deficiencies can tell apart. */
export const PALETTE = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#000000',
] as const;
export const colourAt = (index: number) => PALETTE[index % PALETTE.length]!;

/** "Other" (everything outside the top N) in neutral grey, so it never reads as one more category. */
export const OTHER_COLOUR = '#767676';

/** Dash patterns per line, so lines differ by more than colour (and in greyscale print). */
const DASHES = ['', '6 3', '2 2', '8 3 2 3', '1 4', '10 4'] as const;
export const dashAt = (index: number) => DASHES[index % DASHES.length]!;
