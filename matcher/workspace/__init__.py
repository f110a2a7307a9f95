"""The transfer manager's workspace: users and roles, introductions, the queue, saved searches, reports and
the audit log."""
