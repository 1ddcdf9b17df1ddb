// The setup texts of the window in French.

import type { Messages } from '../en';

export const setup: Messages['setup'] = {
};
