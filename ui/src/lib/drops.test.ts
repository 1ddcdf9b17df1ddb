import { describe, expect, it } from 'vitest';
import { refuseStrayDrops } from './drops';

/** A drag event carrying files (jsdom has no DataTransfer). */
function fileDrag(type: 'dragover' | 'drop'): Event {
  const e = new Event(type, { bubbles: true, cancelable: true });
  Object.defineProperty(e, 'dataTransfer', { value: { types: ['Files'], dropEffect: 'copy' } });
  return e;
}

describe('refuseStrayDrops', () => {
  it('refuses a file dropped where nothing takes it, so the page is not replaced by the file', () => {
    const root = document.createElement('div');
    const child = document.createElement('p');
    root.append(child);
    const stop = refuseStrayDrops(root);
    for (const type of ['dragover', 'drop'] as const) {
      const e = fileDrag(type);
      child.dispatchEvent(e);
      expect(e.defaultPrevented).toBe(true);
      expect((e as DragEvent).dataTransfer?.dropEffect).toBe('none');
    }
    stop();
  });

  it('leaves a drop an Evidence section took as it is', () => {
    const root = document.createElement('div');
    const zone = document.createElement('div');
    root.append(zone);
    zone.addEventListener('drop', (e) => e.preventDefault());
    const stop = refuseStrayDrops(root);
    const e = fileDrag('drop');
    zone.dispatchEvent(e);
    expect((e as DragEvent).dataTransfer?.dropEffect).toBe('copy');
    stop();
  });

  it('ignores drags that carry no file (text moved within a field)', () => {
    const root = document.createElement('div');
    const stop = refuseStrayDrops(root);
    const e = new Event('dragover', { bubbles: true, cancelable: true });
    Object.defineProperty(e, 'dataTransfer', { value: { types: ['text/plain'], dropEffect: 'move' } });
    root.dispatchEvent(e);
    expect(e.defaultPrevented).toBe(false);
    stop();
  });
});
