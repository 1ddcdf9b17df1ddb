// The activities texts of the window in French.

import type { Messages } from '../en';

export const activities: Messages['activities'] = {
};
