-- A talent's own user account: a talent signs in to enrol and to see their certificates, and notices to a
-- talent reach that account. One account per record and one record per account.
create table talent_account (
    talent_id  bigint      primary key references talent (id) on delete cascade,
    user_id    bigint      not null unique references app_user (id) on delete cascade,
    linked_at  timestamptz not null,
    linked_by  bigint      references app_user (id) on delete set null
);
