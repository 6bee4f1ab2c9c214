// The forum's rules, kept apart from HTTP and SQL (see docs/forum-design.md):
//   Screening/   the identifying-detail screen that holds posts carrying details that could identify anyone
//   Joining/     pseudonyms, the passphrase policy, invite and recovery codes
//   Moderation/  post states, moderator actions, standing, roles and permissions, rate limits, coarse times
