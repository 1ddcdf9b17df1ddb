// The audit texts of the window in French.

import type { Messages } from '../en';

export const audit: Messages['audit'] = {
};
