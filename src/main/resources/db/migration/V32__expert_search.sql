-- The expert's name and employer, copied from the registry (talent, organisation) onto the expert row for the expert
-- search index and the list's cards: the index is built from expert rows alone. Kept current by the application
-- (ExpertRecords when an expert is appointed or described; expert.search.ExpertNames after a talent merge, an
-- organisation renamed or merged, and by a periodic sweep that compares them with the registry); null until filled.
alter table expert add column display_name varchar(50), add column employer_name varchar(200);

update expert e set display_name = t.name, employer_name = o.name
from talent t left join organisation o on o.id = t.employer_id
where t.id = e.talent_id;
