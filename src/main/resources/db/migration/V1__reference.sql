-- Reference code lists, filled at start-up from src/main/resources/reference/*.csv.
create table ref_division (
    code          varchar(6)  primary key,
    parent_code   varchar(6)  references ref_division (code),
    level         smallint    not null check (level in (1, 2)),
    name_zh       varchar(60) not null,
    short_name_zh varchar(60) not null,
    name_en       varchar(120) not null,
    kind          varchar(40) not null,
    iso3166_2     varchar(8)
);
create index ref_division_parent on ref_division (parent_code);

create table ref_industry (
    code        varchar(2)   primary key,
    parent_code varchar(2)   references ref_industry (code),
    name_zh     varchar(80)  not null,
    name_en     varchar(200) not null
);

create table ref_ipc (
    code        varchar(3)   primary key,
    parent_code varchar(3)   references ref_ipc (code),
    name_zh     varchar(200) not null,
    name_en     varchar(300) not null
);

create table ref_taxonomy (
    kind        varchar(40)  not null,
    code        varchar(40)  not null,
    parent_code varchar(40),
    position    int          not null,
    name_zh     varchar(80)  not null,
    name_en     varchar(200) not null,
    primary key (kind, code)
);
