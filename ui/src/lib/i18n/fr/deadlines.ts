// The deadlines texts of the window in French.

import type { Messages } from '../en';

export const deadlines: Messages['deadlines'] = {
};
