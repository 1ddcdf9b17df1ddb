// What the record of processing's screens share: the list's filter (kept when coming back from a record) and the
// core's vocabulary, read once.

import { api } from '../api';
import type { ActivityRole, ActivityVocabulary } from '../bindings';

export type ActivityListState = { query: string; include_archived: boolean; role: '' | ActivityRole };

class ActivitiesState {
  list = $state<ActivityListState>({ query: '', include_archived: false, role: '' });
  vocabulary = $state<ActivityVocabulary | null>(null);
  #loading: Promise<ActivityVocabulary> | null = null;

  async loadVocabulary(): Promise<ActivityVocabulary> {
    if (this.vocabulary) return this.vocabulary;
    this.#loading ??= api.activityVocabulary().then((v) => (this.vocabulary = v));
    try {
      return await this.#loading;
    } catch (e) {
      this.#loading = null;
      throw e;
    }
  }

  /** Forgets the vocabulary so that the next screen reads it again (after the adequacy list changed). */
  invalidateVocabulary(): void {
    this.vocabulary = null;
    this.#loading = null;
  }
}

export const activities = new ActivitiesState();
