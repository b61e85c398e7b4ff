"""Claim updates to a Kafka topic, keyed by ``claim_id``, values in Avro binary.

Two value formats:

* **Avro single-object encoding** (default, from the Avro spec): ``C3 01``,
  the 8-byte little-endian CRC-64-AVRO (Rabin) fingerprint of the schema's
  parsing canonical form, then the schemaless Avro binary. No registry needed:
  a consumer that knows the ``.avsc`` files finds the writer schema by
  fingerprint (current and ``schemas/history`` versions).
* **Confluent wire format** when a schema registry URL is given: ``00``, the
  4-byte big-endian schema id, then the Avro binary. The schema is registered
  (POST ``{url}/subjects/{topic}-value/versions``, plain urllib) when a worker
  starts; consumers resolve ids with GET ``{url}/schemas/ids/{id}``.

The topic is created log-compacted (``cleanup.policy=compact``) when the sink
creates it: the latest update of each claim is what a consumer rebuilding
state needs. An existing topic is used as it is.

    >>> value = encode_single_object(claim)                         # doctest: +SKIP
    >>> decode_claim(value).claim_id == claim.claim_id              # doctest: +SKIP
    True
"""
from __future__ import annotations

import functools
import io
import json
import logging
import struct
import urllib.error
import urllib.request
from typing import Any, Optional

import apache_beam as beam
import fastavro
from fastavro.schema import fingerprint, to_parsing_canonical_form

from pipeline.models import Claim
from pipeline.schemas import (
    claim_to_record,
    history_versions,
    load_schema,
    raw_schema,
    record_to_claim,
    validate_record,
)

logger = logging.getLogger(__name__)

__all__ = [
    "SINGLE_OBJECT_MAGIC",
    "CONFLUENT_MAGIC",
    "schema_fingerprint",
    "encode_single_object",
    "encode_confluent",
    "decode_claim",
    "SchemaRegistryClient",
    "create_compacted_topic",
    "WriteClaimsToKafka",
]

SINGLE_OBJECT_MAGIC = b"\xc3\x01"
CONFLUENT_MAGIC = b"\x00"
_SCHEMA = "claim"


def schema_fingerprint(schema: dict) -> bytes:
    """The 8-byte CRC-64-AVRO fingerprint of a schema, in the byte order the spec puts on the wire (little-endian)."""
    # fastavro renders the Rabin fingerprint as the hex of its little-endian bytes.
    return bytes.fromhex(fingerprint(to_parsing_canonical_form(schema), "CRC-64-AVRO"))


def _schemaless(record: dict, schema: dict) -> bytes:
    buf = io.BytesIO()
    fastavro.schemaless_writer(buf, schema, record)
    return buf.getvalue()


def _validated_record(claim: Claim, schema: dict) -> dict:
    record = claim_to_record(claim)
    validate_record(record, schema)
    return record


@functools.lru_cache(maxsize=None)
def _current_header() -> bytes:
    return SINGLE_OBJECT_MAGIC + schema_fingerprint(load_schema(_SCHEMA))


def encode_single_object(claim: Claim) -> bytes:
    """Avro single-object encoding of a claim with the current ``claim`` schema."""
    schema = load_schema(_SCHEMA)
    return _current_header() + _schemaless(_validated_record(claim, schema), schema)


def encode_confluent(claim: Claim, schema_id: int) -> bytes:
    """Confluent wire format: magic byte, big-endian schema id, Avro binary (current ``claim`` schema)."""
    schema = load_schema(_SCHEMA)
    return CONFLUENT_MAGIC + struct.pack(">I", schema_id) + _schemaless(_validated_record(claim, schema), schema)


@functools.lru_cache(maxsize=None)
def _known_schemas() -> dict[bytes, dict]:
    """Writer schemas a single-object value may name: the current one and every history version."""
    known = {schema_fingerprint(load_schema(_SCHEMA)): load_schema(_SCHEMA)}
    for version in history_versions(_SCHEMA):
        known.setdefault(schema_fingerprint(load_schema(_SCHEMA, version)), load_schema(_SCHEMA, version))
    return known


class SchemaRegistryClient:
    """The two calls of the Confluent schema registry REST API that the sink needs, over urllib."""

    CONTENT_TYPE = "application/vnd.schemaregistry.v1+json"
    TIMEOUT_S = 10.0

    def __init__(self, url: str):
        self.url = url.rstrip("/")
        self._by_id: dict[int, dict] = {}

    def _call(self, method: str, path: str, body: Optional[dict] = None) -> Any:
        data = None if body is None else json.dumps(body).encode("utf-8")
        request = urllib.request.Request(f"{self.url}{path}", data=data, method=method,
                                         headers={"Content-Type": self.CONTENT_TYPE, "Accept": self.CONTENT_TYPE})
        try:
            with urllib.request.urlopen(request, timeout=self.TIMEOUT_S) as response:
                return json.loads(response.read())
        except urllib.error.HTTPError as e:
            detail = e.read().decode("utf-8", "replace")[:500]
            raise RuntimeError(f"schema registry {method} {path}: HTTP {e.code}: {detail}") from e

    def register(self, subject: str, schema: dict) -> int:
        """Register (or find) ``schema`` under ``subject``; return its global id."""
        answer = self._call("POST", f"/subjects/{subject}/versions", {"schema": json.dumps(schema)})
        return int(answer["id"])

    def schema(self, schema_id: int) -> dict:
        """The parsed schema with this id (cached)."""
        if schema_id not in self._by_id:
            answer = self._call("GET", f"/schemas/ids/{schema_id}")
            self._by_id[schema_id] = fastavro.parse_schema(json.loads(answer["schema"]))
        return self._by_id[schema_id]


def decode_claim(value: bytes, *, registry: Optional[SchemaRegistryClient] = None,
                 writer_schemas: Optional[dict[bytes, dict]] = None) -> Claim:
    """A claim from a Kafka value in either format, read with the current schema.

    Args:
        value: single-object encoded, or Confluent framed (needs ``registry``).
        registry: resolves Confluent schema ids.
        writer_schemas: extra fingerprint -> parsed schema entries for
            single-object values (the bundled versions are always known).
    """
    reader = load_schema(_SCHEMA)
    if value[:2] == SINGLE_OBJECT_MAGIC:
        fp = value[2:10]
        known = {**_known_schemas(), **(writer_schemas or {})}
        if fp not in known:
            raise ValueError(f"unknown writer schema fingerprint {fp.hex()}")
        writer, payload = known[fp], value[10:]
    elif value[:1] == CONFLUENT_MAGIC and len(value) >= 5:
        if registry is None:
            raise ValueError("Confluent-framed value: a schema registry is needed to decode it")
        (schema_id,) = struct.unpack(">I", value[1:5])
        writer, payload = registry.schema(schema_id), value[5:]
    else:
        raise ValueError(f"not an Avro single-object or Confluent value (starts {value[:2].hex()})")
    record = fastavro.schemaless_reader(io.BytesIO(payload), writer, reader)
    return record_to_claim(record)


def create_compacted_topic(bootstrap_servers: str, topic: str, *, num_partitions: int = 1,
                           replication_factor: int = 1, client_options: Optional[dict] = None) -> bool:
    """Create ``topic`` with ``cleanup.policy=compact``; False when it already exists."""
    from kafka.admin import KafkaAdminClient, NewTopic
    from kafka.errors import TopicAlreadyExistsError

    # client_options may hold producer settings too: the admin client takes only its own.
    options = {k: v for k, v in (client_options or {}).items() if k in KafkaAdminClient.DEFAULT_CONFIG}
    options.setdefault("client_id", "newsclaims-claims-sink")
    admin = KafkaAdminClient(bootstrap_servers=bootstrap_servers, **options)
    try:
        admin.create_topics([NewTopic(topic, num_partitions, replication_factor,
                                      topic_configs={"cleanup.policy": "compact"})])
        logger.info("created compacted topic %s (%d partitions)", topic, num_partitions)
        return True
    except TopicAlreadyExistsError:
        return False
    finally:
        admin.close()


class _WriteKafkaDoFn(beam.DoFn):
    """Producer in setup(), one send per claim, flush (and surface send errors) in finish_bundle()."""

    PRODUCER_DEFAULTS = {"acks": "all", "linger_ms": 20, "retries": 5}

    def __init__(self, bootstrap_servers: str, topic: str, schema_registry_url: Optional[str],
                 client_options: Optional[dict], create_topic: bool, num_partitions: int):
        self.bootstrap_servers = bootstrap_servers
        self.topic = topic
        self.schema_registry_url = schema_registry_url
        self.client_options = dict(client_options or {})
        self.create_topic = create_topic
        self.num_partitions = num_partitions
        self._producer = None
        self._schema_id: Optional[int] = None
        self._pending: list = []
        self.sent = beam.metrics.Metrics.counter("newsclaims.kafka_sink", "claims_sent")

    def setup(self):
        from kafka import KafkaProducer

        if self.create_topic:
            create_compacted_topic(self.bootstrap_servers, self.topic, num_partitions=self.num_partitions,
                                   client_options=self.client_options)
        if self.schema_registry_url:
            registry = SchemaRegistryClient(self.schema_registry_url)
            self._schema_id = registry.register(f"{self.topic}-value", raw_schema(_SCHEMA))
        self._producer = KafkaProducer(bootstrap_servers=self.bootstrap_servers,
                                       **{**self.PRODUCER_DEFAULTS, **self.client_options})

    def start_bundle(self):
        self._pending = []

    def process(self, claim: Claim):
        if self._schema_id is not None:
            value = encode_confluent(claim, self._schema_id)
        else:
            value = encode_single_object(claim)
        self._pending.append(self._producer.send(self.topic, key=claim.claim_id.encode("utf-8"), value=value))

    def finish_bundle(self):
        self._producer.flush()
        for future in self._pending:
            future.get(timeout=0)  # raises the send error, failing (and retrying) the bundle
        self.sent.inc(len(self._pending))
        self._pending = []

    def teardown(self):
        if self._producer is not None:
            self._producer.close()
            self._producer = None


@beam.typehints.with_input_types(Claim)
class WriteClaimsToKafka(beam.PTransform):
    """Publish claim updates to ``topic``, keyed by claim id.

    Args:
        bootstrap_servers: 'host:port[,host:port]'.
        topic: the output topic; created compacted if missing (``create_topic``).
        schema_registry_url: use the Confluent wire format with this registry;
            otherwise Avro single-object encoding.
        client_options: extra kafka-python keyword arguments (security settings,
            e.g. from ``KafkaConfig.client_kwargs()``), given to the producer and admin client.
        num_partitions: partitions of a topic the sink creates.
    """

    def __init__(self, bootstrap_servers: str, topic: str, schema_registry_url: Optional[str] = None,
                 client_options: Optional[dict] = None, *, create_topic: bool = True, num_partitions: int = 1):
        super().__init__()
        self.bootstrap_servers = bootstrap_servers
        self.topic = topic
        self.schema_registry_url = schema_registry_url
        self.client_options = client_options
        self.create_topic = create_topic
        self.num_partitions = num_partitions

    def expand(self, claims):
        return claims | "Publish" >> beam.ParDo(_WriteKafkaDoFn(
            self.bootstrap_servers, self.topic, self.schema_registry_url, self.client_options,
            self.create_topic, self.num_partitions))
