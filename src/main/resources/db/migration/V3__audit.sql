-- The audit log: append-only and hash-chained. Each entry's hash covers its content and the
-- previous entry's hash, so an edited, inserted or deleted row breaks the chain.
create table audit_entry (
    id          bigint       primary key,
    occurred_at timestamptz  not null,
    actor       varchar(64),
    actor_id    bigint,
    source_ip   varchar(45),
    action      varchar(40)  not null,
    entity_type varchar(60),
    entity_id   varchar(64),
    region_code varchar(6),
    changes     text,
    detail      varchar(1000),
    prev_hash   varchar(64)  not null,
    hash        varchar(64)  not null
);
create index audit_entry_occurred on audit_entry (occurred_at desc);
create index audit_entry_entity on audit_entry (entity_type, entity_id);
create index audit_entry_actor on audit_entry (actor);
create index audit_entry_action on audit_entry (action);

-- The chain's head: the last entry's id and hash, updated in the same transaction as the insert,
-- so that removing entries from the end of the chain is detected too.
create table audit_chain_head (
    singleton boolean     primary key default true check (singleton),
    last_id   bigint      not null,
    last_hash varchar(64) not null
);
insert into audit_chain_head (singleton, last_id, last_hash) values (true, 0, repeat('0', 64));

create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit log is append-only: % is not allowed', tg_op;
end;
$$;
create trigger audit_entry_no_update_or_delete
    before update or delete or truncate on audit_entry
    for each statement execute function audit_entry_append_only();
