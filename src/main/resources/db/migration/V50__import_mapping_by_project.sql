-- The columns chosen for a file are offered to everyone importing a file of the same
-- layout into the same project.
create index import_job_project_layout_idx on import_job (project_id, header_sha256);
