"""Who is who and who may do what: users, logins and tokens (service), and the policies every entry point asks."""
