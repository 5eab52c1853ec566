-- Market: who is on an entry and how. "owner" offers a supply or asks a demand;
-- "source" is the colleague a demand would like to learn from (names optional).
ALTER TABLE market_entry_person ADD COLUMN role VARCHAR(8) NOT NULL DEFAULT 'owner';
