/**
 * Distance for residents: one decimal with a Dutch comma under 10 km, whole km above.
 * @example formatDistanceKm(1234, 'nl') === '1,2'
 */
export function formatDistanceKm(meters: number, lang: 'nl' | 'en'): string {
  const km = meters / 1000;
  return new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: km < 10 ? 1 : 0, minimumFractionDigits: km < 10 ? 1 : 0 }).format(km);
}
