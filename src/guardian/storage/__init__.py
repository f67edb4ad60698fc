"""Household data on disk: the SQLite engine, tables, migrations, backups and recovery, and repositories.

SQLAlchemy only; no Qt. Services open a Database (see recovery.open_database) and use the repositories inside
Database.transaction().
"""
