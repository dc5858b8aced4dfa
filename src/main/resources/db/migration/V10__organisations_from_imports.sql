-- An import creates the employers it does not know instead of refusing their rows. An employer with a
-- (valid) unified social credit code is matched by its code, or created from the row; one named without
-- a code is matched by its normalised name within the row's province, or created unverified, with the
-- import as its source, for an administrator to verify, edit or merge into another organisation.

-- what two spellings of one name share: no white space (half- or full-width), half-width brackets,
-- digits and Latin letters, upper case. One definition, used by the column below and by every query.
create function organisation_name_key(name text) returns text
    language sql immutable parallel safe
    return upper(translate(regexp_replace(name, '[[:space:]　]+', '', 'g'),
        '（）【】［］０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ',
        '()[][]0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'));

alter table organisation add column name_key varchar(200) generated always as (organisation_name_key(name)) stored;
alter table organisation add column verified boolean not null default true;
alter table organisation add column source_import_id bigint references talent_import (id);
create index organisation_province_name on organisation (left(region_code, 2), name_key);
create index organisation_unverified on organisation (region_code varchar_pattern_ops) where not verified;

alter table talent_import add column organisations_created int not null default 0;

-- a batch's rows carry their employer as the file names it; the merge resolves (or creates) it
alter table talent_import_row add column employer_name varchar(200);
alter table talent_import_row add column employer_code varchar(18);

-- an organisation merged into another keeps its row, so that the flows that name it still read true;
-- lists and look-ups skip it
alter table organisation add column merged_into_id bigint references organisation (id);
