-- Spreadsheet imports become the platform's, for every module: one job table with a kind, typed failures
-- (a message key and its arguments instead of 'key|argument' text) and a kind's own counts as named details.
alter table talent_import rename to import_job;
alter index talent_import_status rename to import_job_status;

alter table import_job add column kind varchar(40);
update import_job set kind = 'TalentImport';
alter table import_job alter column kind set not null;
create index import_job_kind on import_job (kind, id desc);

alter table import_job add column failure_key varchar(100);
alter table import_job add column failure_arguments text[];
update import_job set failure_key = split_part(failure, '|', 1),
  failure_arguments = case when position('|' in failure) > 0 then array[substr(failure, position('|' in failure) + 1)]
                           else '{}'::text[] end
where failure is not null;
alter table import_job drop column failure;

alter table import_job add column details jsonb not null default '{}';
update import_job set details = jsonb_build_object('organisationsCreated', organisations_created)
where organisations_created > 0;
alter table import_job drop column organisations_created;
