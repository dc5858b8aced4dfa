-- A rotation campaign's classes for bench/training.sh: 20 closed and 10 planned rotation classes in the
-- campaign's province, six in ten members trained within the cycle, two in ten enrolled, the rest not yet.
-- Run with psql -v campaign=ID. Not measured.
\set ON_ERROR_STOP on
create temporary table bench_rotation (k int primary key, class_id bigint);
with template as (
  select c.level_id, c.base_id, c.region_code, c.mode from training_class c order by c.id limit 1
), inserted as (
  insert into training_class (level_id, base_id, region_code, title, mode, filling, starts_on, ends_on, capacity,
                              enrollment_opens, enrollment_closes, status, closed_at, created_at, updated_at)
  select t.level_id, t.base_id, t.region_code, 'bench rotation ' || :campaign || ' ' || g, t.mode, 'ROTATION',
         case when g < 20 then date '2026-03-01' + g * 7 else date '2026-12-10' end,
         case when g < 20 then date '2026-03-03' + g * 7 else date '2026-12-12' end, 100000,
         date '2026-01-01', case when g < 20 then date '2026-02-28' + g * 7 else date '2026-12-09' end,
         case when g < 20 then 'CLOSED' else 'PLANNED' end, case when g < 20 then now() end, now(), now()
  from generate_series(0, 29) g cross join template t
  returning id, title
)
insert into bench_rotation select split_part(title, ' ', 4)::int, id from inserted;
insert into rotation_class (campaign_id, class_id, linked_at) select :campaign, class_id, now() from bench_rotation;

with members as (
  select m.talent_id, m.region_code, row_number() over (order by m.talent_id) as r
  from rotation_member m where m.campaign_id = :campaign
)
insert into enrollment (class_id, talent_id, status, source, region_code, queued_at, attended_hours, credited_hours,
                        completed_on, version, created_at, updated_at)
select b.class_id, m.talent_id, case when m.r % 10 < 6 then 'COMPLETED' else 'ENROLLED' end, 'ROTATION', m.region_code,
       now(), case when m.r % 10 < 6 then 16 else 0 end, case when m.r % 10 < 6 then 16 end,
       case when m.r % 10 < 6 then date '2026-03-03' + (m.r % 20)::int * 7 end, 0, now(), now()
from members m
join bench_rotation b on b.k = case when m.r % 10 < 6 then (m.r % 20)::int else 20 + (m.r % 10)::int end
where m.r % 10 < 8;
