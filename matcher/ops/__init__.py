"""Operations: schema migrations, backup and restore, and their commands."""
