-- The figures a publication showed, kept as published: a correction of the month, a value approved later or a target
-- changed later leaves a published month as the public read it. Withdrawing a publication keeps them (history).
-- The indicators as they stood (names, unit, direction, target), in the plan's order.
create table plan_publication_indicator (
    publication_id bigint        not null references plan_publication (id) on delete cascade,
    position       integer       not null,
    indicator_id   bigint        not null,
    code           varchar(40)   not null,
    kind           varchar(5)    not null,
    name_zh        varchar(200)  not null,
    name_en        varchar(200)  not null,
    unit           varchar(24)   not null,
    direction      varchar(8)    not null,
    target         numeric(14,2) not null,
    target_year    integer       not null,
    source_kind    varchar(8)    not null,
    source_code    varchar(60),
    -- whether the month's source was there (a computed indicator's history taken)
    source_there   boolean       not null,
    primary key (publication_id, code)
);
-- Each indicator's value, target and progress of the country (000000) and of the 31 mainland provinces.
create table plan_publication_figure (
    publication_id bigint        not null,
    code           varchar(40)   not null,
    region_code    varchar(6)    not null,
    value          numeric,
    target         numeric,
    progress       numeric,
    met            boolean       not null,
    primary key (publication_id, code, region_code),
    foreign key (publication_id, code) references plan_publication_indicator (publication_id, code) on delete cascade
);
