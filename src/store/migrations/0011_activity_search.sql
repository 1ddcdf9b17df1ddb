-- The record of processing searched in SQLite, as the other lists are: each activity's folded searchable text (its
-- name, business function and purposes) in an FTS5 trigram index, with its folded name for the list's order.
-- Derived data, written with every change to an activity and rebuilt when the store opens and finds a row count
-- that differs from the activities'. Not exported.
CREATE VIRTUAL TABLE activity_search USING fts5(key, name_key UNINDEXED, tokenize = 'trigram');
