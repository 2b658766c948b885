-- An import's check and its import run in the background, on whichever instance claims
-- them: a job waiting for a worker has no heartbeat yet; a running one writes its progress
-- and heartbeat every few seconds, so that a job whose instance stopped is found and
-- marked failed (its transaction was never committed, so nothing of it was written).
-- An import can be undone as a batch; the job keeps when.
alter table import_job add column heartbeat_at timestamp;

alter table import_job add column progress_done integer not null default 0;

alter table import_job add column progress_total integer not null default 0;

alter table import_job add column failure varchar(100);

alter table import_job add column undone_at timestamp;

create index import_job_running_idx on import_job (status, heartbeat_at);
