-- When a talent left: set when its status goes from ACTIVE to LEFT or RETIRED, cleared when it comes back, so the
-- plan's indicators count the talents of any past day (registered by then and not yet left). A talent that was no
-- longer active before this column existed takes its last change as the day it left.
alter table talent add column left_at timestamptz;
update talent set left_at = updated_at where status <> 'ACTIVE';
alter table talent add constraint talent_left_at check ((status = 'ACTIVE') = (left_at is null));

-- The indicators' reads (registry.internal.indicators): the talents registered by a day, whether they had left and
-- where they were, from this index alone (47 MB for a million talents against 560 MB of table). An import of a
-- million talents keeps one more index for it; the indicators read it three times a month per measure, and sixty
-- months over when the history is backfilled.
create index talent_presence on talent (created_at) include (left_at, region_code, id) where merged_into_id is null;
-- the talents of one category (public-service and information-service staff, publicity staff trained)
create index talent_category_category on talent_category (category, talent_id);
-- merged duplicates, few: what counts of persons leave out without reading the table
create index talent_merged on talent (id) where merged_into_id is not null;
-- training's indicators (training.indicators): a talent's completed classes in order, with their regions, read from
-- the index alone (a few look-ups per talent of a category instead of millions of enrollments)
create index enrollment_completed on enrollment (talent_id, completed_on) include (region_code)
    where status = 'COMPLETED';
