-- The floor of bench/experts.sh's draw: the eligibility question alone, written by hand in one statement with the
-- parties' staff and former staff inline, as pgbench runs it. Variables (quoted literals): parties, categories,
-- provinces (arrays), matter.
with wanted as (select distinct l.expert_id from expert_category_link l
                where l.category_code = any(cast(:categories as varchar[]))),
     staff as (select id from talent where employer_id = any(cast(:parties as bigint[]))
               union select talent_id from talent_flow where from_employer_id = any(cast(:parties as bigint[]))
                                                       or to_employer_id = any(cast(:parties as bigint[]))),
     too_often as (select p.expert_id from expert_draw_pick p
                   where p.state <> 'RESERVE' and p.drawn_at >= now() - interval '12 months'
                   group by p.expert_id having count(*) >= 3)
select e.id from wanted w join expert e on e.id = w.expert_id
where e.status = 'APPOINTED' and not e.blacklisted and e.availability <> 'UNAVAILABLE'
  and e.term_starts_on <= current_date and e.term_ends_on >= current_date
  and e.province_code <> all(cast(:provinces as varchar[]))
  and not exists (select 1 from staff s where s.id = e.talent_id)
  and not exists (select 1 from expert_leave v where v.expert_id = e.id
                  and v.starts_on <= current_date and v.ends_on >= current_date)
  and not exists (select 1 from expert_conflict c where c.expert_id = e.id
                  and c.organisation_id = any(cast(:parties as bigint[])))
  and not exists (select 1 from expert_draw_pick p join expert_draw d on d.id = p.draw_id
                  where p.expert_id = e.id and d.matter = :matter)
  and not exists (select 1 from too_often o where o.expert_id = e.id)
order by e.id;
