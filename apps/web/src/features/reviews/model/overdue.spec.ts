import { RecommendationStatus } from '@ecw/domain';
import { isOverdue, localToday, overdueFirst } from './overdue';

const rec = (id: string, status: RecommendationStatus, dueOn: string | null) => ({ id, status, dueOn });

describe('overdue recommendations', () => {
  const today = '2026-06-15';

  it('is overdue only when past due and still open or in progress', () => {
    expect(isOverdue(rec('a', RecommendationStatus.OPEN, '2026-06-14'), today)).toBe(true);
    expect(isOverdue(rec('b', RecommendationStatus.IN_PROGRESS, '2026-01-01'), today)).toBe(true);
    expect(isOverdue(rec('c', RecommendationStatus.OPEN, today), today)).toBe(false);
    expect(isOverdue(rec('d', RecommendationStatus.DONE, '2026-01-01'), today)).toBe(false);
    expect(isOverdue(rec('e', RecommendationStatus.DROPPED, '2026-01-01'), today)).toBe(false);
    expect(isOverdue(rec('f', RecommendationStatus.OPEN, null), today)).toBe(false);
  });

  it('puts overdue ones first, earliest due first, and keeps the rest in order', () => {
    const list = [
      rec('later', RecommendationStatus.OPEN, '2026-07-01'),
      rec('late2', RecommendationStatus.OPEN, '2026-06-10'),
      rec('done', RecommendationStatus.DONE, '2026-01-01'),
      rec('late1', RecommendationStatus.IN_PROGRESS, '2026-05-01'),
    ];
    expect(overdueFirst(list, today).map((r) => r.id)).toEqual(['late1', 'late2', 'later', 'done']);
  });

  it('formats today as a local date', () => {
    expect(localToday(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
