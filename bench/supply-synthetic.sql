-- 1,000,000 synthetic talents for the supply-versus-demand statements (docs/benchmarks.md, issue 14): written straight
-- into a migrated database (psql -f), 95 % active, spread evenly over the 337 prefecture-level units and 96 industries,
-- 1.47 million categories; no names or identity numbers that mean anything.
create temp table c as select array_agg(code order by code) codes from ref_division where level = 2 and code < '710000';
create temp table i as select array_agg(code order by code) codes from ref_industry where parent_code is not null;
insert into talent (name, gender, identity_cipher, identity_hash, identity_masked, region_code, province_code,
  industry_code, status, source, created_at, updated_at, left_at)
select 'T' || n, 'MALE', 'x', md5(n::text), 'x', city, substr(city, 1, 2) || '0000', ind,
  case when n % 20 = 0 then 'LEFT' else 'ACTIVE' end, 'MANUAL', now(), now(), case when n % 20 = 0 then now() end
from generate_series(1, 1000000) n, c, i,
  lateral (select c.codes[1 + (n::bigint * 7919) % cardinality(c.codes)] city, i.codes[1 + (n::bigint * 104729) % cardinality(i.codes)] ind) r;
create temp table k as select row_number() over (order by code) - 1 rn, code, parent_code from ref_taxonomy where kind = 'CATEGORY';
insert into talent_category (talent_id, team, category)
select t.id, k.parent_code, k.code from talent t join k on k.rn = t.id % 27;
insert into talent_category (talent_id, team, category)
select t.id, k.parent_code, k.code from talent t join k on k.rn = (t.id * 13 + 5) % 27 where t.id % 100 < 47
on conflict do nothing;
vacuum analyze talent;
vacuum analyze talent_category;
select count(*) from talent; select count(*) from talent_category;
