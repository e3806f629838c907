const CANONICAL = /^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;
const VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
const DIGITS: [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** The value of a Roman numeral in its one standard spelling (1..3999), or null for anything else (IIII, VX, ii). */
export function parseRomanNumeral(text: string): number | null {
  if (text === '' || !CANONICAL.test(text)) return null;
  let total = 0;
  for (let i = 0; i < text.length; i += 1) {
    const value = VALUES[text[i]];
    const next = i + 1 < text.length ? VALUES[text[i + 1]] : 0;
    total += value < next ? -value : value;
  }
  return total;
}

export function toRomanNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 3999) throw new RangeError(`no Roman numeral for ${value}`);
  let rest = value;
  let text = '';
  for (const [amount, digits] of DIGITS) {
    for (; rest >= amount; rest -= amount) text += digits;
  }
  return text;
}
