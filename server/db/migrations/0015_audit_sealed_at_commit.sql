-- The audit chain is sealed while a transaction commits, not while it runs (see audit/tables.ts, auditPending).
-- Before, a writer took the chain's lock at its first audit row and kept it until its commit, so under load every
-- write queued behind every other write's remaining statements. Now recordAudit only inserts into audit_pending;
-- this deferred trigger numbers and hashes each row at commit, in insertion order, under the same advisory lock.

-- The hash of one audit row: SHA-256 over a JSON array of its fields, as PostgreSQL writes it. The text of jsonb is
-- fixed for a given value (keys ordered, one spacing), so the same row always gives the same hash, also after a
-- backup is restored. The verification (audit/verify.ts) recomputes it with this same function.
CREATE FUNCTION audit_row_hash(
  seq bigint, at timestamptz, actor_id text, actor_label text, action text, entity_type text, entity_id text,
  changes jsonb, prev_hash text
) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT encode(sha256(convert_to(json_build_array(
    seq, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), actor_id, actor_label, action,
    entity_type, entity_id, changes, prev_hash
  )::text, 'UTF8')), 'hex')
$$;
--> statement-breakpoint
CREATE FUNCTION audit_seal() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  head_seq bigint;
  head_hash text;
  next_hash text;
BEGIN
  -- 7402651 is ADVISORY_LOCKS.auditChain (db/locks.ts): one sealer at a time across all processes.
  PERFORM pg_advisory_xact_lock(7402651);
  SELECT seq, hash INTO head_seq, head_hash FROM audit_head WHERE id = 1;
  IF NOT FOUND THEN
    head_seq := 0;
    head_hash := repeat('0', 64);
  END IF;
  head_seq := head_seq + 1;
  next_hash := audit_row_hash(head_seq, NEW.at, NEW.actor_id, NEW.actor_label, NEW.action, NEW.entity_type,
    NEW.entity_id, NEW.changes, head_hash);
  INSERT INTO audit_log (seq, at, actor_id, actor_label, action, entity_type, entity_id, changes, prev_hash, hash)
    VALUES (head_seq, NEW.at, NEW.actor_id, NEW.actor_label, NEW.action, NEW.entity_type, NEW.entity_id,
      NEW.changes, head_hash, next_hash);
  INSERT INTO audit_head (id, seq, hash) VALUES (1, head_seq, next_hash)
    ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash;
  DELETE FROM audit_pending WHERE id = NEW.id;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER audit_pending_seal AFTER INSERT ON audit_pending
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_seal();
--> statement-breakpoint
-- Rows written before this migration were hashed by the application; hash them again with audit_row_hash so that
-- one function verifies the whole chain. This runs once, inside the migration's transaction.
ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only;
--> statement-breakpoint
DO $$
DECLARE
  r record;
  prev text := repeat('0', 64);
  h text;
BEGIN
  FOR r IN SELECT * FROM audit_log ORDER BY seq LOOP
    h := audit_row_hash(r.seq, r.at, r.actor_id, r.actor_label, r.action, r.entity_type, r.entity_id, r.changes, prev);
    UPDATE audit_log SET prev_hash = prev, hash = h WHERE seq = r.seq;
    prev := h;
  END LOOP;
  UPDATE audit_head SET hash = prev WHERE id = 1;
END;
$$;
--> statement-breakpoint
ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only;
