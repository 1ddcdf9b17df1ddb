// Files dragged onto the window: only an Evidence section takes them. Anywhere else the web view's default would
// open the dropped file in place of the app (Tauri's own file-drop handling is off so that the section gets HTML
// drops), so a drop nothing took is refused.

/** Refuses, on `target`, every file drag and drop that no element under it has taken (called `preventDefault`). */
export function refuseStrayDrops(target: Window | HTMLElement): () => void {
  const refuse = (e: Event) => {
    const d = e as DragEvent;
    if (d.defaultPrevented || !d.dataTransfer?.types.includes('Files')) return;
    d.preventDefault();
    d.dataTransfer.dropEffect = 'none';
  };
  // The bubbling phase: an Evidence section's own handlers have run by then.
  target.addEventListener('dragover', refuse);
  target.addEventListener('drop', refuse);
  return () => {
    target.removeEventListener('dragover', refuse);
    target.removeEventListener('drop', refuse);
  };
}
