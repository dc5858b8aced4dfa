-- A talent's region, province and industry codes are checked against the code lists by the application on every
-- write (form, API and import all go through TalentValidator / ImportCodes). As foreign keys they also cost a
-- trigger per row: 24 of the 42 s a 1M-row import spent upserting talents. The employer stays a foreign key.
alter table talent drop constraint talent_region_code_fkey;
alter table talent drop constraint talent_province_code_fkey;
alter table talent drop constraint talent_industry_code_fkey;
