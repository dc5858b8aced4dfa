-- The talents each region holds, kept by the database itself as the registry changes, so the home page's headline
-- figure is exact without counting a million rows on every visit. A row is a change (each statement that adds,
-- moves, merges or removes talents appends one per region it changed), so concurrent writers never wait on one
-- another for a counter; the registry folds the rows per region every minute (TalentCounts).
create table talent_region_count (
    region_code varchar(6) not null,
    talents     bigint     not null
);

insert into talent_region_count (region_code, talents)
select region_code, count(*) from talent where merged_into_id is null group by region_code;

create function talent_region_count_inserted() returns trigger language plpgsql as $$
begin
    insert into talent_region_count (region_code, talents)
    select region_code, count(*) from inserted where merged_into_id is null group by region_code;
    return null;
end
$$;

create function talent_region_count_updated() returns trigger language plpgsql as $$
begin
    insert into talent_region_count (region_code, talents)
    select region_code, sum(change)
    from (select region_code, -1 as change from before_rows where merged_into_id is null
          union all
          select region_code, 1 from after_rows where merged_into_id is null) changes
    group by region_code
    having sum(change) <> 0;
    return null;
end
$$;

create function talent_region_count_deleted() returns trigger language plpgsql as $$
begin
    insert into talent_region_count (region_code, talents)
    select region_code, -count(*) from deleted where merged_into_id is null group by region_code;
    return null;
end
$$;

create function talent_region_count_truncated() returns trigger language plpgsql as $$
begin
    delete from talent_region_count;
    return null;
end
$$;

create trigger talent_region_count_on_insert after insert on talent referencing new table as inserted
    for each statement execute function talent_region_count_inserted();
create trigger talent_region_count_on_update after update on talent referencing old table as before_rows
    new table as after_rows for each statement execute function talent_region_count_updated();
create trigger talent_region_count_on_delete after delete on talent referencing old table as deleted
    for each statement execute function talent_region_count_deleted();
create trigger talent_region_count_on_truncate after truncate on talent
    for each statement execute function talent_region_count_truncated();
