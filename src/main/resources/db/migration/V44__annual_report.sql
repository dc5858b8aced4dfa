-- The annual statistical report (issue 14, item 7): one row per year, its figures computed once when the national
-- office drafts it and frozen here (jsonb), so the PDF and the workbook of a year always show the same figures; a
-- draft may be drafted again (recomputed), a published report never changes.
create table annual_report (
    year         int          primary key check (year between 2000 and 2100),
    status       varchar(10)  not null check (status in ('DRAFT', 'PUBLISHED')),
    figures      jsonb        not null,
    drafted_at   timestamptz  not null,
    drafted_by   bigint       not null,
    published_at timestamptz,
    published_by bigint,
    check ((status = 'PUBLISHED') = (published_at is not null and published_by is not null))
);

-- a published report's figures are the published statistics: no statement may change or remove them
create function annual_report_published_immutable() returns trigger language plpgsql as $$
begin
    if old.status = 'PUBLISHED' then
        raise exception 'the annual report of % is published and cannot change', old.year;
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;
create trigger annual_report_immutable before update or delete on annual_report
    for each row execute function annual_report_published_immutable();
