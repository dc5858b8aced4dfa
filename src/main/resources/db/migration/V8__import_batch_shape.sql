-- Since an import merges each batch inside its own transaction (ImportMerge), the batches go into a temporary
-- table created "like talent_import_row". This table keeps its columns as that shape and stays empty.
comment on table talent_import_row is
  'The columns of one staged import batch: ImportMerge creates its temporary table like this one. Always empty.';
