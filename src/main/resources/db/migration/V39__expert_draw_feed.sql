-- The supervisors' live feed of the draws reads the latest draws, answers and reserves called.
create index expert_draw_drawn on expert_draw (drawn_at);
create index expert_draw_pick_answered on expert_draw_pick (answered_at) where answered_at is not null;
create index expert_draw_pick_called on expert_draw_pick (drawn_at) where replaces_id is not null;
