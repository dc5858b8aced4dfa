-- An import's rows and its job's counts commit in one transaction: committed_at says the registry holds
-- the whole file, so a crash after that point only has to bring the search index up to date at the next
-- start (the file is not run a second time, and the job keeps its real counts).
alter table talent_import add column committed_at timestamptz;

-- An upload is deleted when its job ends; an error report after iptalent.import.error-report-retention.
-- The job keeps when its report was deleted, so the page can say so instead of offering a dead link.
alter table talent_import add column error_report_deleted_at timestamptz;
