"""Who claims a figure: the source phrase is read past descriptions, clauses and modifiers."""
import datetime as dt

from pipeline.extract import extract_claims
from pipeline.models import Article

PUB = dt.datetime(2020, 10, 31, 19, 25, tzinfo=dt.timezone.utc)


def test_descriptions_around_a_source_are_read_past():
    cases = {
        "Between 15 and 20 people are still missing, Copeco commissioner Max Gonzales told reporters.": ("Copeco", "Max Gonzales"),
        "A total of 4,312 migrants were rescued, according to data compiled by the Coast Guard Command.": ("Coast Guard Command", None),
        "Residents reached by phone said 12 people were killed.": ("residents", None),
        "Houthi-run Saba news agency said 12 people were killed.": ("Saba", None),
        "The regional department of Russia's Emergencies Ministry said 5 miners were killed.": ("Russian Emergencies Ministry", None),
        "Interior Minister Suleyman Soylu, who arrived in the region in the morning, said 212 buildings were damaged.": (
            "Interior Ministry", "Suleyman Soylu"),
    }
    for text, want in cases.items():
        got = extract_claims(Article(article_id="t", outlet="Reuters", published_at=PUB, body=text))
        assert [(c.claimant, c.speaker) for c in got] == [want], text
