-- The goal report's summary tables, filled from the cases already recorded. The fill is a
-- frozen copy of the reporting module's rebuild as it stood when this migration was
-- written: a migration never calls application code, so history does not change when the
-- reporting SQL does. It may run on a database that an earlier Java migration of this
-- version made the tables in (see system/MigrationHistory): it makes what is missing and
-- counts again from the cases, which gives the counts the application keeps.
create table if not exists starter_fact (
	enrollment_id uuid primary key references enrollment (id) on delete cascade,
	project_id uuid not null,
	gender varchar(20) not null,
	obstacle varchar(30) not null,
	municipality_code char(4) not null,
	leaver boolean not null,
	upon_leaving varchar(20)
);

create table if not exists outcome_summary (
	project_id uuid not null references project (id) on delete cascade,
	gender varchar(20) not null,
	obstacle varchar(30) not null,
	municipality_code char(4) not null,
	starters bigint not null,
	leavers bigint not null,
	to_work bigint not null,
	to_studies bigint not null,
	primary key (project_id, gender, obstacle, municipality_code)
);

delete from outcome_summary;

delete from starter_fact;

insert into starter_fact (enrollment_id, project_id, gender, obstacle, municipality_code, leaver, upon_leaving)
select e.id, e.project_id, p.gender,
	case
		when p.disability then 'DISABILITY'
		when p.birth_region = 'OUTSIDE_EUROPE' then 'BORN_OUTSIDE_EUROPE'
		when p.education_level = 'PRE_UPPER_SECONDARY' then 'LOW_EDUCATION'
		when (extract(year from e.start_date) - extract(year from p.birth_date)
			- case when extract(month from e.start_date) * 100 + extract(day from e.start_date)
				< extract(month from p.birth_date) * 100 + extract(day from p.birth_date) then 1 else 0 end) < 25
			or (extract(year from e.start_date) - extract(year from p.birth_date)
			- case when extract(month from e.start_date) * 100 + extract(day from e.start_date)
				< extract(month from p.birth_date) * 100 + extract(day from p.birth_date) then 1 else 0 end) >= 55
			then 'AGE'
		else 'NONE'
	end,
	p.municipality_code,
	case when e.exit_date is null then false else true end,
	(select case
			when o.kind in ('EMPLOYMENT', 'SELF_EMPLOYMENT', 'SOCIAL_ENTERPRISE') then 'WORK'
			when o.kind in ('REGULAR_STUDIES', 'LABOUR_MARKET_TRAINING') then 'STUDIES'
			else 'OTHER'
		end
		from outcome o
		where o.enrollment_id = e.id and o.observed_on >= e.exit_date and o.observed_on <= e.exit_date + 28
		order by o.observed_on desc, o.recorded_at desc, o.id desc
		limit 1)
from enrollment e
join participant p on p.id = e.participant_id
where e.status = 'ACTIVE' or (e.status = 'EXITED' and e.exit_reason not in ('DECLINED_AT_INTAKE', 'WITHDREW_AT_INTAKE'));

insert into outcome_summary (project_id, gender, obstacle, municipality_code, starters, leavers, to_work, to_studies)
select project_id, gender, obstacle, municipality_code, count(*),
	sum(case when leaver then 1 else 0 end),
	sum(case when upon_leaving = 'WORK' then 1 else 0 end),
	sum(case when upon_leaving = 'STUDIES' then 1 else 0 end)
from starter_fact
group by project_id, gender, obstacle, municipality_code;
