// Opening the record behind a deadline: policy changes and subprocessor notices are shown on their policy's page and
// their subprocessor's panel, which the window finds by asking the core.

import { api } from '../api';
import { app } from '../app.svelte';
import type { Link } from '../bindings';
import { directRoute } from './logic';

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
