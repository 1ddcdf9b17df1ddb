import { describe, expect, it, vi } from 'vitest';
import type { ScreenComponent } from './screens.svelte';
import { SCREEN_NAMES, screenLoader, screens } from './screens.svelte';

const component = (() => {}) as unknown as ScreenComponent;

describe('screenLoader', () => {
  it('loads a screen once, however many ask for it at the same time, and keeps it', async () => {
    const load = vi.fn(async () => ({ default: component }));
    const loader = screenLoader({ a: load });
    expect(loader.ready('a')).toBeUndefined();
    const [one, two] = await Promise.all([loader.load('a'), loader.load('a')]);
    expect(one).toBe(component);
    expect(two).toBe(component);
    expect(loader.ready('a')).toBe(component);
    await loader.load('a');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('forgets a failure, so that trying again asks for the file again', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('file gone')).mockResolvedValueOnce({ default: component });
    const loader = screenLoader({ a: load });
    await expect(loader.load('a')).rejects.toThrow('file gone');
    expect(loader.ready('a')).toBeUndefined();
    await expect(loader.load('a')).resolves.toBe(component);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("loads every one of the window's screens", async () => {
    expect(SCREEN_NAMES.length).toBeGreaterThan(10);
    for (const name of SCREEN_NAMES) {
      expect(typeof (await screens.load(name))).toBe('function');
    }
    // Compiling every screen takes seconds when the other test files run alongside.
  }, 60_000);
});
