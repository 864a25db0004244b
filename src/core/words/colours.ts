/**
 * Colours for `animal`-style person code names (`Teal Heron`), stored lower case and rendered in
 * title case. Curated to leave out colours that name skin, hair, ethnicity or a political side
 * (black, white, brown, red, yellow, pink, ...) and colours that are first names (amber, ruby, ...).
 */
export const COLOURS: readonly string[] = [
  'amethyst', 'apricot', 'aqua', 'aquamarine', 'azure', 'beige', 'blue', 'brass', 'bronze', 'burgundy',
  'celadon', 'cerulean', 'charcoal', 'citrine', 'cobalt', 'crimson', 'cyan', 'denim', 'ecru', 'emerald',
  'fuchsia', 'gold', 'graphite', 'green', 'grey', 'khaki', 'lapis', 'lemon', 'lilac', 'lime', 'magenta',
  'marigold', 'mauve', 'mint', 'moss', 'mustard', 'ochre', 'orange', 'orchid', 'periwinkle', 'pewter', 'pine',
  'plum', 'purple', 'russet', 'rust', 'salmon', 'sepia', 'silver', 'slate', 'straw', 'tangerine', 'taupe',
  'teal', 'thistle', 'turquoise', 'umber', 'vermilion', 'viridian', 'walnut', 'wheat',
];
