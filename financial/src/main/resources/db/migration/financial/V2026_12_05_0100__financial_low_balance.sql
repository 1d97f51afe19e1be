-- The low-balance alert (shared/DOMAIN.md, "wanted, never built"): the household says per account
-- under which balance it wants to hear about it. NULL: no alert for that account.
ALTER TABLE financial.account ADD COLUMN low_balance_below NUMERIC(19, 4);
