-- Attachment bytes move to a table of their own, so listing attachments or reading a case never
-- reads them (Hibernate cannot load a basic column lazily without bytecode enhancement).
-- One script for H2 and MariaDB.
create table cd_case_attachment_content (
    attachment_id bigint   not null primary key,
    content       longblob not null,
    constraint fk_attachment_content foreign key (attachment_id) references cd_case_attachment (id)
);

insert into cd_case_attachment_content (attachment_id, content)
    select id, content from cd_case_attachment;

alter table cd_case_attachment drop column content;
