-- Who entered a transaction: the login's username, or "import" / "recurring" for what the module
-- books itself. Transactions entered by hand before this was recorded stay NULL (unknown).
ALTER TABLE financial.transaction ADD COLUMN created_by VARCHAR(64);
UPDATE financial.transaction SET created_by = 'import' WHERE source = 'IMPORT';
UPDATE financial.transaction SET created_by = 'recurring' WHERE source = 'RECURRING';
