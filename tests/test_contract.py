"""The pydantic models and the Avro schemas must not drift, and old data must stay readable."""
from __future__ import annotations

import datetime as dt
import enum
import io
import json
import types
import typing

import fastavro
import pytest
from fastavro.validation import ValidationError, validate
from pydantic import BaseModel
from pydantic_core import PydanticUndefined

from pipeline.models import Claim, Mention, Qualifier
from pipeline.schemas import (
    HISTORY_DIR,
    SCHEMA_DIR,
    VERSION_PROPERTY,
    claim_to_record,
    history_versions,
    load_schema,
    mention_records,
    raw_schema,
    record_to_claim,
    schema_version,
)

UTC = dt.timezone.utc
CURRENT_VERSION = 2


def _unwrap_optional(annotation):
    """(inner type, nullable) for Optional[X] / X | None."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        assert len(args) == 1, f"only Optional[X] unions are mapped to Avro, got {annotation}"
        return args[0], True
    return annotation, False


def _check_type(annotation, avro_type, where: str) -> None:
    """Fail unless the Avro type is the mapping of the (non-optional) Python type."""
    if annotation is str:
        assert avro_type == "string", where
    elif annotation is bool:
        assert avro_type == "boolean", where
    elif annotation is int:
        assert avro_type in ("int", "long"), where
    elif annotation is dt.datetime:
        assert avro_type == {"type": "long", "logicalType": "timestamp-millis"}, where
    elif annotation is dt.date:
        assert avro_type == {"type": "int", "logicalType": "date"}, where
    elif isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        assert isinstance(avro_type, dict) and avro_type["type"] == "enum", where
        assert avro_type["symbols"] == [m.value for m in annotation], where
    elif typing.get_origin(annotation) is list:
        (item,) = typing.get_args(annotation)
        assert isinstance(avro_type, dict) and avro_type["type"] == "array", where
        _check_type(item, avro_type["items"], f"{where}[]")
    elif isinstance(annotation, type) and issubclass(annotation, BaseModel):
        assert isinstance(avro_type, dict) and avro_type["type"] == "record", where
        assert avro_type["name"] == annotation.__name__, where
        _check_record(annotation, avro_type["fields"], where)
    else:  # pragma: no cover - a new Python type needs a mapping here first
        pytest.fail(f"{where}: no Avro mapping for {annotation!r}")


def _avro_default(model_default):
    if isinstance(model_default, enum.Enum):
        return model_default.value
    return model_default


def _check_record(model: type[BaseModel], avro_fields: list[dict], where: str, extra: tuple[str, ...] = ()) -> None:
    by_name = {f["name"]: f for f in avro_fields}
    assert set(by_name) == set(model.model_fields) | set(extra), (
        f"{where}: only in model {set(model.model_fields) - set(by_name)}, "
        f"only in schema {set(by_name) - set(model.model_fields) - set(extra)}"
    )
    for name, info in model.model_fields.items():
        field = by_name[name]
        spot = f"{where}.{name}"
        inner, nullable = _unwrap_optional(info.annotation)
        avro_type = field["type"]
        if nullable:
            assert isinstance(avro_type, list) and avro_type[0] == "null" and len(avro_type) == 2, spot
            avro_type = avro_type[1]
        else:
            assert not isinstance(avro_type, list), f"{spot}: nullable in Avro, required in the model"
        _check_type(inner, avro_type, spot)
        # Defaults: a required model field has none in Avro; an Avro default is the model's.
        if info.is_required():
            assert "default" not in field, f"{spot}: Avro default for a required model field"
        elif "default" in field:
            model_default = info.default_factory() if info.default is PydanticUndefined else info.default
            assert field["default"] == _avro_default(model_default), spot


def test_claim_schema_matches_model_field_by_field():
    _check_record(Claim, raw_schema("claim")["fields"], "Claim")


def test_claim_mention_schema_is_mention_plus_claim_id():
    fields = raw_schema("claim_mention")["fields"]
    _check_record(Mention, fields, "ClaimMention", extra=("claim_id",))
    assert next(f for f in fields if f["name"] == "claim_id")["type"] == "string"
    nested = next(f for f in raw_schema("claim")["fields"] if f["name"] == "mentions")["type"]["items"]["fields"]
    assert [f for f in fields if f["name"] != "claim_id"] == nested


def test_qualifier_symbols_are_the_enum_values():
    qualifier = next(f for f in raw_schema("claim")["fields"] if f["name"] == "qualifier")["type"]
    assert qualifier["symbols"] == ["exact", "approx", "at_least", "at_most", "range"]
    assert qualifier["symbols"] == [q.value for q in Qualifier]


def test_every_schema_carries_its_version():
    for name in ("claim", "claim_mention"):
        assert schema_version(name) == CURRENT_VERSION
        assert load_schema(name)[VERSION_PROPERTY] == CURRENT_VERSION
        for version in history_versions(name):
            assert version < CURRENT_VERSION
            assert raw_schema(name, version)[VERSION_PROPERTY] == version
    assert history_versions("claim") == [1]
    # Every schema file (other modules own some, e.g. article.avsc) says which version it is.
    for path in SCHEMA_DIR.glob("*.avsc"):
        assert isinstance(json.loads(path.read_text())[VERSION_PROPERTY], int), path.name


def _claim() -> Claim:
    published = dt.datetime(2015, 9, 30, 16, 32, 5, 123000, tzinfo=UTC)
    mentions = [
        Mention(mention_id="m1", article_id="a1", outlet="TASS", url="https://example.org/a1",
                published_at=published, sentence="Strikes killed 2,359 militants.", start=10, end=40,
                text="killed 2,359 militants", quoted=True, story_id="s1"),
        Mention(mention_id="m2", article_id="a2", outlet=None, published_at=None,
                sentence="Nearly 2,359 militants were killed.", start=0, end=35),
    ]
    return Claim(
        claim_id="c1", claimant="Russian Defense Ministry", speaker="Igor Konashenkov", metric="killed",
        subject="militants", actor="Russian Air Force", value=2359, value_high=None, qualifier=Qualifier.APPROX,
        period_start=dt.date(2015, 9, 19), period_end=dt.date(2015, 9, 29), period_text="September 19-29",
        location="Syria", mentions=mentions, mention_count=2, outlet_count=1, story_count=2,
        first_seen=published, last_seen=published + dt.timedelta(hours=2),
        updated_at=dt.datetime(2015, 10, 1, tzinfo=UTC), conflicts_with=["c9"],
    )


def _roundtrip(schema, records, reader_schema=None):
    buf = io.BytesIO()
    fastavro.writer(buf, schema, records, validator=True)
    buf.seek(0)
    return list(fastavro.reader(buf, reader_schema=reader_schema))


def test_claim_roundtrips_through_avro():
    claim = _claim()
    record = claim_to_record(claim)
    assert validate(record, load_schema("claim"), raise_errors=True)
    (back,) = _roundtrip(load_schema("claim"), [record])
    assert record_to_claim(back) == claim


def test_naive_datetimes_are_taken_as_utc():
    claim = _claim()
    claim.updated_at = dt.datetime(2015, 10, 1, 12, 0)
    (back,) = _roundtrip(load_schema("claim"), [claim_to_record(claim)])
    assert back["updated_at"] == dt.datetime(2015, 10, 1, 12, 0, tzinfo=UTC)


def test_mention_records_roundtrip():
    claim = _claim()
    records = mention_records(claim)
    for record in records:
        assert validate(record, load_schema("claim_mention"), raise_errors=True)
    back = _roundtrip(load_schema("claim_mention"), records)
    assert [r["claim_id"] for r in back] == ["c1", "c1"]
    assert [Mention.model_validate({k: v for k, v in r.items() if k != "claim_id"}) for r in back] == claim.mentions


def test_validation_rejects_a_record_that_breaks_the_contract():
    record = claim_to_record(_claim())
    record["qualifier"] = "roughly"
    with pytest.raises(ValidationError):
        validate(record, load_schema("claim"), raise_errors=True)
    record = claim_to_record(_claim())
    del record["extractor_version"]
    with pytest.raises(ValidationError):
        validate(record, load_schema("claim"), raise_errors=True)


def _project(record: dict, schema: dict) -> dict:
    """Keep only the fields a (raw) record schema names, recursing into the mentions array."""
    out = {}
    for field in schema["fields"]:
        value = record[field["name"]]
        ftype = field["type"]
        if isinstance(ftype, dict) and ftype.get("type") == "array" and isinstance(ftype["items"], dict):
            value = [_project(item, ftype["items"]) for item in value]
        out[field["name"]] = value
    return out


def test_v1_claim_files_read_with_the_current_schema():
    v1 = raw_schema("claim", 1)
    names = {f["name"] for f in v1["fields"]}
    assert {"story_count", "updated_at", "conflicts_with"}.isdisjoint(names)
    mention_names = {f["name"] for f in next(f for f in v1["fields"] if f["name"] == "mentions")["type"]["items"]["fields"]}
    assert {"text", "quoted", "story_id"}.isdisjoint(mention_names)

    record = _project(claim_to_record(_claim()), v1)
    assert validate(record, load_schema("claim", 1), raise_errors=True)
    (back,) = _roundtrip(load_schema("claim", 1), [record], reader_schema=load_schema("claim"))
    claim = record_to_claim(back)
    assert (claim.story_count, claim.updated_at, claim.conflicts_with) == (0, None, [])
    assert [(m.text, m.quoted, m.story_id) for m in claim.mentions] == [("", False, None)] * 2
    assert claim.value == 2359 and claim.qualifier is Qualifier.APPROX
    assert claim.mentions[0].published_at == _claim().mentions[0].published_at


@pytest.mark.parametrize("name", ["claim", "claim_mention"])
def test_every_older_version_is_readable_by_the_current_one(name):
    """Generic backward-compatibility check: write with each history version, read with the current."""
    versions = history_versions(name)
    assert versions, f"no history for {name}"
    current = load_schema(name)
    for version in versions:
        old = raw_schema(name, version)
        sample = claim_to_record(_claim()) if name == "claim" else mention_records(_claim())[0]
        (back,) = _roundtrip(load_schema(name, version), [_project(sample, old)], reader_schema=current)
        assert validate(back, current, raise_errors=True)


def test_history_files_are_valid_json_with_the_same_record_name():
    for path in HISTORY_DIR.glob("*.avsc"):
        old = json.loads(path.read_text())
        current = raw_schema(path.name.split(".v")[0])
        assert (old["namespace"], old["name"]) == (current["namespace"], current["name"])
