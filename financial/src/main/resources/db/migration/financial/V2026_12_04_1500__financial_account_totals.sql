-- Each account's number of transactions and sum of amounts (issue 18), kept by PostgreSQL itself so
-- that the transaction list and the balances read one row per account instead of summing all of
-- its transactions. Every write path (the API, the UI, imports, schedules, transfers, SQL by hand, a
-- restored dump) goes through the triggers below. An account without a row has no transactions.
-- amount_sum is numeric without a limit, like the sum(amount) it replaces: 15 integer digits per
-- amount are allowed, and their sum may need more.
CREATE TABLE financial.account_totals (
    account_id BIGINT PRIMARY KEY REFERENCES financial.account (id) ON DELETE CASCADE,
    row_count  BIGINT NOT NULL,
    amount_sum NUMERIC NOT NULL
);

-- Adds to an account's totals in one statement: the upsert locks the account's row (or waits for a
-- concurrent first insert of it), so parallel writers to one account add up instead of overwriting.
CREATE FUNCTION financial.add_to_account_totals(account BIGINT, added_rows BIGINT, added_amount NUMERIC) RETURNS void
LANGUAGE sql AS $$
    INSERT INTO financial.account_totals AS totals (account_id, row_count, amount_sum)
    VALUES (account, added_rows, added_amount)
    ON CONFLICT (account_id) DO UPDATE
        SET row_count = totals.row_count + excluded.row_count,
            amount_sum = totals.amount_sum + excluded.amount_sum
$$;

CREATE FUNCTION financial.keep_account_totals() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM financial.add_to_account_totals(NEW.account_id, 1, NEW.amount);
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM financial.add_to_account_totals(OLD.account_id, -1, -OLD.amount);
    ELSIF OLD.account_id = NEW.account_id THEN
        PERFORM financial.add_to_account_totals(NEW.account_id, 0, NEW.amount - OLD.amount);
    ELSIF OLD.account_id < NEW.account_id THEN
        -- a row moved to another account: the lower account id first, so that two moves in opposite
        -- directions lock the two rows in the same order instead of deadlocking
        PERFORM financial.add_to_account_totals(OLD.account_id, -1, -OLD.amount);
        PERFORM financial.add_to_account_totals(NEW.account_id, 1, NEW.amount);
    ELSE
        PERFORM financial.add_to_account_totals(NEW.account_id, 1, NEW.amount);
        PERFORM financial.add_to_account_totals(OLD.account_id, -1, -OLD.amount);
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION financial.forget_account_totals() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM financial.account_totals;
    RETURN NULL;
END
$$;

-- Creating the triggers locks financial.transaction against writes until this migration commits,
-- so the backfill below cannot miss a row written meanwhile.
CREATE TRIGGER transaction_counts_in_account_totals
    AFTER INSERT OR DELETE ON financial.transaction
    FOR EACH ROW EXECUTE FUNCTION financial.keep_account_totals();
-- only a changed amount or account touches the totals: re-categorising thousands of rows locks none
CREATE TRIGGER transaction_changes_account_totals
    AFTER UPDATE OF account_id, amount ON financial.transaction
    FOR EACH ROW
    WHEN (OLD.account_id IS DISTINCT FROM NEW.account_id OR OLD.amount IS DISTINCT FROM NEW.amount)
    EXECUTE FUNCTION financial.keep_account_totals();
CREATE TRIGGER transaction_truncate_empties_account_totals
    AFTER TRUNCATE ON financial.transaction
    FOR EACH STATEMENT EXECUTE FUNCTION financial.forget_account_totals();

INSERT INTO financial.account_totals (account_id, row_count, amount_sum)
SELECT account_id, count(*), sum(amount) FROM financial.transaction GROUP BY account_id;
