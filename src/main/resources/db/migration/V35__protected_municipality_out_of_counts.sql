-- A protected identity's home municipality leaves the kept counts: the starter facts of
-- people with protected identity get the code '----' (no municipality), and the summary
-- is counted again from the facts.
update starter_fact set municipality_code = '----'
where enrollment_id in (select e.id from enrollment e join participant p on p.id = e.participant_id
                        where p.protected_identity);

delete from outcome_summary;

insert into outcome_summary (project_id, gender, obstacle, municipality_code, starters, leavers, to_work, to_studies)
select project_id, gender, obstacle, municipality_code, count(*),
       sum(case when leaver then 1 else 0 end),
       sum(case when upon_leaving = 'WORK' then 1 else 0 end),
       sum(case when upon_leaving = 'STUDIES' then 1 else 0 end)
from starter_fact
group by project_id, gender, obstacle, municipality_code;
