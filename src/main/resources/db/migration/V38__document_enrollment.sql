-- A document belongs to one enrollment, so that it is read with that case and not by
-- staff of every project the person is in; earlier documents go to the person's latest
-- enrollment that started before the upload (or their latest at all). A document of a
-- person not enrolled anywhere has none and is read by those who read the person.
alter table document add column enrollment_id uuid references enrollment (id);

update document set enrollment_id = coalesce(
    (select e.id from enrollment e where e.participant_id = document.participant_id
       and e.start_date <= cast(document.uploaded_at as date)
     order by e.start_date desc, e.id limit 1),
    (select e.id from enrollment e where e.participant_id = document.participant_id
     order by e.start_date desc, e.id limit 1));

create index document_enrollment on document (enrollment_id);
