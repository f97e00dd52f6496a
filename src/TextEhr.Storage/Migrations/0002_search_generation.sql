-- Version 2: what the in-memory search index (PatientSearchIndex) needs.
--
-- The カナ index also carries the other search keys, in (kana_norm, id) order: the index loads every
-- patient's keys already sorted, from an index a tenth the size of the wide patients table, and the
-- カナ prefix search reads the same range as before.
DROP INDEX ix_patients_kana;
CREATE INDEX ix_patients_kana ON patients(kana_norm, id, name_norm, birth, phone_digits);

-- A counter that tells the index that patients changed, in this process or another. Each INSERT of a
-- patient and each UPDATE that writes a search key adds one; last_visit, kept by the chart triggers, is
-- no key and does not count. The index compares the count with the new patient ids and the new
-- patients_history rows (one per edit) and reloads everything when they differ.
CREATE TABLE search_generation(
  id    INTEGER PRIMARY KEY CHECK (id = 1),
  value INTEGER NOT NULL
) STRICT;

INSERT INTO search_generation(id, value) VALUES (1, 0);

CREATE TRIGGER patients_search_generation_insert AFTER INSERT ON patients
BEGIN UPDATE search_generation SET value = value + 1 WHERE id = 1; END;

CREATE TRIGGER patients_search_generation_update
AFTER UPDATE OF id, name_norm, kana_norm, birth, phone_digits ON patients
BEGIN UPDATE search_generation SET value = value + 1 WHERE id = 1; END;
