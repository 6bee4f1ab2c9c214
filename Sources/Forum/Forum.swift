// The forum's rules, kept apart from HTTP and SQL: screening posts for identifying details,
// pseudonyms, passphrase checks, and the moderation state machine (issue 3).
