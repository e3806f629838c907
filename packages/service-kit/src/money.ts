/** «1 234,56 руб.»: whole kopecks in Russian notation, integer arithmetic only. */
export function formatRubles(kopecks: number): string {
  if (!Number.isSafeInteger(kopecks)) throw new RangeError(`not a whole number of kopecks: ${kopecks}`);
  const sign = kopecks < 0 ? '−' : '';
  const abs = Math.abs(kopecks);
  const rubles = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  const rest = String(abs % 100).padStart(2, '0');
  return `${sign}${rubles},${rest} руб.`;
}
