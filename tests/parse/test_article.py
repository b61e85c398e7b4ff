import datetime as dt
import json

import pytest

from pipeline.models import RawMessage, SourceRef
from pipeline.parse.article import ParseError, html_to_text, parse_message


def msg(value, **kw):
    if isinstance(value, (dict, list)):
        value = json.dumps(value)
    if isinstance(value, str):
        value = value.encode("utf-8")
    return RawMessage(value=value, **kw)


def test_seed_plain_text(seed_text):
    a = parse_message(msg(seed_text, source=SourceRef(topic="t", partition=0, offset=7)))
    assert a.published_at == dt.datetime(2017, 9, 30, 16, 32, tzinfo=dt.timezone(dt.timedelta(hours=3)))
    assert a.headline == "Daesh, al-Nusra Bear Heaviest Losses Over Last Few Months - Russian MoD"
    assert a.section == "Middle East"
    assert a.body.startswith("The Russian Defense Ministry reported Saturday")
    assert a.body.endswith("to the Syria's province of Deir-ez-Zor.")
    assert "Daesh, Al-Nusra Front, Russian Defense Ministry, Russia" not in a.body
    assert a.keywords == ["Daesh", "Al-Nusra Front", "Russian Defense Ministry", "Russia"]
    assert a.source_format == "text" and a.source.offset == 7
    # All seven paragraphs of the seed are kept, separated by blank lines.
    assert a.body.count("\n\n") == 6


def test_stable_id_for_redelivery(seed_text):
    first = parse_message(msg(seed_text, source=SourceRef(offset=1)))
    again = parse_message(msg(seed_text, source=SourceRef(offset=99)))
    assert first.article_id == again.article_id and first.article_id.startswith("sha256-")


def test_raw_json_object_parses_like_text_and_keeps_id(seed_text):
    a = parse_message(msg({"id": "ria-42", "raw": seed_text, "outlet": "Sputnik"}))
    b = parse_message(msg(seed_text))
    assert a.article_id == "ria-42" and a.outlet == "Sputnik"
    assert (a.body, a.headline, a.published_at) == (b.body, b.headline, b.published_at)


def test_plain_json_fields():
    a = parse_message(msg({"id": "a1", "source": "Reuters", "headline": "H", "url": "https://x/1",
                           "published_at": "2020-05-01T10:00:00Z", "body": "Police said 12 people were arrested."}))
    assert (a.article_id, a.outlet, a.headline, a.url) == ("a1", "Reuters", "H", "https://x/1")
    assert a.published_at == dt.datetime(2020, 5, 1, 10, tzinfo=dt.timezone.utc)
    assert a.source_format == "json"


def test_ninjs_with_html_body():
    item = {
        "uri": "urn:newsml:ap.org:2021:abc",
        "versioncreated": "2021-03-04T05:06:07+00:00",
        "headline": "Floods",
        "copyrightholder": "AP",
        "body_html": "<p>Officials said <b>1,200</b> people were evacuated.</p><p>Second &amp; last.</p>",
    }
    a = parse_message(msg(item))
    assert a.article_id == "urn:newsml:ap.org:2021:abc" and a.outlet == "AP" and a.source_format == "ninjs"
    assert a.body == "Officials said 1,200 people were evacuated.\n\nSecond & last."
    assert a.published_at.year == 2021


def test_ninjs_provider_object_is_outlet():
    a = parse_message(msg({"uri": "u", "provider": {"name": "AFP"}, "body_text": "Text here."}))
    assert a.outlet == "AFP"


def test_html_to_text_drops_scripts():
    assert html_to_text("<div><script>x=1</script><p>One.</p><ul><li>Two</li></ul></div>") == "One.\n\nTwo"


def test_kafka_timestamp_is_the_fallback_reference_time():
    a = parse_message(msg({"id": "n", "body": "Some text."}, timestamp_ms=1_600_000_000_000))
    assert a.published_at == dt.datetime.fromtimestamp(1_600_000_000, tz=dt.timezone.utc)


def test_outlet_and_url_from_headers_for_plain_text(seed_text):
    a = parse_message(msg(seed_text, headers=[("outlet", b"Sputnik"), ("url", b"https://s/1")]))
    assert (a.outlet, a.url) == ("Sputnik", "https://s/1")


@pytest.mark.parametrize(
    "value, reason",
    [
        (b"\xff\xfe\xfa not utf8", "undecodable bytes"),
        (b'{"id": 1, "body": ', "invalid JSON"),
        (b"[1, 2]", "invalid JSON"),
        (b"   ", "empty body"),
        (json.dumps({"id": "e", "body": ""}).encode(), "empty body"),
        (json.dumps({"id": "d", "published": "yesterday-ish", "body": "x"}).encode(), "unparseable date"),
    ],
)
def test_bad_input_has_a_reason(value, reason):
    with pytest.raises(ParseError) as e:
        parse_message(RawMessage(value=value))
    assert e.value.reason == reason


def test_oversized():
    with pytest.raises(ParseError) as e:
        parse_message(RawMessage(value=b"x" * 101), max_bytes=100)
    assert e.value.reason == "oversized message"
