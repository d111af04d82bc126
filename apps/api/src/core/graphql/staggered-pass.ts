/**
 * A periodic task over every open socket, spread over its interval instead of run as one pass: each
 * member joins the smallest of `phases` groups and is visited once per interval, when its group's
 * turn comes (every interval / phases). One pass over a thousand sockets (a ping or a Redis command
 * each) held the event loop for tens of milliseconds, and an event delivered just then waited for
 * all of it (ADR 0020); a phase's slice is a few sockets.
 */
export class StaggeredPass<T> {
  private readonly groups: Set<T>[];
  private turn = 0;
  private timer: NodeJS.Timeout | null = null;

  /** `visit` gets the members whose turn it is (the group itself: removing a member meanwhile is safe). */
  constructor(
    private readonly intervalMs: number,
    phases: number,
    private readonly visit: (due: ReadonlySet<T>) => void,
  ) {
    this.groups = Array.from({ length: phases }, () => new Set<T>());
  }

  /** Joins the smallest group: members arriving together (a thousand tabs after a restart) still spread evenly. */
  add(member: T): void {
    let smallest = this.groups[0] as Set<T>;
    for (const group of this.groups) if (group.size < smallest.size) smallest = group;
    smallest.add(member);
  }

  delete(member: T): void {
    for (const group of this.groups) if (group.delete(member)) return;
  }

  start(): void {
    this.timer = setInterval(() => this.next(), this.intervalMs / this.groups.length);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private next(): void {
    const due = this.groups[this.turn] as Set<T>;
    this.turn = (this.turn + 1) % this.groups.length;
    if (due.size > 0) this.visit(due);
  }
}
