import { render, screen } from '@testing-library/svelte';
import { createRawSnippet, flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { app } from '../app.svelte';
import Announcer from './Announcer.svelte';
import AppBanner from './AppBanner.svelte';
import SidePanel from './SidePanel.svelte';

const body = createRawSnippet(() => ({ render: () => '<p>Panel body</p>' }));

afterEach(() => app.dismissBanner());

describe('Announcer', () => {
  it('says each print once, though its banner moves into a side panel and back', () => {
    render(Announcer);
    render(AppBanner);
    app.success('Public list printed in English.', '/tmp/out/subprocessors-en.pdf');
    flushSync();
    const status = screen.getByTestId('announce-status');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent?.trim()).toBe('Public list printed in English.');
    const spoken = status.firstElementChild;

    // The banner drawn again inside a panel is seen, not announced: only the announcer is a live region.
    const panel = render(SidePanel, { props: { title: 'DigitalOcean', onclose: () => {}, children: body, testid: 'panel' } });
    flushSync();
    for (const banner of screen.getAllByTestId('banner')) expect(banner.closest('[role="status"], [role="alert"], [aria-live]')).toBeNull();
    panel.unmount();
    flushSync();
    expect(status.firstElementChild).toBe(spoken);
  });

  it('says an error assertively, and a repeated message again as a new one', () => {
    render(Announcer);
    app.error(new Error('The output folder is not writable.'));
    flushSync();
    expect(screen.getByTestId('announce-alert').textContent?.trim()).toBe('The output folder is not writable.');
    expect(screen.getByTestId('announce-status').textContent?.trim()).toBe('');
    const first = screen.getByTestId('announce-alert').firstElementChild;
    app.error(new Error('The output folder is not writable.'));
    flushSync();
    expect(screen.getByTestId('announce-alert').firstElementChild).not.toBe(first);
  });
});
