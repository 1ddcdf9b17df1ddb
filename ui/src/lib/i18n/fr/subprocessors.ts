// The subprocessors texts of the window in French.

import type { Messages } from '../en';

export const subprocessors: Messages['subprocessors'] = {
};
