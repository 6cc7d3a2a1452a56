/** Mean Earth radius in km (IUGG). */
const EARTH_RADIUS_KM = 6371.0088;

const rad = (deg: number): number => (deg * Math.PI) / 180;

/**
 * Great-circle distance in km between two WGS84 points given in degrees (haversine).
 *
 * @example
 * distanceKm(48.853, 2.349, 33.661, -95.556) // ≈ 7,700: Paris, France to Paris, Texas
 */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const h = Math.sin(rad(lat2 - lat1) / 2) ** 2 + Math.cos(rad(lat1)) * Math.cos(rad(lat2)) * Math.sin(rad(lon2 - lon1) / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
