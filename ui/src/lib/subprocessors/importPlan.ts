// Summaries of what an import would do or did, and the core's import errors laid out as a table.

import type { FieldError, ImportPlan } from '../bindings';
import { sentence } from '../forms';

/** "3 to add, 1 to update, 2 unchanged". */
export function summarisePlan(plan: ImportPlan): string {
  const parts: string[] = [];
  if (plan.added > 0) parts.push(`${plan.added} to add`);
  if (plan.updated > 0) parts.push(`${plan.updated} to update`);
  if (plan.unchanged > 0) parts.push(`${plan.unchanged} unchanged`);
  return parts.length === 0 ? 'The file has no rows.' : parts.join(', ');
}

/** "Imported suppliers.csv: 3 added, 1 updated, 2 unchanged." */
export function summariseApplied(plan: ImportPlan, fileName: string): string {
  const parts = [`${plan.added} added`, `${plan.updated} updated`, `${plan.unchanged} unchanged`];
  return `Imported ${fileName}: ${parts.join(', ')}.`;
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

export const ACTION_LABELS: Record<string, string> = { add: 'Add', update: 'Update', unchanged: 'Unchanged' };
