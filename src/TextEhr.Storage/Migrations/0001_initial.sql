-- TextEhr schema, version 1. Applied by SchemaMigrator in one transaction; PRAGMA user_version is set
-- by the migrator. Dates are INTEGER yyyymmdd, stamps INTEGER UTC Unix milliseconds, decimals TEXT in
-- invariant form (exact, unlike REAL). Clinical rows are append-only: the triggers below refuse every
-- change the application never makes, so no code path can rewrite history (ARCHITECTURE.md §5).

CREATE TABLE sequences(
  name  TEXT PRIMARY KEY,
  value INTEGER NOT NULL
) STRICT;

CREATE TABLE users(
  id            INTEGER PRIMARY KEY,
  login         TEXT NOT NULL UNIQUE COLLATE NOCASE,
  display_name  TEXT NOT NULL,
  role          INTEGER NOT NULL CHECK (role IN (1, 2, 3)),
  password_hash TEXT NOT NULL,
  created_at    INTEGER NOT NULL,
  retired_at    INTEGER
) STRICT;

CREATE TRIGGER users_never_deleted BEFORE DELETE ON users
BEGIN SELECT RAISE(ABORT, 'users are retired, never deleted'); END;

-- 患者: master data, edited in place; the BEFORE UPDATE trigger keeps every earlier revision.
-- insurance is a JSON Coverage (NULL when none), public_coverages a JSON array of PublicCoverage.
CREATE TABLE patients(
  id               INTEGER PRIMARY KEY,
  chart_no         TEXT NOT NULL UNIQUE,
  family_name      TEXT NOT NULL,
  given_name       TEXT NOT NULL,
  family_kana      TEXT NOT NULL,
  given_kana       TEXT NOT NULL,
  name_norm        TEXT NOT NULL,
  kana_norm        TEXT NOT NULL,
  sex              INTEGER NOT NULL CHECK (sex IN (1, 2)),
  birth            INTEGER NOT NULL,
  postal_code      TEXT NOT NULL,
  address          TEXT NOT NULL,
  phone            TEXT NOT NULL,
  phone_digits     TEXT NOT NULL,
  occupation       TEXT NOT NULL,
  memo             TEXT NOT NULL,
  insurance        TEXT CHECK (insurance IS NULL OR json_valid(insurance)),
  public_coverages TEXT NOT NULL CHECK (json_valid(public_coverages)),
  revision         INTEGER NOT NULL CHECK (revision >= 1),
  last_visit       INTEGER,
  created_at       INTEGER NOT NULL,
  updated_at       INTEGER NOT NULL,
  updated_by       INTEGER NOT NULL REFERENCES users(id)
) STRICT;

CREATE INDEX ix_patients_kana ON patients(kana_norm);
CREATE INDEX ix_patients_birth ON patients(birth, kana_norm);
CREATE INDEX ix_patients_phone ON patients(phone_digits);

CREATE TABLE patients_history(
  id               INTEGER PRIMARY KEY,
  patient_id       INTEGER NOT NULL REFERENCES patients(id),
  revision         INTEGER NOT NULL,
  chart_no         TEXT NOT NULL,
  family_name      TEXT NOT NULL,
  given_name       TEXT NOT NULL,
  family_kana      TEXT NOT NULL,
  given_kana       TEXT NOT NULL,
  sex              INTEGER NOT NULL,
  birth            INTEGER NOT NULL,
  postal_code      TEXT NOT NULL,
  address          TEXT NOT NULL,
  phone            TEXT NOT NULL,
  occupation       TEXT NOT NULL,
  memo             TEXT NOT NULL,
  insurance        TEXT,
  public_coverages TEXT NOT NULL,
  updated_at       INTEGER NOT NULL,
  updated_by       INTEGER NOT NULL,
  replaced_at      INTEGER NOT NULL,
  UNIQUE (patient_id, revision)
) STRICT;

CREATE TRIGGER patients_never_deleted BEFORE DELETE ON patients
BEGIN SELECT RAISE(ABORT, 'patients are never deleted'); END;

-- An edit of the master columns must raise the revision, so it cannot bypass the history.
CREATE TRIGGER patients_edit_needs_revision
BEFORE UPDATE OF id, chart_no, family_name, given_name, family_kana, given_kana, sex, birth, postal_code,
  address, phone, occupation, memo, insurance, public_coverages, created_at ON patients
WHEN NEW.revision = OLD.revision
BEGIN SELECT RAISE(ABORT, 'a patient edit must raise the revision'); END;

CREATE TRIGGER patients_keep_history BEFORE UPDATE OF revision ON patients
WHEN NEW.revision <> OLD.revision
BEGIN
  SELECT RAISE(ABORT, 'a patient revision grows by one') WHERE NEW.revision <> OLD.revision + 1;
  INSERT INTO patients_history(patient_id, revision, chart_no, family_name, given_name, family_kana,
    given_kana, sex, birth, postal_code, address, phone, occupation, memo, insurance, public_coverages,
    updated_at, updated_by, replaced_at)
  VALUES (OLD.id, OLD.revision, OLD.chart_no, OLD.family_name, OLD.given_name, OLD.family_kana,
    OLD.given_kana, OLD.sex, OLD.birth, OLD.postal_code, OLD.address, OLD.phone, OLD.occupation, OLD.memo,
    OLD.insurance, OLD.public_coverages, OLD.updated_at, OLD.updated_by, NEW.updated_at);
END;

CREATE TRIGGER patients_history_frozen_update BEFORE UPDATE ON patients_history
BEGIN SELECT RAISE(ABORT, 'patient history is append-only'); END;

CREATE TRIGGER patients_history_frozen_delete BEFORE DELETE ON patients_history
BEGIN SELECT RAISE(ABORT, 'patient history is append-only'); END;

-- Trigram index of the name keys (notes/DB.md §7): 漢字 substrings of 3+ characters.
CREATE VIRTUAL TABLE patients_fts USING fts5(name_norm, kana_norm,
  content = 'patients', content_rowid = 'id', tokenize = 'trigram');

CREATE TRIGGER patients_fts_insert AFTER INSERT ON patients
BEGIN
  INSERT INTO patients_fts(rowid, name_norm, kana_norm) VALUES (NEW.id, NEW.name_norm, NEW.kana_norm);
END;

CREATE TRIGGER patients_fts_update AFTER UPDATE OF name_norm, kana_norm ON patients
BEGIN
  INSERT INTO patients_fts(patients_fts, rowid, name_norm, kana_norm)
  VALUES ('delete', OLD.id, OLD.name_norm, OLD.kana_norm);
  INSERT INTO patients_fts(rowid, name_norm, kana_norm) VALUES (NEW.id, NEW.name_norm, NEW.kana_norm);
END;

-- 2号用紙: one entry per visit; its content lives in versions. confirmed_at IS NULL = 一時保存.
CREATE TABLE chart_entries(
  id         INTEGER PRIMARY KEY,
  patient_id INTEGER NOT NULL REFERENCES patients(id),
  visit_date INTEGER NOT NULL,
  created_by INTEGER NOT NULL REFERENCES users(id),
  created_at INTEGER NOT NULL
) STRICT;

CREATE INDEX ix_chart_entries_patient ON chart_entries(patient_id, visit_date);

CREATE TRIGGER chart_entries_frozen_update BEFORE UPDATE ON chart_entries
BEGIN SELECT RAISE(ABORT, 'chart entries are append-only'); END;

CREATE TRIGGER chart_entries_frozen_delete BEFORE DELETE ON chart_entries
BEGIN SELECT RAISE(ABORT, 'chart entries are append-only'); END;

CREATE TABLE chart_entry_versions(
  id               INTEGER PRIMARY KEY,
  entry_id         INTEGER NOT NULL REFERENCES chart_entries(id),
  version          INTEGER NOT NULL CHECK (version >= 1),
  status           INTEGER NOT NULL CHECK (status IN (0, 1)),
  subjective       TEXT NOT NULL,
  objective        TEXT NOT NULL,
  assessment       TEXT NOT NULL,
  plan             TEXT NOT NULL,
  systolic         INTEGER,
  diastolic        INTEGER,
  pulse            INTEGER,
  temperature      TEXT,
  spo2             INTEGER,
  height           TEXT,
  weight           TEXT,
  rx_out_of_house  INTEGER CHECK (rx_out_of_house IN (0, 1)),
  reason           TEXT,
  author_id        INTEGER NOT NULL REFERENCES users(id),
  authored_at      INTEGER NOT NULL,
  confirmed_by     INTEGER REFERENCES users(id),
  confirmed_at     INTEGER,
  content_hash     TEXT NOT NULL,
  UNIQUE (entry_id, version),
  CHECK (version = 1 OR reason IS NOT NULL),
  CHECK ((confirmed_by IS NULL) = (confirmed_at IS NULL)),
  CHECK (status = 0 OR (confirmed_at IS NOT NULL AND reason IS NOT NULL))
) STRICT;

CREATE TRIGGER chart_entry_versions_in_sequence BEFORE INSERT ON chart_entry_versions
BEGIN
  SELECT RAISE(ABORT, 'chart entry versions are numbered in sequence')
  WHERE NEW.version <> (SELECT coalesce(max(version), 0) + 1 FROM chart_entry_versions WHERE entry_id = NEW.entry_id);
  SELECT RAISE(ABORT, 'a chart entry has at most one draft version')
  WHERE NEW.confirmed_at IS NULL
    AND EXISTS (SELECT 1 FROM chart_entry_versions WHERE entry_id = NEW.entry_id AND confirmed_at IS NULL);
  SELECT RAISE(ABORT, 'a voided chart entry takes no new versions')
  WHERE EXISTS (SELECT 1 FROM chart_entry_versions WHERE entry_id = NEW.entry_id AND status = 1);
END;

CREATE TRIGGER chart_entry_versions_frozen_update BEFORE UPDATE ON chart_entry_versions
WHEN OLD.confirmed_at IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'confirmed chart entry versions are append-only'); END;

CREATE TRIGGER chart_entry_versions_never_deleted BEFORE DELETE ON chart_entry_versions
BEGIN SELECT RAISE(ABORT, 'chart entry versions are append-only'); END;

-- A draft keeps its place: only its content and its confirmation change, and only the newest confirms.
CREATE TRIGGER chart_entry_versions_draft_identity BEFORE UPDATE OF id, entry_id, version, status ON chart_entry_versions
WHEN NEW.id <> OLD.id OR NEW.entry_id <> OLD.entry_id OR NEW.version <> OLD.version OR NEW.status <> OLD.status
BEGIN SELECT RAISE(ABORT, 'a draft keeps its entry, version and status'); END;

CREATE TRIGGER chart_entry_versions_confirm_newest BEFORE UPDATE OF confirmed_at ON chart_entry_versions
WHEN NEW.confirmed_at IS NOT NULL
  AND EXISTS (SELECT 1 FROM chart_entry_versions WHERE entry_id = OLD.entry_id AND version > OLD.version)
BEGIN SELECT RAISE(ABORT, 'only the newest version of an entry can be confirmed'); END;

-- patients.last_visit: the newest visit with a confirmed, unvoided entry (cheap summaries in search).
CREATE TRIGGER chart_entry_versions_last_visit_on_confirm AFTER UPDATE OF confirmed_at ON chart_entry_versions
WHEN OLD.confirmed_at IS NULL AND NEW.confirmed_at IS NOT NULL AND NEW.status = 0
BEGIN
  UPDATE patients SET last_visit = (SELECT visit_date FROM chart_entries WHERE id = NEW.entry_id)
  WHERE id = (SELECT patient_id FROM chart_entries WHERE id = NEW.entry_id)
    AND coalesce(last_visit, 0) < (SELECT visit_date FROM chart_entries WHERE id = NEW.entry_id);
END;

CREATE TRIGGER chart_entry_versions_last_visit_on_void AFTER INSERT ON chart_entry_versions
WHEN NEW.status = 1
BEGIN
  UPDATE patients SET last_visit = (
    SELECT max(e.visit_date) FROM chart_entries e
    WHERE e.patient_id = patients.id
      AND EXISTS (SELECT 1 FROM chart_entry_versions v
                  WHERE v.entry_id = e.id AND v.confirmed_at IS NOT NULL AND v.status = 0)
      AND NOT EXISTS (SELECT 1 FROM chart_entry_versions v WHERE v.entry_id = e.id AND v.status = 1))
  WHERE id = (SELECT patient_id FROM chart_entries WHERE id = NEW.entry_id);
END;

-- 処方: Rp groups and their drugs belong to one version and freeze with it.
CREATE TABLE prescription_groups(
  id            INTEGER PRIMARY KEY,
  version_id    INTEGER NOT NULL REFERENCES chart_entry_versions(id),
  seq           INTEGER NOT NULL,
  form          INTEGER NOT NULL,
  usage         TEXT NOT NULL,
  duration      INTEGER NOT NULL,
  duration_unit INTEGER NOT NULL,
  UNIQUE (version_id, seq)
) STRICT;

CREATE TABLE prescription_items(
  id         INTEGER PRIMARY KEY,
  group_id   INTEGER NOT NULL REFERENCES prescription_groups(id),
  seq        INTEGER NOT NULL,
  drug_name  TEXT NOT NULL,
  drug_code  TEXT,
  dose       TEXT NOT NULL,
  unit       TEXT NOT NULL,
  is_generic INTEGER NOT NULL CHECK (is_generic IN (0, 1)),
  UNIQUE (group_id, seq)
) STRICT;

CREATE TRIGGER prescription_groups_frozen_insert BEFORE INSERT ON prescription_groups
WHEN (SELECT confirmed_at FROM chart_entry_versions WHERE id = NEW.version_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'a confirmed version takes no new prescription rows'); END;

CREATE TRIGGER prescription_groups_frozen_update BEFORE UPDATE ON prescription_groups
WHEN (SELECT confirmed_at FROM chart_entry_versions WHERE id = OLD.version_id) IS NOT NULL
  OR (SELECT confirmed_at FROM chart_entry_versions WHERE id = NEW.version_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'prescriptions of a confirmed version are append-only'); END;

CREATE TRIGGER prescription_groups_frozen_delete BEFORE DELETE ON prescription_groups
WHEN (SELECT confirmed_at FROM chart_entry_versions WHERE id = OLD.version_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'prescriptions of a confirmed version are append-only'); END;

CREATE TRIGGER prescription_items_frozen_insert BEFORE INSERT ON prescription_items
WHEN (SELECT v.confirmed_at FROM prescription_groups g JOIN chart_entry_versions v ON v.id = g.version_id
      WHERE g.id = NEW.group_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'a confirmed version takes no new prescription rows'); END;

CREATE TRIGGER prescription_items_frozen_update BEFORE UPDATE ON prescription_items
WHEN (SELECT v.confirmed_at FROM prescription_groups g JOIN chart_entry_versions v ON v.id = g.version_id
      WHERE g.id = OLD.group_id) IS NOT NULL
  OR (SELECT v.confirmed_at FROM prescription_groups g JOIN chart_entry_versions v ON v.id = g.version_id
      WHERE g.id = NEW.group_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'prescriptions of a confirmed version are append-only'); END;

CREATE TRIGGER prescription_items_frozen_delete BEFORE DELETE ON prescription_items
WHEN (SELECT v.confirmed_at FROM prescription_groups g JOIN chart_entry_versions v ON v.id = g.version_id
      WHERE g.id = OLD.group_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'prescriptions of a confirmed version are append-only'); END;

-- Allergies, problems and lab rows: appended; a mistake is voided (the void columns are set once, and
-- nothing else ever changes); a correction is a new row that supersedes the old one.
CREATE TABLE allergies(
  id           INTEGER PRIMARY KEY,
  patient_id   INTEGER NOT NULL REFERENCES patients(id),
  category     INTEGER NOT NULL CHECK (category IN (1, 2)),
  substance    TEXT NOT NULL,
  reaction     TEXT NOT NULL,
  verification INTEGER NOT NULL CHECK (verification IN (1, 2)),
  recorded_by  INTEGER NOT NULL REFERENCES users(id),
  recorded_at  INTEGER NOT NULL,
  voided_by    INTEGER REFERENCES users(id),
  voided_at    INTEGER,
  void_reason  TEXT,
  CHECK ((voided_at IS NULL) = (void_reason IS NULL) AND (voided_at IS NULL) = (voided_by IS NULL))
) STRICT;

CREATE INDEX ix_allergies_patient ON allergies(patient_id);

CREATE TRIGGER allergies_void_only BEFORE UPDATE ON allergies
WHEN OLD.voided_at IS NOT NULL OR NEW.voided_at IS NULL
  OR NEW.id IS NOT OLD.id OR NEW.patient_id IS NOT OLD.patient_id OR NEW.category IS NOT OLD.category
  OR NEW.substance IS NOT OLD.substance OR NEW.reaction IS NOT OLD.reaction
  OR NEW.verification IS NOT OLD.verification OR NEW.recorded_by IS NOT OLD.recorded_by
  OR NEW.recorded_at IS NOT OLD.recorded_at
BEGIN SELECT RAISE(ABORT, 'allergies are append-only: only an unvoided row can be voided'); END;

CREATE TRIGGER allergies_never_deleted BEFORE DELETE ON allergies
BEGIN SELECT RAISE(ABORT, 'allergies are append-only'); END;

CREATE TABLE problems(
  id            INTEGER PRIMARY KEY,
  patient_id    INTEGER NOT NULL REFERENCES patients(id),
  supersedes_id INTEGER REFERENCES problems(id),
  name          TEXT NOT NULL,
  icd10         TEXT,
  is_primary    INTEGER NOT NULL CHECK (is_primary IN (0, 1)),
  is_suspected  INTEGER NOT NULL CHECK (is_suspected IN (0, 1)),
  onset_date    INTEGER NOT NULL,
  outcome       INTEGER NOT NULL CHECK (outcome BETWEEN 0 AND 4),
  outcome_date  INTEGER,
  recorded_by   INTEGER NOT NULL REFERENCES users(id),
  recorded_at   INTEGER NOT NULL,
  voided_by     INTEGER REFERENCES users(id),
  voided_at     INTEGER,
  void_reason   TEXT,
  CHECK ((voided_at IS NULL) = (void_reason IS NULL) AND (voided_at IS NULL) = (voided_by IS NULL))
) STRICT;

CREATE INDEX ix_problems_patient ON problems(patient_id);
-- One live successor per row: a revision cannot fork.
CREATE UNIQUE INDEX ux_problems_supersedes ON problems(supersedes_id)
WHERE supersedes_id IS NOT NULL AND voided_at IS NULL;

CREATE TRIGGER problems_void_only BEFORE UPDATE ON problems
WHEN OLD.voided_at IS NOT NULL OR NEW.voided_at IS NULL
  OR NEW.id IS NOT OLD.id OR NEW.patient_id IS NOT OLD.patient_id OR NEW.supersedes_id IS NOT OLD.supersedes_id
  OR NEW.name IS NOT OLD.name OR NEW.icd10 IS NOT OLD.icd10 OR NEW.is_primary IS NOT OLD.is_primary
  OR NEW.is_suspected IS NOT OLD.is_suspected OR NEW.onset_date IS NOT OLD.onset_date
  OR NEW.outcome IS NOT OLD.outcome OR NEW.outcome_date IS NOT OLD.outcome_date
  OR NEW.recorded_by IS NOT OLD.recorded_by OR NEW.recorded_at IS NOT OLD.recorded_at
BEGIN SELECT RAISE(ABORT, 'problems are append-only: only an unvoided row can be voided'); END;

CREATE TRIGGER problems_never_deleted BEFORE DELETE ON problems
BEGIN SELECT RAISE(ABORT, 'problems are append-only'); END;

-- items is a JSON array of the item names (or JLAC10 codes) as ordered.
CREATE TABLE lab_orders(
  id          INTEGER PRIMARY KEY,
  patient_id  INTEGER NOT NULL REFERENCES patients(id),
  ordered_on  INTEGER NOT NULL,
  items       TEXT NOT NULL CHECK (json_valid(items)),
  ordered_by  INTEGER NOT NULL REFERENCES users(id),
  recorded_at INTEGER NOT NULL,
  voided_by   INTEGER REFERENCES users(id),
  voided_at   INTEGER,
  void_reason TEXT,
  CHECK ((voided_at IS NULL) = (void_reason IS NULL) AND (voided_at IS NULL) = (voided_by IS NULL))
) STRICT;

CREATE INDEX ix_lab_orders_patient ON lab_orders(patient_id, ordered_on);

CREATE TRIGGER lab_orders_void_only BEFORE UPDATE ON lab_orders
WHEN OLD.voided_at IS NOT NULL OR NEW.voided_at IS NULL
  OR NEW.id IS NOT OLD.id OR NEW.patient_id IS NOT OLD.patient_id OR NEW.ordered_on IS NOT OLD.ordered_on
  OR NEW.items IS NOT OLD.items OR NEW.ordered_by IS NOT OLD.ordered_by OR NEW.recorded_at IS NOT OLD.recorded_at
BEGIN SELECT RAISE(ABORT, 'lab orders are append-only: only an unvoided row can be voided'); END;

CREATE TRIGGER lab_orders_never_deleted BEFORE DELETE ON lab_orders
BEGIN SELECT RAISE(ABORT, 'lab orders are append-only'); END;

CREATE TABLE lab_results(
  id            INTEGER PRIMARY KEY,
  patient_id    INTEGER NOT NULL REFERENCES patients(id),
  order_id      INTEGER REFERENCES lab_orders(id),
  supersedes_id INTEGER REFERENCES lab_results(id),
  item_name     TEXT NOT NULL,
  item_code     TEXT,
  value         TEXT NOT NULL,
  unit          TEXT NOT NULL,
  ref_low       TEXT,
  ref_high      TEXT,
  collected_on  INTEGER NOT NULL,
  recorded_by   INTEGER NOT NULL REFERENCES users(id),
  recorded_at   INTEGER NOT NULL,
  voided_by     INTEGER REFERENCES users(id),
  voided_at     INTEGER,
  void_reason   TEXT,
  CHECK ((voided_at IS NULL) = (void_reason IS NULL) AND (voided_at IS NULL) = (voided_by IS NULL))
) STRICT;

CREATE INDEX ix_lab_results_patient ON lab_results(patient_id, item_name, collected_on);
CREATE UNIQUE INDEX ux_lab_results_supersedes ON lab_results(supersedes_id)
WHERE supersedes_id IS NOT NULL AND voided_at IS NULL;

CREATE TRIGGER lab_results_void_only BEFORE UPDATE ON lab_results
WHEN OLD.voided_at IS NOT NULL OR NEW.voided_at IS NULL
  OR NEW.id IS NOT OLD.id OR NEW.patient_id IS NOT OLD.patient_id OR NEW.order_id IS NOT OLD.order_id
  OR NEW.supersedes_id IS NOT OLD.supersedes_id OR NEW.item_name IS NOT OLD.item_name
  OR NEW.item_code IS NOT OLD.item_code OR NEW.value IS NOT OLD.value OR NEW.unit IS NOT OLD.unit
  OR NEW.ref_low IS NOT OLD.ref_low OR NEW.ref_high IS NOT OLD.ref_high
  OR NEW.collected_on IS NOT OLD.collected_on OR NEW.recorded_by IS NOT OLD.recorded_by
  OR NEW.recorded_at IS NOT OLD.recorded_at
BEGIN SELECT RAISE(ABORT, 'lab results are append-only: only an unvoided row can be voided'); END;

CREATE TRIGGER lab_results_never_deleted BEFORE DELETE ON lab_results
BEGIN SELECT RAISE(ABORT, 'lab results are append-only'); END;

-- 監査ログ: hash = SHA-256(prev_hash ‖ canonical row), prev_hash of the first row = 32 zero bytes.
-- Rows are never changed or removed; AuditChainVerifier finds any edit or gap made around the triggers.
CREATE TABLE audit_log(
  id         INTEGER PRIMARY KEY,
  at         INTEGER NOT NULL,
  user_id    INTEGER,
  action     TEXT NOT NULL,
  entity     TEXT NOT NULL,
  entity_id  INTEGER,
  patient_id INTEGER,
  detail     TEXT NOT NULL,
  prev_hash  BLOB NOT NULL CHECK (length(prev_hash) = 32),
  hash       BLOB NOT NULL CHECK (length(hash) = 32)
) STRICT;

CREATE INDEX ix_audit_patient ON audit_log(patient_id, id);

CREATE TRIGGER audit_log_frozen_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

CREATE TRIGGER audit_log_frozen_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
