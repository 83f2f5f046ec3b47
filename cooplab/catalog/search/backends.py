"""Search backends behind one function, chosen by the database in use at call time.

`search_filter(queryset, query)` keeps the products of `queryset` that match `query` and
annotates each with a float `search_rank` (higher is better). It only adds a filter and an
annotation, so further filters, `.distinct()`, facet counting (`pk__in=qs.values("pk")`) and
ordering compose with it.

Both backends read the query the same way:

* the query is normalised with `normalize.tokens`, exactly as documents are;
* every token is a prefix ("safr" finds "safran");
* all tokens must match; only if no product of `queryset` matches them all, products matching
  any token are returned (ranked by how well they match) so a half-right query still finds
  something;
* a query with no searchable token (only stop words or punctuation, "de la", "?!") does not
  filter: `queryset` is returned whole, every `search_rank` 0.0, like an empty query.

SQLite: an FTS5 table `catalog_product_fts(document)` (rowid = product id, migration 0003), kept
in step by `index_document`. Ranks come from `bm25()` in one query over the matching rows
(the best `RANK_LIMIT` of them; any further match keeps rank 0.0), joined back as a constant
table: bm25 in a correlated subquery would recount the whole match for every row.

PostgreSQL: the `catalog_productsearchdocument` row is the index. Migration 0003 gives it a
generated column `document_tsv` = `to_tsvector('simple', document)` (stored, so neither the
match check nor ts_rank re-parses documents) with a GIN index, and a trigram GIN index on
`document`. A token matches by prefix full-text search or, from four letters, by trigram word
similarity of at least `TRIGRAM_THRESHOLD` (typos: "safarn" finds "safran"). Rank = ts_rank +
the mean over tokens of their similarity (1.0 for a token found as such).
"""

from __future__ import annotations

import math
import re
from functools import reduce
from operator import and_, or_
from typing import Any

from django.db import connections, router
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.models import (
    BooleanField,
    Case,
    F,
    FloatField,
    Func,
    Q,
    QuerySet,
    TextField,
    Value,
    When,
)
from django.db.models.expressions import Col, RawSQL
from django.db.models.sql.compiler import SQLCompiler

from ..models import Product, ProductSearchDocument
from .normalize import tokens

FTS_TABLE = "catalog_product_fts"
# Ranked matches fetched on SQLite; matches beyond these are still found, with rank 0.0.
RANK_LIMIT = 5000
TSVECTOR_COLUMN = "document_tsv"
# Trigram word similarity a token needs to match despite a typo (just above 0.4). A 4-letter
# word then needs 3 of its 5 trigrams: "miel" does not meet "mixte" (0.4), "safarn" meets
# "safran" (0.43), "argn" meets "argan" (0.6).
TRIGRAM_THRESHOLD = 0.41
TRIGRAM_MIN_LENGTH = 4
_NO_LIMIT = 1_000_000_000  # an optimisation fence, not a bound
_SAFE_TOKEN = re.compile(r"^[^\W_]+$")


def _search_tokens(query: str) -> list[str]:
    """The query's normalised tokens, without duplicates; only letters and digits remain."""
    result: list[str] = []
    for token in tokens(query):
        if _SAFE_TOKEN.match(token) and token not in result:
            result.append(token)
    return result


def _connection_for_writes() -> BaseDatabaseWrapper:
    return connections[router.db_for_write(Product)]


def index_document(product_id: int, document: str) -> None:
    """Keep the backend's index in step (the document row is already saved)."""
    connection = _connection_for_writes()
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {FTS_TABLE} WHERE rowid = %s", [product_id])  # noqa: S608
            cursor.execute(
                f"INSERT INTO {FTS_TABLE} (rowid, document) VALUES (%s, %s)",  # noqa: S608
                [product_id, document],
            )
    # PostgreSQL: the ProductSearchDocument row is the index; nothing else to do.


def remove_document(product_id: int) -> None:
    """Forget a product."""
    connection = _connection_for_writes()
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {FTS_TABLE} WHERE rowid = %s", [product_id])  # noqa: S608


def search_filter(queryset: QuerySet[Product], query: str) -> QuerySet[Product]:
    """Products of `queryset` matching `query`, annotated with `search_rank` (see the module)."""
    words = _search_tokens(query)
    if not words:
        return queryset.annotate(search_rank=Value(0.0, output_field=FloatField()))
    vendor = connections[queryset.db].vendor
    if vendor == "sqlite":
        return _sqlite_search(queryset, words)
    if vendor == "postgresql":
        return _postgres_search(queryset, words)
    return _basic_search(queryset, words)


# --- SQLite: FTS5 -----------------------------------------------------------------------------


def _fts_term(token: str) -> str:
    """A prefix term of the FTS5 query language: a quoted string, quotes doubled."""
    return '"' + token.replace('"', '""') + '"*'


class _RankTable(Func):
    """`search_rank` from a fixed {product id: rank} table, as a CASE searched by halves."""

    output_field = FloatField()

    def __init__(self, ranks: dict[int, float]) -> None:
        super().__init__(F("pk"))
        self.ranks = sorted((int(pk), float(rank)) for pk, rank in ranks.items())

    def as_sql(  # type: ignore[override]
        self, compiler: SQLCompiler, connection: BaseDatabaseWrapper, **extra_context: Any
    ) -> tuple[str, list[Any]]:
        pk_sql, pk_params = compiler.compile(self.get_source_expressions()[0])
        params: list[Any] = []

        def build(items: list[tuple[int, float]]) -> str:
            # Only Python ints and finite floats are written into the SQL.
            if len(items) <= 16:
                params.extend(pk_params)
                whens = " ".join(f"WHEN {pk:d} THEN {rank!r}" for pk, rank in items)
                return f"CASE {pk_sql} {whens} ELSE 0.0 END"
            middle = len(items) // 2
            params.extend(pk_params)
            low, high = build(items[:middle]), build(items[middle:])
            return f"CASE WHEN {pk_sql} < {items[middle][0]:d} THEN {low} ELSE {high} END"

        if not self.ranks:
            return "0.0", []
        return f"({build(self.ranks)})", params


def _fts_ranks(queryset: QuerySet[Product], match: str) -> dict[int, float]:
    """bm25 ranks (higher is better) of the best matches of `match` within `queryset`."""
    ids_sql, ids_params = queryset.order_by().values("pk").query.sql_with_params()
    # `+rowid` keeps SQLite from probing the FTS index once per product id (and recomputing
    # bm25's statistics each time): the match is run once and filtered.
    sql = (
        f"SELECT rowid, -bm25({FTS_TABLE}) AS score FROM {FTS_TABLE} "  # noqa: S608
        f"WHERE {FTS_TABLE} MATCH %s AND +rowid IN ({ids_sql}) "
        f"ORDER BY score DESC LIMIT {RANK_LIMIT:d}"
    )
    with connections[queryset.db].cursor() as cursor:
        cursor.execute(sql, [match, *ids_params])
        rows = cursor.fetchall()
    return {int(pk): float(score) for pk, score in rows if math.isfinite(float(score))}


def _sqlite_search(queryset: QuerySet[Product], words: list[str]) -> QuerySet[Product]:
    terms = [_fts_term(word) for word in words]
    match = " AND ".join(terms)
    ranks = _fts_ranks(queryset, match)
    if not ranks and len(terms) > 1:
        match = " OR ".join(terms)
        ranks = _fts_ranks(queryset, match)
    if not ranks:
        return queryset.none().annotate(search_rank=Value(0.0, output_field=FloatField()))
    # The match is a query parameter; the table name is a constant.
    matching = RawSQL(  # noqa: S611
        f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s",  # noqa: S608
        [match],
    )
    return queryset.filter(pk__in=matching).annotate(search_rank=_RankTable(ranks))


# --- PostgreSQL: full text + trigrams ---------------------------------------------------------


class _DocumentVector(Func):
    """The stored `to_tsvector('simple', document)` of the search document (column
    `document_tsv`, generated by PostgreSQL, migration 0003), at the right table alias."""

    output_field = TextField()

    def __init__(self, document: F) -> None:
        super().__init__(document)

    def as_sql(  # type: ignore[override]
        self, compiler: SQLCompiler, connection: BaseDatabaseWrapper, **extra_context: Any
    ) -> tuple[str, list[Any]]:
        column = self.get_source_expressions()[0]
        if not isinstance(column, Col) or not column.alias:  # pragma: no cover
            sql, params = compiler.compile(column)
            return f"to_tsvector('simple'::regconfig, {sql})", list(params)
        alias = compiler.quote_name_unless_alias(column.alias)
        return f"{alias}.{connection.ops.quote_name(TSVECTOR_COLUMN)}", []


class _TsQuery(Func):
    template = "to_tsquery('simple'::regconfig, %(expressions)s)"
    output_field = TextField()


class _TsMatch(Func):
    template = "(%(expressions)s)"
    arg_joiner = " @@ "
    output_field = BooleanField()


class _TsRank(Func):
    function = "ts_rank"
    output_field = FloatField()


class _WordSimilar(Func):
    """`token <% document`: word similarity at least pg_trgm.word_similarity_threshold, the
    operator of the trigram GIN index."""

    template = "(%(expressions)s)"
    arg_joiner = " <%% "
    output_field = BooleanField()


class _WordSimilarity(Func):
    function = "word_similarity"
    output_field = FloatField()


def _tsquery(words: list[str], operator: str) -> _TsQuery:
    # Tokens hold only letters and digits (checked in _search_tokens): nothing to escape.
    text = f" {operator} ".join(f"'{word}':*" for word in words)
    return _TsQuery(Value(text, output_field=TextField()))


def _fuzzy(word: str) -> bool:
    return len(word) >= TRIGRAM_MIN_LENGTH and not word.isdigit()


def _word_match(word: str, document: F) -> tuple[Q, Any, Any]:
    """(condition, similarity, exact match) of one token against the document at `document`."""
    exact = _TsMatch(_DocumentVector(document), _tsquery([word], "&"))
    if not _fuzzy(word):
        return Q(exact), Value(0.0, output_field=FloatField()), exact
    token = Value(word, output_field=TextField())
    return Q(exact) | Q(_WordSimilar(token, document)), _WordSimilarity(token, document), exact


def _postgres_search(queryset: QuerySet[Product], words: list[str]) -> QuerySet[Product]:
    with connections[queryset.db].cursor() as cursor:
        # The threshold of `<%` is a setting of the session (default 0.6): set it for the
        # queries that follow on this connection. Were it lost (a rolled-back transaction),
        # typo matching would only be stricter.
        cursor.execute(
            "SELECT set_config('pg_trgm.word_similarity_threshold', %s, false)",
            [str(TRIGRAM_THRESHOLD)],
        )
    in_document = [_word_match(word, F("document"))[0] for word in words]

    def matching(combine: Any) -> QuerySet[Product]:
        # The match runs in its own subquery over the documents, with a LIMIT that keeps
        # PostgreSQL from merging it into the outer query: it is then computed once from the
        # indexes. Merged, a LIMIT or an ORDER BY price could make the planner walk products
        # one by one, computing trigram similarities (seconds when little matches).
        documents = ProductSearchDocument.objects.filter(reduce(combine, in_document))
        return queryset.filter(pk__in=documents.values("product_id")[:_NO_LIMIT])

    found = matching(and_)
    if len(words) > 1 and not found.order_by().count():
        found = matching(or_)
    document = F("search_document__document")
    similarities: list[Any] = []
    for word in words:
        _, similarity, exact = _word_match(word, document)
        # A word found as such counts fully; word_similarity is only computed for the others.
        similarities.append(
            Case(
                When(exact, then=Value(1.0, output_field=FloatField())),
                default=similarity,
                output_field=FloatField(),
            )
        )
    similarity_mean = reduce(lambda a, b: a + b, similarities) / Value(
        float(len(words)), output_field=FloatField()
    )
    rank = _TsRank(_DocumentVector(document), _tsquery(words, "|")) + similarity_mean
    return found.annotate(search_rank=rank)


# --- Other databases: plain substring match, unranked -----------------------------------------


def _basic_search(queryset: QuerySet[Product], words: list[str]) -> QuerySet[Product]:
    for word in words:
        queryset = queryset.filter(search_document__document__icontains=word)
    return queryset.annotate(search_rank=Value(0.0, output_field=FloatField()))
