-- The request that made each change (X-Request-Id), relayed with its events as the CloudEvents
-- extension "requestid". Null for rows written before, and for changes no request made.
ALTER TABLE outbox_event ADD COLUMN request_id VARCHAR(128) NULL;
