-- Which draft of a year's report: counted up each time the year is drafted again, so a publication names the draft
-- its administrator reviewed and is refused when the year was redrafted since (the figures are not the ones read).
alter table annual_report add column version int not null default 1 check (version > 0);
