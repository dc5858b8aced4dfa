-- An audit entry says what happened as a message key with its arguments (a JSON array), rendered in the
-- reader's language, instead of a sentence in the writer's. Older entries keep their free-text detail, and
-- their hashes: the two columns enter an entry's hash only when it has them (AuditHash).
alter table audit_entry add column detail_key varchar(120);
alter table audit_entry add column detail_args text;
