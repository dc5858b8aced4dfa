-- The planning module's files become the platform's: every module stores its uploads here and links them from its
-- own tables (a report's attachments, an expert application's evidence, a think tank's reports).
alter table planning_file rename to uploaded_file;
alter sequence planning_file_id_seq rename to uploaded_file_id_seq;
alter index planning_file_pkey rename to uploaded_file_pkey;
