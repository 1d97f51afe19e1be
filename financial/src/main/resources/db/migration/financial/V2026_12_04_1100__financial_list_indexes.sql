-- The transaction list (issue 18). Its default order, newest first (booked_on desc, id desc), reads
-- the first page from this index instead of sorting the whole table; it also serves date ranges, so
-- it replaces the index on booked_on alone.
CREATE INDEX transaction_date_id_ix ON financial.transaction (booked_on, id);
DROP INDEX financial.transaction_date_ix;
-- Per account in date order, with the amount: an account's balance and the running balance of a
-- page are read from the index alone.
CREATE INDEX transaction_account_date_amount_ix ON financial.transaction (account_id, booked_on, id) INCLUDE (amount);
DROP INDEX financial.transaction_account_date_ix;
