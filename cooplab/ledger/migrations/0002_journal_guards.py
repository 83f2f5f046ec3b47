"""Database guards of the journal (docs/decisions/0007-ledger.md).

The service writes an entry's lines FIRST (with the entry's pre-chosen UUID; the foreign key is
DEFERRABLE INITIALLY DEFERRED, so this is legal inside the transaction), then the entry row.

- After an entry row is inserted, its lines must number >= 2 and sum to exactly 0 (summed in
  whole centimes: SQLite stores decimals as floating point).
- A line cannot be inserted for an entry that already exists: a posted entry is sealed.
- Lines and entries cannot be updated.
- PostgreSQL: they cannot be deleted either (TRUNCATE, an explicit table-wide operation used by
  the test runner's flush, still works). SQLite: no DELETE trigger, because Django's test flush
  empties tables with DELETE in no fixed order; the ORM refuses deletes (AppendOnlyQuerySet,
  PROTECT foreign keys) and production runs PostgreSQL.
"""

from django.db import migrations

SQLITE_FORWARD = [
    """
    CREATE TRIGGER ledger_entry_balanced AFTER INSERT ON ledger_journalentry
    WHEN (SELECT count(*) FROM ledger_journalline WHERE entry_id = NEW.id) < 2
      OR (SELECT coalesce(sum(CAST(round(amount * 100) AS INTEGER)), 0)
          FROM ledger_journalline WHERE entry_id = NEW.id) != 0
    BEGIN SELECT RAISE(ABORT, 'ledger: a journal entry must have two or more lines summing to 0');
    END
    """,
    """
    CREATE TRIGGER ledger_line_entry_sealed BEFORE INSERT ON ledger_journalline
    WHEN EXISTS (SELECT 1 FROM ledger_journalentry WHERE id = NEW.entry_id)
    BEGIN SELECT RAISE(ABORT, 'ledger: a posted journal entry cannot get new lines'); END
    """,
    """
    CREATE TRIGGER ledger_line_no_update BEFORE UPDATE ON ledger_journalline
    BEGIN SELECT RAISE(ABORT, 'ledger: journal lines are append-only'); END
    """,
    """
    CREATE TRIGGER ledger_entry_no_update BEFORE UPDATE ON ledger_journalentry
    BEGIN SELECT RAISE(ABORT, 'ledger: journal entries are append-only'); END
    """,
]
SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS ledger_entry_balanced",
    "DROP TRIGGER IF EXISTS ledger_line_entry_sealed",
    "DROP TRIGGER IF EXISTS ledger_line_no_update",
    "DROP TRIGGER IF EXISTS ledger_entry_no_update",
]

POSTGRESQL_FORWARD = [
    """
    CREATE OR REPLACE FUNCTION ledger_entry_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
        line_count integer;
        line_sum numeric;
    BEGIN
        SELECT count(*), coalesce(sum(amount), 0) INTO line_count, line_sum
        FROM ledger_journalline WHERE entry_id = NEW.id;
        IF line_count < 2 OR line_sum <> 0 THEN
            RAISE EXCEPTION 'ledger: journal entry % has % lines summing to %',
                NEW.id, line_count, line_sum USING ERRCODE = 'check_violation';
        END IF;
        RETURN NULL;
    END $$
    """,
    """
    CREATE TRIGGER ledger_entry_balanced AFTER INSERT ON ledger_journalentry
    FOR EACH ROW EXECUTE FUNCTION ledger_entry_balanced()
    """,
    """
    CREATE OR REPLACE FUNCTION ledger_line_entry_sealed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF EXISTS (SELECT 1 FROM ledger_journalentry WHERE id = NEW.entry_id) THEN
            RAISE EXCEPTION 'ledger: posted journal entry % cannot get new lines', NEW.entry_id
                USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
    END $$
    """,
    """
    CREATE TRIGGER ledger_line_entry_sealed BEFORE INSERT ON ledger_journalline
    FOR EACH ROW EXECUTE FUNCTION ledger_line_entry_sealed()
    """,
    """
    CREATE OR REPLACE FUNCTION ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        RAISE EXCEPTION 'ledger: % on % refused: the journal is append-only',
            TG_OP, TG_TABLE_NAME USING ERRCODE = 'check_violation';
    END $$
    """,
    """
    CREATE TRIGGER ledger_line_append_only BEFORE UPDATE OR DELETE ON ledger_journalline
    FOR EACH ROW EXECUTE FUNCTION ledger_append_only()
    """,
    """
    CREATE TRIGGER ledger_entry_append_only BEFORE UPDATE OR DELETE ON ledger_journalentry
    FOR EACH ROW EXECUTE FUNCTION ledger_append_only()
    """,
]
POSTGRESQL_BACKWARD = [
    "DROP TRIGGER IF EXISTS ledger_entry_append_only ON ledger_journalentry",
    "DROP TRIGGER IF EXISTS ledger_line_append_only ON ledger_journalline",
    "DROP TRIGGER IF EXISTS ledger_line_entry_sealed ON ledger_journalline",
    "DROP TRIGGER IF EXISTS ledger_entry_balanced ON ledger_journalentry",
    "DROP FUNCTION IF EXISTS ledger_append_only()",
    "DROP FUNCTION IF EXISTS ledger_line_entry_sealed()",
    "DROP FUNCTION IF EXISTS ledger_entry_balanced()",
]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement, params=None)

    return run


class Migration(migrations.Migration):
    dependencies = [("ledger", "0001_initial")]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE_FORWARD, "postgresql": POSTGRESQL_FORWARD}),
            _run({"sqlite": SQLITE_BACKWARD, "postgresql": POSTGRESQL_BACKWARD}),
            elidable=False,
        ),
    ]
