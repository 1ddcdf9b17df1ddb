// The breaches texts of the window in French.

import type { Messages } from '../en';

export const breaches: Messages['breaches'] = {
};
