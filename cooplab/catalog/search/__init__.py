"""Product search: text normalisation shared by indexing and querying, and two backends
(SQLite FTS5, PostgreSQL full-text + trigram) behind one selector."""
