-- A cadre's own phone, for text reminders such as a document's 催办: proved by a code sent to it, kept like a
-- member's phone (encrypted, with a keyed hash), and shown masked. Optional: without one, reminders stay in-app.
alter table accounts add column phone_cipher text, add column phone_hash text collate "C";
