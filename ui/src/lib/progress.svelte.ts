// The long work running now (printing the binder, an import, a backup, the export of everything), as its progress
// bar shows it. `callLong` begins and ends a job and feeds it the core's steps; the bar's Cancel asks the core to
// stop at its next step.
import type { ProgressStep } from './bindings';

export interface Job {
  id: number;
  command: string;
  step: ProgressStep | null;
  /** Cancel was pressed: the bar says it is stopping until the core answers. */
  stopping: boolean;
}

class ProgressState {
  job = $state<Job | null>(null);
  #next = 1;

  begin(command: string): number {
    const id = this.#next++;
    this.job = { id, command, step: null, stopping: false };
    return id;
  }

  update(id: number, step: ProgressStep): void {
    if (this.job?.id === id) this.job = { ...this.job, step };
  }

  stopping(): void {
    if (this.job) this.job = { ...this.job, stopping: true };
  }

  end(id: number): void {
    if (this.job?.id === id) this.job = null;
  }
}

export const progress = new ProgressState();

/** How far the work is, from 0 to 1, or null while the stage cannot be counted. */
export function fraction(step: ProgressStep | null): number | null {
  if (!step || step.total <= 0) return null;
  return Math.min(1, Math.max(0, step.done / step.total));
}
