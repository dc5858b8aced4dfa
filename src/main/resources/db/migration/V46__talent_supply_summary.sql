-- The supply of IP staff by province and industry, for every talent, every team and every category
-- (registry.internal.SupplySummary): the supply-versus-demand map's views of the country and of a province read a few
-- thousand rows here instead of joining a million talents with their categories on every view. A ShedLock job rebuilds it every few
-- minutes in one transaction (readers see the old rows until it commits), and the map says when it was counted.
create table talent_supply_summary (
    province_code varchar(6)  not null,
    industry_code varchar(2),
    -- A: every active talent (facet ''), T: a team's (facet the team), C: a category's (facet the category)
    facet_kind    char(1)     not null check (facet_kind in ('A', 'T', 'C')),
    facet         varchar(40) not null,
    talents       bigint      not null check (talents > 0)
);
create index talent_supply_summary_facet on talent_supply_summary (facet_kind, facet, province_code);

-- the same by the talent's own region (its city, or its province when it names none) over every industry: a province's
-- cities on the map
create table talent_supply_region_summary (
    region_code varchar(6)  not null,
    facet_kind  char(1)     not null check (facet_kind in ('A', 'T', 'C')),
    facet       varchar(40) not null,
    talents     bigint      not null check (talents > 0)
);
create index talent_supply_region_summary_facet on talent_supply_region_summary
    (facet_kind, facet, region_code varchar_pattern_ops);

-- when the summaries were counted (its transaction's start) and how long the count took; one row, none before the first
create table talent_supply_summary_state (
    id         smallint    primary key check (id = 1),
    counted_at timestamptz not null,
    took_ms    bigint      not null
);
