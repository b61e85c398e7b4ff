"""Kafka claim sink against the real broker: Avro single-object and Confluent framing, compacted topic.

A real Confluent schema registry cannot run here (no JVM, no Docker), so the
registry tests use a minimal one served by http.server in this module: the two
REST calls the sink makes, with the same paths and JSON bodies.
"""
from __future__ import annotations

import datetime as dt
import io
import json
import struct
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import apache_beam as beam
import fastavro
import fastavro.schema
import pytest
from apache_beam.testing.test_pipeline import TestPipeline
from fastavro.schema import to_parsing_canonical_form
from kafka import KafkaConsumer, TopicPartition

from pipeline.io.kafka_sink import (
    SchemaRegistryClient,
    WriteClaimsToKafka,
    create_compacted_topic,
    decode_claim,
    encode_confluent,
    encode_single_object,
    schema_fingerprint,
)
from pipeline.models import Claim, Mention, Qualifier
from pipeline.schemas import SCHEMA_DIR, claim_to_record, load_schema, raw_schema

UTC = dt.timezone.utc


def make_claim(cid: str, value: int = 2359) -> Claim:
    m = Mention(mention_id=f"{cid}-m", article_id="a1", outlet="TASS",
                published_at=dt.datetime(2015, 9, 30, 16, 32, tzinfo=UTC), sentence="Strikes killed militants.",
                start=0, end=10, text="killed", quoted=True, story_id="s1")
    return Claim(claim_id=cid, claimant="Russian Defense Ministry", metric="killed", subject="militants",
                 value=value, qualifier=Qualifier.AT_LEAST, period_start=dt.date(2015, 9, 19), mentions=[m],
                 mention_count=1, outlet_count=1, story_count=1, first_seen=m.published_at, last_seen=m.published_at,
                 updated_at=dt.datetime(2015, 10, 1, tzinfo=UTC), conflicts_with=["c0"])


# An independent CRC-64-AVRO (Rabin) implementation, straight from the Avro specification.
_EMPTY = 0xC15D213AA4D7A795
_TABLE = []
for _i in range(256):
    _fp = _i
    for _ in range(8):
        _fp = (_fp >> 1) ^ (_EMPTY & -(_fp & 1))
    _TABLE.append(_fp)


def rabin64(data: bytes) -> int:
    fp = _EMPTY
    for byte in data:
        fp = (fp >> 8) ^ _TABLE[(fp ^ byte) & 0xFF]
    return fp


def test_single_object_encoding_layout():
    claim = make_claim("c1")
    value = encode_single_object(claim)
    assert value[:2] == b"\xc3\x01"
    canonical = to_parsing_canonical_form(load_schema("claim")).encode()
    assert value[2:10] == struct.pack("<Q", rabin64(canonical))
    assert schema_fingerprint(load_schema("claim")) == value[2:10]
    body = fastavro.schemaless_reader(io.BytesIO(value[10:]), load_schema("claim"), None)
    assert body == claim_to_record(claim)
    assert decode_claim(value) == claim


def test_fingerprint_matches_the_spec_vectors():
    # Avro's Java SchemaNormalization tests: "null" -> 7195948357588979594 (as a signed long).
    assert schema_fingerprint("null") == struct.pack("<q", 7195948357588979594)


def test_decode_a_value_written_with_schema_v1():
    claim = make_claim("c1")
    v1 = load_schema("claim", 1)
    names = {f["name"] for f in raw_schema("claim", 1)["fields"]}
    record = {k: v for k, v in claim_to_record(claim).items() if k in names}
    record["mentions"] = [{k: v for k, v in m.items() if k not in ("text", "quoted", "story_id")}
                          for m in record["mentions"]]
    buf = io.BytesIO()
    fastavro.schemaless_writer(buf, v1, record)
    back = decode_claim(b"\xc3\x01" + schema_fingerprint(v1) + buf.getvalue())
    assert back.value == 2359 and back.conflicts_with == [] and back.mentions[0].story_id is None


def test_decode_rejects_unknown_input():
    with pytest.raises(ValueError, match="fingerprint"):
        decode_claim(b"\xc3\x01" + b"\x00" * 8 + b"\x02")
    with pytest.raises(ValueError, match="registry"):
        decode_claim(b"\x00\x00\x00\x00\x01\x02")
    with pytest.raises(ValueError, match="not an Avro"):
        decode_claim(b'{"claim_id": "c1"}')


class _Registry(BaseHTTPRequestHandler):
    """POST /subjects/{subject}/versions and GET /schemas/ids/{id}, as the Confluent registry answers them."""

    schemas: dict[int, str] = {}
    subjects: dict[str, list[int]] = {}

    def _send(self, code: int, body: dict) -> None:
        data = json.dumps(body).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/vnd.schemaregistry.v1+json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self):
        parts = self.path.strip("/").split("/")
        if len(parts) != 3 or parts[0] != "subjects" or parts[2] != "versions":
            return self._send(404, {"error_code": 404, "message": "not found"})
        schema = json.loads(self.rfile.read(int(self.headers["Content-Length"])))["schema"]
        canonical = to_parsing_canonical_form(json.loads(schema))
        for sid, known in self.schemas.items():
            if to_parsing_canonical_form(json.loads(known)) == canonical:
                break
        else:
            sid = len(self.schemas) + 101
            self.schemas[sid] = schema
        self.subjects.setdefault(parts[1], []).append(sid)
        self._send(200, {"id": sid})

    def do_GET(self):
        parts = self.path.strip("/").split("/")
        if len(parts) == 3 and parts[:2] == ["schemas", "ids"] and int(parts[2]) in self.schemas:
            return self._send(200, {"schema": self.schemas[int(parts[2])]})
        self._send(404, {"error_code": 40403, "message": "Schema not found"})

    def log_message(self, *args):
        pass


@pytest.fixture
def registry_url():
    _Registry.schemas, _Registry.subjects = {}, {}
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Registry)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_confluent_framing_with_registry(registry_url):
    registry = SchemaRegistryClient(registry_url)
    sid = registry.register("claims-value", raw_schema("claim"))
    assert registry.register("claims-value", raw_schema("claim")) == sid
    value = encode_confluent(make_claim("c1"), sid)
    assert value[:1] == b"\x00" and struct.unpack(">I", value[1:5]) == (sid,)
    assert decode_claim(value, registry=SchemaRegistryClient(registry_url)) == make_claim("c1")
    with pytest.raises(RuntimeError, match="HTTP 404"):
        decode_claim(encode_confluent(make_claim("c1"), 9999), registry=registry)


def read_topic(bootstrap: str, topic: str, expected: int, timeout_s: float = 20.0) -> list:
    consumer = KafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False, consumer_timeout_ms=500)
    try:
        deadline = time.monotonic() + timeout_s
        partitions = None
        while partitions is None and time.monotonic() < deadline:
            partitions = consumer.partitions_for_topic(topic)
        tps = [TopicPartition(topic, p) for p in sorted(partitions)]
        consumer.assign(tps)
        consumer.seek_to_beginning(*tps)
        records = []
        while len(records) < expected and time.monotonic() < deadline:
            for batch in consumer.poll(timeout_ms=500).values():
                records.extend(batch)
        return records
    finally:
        consumer.close()


def test_create_compacted_topic(kafka_broker, topic_name):
    assert create_compacted_topic(kafka_broker, topic_name, num_partitions=2) is True
    assert create_compacted_topic(kafka_broker, topic_name, num_partitions=2) is False
    consumer = KafkaConsumer(bootstrap_servers=kafka_broker)
    try:
        assert consumer.partitions_for_topic(topic_name) == {0, 1}
    finally:
        consumer.close()


def test_write_claims_to_kafka_single_object(kafka_broker, topic_name):
    claims = [make_claim(f"c{i}", value=100 + i) for i in range(20)]
    with TestPipeline(runner="FnApiRunner") as p:
        _ = p | "Claims" >> beam.Create(claims) | "Publish" >> WriteClaimsToKafka(
            kafka_broker, topic_name, client_options={"client_id": "sink-test", "linger_ms": 5}, num_partitions=3)
    records = read_topic(kafka_broker, topic_name, len(claims))
    assert len(records) == len(claims)
    decoded = {r.key.decode(): decode_claim(r.value) for r in records}
    assert decoded == {c.claim_id: c for c in claims}
    assert all(r.value[:2] == b"\xc3\x01" for r in records)
    # The published schema alone (no project code) reads the payload.
    published = fastavro.schema.load_schema(str(SCHEMA_DIR / "claim.avsc"))
    record = fastavro.schemaless_reader(io.BytesIO(records[0].value[10:]), published, None)
    assert record["claim_id"] == records[0].key.decode()


def test_write_claims_to_kafka_confluent(kafka_broker, topic_name, registry_url):
    claims = [make_claim(f"c{i}") for i in range(5)]
    with TestPipeline(runner="FnApiRunner") as p:
        _ = p | "Claims" >> beam.Create(claims) | "Publish" >> WriteClaimsToKafka(
            kafka_broker, topic_name, schema_registry_url=registry_url)
    assert set(_Registry.subjects) == {f"{topic_name}-value"}
    records = read_topic(kafka_broker, topic_name, len(claims))
    assert len(records) == len(claims)
    registry = SchemaRegistryClient(registry_url)
    for r in records:
        assert r.value[:1] == b"\x00"
        assert decode_claim(r.value, registry=registry).claim_id == r.key.decode()
    assert sorted(r.key.decode() for r in records) == sorted(c.claim_id for c in claims)
