-- An import writes its new talents' search documents while its transaction is still open; until it commits,
-- searches leave out the documents of the imports listed here. The row is deleted in the import's own
-- transaction, so the documents become visible exactly when the rows do; after a rollback or a crash it
-- stays until the documents are purged.
create table talent_index_pending (
    import_id bigint primary key references import_job (id)
);
