import { RecommendationStatus } from '@ecw/domain';

interface Tracked {
  status: RecommendationStatus;
  dueOn: string | null;
}

/** Past its due date (a local date, `YYYY-MM-DD`) and still open or in progress. */
export function isOverdue(recommendation: Tracked, today: string): boolean {
  const open =
    recommendation.status === RecommendationStatus.OPEN ||
    recommendation.status === RecommendationStatus.IN_PROGRESS;
  return open && recommendation.dueOn !== null && recommendation.dueOn < today;
}

/** Overdue ones first (earliest due first), then the rest in their original order. */
export function overdueFirst<T extends Tracked>(recommendations: readonly T[], today: string): T[] {
  const overdue = recommendations
    .filter((r) => isOverdue(r, today))
    .sort((a, b) => (a.dueOn ?? '').localeCompare(b.dueOn ?? ''));
  return [...overdue, ...recommendations.filter((r) => !isOverdue(r, today))];
}

/** Today as a local date in the viewer's time zone, comparable with `dueOn`. */
export function localToday(now: Date = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}
