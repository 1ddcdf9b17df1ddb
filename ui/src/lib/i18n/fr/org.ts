// The org texts of the window in French.

import type { Messages } from '../en';

export const org: Messages['org'] = {
};
