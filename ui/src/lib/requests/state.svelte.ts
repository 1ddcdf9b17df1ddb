// The request list's search and filters outlive a visit to the form.

import { initialList, type RqListState } from './list';

export const requests = $state<{ list: RqListState }>({ list: initialList() });

/** Set by a "purge due" deadline on the way to Settings: the purge section opens its preview when it sees it. */
export const purge = $state<{ requested: boolean }>({ requested: false });

/** The vocabularies, shared by every screen (`../vocab.svelte`). */
export { vocab } from '../vocab.svelte';
