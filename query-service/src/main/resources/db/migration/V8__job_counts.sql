-- Every counter of a job by name (JSON, e.g. {"done": 1200, "removed": 3}), renewed with its lease, so a replica that
-- did not run the job shows it with the same counters as the one that did. done stays the first counter: the progress
-- a 409 quotes. Rows written before this column show done alone.
ALTER TABLE job ADD COLUMN counts text;
