-- Version 3: login lock-out. Five wrong passwords in a row lock a user for fifteen minutes, so a
-- password cannot be guessed at the clinic's PC; the count and the end of the lock survive a restart.
ALTER TABLE users ADD COLUMN failed_logins INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN locked_until INTEGER;
