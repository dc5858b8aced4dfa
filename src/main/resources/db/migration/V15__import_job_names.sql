-- The job table's constraints and sequence take its name (they kept talent_import's when it was renamed).
do $$
begin
  if exists (select 1 from pg_constraint where conname = 'talent_import_pkey') then
    alter table import_job rename constraint talent_import_pkey to import_job_pkey;
  end if;
  if exists (select 1 from pg_constraint where conname = 'talent_import_status_check') then
    alter table import_job rename constraint talent_import_status_check to import_job_status_check;
  end if;
end
$$;
alter sequence if exists talent_import_id_seq rename to import_job_id_seq;
