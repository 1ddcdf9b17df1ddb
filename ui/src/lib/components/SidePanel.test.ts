import { render, screen, within } from '@testing-library/svelte';
import { createRawSnippet, flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { app } from '../app.svelte';
import SidePanel from './SidePanel.svelte';

const body = createRawSnippet(() => ({ render: () => '<p>Panel body</p>' }));

afterEach(() => app.dismissBanner());

describe('SidePanel', () => {
  it('shows the banner inside the panel, above its scrim, and counts itself open while mounted', () => {
    const before = app.panels;
    const { unmount } = render(SidePanel, { props: { title: 'DigitalOcean', onclose: () => {}, children: body, testid: 'panel' } });
    expect(app.panels).toBe(before + 1);
    expect(screen.queryByTestId('banner')).toBeNull();

    app.success('Public list saved.', '/tmp/out/subprocessors.pdf');
    flushSync();
    const banner = within(screen.getByTestId('panel')).getByTestId('banner');
    expect(banner.textContent).toContain('Public list saved.');
    expect(within(banner).getByTestId('output-path').textContent).toBe('/tmp/out/subprocessors.pdf');

    unmount();
    expect(app.panels).toBe(before);
  });
});
