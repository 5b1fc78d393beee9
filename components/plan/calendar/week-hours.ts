/** The hours of the week view: the working day, stretched to reach any post before or after it. */
import type { PlacedPost } from './arrange-posts';

const FIRST_HOUR = 6;
const LAST_HOUR = 22;

export const hourOf = (placed: PlacedPost): number => Number(placed.localTime.slice(0, 2));
export const hourLabel = (hour: number): string => `${String(hour).padStart(2, '0')}:00`;

export function hoursToShow(posts: readonly PlacedPost[]): number[] {
  const hours = posts.map(hourOf);
  const first = Math.min(FIRST_HOUR, ...hours);
  const last = Math.max(LAST_HOUR, ...hours);
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}
