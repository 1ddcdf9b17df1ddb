// Escape closes the topmost panel or dialog only: each open layer registers its close action here, and the last
// one opened is the one that answers.

type Close = () => void;
const stack: Close[] = [];
let listening = false;

function onKeydown(event: KeyboardEvent): void {
  if (event.key !== 'Escape' || event.defaultPrevented || stack.length === 0) return;
  event.preventDefault();
  stack[stack.length - 1]();
}

/** How many panels and dialogs are open: a screen's own shortcuts stay quiet while one is. */
export function openLayers(): number {
  return stack.length;
}

/** Registers a layer's close action; returns the function that unregisters it. */
export function pushLayer(close: Close): () => void {
  if (!listening && typeof window !== 'undefined') {
    window.addEventListener('keydown', onKeydown);
    listening = true;
  }
  stack.push(close);
  return () => {
    const i = stack.lastIndexOf(close);
    if (i >= 0) stack.splice(i, 1);
  };
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function focusables(root: HTMLElement): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((el) => el.offsetParent !== null || el === document.activeElement);
}

/** Keeps Tab and Shift+Tab inside a modal dialog. */
export function trapTab(event: KeyboardEvent, root: HTMLElement): void {
  if (event.key !== 'Tab') return;
  const items = focusables(root);
  if (items.length === 0) {
    event.preventDefault();
    return;
  }
  const first = items[0];
  const last = items[items.length - 1];
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}
