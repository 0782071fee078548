-- Retention (Sefton 10): a leaver's supervision file is kept for the policy's period after the
-- leaving date and then deleted for good, unless a legal hold (a claim, an investigation, a
-- subject access request being answered) stops the deletion until it is released.
ALTER TABLE supervisee ADD COLUMN legal_hold BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE supervisee ADD COLUMN legal_hold_reason VARCHAR(500) NOT NULL DEFAULT '';
ALTER TABLE supervisee ADD COLUMN legal_hold_since DATE;
