-- The supply-versus-demand map (analytics.supplydemand) counts the active talents of one filter by province, city or
-- industry through TalentSupply.count: these two indexes let PostgreSQL read both sides from indexes alone (the active
-- talents with their places and industry; a team's talents) and join them by hash, in parallel.
create index talent_supply on talent (region_code varchar_pattern_ops, industry_code) include (province_code, id)
    where merged_into_id is null and status = 'ACTIVE';
create index talent_category_team on talent_category (team, talent_id);
