/** Background colours as Range.getBackground reports them: lower-case '#rrggbb', white when none. */
export const WHITE = '#ffffff';

// The CSS basic colour names, which Range.setBackground accepts alongside hex.
const NAMED: Record<string, string> = {
  black: '#000000',
  silver: '#c0c0c0',
  gray: '#808080',
  grey: '#808080',
  white: WHITE,
  maroon: '#800000',
  red: '#ff0000',
  purple: '#800080',
  fuchsia: '#ff00ff',
  green: '#008000',
  lime: '#00ff00',
  olive: '#808000',
  yellow: '#ffff00',
  navy: '#000080',
  blue: '#0000ff',
  teal: '#008080',
  aqua: '#00ffff',
  orange: '#ffa500',
};

/**
 * The colour to store for a cell, or undefined for none: null clears a background
 * (https://developers.google.com/apps-script/reference/spreadsheet/range#setBackground(String)),
 * and white is stored as none so that the workspace stays sparse.
 */
export function normaliseColour(colour: unknown): string | undefined {
  if (colour === null || colour === undefined || colour === '') return undefined;
  const text = String(colour).trim().toLowerCase();
  let hex = NAMED[text] ?? text;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(hex);
  if (short) hex = `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  if (!/^#[0-9a-f]{6}$/.test(hex)) throw new Error(`The emulator does not know the colour "${String(colour)}".`);
  return hex === WHITE ? undefined : hex;
}
