-- bench/planning.sh, the dashboard's floor: the same national aggregates as the dashboard shows, written by hand over
-- the records (one transaction of pgbench = every aggregate once), which is what a page would cost without the
-- precomputed values the dashboard reads.
select count(*) from talent where merged_into_id is null and status = 'ACTIVE';
select count(distinct q.talent_id) from qualification q join talent t on t.id = q.talent_id
  where q.type = 'PATENT_AGENT' and t.merged_into_id is null and t.status = 'ACTIVE';
select count(*) from talent t where t.merged_into_id is null and t.status = 'ACTIVE'
  and exists (select 1 from talent_category c where c.talent_id = t.id and c.category = 'PS_INFORMATION_SERVICE');
select count(*) from training_base where level = 'NATIONAL' and status <> 'REVOKED';
select avg(r.score) from training_survey_response r where r.score is not null;
select count(distinct e.talent_id) from enrollment e join talent_category c on c.talent_id = e.talent_id
  where e.status = 'COMPLETED' and c.category = 'BASIC_PUBLICITY';
select count(distinct left(t.region_code, 2)) from talent t join talent_category c on c.talent_id = t.id
  where t.merged_into_id is null and t.status = 'ACTIVE' and c.team = 'PUBLIC_SERVICE';
select count(distinct left(t.region_code, 4)) from talent t join talent_category c on c.talent_id = t.id
  where t.merged_into_id is null and t.status = 'ACTIVE' and c.team = 'PUBLIC_SERVICE';
