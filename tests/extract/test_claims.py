"""Claim rules on short wire-style texts: structure, attribution, exclusions, periods."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from pipeline.dedup.keys import claim_id
from pipeline.extract import EXTRACTOR_VERSION, extract_claims
from pipeline.extract.aliases import ALIASES_PATH, AliasTable, normalise
from pipeline.models import Article, Qualifier

PUB = dt.datetime(2019, 6, 17, 9, 30, tzinfo=dt.timezone.utc)  # a Monday


def claims(body, outlet="Reuters", published=PUB):
    return extract_claims(Article(article_id="t1", outlet=outlet, published_at=published, body=body))


def facts(body, **kw):
    return [(c.metric, c.subject, c.value) for c in claims(body, **kw)]


def test_active_and_passive_voice():
    assert facts("Air strikes killed 27 civilians, the monitor said.") == [("killed", "civilian", 27)]
    assert facts("Twenty-seven civilians were killed in air strikes, the monitor said.") == [("killed", "civilian", 27)]
    assert facts("At least 12 people died when the bus overturned, police said.") == [("died", "person", 12)]


def test_coordination_list_gives_one_claim_per_item():
    got = facts("A total of 67 strongholds, 27 tanks and 21 rocket launchers were destroyed, the army said.")
    assert got == [("destroyed", "stronghold", 67), ("destroyed", "tank", 27), ("destroyed", "rocket launcher", 21)]


def test_subject_from_earlier_mention():
    got = facts('"The strikes killed 300 militants and injured 500 others. They included 16 field commanders," '
                "the ministry said.")
    assert got == [("killed", "militant", 300), ("injured", "militant", 500), ("killed", "field commander", 16)]


def test_paraphrase_and_quote_share_a_claim_id():
    body = ("The strikes killed 2,359 Daesh militants last week, Maj. Gen. Igor Konashenkov, the Russian Defense "
            "Ministry's spokesman, said.\n"
            '"Last week our strikes killed 2,359 IS militants," Konashenkov said.')
    a, b = claims(body)
    assert (a.claimant, a.speaker, a.actor) == ("Russian Defense Ministry", "Igor Konashenkov", "Islamic State")
    assert (b.claimant, b.speaker, b.actor) == ("Russian Defense Ministry", "Igor Konashenkov", "Islamic State")
    assert claim_id(a) == claim_id(b)
    assert (a.mention.quoted, b.mention.quoted) == (False, True)


@pytest.mark.parametrize("body,claimant,speaker", [
    ("Police said 17 people were arrested.", "Police", None),
    ("According to the health ministry, 45 people have died.", "Health Ministry", None),
    ("Twelve people were injured, said John Smith, a spokesman for the Red Cross.", "Red Cross", "John Smith"),
    ("The Russian MoD said 30 tanks were destroyed.", "Russian Defense Ministry", None),
    ("Russia's Ministry of Defense said 30 tanks were destroyed.", "Russian Defense Ministry", None),
    ("Thirty tanks were destroyed.", "Reuters", None),
])
def test_claimant_and_speaker(body, claimant, speaker):
    (c,) = claims(body)
    assert (c.claimant, c.speaker) == (claimant, speaker)


def test_unattributed_without_outlet():
    (c,) = claims("Thirty tanks were destroyed.", outlet=None)
    assert c.claimant == "unattributed"


@pytest.mark.parametrize("name", ["Daesh", "IS", "ISIS", "ISIL", "Islamic State"])
def test_actor_aliases(name):
    (c,) = claims(f"The strikes killed 40 {name} militants, the army said.")
    assert c.actor == "Islamic State" and c.subject == "militant"


@pytest.mark.parametrize("name", ["al-Nusra Front", "Jabhat al-Nusra", "Jabhat Fatah al-Sham", "Jabhat Fatah al Shal"])
def test_nusra_aliases(name):
    assert normalise(name) == "Jabhat al-Nusra"


def test_alias_table_is_data(tmp_path):
    data = json.loads(ALIASES_PATH.read_text(encoding="utf-8"))
    data["entities"].append({"canonical": "Example Front", "kind": "group", "aliases": ["ExFront"]})
    table = AliasTable(data["entities"])
    assert table.normalise("ExFront") == "Example Front"
    assert table.normalise("Daesh") == "Islamic State"


@pytest.mark.parametrize("body", [
    "The government will spend $5 million on shelters, officials said.",
    "Unemployment rose to 12 percent, officials said.",
    "A 45-year-old man was arrested, police said.",
    "Liverpool beat Wolves 2-1 on Sunday in front of 53,000 fans.",
    "The brigade was founded in 1995, officials said.",
    "The 3rd brigade was sent to the front, officials said.",
    "He was one of the people arrested, police said.",
    "Floods could kill up to 100 people, officials warned.",
    "The army plans to evacuate 5,000 residents next week.",
    "Up to 10,000 people will be evacuated, officials said.",
    "Dozens of people were killed, officials said.",
    "Call 555-1234 or visit 221 Baker Street.",
    "Police seized 300 kilograms of cocaine.",
    "Candidates won 389 of the 452 seats, with 71 percent turnout.",
    "The quake struck at 11:56 local time on April 25, 2015.",
    "The suspect, 21, was taken into custody.",
])
def test_not_claims(body):
    assert claims(body) == []


def test_ranges_and_hedges():
    (c,) = claims("Between 15 and 20 people were killed, police said.")
    assert (c.value, c.value_high, c.qualifier) == (15, 20, Qualifier.RANGE)
    (c,) = claims("Police said more than 1.5 million people were evacuated.")
    assert (c.value, c.qualifier) == (1_500_000, Qualifier.AT_LEAST)


def test_period_in_sentence_and_carried_within_paragraph():
    body = ("Police said they arrested 17 people over the weekend. Eight officers were injured.\n"
            "Three of them were charged.")
    a, b, c = claims(body)
    assert (a.period_start, a.period_end) == (dt.date(2019, 6, 15), dt.date(2019, 6, 16))
    assert (b.period_start, b.period_end) == (a.period_start, a.period_end)  # same paragraph
    assert c.period_start is None  # next paragraph, not a quote


def test_statement_date_is_not_the_claim_period():
    (c,) = claims("Police said on Monday that 17 people were arrested.")
    assert c.period_start is None and c.period_text is None


def test_mention_fields():
    body = "BEIRUT (Reuters) - Air strikes killed nearly 2,700 civilians in Syria, the monitor said."
    (c,) = claims(body)
    m = c.mention
    assert m.text == body[m.start:m.end] == "nearly 2,700 civilians"
    assert m.sentence == body and m.outlet == "Reuters" and m.published_at == PUB and not m.quoted
    assert c.location == "Syria" and c.qualifier == Qualifier.APPROX
    assert EXTRACTOR_VERSION


def test_no_published_at_leaves_periods_empty():
    (c,) = claims("Police said they arrested 17 people last week.", published=None)
    assert c.period_start is None and c.value == 17


def test_location_falls_back_to_the_dateline():
    (c,) = claims("ALMATY (Reuters) - Police have detained 7,939 people, the interior ministry said.")
    assert (c.location, c.claimant) == ("Kazakhstan", "Kazakh Interior Ministry")  # a national body gets its country


def test_minister_speaks_for_the_ministry():
    (c,) = claims("Health Minister Hamad Hassan said 45 people had died in Beirut.")
    assert (c.claimant, c.speaker, c.location) == ("Lebanese Health Ministry", "Hamad Hassan", "Lebanon")


def test_a_national_body_is_not_given_a_country_the_story_is_not_sure_of():
    (c,) = claims("BEIRUT (Reuters) - The health ministry said 20 people were killed in Idlib, Syria.")
    assert (c.location, c.claimant) == ("Syria", "Health Ministry")  # filed from Lebanon about Syria
    (c,) = claims("The health ministry said 20 people were killed in Darfur.")
    assert c.claimant == "Health Ministry"  # a region has no ministry of its own


def test_organisation_name_with_and_stays_whole():
    (c,) = claims("The Iowa Homeland Security and Emergency Management Department said at least 300 homes were damaged.")
    assert (c.claimant, c.speaker, c.metric, c.value) == (
        "Iowa Homeland Security and Emergency Management Department", None, "damaged", 300)
    (c,) = claims("Nigeria has recorded 41 deaths, the Nigeria Centre for Disease Control said.")
    assert (c.claimant, c.speaker) == ("Nigeria Centre for Disease Control", None)


def test_nominalised_events_are_claims():
    got = [(c.metric, c.subject, c.value, c.claimant) for c in claims(
        "Floodwaters forced the evacuation of about 1,200 residents, state emergency officials said. "
        "Police announced the arrest of 14 people. Rescuers recovered the bodies of six hostages.")]
    assert got == [("evacuated", "resident", 1200, "state emergency officials"),
                   ("arrested", "person", 14, "Police"), ("died", "hostage", 6, "Police")]  # bodies count the dead
    assert facts("Officials said they plan to order the evacuation of 5,000 people.") == []


def test_bare_generic_claimant_gives_way_to_the_org_named_before_it():
    got = [c.claimant for c in claims(
        "The Iowa Homeland Security and Emergency Management Department said 300 homes were damaged. "
        "Officials said two people were killed.")]
    assert got == ["Iowa Homeland Security and Emergency Management Department"] * 2
    (c,) = claims("The coast guard rescued 176 migrants, officials said.")
    assert c.claimant == "officials"


def test_claimant_names_from_titles_places_and_anaphora():
    got = [(c.claimant, c.speaker) for c in claims("Ukraine's air force said it shot down 29 drones.")]
    assert got == [("Ukrainian Air Force", None)]
    body = ("Police Chief Dan Thompson said 62 people had been hurt. "
            "French police said 5 migrants died. A National Guard official said 11 bodies were recovered.\n"
            "The official, Houssem Jebabli, said 44 boats were intercepted.")
    got = [(c.claimant, c.speaker) for c in claims(body)]
    assert got == [("Police", "Dan Thompson"), ("French police", None),  # the country stays: another force
                   ("National Guard", None), ("National Guard", "Houssem Jebabli")]
    got = [c.claimant for c in claims("Lebanon's health ministry said 12 people were killed.")]
    assert got == ["Lebanese Health Ministry"]


def test_including_clause_and_passive_confirmation():
    got = facts("Ten people have died, including four health workers, and 14 patients have been hospitalised.")
    assert got == [("died", "person", 10), ("died", "health worker", 4), ("hospitalized", "patient", 14)]
    (c,) = claims("Seven new cases were confirmed in the past 24 hours, the ministry said.")
    assert (c.metric, c.value, str(c.period_start), str(c.period_end)) == ("infected", 7, "2019-06-16", "2019-06-17")


def test_protest_turnout_figures_are_claims_with_their_source():
    got = [(c.metric, c.value, c.claimant) for c in claims(
        "Some 20,000 people marched in Paris on Tuesday, according to police, while the CGT union put the turnout "
        "at 150,000. The stadium holds 80,000 people. Tens of thousands took to the streets.")]
    assert got == [("protested", 20000, "Police"), ("protested", 150000, "CGT")]


def test_n_units_of_events_is_a_period():
    (c,) = claims("The commission said 39 people had been killed in two weeks of protests.",
                  published=dt.datetime(2024, 7, 3, tzinfo=dt.timezone.utc))
    assert (c.value, str(c.period_start), str(c.period_end)) == (39, "2024-06-19", "2024-07-03")


def test_parenthetical_acronym_names_the_organisation():
    got = [c.claimant for c in claims(
        "MEXICO CITY (Reuters) - Authorities found 129 migrants in a truck, the National Migration Institute (INM) "
        "said.\nThe INM said it had detained 680,000 migrants this year.")]
    assert got == ["National Migration Institute"] * 2


def test_continuations_titles_and_elliptic_casualties():
    body = ("SEOUL (Reuters) - Gov. Kim Dong-yeon said 154 people died.\n"
            "Another 149 people were injured, 33 of them seriously. Police said they deployed 137 officers.\n"
            "The governor said 32 people were shot, five of them fatally.")
    got = [(c.metric, c.value, c.claimant) for c in claims(body)]
    assert got == [("died", 154, "Kim Dong-yeon"), ("injured", 149, "Kim Dong-yeon"), ("injured", 33, "Kim Dong-yeon"),
                   ("shot", 32, "Kim Dong-yeon"), ("killed", 5, "Kim Dong-yeon")]


def test_two_sources_joined_by_and_give_one_claimant():
    got = [c.claimant for c in claims(
        "The cyclone killed at least 60 people, residents and a local official said.\n"
        "Air strikes killed 12 people, the government and rescue workers in the rebel-held northwest said.\n"
        "At least 9 people died, Amnesty International and Human Rights Watch said.")]
    assert got == ["local official", "rescue workers", "Amnesty International"]


def test_relative_clause_does_not_override_the_main_verb():
    got = [(c.metric, c.value, c.claimant, c.speaker) for c in claims(
        "Coast guard units rescued 118 migrants who had been pushed back by Greek forces, Maui Police Chief John Smith "
        "said. About 1.9 million people, or 85% of the population, have been displaced. Some 250 soldiers have been "
        "deployed. At least 20 people died during the voyage, survivors told the agency.")]
    assert got == [("rescued", 118, "Police", "John Smith"), ("displaced", 1900000, "Police", "John Smith"),
                   ("died", 20, "survivors", None)]


def test_described_body_takes_the_name_the_next_sentence_gives():
    got = claims("More than 8,000 people have fled, the U.N. agency said. The UNHCR said it was sending tents.")
    assert [(c.value, c.claimant) for c in got] == [(8000, "UNHCR")]
    got = claims("The doctors' union said its members treated 300 people. The Medical Workers Union called for an inquiry.")
    assert [(c.value, c.claimant) for c in got] == [(300, "Medical Workers Union")]
    got = claims("About 40 people were injured, the agency said. Rescuers searched the rubble.")
    assert [c.claimant for c in got] == ["Agency"]  # no name follows: kept as described


def test_spokesperson_of_a_bare_force_and_a_state_body():
    got = claims("Israel's military said it struck targets. Military spokesman Avichay Adraee said troops killed 70 fighters.")
    assert [(c.value, c.claimant, c.speaker) for c in got] == [(70, "Israeli military", "Avichay Adraee")]
    got = claims("Niger state's emergency management agency said 52 people were injured.")
    assert [c.claimant for c in got] == ["Niger state emergency management agency"]
    got = claims("Sheriff T.K. Waters said the gunman killed three people.")
    assert [(c.claimant, c.speaker) for c in got] == [("Sheriff", "T.K. Waters")]


def test_unsourced_figure_from_an_earlier_year_is_the_outlets_background_claim():
    got = claims("Police said 12 people were arrested on Sunday. In 2015, a similar raid in the province killed 60 people.")
    assert [(c.value, c.claimant, str(c.period_start), str(c.period_end)) for c in got] == [
        (12, "Police", "2019-06-16", "2019-06-16"), (60, "Reuters", "2015-01-01", "2015-12-31")]
    got = claims("A 2010 quake killed 200,000 people.")
    assert [(c.value, c.claimant, str(c.period_start)) for c in got] == [(200000, "Reuters", "2010-01-01")]
    assert facts("The ministry said 5,000 people died in road crashes in 2018.") == [("died", "person", 5000)]
    assert facts("Police have arrested 39 people.") == [("arrested", "person", 39)]
    assert [c.claimant for c in claims("The coast guard said 104 people were rescued. Police arrested nine men.")] == [
        "Coast Guard", "Police"]


def test_described_monitor_named_by_the_next_paragraph():
    got = claims("Air strikes killed at least 21 civilians on Sunday, a war monitor said.\n\n"
                 "The Syrian Observatory for Human Rights said the dead included five children.")
    assert {c.claimant for c in got} == {"Syrian Observatory for Human Rights"}
    got = claims("Air strikes killed at least 21 civilians on Sunday, a war monitor said.\n\n"
                 "The Interior Ministry said 40 people were arrested.")
    assert [c.claimant for c in got][0] != "Interior Ministry"  # a state body is not the monitor described


def test_gone_missing_and_among_the_missing():
    assert facts("The IOM says more than 23,500 migrants have gone missing in the Mediterranean.") == [
        ("missing", "migrant", 23500)]
    assert facts("Doctors Without Borders said 26 children were among the missing.") == [("missing", "child", 26)]


def test_the_side_that_lost_is_the_actor():
    got = claims("Russia has lost 405,000 troops since February 24, 2022, the General Staff said.")
    assert [(c.metric, c.actor) for c in got] == [("lost", "Russian")]
    got = claims("The ministry said the Ukrainian army has lost more than 67,000 personnel, 380 tanks and 370 vehicles.")
    assert [(c.value, c.actor) for c in got] == [(67000, "Ukrainian"), (380, "Ukrainian"), (370, "Ukrainian")]
    got = claims("The ministry said the enemy has lost 1,200 servicemen.")
    assert [c.actor for c in got] == [None]  # no named side


def test_a_trailing_with_clause_keeps_its_period():
    got = claims("The ministry said 20,062 cases had been reported, with 45 new infections recorded in the past 24 hours. "
                 "The ministry said 1,800 patients had been discharged.")
    assert [(c.value, c.period_start) for c in got] == [
        (20062, None), (45, dt.date(2019, 6, 16)), (1800, None)]


def test_a_described_name_is_the_claimant():
    assert [c.claimant for c in claims("Ten migrants were found dead, the German charity Resqship said on Monday.")] == [
        "Resqship"]
    assert [c.claimant for c in claims("Energy company Ukrenergo said two thermal power plants were damaged.")] == [
        "Ukrenergo"]


def test_of_those_arrested_then_a_later_verb():
    assert facts("Police arrested 25 people. Eight of those arrested were later released.") == [
        ("arrested", "person", 25), ("released", "person", 8)]
    got = facts("Agents arrested 42 people. The agency said 17 of those arrested were members of a cartel cell.")
    assert [(m, v) for m, _s, v in got] == [("arrested", 42), ("arrested", 17)]  # a copula, not a later verb


def test_modified_police_kept_as_written():
    got = claims("About 1,000 officers took part, federal police said in a statement. Investigators seized 14 firearms, it said.")
    assert [(c.claimant, c.value) for c in got] == [("federal police", 14)]
    assert [c.claimant for c in claims("Police said 14 firearms were seized.")] == ["Police"]


def test_of_those_arrested_takes_the_arrest_claim_as_antecedent():
    got = facts("Police arrested 25 people.\n\nInvestigators seized 14 firearms, police said.\n\n"
                "Eight of those arrested were later released, prosecutors said.")
    assert got[-1] == ("released", "person", 8)


def test_rapid_support_forces_is_an_armed_group():
    got = claims("The Sudanese army said it had killed 300 fighters of the paramilitary Rapid Support Forces (RSF).")
    assert [(c.subject, c.actor) for c in got] == [("fighter", "Rapid Support Forces")]


def test_reduced_relative_participle_gives_way_to_the_main_verb():
    assert facts("In San Pedro Sula, 118 people trapped by the water were rescued, the army said.") == [
        ("rescued", "person", 118)]
    assert facts("Troops rescued 36 villagers kidnapped by gunmen, police said.") == [("rescued", "villager", 36)]
    # a casualty participle after a count is the claim itself, not a modifier
    assert facts("At least 153 people were killed and 364 others injured in the quake, the ministry said.") == [
        ("killed", "person", 153), ("injured", "person", 364)]


def test_a_restated_figure_without_a_period_is_the_dated_claim():
    got = claims("A quake struck early on Sunday and injured 68 people, the disaster agency said.\n"
                 "\"Sixty-eight of our citizens were injured,\" the agency's president told reporters.")
    assert {(c.metric, c.value, c.period_start) for c in got} == {("injured", 68, got[0].period_start)}
    assert got[0].period_start is not None


def test_a_restated_figure_over_nearly_the_same_days_is_the_dated_claim():
    pub = dt.datetime(2016, 10, 12, 13, 45, tzinfo=dt.timezone.utc)  # a Wednesday
    got = claims("Russian aircraft flew 184 combat sorties in Syria last week, the Defense Ministry said.\n"
                 "\"Over the past week, the aviation group performed 184 sorties,\" the general said.", published=pub)
    assert {(c.value, str(c.period_start), str(c.period_end)) for c in got} == {(184, "2016-10-03", "2016-10-09")}


def test_the_same_period_dates_the_rest_of_its_paragraph():
    pub = dt.datetime(2019, 2, 4, 10, 30, tzinfo=dt.timezone.utc)  # a Monday
    got = claims("Security forces detained 86 suspects last week, the Interior Ministry said on Monday.\n"
                 "In the same period, security forces neutralized 14 terrorists, the ministry said. Nine of them were "
                 "killed in clashes, it said.", published=pub)
    assert {(c.value, str(c.period_start), str(c.period_end)) for c in got} == {
        (86, "2019-01-28", "2019-02-03"), (14, "2019-01-28", "2019-02-03"), (9, "2019-01-28", "2019-02-03")}


def test_a_period_describing_the_event_does_not_date_the_figure():
    pub = dt.datetime(2018, 9, 18, 8, 30, tzinfo=dt.timezone.utc)
    got = claims("Mangkhut, the most powerful storm to hit the country this year, affected more than 250,000 people, "
                 "the disaster council said.", published=pub)
    assert [(c.value, c.period_start) for c in got] == [(250000, None)]


def test_tolls_that_stay_prisoners_handed_over_and_places_taken():
    got = claims("The death toll remained unchanged at 305, the ministry said.")
    assert [(c.metric, c.value) for c in got] == [("died", 305)]
    got = claims("\"We handed over 141 prisoners of war,\" the ombudsman said.")
    assert [(c.metric, c.value) for c in got] == [("released", 141)]
    got = claims("Ukrainian forces have taken control of 92 settlements, the commander said.")
    assert [(c.metric, c.value) for c in got] == [("captured", 92)]


def test_which_period_a_figure_takes_among_several_in_its_sentence():
    pub = dt.datetime(2017, 9, 27, 19, 20, tzinfo=dt.timezone.utc)
    got = claims("Of the total, 1,103 cases were reported this month alone, the report said, adding that 1,260 "
                 "chikungunya cases had also been recorded in the city this year.", published=pub)
    assert [(c.value, str(c.period_start)) for c in got] == [(1103, "2017-09-01"), (1260, "2017-01-01")]
    pub = dt.datetime(2024, 2, 20, 9, 45, tzinfo=dt.timezone.utc)
    got = claims("The General Staff said the number of Russian soldiers killed since February 24, 2022 had reached "
                 "about 402,600, including 1,160 over the past day.", published=pub)
    assert [(c.value, str(c.period_start)) for c in got] == [(402600, "2022-02-24"), (1160, "2024-02-19")]
    pub = dt.datetime(2024, 5, 20, 2, 35, tzinfo=dt.timezone.utc)
    got = claims("Tension has risen since January, when the North fired around 200 artillery shells near the border "
                 "island on Jan. 5, the JCS said.", published=pub)
    assert [(c.value, str(c.period_start), str(c.period_end)) for c in got] == [(200, "2024-01-05", "2024-01-05")]
    pub = dt.datetime(2023, 10, 10, 11, 30, tzinfo=dt.timezone.utc)
    got = claims("The city logged 2,089 cases in September, the highest for the month since 2015, when 6,775 cases "
                 "were reported in September, the data showed.", published=pub)
    assert [(c.value, str(c.period_start)) for c in got] == [(2089, "2023-09-01"), (6775, "2015-09-01")]
    pub = dt.datetime(2019, 11, 14, 6, 30, tzinfo=dt.timezone.utc)
    got = claims("The ministry said the death toll from two days of fighting rose to 32.", published=pub)
    assert [(c.value, str(c.period_start), str(c.period_end)) for c in got] == [(32, "2019-11-12", "2019-11-14")]


def test_since_an_event_the_story_dated_and_a_when_clause_that_closed():
    pub = dt.datetime(2019, 7, 15, 9, 30, tzinfo=dt.timezone.utc)
    got = claims("Monday marked the anniversary of the July 15, 2016 coup attempt.\n"
                 "Since the coup attempt, more than 150,000 people have been detained, the ministry said.", published=pub)
    assert [(c.value, str(c.period_start), str(c.period_end)) for c in got] == [(150000, "2016-07-15", "2019-07-15")]
    pub = dt.datetime(2018, 7, 24, 15, 50, tzinfo=dt.timezone.utc)
    got = claims("Since April 30, when the agency began this year's tally, 49,583 people have been taken to hospital "
                 "with heatstroke, it said.", published=pub)
    assert [(c.value, str(c.period_start)) for c in got] == [(49583, "2018-04-30")]
    pub = dt.datetime(2023, 4, 14, 16, 48, tzinfo=dt.timezone.utc)
    got = claims("At least 25 migrants from sub-Saharan Africa drowned off Sfax on Thursday, a spokesman said.",
                 published=pub)
    assert [(c.metric, c.value, str(c.period_start)) for c in got] == [("died", 25, "2023-04-13")]


def test_the_army_is_the_armed_forces_the_story_names():
    got = claims("Bamako (AFP) - Mali's army said Tuesday it had killed around 15 terrorists on Sunday.\n"
                 "Troops also seized some 20 motorbikes, the Malian Armed Forces (FAMa) said.")
    assert {c.claimant for c in got} == {"Malian Armed Forces"}


def test_lives_lost_sorties_flown_settlements_shelled_and_destruction():
    cases = {
        "In the past 24 hours, 75 more people lost their lives, the NDMA said.": ("died", 75),
        "Russian aircraft have flown more than 9,000 sorties, the ministry said.": ("conducted", 9000),
        "Russian forces shelled 41 settlements in Kherson region, the governor said.": ("hit", 41),
        "Russian forces had shelled the region 84 times, the governor said.": ("attacks", 84),
        "The operations led to the destruction of 15 motorcycles, the army said.": ("destroyed", 15),
    }
    for text, want in cases.items():
        assert [(c.metric, c.value) for c in claims(text)] == [want], text


def test_a_figure_compared_a_year_earlier_is_that_years():
    pub = dt.datetime(2022, 1, 10, 10, tzinfo=dt.timezone.utc)
    got = claims("The Migration Ministry said 4,331 migrants reached the islands by sea in 2021, down from 9,714 the "
                 "previous year.", published=pub)
    assert [(c.value, str(c.period_start), str(c.period_end)) for c in got] == [
        (4331, "2021-01-01", "2021-12-31"), (9714, "2020-01-01", "2020-12-31")]
    pub = dt.datetime(2023, 9, 10, 10, tzinfo=dt.timezone.utc)
    got = claims("More than 26,800 migrants have reached Britain since the start of the year, the Home Office said, "
                 "compared with a record 45,774 in the whole of 2022.", published=pub)
    assert [(c.value, str(c.period_start)) for c in got] == [(26800, "2023-01-01"), (45774, "2022-01-01")]


def test_a_source_that_puts_a_toll_or_a_number_at_a_figure():
    got = claims("The Sindh provincial government, however, put the province's toll at 402, saying some deaths had "
                 "yet to be reported.")
    assert [(c.metric, c.value, c.claimant) for c in got] == [("died", 402, "Sindh provincial government")]
    got = claims("Russia's Defence Ministry put the number of people evacuated by Thursday afternoon at 4,123.")
    assert [(c.metric, c.value) for c in got] == [("evacuated", 4123)]


def test_confirmed_cases_and_a_subset_between_a_count_and_its_relative_clause():
    got = claims("The ministry reported 1,089 cases of Ebola.\nOf these, 1,024 were confirmed and 65 were probable, the "
                 "ministry said.")
    assert [(c.metric, c.value) for c in got] == [("infected", 1089), ("infected", 1024), ("infected", 65)]
    got = claims("Red Cross teams rescued 46 people, including 11 children, who had been trapped by the rising waters.")
    assert [(c.metric, c.value) for c in got] == [("rescued", 46), ("rescued", 11)]


def test_the_figures_own_clause_dates_it_across_after():
    pub = dt.datetime(2016, 8, 14, 13, 45, tzinfo=dt.timezone.utc)  # a Sunday
    got = claims("Firefighters were battling a wildfire on Sunday after it forced the evacuation of more than 2,000 "
                 "people on Saturday, the fire service said.", published=pub)
    assert [(c.value, str(c.period_start)) for c in got] == [(2000, "2016-08-13")]


def test_the_un_agency_is_the_one_the_story_cited():
    got = claims("GENEVA (Reuters) - The World Health Organization said 8,457 suspected cases had been recorded.\n"
                 "Some 368 people have died of the disease, the U.N. agency said.")
    assert [c.claimant for c in got] == ["World Health Organization"] * 2


def test_lives_lost_drones_brought_down_and_shells_that_landed():
    assert [(c.metric, c.value) for c in claims("As many as 18 human lives were lost in the fire, officials said.")] == [
        ("died", 18)]
    assert [(c.metric, c.value) for c in claims("Air defences brought down 41 drones overnight, the air force said.")] == [
        ("intercepted", 41)]
    assert [(c.metric, c.value) for c in claims("Some 662 mortar shells landed on the town, the ministry said.")] == [
        ("hit", 662)]


def test_a_day_dating_a_superlative_event_and_a_possessive_rush_hour():
    pub = dt.datetime(2024, 1, 2, 12, 15, tzinfo=dt.timezone.utc)
    got = claims("The attack came four days after Russia's largest aerial barrage of the war on Dec. 29, which killed 39 "
                 "people across Ukraine.", published=pub)
    assert [(c.value, str(c.period_start)) for c in got] == [(39, "2023-12-29")]
    pub = dt.datetime(2022, 10, 11, 15, 40, tzinfo=dt.timezone.utc)
    got = claims("In Kyiv, where missiles struck during Monday's morning rush hour, five people were killed, the mayor "
                 "said.", published=pub)
    assert [(c.value, str(c.period_start)) for c in got] == [(5, "2022-10-10")]


def test_since_then_after_the_figure_and_during_the_year():
    pub = dt.datetime(2021, 4, 1, 16, 30, tzinfo=dt.timezone.utc)
    got = claims("The attack on Palma began on March 24. According to the IOM, 8,166 people have fled the town since "
                 "then, most of them by boat.", published=pub)
    assert [(c.value, str(c.period_start), str(c.period_end)) for c in got] == [(8166, "2021-03-24", "2021-04-01")]
    pub = dt.datetime(2022, 1, 4, 10, tzinfo=dt.timezone.utc)
    got = claims("The Coast Guard Command rescued 21,178 irregular migrants in 2021, the command said. During the year, "
                 "its teams also held 562 suspected smugglers, it said.", published=pub)
    assert [(c.value, str(c.period_start)) for c in got] == [(21178, "2021-01-01"), (562, "2021-01-01")]


def test_sorties_made_and_the_same_period_in_a_later_quote():
    pub = dt.datetime(2017, 12, 6, 11, 15, tzinfo=dt.timezone.utc)
    got = claims("MOSCOW, December 6. /TASS/. Russian aircraft made 112 sorties in Syria from November 27 to December 3, "
                 "spokesman Igor Konashenkov said.\n"
                 "\"During the same period, Russian aircraft destroyed 14 command posts,\" Konashenkov said.\n"
                 "More than 850 militants were eliminated in the strikes over those seven days, he said.", published=pub)
    assert [(c.metric, c.value, str(c.period_start), str(c.period_end)) for c in got] == [
        ("conducted", 112, "2017-11-27", "2017-12-03"), ("destroyed", 14, "2017-11-27", "2017-12-03"),
        ("killed", 850, "2017-11-27", "2017-12-03")]
    assert claims("The committee made 12 recommendations, the report said.") == []


def test_since_the_rain_began_counts_from_the_day_the_story_gave():
    pub = dt.datetime(2022, 6, 23, 8, 40, tzinfo=dt.timezone.utc)
    got = claims("Torrential rain that has battered the region since Sunday has left six people dead, the headquarters "
                 "said.\nMore than 126,000 residents have been evacuated since the rain began, it said.", published=pub)
    assert [(c.value, str(c.period_start), str(c.period_end)) for c in got] == [
        (6, "2022-06-19", "2022-06-23"), (126000, "2022-06-19", "2022-06-23")]


def test_people_smuggled_are_counted():
    pub = dt.datetime(2017, 3, 21, 10, tzinfo=dt.timezone.utc)
    got = claims("Investigators accuse the suspects of smuggling at least 230 people into Germany between March 2016 and "
                 "January 2017, police said.", published=pub)
    assert [(c.metric, c.value, str(c.period_start)) for c in got] == [("smuggled", 230, "2016-03-01")]


def test_the_boats_people_crossed_or_arrived_in_are_counted():
    pub = dt.datetime(2025, 6, 1, 10, tzinfo=dt.timezone.utc)
    got = claims("A total of 1,194 people crossed the English Channel in 19 small boats on Saturday, the Home Office said.",
                 published=pub)
    assert [(c.metric, c.subject, c.value) for c in got] == [("crossed", "person", 1194), ("crossed", "boat", 19)]
    got = claims("The coast guard rescued 126 migrants from three boats off Lesbos, it said.", published=pub)
    assert [(c.metric, c.value) for c in got] == [("rescued", 126)]


def test_drones_and_missiles_an_attack_was_made_with_are_launched():
    pub = dt.datetime(2025, 3, 9, 10, tzinfo=dt.timezone.utc)
    got = claims("Russia attacked the country overnight with 119 drones, the air force said.", published=pub)
    assert [(c.metric, c.subject, c.value) for c in got] == [("conducted", "drone", 119)]


def test_the_official_is_the_source_cited_before():
    got = claims("The toll has climbed to 54, a senior Border Security Force official said on Sunday. The official said 1,132 "
                 "infiltrators were apprehended in 2017.")
    assert [c.claimant for c in got] == ["Border Security Force"] * 2


def test_the_wounded_in_hospital_are_hospitalized():
    got = claims("Twelve of the injured are still being treated in hospital, the agency said.")
    assert [(c.metric, c.value) for c in got] == [("hospitalized", 12)]
    got = claims("Three of the wounded remained in intensive care, the minister said.")
    assert [(c.metric, c.value) for c in got] == [("hospitalized", 3)]


def test_a_figure_a_modal_or_an_aim_governs_is_no_claim_but_dates_what_follows():
    assert claims("Turkey is ready to set up a camp that could shelter up to 80,000 evacuees, officials said.") == []
    assert claims("The president said pressing ahead could have cost more than 200 lives.") == []
    pub = dt.datetime(2025, 1, 20, 10, tzinfo=dt.timezone.utc)
    got = claims("The ministry launched a vaccination campaign on Sunday, aiming to immunize 900,000 people within ten "
                 "days. More than 54,000 people were vaccinated, it said.", published=pub)
    assert [(c.metric, c.value, str(c.period_start)) for c in got] == [("vaccinated", 54000, "2025-01-19")]


def test_one_in_serious_condition_is_a_state_not_a_count():
    got = claims("Eight of the miners were hospitalized, one in serious condition, the minister said.")
    assert [(c.metric, c.value) for c in got] == [("hospitalized", 8)]


def test_asylum_seekers_registered_arrived():
    pub = dt.datetime(2015, 12, 9, tzinfo=dt.timezone.utc)
    got = claims("Germany registered 206,101 new asylum seekers in November, the interior ministry said.", published=pub)
    assert [(c.metric, c.value) for c in got] == [("arrived", 206101)]


def test_people_airlifted_were_evacuated():
    assert [(c.metric, c.value) for c in claims("Rescuers airlifted 1,500 residents from the fire zone, officials said.")] == [
        ("evacuated", 1500)]


def test_migrants_caught_are_detained():
    assert [(c.metric, c.value) for c in claims("Border agents said 387 migrants were caught crossing the river last week.")] == [
        ("detained", 387)]


def test_since_the_invasion_began_takes_the_start_the_article_dated():
    pub = dt.datetime(2023, 6, 8, 7, 50, tzinfo=dt.timezone.utc)
    got = claims("Ukrainian forces have killed 214,190 Russian soldiers since February 24, 2022, the General Staff said.\n"
                 "In total, Russia has lost 3,842 tanks since the invasion began, it said.", published=pub)
    assert [(c.value, str(c.period_start), str(c.period_end)) for c in got] == [
        (214190, "2022-02-24", "2023-06-08"), (3842, "2022-02-24", "2023-06-08")]


def test_long_lists_toll_phrasings_and_ranked_places():
    pub = dt.datetime(2023, 2, 20, 10, tzinfo=dt.timezone.utc)
    got = claims("Ukrainian forces have destroyed 3,293 Russian tanks (+4 over the past day), 6,507 armored combat "
                 "vehicles, 2,324 artillery systems (+7), 469 multiple rocket launchers and 907 cruise missiles, "
                 "the General Staff said.", published=pub)
    assert [(c.metric, c.value) for c in got] == [("destroyed", v) for v in (3293, 6507, 2324, 469, 907, 4, 7)]
    assert {str(c.period_start) for c in got if c.value in (4, 7)} == {"2023-02-19"}  # the day's increments
    got = claims("At least 75 more people died in the past 24 hours, pushing the overall death toll since June 14 "
                 "to 1,136, the National Disaster Management Authority said.", published=pub)
    assert [(c.value, str(c.period_start)) for c in got] == [(75, "2023-02-19"), (1136, "2022-06-14")]
    got = facts("Hiroshima was the hardest hit with 72 deaths, followed by Okayama with 58 and Ehime with 26, "
                "local authorities said.")
    assert got == [("died", "person", 72), ("died", "person", 58), ("died", "person", 26)]
    assert facts("Rescuers are searching for 118 people who remain missing, officials said.") == [
        ("missing", "person", 118)]


def test_collapsed_buildings_treated_people_and_casualty_adjectives():
    assert facts("Some 1,340 houses collapsed, the headquarters said.") == [("destroyed", "house", 1340)]
    assert facts("Military doctors provided medical assistance to 98 residents, the center said.") == [
        ("treated", "resident", 98)]
    assert facts("His teams had transported 46 wounded people to hospitals, the ambulance service said.") == [
        ("injured", "person", 46)]
    # a preposition after a casualty word does not make the next count a casualty figure
    assert facts("Hospitals received the injured in 100 hospitals across the country, he said.") == []


def test_month_words_that_are_not_months():
    (c,) = claims("VINA DEL MAR, Chile (AFP) - Forest fires have killed at least 112 people, officials said.")
    assert c.period_start is None
    (c,) = claims("Some 25,000 people took part in the protest march, the organisers said.")
    assert (c.metric, c.period_start) == ("protested", None)


def test_toll_stated_as_the_number_of():
    pub = dt.datetime(2024, 2, 22, 10, tzinfo=dt.timezone.utc)
    got = claims("According to an AFP tally, the blast brings to at least 112 the number of people killed in bombings "
                 "since January 1.", published=pub)
    assert [(c.metric, c.value, str(c.period_start)) for c in got] == [("killed", 112, "2024-01-01")]
    got = claims("The government puts the number of confirmed protest-related deaths at 20.", published=pub)
    assert [(c.metric, c.value, c.claimant) for c in got] == [("died", 20, "government")]
    got = claims("A woman tested positive for monkeypox, taking the number of cases in the capital to four, "
                 "officials said.", published=pub)
    assert [(c.metric, c.value) for c in got] == [("infected", 4)]


def test_since_then_since_when_and_the_night():
    got = claims("Gunmen stormed a television station on Jan. 9. Since then, security forces have arrested more than "
                 "18,000 people, according to government figures.", published=dt.datetime(2024, 9, 4, tzinfo=dt.timezone.utc))
    assert [(c.value, str(c.period_start), str(c.period_end)) for c in got] == [(18000, "2024-01-09", "2024-09-04")]
    got = claims("It was the deadliest disaster since 1982, when floods killed 299 people.",
                 published=dt.datetime(2018, 7, 10, tzinfo=dt.timezone.utc))
    assert [(c.value, str(c.period_start), str(c.period_end)) for c in got] == [(299, "1982-01-01", "1982-12-31")]
    got = claims("The emergency service said its medics had treated 31 people over the course of the night.",
                 published=dt.datetime(2024, 4, 14, tzinfo=dt.timezone.utc))
    assert [(c.value, str(c.period_start), str(c.period_end)) for c in got] == [(31, "2024-04-13", "2024-04-14")]


def test_drones_shot_down_are_intercepted_aircraft_destroyed():
    assert facts("Air defences shot down 29 drones overnight, the air force said.") == [("intercepted", "drone", 29)]
    assert facts("Air defences shot down two helicopters, the ministry said.") == [("destroyed", "helicopter", 2)]
    assert facts("Its air defences had intercepted and destroyed 25 drones, the ministry said.") == [
        ("intercepted", "drone", 25)]


def test_losses_lives_and_clauses_with_grouped_digits():
    assert facts("Russian troops repelled attacks, inflicting losses of more than 120 servicemen on the enemy, "
                 "the ministry said.") == [("casualties", "serviceman", 120)]
    assert facts("The disease claimed 456 lives this year, the health department said.") == [("died", "person", 456)]
    assert facts("The spokesman said around 2,300 people, among them 1,270 children, were missing under the rubble.") == [
        ("missing", "person", 2300), ("missing", "child", 1270)]
    assert facts("The monitor said 397 militants had been killed, while 188 soldiers and pro-government militiamen "
                 "had died.") == [("killed", "militant", 397), ("died", "soldier", 188)]


def test_subset_clauses_alternatives_and_evacuation_centres():
    assert facts("A total of 5,700 houses were damaged, including 1,100 that were totally destroyed, the council said.") == [
        ("damaged", "house", 5700), ("destroyed", "house", 1100)]
    assert facts("Nearly 137,000 houses have been submerged or damaged, the committee said.") == [
        ("damaged", "house", 137000)]
    assert facts("More than 10,000 people were still staying at evacuation centers, the agency said.") == [
        ("evacuated", "person", 10000)]
    assert facts("In Kullu, 1,200 residents were shifted to relief camps, officials said.") == [
        ("evacuated", "resident", 1200)]
    assert facts("Firefighters pulled 12 workers from the upper floors before the blaze was brought under control, "
                 "they said.") == [("rescued", "worker", 12)]


def test_contracted_power_cuts_and_shots():
    assert facts("A total of 2,926 people contracted measles last week, the center said. They included 1,238 adults.") == [
        ("infected", "person", 2926), ("infected", "adult", 1238)]
    assert facts("The storm hit on Wednesday, knocking out power to some 180,000 homes, the agency said.") == [
        ("affected", "home", 180000)]
    assert facts("About 43,000 homes were still without power on Monday, the utility said.") == [("affected", "home", 43000)]
    assert facts("The minister said 161 people had received a shot since Sunday.") == [("vaccinated", "person", 161)]


def test_of_them_in_a_place_and_being_treated():
    assert facts("Sudan has reported 2,000 cholera cases, 1,830 of them in Kassala, the ministry said.") == [
        ("infected", "case", 2000), ("infected", "case", 1830)]
    assert facts("Another 31 people were being treated for gunshot wounds, a hospital spokeswoman said.") == [
        ("treated", "person", 31)]


def test_recorded_cases_are_infections_and_disease_names_modify():
    assert facts("Ukraine recorded 53,219 measles cases in 2018, the ministry said.") == [("infected", "case", 53219)]
    assert facts("Officials said 40 cholera deaths were recorded.") == [("died", "person", 40)]


def test_other_workers_dashes_hostages_and_forced_from_homes():
    assert facts("Eight other workers were injured, the station chief said.") == [("injured", "worker", 8)]
    assert facts("Two dozen houses along the river bank were damaged, she said.") == [("damaged", "house", 24)]
    assert facts("Three people -- a couple and their son -- were pulled alive from the rubble, he said.") == [
        ("rescued", "person", 3)]
    assert facts("Gunmen killed about 1,200 people and took more than 250 hostages, officials said.") == [
        ("killed", "person", 1200), ("kidnapped", "hostage", 250)]
    assert facts("The insurgency has forced more than 2.5 million from their homes, the UN said.") == [
        ("displaced", "person", 2500000)]
    assert facts("The floods forced some 75,000 residents to flee their homes, he said.") == [("fled", "resident", 75000)]
    assert facts("Thirteen people have died, nine of them children, the ministry said.") == [
        ("died", "person", 13), ("died", "child", 9)]


def test_toll_spans_the_event_and_since_the_operation_began():
    pub = dt.datetime(2018, 7, 10, 9, tzinfo=dt.timezone.utc)  # a Tuesday
    got = claims("The death toll from the rain that has battered western Japan since Thursday rose to 176 on Tuesday, "
                 "officials said.", published=pub)
    assert [(c.value, str(c.period_start), str(c.period_end)) for c in got] == [(176, "2018-07-05", "2018-07-10")]
    pub = dt.datetime(2019, 10, 16, 9, tzinfo=dt.timezone.utc)
    got = claims("A total of 595 terrorists have been neutralized since the start of Operation Peace Spring on Oct. 9, "
                 "the ministry said. Separately, 12 suspects were detained since Tuesday, police said.\n"
                 "Since the operation began, troops have destroyed seven tanks, the ministry said.", published=pub)
    assert [(c.value, str(c.period_start)) for c in got if c.value == 7] == [(7, "2019-10-09")]


def test_long_since_clauses_future_periods_and_same_period():
    pub = dt.datetime(2016, 2, 10, 15, tzinfo=dt.timezone.utc)
    got = claims("At least 506 people have been killed since Russian-backed Syrian government forces launched a major "
                 "offensive north of Aleppo on February 1, the monitor said.\n"
                 "The conflict, which will enter its sixth year next month, has killed more than 260,000 people since "
                 "March 2011, the monitor said.", published=pub)
    assert [(c.value, str(c.period_start), str(c.period_end)) for c in got] == [
        (506, "2016-02-01", "2016-02-10"), (260000, "2011-03-01", "2016-02-10")]


def test_surrender_group_members_and_other_verbs():
    assert facts("Since January, 148 NPA rebels and 412 militia members have surrendered, the command said.") == [
        ("surrendered", "rebel", 148), ("surrendered", "militia member", 412)]
    assert facts("Twelve militants surrendered to troops, officials said.") == [("surrendered", "militant", 12)]
    assert facts("Two fishermen went missing after their boat capsized, an official said.") == [
        ("missing", "fisherman", 2)]
    assert facts("The gunmen burnt 27 houses, police said.") == [("destroyed", "house", 27)]
    assert facts("At least 1,150 houses were damaged, around 300 of them heavily, she said.") == [
        ("damaged", "house", 1150), ("damaged", "house", 300)]


def test_among_the_dead_takes_the_story_verb():
    got = claims("Government forces have killed at least 506 people, the monitor said.\n"
                 "Among the dead were 89 civilians, the monitor said.")
    assert [(c.metric, c.value) for c in got] == [("killed", 506), ("killed", 89)]


def test_onset_phrase_beats_the_running_period():
    pub = dt.datetime(2022, 10, 26, 7, tzinfo=dt.timezone.utc)
    got = claims("Ukrainian forces have killed about 69,220 Russian soldiers since the start of the full-scale invasion on "
                 "February 24, including 320 in the past day, the General Staff said. Ukrainian forces have also destroyed "
                 "2,640 Russian tanks since the invasion began, it said.", published=pub)
    assert [(c.value, str(c.period_start)) for c in got] == [(69220, "2022-02-24"), (320, "2022-10-25"),
                                                             (2640, "2022-02-24")]
    pub = dt.datetime(2019, 10, 14, 17, tzinfo=dt.timezone.utc)
    got = claims("At least 160,000 people have been displaced since Turkey launched its military offensive Wednesday, "
                 "the U.N. said.\nThe monitor said 60 civilians have been killed since the offensive began.", published=pub)
    assert [(c.value, str(c.period_start)) for c in got] == [(160000, "2019-10-09"), (60, "2019-10-09")]


def test_event_possessives_and_during_the_week():
    pub = dt.datetime(2023, 2, 6, 9, tzinfo=dt.timezone.utc)  # a Monday
    got = claims("Saturday's pyroclastic flows destroyed 410 homes, the agency said.", published=pub)
    assert [(c.value, str(c.period_start)) for c in got] == [(410, "2023-02-04")]
    got = claims("The volcano last erupted in December 2021, killing 51 people, officials said.", published=pub)
    assert [(c.value, str(c.period_start), str(c.period_end)) for c in got] == [(51, "2021-12-01", "2021-12-31")]
    got = claims("The army killed 300 militants last week, the center said.\n"
                 '"During the week, 16 tanks were destroyed," the center\'s head said.', published=pub)
    assert [(c.value, str(c.period_start)) for c in got] == [(300, "2023-01-30"), (16, "2023-01-30")]


def test_participle_asides_currencies_and_demonym_compounds():
    assert facts("Nearly 3,000 residents living within three kilometers of the plant were evacuated, officials said.") == [
        ("evacuated", "resident", 3000)]
    assert facts("The government approved 50 million soles in aid, the ministry said.") == []
    assert facts("Two Kyrgyz border guards were wounded, the border service said.") == [("injured", "border guard", 2)]


def test_attacks_weapons_recovered_and_moved_to_camps():
    assert facts("At least 14 attacks were carried out last year, the agency said.") == [("attacks", "attack", 14)]
    assert facts("Four hand grenades were recovered from the site, police said.") == [("seized", "hand grenade", 4)]
    assert facts("More than 31,000 have been moved to hundreds of relief camps, the authority said.") == [
        ("evacuated", "person", 31000)]


def test_compared_figures_are_claims_of_their_own_period():
    pub = dt.datetime(2023, 2, 27, 10, tzinfo=dt.timezone.utc)
    got = claims("Italy's interior ministry says more than 14,000 migrants have arrived by sea this year, compared with "
                 "about 5,200 in the same period of 2022.", published=pub)
    assert [(c.metric, c.value, str(c.period_start), str(c.period_end)) for c in got] == [
        ("arrived", 14000, "2023-01-01", "2023-02-27"), ("arrived", 5200, "2022-01-01", "2022-02-27")]
    got = claims("Pakistan has reported six polio cases so far this year, down from 20 in 2022, the program said.",
                 published=pub)
    assert [(c.value, str(c.period_start)) for c in got] == [(6, "2023-01-01"), (20, "2022-01-01")]
    assert [c.value for c in claims("The toll rose to 50, up from 43, officials said.", published=pub)] == [50]


def test_prompted_to_evacuate_relative_clauses_and_entries():
    assert facts("The quake struck early Thursday, prompting some 42,000 residents to evacuate, officials said.") == [
        ("evacuated", "resident", 42000)]
    assert facts("Two fishermen who went out before dawn remain missing, the coast guard said.") == [
        ("missing", "fisherman", 2)]
    assert facts("Eighteen people who were injured were taken to hospital, police said.") == [("injured", "person", 18)]
    assert facts("Only 2,300 aid trucks entered Gaza in February, UNRWA said.") == [("crossed", "aid truck", 2300)]
    assert facts("Officers had rearrested 11 of the escapees by Monday, police said.") == [("arrested", "escapee", 11)]


def test_dateline_dates_release_days_and_onsets_with_a_place():
    got = claims("SAMARA. Aug 20 (Interfax) - Two workers were killed in a fire on Monday night, officials said.",
                 published=dt.datetime(2019, 8, 20, 10, tzinfo=dt.timezone.utc))
    assert [(c.value, str(c.period_start)) for c in got] == [(2, "2019-08-19")]
    got = claims("Provisional figures released today show 91 people drowned in 2015, the agency said.",
                 published=dt.datetime(2016, 1, 5, 10, tzinfo=dt.timezone.utc))
    assert [(c.value, str(c.period_start), str(c.period_end)) for c in got] == [(91, "2015-01-01", "2015-12-31")]
    got = claims("The death toll in the clashes that broke out in Manipur on Wednesday has climbed to 54, an official said.",
                 published=dt.datetime(2023, 5, 7, 10, tzinfo=dt.timezone.utc))
    assert [(c.value, str(c.period_start), str(c.period_end)) for c in got] == [(54, "2023-05-03", "2023-05-07")]


def test_tolls_count_the_dead_and_lives_claimed_by_violence_are_killed():
    got = claims("Israeli raids killed 42 people on Sunday. That brought the death toll since Monday to 188, the "
                 "ministry said.")
    assert [(c.metric, c.value) for c in got] == [("killed", 42), ("died", 188)]
    assert facts("The insurgency has claimed an estimated 40,000 lives, the military said.") == [
        ("killed", "person", 40000)]
    assert facts("The dengue outbreak has claimed 456 lives, the health department said.") == [("died", "person", 456)]


def test_shares_among_arrivals_and_positive_tests():
    pub = dt.datetime(2019, 10, 1, 10, tzinfo=dt.timezone.utc)
    assert [(c.metric, c.value) for c in claims("Pedestrians accounted for 1,912 of the deaths last year, data showed.",
                                                published=pub)] == [("died", 1912)]
    assert [(c.metric, c.value) for c in claims("Among this year's arrivals were 7,800 unaccompanied minors, it added.",
                                                published=pub)] == [("arrived", 7800)]
    assert facts("In September alone, 2,214 people tested positive for the disease, the department said.") == [
        ("infected", "person", 2214)]
    assert facts("Nearly 4.7 million people remain affected by the floods, the authority said.") == [
        ("affected", "person", 4700000)]
    assert facts("Troops had set fire to more than 200 homes, the government said.") == [("destroyed", "home", 200)]


def test_destruction_and_sortie_verbs_from_the_lexicon():
    got = {(c.metric, c.value) for c in claims(
        "Between 12 and 15 residential houses burned down on Friday, he said.\n"
        "The floods toppled 1,800 houses, the department said.\n"
        "The aircraft performed 41 sorties, the ministry said.\n"
        "Twelve people were burned in the blaze, police said.\n"
        "Around 1,200 people were flown out of Kabul, the Pentagon said.")}
    assert got == {("destroyed", 12), ("destroyed", 1800), ("conducted", 41), ("injured", 12), ("evacuated", 1200)}


def test_a_figure_inside_another_figures_noun_phrase_is_not_a_claim():
    got = [(c.metric, c.value, c.subject) for c in claims(
        "A total of 1,214 residents of two villages in Yakutia's Gorny district, including 317 children, "
        "have been evacuated, the press service said.")]
    assert got == [("evacuated", 1214, "resident"), ("evacuated", 317, "child")]


def test_neutralized_is_kept_in_turkish_copy_and_killed_elsewhere():
    turkish = claims("ANKARA (AA) - Turkish security forces have neutralized nine PKK terrorists since Monday, "
                     "the National Defense Ministry said.")
    sahel = claims("The army said its troops had neutralised 32 terrorists in the Arbinda area on Friday.")
    assert [(c.metric, c.value) for c in turkish] == [("neutralized", 9)]
    assert [(c.metric, c.value) for c in sahel] == [("killed", 32)]


def test_losses_killed_or_wounded_are_casualties_and_over_the_period_is_the_last_one_named():
    got = {(c.metric, c.value, str(c.period_start)) for c in claims(
        "Russia had lost 1,050 soldiers killed or wounded in the past 24 hours, bringing its total personnel losses "
        "since the start of the full-scale invasion on Feb. 24, 2022, to 318,820, the General Staff said. "
        "It said Russia had also lost 5,423 tanks over the period.", published=dt.datetime(2023, 11, 18, 12))}
    assert got == {("casualties", 1050, "2023-11-17"), ("casualties", 318820, "2022-02-24"), ("lost", 5423, "2022-02-24")}


def test_n_of_m_launched_counts_both_the_share_and_the_launch():
    got = [(c.metric, c.value, c.subject) for c in claims(
        "Air defenses shot down 29 of 38 Shahed drones that Russia launched overnight, the Ukrainian Air Force said.")]
    assert got == [("intercepted", 29, "drone"), ("conducted", 38, "drone")]


def test_police_cases_are_registered_and_a_since_when_clause_runs_to_publication():
    got = [(c.metric, c.value, str(c.period_start), str(c.period_end)) for c in claims(
        "He said that since May 2021, when his government took office, police in the state had registered over "
        "4,000 cases under the NDPS Act.", published=dt.datetime(2022, 7, 20, 12))]
    assert got == [("registered", 4000, "2021-05-01", "2022-07-20")]


def test_beliefs_hospitals_model_names_and_figures_inside_a_place_phrase():
    got = {(c.metric, c.value, c.subject) for c in claims(
        "Between 15 and 20 people were still believed to be trapped under collapsed buildings, it said.\n"
        "Seventeen of the wounded were taken to the Atlantida hospital in La Ceiba, he said.\n"
        "Air defense systems destroyed two Ukrainian Su-25 attack aircraft, the general said.\n"
        "He said six motorcycles used by the gang had been recovered.\n"
        "He said 37 homes in two nearby villages had been evacuated.")}
    assert got == {("trapped", 15, "person"), ("hospitalized", 17, "person"), ("destroyed", 2, "aircraft"),
                   ("seized", 6, "motorcycle"), ("evacuated", 37, "home")}


def test_lakh_deaths_caused_relatives_after_a_place_and_the_lowest_since():
    got = {(c.metric, c.value, str(c.period_start)) for c in claims(
        "Over 18 lakh people are reeling under the deluge across the state, the ASDMA said.\n"
        "The PKK has been responsible for the deaths of nearly 40,000 people, officials said.\n"
        "Coast guard units have rescued 21,574 migrants in the Aegean Sea who were pushed back, the command said.\n"
        "Last year, the coast guard seized a total of 115 boats, the lowest since 2012, the coast guard said.\n"
        "The Red Cross said it had attended to 112 of the migrants.", published=dt.datetime(2020, 3, 2, 12))}
    assert got == {("affected", 1800000, "None"), ("killed", 40000, "None"), ("rescued", 21574, "None"),
                   ("seized", 115, "2019-01-01"), ("treated", 112, "None")}


def test_parts_of_a_whole_named_first_count_its_noun():
    got = {(c.metric, c.value) for c in claims(
        "Of the 600 cases confirmed over the past day, 477 were reported in Daegu and 73 in the surrounding "
        "province, the KCDC said.\n"
        "Of the fatalities in Saturday's quake, 34 were recorded in Majene and 12 in Mamuju, the agency said.")}
    assert {("infected", 477), ("infected", 73), ("died", 34), ("died", 12)} <= got


def test_a_coordinated_clause_with_its_own_period_does_not_take_the_previous_one():
    got = {(c.value, str(c.period_start)) for c in claims(
        "Home Office data show 28,526 people made the crossing in the whole of 2021, and 1,295 crossed on a single "
        "day, 22 August this year.", published=dt.datetime(2022, 11, 24, 11))}
    assert got == {(28526, "2021-01-01"), (1295, "2022-08-22")}


def test_evacuation_orders_outages_buses_arrests_and_five_more():
    got = {(c.metric, c.value) for c in claims(
        "About 105,000 residents remained under evacuation orders on Monday, county officials said.\n"
        "Some 1.6 million consumers were left without electricity, the Energy Ministry said.\n"
        "He said 3,180 militants were taken by buses from Harasta to Idlib.\n"
        "He said 11 suspects have been placed under arrest.\n"
        "Three soldiers were killed and five more were wounded in the shelling, he said.")}
    assert got == {("evacuated", 105000), ("affected", 1600000), ("evacuated", 3180), ("arrested", 11),
                   ("killed", 3), ("injured", 5)}


def test_capitalised_group_nouns_tolls_of_deaths_allies_and_more_with_a_verb():
    got = {(c.metric, c.value) for c in claims(
        "Last year, 219 Maoists were gunned down in the state, police said.\n"
        "Four Turkish soldiers and 16 Syrian fighters allied with Turkey have been killed, it said.\n"
        "Cholera deaths in Zambia have risen to 311 since the outbreak began in October, the ministry said.\n"
        "Some 2,000 more crossed the Naf River on Wednesday alone, the border guard said.\n"
        "Police said the division comprising seven districts was calm.", published=dt.datetime(2024, 1, 10, 12))}
    assert got == {("killed", 219), ("killed", 4), ("killed", 16), ("died", 311), ("crossed", 2000)}


def test_cases_opened_against_people_charge_them():
    got = {(c.metric, c.value) for c in claims(
        "Criminal cases have been opened against 12 of the suspects on terrorism charges, the center said.\n"
        "Prosecutors filed charges against 40 people on Monday, the court said.")}
    assert got == {("charged", 12), ("charged", 40)}


def test_counts_reported_in_a_with_clause_take_its_period():
    got = {(c.value, str(c.period_start)) for c in claims(
        "Since October, 8,061 cases have been recorded nationwide, the minister told reporters, with 412 new "
        "infections and 15 deaths reported in the past 24 hours.", published=dt.datetime(2024, 1, 10, 12))}
    assert got == {(8061, "2023-10-01"), (412, "2024-01-09"), (15, "2024-01-09")}


def test_missiles_fired_are_conducted_and_shells_fired():
    got = {(c.metric, c.value) for c in claims(
        "North Korea fired at least 23 missiles into the sea on Wednesday, the military said.\n"
        "Militants fired 312 mortar shells at the town, the ministry said.")}
    assert got == {("conducted", 23), ("fired", 312)}


def test_relative_then_main_verb_shares_of_deaths_and_safety():
    got = {(c.metric, c.value) for c in claims(
        "Fourteen tourists who were trapped on a beach were rescued by boat on Saturday, the coast guard said.\n"
        "The council said 53 of the fatalities were recorded in BARMM and 20 in Western Visayas.\n"
        "An official said more than 5,000 migrants had been brought to safety since Monday.")}
    assert got == {("rescued", 14), ("died", 53), ("died", 20), ("rescued", 5000)}


def test_measured_conjuncts_shelling_times_defused_and_dismantled():
    got = {(c.metric, c.value) for c in claims(
        "The FSB said 1,238 firearms, over 21,500 rounds of ammunition and some 260 kilograms of explosives were seized.\n"
        "It said Russian forces had shelled the region 84 times, using artillery.\n"
        "Troops also defused 26 improvised explosive devices, he said.\n"
        "Police have dismantled 213 fraud gangs, the ministry said.\n"
        "The attackers also burned down 57 houses, police said.")}
    assert got == {("seized", 1238), ("seized", 21500), ("attacks", 84), ("defused", 26), ("dismantled", 213),
                   ("destroyed", 57)}


def test_lists_past_subsets_coordinated_nouns_adverbs_and_delivered_strikes():
    got = {(c.metric, c.value) for c in claims(
        '"As a result of the strikes, 48 strongholds, 19 armored vehicles including seven tanks, 31 pickup trucks fitted '
        'with heavy machine guns and six ammunition depots were destroyed," Konashenkov said.\n'
        "It said 143 government soldiers and allied fighters and 274 rebels were among the dead.\n"
        "He said 20 soldiers and 14 policemen had also been killed since Friday.\n"
        "Aircraft delivered 389 strikes on terrorist targets, the ministry said. The agency delivered 3,000 tents.")}
    assert {("destroyed", 48), ("destroyed", 19), ("destroyed", 7), ("destroyed", 31), ("destroyed", 6),
            ("killed", 143), ("killed", 274), ("killed", 20), ("killed", 14), ("conducted", 389)} == got


def test_ages_durations_shares_and_states_are_not_counts():
    got = {(c.metric, c.value) for c in claims(
        "Police arrested two men, aged 38 and 51, on Sunday, the Guardia Civil said.\n"
        "A court sentenced 45 of them to three and a half years in prison, police said.\n"
        "Nearly 1.7 million people in 24 of the state's 32 districts have been affected, the authority said.\n"
        "Local authorities said 23 of the injured had been hospitalised, four of them in critical condition.")}
    assert got == {("arrested", 2), ("sentenced", 45), ("affected", 1700000), ("hospitalized", 23)}


def test_prisoners_taken_returns_helped_and_medical_assistance():
    got = {(c.metric, c.value) for c in claims(
        "The group said it had taken more than 300 soldiers prisoner since Thursday.\n"
        "The center has helped 1,200 refugees return to their homes, it said.\n"
        "Around 1,000 residents were allowed to return home late Monday, officials said.\n"
        "On Monday, 117 people received medical assistance at a field hospital, the center said.")}
    assert got == {("captured", 300), ("returned", 1200), ("returned", 1000), ("treated", 117)}


def test_a_toll_from_an_event_dated_by_a_possessive_takes_the_event_date():
    got = {(c.value, str(c.period_start), str(c.period_end)) for c in claims(
        "The death toll from Saturday's magnitude 7.2 earthquake climbed to 1,941 on Tuesday, the agency said.\n"
        "Seven people have drowned since Christmas Eve, the organisation said.",
        published=dt.datetime(2021, 8, 17, 12))}
    assert got == {(1941, "2021-08-14", "2021-08-14"), (7, "2020-12-24", "2021-08-17")}


def test_others_after_a_passive_states_quarantine_and_netted():
    got = {(c.metric, c.value) for c in claims(
        "Two people were killed and 300 others displaced, officials said.\n"
        "Three of the injured later died, while 15 others were undergoing treatment, police said.\n"
        "Around 2,400 people remained stranded, the prefecture said.\n"
        "Some 177,984 close contacts were still under medical observation, the commission said.\n"
        "The operation netted 37 firearms, the ministry said.")}
    assert got == {("killed", 2), ("displaced", 300), ("died", 3), ("treated", 15), ("stranded", 2400),
                   ("quarantined", 177984), ("seized", 37)}


def test_since_the_quake_runs_from_the_day_the_article_gave_it():
    body = ("KUNMING, Aug. 30 (Xinhua) -- The death toll from an earthquake that jolted Zhenxiong County on Tuesday "
            "afternoon has risen to 23, officials said.\n"
            "It was the second quake above magnitude 6 to hit the province this year.\n"
            "Since the quake hit, rescuers have pulled 57 people alive from collapsed buildings, officials said.\n"
            "Southern Sindh was the worst hit with 347 deaths, followed by northwestern Khyber Pakhtunkhwa with 264.")
    got = {(c.value, str(c.period_start), str(c.period_end)) for c in claims(body, published=dt.datetime(2023, 8, 30, 9))}
    assert (57, "2023-08-29", "2023-08-30") in got and 264 in {v for v, _s, _e in got}


def test_returns_refuge_tolls_in_possessive_events_and_subset_enumerations():
    got = {(c.metric, c.value, str(c.period_start)) for c in claims(
        "The death toll in Monday's boat capsize in the Ganga rose to 17 on Wednesday, officials said.\n"
        "About 1,230 refugees returned to their homes in the past day, the center said.\n"
        "About 4,300 people had taken refuge at evacuation centers, the agency said.\n"
        "A total of 104 people were rescued, among them 47 Syrians, 43 Egyptians and two Palestinians.",
        published=dt.datetime(2018, 9, 5, 12))}
    assert {("died", 17, "2018-09-03"), ("returned", 1230, "2018-09-04"), ("evacuated", 4300, "None"),
            ("rescued", 43, "None"), ("rescued", 2, "None")} <= got
