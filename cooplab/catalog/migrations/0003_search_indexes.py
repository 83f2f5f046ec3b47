"""Search indexes, by database (see cooplab/catalog/search/backends.py).

SQLite: an FTS5 table catalog_product_fts(document), rowid = product id, filled from the
existing search documents.

PostgreSQL: pg_trgm; a stored generated column document_tsv = to_tsvector('simple', document)
with a GIN index (ranking reads the stored vector instead of re-parsing every document), and a
GIN trigram index on document. The column is not in the model: Django never writes it. While it
exists, PostgreSQL refuses to change the type of `document`; drop and re-create it around such
a change.

Other databases: nothing.
"""

from django.db import migrations

SQLITE_FORWARD = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS catalog_product_fts USING fts5(document, prefix='2 3')",
    "DELETE FROM catalog_product_fts",
    "INSERT INTO catalog_product_fts (rowid, document) "
    "SELECT product_id, document FROM catalog_productsearchdocument",
]
SQLITE_BACKWARD = ["DROP TABLE IF EXISTS catalog_product_fts"]

POSTGRESQL_FORWARD = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "ALTER TABLE catalog_productsearchdocument ADD COLUMN IF NOT EXISTS document_tsv tsvector "
    "GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, document)) STORED",
    "CREATE INDEX IF NOT EXISTS catalog_search_document_fts "
    "ON catalog_productsearchdocument USING gin (document_tsv)",
    "CREATE INDEX IF NOT EXISTS catalog_search_document_trgm "
    "ON catalog_productsearchdocument USING gin (document gin_trgm_ops)",
]
# The extension stays: other objects may depend on it.
POSTGRESQL_BACKWARD = [
    "DROP INDEX IF EXISTS catalog_search_document_trgm",
    "DROP INDEX IF EXISTS catalog_search_document_fts",
    "ALTER TABLE catalog_productsearchdocument DROP COLUMN IF EXISTS document_tsv",
]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("catalog", "0002_seed_categories")]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE_FORWARD, "postgresql": POSTGRESQL_FORWARD}),
            _run({"sqlite": SQLITE_BACKWARD, "postgresql": POSTGRESQL_BACKWARD}),
            elidable=False,
        ),
    ]
