"""One wire story republished with light edits is one story; unrelated articles are not."""
from __future__ import annotations

from pipeline.dedup.stories import StoryIndex, minhash, shingles, story_id_for

WIRE = (
    "The Russian Aerospace Forces conducted strikes in Syria on September 19-29, killing 2,359 Daesh "
    "militants and injuring 2,700 others, Konashenkov added. Russian Aerospace Forces' accurate strikes, "
    "conducted from September 19 to September 29, killed 2,359 IS militants and injured nearly 2,700 "
    "others. They included 16 Daesh field commanders of different ranks and nearly 400 extremists from "
    "Russia and CIS countries. A total of 67 terrorist strongholds, 27 tanks, 21 multiple rocket "
    "launchers, 149 high mobility vehicles loaded with heavy machine guns, 17 vehicle-borne improvised "
    "explosive devices and 51 ammunition depots were destroyed, Konashenkov said. Konashenkov noted that "
    "the Syrian troops, supported by the Russian Aerospace Forces, were completing an offensive aimed at "
    "surrounding and defeating the group of nearly 1,500 Daesh militants who came from Iraq."
)

# Outlet 2: a different headline line on top, and a sentence of its own added at the end.
REPUBLISHED_HEADLINE = "Russia says Daesh suffered heaviest losses in months\n\n" + WIRE + (
    " The ministry did not say how the figures were verified.")
# Outlet 3: the same copy with its punctuation and quotes changed.
REPUNCTUATED = (WIRE.replace(", ", " - ").replace("'", "’").replace(".", ";")
                .replace("2,359", "2,359").replace("Konashenkov added", "Konashenkov added:"))

UNRELATED = [
    "The central bank raised its key interest rate by 50 basis points on Thursday, citing inflation that "
    "has stayed above target for eleven consecutive months, and signalled further tightening ahead.",
    "Flooding in the northern provinces has displaced about 12,000 people since Monday, the disaster "
    "agency said, as rivers burst their banks after a week of record rainfall across the region.",
    "The home side won 3-1 after extra time, with two goals from the substitute striker in the final "
    "ten minutes sending the club into the cup semi-finals for the first time in a decade.",
]


def test_minhash_is_pure_and_ignores_punctuation_and_case():
    assert (minhash(WIRE).hashvalues == minhash(WIRE).hashvalues).all()
    assert shingles("Killed 2,359 militants, injured 2,700.") == shingles("killed 2 359 militants injured 2 700")
    assert minhash(WIRE).jaccard(minhash(REPUNCTUATED)) > 0.8
    assert minhash(WIRE).jaccard(minhash(UNRELATED[0])) < 0.1


def test_republished_wire_story_is_one_story_unrelated_are_separate():
    index = StoryIndex()
    s1 = index.assign("sputnik-1", WIRE)
    assert s1 == story_id_for("sputnik-1")
    assert index.assign("rt-9", REPUBLISHED_HEADLINE) == s1
    assert index.assign("tass-4", REPUNCTUATED) == s1
    others = [index.assign(f"other-{i}", body) for i, body in enumerate(UNRELATED)]
    assert len(set(others)) == 3 and s1 not in others
    assert others[0] == story_id_for("other-0")


def test_assign_is_idempotent_and_batch_order_does_not_matter():
    batch = [("tass-4", REPUNCTUATED), ("sputnik-1", WIRE), ("other-1", UNRELATED[1]), ("rt-9", REPUBLISHED_HEADLINE)]
    a = StoryIndex().assign_many(batch)
    b = StoryIndex().assign_many(list(reversed(batch)))
    assert a == b
    assert a["sputnik-1"] == a["rt-9"] == a["tass-4"] == story_id_for("rt-9")  # the first in id order founds it
    index = StoryIndex()
    first = index.assign("rt-9", REPUBLISHED_HEADLINE)
    assert index.assign("rt-9", UNRELATED[0]) == first  # a re-delivered id keeps its story
    assert len(index) == 1
