-- The W3C trace context (traceparent) of the request or message that wrote the event: the relay
-- sends it as a Kafka header, so that the consumers' work joins the same trace. Null for events
-- written outside any trace (scheduled jobs without one, rows older than this column).
alter table outbox_event add column traceparent text;
