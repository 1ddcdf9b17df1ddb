// The register's search, filters and order outlive a visit to the form, so they live here rather than in the view.

import { initialList, type ListState } from './list';

export const register = $state<{ list: ListState }>({ list: initialList() });
