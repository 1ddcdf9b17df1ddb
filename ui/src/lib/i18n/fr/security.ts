// The security texts of the window in French.

import type { Messages } from '../en';

export const security: Messages['security'] = {
};
