-- Version 6: an issued document may have been 'opened' for printing by hand. On Windows the PDF is opened
-- in the default viewer (stock Windows has no silent print verb), which is neither printed nor only
-- saved, so the kept row must not say 印刷済. SQLite cannot change a CHECK in place: the table is rebuilt
-- with its rows, then its index and append-only triggers are made again (DROP TABLE fires no triggers).
CREATE TABLE issued_documents_v6(
  id          INTEGER PRIMARY KEY,
  patient_id  INTEGER NOT NULL REFERENCES patients(id),
  kind        TEXT NOT NULL CHECK (kind IN ('referral', 'summary', 'prescription')),
  entry_id    INTEGER REFERENCES chart_entries(id),
  title       TEXT NOT NULL,
  model_json  TEXT NOT NULL,
  html        TEXT NOT NULL,
  pdf_sha256  BLOB CHECK (pdf_sha256 IS NULL OR length(pdf_sha256) = 32),
  output      TEXT NOT NULL CHECK (output IN ('pdf', 'printed', 'html', 'opened')),
  printer     TEXT,
  created_by  INTEGER NOT NULL REFERENCES users(id),
  created_at  INTEGER NOT NULL
) STRICT;

INSERT INTO issued_documents_v6(id, patient_id, kind, entry_id, title, model_json, html, pdf_sha256, output, printer, created_by, created_at)
SELECT id, patient_id, kind, entry_id, title, model_json, html, pdf_sha256, output, printer, created_by, created_at FROM issued_documents;

DROP TABLE issued_documents;

ALTER TABLE issued_documents_v6 RENAME TO issued_documents;

CREATE INDEX ix_issued_documents_patient ON issued_documents(patient_id, created_at);

CREATE TRIGGER issued_documents_frozen_update BEFORE UPDATE ON issued_documents
BEGIN SELECT RAISE(ABORT, 'issued documents are append-only'); END;

CREATE TRIGGER issued_documents_frozen_delete BEFORE DELETE ON issued_documents
BEGIN SELECT RAISE(ABORT, 'issued documents are append-only'); END;
