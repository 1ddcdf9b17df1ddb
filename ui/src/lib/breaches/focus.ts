// Moving the focus to the first field the core refused: a plain control has the id `<prefix>-<field>` (or the one
// `ids` gives it); a group of boxes is found by its `data-field` and its first box takes the focus.

export function focusField(
  prefix: string,
  field: string | null,
  ids: Readonly<Record<string, string>> = {},
  root: ParentNode = document,
): void {
  if (field === null) {
    root.querySelector<HTMLElement>('[data-testid="form-errors"]')?.scrollIntoView({ block: 'center' });
    return;
  }
  const el =
    (root.querySelector<HTMLElement>(`#${CSS.escape(ids[field] ?? `${prefix}-${field}`)}`) ??
      root.querySelector<HTMLElement>(`[data-field="${field}"] input`)) ||
    null;
  el?.focus();
  el?.scrollIntoView?.({ block: 'center' });
}
