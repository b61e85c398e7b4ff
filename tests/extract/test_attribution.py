"""Who claims a figure: the source phrase is read past descriptions, clauses and modifiers."""
import datetime as dt

from pipeline.extract import extract_claims
from pipeline.extract.attribution import Memory, parse_source
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


def test_lowercase_bodies_mixed_case_acronyms_and_initials():
    cases = {
        "Heavy rains left 14 people dead, the Permanent Contingency Commission (Copeco) said Saturday.":
            ("Permanent Contingency Commission", None),
        "At least 29 people died after a ferry sank, the national search and rescue agency said on Tuesday.":
            ("National Search and Rescue Agency", None),
    }
    for text, want in cases.items():
        got = extract_claims(Article(article_id="t", outlet="Reuters", published_at=PUB, body=text))
        assert [(c.claimant, c.speaker) for c in got] == [want], text
    body = ("KYIV (UNIAN) - Two people were killed in a storm, the State Emergency Service reported.\n"
            "Five people were injured, SES spokeswoman Svitlana Vovk said.")
    got = extract_claims(Article(article_id="t", outlet="UNIAN", published_at=PUB, body=body))
    assert {c.claimant for c in got} == {"State Emergency Service of Ukraine"}


def test_full_organisation_names_with_and_are_one_body():
    from pipeline.extract.attribution import Memory, parse_source
    assert parse_source("U.S. Customs and Border Protection", Memory()).claimant == "U.S. Customs and Border Protection"
    assert parse_source("Russia's Emergencies Ministry", Memory()).claimant == "Russian Emergencies Ministry"
    a = parse_source("Russian Defense Ministry's spokesman Maj. Gen. Igor Konashenkov", Memory())
    assert (a.claimant, a.speaker) == ("Russian Defense Ministry", "Igor Konashenkov")


def test_issuing_bodies_and_institutions_behind_a_role():
    from pipeline.extract.attribution import Memory, parse_source
    assert parse_source("a statement issued Sunday evening by the FAMa general staff", Memory()).claimant == "FAMa general staff"
    assert parse_source("a senior doctor at the All India Institute of Medical Sciences", Memory()).claimant == (
        "All India Institute of Medical Sciences")
    got = extract_claims(Article(article_id="t", outlet="AFP", published_at=PUB,
                                 body="NAIROBI (AFP) - The government said 12 people were killed in floods in Kenya."))
    assert [c.claimant for c in got] == ["Kenyan government"]


def test_full_names_with_connectors_are_not_cut():
    from pipeline.extract.attribution import Memory, parse_source
    for name in ("Tunisian Forum for Economic and Social Rights", "National Coordinator for Disaster Reduction",
                 "National Police Chiefs' Council", "Surf Life Saving New Zealand", "Royal National Lifeboat Institution"):
        assert parse_source(f"the {name}", Memory()).claimant == name
    titled = parse_source("Chamba Superintendent of Police Monika Bhutungru", Memory())
    assert titled.speaker == "Monika Bhutungru"


def test_the_report_is_the_source_that_issued_it_not_the_latest_one():
    body = ("The report, compiled by the South Delhi Municipal Corporation (SDMC), said 1,232 cases were recorded.\n"
            "Two deaths were recorded this year, the report said. Hospital sources said five people had died.\n"
            "The city also recorded 419 malaria cases, the report said.")
    got = [(c.value, c.claimant, c.speaker) for c in extract_claims(
        Article(article_id="r", outlet="PTI", published_at=PUB, headline="", body=body))]
    assert (419, "South Delhi Municipal Corporation", None) in got
    assert (5, "Hospital sources", None) in got or (5, "hospital sources", None) in got


def test_modifiers_descriptions_and_press_offices_around_a_name():
    from pipeline.extract.attribution import Memory, parse_source
    cases = {
        "The Turkish-backed National Liberation Front rebel alliance": ("National Liberation Front", None),
        "the Britain-based Syrian Observatory for Human Rights": ("Syrian Observatory for Human Rights", None),
        "Houthi-run Al-Masirah television": ("Al-Masirah", None),
        "the UN refugee agency UNHCR": ("UNHCR", None),
        "the press center of the Anti-Terrorist Operation (ATO) headquarters": ("Anti-Terrorist Operation headquarters", None),
        "Lt. Gen. Sergei Rudskoy of the Russian General Staff": ("Russian General Staff", "Sergei Rudskoy"),
        "the Israeli military": ("Israeli military", None),  # as the text names it; "IDF" is Israel Defense Forces
    }
    for np, want in cases.items():
        a = parse_source(np, Memory())
        assert (a.claimant, a.speaker) == want, np


def test_offices_spokespeople_and_ranks_speak_for_their_body():
    from pipeline.extract.attribution import Memory, parse_source
    mem = Memory()
    mem.remember_org("State Committee for National Security")
    cases = {
        "sheriff's department spokeswoman Nicole Ramirez": ("Sheriff's Department", "Nicole Ramirez"),
        "the committee's press service": ("State Committee for National Security", None),
        "a senior military official": ("military", None),
        "IGP Dilbag Singh": ("Police", "Dilbag Singh"),
    }
    for np, want in cases.items():
        a = parse_source(np, mem)
        assert (a.claimant, a.speaker) == want, np
    body = ("ISTANBUL (AA) - Police detained 38 suspects on Tuesday, the city's police department said.")
    got = extract_claims(Article(article_id="c", outlet="AA", published_at=PUB, headline="", body=body))
    assert got[0].claimant == "Istanbul Police Department"


def test_a_department_speaks_for_the_body_it_belongs_to():
    from pipeline.extract.attribution import Memory, parse_source
    a = parse_source("Colonel General Sergei Rudskoy, head of the Main Operations Department of the Russian General Staff",
                     Memory())
    assert (a.claimant, a.speaker) == ("Russian General Staff", "Sergei Rudskoy")


def test_a_named_person_after_an_unnamed_role_holds_it():
    body = ("ZAHEDAN (IRNA) - Police killed four terrorists in Sistan and Baluchestan province on Monday, the "
            "provincial police chief said. Brigadier General Mohammad Ghanbari said police seized three rifles.")
    got = {c.value: (c.claimant, c.speaker) for c in extract_claims(
        Article(article_id="p", outlet="IRNA", published_at=PUB, headline="", body=body))}
    assert got[3][1] == "Mohammad Ghanbari" and got[3][0] != "Mohammad Ghanbari"


def test_a_speaker_with_only_a_role_speaks_for_the_body_the_article_names():
    body = ("VANCOUVER (Reuters) - A total of 2,272 people died of overdoses last year, the BC Coroners Service said.\n"
            "In December alone, 171 people died, chief coroner Andrea Kowalski said.")
    got = {c.value: (c.claimant, c.speaker) for c in extract_claims(
        Article(article_id="r", outlet="Reuters", published_at=PUB, headline="", body=body))}
    assert got[171] == ("BC Coroners Service", "Andrea Kowalski")


def test_the_subject_of_two_verbs_is_the_source():
    body = "Chief Minister Himanta Biswa Sarma congratulated the police on Twitter and said that 12 people were arrested."
    got = extract_claims(Article(article_id="s", outlet="PTI", published_at=PUB, headline="", body=body))
    assert (got[0].claimant, got[0].speaker) == ("Himanta Biswa Sarma", "Himanta Biswa Sarma")


def test_national_and_state_bodies_take_their_country_or_state():
    body = ("MEXICO CITY (Reuters) - Four people were killed on Thursday, Mexico's Security Ministry said.\n"
            "Two more were arrested, the Security Ministry said.")
    got = {c.claimant for c in extract_claims(Article(article_id="m", outlet="Reuters", published_at=PUB, headline="",
                                                      body=body))}
    assert got == {"Mexican Security Ministry"}
    body = ("KOCHI, India (PTI) - In Kerala state, 194 people have died since Aug. 8, the State Disaster Management "
            "Authority said.")
    got = {c.claimant for c in extract_claims(Article(article_id="k", outlet="PTI", published_at=PUB, headline="",
                                                      body=body))}
    assert got == {"Kerala State Disaster Management Authority"}


def test_a_role_speaks_for_the_body_named_after_it():
    cases = {
        "Andriy Lysenko, a spokesman for Ukraine's National Security and Defense Council, said 136 servicemen had been killed.":
            ("National Security and Defense Council of Ukraine", "Andriy Lysenko"),
        "Two people were killed, Head of the Kherson Regional Military Administration Oleksandr Prokudin said.":
            ("Kherson Regional Military Administration", "Oleksandr Prokudin"),
        "Russia lost 4,287 tanks, the General Staff of the Armed Forces of Ukraine said on Facebook.":
            ("General Staff of the Armed Forces of Ukraine", None),
        "Medics in the southern port city of Aden said 20 people had been killed.": ("medics", None),
    }
    for text, want in cases.items():
        got = extract_claims(Article(article_id="t", outlet="Reuters", published_at=PUB, body=text))
        assert [(c.claimant, c.speaker) for c in got] == [want], text


def test_some_countries_name_their_bodies_with_the_country():
    body = "ISLAMABAD (Reuters) - Militants killed 14 soldiers in North Waziristan on Sunday, the army said."
    got = extract_claims(Article(article_id="t", outlet="Reuters", published_at=PUB, body=body))
    assert [c.claimant for c in got] == ["Pakistan army"]
    body = "KYIV (Reuters) - Russian shelling killed 14 civilians in Kharkiv on Sunday, the defence ministry said."
    got = extract_claims(Article(article_id="t", outlet="Reuters", published_at=PUB, body=body))
    assert [c.claimant for c in got] == ["Ukrainian Defense Ministry"]  # the alias table's canonical spelling


def test_a_possessive_inside_a_body_name_and_a_glued_dateline():
    cases = {
        "At least 17 inmates were killed, the Nuevo Leon state prosecutor's office said.":
            ("Nuevo Leon state prosecutor's office", None),
        "Agents arrested 41 people, the U.S. Attorney's Office in Arizona said.": ("U.S. Attorney's Office in Arizona", None),
        "The Sudan Doctors' Syndicate said at least 958 civilians had been killed.": ("Sudan Doctors' Syndicate", None),
        "More than 300,000 people have returned to northern Gaza, Gaza's Government Media Office said.":
            ("Gaza Government Media Office", None),
    }
    for text, want in cases.items():
        got = extract_claims(Article(article_id="t", outlet="Reuters", published_at=PUB, body=text))
        assert [(c.claimant, c.speaker) for c in got] == [want], text
    body = "Bamako, Apr 5 (EFE).- Mali's army said it had killed 203 terrorists between March 23 and 31."
    got = extract_claims(Article(article_id="t", outlet="EFE", published_at=PUB, body=body))
    assert [c.claimant for c in got] == ["Malian army"]


def test_commanders_police_in_a_place_and_a_country_possessive_body():
    cases = {
        "Commander-in-Chief of the Armed Forces of Ukraine Oleksandr Syrskyi": ("Armed Forces of Ukraine", "Oleksandr Syrskyi"),
        "police in Celle": ("Celle police", None),
        "Police in Saginaw, Michigan,": ("Saginaw police", None),
        "Azerbaijan's Prosecutor General's Office": ("Azerbaijani Prosecutor General's Office", None),
        "The United Nations refugee agency UNHCR": ("UNHCR", None),
        "Spain's Maritime Rescue service": ("Spanish Maritime Rescue", None),
    }
    for np, want in cases.items():
        a = parse_source(np, Memory())
        assert (a.claimant, a.speaker) == want, np


def test_district_heads_police_ranks_and_descriptions_before_a_body():
    cases = {
        "Kinnaur Deputy Commissioner Rakesh Thakur": ("Kinnaur district administration", "Rakesh Thakur"),
        "Nalanda Superintendent of Police Rajiv Ranjan Mishra": ("Police", "Rajiv Ranjan Mishra"),
        "the non-governmental Venezuelan Violence Observatory": ("Venezuelan Violence Observatory", None),
        "The Kurdish-led Syrian Democratic Forces": ("Syrian Democratic Forces", None),
        "a state government statement": ("State Government", None),
    }
    for np, want in cases.items():
        a = parse_source(np, Memory())
        assert (a.claimant, a.speaker) == want, np


def test_accented_names_assessments_and_the_government_there():
    cases = {
        "Salvamento Marítimo": ("Salvamento Marítimo", None),
        "José Martínez, a spokesman for the Interior Ministry": ("Interior Ministry", "José Martínez"),
        "the government there": ("government", None),
        "a preliminary assessment by the county government": ("County Government", None),
        "the U.S. Centers for Disease Control and Prevention": ("Centers for Disease Control and Prevention", None),
    }
    for np, want in cases.items():
        a = parse_source(np, Memory())
        assert (a.claimant, a.speaker) == want, np


def test_an_official_of_a_body_and_a_wire_dateline_with_dashes():
    mem = Memory()
    mem.remember_org("Unification Ministry")
    assert parse_source("a ministry official", mem).claimant == "Unification Ministry"
    assert parse_source("a senior health department official", Memory()).claimant == "Health Department"
    assert parse_source("Tehran, IRNA -- Iran's Ministry of Intelligence", Memory()).claimant == "Iranian Ministry of Intelligence"


def test_msf_by_the_name_the_text_gives_and_the_opposition_government():
    assert parse_source("Medecins Sans Frontieres", Memory()).claimant == "Medecins Sans Frontieres"
    assert parse_source("Doctors Without Borders", Memory()).claimant == "Doctors Without Borders"
    assert parse_source("the opposition National Unity Government", Memory()).claimant == "National Unity Government"
