// Summaries of what an import would do or did, and the core's import errors laid out as a table.

import type { FieldError, ImportPlan } from '../bindings';
import { sentence } from '../forms';
import { t } from '../i18n';

/** "3 to add, 1 to update, 2 unchanged". */
export function summarisePlan(plan: ImportPlan): string {
  const m = t().subprocessors.plan;
  const parts: string[] = [];
  if (plan.added > 0) parts.push(m.toAdd(plan.added));
  if (plan.updated > 0) parts.push(m.toUpdate(plan.updated));
  if (plan.unchanged > 0) parts.push(m.unchanged(plan.unchanged));
  return parts.length === 0 ? m.noRows : parts.join(', ');
}

/** "Imported suppliers.csv: 3 added, 1 updated, 2 unchanged." */
export function summariseApplied(plan: ImportPlan, fileName: string): string {
  const m = t().subprocessors.plan;
  return m.applied(fileName, [m.added(plan.added), m.updated(plan.updated), m.unchanged(plan.unchanged)].join(', '));
}

/** Whether confirming would change anything. */
export function changesAnything(plan: ImportPlan): boolean {
  return plan.added + plan.updated > 0;
}

export type ImportError = { line: number | null; column: string; reason: string };

/**
 * The core names an import error's place as "line 4, Country" (or "line 4" for the row, or a name such as "file"
 * for the whole file). Sorted by line, whole-file errors first.
 */
export function importErrors(fields: readonly FieldError[]): ImportError[] {
  const rows = fields.map(({ field, reason }) => {
    const m = /^line\s+(\d+)\s*(?:,\s*(.*))?$/i.exec(field.trim());
    return m
      ? { line: Number(m[1]), column: (m[2] ?? '').trim(), reason: sentence(reason) }
      : { line: null, column: field, reason: sentence(reason) };
  });
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => (a.row.line ?? -1) - (b.row.line ?? -1) || a.index - b.index)
    .map(({ row }) => row);
}

/** A preview row's action as the badge names it; an action the window does not know, as the core wrote it. */
export function actionLabel(action: string): string {
  const labels: Readonly<Record<string, string>> = t().subprocessors.import.actions;
  return labels[action] ?? action;
}
