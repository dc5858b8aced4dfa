-- Training benchmark data (bench/training.sh): brings the enrollments to 5,000,000 over the registry the bench
-- imported, as closed classes of the demo's programs and bases, 2,000 trainees each, most of them completed.
-- Run with psql -v classes=N (how many such classes). Not measured: the benchmarks run over what it leaves.
\set ON_ERROR_STOP on
create temporary table bench_talent as
  select (row_number() over (order by id) - 1)::int as i, id, region_code from talent where merged_into_id is null;
create unique index on bench_talent (i);
analyze bench_talent;
select count(*) as n, count(*) / 2000 as step from bench_talent \gset

create temporary table bench_class (c int primary key, class_id bigint);
with template as (
  select c.level_id, c.base_id, c.region_code, c.mode from training_class c
  where c.filling = 'ENROLLMENT' order by c.id limit 50
), numbered as (select row_number() over () as k, * from template),
inserted as (
  insert into training_class (level_id, base_id, region_code, title, mode, filling, starts_on, ends_on, capacity,
                              enrollment_opens, enrollment_closes, status, closed_at, created_at, updated_at)
  select t.level_id, t.base_id, t.region_code, 'bench class ' || g, t.mode, 'ENROLLMENT',
         date '2021-03-01' + (g % 1700), date '2021-03-03' + (g % 1700), 2000,
         date '2021-01-01' + (g % 1700), date '2021-02-20' + (g % 1700), 'CLOSED', now(), now(), now()
  from generate_series(1, :classes) g join numbered t on t.k = 1 + g % (select count(*) from template)
  returning id, title
)
insert into bench_class select substr(title, 13)::int, id from inserted;

-- trainee k of class c: talent (c * 389 + k * step) mod n, distinct within a class since 2,000 * step <= n
insert into enrollment (class_id, talent_id, status, source, region_code, queued_at, score, attended_hours,
                        credited_hours, completed_on, version, created_at, updated_at)
select b.class_id, t.id,
       case when k % 10 = 0 then 'NOT_COMPLETED' else 'COMPLETED' end,
       case when k % 3 = 0 then 'COHORT' else 'SELF' end, t.region_code, now(),
       60 + k % 40, 24, case when k % 10 = 0 then null else 24 end,
       case when k % 10 = 0 then null else date '2021-03-03' + (b.c % 1700) end, 0, now(), now()
from bench_class b cross join generate_series(0, 1999) k
join bench_talent t on t.i = (b.c::bigint * 389 + k * :step) % :n;
