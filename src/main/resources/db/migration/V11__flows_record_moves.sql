-- A talent flow records a move: a change of employer or region. How a talent entered the registry (when,
-- where, with which first employer) is a fact of the talent row itself, so no path writes a "joined" flow
-- any more, and the ones written before are removed; TalentMovements reads both kinds as one stream.
delete from talent_flow where from_region_code is null;

-- joining is read by creation time: rows arrive in that order, so a BRIN index costs the imports next to
-- nothing to keep
create index talent_created on talent using brin (created_at);
