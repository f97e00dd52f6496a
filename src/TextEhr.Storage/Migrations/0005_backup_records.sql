-- Version 5: バックアップ記録. Every backup written is recorded: when, where, how big, the hashes of the
-- encrypted file and of the database copy inside it, and the audit chain's head at the snapshot, so a
-- restore can be matched to the record and the reminder at exit knows the last one. Append-only; a
-- generation removed from the stick keeps its row (pruned_at is the one column ever set later).
CREATE TABLE backup_records(
  id              INTEGER PRIMARY KEY,
  started_at      INTEGER NOT NULL,
  finished_at     INTEGER NOT NULL,
  user_id         INTEGER REFERENCES users(id),
  destination     TEXT NOT NULL,
  file_name       TEXT NOT NULL,
  size_bytes      INTEGER NOT NULL CHECK (size_bytes > 0),
  file_sha256     BLOB NOT NULL CHECK (length(file_sha256) = 32),
  content_sha256  BLOB NOT NULL CHECK (length(content_sha256) = 32),
  audit_head      BLOB CHECK (audit_head IS NULL OR length(audit_head) = 32),
  schema_version  INTEGER NOT NULL,
  pruned_at       INTEGER
) STRICT;

CREATE INDEX ix_backup_records_finished ON backup_records(finished_at);

CREATE TRIGGER backup_records_only_pruned BEFORE UPDATE ON backup_records
WHEN NEW.id IS NOT OLD.id OR NEW.started_at IS NOT OLD.started_at OR NEW.finished_at IS NOT OLD.finished_at
  OR NEW.user_id IS NOT OLD.user_id OR NEW.destination IS NOT OLD.destination OR NEW.file_name IS NOT OLD.file_name
  OR NEW.size_bytes IS NOT OLD.size_bytes OR NEW.file_sha256 IS NOT OLD.file_sha256
  OR NEW.content_sha256 IS NOT OLD.content_sha256 OR NEW.audit_head IS NOT OLD.audit_head
  OR NEW.schema_version IS NOT OLD.schema_version OR OLD.pruned_at IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'backup records are append-only; only pruned_at is set, once'); END;

CREATE TRIGGER backup_records_never_deleted BEFORE DELETE ON backup_records
BEGIN SELECT RAISE(ABORT, 'backup records are append-only'); END;
