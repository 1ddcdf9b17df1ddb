// The requests texts of the window in French.

import type { Messages } from '../en';

export const requests: Messages['requests'] = {
};
