// The policies texts of the window in French.

import type { Messages } from '../en';

export const policies: Messages['policies'] = {
};
