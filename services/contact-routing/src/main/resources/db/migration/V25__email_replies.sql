-- Agents' replies to a contact that came by e-mail go back by e-mail, in the client's thread.
-- The contact keeps the client's latest message's Message-ID and the References chain a reply
-- carries, and the subject the client wrote (a mail client threads by it too); retention and
-- erasure clear them with the rest of the client's data.
alter table contact add column mail_message_id text;
alter table contact add column mail_references text;
alter table contact add column mail_subject text;

-- A reply by e-mail carries the text of one history entry (the reply, the question, the
-- justification) and answers the client's message.
alter table client_notice add column entry_id bigint;
alter table client_notice add column in_reply_to text;
alter table client_notice add column mail_references text;
