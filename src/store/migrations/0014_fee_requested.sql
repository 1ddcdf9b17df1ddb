-- The day a fee was asked of the requester (UK GDPR Art. 12A: the clock starts once it is paid). Empty for the
-- requests recorded before, whose fee, if any, was recorded only when received.
ALTER TABLE request ADD COLUMN fee_requested_on TEXT;
