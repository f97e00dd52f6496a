-- Version 4: 発行文書. A document made from a chart (診療情報提供書, patient summary, 院外処方箋) is kept
-- as it was issued: the edited model as JSON and the rendered HTML, the PDF's hash, where it went, who
-- made it and when (ARCHITECTURE.md §8: "a confirmed document keeps a snapshot of what was printed").
-- Rows are never changed or removed, like the chart itself.
CREATE TABLE issued_documents(
  id          INTEGER PRIMARY KEY,
  patient_id  INTEGER NOT NULL REFERENCES patients(id),
  kind        TEXT NOT NULL CHECK (kind IN ('referral', 'summary', 'prescription')),
  entry_id    INTEGER REFERENCES chart_entries(id),
  title       TEXT NOT NULL,
  model_json  TEXT NOT NULL,
  html        TEXT NOT NULL,
  pdf_sha256  BLOB CHECK (pdf_sha256 IS NULL OR length(pdf_sha256) = 32),
  output      TEXT NOT NULL CHECK (output IN ('pdf', 'printed', 'html')),
  printer     TEXT,
  created_by  INTEGER NOT NULL REFERENCES users(id),
  created_at  INTEGER NOT NULL
) STRICT;

CREATE INDEX ix_issued_documents_patient ON issued_documents(patient_id, created_at);

CREATE TRIGGER issued_documents_frozen_update BEFORE UPDATE ON issued_documents
BEGIN SELECT RAISE(ABORT, 'issued documents are append-only'); END;

CREATE TRIGGER issued_documents_frozen_delete BEFORE DELETE ON issued_documents
BEGIN SELECT RAISE(ABORT, 'issued documents are append-only'); END;
