// The shell texts of the window in French.

import type { Messages } from '../en';

export const shell: Messages['shell'] = {
};
