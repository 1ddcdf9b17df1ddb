// The dashboard texts of the window in French.

import type { Messages } from '../en';

export const dashboard: Messages['dashboard'] = {
};
