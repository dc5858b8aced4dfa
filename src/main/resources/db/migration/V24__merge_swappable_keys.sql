-- A talent merge gives the record that stays the duplicate's enrollment (and nomination, survey invitation) where
-- that one got further in the same class: the two rows exchange their talents in one statement. A unique constraint
-- that is not deferrable is checked row by row, so the first row's change would collide with the second row not yet
-- changed; DEFERRABLE INITIALLY IMMEDIATE checks at the end of each statement instead, as the SQL standard says, and
-- keeps refusing every real duplicate. Inserts into enrollment hold the class's row lock and look before they
-- write (ON CONFLICT cannot name a deferrable constraint).
alter table enrollment drop constraint enrollment_class_id_talent_id_key,
    add constraint enrollment_class_id_talent_id_key unique (class_id, talent_id) deferrable initially immediate;
alter table nomination drop constraint nomination_class_id_talent_id_key,
    add constraint nomination_class_id_talent_id_key unique (class_id, talent_id) deferrable initially immediate;
alter table training_survey_invitation drop constraint training_survey_invitation_once,
    add constraint training_survey_invitation_once unique (survey_id, talent_id) deferrable initially immediate;
