// Opening the record behind a deadline, or the purge a deadline asks for. Policy changes and subprocessor notices
// are shown on their policy's page and their subprocessor's panel, which the window finds by asking the core.

import { api } from '../api';
import { app } from '../app.svelte';
import type { Link } from '../bindings';
import { purge } from '../requests/state.svelte';
import { directRoute } from './logic';

/**
 * Settings, with the purge's preview opened: what the Purge button of a "purge due" deadline does. Its title still
 * opens the request it names, like any request deadline.
 */
export function openPurge(): void {
  purge.requested = true;
  app.go({ screen: 'settings' });
}

export async function openLink(link: Link): Promise<void> {
  const direct = directRoute(link);
  if (direct) {
    app.go(direct);
    return;
  }
  try {
    if (link.target === 'policy-change') {
      const change = await api.getPolicyChange(link.id);
      app.go({ screen: 'policies', view: 'detail', id: change.policy_id });
    } else if (link.target === 'subprocessor-notice') {
      const notice = await api.getSubprocessorNotice(link.id);
      app.go({ screen: 'subprocessors', view: 'detail', id: notice.subprocessor_id });
    }
  } catch (error) {
    app.error(error);
  }
}
