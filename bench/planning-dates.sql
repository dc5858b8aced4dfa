-- bench/planning.sh: the imported talents all arrived on the day of the import; spread their registration over
-- 2019-07 .. 2026-10 (more each year, as the real registry grew) and let 4 % leave at a later date, so the backfill
-- reconstructs months that differ, as it would over a registry that grew for years.
update talent set created_at = timestamptz '2019-07-01' + (sqrt(random()) * (date '2026-10-31' - date '2019-07-01')) * interval '1 day'
where created_at > now() - interval '30 days';
update talent set status = 'LEFT', left_at = created_at + (random() * (now() - created_at))
where status = 'ACTIVE' and random() < 0.04;
update qualification q set issued_on = (t.created_at + (random() * (now() - t.created_at)))::date
from talent t where t.id = q.talent_id and (q.issued_on is null or q.issued_on > now() - interval '30 days');
vacuum analyze talent;
vacuum analyze qualification;
