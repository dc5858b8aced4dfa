-- A job's subject (the record its file belongs to: a class's attendance sheet) gets columns of its own. It was kept in
-- the job's details under '@subject' and looked up by a JSON expression, beside the kind's counts.
alter table import_job add column subject_kind varchar(40);
alter table import_job add column subject_id bigint;

-- Only attendance imports have had a subject, their class; a kind unknown here keeps its own name as the subject's
-- kind rather than lose the record its jobs belong to.
update import_job
set subject_kind = case kind when 'AttendanceImport' then 'TrainingClass' else kind end,
    subject_id = (details ->> '@subject')::bigint,
    details = details - '@subject'
where details ->> '@subject' is not null;
-- a JSON null under the key: no subject, and the key goes all the same
update import_job set details = details - '@subject' where details -> '@subject' is not null;

alter table import_job add constraint import_job_subject_check check ((subject_kind is null) = (subject_id is null));

-- A record's jobs, newest first; jobs without a subject (the registry's imports) stay out of the index.
create index import_job_subject on import_job (subject_kind, subject_id, kind, id desc) where subject_kind is not null;
