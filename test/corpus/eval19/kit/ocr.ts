import type { Rng } from './rng.js';

/** Character confusions an OCR engine makes on a 200-dpi office scan. */
const SWAPS: [RegExp, string][] = [
  [/m/, 'rn'],
  [/rn/, 'm'],
  [/O/, '0'],
  [/l/, '1'],
  [/I/, 'l'],
  [/e/, 'c'],
  [/cl/, 'd'],
  [/h/, 'b'],
  [/S/, '5'],
  [/,/, '.'],
  [/i/, 'í'],
  [/t/, 'f'],
];

/** Applies a little OCR noise to one line: a few misread characters, a dropped or split space, a stray edge mark. */
export function ocrLine(line: string, rng: Rng, rate: number): string {
  const words = line.split(' ');
  const out: string[] = [];
  for (const w of words) {
    let word = w;
    if (word.length > 3 && rng.chance(rate)) {
      const [re, rep] = rng.pick(SWAPS);
      if (re.test(word)) word = word.replace(re, rep);
    }
    if (word.length > 6 && rng.chance(rate / 4)) {
      const cut = rng.int(2, word.length - 2);
      word = `${word.slice(0, cut)} ${word.slice(cut)}`;
    }
    out.push(word);
  }
  let text = out.join(' ');
  if (rng.chance(rate / 3)) text = text.replace(/ (\S+)$/, '$1');
  return text;
}

/** A stray mark picked up at the page edge (binding shadow, hole punch, staple). */
export function strayMark(rng: Rng): string {
  return rng.pick(['|', "'", '.', ':', 'i', '!', '`', ',', 'l', '|.']);
}
