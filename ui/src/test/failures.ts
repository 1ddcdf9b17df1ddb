// The core's refusals as the window receives them, for the tests that check where a form puts them.

import { ApiFailure } from '../lib/api';

/** The core refusing a draft: each field it names with its reason, in the order written. */
export function invalid(reasons: Record<string, string>): ApiFailure {
  return new ApiFailure({ code: 'invalid', message: 'invalid', fields: Object.entries(reasons).map(([field, reason]) => ({ field, reason })) });
}
