-- Organisations: Arbetsförmedlingen offices, municipalities, companies, schools, employers.
create table organisation (
	id uuid primary key,
	name varchar(200) not null,
	kind varchar(30) not null,
	organisation_number char(10),
	municipality_code char(4),
	version integer not null
);

create index organisation_name_idx on organisation (name);
create index organisation_number_idx on organisation (organisation_number);
