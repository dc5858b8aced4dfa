-- Which demo-data contributors have run on this database (see the demo module).
create table demo_data_run (
    contributor  varchar(60) primary key,
    completed_at timestamptz not null
);
