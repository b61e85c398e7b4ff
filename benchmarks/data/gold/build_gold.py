"""Readable source of the gold set; `python benchmarks/data/gold/build_gold.py benchmarks/data/gold/gold.jsonl` rewrites the JSON lines.

Spec-compliance fixes after the first run (annotation errors, not tuning): g05 (12 bodies: no period; 176: claimant
"officials"), g07 (quoted 9 tanks/14 pickups take the running period), g18 (3,400 carries the paragraph period),
g23 (claimant Taliban, speaker Mohammad Almas), h05 (typo "Red Crescent" -> "Lebanese Red Cross").
The held-out split was then looked at (its misses informed fixes); heldout2 (k01-k08) was written afterwards as a fresh one.
First-run scores, before each split was looked at: held-out F1 0.781 (P 0.781, R 0.781); heldout2 F1 0.905 (P 0.905, R 0.905).
heldout3 (m01-m22, written before the rule changes of its session) first run: F1 0.767 (P 0.824, R 0.718), claimant 0.62.
heldout3 convention fix after the first run: m13 "the death toll rose to 164 on Monday" dates the toll to Monday, as
the dev split does (g16, g21); the first-run figure above was scored with no period there.
heldout4 (n01-n10, written after the held-out3 fixes) first run: F1 0.806 (P 0.829, R 0.784), claimant 0.79.
heldout5 (q01-q08, written after the held-out4 fixes) first run: F1 0.800 (P 0.833, R 0.769), claimant 0.85.
heldout6 (r01-r09, written at the end of that session) first run on the final engine: F1 0.875 (P 0.875, R 0.875), claimant 0.71.
heldout7 (s01-s25, written 2026-11-25 before any rule change of that session; long agency copy) first run: F1 0.648
(P 0.672, R 0.625), value-F1 0.866, claimant 0.59.
heldout7 (after those fixes the unchanged engine scores F1 0.653, claimant 0.63) convention fixes after the first run (annotation inconsistencies with the earlier splits, not tuning): s03 quoted
continuation takes the running period (as g07); s07/s22 an unsourced lead is claimed by the outlet (as m05, q01); s22 the
'including the four alleged gunmen' subset is a claim (as r02); s04/s16 'Full Name (ACR)' gives the full name (as n02);
s17 "China's Ministry" -> "Chinese Ministry" (as r03); s15 'US Central Command (CENTCOM)' -> the full name (as n02);
s12/s23 'government data' -> 'government' (as 'interior ministry data' -> Interior Ministry).
heldout8 (t01-t12, written after the held-out7 fixes, before any further rule change) first run: F1 0.659 (P 0.659,
R 0.659), value-F1 0.841, claimant 0.62.
heldout8 convention fixes after the first run: t05 '100 injured, 15 of them critically' is a claim (as the
'33 of them seriously' rule); t02 "Mozambique's government" -> "Mozambican government" (as r03); t10 ', with 100 still
unaccounted for' takes the clause's period (as g21 ', while 228 remained unaccounted for').
heldout9 (u01-u10, written at the end of that session after all its rule changes) first run: F1 0.773 (P 0.756,
R 0.791), value-F1 0.918, claimant 0.65.
heldout10 (v01-v10, written 2026-11-25 before any rule change of that session) first run: F1 0.735 (P 0.706, R 0.766),
value-F1 0.938, claimant 0.61.
heldout10 annotation fix after the first run: v08 'drowned ..., the coast guard said on Wednesday' -- the Wednesday
dates the statement, not the sinking, so no period (as g02 'Police said Monday'); v01 'freed' is the canonical
'released' (as the 'freed two hostages' Rafah article); v02 '..., and 59 others were still missing' takes the clause's period (as
g21) and the same source's next sentence ('The rights body said 413 ...') the paragraph's (as g18); v09 'by Sunday' dates the
count to Sunday (as the Nepal landslide article's 'by Monday afternoon'); v07 ', with 16 people still reported missing'
takes the clause's period (as t10).
heldout11 (w01-w10, written 2026-11-25 before any rule change of that session) first run: F1 0.844 (P 0.864, R 0.826),
value-F1 0.978, claimant 0.79.
heldout11 convention fixes after the first run: w07 "Ukraine's General Staff" -> "Ukrainian General Staff" (as the
liberated-villages article); w08 'launched N missiles' is the canonical 'conducted' (lexicon.json); w07/w08 civilians
killed by a strike and missiles fired or intercepted take no actor (as v06 'Israeli air raids ... killed', 'Hezbollah fired
50 rockets', v10). heldout7 s13 'the Ukrainian army has lost 67,000 personnel, 380 tanks and 370 ...' takes actor Ukrainian
(as v04 'The Ukrainian army lost up to 250 troops, three tanks ...').
Convention change (session 2, after independent annotators of heldout12-15 all annotated them): background figures
the outlet gives on its own account ("A 1999 quake in the region killed more than 17,000 people", "In 2021, a similar
raid killed 60 people") are claims, claimant the outlet, period the year or date the sentence gives. Added to s20,
u04, v01, v03, v05, v07, w10, which had left them out. Likewise a body cited short ("police", "FSB", "the agency") is
named as the article names it in full: g14 FSB -> Federal Security Service, t08 police -> Royal Canadian Mounted Police.
And a national body cited without its country is named with it, as the independent annotators and the issue's own
example ("Russian Defense Ministry") do: "Interior Ministry" in a story about Italy -> "Italian Interior Ministry"
(92 claims in 40 articles rewritten; ministries, armies, militaries, coast guards, national guards, the Investigative
Committee -- police forces and "government" stay as cited). Two figures the earlier annotation missed were added
after the independent splits showed them annotated: t06 "More than 1 million displaced people are sheltering in Rafah"
(displaced) and v03 "6,444 buildings had collapsed" (destroyed, as the independent annotators read "collapsed").
Drones and missiles "shot down" or "downed" are intercepted, as the independent annotators read it (aircraft shot down
stay destroyed): m01, r03, s03, u01 (x2), u03, w06 rewritten. A country or city written before a generic body
stays in its name ("French police", "Lebanon's health ministry" -> "Lebanese Health Ministry", "Gaza health ministry"),
and "X news agency" is X: g23, g24, m04, m16, m17, n09, r06, s01, s07 rewritten.
"""
import json, sys
A = []
def art(aid, split, outlet, published, headline, body, claims):
    A.append(dict(article_id=aid, split=split, outlet=outlet, published_at=published, headline=headline,
                  body=body.strip("\n"), claims=[c for c in claims]))
def C(metric, subject, value, claimant, actor=None, qual="exact", start=None, end=None, loc=None, speaker=None, high=None):
    return dict(metric=metric, subject=subject, actor=actor, value=value, value_high=high, qualifier=qual,
                claimant=claimant, speaker=speaker, period_start=start, period_end=end, location=loc)

art("g01", "dev", "Reuters", "2018-03-04T18:00:00+00:00", "Air strikes kill 21 civilians in Syria's Idlib - monitor", """
BEIRUT (Reuters) - Air strikes on rebel-held towns in Syria's Idlib province killed at least 21 civilians on Sunday, a war monitor said.
The Syrian Observatory for Human Rights said the dead included five children. Another 40 people were wounded, it said.
Rescue workers said they were still searching for survivors under the rubble of two buildings.
""", [
 C("killed", "civilian", 21, "Syrian Observatory for Human Rights", qual="at_least", start="2018-03-04", end="2018-03-04", loc="Syria"),
 C("killed", "child", 5, "Syrian Observatory for Human Rights", loc="Syria"),
 C("injured", "person", 40, "Syrian Observatory for Human Rights", loc="Syria"),
])

art("g02", "dev", "AP", "2019-06-17T09:30:00+00:00", "Police arrest 17 after weekend clashes", """
LONDON (AP) - Police said Monday they had arrested 17 people after clashes between rival fans in central London over the weekend.
Eight officers were injured in the violence, the Metropolitan Police said in a statement. Three of the suspects were charged with assault.
A 23-year-old man remains in hospital. The match, which ended 2-1, was watched by 60,000 fans.
""", [
 C("arrested", "person", 17, "Metropolitan Police", start="2019-06-15", end="2019-06-16", loc="United Kingdom"),
 C("injured", "officer", 8, "Metropolitan Police", loc="United Kingdom"),
 C("charged", "suspect", 3, "Metropolitan Police", loc="United Kingdom"),
])

art("g03", "dev", "TASS", "2020-02-12T11:00:00+03:00", "Russian MoD: over 100 militants eliminated in Idlib", """
MOSCOW, February 12. /TASS/. Russian warplanes eliminated more than 100 militants in Syria's Idlib de-escalation zone over the past 24 hours, the Russian Defence Ministry said on Wednesday.
"Over the past day, more than 100 terrorists were eliminated, and 12 armoured vehicles and 7 pickup trucks with heavy machine guns were destroyed," the ministry said in a statement.
According to the ministry, militants shelled Syrian army positions 32 times since Monday.
""", [
 C("killed", "militant", 100, "Russian Defense Ministry", qual="at_least", start="2020-02-11", end="2020-02-12", loc="Syria"),
 C("killed", "terrorist", 100, "Russian Defense Ministry", qual="at_least", start="2020-02-11", end="2020-02-12", loc="Syria"),
 C("destroyed", "armoured vehicle", 12, "Russian Defense Ministry", start="2020-02-11", end="2020-02-12", loc="Syria"),
 C("destroyed", "pickup truck", 7, "Russian Defense Ministry", start="2020-02-11", end="2020-02-12", loc="Syria"),
])

art("g04", "dev", "Al Jazeera", "2021-08-02T14:00:00+00:00", "Floods force thousands from homes in Turkey", """
Flash floods in northern Turkey have forced nearly 3,000 people from their homes, officials said, as rescuers searched for missing residents.
The disaster agency AFAD said 1,700 people had been evacuated by boat and helicopter since Saturday. At least six people have died.
Authorities said the cost of the damage could exceed $50 million, and 40 percent of the region's roads were closed.
Meteorologists warned that further rain could displace up to 10,000 more people this week.
""", [
 C("displaced", "person", 3000, "officials", qual="approx", loc="Turkey"),
 C("evacuated", "person", 1700, "AFAD", start="2021-07-31", end="2021-08-02", loc="Turkey"),
 C("died", "person", 6, "AFAD", qual="at_least", start="2021-07-31", end="2021-08-02", loc="Turkey"),
])

art("g05", "dev", "AFP", "2019-10-14T08:00:00+00:00", "Migrants rescued in Mediterranean", """
ROME (AFP) - The Italian coastguard rescued 176 migrants from three overcrowded boats off the island of Lampedusa on Sunday, officials said.
Twelve bodies were recovered, and aid groups fear as many as 20 others may have drowned.
Charity ship Ocean Viking picked up another 104 people in a separate operation, SOS Mediterranee said.
Since January, some 8,000 migrants have reached Italy by sea, according to the interior ministry, a figure down 60 percent on last year.
""", [
 C("rescued", "migrant", 176, "officials", start="2019-10-13", end="2019-10-13", loc="Italy"),
 C("recovered", "body", 12, "officials", loc="Italy"),
 C("rescued", "person", 104, "SOS Mediterranee", loc="Italy"),
 C("arrived", "migrant", 8000, "Italian Interior Ministry", qual="approx", start="2019-01-01", end="2019-10-14", loc="Italy"),
])

art("g06", "dev", "Reuters", "2019-07-20T10:00:00+00:00", "Congo Ebola cases top 2,500", """
GOMA, Congo (Reuters) - The number of confirmed Ebola cases in eastern Congo has risen to 2,512, the health ministry said on Saturday, including 1,676 deaths.
In the past week alone, 82 new cases were recorded, the ministry said.
The World Health Organization said about 160,000 people had been vaccinated since August 2018.
A vaccine trial could reach 500,000 people next year, the WHO said.
""", [
 C("infected", "case", 2512, "Congolese Health Ministry", loc="Congo"),
 C("died", "person", 1676, "Congolese Health Ministry", loc="Congo"),
 C("infected", "case", 82, "Congolese Health Ministry", start="2019-07-13", end="2019-07-20", loc="Congo"),
 C("vaccinated", "person", 160000, "World Health Organization", qual="approx", start="2018-08-01", end="2019-07-20", loc="Congo"),
])

art("g07", "dev", "Sputnik", "2017-10-05T12:00:00+03:00", "Russian Air Force hits Daesh in Deir ez-Zor", """
Russian Aerospace Forces carried out 120 sorties over the past week, hitting 350 Daesh targets in Deir ez-Zor, the Russian Defense Ministry said Thursday.
Maj. Gen. Igor Konashenkov, the ministry's spokesman, said the strikes killed about 180 militants, including two field commanders.
"Nine tanks and 14 pickups with large-caliber machine guns were destroyed," Konashenkov said.
""", [
 C("conducted", "sortie", 120, "Russian Defense Ministry", start="2017-09-28", end="2017-10-05", loc="Syria"),
 C("hit", "target", 350, "Russian Defense Ministry", actor="Islamic State", start="2017-09-28", end="2017-10-05", loc="Syria"),
 C("killed", "militant", 180, "Russian Defense Ministry", speaker="Igor Konashenkov", qual="approx", loc="Syria", actor="Islamic State"),
 C("killed", "field commander", 2, "Russian Defense Ministry", speaker="Igor Konashenkov", loc="Syria", actor="Islamic State"),
 C("destroyed", "tank", 9, "Russian Defense Ministry", speaker="Igor Konashenkov", loc="Syria", actor="Islamic State", start="2017-09-28", end="2017-10-05"),
 C("destroyed", "pickup", 14, "Russian Defense Ministry", speaker="Igor Konashenkov", loc="Syria", actor="Islamic State", start="2017-09-28", end="2017-10-05"),
])

art("g08", "dev", "AP", "2020-06-01T03:00:00+00:00", "Thousands march as protests spread", """
MINNEAPOLIS (AP) - Tens of thousands of people marched in dozens of U.S. cities over the weekend, and police arrested more than 4,100 people nationwide, according to a tally by The Associated Press.
In Minneapolis, where the protests began, 150 people were arrested Saturday night, the state public safety commissioner said.
The city has a population of 430,000 and is 19% Black.
""", [
 C("arrested", "person", 4100, "Associated Press", qual="at_least", start="2020-05-30", end="2020-05-31", loc="United States"),
 C("arrested", "person", 150, "public safety commissioner", start="2020-05-30", end="2020-05-30", loc="United States"),
])

art("g09", "dev", "Reuters", "2022-01-10T16:00:00+00:00", "Kazakhstan says nearly 8,000 detained after unrest", """
ALMATY (Reuters) - Kazakh police have detained 7,939 people in connection with last week's unrest, the interior ministry said on Monday.
The health ministry said 164 people had been killed, including three children, but later retracted the figure.
President Kassym-Jomart Tokayev said 20,000 "bandits" had attacked Almaty. Damage was estimated at $200 million.
""", [
 C("detained", "person", 7939, "Interior Ministry", loc="Kazakhstan"),
 C("killed", "person", 164, "Kazakh Health Ministry", loc="Kazakhstan"),
 C("killed", "child", 3, "Kazakh Health Ministry", loc="Kazakhstan"),
 C("attacked", "bandit", 20000, "Kassym-Jomart Tokayev", speaker="Kassym-Jomart Tokayev", loc="Kazakhstan"),
])

art("g10", "dev", "BBC", "2018-08-09T07:00:00+00:00", "Kerala floods: 1.5 million in relief camps", """
More than 1.5 million people are staying in relief camps in the Indian state of Kerala after the worst floods in a century, officials say.
The death toll has risen to 324 since the monsoon began in late May, the state's chief minister Pinarayi Vijayan said.
Some 10,000km of roads have been damaged. Rescue teams have evacuated 82,442 people in the past three days.
""", [
 C("displaced", "person", 1500000, "officials", qual="at_least", loc="India"),
 C("died", "person", 324, "Pinarayi Vijayan", speaker="Pinarayi Vijayan", loc="India"),
 C("evacuated", "person", 82442, "Pinarayi Vijayan", speaker="Pinarayi Vijayan", start="2018-08-06", end="2018-08-09", loc="India"),
])

art("g11", "dev", "AFP", "2016-11-21T10:00:00+00:00", "Afghan forces kill 45 Taliban", """
KABUL (AFP) - Afghan security forces killed 45 Taliban fighters and wounded 23 others in operations in Helmand province in the last 24 hours, the defence ministry said Monday.
Ministry spokesman Dawlat Waziri said seven soldiers were also killed. The Taliban denied the figures.
The Taliban said in a statement that its fighters had killed 30 Afghan soldiers.
""", [
 C("killed", "fighter", 45, "Afghan Defence Ministry", actor="Taliban", start="2016-11-20", end="2016-11-21", loc="Afghanistan"),
 C("injured", "fighter", 23, "Afghan Defence Ministry", actor="Taliban", start="2016-11-20", end="2016-11-21", loc="Afghanistan"),
 C("killed", "soldier", 7, "Afghan Defence Ministry", speaker="Dawlat Waziri", loc="Afghanistan"),
 C("killed", "soldier", 30, "Taliban", actor="Afghan", loc="Afghanistan"),
])

art("g12", "dev", "Reuters", "2021-03-15T12:00:00+00:00", "Myanmar security forces kill dozens", """
YANGON (Reuters) - Security forces in Myanmar killed 38 protesters on Sunday, the bloodiest day since the Feb. 1 coup, an advocacy group said.
The Assistance Association for Political Prisoners said more than 2,150 people had been detained since the coup.
Dozens were wounded. Chinese-financed factories were set ablaze, and the junta imposed martial law on two townships.
""", [
 C("killed", "protester", 38, "Assistance Association for Political Prisoners", start="2021-03-14", end="2021-03-14", loc="Myanmar"),
 C("detained", "person", 2150, "Assistance Association for Political Prisoners", qual="at_least", start="2021-02-01", end="2021-03-15", loc="Myanmar"),
])

art("g13", "dev", "AP", "2019-09-03T20:00:00+00:00", "Dorian leaves 5 dead in Bahamas", """
NASSAU, Bahamas (AP) - Hurricane Dorian killed at least five people in the Bahamas, Prime Minister Hubert Minnis said Tuesday, and more than 13,000 homes were severely damaged or destroyed.
The storm, a Category 5 with winds of 185 mph, could bring flooding to 3 million people along the U.S. coast, forecasters said.
The Red Cross said about 62,000 people on Grand Bahama and Abaco would need clean water.
""", [
 C("killed", "person", 5, "Hubert Minnis", speaker="Hubert Minnis", qual="at_least", loc="Bahamas"),
 C("damaged", "home", 13000, "Hubert Minnis", speaker="Hubert Minnis", qual="at_least", loc="Bahamas"),
])

art("g14", "dev", "TASS", "2018-12-26T09:00:00+03:00", "FSB detains 23 over terror plot", """
MOSCOW, December 26. /TASS/. Russia's Federal Security Service (FSB) detained 23 members of an extremist cell in six regions this month, the FSB's public relations centre said on Wednesday.
During searches, officers seized 4 improvised explosive devices, 11 firearms and over 2,000 rounds of ammunition.
Since the start of the year, the FSB has prevented 20 terrorist attacks, the agency's director Alexander Bortnikov said earlier.
""", [
 C("detained", "member", 23, "Federal Security Service", start="2018-12-01", end="2018-12-26", loc="Russia"),
 C("seized", "improvised explosive device", 4, "Federal Security Service", loc="Russia"),
 C("seized", "firearm", 11, "Federal Security Service", loc="Russia"),
 C("seized", "round", 2000, "Federal Security Service", qual="at_least", loc="Russia"),
 C("prevented", "terrorist attack", 20, "Federal Security Service", speaker="Alexander Bortnikov", start="2018-01-01", end="2018-12-26", loc="Russia"),
])

art("g15", "dev", "Al Jazeera", "2023-02-08T15:00:00+00:00", "Earthquake death toll passes 11,000", """
The death toll from Monday's earthquakes in Turkey and Syria has passed 11,000, officials and medics said.
Turkish Vice President Fuat Oktay said 8,574 people had died in Turkey and more than 49,000 were injured.
In Syria, the government and rescue workers in the rebel-held northwest said at least 2,662 people were killed.
The United Nations said up to 23 million people could be affected.
""", [
 C("died", "person", 11000, "officials", qual="at_least", loc="Turkey"),
 C("died", "person", 8574, "Fuat Oktay", speaker="Fuat Oktay", loc="Turkey"),
 C("injured", "person", 49000, "Fuat Oktay", speaker="Fuat Oktay", qual="at_least", loc="Turkey"),
 C("killed", "person", 2662, "rescue workers", qual="at_least", loc="Syria"),
])

art("g16", "dev", "Reuters", "2020-03-31T18:00:00+00:00", "Spain virus deaths rise", """
MADRID (Reuters) - Spain's coronavirus death toll rose to 8,189 on Tuesday after a record 849 people died in the past 24 hours, the health ministry said.
The number of confirmed cases rose to 94,417 from 85,195 on Monday.
Health emergency chief Fernando Simon said he expected the curve to flatten this week. Spain's economy could shrink by 8%.
""", [
 C("died", "person", 8189, "Spanish Health Ministry", start="2020-03-31", end="2020-03-31", loc="Spain"),
 C("died", "person", 849, "Spanish Health Ministry", start="2020-03-30", end="2020-03-31", loc="Spain"),
 C("infected", "case", 94417, "Spanish Health Ministry", loc="Spain"),
 C("infected", "case", 85195, "Spanish Health Ministry", start="2020-03-30", end="2020-03-30", loc="Spain"),
])

art("g17", "dev", "AP", "2017-12-11T14:00:00+00:00", "Iraq declares victory over IS", """
BAGHDAD (AP) - Iraq's Joint Operations Command said Monday that its forces had killed more than 2,000 Islamic State fighters in the final campaign in western Anbar.
Lt. Gen. Abdul-Amir Yarallah told reporters that troops captured 350 IS militants, and seized 120 car bombs.
Iraq has a population of 38 million. Parliamentary elections will be held in May 2018.
""", [
 C("killed", "fighter", 2000, "Iraqi Joint Operations Command", actor="Islamic State", qual="at_least", loc="Iraq"),
 C("captured", "militant", 350, "Iraqi Joint Operations Command", speaker="Abdul-Amir Yarallah", actor="Islamic State", loc="Iraq"),
 C("seized", "car bomb", 120, "Iraqi Joint Operations Command", speaker="Abdul-Amir Yarallah", actor="Islamic State", loc="Iraq"),
])

art("g18", "dev", "Reuters", "2019-05-06T10:00:00+00:00", "Libya coastguard intercepts migrants", """
TRIPOLI (Reuters) - Libya's coast guard intercepted 290 migrants trying to reach Europe in the past week and returned them to detention centres, the International Organization for Migration said.
So far this year, 1,800 migrants have been returned to Libya, IOM spokesman Safa Msehli said. About 3,400 remain in detention.
Each migrant pays smugglers about $1,000 for the crossing.
""", [
 C("intercepted", "migrant", 290, "International Organization for Migration", start="2019-04-29", end="2019-05-06", loc="Libya"),
 C("returned", "migrant", 1800, "International Organization for Migration", speaker="Safa Msehli", start="2019-01-01", end="2019-05-06", loc="Libya"),
 C("detained", "person", 3400, "International Organization for Migration", speaker="Safa Msehli", qual="approx", start="2019-01-01", end="2019-05-06", loc="Libya"),
])

art("g19", "dev", "AFP", "2015-04-27T12:00:00+00:00", "Nepal quake toll tops 3,700", """
KATHMANDU (AFP) - The death toll from Saturday's earthquake in Nepal climbed above 3,700 on Monday, police said, with more than 6,500 injured.
Home ministry spokesman Laxmi Prasad Dhakal said 3,726 people had been confirmed dead.
The quake, of magnitude 7.8, struck at 11:56 local time, about 80 km (50 miles) northwest of Kathmandu.
""", [
 C("died", "person", 3700, "Police", qual="at_least", start="2015-04-27", end="2015-04-27", loc="Nepal"),
 C("injured", "person", 6500, "Police", qual="at_least", start="2015-04-27", end="2015-04-27", loc="Nepal"),
 C("died", "person", 3726, "Home Ministry", speaker="Laxmi Prasad Dhakal", loc="Nepal"),
])

art("g20", "dev", "Reuters", "2021-09-13T09:00:00+00:00", "Nigerian troops rescue kidnapped students", """
KADUNA, Nigeria (Reuters) - Nigerian troops rescued 10 kidnapped students and killed 15 bandits in an operation in Zamfara state on Sunday, the army said.
Army spokesman Onyema Nwachukwu said two soldiers were wounded. He said the operation was ongoing.
Gunmen have abducted more than 1,000 students from schools in northern Nigeria since December, according to UNICEF.
""", [
 C("rescued", "student", 10, "Nigerian army", start="2021-09-12", end="2021-09-12", loc="Nigeria"),
 C("killed", "bandit", 15, "Nigerian army", start="2021-09-12", end="2021-09-12", loc="Nigeria"),
 C("injured", "soldier", 2, "Nigerian army", speaker="Onyema Nwachukwu", loc="Nigeria"),
 C("kidnapped", "student", 1000, "UNICEF", qual="at_least", start="2020-12-01", end="2021-09-13", loc="Nigeria"),
])

art("g21", "dev", "AP", "2018-11-12T05:00:00+00:00", "California wildfire deaths", """
PARADISE, Calif. (AP) - The number of people killed in the Camp Fire rose to 29 on Sunday, the Butte County sheriff said, while 228 people remained unaccounted for.
About 52,000 people were evacuated and 6,453 homes were destroyed, Cal Fire said.
The fire has burned 111,000 acres and is 25% contained. Sheriff Kory Honea said 13 more deputies would join the search on Monday.
""", [
 C("killed", "person", 29, "Butte County Sheriff", start="2018-11-11", end="2018-11-11", loc="United States"),
 C("missing", "person", 228, "Butte County Sheriff", start="2018-11-11", end="2018-11-11", loc="United States"),
 C("evacuated", "person", 52000, "Cal Fire", qual="approx", loc="United States"),
 C("destroyed", "home", 6453, "Cal Fire", loc="United States"),
])

art("g22", "dev", "Reuters", "2016-07-16T12:00:00+00:00", "Turkey detains soldiers after coup attempt", """
ANKARA (Reuters) - Turkish authorities detained 2,839 soldiers, including high-ranking officers, after a failed coup attempt overnight, Prime Minister Binali Yildirim said on Saturday.
He said 161 people were killed and 1,440 wounded in the violence. A further 2,745 judges were removed from duty.
The lira fell 5 percent against the dollar.
""", [
 C("detained", "soldier", 2839, "Binali Yildirim", speaker="Binali Yildirim", start="2016-07-15", end="2016-07-16", loc="Turkey"),
 C("killed", "person", 161, "Binali Yildirim", speaker="Binali Yildirim", loc="Turkey"),
 C("injured", "person", 1440, "Binali Yildirim", speaker="Binali Yildirim", loc="Turkey"),
 C("removed", "judge", 2745, "Binali Yildirim", speaker="Binali Yildirim", loc="Turkey"),
])

art("g23", "dev", "Al Jazeera", "2022-06-23T11:00:00+00:00", "Afghanistan quake kills 1,000", """
A powerful earthquake struck eastern Afghanistan early on Wednesday, killing at least 1,000 people and injuring 1,500 others, according to the state-run Bakhtar news agency.
Taliban official Mohammad Almas said around 2,000 houses had been destroyed in Paktika province.
The magnitude 5.9 quake hit about 44km from the city of Khost. Officials fear the toll could rise further.
""", [
 C("killed", "person", 1000, "Bakhtar", qual="at_least", start="2022-06-22", end="2022-06-22", loc="Afghanistan"),
 C("injured", "person", 1500, "Bakhtar", start="2022-06-22", end="2022-06-22", loc="Afghanistan"),
 C("destroyed", "house", 2000, "Taliban", speaker="Mohammad Almas", qual="approx", loc="Afghanistan"),
])

art("g24", "dev", "AFP", "2019-11-25T08:00:00+00:00", "Hong Kong police arrest protesters", """
HONG KONG (AFP) - Hong Kong police said they had arrested 1,100 people during a week-long siege of Polytechnic University.
Police fired 1,458 rounds of tear gas on November 18 alone, a police spokesman said.
Pro-democracy candidates won 389 of the 452 district council seats in Sunday's election, with turnout at 71 percent.
""", [
 C("arrested", "person", 1100, "Hong Kong police", loc="Hong Kong"),
 C("fired", "round", 1458, "Police", start="2019-11-18", end="2019-11-18", loc="Hong Kong"),
])

art("g25", "dev", "Reuters", "2017-08-28T20:00:00+00:00", "Rohingya flee Myanmar violence", """
COX'S BAZAR, Bangladesh (Reuters) - Nearly 3,000 Rohingya Muslims have fled across the border into Bangladesh since Friday, the U.N. refugee agency said on Monday.
Bangladesh border guards said they had pushed back 550 people. Myanmar's army said 104 people, mostly insurgents, had been killed in clashes since Friday.
""", [
 C("fled", "muslim", 3000, "UNHCR", actor="Rohingya", qual="approx", start="2017-08-25", end="2017-08-28", loc="Bangladesh"),
 C("pushed back", "person", 550, "Bangladesh border guards", loc="Bangladesh"),
 C("killed", "person", 104, "Myanmar army", start="2017-08-25", end="2017-08-28", loc="Myanmar"),
])

art("g26", "dev", "AP", "2020-09-10T10:00:00+00:00", "Lesbos camp fire leaves 12,000 homeless", """
ATHENS (AP) - A fire that gutted Greece's largest refugee camp on the island of Lesbos left more than 12,000 people without shelter, the migration ministry said Thursday.
Migration Minister Notis Mitarachis said 406 unaccompanied minors were flown to the mainland on Wednesday. Officials said 35 residents had tested positive for the coronavirus last week.
The camp was built for 2,757 people.
""", [
 C("displaced", "person", 12000, "Migration Ministry", qual="at_least", loc="Greece"),
 C("evacuated", "unaccompanied minor", 406, "Migration Ministry", speaker="Notis Mitarachis", start="2020-09-09", end="2020-09-09", loc="Greece"),
 C("infected", "resident", 35, "officials", start="2020-08-31", end="2020-09-06", loc="Greece"),
])

art("g27", "dev", "Reuters", "2018-04-08T17:00:00+00:00", "Gas attack in Douma", """
BEIRUT (Reuters) - At least 42 people were killed in a suspected poison gas attack on the rebel-held town of Douma, rescue workers said on Sunday.
The Syrian American Medical Society said more than 500 people, mostly women and children, were brought to medical centres with symptoms.
Syria's government denied the attack. The United States said it would respond, and oil rose 2%.
""", [
 C("killed", "person", 42, "rescue workers", qual="at_least", loc="Syria"),
 C("treated", "person", 500, "Syrian American Medical Society", qual="at_least", loc="Syria"),
])

art("g28", "dev", "TASS", "2019-08-20T10:00:00+03:00", "Russian Center for Reconciliation reports ceasefire violations", """
MOSCOW, August 20. /TASS/. Militants violated the ceasefire in Syria 26 times over the past day, head of the Russian Center for Reconciliation of Opposing Sides in Syria Maj. Gen. Alexei Bakin said on Tuesday.
"Over the past 24 hours, 14 shelling attacks were registered in Aleppo province and 12 in Latakia province," Bakin said.
He added that 95 refugees had returned to Syria from Lebanon and Jordan.
""", [
 C("violated", "ceasefire", 26, "Russian Center for Reconciliation", speaker="Alexei Bakin", start="2019-08-19", end="2019-08-20", loc="Syria"),
 C("attacks", "shelling attack", 14, "Russian Center for Reconciliation", speaker="Alexei Bakin", start="2019-08-19", end="2019-08-20", loc="Syria"),
 C("attacks", "shelling attack", 12, "Russian Center for Reconciliation", speaker="Alexei Bakin", start="2019-08-19", end="2019-08-20", loc="Syria"),
 C("returned", "refugee", 95, "Russian Center for Reconciliation", speaker="Alexei Bakin", loc="Syria"),
])

art("g29", "dev", "BBC", "2014-08-22T09:00:00+00:00", "Ebola: WHO says 1,350 dead", """
The World Health Organization says 1,350 people have died from Ebola in West Africa since the outbreak began in March.
In the first half of August, 221 deaths were recorded in Liberia, the WHO said.
A spokesman, Gregory Hartl, said "the numbers are likely underestimated", adding that a vaccine would not be available before 2015.
""", [
 C("died", "person", 1350, "World Health Organization", start="2014-03-01", end="2014-08-22", loc="Africa"),
 C("died", "person", 221, "World Health Organization", start="2014-08-01", end="2014-08-15", loc="Liberia"),
])

art("g30", "dev", "Reuters", "2022-03-08T12:00:00+00:00", "Ukraine refugees top 2 million", """
GENEVA (Reuters) - More than 2 million people have fled Ukraine since Russia's invasion began on Feb. 24, the United Nations refugee agency said on Tuesday.
UNHCR spokesman Matthew Saltmarsh said 1.2 million had crossed into Poland. The agency said it could need $1.7 billion for the response.
The U.N. human rights office said it had confirmed 474 civilian deaths, though the real figure was likely much higher.
""", [
 C("fled", "person", 2000000, "UNHCR", qual="at_least", start="2022-02-24", end="2022-03-08", loc="Ukraine"),
 C("crossed", "person", 1200000, "UNHCR", speaker="Matthew Saltmarsh", loc="Poland"),
 C("died", "civilian", 474, "UN human rights office", loc="Ukraine"),
])

art("g31", "dev", "AP", "2018-01-15T10:00:00+00:00", "Police seize weapons in raids", """
MEXICO CITY (AP) - Mexican federal police seized 52 rifles, 9,000 cartridges and 300 kilograms of cocaine in raids across three states, officials said Sunday.
Twenty-one suspects were taken into custody. The officials did not say when the raids took place.
Homicides rose 27 percent in 2017 to 25,339, a record, according to government data.
""", [
 C("seized", "rifle", 52, "officials", loc="Mexico"),
 C("seized", "cartridge", 9000, "officials", loc="Mexico"),
 C("arrested", "suspect", 21, "officials", loc="Mexico"),
 C("homicides", "homicide", 25339, "government data", start="2017-01-01", end="2017-12-31", loc="Mexico"),
])

art("g32", "dev", "Al Jazeera", "2019-12-05T13:00:00+00:00", "Iran protests: Amnesty says 208 killed", """
At least 208 people were killed during protests in Iran last month, Amnesty International said, citing credible reports.
Iranian officials have not released a death toll but said about 7,000 people were arrested. The judiciary said the figure was "far lower".
Petrol prices were raised by 50 percent on November 15.
""", [
 C("killed", "person", 208, "Amnesty International", qual="at_least", start="2019-11-01", end="2019-11-30", loc="Iran"),
 C("arrested", "person", 7000, "Iranian officials", qual="approx", loc="Iran"),
])


art("g33", "dev", "AP", "2019-05-26T22:00:00+00:00", "Liverpool beat Wolves 2-0", """
LIVERPOOL, England (AP) - Liverpool beat Wolverhampton 2-0 on Sunday to finish the season with 97 points, one behind champions Manchester City.
Sadio Mane, 27, scored twice in front of 53,000 fans at Anfield. The club's revenue rose 12 percent to 533 million pounds.
Mohamed Salah, who scored 22 goals, was one of the league's top scorers for a second year.
""", [])

art("g34", "dev", "Reuters", "2021-11-03T15:00:00+00:00", "Central bank raises rates", """
LONDON (Reuters) - The central bank raised its benchmark rate by 25 basis points to 0.5% on Wednesday, the first increase since 2018.
Inflation could reach 5 percent by April, the bank said, and unemployment was forecast to fall to 4.2%.
The government plans to hire 20,000 more police officers by 2023 and will spend 3 billion pounds on new prisons.
Officials said 1,200 jobs could be cut at the state lender, which employs 64,000 people in 30 countries.
""", [])

# ---- held-out split: written together with the rest, never looked at while tuning ----
art("h01", "heldout", "Reuters", "2019-04-22T10:00:00+00:00", "Sri Lanka bombings", """
COLOMBO (Reuters) - Suicide bombers killed 290 people and wounded about 500 in attacks on churches and hotels on Easter Sunday, police said on Monday.
Police spokesman Ruwan Gunasekera said 24 people had been arrested. Thirty-nine foreigners were among the dead, the foreign ministry said.
""", [
 C("killed", "person", 290, "Police", start="2019-04-21", end="2019-04-21", loc="Sri Lanka"),
 C("injured", "person", 500, "Police", qual="approx", start="2019-04-21", end="2019-04-21", loc="Sri Lanka"),
 C("arrested", "person", 24, "Police", speaker="Ruwan Gunasekera", loc="Sri Lanka"),
 C("killed", "foreigner", 39, "Sri Lankan Foreign Ministry", loc="Sri Lanka"),
])

art("h02", "heldout", "TASS", "2017-11-20T10:00:00+03:00", "Russian MoD reports strikes in Syria", """
MOSCOW, November 20. /TASS/. Russia's Ministry of Defense said long-range bombers struck Islamic State targets near Abu Kamal, destroying 8 command posts and 11 ammunition depots.
"As a result of the strikes, up to 80 militants were eliminated," the ministry said.
The bombers flew more than 2,000 km from airfields in Russia.
""", [
 C("destroyed", "command post", 8, "Russian Defense Ministry", actor="Islamic State", loc="Syria"),
 C("destroyed", "ammunition depot", 11, "Russian Defense Ministry", actor="Islamic State", loc="Syria"),
 C("killed", "militant", 80, "Russian Defense Ministry", actor="Islamic State", qual="at_most", loc="Syria"),
])

art("h03", "heldout", "AP", "2018-07-10T09:00:00+00:00", "Japan floods", """
TOKYO (AP) - Torrential rains in western Japan have killed 155 people, and 56 others are missing, the government said Tuesday.
About 10,000 people remain in shelters, and 2.2 million households were ordered to evacuate last week.
Prime Minister Shinzo Abe canceled a trip to Europe scheduled for Wednesday.
""", [
 C("killed", "person", 155, "government", loc="Japan"),
 C("missing", "person", 56, "government", loc="Japan"),
 C("displaced", "person", 10000, "government", qual="approx", loc="Japan"),
])

art("h04", "heldout", "AFP", "2020-01-20T09:00:00+00:00", "Migrants rescued off Libya", """
TRIPOLI (AFP) - The charity Sea-Watch said its ship had rescued 119 migrants off Libya over the weekend, including 30 children.
The International Organization for Migration said 953 migrants had been intercepted and brought back to Libya since January 1.
""", [
 C("rescued", "migrant", 119, "Sea-Watch", start="2020-01-18", end="2020-01-19", loc="Libya"),
 C("rescued", "child", 30, "Sea-Watch", start="2020-01-18", end="2020-01-19", loc="Libya"),
 C("intercepted", "migrant", 953, "International Organization for Migration", start="2020-01-01", end="2020-01-20", loc="Libya"),
])

art("h05", "heldout", "Reuters", "2020-08-05T12:00:00+00:00", "Beirut blast", """
BEIRUT (Reuters) - A huge explosion in Beirut's port killed at least 100 people and injured more than 4,000, the Lebanese Red Cross said on Wednesday.
Health Minister Hamad Hassan said many people were still missing. Governor Marwan Abboud said up to 300,000 people had been left homeless.
The blast was caused by 2,750 tonnes of ammonium nitrate, officials said. Damage could reach $5 billion.
""", [
 C("killed", "person", 100, "Lebanese Red Cross", qual="at_least", loc="Lebanon"),
 C("injured", "person", 4000, "Lebanese Red Cross", qual="at_least", loc="Lebanon"),
 C("displaced", "person", 300000, "Marwan Abboud", speaker="Marwan Abboud", qual="at_most", loc="Lebanon"),
])

art("h06", "heldout", "Al Jazeera", "2021-05-17T10:00:00+00:00", "Gaza death toll", """
Israeli air raids on Gaza have killed 197 Palestinians, including 58 children, since May 10, the Gaza health ministry said on Monday.
The Israeli military said Hamas and other groups had fired about 3,100 rockets at Israel over the past week, and that 10 people in Israel had been killed.
""", [
 C("killed", "palestinian", 197, "Gaza Health Ministry", start="2021-05-10", end="2021-05-17", loc="Gaza"),
 C("killed", "child", 58, "Gaza Health Ministry", start="2021-05-10", end="2021-05-17", loc="Gaza"),
 C("fired", "rocket", 3100, "Israel Defense Forces", actor="Hamas", qual="approx", start="2021-05-10", end="2021-05-17", loc="Israel"),
 C("killed", "person", 10, "Israel Defense Forces", start="2021-05-10", end="2021-05-17", loc="Israel"),
])

art("h07", "heldout", "AP", "2019-03-18T08:00:00+00:00", "Cyclone Idai", """
BEIRA, Mozambique (AP) - Cyclone Idai killed more than 150 people in Mozambique and Zimbabwe, officials said Sunday, and Mozambique's president said the death toll could exceed 1,000.
In Zimbabwe, 98 people were killed and 217 remain missing, the information ministry said.
""", [
 C("killed", "person", 150, "officials", qual="at_least", loc="Mozambique"),
 C("killed", "person", 98, "Information Ministry", loc="Zimbabwe"),
 C("missing", "person", 217, "Information Ministry", loc="Zimbabwe"),
])

art("h08", "heldout", "Reuters", "2018-10-29T10:00:00+00:00", "Pittsburgh shooting", """
PITTSBURGH (Reuters) - A gunman killed 11 people at a Pittsburgh synagogue on Saturday, authorities said. Six others, including four police officers, were wounded.
The suspect, 46, faces 29 federal charges. The congregation has about 500 members and was founded in 1864.
""", [
 C("killed", "person", 11, "authorities", start="2018-10-27", end="2018-10-27", loc="United States"),
 C("injured", "person", 6, "authorities", start="2018-10-27", end="2018-10-27", loc="United States"),
 C("injured", "police officer", 4, "authorities", start="2018-10-27", end="2018-10-27", loc="United States"),
])

art("h09", "heldout", "AFP", "2016-10-17T10:00:00+00:00", "Mosul offensive begins", """
ERBIL, Iraq (AFP) - Kurdish peshmerga forces retook nine villages from the Islamic State group on the first day of the Mosul offensive, the Kurdistan Region Security Council said Monday.
An estimated 1.5 million people still live in Mosul, and the UN said as many as 200,000 could be displaced in the first weeks.
""", [
 C("retook", "village", 9, "Kurdistan Region Security Council", actor="Islamic State", loc="Iraq"),
])

art("h10", "heldout", "Sputnik", "2018-02-12T10:00:00+03:00", "Syrian army advances", """
The Syrian Arab Army liberated 12 settlements in Idlib province last week, killing over 300 Jabhat al-Nusra terrorists, the Russian Center for Reconciliation said.
"During the week, 16 tanks, 22 infantry fighting vehicles and 41 pickups with mounted machine guns were destroyed," the center's head, Lt. Gen. Yuri Yevtushenko, said.
""", [
 C("liberated", "settlement", 12, "Russian Center for Reconciliation", start="2018-02-05", end="2018-02-11", loc="Syria"),
 C("killed", "terrorist", 300, "Russian Center for Reconciliation", actor="Jabhat al-Nusra", qual="at_least", start="2018-02-05", end="2018-02-11", loc="Syria"),
 C("destroyed", "tank", 16, "Russian Center for Reconciliation", speaker="Yuri Yevtushenko", actor="Jabhat al-Nusra", start="2018-02-05", end="2018-02-11", loc="Syria"),
 C("destroyed", "infantry fighting vehicle", 22, "Russian Center for Reconciliation", speaker="Yuri Yevtushenko", actor="Jabhat al-Nusra", start="2018-02-05", end="2018-02-11", loc="Syria"),
 C("destroyed", "pickup", 41, "Russian Center for Reconciliation", speaker="Yuri Yevtushenko", actor="Jabhat al-Nusra", start="2018-02-05", end="2018-02-11", loc="Syria"),
])

# ---- held-out-2: written after the first held-out split had been looked at; scored once, never tuned on ----
art("k01", "heldout2", "Reuters", "2019-01-28T10:00:00+00:00", "Philippine cathedral bombing", """
JOLO, Philippines (Reuters) - Two bombs exploded at a Roman Catholic cathedral on the southern Philippine island of Jolo on Sunday, killing 20 people and wounding 81, the military said.
Islamic State claimed responsibility for the attack, its Amaq news agency said. Police said five suspects had been detained.
""", [
 C("killed", "person", 20, "Philippine military", start="2019-01-27", end="2019-01-27", loc="Philippines"),
 C("injured", "person", 81, "Philippine military", start="2019-01-27", end="2019-01-27", loc="Philippines"),
 C("detained", "suspect", 5, "Police", loc="Philippines"),
])

art("k02", "heldout2", "AP", "2022-07-04T20:00:00+00:00", "Parade shooting", """
HIGHLAND PARK, Ill. (AP) - A gunman on a rooftop opened fire on an Independence Day parade in suburban Chicago on Monday, killing six people and injuring at least 24, police said.
Lake County Sheriff's spokesman Christopher Covelli said about 30 officers were involved in the search. The suspect, 21, was taken into custody hours later.
""", [
 C("killed", "person", 6, "Police", start="2022-07-04", end="2022-07-04", loc="United States"),
 C("injured", "person", 24, "Police", qual="at_least", start="2022-07-04", end="2022-07-04", loc="United States"),
])

art("k03", "heldout2", "TASS", "2022-10-10T12:00:00+03:00", "Russian MoD briefing", """
MOSCOW, October 10. /TASS/. Russian forces delivered a massive strike with high-precision weapons on Ukrainian military and energy facilities, the Russian Defense Ministry said on Monday.
"Over the past day, up to 150 Ukrainian servicemen were killed and three ammunition depots were destroyed in the Donetsk direction," ministry spokesman Lt. Gen. Igor Konashenkov said.
""", [
 C("killed", "serviceman", 150, "Russian Defense Ministry", speaker="Igor Konashenkov", actor="Ukrainian", qual="at_most", start="2022-10-09", end="2022-10-10", loc="Ukraine"),
 C("destroyed", "ammunition depot", 3, "Russian Defense Ministry", speaker="Igor Konashenkov", start="2022-10-09", end="2022-10-10", loc="Ukraine"),
])

art("k04", "heldout2", "Al Jazeera", "2023-09-14T09:00:00+00:00", "Libya floods", """
The death toll from catastrophic floods in eastern Libya has risen to 11,300, the Libyan Red Crescent said, with another 10,100 people reported missing in the city of Derna.
The International Organization for Migration said at least 30,000 people had been displaced in Derna. The UN has launched a $71m appeal.
""", [
 C("died", "person", 11300, "Libyan Red Crescent", loc="Libya"),
 C("missing", "person", 10100, "Libyan Red Crescent", loc="Libya"),
 C("displaced", "person", 30000, "International Organization for Migration", qual="at_least", loc="Libya"),
])

art("k05", "heldout2", "AFP", "2018-06-20T11:00:00+00:00", "Migrants drown off Libya", """
TRIPOLI (AFP) - About 220 migrants drowned off Libya in the past three days, the UN migration agency said on Tuesday, while the Libyan coastguard said it had rescued 345 people on Sunday.
"It is a tragedy," IOM spokesman Joel Millman said, adding that 1,100 migrants had died on the route so far this year.
""", [
 C("died", "migrant", 220, "International Organization for Migration", qual="approx", start="2018-06-17", end="2018-06-20", loc="Libya"),
 C("rescued", "person", 345, "Libyan Coast Guard", start="2018-06-17", end="2018-06-17", loc="Libya"),
 C("died", "migrant", 1100, "International Organization for Migration", speaker="Joel Millman", start="2018-01-01", end="2018-06-20", loc="Libya"),
])

art("k06", "heldout2", "Reuters", "2020-12-14T15:00:00+00:00", "Nigeria school abduction", """
KANO, Nigeria (Reuters) - Gunmen abducted more than 300 boys from a school in Nigeria's northwestern Katsina state on Friday night, police said, and the army said on Monday it had located the kidnappers' hideout.
Parents said 333 students were still unaccounted for. The school has about 800 pupils. Officials said the government would pay no ransom.
""", [
 C("kidnapped", "boy", 300, "Police", qual="at_least", start="2020-12-11", end="2020-12-11", loc="Nigeria"),
 C("missing", "student", 333, "parents", loc="Nigeria"),
])

art("k07", "heldout2", "AP", "2021-02-22T08:00:00+00:00", "Texas storm deaths", """
AUSTIN, Texas (AP) - At least 70 people died in the U.S. during last week's winter storm, officials said, and about 4.3 million homes lost power in Texas at its peak.
State officials said 1,300 water systems were disrupted. Energy prices rose 10,000%.
""", [
 C("died", "person", 70, "officials", qual="at_least", loc="United States"),
 C("lost power", "home", 4300000, "officials", qual="approx", loc="United States"),
 C("disrupted", "water system", 1300, "state officials", loc="United States"),
])

art("k08", "heldout2", "Reuters", "2016-03-23T12:00:00+00:00", "Brussels attacks", """
BRUSSELS (Reuters) - Suicide bombers killed 31 people and injured about 270 at Brussels airport and on a metro train on Tuesday, Belgian officials said.
Prosecutor Frederic Van Leeuw said two of the bombers had been identified. A third man was being hunted, and the threat level was raised to 4, the highest.
""", [
 C("killed", "person", 31, "Belgian officials", start="2016-03-22", end="2016-03-22", loc="Belgium"),
 C("injured", "person", 270, "Belgian officials", qual="approx", start="2016-03-22", end="2016-03-22", loc="Belgium"),
 C("identified", "bomber", 2, "Frederic Van Leeuw", speaker="Frederic Van Leeuw", loc="Belgium"),
])

# ---- held-out-3 (m01-m22): written 2026-11-25 before any rule change of that session; styles the other splits
# under-represent (AP em-dash datelines, health, disasters, migration, police, conflict, protests, hard negatives).
# Annotation decisions: a protest turnout figure that a named source gives ("police put the crowd at 20,000") is a
# claim (metric "protested"); a vague crowd ("tens of thousands") is not.  "feared dead/drowned", "could", "plans
# to", "up to N could" are hypothetical: no claim.  "in critical condition", "remained in hospital" are states, not
# counted metrics.  A figure with no date in its sentence or paragraph has no period even if the event had one.
art("m01", "heldout3", "AP", "2023-05-30T07:00:00+00:00", "Drones hit Kyiv", """
KYIV, Ukraine (AP) — Russia attacked Kyiv with drones early Tuesday, and Ukraine's air force said air defenses shot down all 29 drones launched from the south.
One person was killed and at least three others were wounded when debris hit a high-rise building in the Holosiivskyi district, Mayor Vitali Klitschko said.
The attack was the 17th on the capital this month. Klitschko said 20 people had been evacuated from the building, which has 24 floors.
Ukraine's military also said its forces had captured 12 Russian soldiers near Bakhmut over the past week.
""", [
 C("intercepted", "drone", 29, "Ukrainian Air Force", start="2023-05-30", end="2023-05-30", loc="Ukraine"),
 C("killed", "person", 1, "Vitali Klitschko", speaker="Vitali Klitschko", loc="Ukraine"),
 C("injured", "person", 3, "Vitali Klitschko", speaker="Vitali Klitschko", qual="at_least", loc="Ukraine"),
 C("evacuated", "person", 20, "Vitali Klitschko", speaker="Vitali Klitschko", loc="Ukraine"),
 C("captured", "soldier", 12, "Ukrainian military", actor="Russian", start="2023-05-23", end="2023-05-30", loc="Ukraine"),
])

art("m02", "heldout3", "Reuters", "2022-10-10T12:00:00+00:00", "Uganda Ebola cases rise", """
KAMPALA, Oct 10 (Reuters) - Uganda's Ebola outbreak has grown to 43 confirmed cases since it was declared on Sept. 20, the health ministry said on Monday. Seven of the cases were confirmed in the past 24 hours.
Ten people have died, including four health workers, and 14 patients have been hospitalised in Mubende, the ministry said.
A vaccine trial involving 3,000 doses could start within weeks. Officials said up to 500 more people could be infected by the end of the year if the virus reached Kampala, a city of 1.6 million.
""", [
 C("infected", "case", 43, "Health Ministry", start="2022-09-20", end="2022-10-10", loc="Uganda"),
 C("infected", "case", 7, "Ugandan Health Ministry", start="2022-10-09", end="2022-10-10", loc="Uganda"),
 C("died", "person", 10, "Ugandan Health Ministry", loc="Uganda"),
 C("died", "health worker", 4, "Ugandan Health Ministry", loc="Uganda"),
 C("hospitalized", "patient", 14, "Ugandan Health Ministry", loc="Uganda"),
])

art("m03", "heldout3", "AP", "2024-01-08T06:00:00+00:00", "Japan quake toll", """
WAJIMA, Japan (AP) — The death toll from the powerful earthquake that struck Japan's western coast has risen to 168, Ishikawa prefecture said Monday, while 323 people remain unaccounted for.
More than 28,000 people were staying in 400 evacuation centers, officials said. About 1,400 homes were destroyed and another 8,000 damaged, according to the Fire and Disaster Management Agency.
Rescuers pulled a woman in her 90s alive from a collapsed house in Suzu, 124 hours after the quake. The 7.6-magnitude quake was the strongest to hit the region in 40 years.
""", [
 C("died", "person", 168, "Ishikawa prefecture", loc="Japan"),
 C("missing", "person", 323, "Ishikawa prefecture", loc="Japan"),
 C("displaced", "person", 28000, "officials", qual="at_least", loc="Japan"),
 C("destroyed", "home", 1400, "Fire and Disaster Management Agency", qual="approx", loc="Japan"),
 C("damaged", "home", 8000, "Fire and Disaster Management Agency", loc="Japan"),
])

art("m04", "heldout3", "Reuters", "2023-08-14T10:00:00+00:00", "Tunisia intercepts migrants", """
TUNIS (Reuters) - Tunisia's coast guard intercepted 1,310 migrants trying to cross the Mediterranean to Italy over the weekend and recovered 11 bodies off the coast of Sfax, a National Guard official said on Monday.
The official, Houssem Eddine Jebabli, said 44 boats had been intercepted. Most of those on board were from sub-Saharan Africa.
So far this year, 901 bodies have been recovered off Tunisia, Jebabli said. More than 56,000 migrants have reached Italy from Tunisia since January, according to Italian interior ministry data.
A boat carrying 45 people capsized last week; 41 are feared to have drowned.
""", [
 C("intercepted", "migrant", 1310, "Tunisian National Guard", start="2023-08-12", end="2023-08-13", loc="Tunisia"),
 C("recovered", "body", 11, "Tunisian National Guard", start="2023-08-12", end="2023-08-13", loc="Tunisia"),
 C("intercepted", "boat", 44, "Tunisian National Guard", speaker="Houssem Eddine Jebabli", loc="Tunisia"),
 C("recovered", "body", 901, "Tunisian National Guard", speaker="Houssem Eddine Jebabli", start="2023-01-01", end="2023-08-14", loc="Tunisia"),
 C("arrived", "migrant", 56000, "Italian Interior Ministry", qual="at_least", start="2023-01-01", end="2023-08-14", loc="Tunisia"),
])

art("m05", "heldout3", "AP", "2021-11-24T15:00:00+00:00", "Waukesha parade", """
WAUKESHA, Wis. (AP) — Prosecutors charged a 39-year-old man with five counts of first-degree intentional homicide after an SUV plowed into a Christmas parade, killing five people and injuring 48 others.
Police Chief Dan Thompson said Tuesday that 62 people in all had been hurt, including 18 children. Six children remained in critical condition.
The suspect was being held on $5 million bail. A sixth victim, an 8-year-old boy, died on Tuesday, prosecutors said.
""", [
 C("killed", "person", 5, "AP", loc="United States"),
 C("injured", "person", 48, "AP", loc="United States"),
 C("injured", "person", 62, "Police", speaker="Dan Thompson", loc="United States"),
 C("injured", "child", 18, "Police", speaker="Dan Thompson", loc="United States"),
])

art("m06", "heldout3", "Anadolu Agency", "2023-06-15T09:00:00+00:00", "Greek shipwreck", """
ATHENS

At least 79 migrants died when a fishing boat capsized and sank off southern Greece early Wednesday, the Greek coast guard said, in one of the deadliest shipwrecks in the Mediterranean this year.
A total of 104 people were rescued, the coast guard said on Thursday. Survivors told rescuers that up to 750 people could have been on board, meaning hundreds may be missing.
Nine Egyptian men were arrested on suspicion of people smuggling, police said. The boat had set sail from Tobruk, Libya, on June 9.
""", [
 C("died", "migrant", 79, "Greek coast guard", qual="at_least", start="2023-06-14", end="2023-06-14", loc="Greece"),
 C("rescued", "person", 104, "Greek coast guard", loc="Greece"),
 C("arrested", "man", 9, "Police", actor="Egyptian", loc="Greece"),
])

art("m07", "heldout3", "Reuters", "2023-07-17T08:00:00+00:00", "South Korea floods", """
SEOUL (Reuters) - Torrential rain in South Korea has killed 40 people and left nine missing since Thursday, the interior ministry said on Monday, as rescuers searched a flooded underpass where 13 bodies were recovered.
More than 10,000 people have been evacuated and 6,900 households remain without power, the ministry said. President Yoon Suk Yeol ordered officials to mobilise all available resources.
The weather agency said up to 250 mm of rain could fall on central regions by Tuesday.
""", [
 C("killed", "person", 40, "South Korean Interior Ministry", start="2023-07-13", end="2023-07-17", loc="South Korea"),
 C("missing", "person", 9, "South Korean Interior Ministry", start="2023-07-13", end="2023-07-17", loc="South Korea"),
 C("recovered", "body", 13, "South Korean Interior Ministry", start="2023-07-13", end="2023-07-17", loc="South Korea"),
 C("evacuated", "person", 10000, "South Korean Interior Ministry", qual="at_least", loc="South Korea"),
])

art("m08", "heldout3", "AFP", "2023-04-24T11:00:00+00:00", "Sudan fighting", """
KHARTOUM (AFP) - Fighting between Sudan's army and the paramilitary Rapid Support Forces has killed at least 427 people and wounded more than 3,700 since April 15, the World Health Organization said on Monday.
The UN refugee agency said up to 20,000 people had fled into Chad. Foreign governments evacuated more than 1,000 of their citizens over the weekend.
The Sudanese Doctors' Union said 20 hospitals had been forced out of service. A 72-hour ceasefire announced on Friday failed to hold.
""", [
 C("killed", "person", 427, "World Health Organization", qual="at_least", start="2023-04-15", end="2023-04-24", loc="Sudan"),
 C("injured", "person", 3700, "World Health Organization", qual="at_least", start="2023-04-15", end="2023-04-24", loc="Sudan"),
 C("fled", "person", 20000, "UNHCR", qual="at_most", loc="Chad"),
 C("evacuated", "citizen", 1000, "UNHCR", qual="at_least", start="2023-04-22", end="2023-04-23", loc="Sudan"),
])

art("m09", "heldout3", "AP", "2022-08-29T04:00:00+00:00", "Pakistan floods", """
ISLAMABAD (AP) — Pakistan's deadly floods have killed 1,061 people since June 14, including 119 in the past 24 hours, the National Disaster Management Authority said Monday.
More than 33 million people have been affected and nearly a million homes have been damaged or destroyed, according to the authority. Climate Minister Sherry Rehman called it a "climate catastrophe."
Prime Minister Shehbaz Sharif said the country would need $10 billion to rebuild. Some 3,000 kilometers of roads were washed away.
""", [
 C("killed", "person", 1061, "National Disaster Management Authority", start="2022-06-14", end="2022-08-29", loc="Pakistan"),
 C("killed", "person", 119, "National Disaster Management Authority", start="2022-08-28", end="2022-08-29", loc="Pakistan"),
 C("affected", "person", 33000000, "National Disaster Management Authority", qual="at_least", loc="Pakistan"),
 C("damaged", "home", 1000000, "National Disaster Management Authority", qual="approx", loc="Pakistan"),
])

art("m10", "heldout3", "Reuters", "2024-07-03T13:00:00+00:00", "Kenya protests", """
NAIROBI (Reuters) - Kenyan police arrested 271 people during anti-tax protests on Tuesday, the interior ministry said, as demonstrators marched in Nairobi and at least 10 other cities.
The Kenya National Commission on Human Rights said 39 people had been killed and 361 injured in two weeks of protests, and that 32 people had been abducted.
Tens of thousands of people took to the streets. President William Ruto withdrew the finance bill, which aimed to raise $2.7 billion in new taxes.
""", [
 C("arrested", "person", 271, "Kenyan Interior Ministry", start="2024-07-02", end="2024-07-02", loc="Kenya"),
 C("killed", "person", 39, "Kenya National Commission on Human Rights", start="2024-06-19", end="2024-07-03", loc="Kenya"),
 C("injured", "person", 361, "Kenya National Commission on Human Rights", start="2024-06-19", end="2024-07-03", loc="Kenya"),
 C("kidnapped", "person", 32, "Kenya National Commission on Human Rights", start="2024-06-19", end="2024-07-03", loc="Kenya"),
])

art("m11", "heldout3", "AFP", "2019-11-12T10:00:00+00:00", "Paris pension protest turnout", """
PARIS (AFP) - Some 20,000 people marched in Paris on Tuesday against the pension reform, according to police, while the CGT union put the turnout at 150,000.
Police said 24 people were detained after clashes near Place de la Nation. Three officers were slightly injured, the interior ministry said.
Unions plan to hold another 12 strikes before Christmas, and rail traffic could be cut by 90 percent.
""", [
 C("protested", "person", 20000, "Police", qual="approx", start="2019-11-12", end="2019-11-12", loc="France"),
 C("protested", "person", 150000, "CGT", start="2019-11-12", end="2019-11-12", loc="France"),
 C("detained", "person", 24, "Police", loc="France"),
 C("injured", "officer", 3, "French Interior Ministry", loc="France"),
])

art("m12", "heldout3", "AP", "2023-09-26T05:00:00+00:00", "Nagorno-Karabakh exodus", """
GORIS, Armenia (AP) — More than 28,000 people have fled Nagorno-Karabakh into Armenia since Sunday, the Armenian government said Tuesday, as the region's ethnic Armenian population feared persecution.
A fuel depot explosion on Monday killed at least 20 people and injured nearly 300, local officials said. The region had a population of about 120,000.
Armenian Prime Minister Nikol Pashinyan said his government was ready to take in 40,000 refugees.
""", [
 C("fled", "person", 28000, "Armenian government", qual="at_least", start="2023-09-24", end="2023-09-26", loc="Armenia"),
 C("killed", "person", 20, "local officials", qual="at_least", start="2023-09-25", end="2023-09-25", loc="Armenia"),
 C("injured", "person", 300, "local officials", qual="approx", start="2023-09-25", end="2023-09-25", loc="Armenia"),
])

art("m13", "heldout3", "Reuters", "2021-07-19T09:00:00+00:00", "German floods", """
BERLIN (Reuters) - The death toll from floods in western Germany rose to 164 on Monday, police said, with 117 dead in the Ahrweiler district alone.
In the state of North Rhine-Westphalia, 47 people died, the state interior ministry said. Some 700 people were rescued by helicopter and boat last week, the German army said.
Chancellor Angela Merkel pledged 300 million euros in immediate aid and said rebuilding could take years.
""", [
 C("died", "person", 164, "Police", start="2021-07-19", end="2021-07-19", loc="Germany"),
 C("died", "person", 117, "Police", start="2021-07-19", end="2021-07-19", loc="Germany"),
 C("died", "person", 47, "state interior ministry", loc="Germany"),
 C("rescued", "person", 700, "German army", qual="approx", start="2021-07-12", end="2021-07-18", loc="Germany"),
])

art("m14", "heldout3", "AP", "2022-06-16T08:00:00+00:00", "Texas migrant trailer", """
SAN ANTONIO (AP) — Authorities found 53 people dead inside and near a tractor-trailer abandoned on the outskirts of San Antonio, officials said. Sixteen people, including four children, were taken to hospitals.
Three people were taken into custody, police said. The trailer's air conditioning was not working and temperatures had reached 101 degrees.
U.S. Border Patrol agents made 239,416 apprehensions at the Mexican border in May, according to the agency.
""", [
 C("died", "person", 53, "officials", loc="United States"),
 C("hospitalized", "person", 16, "officials", loc="United States"),
 C("hospitalized", "child", 4, "officials", loc="United States"),
 C("arrested", "person", 3, "Police", loc="United States"),
 C("arrested", "person", 239416, "U.S. Border Patrol", start="2022-05-01", end="2022-05-31", loc="United States"),
])

art("m15", "heldout3", "Xinhua", "2023-11-06T03:00:00+00:00", "Nepal quake", """
KATHMANDU, Nov. 6 (Xinhua) -- At least 153 people were killed and 364 others injured in a 6.4-magnitude earthquake that hit western Nepal late Friday night, the country's Home Ministry said on Monday.
A total of 8,770 houses were fully destroyed and 8,280 partially damaged in Jajarkot and Rukum West districts, the ministry said. Nepal's army has deployed 1,500 soldiers to help in relief work.
""", [
 C("killed", "person", 153, "Nepali Home Ministry", qual="at_least", start="2023-11-03", end="2023-11-03", loc="Nepal"),
 C("injured", "person", 364, "Nepali Home Ministry", start="2023-11-03", end="2023-11-03", loc="Nepal"),
 C("destroyed", "house", 8770, "Nepali Home Ministry", loc="Nepal"),
 C("damaged", "house", 8280, "Nepali Home Ministry", loc="Nepal"),
])

art("m16", "heldout3", "AFP", "2024-04-22T14:00:00+00:00", "Channel crossings", """
LONDON (AFP) - British authorities intercepted 534 migrants crossing the Channel in small boats on Sunday, the Home Office said, bringing the total so far this year to 6,265.
French police said five people, including a seven-year-old girl, died early Monday trying to board a boat near Boulogne-sur-Mer. Around 60 others were picked up by a French navy vessel.
The government's Rwanda bill, which could see thousands deported, is due to pass parliament on Monday.
""", [
 C("intercepted", "migrant", 534, "Home Office", start="2024-04-21", end="2024-04-21", loc="United Kingdom"),
 C("intercepted", "migrant", 6265, "Home Office", start="2024-01-01", end="2024-04-22", loc="United Kingdom"),
 C("died", "person", 5, "French police", start="2024-04-22", end="2024-04-22", loc="France"),
 C("rescued", "person", 60, "French police", qual="approx", start="2024-04-22", end="2024-04-22", loc="France"),
])

art("m17", "heldout3", "Reuters", "2020-10-19T10:00:00+00:00", "Nigeria SARS protests", """
LAGOS (Reuters) - Nigerian police said on Monday they had arrested 118 people in connection with violence during protests against police brutality in Lagos and Abuja.
Amnesty International said at least 10 people had been killed since the protests began on Oct. 8. Two police officers were also killed, police spokesman Frank Mba said.
Protesters blocked the Lekki toll gate, a six-lane highway that carries 100,000 vehicles a day.
""", [
 C("arrested", "person", 118, "Nigerian police", loc="Nigeria"),
 C("killed", "person", 10, "Amnesty International", qual="at_least", start="2020-10-08", end="2020-10-19", loc="Nigeria"),
 C("killed", "police officer", 2, "Police", speaker="Frank Mba", start="2020-10-08", end="2020-10-19", loc="Nigeria"),
])

art("m18", "heldout3", "AP", "2022-12-05T07:00:00+00:00", "Indonesia volcano", """
JAKARTA, Indonesia (AP) — Indonesia's Mount Semeru erupted Sunday, forcing the evacuation of nearly 2,000 residents, the National Disaster Mitigation Agency said.
No casualties were reported. The agency said 1,979 people were staying in 11 shelters, and authorities closed a 2-kilometer radius around the crater, which stands 3,676 meters high.
A similar eruption in December 2021 killed 51 people and left 22 missing.
""", [
 C("evacuated", "resident", 2000, "National Disaster Mitigation Agency", qual="approx", start="2022-12-04", end="2022-12-04", loc="Indonesia"),
 C("displaced", "person", 1979, "National Disaster Mitigation Agency", loc="Indonesia"),
 C("killed", "person", 51, "National Disaster Mitigation Agency", start="2021-12-01", end="2021-12-31", loc="Indonesia"),
 C("missing", "person", 22, "National Disaster Mitigation Agency", start="2021-12-01", end="2021-12-31", loc="Indonesia"),
])

art("m19", "heldout3", "Reuters", "2023-03-09T16:00:00+00:00", "Economy negatives", """
FRANKFURT (Reuters) - The European Central Bank is set to raise rates by 50 basis points next week, with inflation at 8.5% in February, the bank's chief economist said in an interview.
The bank employs about 5,000 people and has 27 members on its governing council. One of the 20 euro zone members could leave the zone by 2030, one analyst said.
Call 069 1344 7455 for details. The bank's headquarters at 20 Sonnemannstrasse is 185 metres tall. Markets fell 2.1% on Tuesday as shares in 14 lenders dropped.
""", [])

art("m20", "heldout3", "AP", "2024-09-02T09:00:00+00:00", "Israel Gaza strikes", """
DEIR AL-BALAH, Gaza Strip (AP) — Israeli strikes killed at least 33 people across the Gaza Strip on Sunday, including nine children, according to hospital officials.
The Israeli military said it struck 30 Hamas targets over the past day and killed a commander in Khan Younis. Its troops had recovered the bodies of six hostages in Rafah on Saturday, the military said.
Gaza's Health Ministry says more than 40,700 Palestinians have been killed since the war began. The ministry does not distinguish between civilians and combatants.
""", [
 C("killed", "person", 33, "hospital officials", qual="at_least", start="2024-09-01", end="2024-09-01", loc="Gaza"),
 C("killed", "child", 9, "hospital officials", start="2024-09-01", end="2024-09-01", loc="Gaza"),
 C("hit", "target", 30, "Israel Defense Forces", actor="Hamas", start="2024-09-01", end="2024-09-02", loc="Gaza"),
 C("recovered", "body", 6, "Israel Defense Forces", start="2024-08-31", end="2024-08-31", loc="Gaza"),
 C("killed", "palestinian", 40700, "Gaza Health Ministry", qual="at_least", loc="Gaza"),
])

art("m21", "heldout3", "Anadolu Agency", "2021-05-11T12:00:00+00:00", "Cholera outbreak", """
ABUJA

Nigeria has recorded 1,325 suspected cholera cases and 41 deaths in four states since January, the Nigeria Centre for Disease Control said on Tuesday.
Of the cases, 95 were confirmed by laboratory tests. Children under five accounted for 38 percent of the cases.
The agency said it plans to vaccinate up to 2 million people and that deaths could rise if the rainy season starts early.
""", [
 C("infected", "case", 1325, "Nigeria Centre for Disease Control", start="2021-01-01", end="2021-05-11", loc="Nigeria"),
 C("died", "person", 41, "Nigeria Centre for Disease Control", start="2021-01-01", end="2021-05-11", loc="Nigeria"),
 C("recorded", "case", 95, "Nigeria Centre for Disease Control", loc="Nigeria"),
])

art("m22", "heldout3", "AP", "2023-01-23T06:00:00+00:00", "Monterey Park shooting", """
MONTEREY PARK, Calif. (AP) — A gunman killed 10 people at a dance studio during Lunar New Year celebrations late Saturday, Los Angeles County Sheriff Robert Luna said. Another 10 people were wounded.
The 72-year-old suspect was found dead in a van on Sunday from a self-inflicted gunshot wound, Luna said. Detectives were interviewing 30 witnesses.
It was the nation's deadliest mass shooting since May, when 21 people were killed at an elementary school in Uvalde, Texas.
""", [
 C("killed", "person", 10, "Los Angeles County Sheriff", speaker="Robert Luna", start="2023-01-21", end="2023-01-21", loc="United States"),
 C("injured", "person", 10, "Los Angeles County Sheriff", speaker="Robert Luna", start="2023-01-21", end="2023-01-21", loc="United States"),
 C("killed", "person", 21, "AP", start="2022-05-01", end="2022-05-31", loc="United States"),
])

# ---- held-out-4 (n01-n10): written after the held-out-3 fixes, scored once before any further change ----
art("n01", "heldout4", "AP", "2022-02-28T08:00:00+00:00", "Ukraine says 352 civilians killed", """
KYIV, Ukraine (AP) — Ukraine's Health Ministry said Monday that 352 civilians, including 14 children, had been killed since Russia invaded on Feb. 24, and 1,684 others had been wounded.
The U.N. refugee agency said more than 500,000 people had fled Ukraine into neighboring countries. Poland alone had taken in 281,000, Polish border guards said.
Russia's military said it had destroyed 1,114 Ukrainian military facilities, but did not give a figure for its own losses. President Volodymyr Zelenskyy, 44, said the next 24 hours would be crucial.
""", [
 C("killed", "civilian", 352, "Ukrainian Health Ministry", start="2022-02-24", end="2022-02-28", loc="Ukraine"),
 C("killed", "child", 14, "Ukrainian Health Ministry", start="2022-02-24", end="2022-02-28", loc="Ukraine"),
 C("injured", "person", 1684, "Ukrainian Health Ministry", start="2022-02-24", end="2022-02-28", loc="Ukraine"),
 C("fled", "person", 500000, "UNHCR", qual="at_least", loc="Ukraine"),
 C("destroyed", "military facility", 1114, "Russian Defense Ministry", actor="Ukrainian", loc="Ukraine"),
])

art("n02", "heldout4", "Reuters", "2023-12-11T10:00:00+00:00", "Mexico migrants found in truck", """
MEXICO CITY, Dec 11 (Reuters) - Mexican authorities found 129 migrants crammed inside a cargo truck in the southern state of Veracruz on Sunday, the National Migration Institute (INM) said.
The migrants, mostly from Guatemala and Honduras, were taken to a migration station. Two people died of dehydration and 11 were taken to hospital, the institute said.
The driver, a 32-year-old man, was arrested. The INM said it had detained more than 680,000 migrants so far this year, up 40% from 2022.
""", [
 C("recovered", "migrant", 129, "National Migration Institute", start="2023-12-10", end="2023-12-10", loc="Mexico"),
 C("died", "person", 2, "National Migration Institute", loc="Mexico"),
 C("hospitalized", "person", 11, "National Migration Institute", loc="Mexico"),
 C("detained", "migrant", 680000, "National Migration Institute", qual="at_least", start="2023-01-01", end="2023-12-11", loc="Mexico"),
])

art("n03", "heldout4", "Anadolu Agency", "2021-03-29T12:00:00+00:00", "Mozambique Palma attack", """
MAPUTO

Dozens of people were killed in an attack by insurgents on the northern Mozambican town of Palma, the Defense Ministry said on Sunday, without giving an exact toll.
Ministry spokesman Omar Saranga said security forces had rescued 180 people, including 12 foreigners, from a besieged hotel. Seven people were killed when their convoy was ambushed.
Aid agencies fear that up to 10,000 residents could have fled into the bush.
""", [
 C("rescued", "person", 180, "Defense Ministry", speaker="Omar Saranga", loc="Mozambique"),
 C("rescued", "foreigner", 12, "Defense Ministry", speaker="Omar Saranga", loc="Mozambique"),
 C("killed", "person", 7, "Defense Ministry", speaker="Omar Saranga", loc="Mozambique"),
])

art("n04", "heldout4", "AFP", "2024-06-10T09:00:00+00:00", "Heat kills pilgrims", """
RIYADH (AFP) - At least 19 pilgrims have died from heat stroke during the hajj, Jordan's foreign ministry said on Sunday, as temperatures hit 47 degrees Celsius in Mecca.
Saudi health authorities said they had treated more than 2,700 people for heat exhaustion in the past two days. About 1.8 million pilgrims are expected to take part this year.
Another 17 people are missing, the ministry said.
""", [
 C("died", "pilgrim", 19, "Jordanian foreign ministry", qual="at_least", loc="Saudi Arabia"),
 C("treated", "person", 2700, "Saudi health authorities", qual="at_least", start="2024-06-08", end="2024-06-10", loc="Saudi Arabia"),
 C("missing", "person", 17, "Jordanian foreign ministry", loc="Saudi Arabia"),
])

art("n05", "heldout4", "AP", "2022-05-23T06:00:00+00:00", "Chicago weekend shootings", """
CHICAGO (AP) — At least 32 people were shot, five of them fatally, across Chicago over the weekend, police said Monday.
The youngest victim was a 13-year-old boy shot in the leg on the South Side. Officers made 11 arrests and recovered 27 guns, police spokesman Tom Ahern said.
The city recorded 797 homicides last year, the most in 25 years.
""", [
 C("shot", "person", 32, "Police", qual="at_least", start="2022-05-21", end="2022-05-22", loc="United States"),
 C("killed", "person", 5, "Police", start="2022-05-21", end="2022-05-22", loc="United States"),
 C("arrested", "person", 11, "Police", speaker="Tom Ahern", loc="United States"),
 C("seized", "gun", 27, "Police", speaker="Tom Ahern", loc="United States"),
])

art("n06", "heldout4", "Reuters", "2020-09-14T11:00:00+00:00", "Lesbos migrants moved", """
ATHENS (Reuters) - Greek police moved more than 1,000 migrants left homeless by a fire at the Moria camp into a new temporary site on Monday, a police official said.
About 12,000 people have been sleeping rough since the fire last Wednesday. Authorities said 35 of them had tested positive for the coronavirus.
Greece plans to build a permanent camp for 5,000 people by Easter.
""", [
 C("evacuated", "migrant", 1000, "Police", qual="at_least", start="2020-09-14", end="2020-09-14", loc="Greece"),
 C("displaced", "person", 12000, "Police", qual="approx", start="2020-09-09", end="2020-09-14", loc="Greece"),
 C("infected", "person", 35, "authorities", loc="Greece"),
])

art("n07", "heldout4", "Xinhua", "2023-07-31T03:00:00+00:00", "Beijing rainstorm", """
BEIJING, July 31 (Xinhua) -- Torrential rain in Beijing has left two people dead and forced the relocation of 52,384 residents, local authorities said Monday.
More than 31,000 people in Hebei province were evacuated, while 1,000 passengers were stranded on three trains in Mentougou district, the authorities said.
Rainfall reached 400 mm in some areas, and 46 flights were cancelled at the capital's airports.
""", [
 C("died", "person", 2, "local authorities", loc="China"),
 C("evacuated", "resident", 52384, "local authorities", loc="China"),
 C("evacuated", "person", 31000, "authorities", qual="at_least", loc="China"),
 C("stranded", "passenger", 1000, "authorities", loc="China"),
])

art("n08", "heldout4", "AP", "2019-12-02T07:00:00+00:00", "Iraq protest deaths", """
BAGHDAD (AP) — Security forces shot dead at least 40 protesters in the southern city of Nasiriyah and in Najaf over three days, medical officials said Sunday, bringing the death toll since the protests began on Oct. 1 to more than 400.
The Iraqi High Commission for Human Rights said 2,500 people had been detained since October. Prime Minister Adel Abdul-Mahdi resigned on Saturday after two months of unrest.
""", [
 C("killed", "protester", 40, "medical officials", qual="at_least", start="2019-11-29", end="2019-12-02", loc="Iraq"),
 C("killed", "protester", 400, "medical officials", qual="at_least", start="2019-10-01", end="2019-12-02", loc="Iraq"),
 C("detained", "person", 2500, "Iraqi High Commission for Human Rights", start="2019-10-01", end="2019-12-02", loc="Iraq"),
])

art("n09", "heldout4", "Reuters", "2024-10-14T13:00:00+00:00", "Hezbollah drone attack", """
JERUSALEM (Reuters) - A Hezbollah drone attack on an army base in northern Israel killed four soldiers and wounded more than 60 people on Sunday, the Israeli military said.
The military said its air defences had intercepted 25 rockets fired from Lebanon over the past day. Seven of the wounded were in serious condition, medics said.
Lebanon's health ministry said Israeli strikes had killed 2,309 people in Lebanon since last October.
""", [
 C("killed", "soldier", 4, "Israel Defense Forces", actor="Hezbollah", start="2024-10-13", end="2024-10-13", loc="Israel"),
 C("injured", "person", 60, "Israel Defense Forces", qual="at_least", start="2024-10-13", end="2024-10-13", loc="Israel"),
 C("intercepted", "rocket", 25, "Israel Defense Forces", start="2024-10-13", end="2024-10-14", loc="Israel"),
 C("killed", "person", 2309, "Lebanese Health Ministry", start="2023-10-01", end="2024-10-14", loc="Lebanon"),
])

art("n10", "heldout4", "AFP", "2021-08-16T10:00:00+00:00", "Haiti earthquake", """
PORT-AU-PRINCE (AFP) - The death toll from a magnitude 7.2 earthquake in Haiti rose to 1,297 on Sunday, the civil protection agency said, with at least 5,700 people injured.
The agency said 13,694 homes were destroyed and 13,785 damaged. Tropical Storm Grace could bring up to 250 mm of rain on Monday, forecasters said.
Prime Minister Ariel Henry declared a one-month state of emergency.
""", [
 C("died", "person", 1297, "civil protection agency", start="2021-08-15", end="2021-08-15", loc="Haiti"),
 C("injured", "person", 5700, "civil protection agency", qual="at_least", start="2021-08-15", end="2021-08-15", loc="Haiti"),
 C("destroyed", "home", 13694, "civil protection agency", loc="Haiti"),
 C("damaged", "home", 13785, "civil protection agency", loc="Haiti"),
])

# ---- held-out-5 (q01-q08): written after the held-out-4 fixes, scored once before any further change ----
art("q01", "heldout5", "AP", "2023-02-13T07:00:00+00:00", "Turkey quake rescues", """
ANTAKYA, Turkey (AP) — Rescuers pulled a 7-year-old girl from the rubble on Monday, a week after the earthquake, as the combined death toll in Turkey and Syria passed 35,000.
Turkey's disaster management agency, AFAD, said 31,643 people had died in Turkey. More than 8,000 people have been rescued from collapsed buildings, the agency said.
In Syria, the U.N. said 5.3 million people may have been left homeless.
""", [
 C("died", "person", 35000, "AP", qual="at_least", start="2023-02-13", end="2023-02-13", loc="Turkey"),
 C("died", "person", 31643, "AFAD", loc="Turkey"),
 C("rescued", "person", 8000, "AFAD", qual="at_least", loc="Turkey"),
])

art("q02", "heldout5", "Reuters", "2022-10-31T09:00:00+00:00", "Seoul crowd crush", """
SEOUL (Reuters) - The death toll from a Halloween crowd crush in Seoul's Itaewon district rose to 154 on Monday, the interior ministry said, including 26 foreigners.
Another 149 people were injured, 33 of them seriously. Police said they had deployed 137 officers to the area on Saturday night, when about 100,000 people gathered.
""", [
 C("died", "person", 154, "South Korean Interior Ministry", start="2022-10-31", end="2022-10-31", loc="South Korea"),
 C("died", "foreigner", 26, "South Korean Interior Ministry", start="2022-10-31", end="2022-10-31", loc="South Korea"),
 C("injured", "person", 149, "South Korean Interior Ministry", loc="South Korea"),
 C("injured", "person", 33, "South Korean Interior Ministry", loc="South Korea"),
])

art("q03", "heldout5", "AFP", "2024-02-05T10:00:00+00:00", "Chile fires", """
VINA DEL MAR, Chile (AFP) - Forest fires in central Chile have killed at least 112 people, President Gabriel Boric said on Sunday, warning that the toll could rise significantly.
The interior ministry said 1,600 homes had been destroyed and more than 300 people were missing. Some 43,000 hectares have burned since Friday.
""", [
 C("killed", "person", 112, "Gabriel Boric", speaker="Gabriel Boric", qual="at_least", loc="Chile"),
 C("destroyed", "home", 1600, "Chilean Interior Ministry", loc="Chile"),
 C("missing", "person", 300, "Chilean Interior Ministry", qual="at_least", loc="Chile"),
])

art("q04", "heldout5", "AP", "2021-12-13T06:00:00+00:00", "Kentucky tornadoes", """
MAYFIELD, Ky. (AP) — Gov. Andy Beshear said Monday that at least 64 people were killed in Kentucky by the tornadoes that tore through the state on Friday night, and 105 people were still unaccounted for.
Eighteen of the dead were found in Mayfield. The governor said 1,000 homes had been destroyed, and about 26,000 customers were without power.
""", [
 C("killed", "person", 64, "Andy Beshear", speaker="Andy Beshear", qual="at_least", start="2021-12-10", end="2021-12-10", loc="United States"),
 C("missing", "person", 105, "Andy Beshear", speaker="Andy Beshear", start="2021-12-10", end="2021-12-10", loc="United States"),
 C("killed", "person", 18, "Andy Beshear", speaker="Andy Beshear", loc="United States"),
 C("destroyed", "home", 1000, "Andy Beshear", speaker="Andy Beshear", loc="United States"),
])

art("q05", "heldout5", "Reuters", "2023-05-15T12:00:00+00:00", "Cyclone Mocha", """
YANGON (Reuters) - Cyclone Mocha killed at least 60 people in Myanmar's Rakhine state, residents and a local official said on Monday, while the military government said five people had died.
In Bangladesh, authorities had evacuated more than 750,000 people before the storm made landfall on Sunday. No deaths were reported there.
""", [
 C("killed", "person", 60, "local official", qual="at_least", loc="Myanmar"),
 C("died", "person", 5, "military government", loc="Myanmar"),
 C("evacuated", "person", 750000, "authorities", qual="at_least", loc="Bangladesh"),
])

art("q06", "heldout5", "Anadolu Agency", "2022-07-18T11:00:00+00:00", "Migrants rescued off Libya", """
TRIPOLI

The Libyan Red Crescent said on Monday that its volunteers had recovered the bodies of 22 migrants washed ashore near Zuwara over the weekend.
A charity ship, Geo Barents, rescued 87 people from a rubber boat in international waters, Doctors Without Borders said. It has carried out 14 rescues since June.
""", [
 C("recovered", "body", 22, "Libyan Red Crescent", start="2022-07-16", end="2022-07-17", loc="Libya"),
 C("rescued", "person", 87, "Doctors Without Borders", loc="Libya"),
 C("rescued", "person", 14, "Doctors Without Borders", start="2022-06-01", end="2022-07-18", loc="Libya"),
])

art("q07", "heldout5", "AP", "2020-08-10T05:00:00+00:00", "Belarus protests", """
MINSK, Belarus (AP) — Police in Belarus detained about 3,000 people on Sunday during protests against the official results of the presidential election, the Interior Ministry said Monday.
Eighty-nine people were injured, including 39 police officers, the ministry said. Officials said President Alexander Lukashenko, 65, won 80% of the vote.
""", [
 C("detained", "person", 3000, "Belarusian Interior Ministry", qual="approx", start="2020-08-09", end="2020-08-09", loc="Belarus"),
 C("injured", "person", 89, "Belarusian Interior Ministry", loc="Belarus"),
 C("injured", "police officer", 39, "Belarusian Interior Ministry", loc="Belarus"),
])

art("q08", "heldout5", "Reuters", "2024-08-26T09:00:00+00:00", "Pakistan attacks", """
QUETTA, Pakistan (Reuters) - Separatist militants killed at least 39 people in a series of coordinated attacks in Balochistan province overnight, officials said on Monday, and security forces killed 21 militants in response.
The military said 14 soldiers and police officers had been killed. The Balochistan Liberation Army said it carried out the attacks.
""", [
 C("killed", "person", 39, "officials", qual="at_least", start="2024-08-25", end="2024-08-26", loc="Pakistan"),
 C("killed", "militant", 21, "officials", loc="Pakistan"),
 C("killed", "soldier", 14, "Pakistani military", loc="Pakistan"),
])

# ---- held-out-6 (r01-r09): written at the end of the session, scored once on the final engine ----
art("r01", "heldout6", "AP", "2023-08-14T06:00:00+00:00", "Maui wildfire", """
LAHAINA, Hawaii (AP) — The death toll from the Maui wildfire rose to 96 on Sunday, Gov. Josh Green said, making it the deadliest U.S. wildfire in more than a century.
Search teams with cadaver dogs have covered only 3% of the burn zone, Maui Police Chief John Pelletier said. About 2,200 structures were damaged or destroyed, and more than 1,400 people were staying in emergency shelters.
Officials said the damage could cost $5.5 billion to rebuild.
""", [
 C("died", "person", 96, "Josh Green", speaker="Josh Green", start="2023-08-13", end="2023-08-13", loc="United States"),
 C("damaged", "structure", 2200, "Police", speaker="John Pelletier", qual="approx", loc="United States"),
 C("displaced", "person", 1400, "Police", speaker="John Pelletier", qual="at_least", loc="United States"),
])

art("r02", "heldout6", "Reuters", "2023-03-20T09:00:00+00:00", "Rohingya boat", """
JAKARTA (Reuters) - Indonesian fishermen rescued 184 Rohingya refugees, including 69 women and 43 children, from a wooden boat off Aceh province on Sunday, a local official said.
The refugees had been at sea for more than a month. At least 20 people died during the voyage, survivors told the U.N. refugee agency.
More than 3,500 Rohingya attempted sea crossings last year, the UNHCR said, up from 700 in 2021.
""", [
 C("rescued", "refugee", 184, "local official", start="2023-03-19", end="2023-03-19", loc="Indonesia"),
 C("rescued", "woman", 69, "local official", start="2023-03-19", end="2023-03-19", loc="Indonesia"),
 C("rescued", "child", 43, "local official", start="2023-03-19", end="2023-03-19", loc="Indonesia"),
 C("died", "person", 20, "survivors", qual="at_least", loc="Indonesia"),
])

art("r03", "heldout6", "TASS", "2023-06-12T14:00:00+03:00", "Russian MoD daily report", """
MOSCOW, June 12. /TASS/. Russian air defenses shot down 14 Ukrainian drones and intercepted five HIMARS rockets over the past day, the Russian Defense Ministry said on Monday.
"The enemy's losses in the Donetsk direction amounted to up to 300 servicemen, three tanks and eight armored combat vehicles," the ministry said.
Ukraine's General Staff said its forces had liberated seven villages in the past week.
""", [
 C("intercepted", "drone", 14, "Russian Defense Ministry", actor="Ukrainian", start="2023-06-11", end="2023-06-12", loc="Ukraine"),
 C("intercepted", "rocket", 5, "Russian Defense Ministry", start="2023-06-11", end="2023-06-12", loc="Ukraine"),
 C("liberated", "village", 7, "Ukrainian General Staff", start="2023-06-05", end="2023-06-12", loc="Ukraine"),
])

art("r04", "heldout6", "AFP", "2022-10-24T10:00:00+00:00", "Haiti cholera", """
PORT-AU-PRINCE (AFP) - Haiti has recorded 1,700 suspected cholera cases and 41 deaths since the disease reappeared on October 2, the health ministry said on Sunday.
Half of the cases are children under 14, UNICEF said. The Pan American Health Organization said 500,000 vaccine doses could arrive by the end of the month.
""", [
 C("infected", "case", 1700, "Haitian Health Ministry", start="2022-10-02", end="2022-10-24", loc="Haiti"),
 C("died", "person", 41, "Haitian Health Ministry", start="2022-10-02", end="2022-10-24", loc="Haiti"),
])

art("r05", "heldout6", "AP", "2024-03-04T08:00:00+00:00", "Drug raids", """
LOS ANGELES (AP) — Federal agents arrested 42 people and seized 650 pounds of methamphetamine and 120 firearms in raids across Southern California last week, the Drug Enforcement Administration said Monday.
The agency said 17 of those arrested were members of a Sinaloa cartel cell. Each faces up to 40 years in prison if convicted.
""", [
 C("arrested", "person", 42, "Drug Enforcement Administration", start="2024-02-26", end="2024-03-03", loc="United States"),
 C("seized", "firearm", 120, "Drug Enforcement Administration", start="2024-02-26", end="2024-03-03", loc="United States"),
 C("arrested", "member", 17, "Drug Enforcement Administration", loc="United States"),
])

art("r06", "heldout6", "Reuters", "2024-01-15T11:00:00+00:00", "Gaza 100 days", """
CAIRO (Reuters) - Gaza health authorities said on Monday that 24,100 Palestinians had been killed in the Israeli offensive, now in its 100th day, and more than 60,000 wounded.
About 1.9 million people, or 85% of the population, have been displaced, according to the United Nations. The Israeli military said 188 soldiers had been killed in the ground operation.
Aid officials said 200 trucks a day would be needed, against an average of 120 entering.
""", [
 C("killed", "palestinian", 24100, "Gaza Health Ministry", loc="Gaza"),
 C("injured", "person", 60000, "Gaza Health Ministry", qual="at_least", loc="Gaza"),
 C("displaced", "person", 1900000, "United Nations", qual="approx", loc="Gaza"),
 C("killed", "soldier", 188, "Israel Defense Forces", loc="Gaza"),
])

art("r07", "heldout6", "Xinhua", "2023-09-04T04:00:00+00:00", "Landslide", """
KATHMANDU, Sept. 4 (Xinhua) -- Eleven people were killed and 16 others remained missing after a landslide buried a village in western Nepal early Sunday, police said Monday.
Rescuers had pulled out six survivors by Monday afternoon, police spokesperson Kuber Kadayat told Xinhua. Some 250 security personnel have been deployed to the site.
""", [
 C("killed", "person", 11, "Police", start="2023-09-03", end="2023-09-03", loc="Nepal"),
 C("missing", "person", 16, "Police", start="2023-09-03", end="2023-09-03", loc="Nepal"),
 C("rescued", "survivor", 6, "Police", speaker="Kuber Kadayat", start="2023-09-04", end="2023-09-04", loc="Nepal"),
])

art("r08", "heldout6", "Anadolu Agency", "2022-11-07T09:00:00+00:00", "Aegean pushbacks", """
ANKARA

Turkish coast guard units rescued 118 irregular migrants who had been pushed back into Turkish waters by Greek forces over the weekend, the Turkish Coast Guard Command said in a statement on Monday.
The statement said 1,300 migrants had been rescued in the Aegean since the start of October. Greece denies the pushbacks.
""", [
 C("rescued", "migrant", 118, "Turkish Coast Guard Command", start="2022-11-05", end="2022-11-06", loc="Turkey"),
 C("rescued", "migrant", 1300, "Turkish Coast Guard Command", start="2022-10-01", end="2022-11-07", loc="Turkey"),
])

art("r09", "heldout6", "AP", "2021-10-18T07:00:00+00:00", "Negatives", """
NEW YORK (AP) — The Yankees beat Boston 6-4 on Sunday before 38,000 fans, the club's fifth straight win. Gerrit Cole, 31, struck out 11.
The team's payroll of $200 million is the league's second-highest. Tickets cost between $25 and $300; call 212-926-5337.
""", [])

# ---- held-out-7 (s01-s25): written 2026-11-25 before any rule change of that session; long agency copy with many
# non-claim numbers, quotes and multi-paragraph attribution ----
art("s01", "heldout7", "Reuters", "2024-05-13T16:00:00+00:00", "Rafah strikes", """
CAIRO (Reuters) - Israeli strikes on the southern Gaza city of Rafah killed at least 31 Palestinians on Sunday, Gaza health officials said, as the Israeli military pressed an offensive that the United Nations says has forced some 360,000 people to flee the city in a week.
Medics said 12 of the dead were children. An air strike on a house in the Shaboura neighbourhood killed a family of seven, residents said.
The Israeli military said its forces had killed around 50 gunmen in eastern Rafah and in the Jabalia area of northern Gaza since Saturday and had located dozens of tunnel shafts. It said one soldier was killed.
The Gaza health ministry says 35,034 Palestinians have been killed in the seven-month-old war. Israel says 1,200 people were killed in the Oct. 7 attack on southern Israel and 252 taken hostage, of whom 128 remain in Gaza.
Egypt, which has a 14 km (9 mile) border with Gaza, said on Sunday it would join South Africa's case at the International Court of Justice. Talks in Cairo ended last week without a deal.
""", [
 C("killed", "palestinian", 31, "Health Ministry", qual="at_least", start="2024-05-12", end="2024-05-12", loc="Gaza"),
 C("fled", "person", 360000, "United Nations", qual="approx", start="2024-05-06", end="2024-05-13", loc="Gaza"),
 C("killed", "child", 12, "medics", loc="Gaza"),
 C("killed", "person", 7, "residents", loc="Gaza"),
 C("killed", "gunman", 50, "Israel Defense Forces", qual="approx", start="2024-05-11", end="2024-05-13", loc="Gaza"),
 C("killed", "soldier", 1, "Israel Defense Forces", loc="Gaza"),
 C("killed", "palestinian", 35034, "Gaza Health Ministry", loc="Gaza"),
 C("killed", "person", 1200, "Israel", start="2023-10-07", end="2023-10-07", loc="Israel"),
 C("kidnapped", "person", 252, "Israel", start="2023-10-07", end="2023-10-07", loc="Israel"),
])

art("s02", "heldout7", "AP", "2023-11-06T08:00:00+00:00", "Nepal quake", """
KATHMANDU, Nepal (AP) — Rescuers on Sunday finished searching the rubble of collapsed mud-brick homes in remote mountain villages of western Nepal, where a magnitude 5.6 earthquake late Friday killed 153 people and injured more than 250, officials said.
The quake, centered about 500 kilometers (310 miles) west of the capital, Kathmandu, destroyed or damaged about 8,000 houses in the Jajarkot and Rukum West districts, according to Home Ministry spokesperson Narayan Prasad Bhattarai.
Most of the dead were women and children, he said. Nearly half of the 153 victims were younger than 18.
"We have sent 20 tons of rice, tents and blankets, and helicopters have flown 41 of the seriously injured to Surkhet and Nepalgunj," Bhattarai said.
Prime Minister Pushpa Kamal Dahal, who flew to the area on Saturday with a team of 16 doctors, promised to rebuild. Nepal lost nearly 9,000 people in a 2015 earthquake.
""", [
 C("killed", "person", 153, "officials", start="2023-11-03", end="2023-11-03", loc="Nepal"),
 C("injured", "person", 250, "officials", qual="at_least", start="2023-11-03", end="2023-11-03", loc="Nepal"),
 C("damaged", "house", 8000, "Nepali Home Ministry", speaker="Narayan Prasad Bhattarai", qual="approx", loc="Nepal"),
 C("evacuated", "person", 41, "Home Ministry", speaker="Narayan Prasad Bhattarai", loc="Nepal"),
])

art("s03", "heldout7", "TASS", "2022-08-15T12:00:00+03:00", "MoD briefing", """
MOSCOW, August 15. /TASS/. Russian forces have destroyed two US-made HIMARS multiple rocket launchers and four ammunition depots in the Donetsk People's Republic over the past day, Russian Defense Ministry Spokesman Lieutenant-General Igor Konashenkov said on Monday.
"As a result of high-precision strikes, up to 250 nationalists and 22 units of military hardware were eliminated," the spokesman said at a briefing.
Air defense systems shot down 11 Ukrainian drones and intercepted eight rockets near Kherson and Nova Kakhovka, he added.
In all, since the start of the special military operation, 269 aircraft, 148 helicopters and 1,694 unmanned aerial vehicles have been destroyed, Konashenkov said.
The briefing lasted about 20 minutes. The ministry publishes its summaries at 11:00 Moscow time.
""", [
 C("destroyed", "launcher", 2, "Russian Defense Ministry", speaker="Igor Konashenkov", start="2022-08-14", end="2022-08-15", loc="Ukraine"),
 C("destroyed", "depot", 4, "Russian Defense Ministry", speaker="Igor Konashenkov", start="2022-08-14", end="2022-08-15", loc="Ukraine"),
 C("killed", "nationalist", 250, "Russian Defense Ministry", speaker="Igor Konashenkov", qual="at_most", start="2022-08-14", end="2022-08-15", loc="Ukraine"),
 C("destroyed", "unit", 22, "Russian Defense Ministry", speaker="Igor Konashenkov", start="2022-08-14", end="2022-08-15", loc="Ukraine"),
 C("intercepted", "drone", 11, "Russian Defense Ministry", speaker="Igor Konashenkov", actor="Ukrainian", loc="Ukraine"),
 C("intercepted", "rocket", 8, "Russian Defense Ministry", speaker="Igor Konashenkov", loc="Ukraine"),
 C("destroyed", "aircraft", 269, "Russian Defense Ministry", speaker="Igor Konashenkov", loc="Ukraine"),
 C("destroyed", "helicopter", 148, "Russian Defense Ministry", speaker="Igor Konashenkov", loc="Ukraine"),
 C("destroyed", "unmanned aerial vehicle", 1694, "Russian Defense Ministry", speaker="Igor Konashenkov", loc="Ukraine"),
])

art("s04", "heldout7", "AFP", "2025-02-10T09:00:00+00:00", "Sahel attack", """
NIAMEY (AFP) - Suspected jihadists killed 12 soldiers and wounded 17 others in an ambush in western Niger near the border with Mali, the defence ministry said in a statement read on state television on Sunday.
"The cowardly attack" on Friday targeted a patrol of about 60 troops near the village of Takoubatt, the ministry said, adding that "more than 20 terrorists were neutralised" in the counter-attack.
The ministry said seven motorcycles and a pickup truck belonging to the attackers were destroyed.
Niger's military junta, which seized power in July 2023, has expelled French troops and turned to Russia for support. The region has been plagued for a decade by violence linked to Al-Qaeda and the Islamic State group that has killed thousands.
According to the Armed Conflict Location and Event Data project (ACLED), more than 1,500 people were killed in Niger in 2024.
""", [
 C("killed", "soldier", 12, "Nigerien Defence Ministry", loc="Niger"),
 C("injured", "soldier", 17, "Nigerien Defence Ministry", loc="Niger"),
 C("killed", "terrorist", 20, "Nigerien Defence Ministry", qual="at_least", start="2025-02-07", end="2025-02-07", loc="Niger"),
 C("destroyed", "motorcycle", 7, "Nigerien Defence Ministry", loc="Niger"),
 C("killed", "person", 1500, "Armed Conflict Location and Event Data project", qual="at_least", start="2024-01-01", end="2024-12-31", loc="Niger"),
])

art("s05", "heldout7", "Xinhua", "2021-04-20T06:00:00+00:00", "Mine flood", """
URUMQI, April 20 (Xinhua) -- Rescuers have pulled eight miners out of a flooded coal mine in northwest China's Xinjiang Uygur Autonomous Region, while 21 others remain trapped underground, local authorities said Tuesday.
The accident occurred at about 7 p.m. on Saturday at the Fengyuan coal mine in Hutubi County, when water flooded a tunnel under renovation, trapping 29 workers.
Of the rescued, two are in critical condition and have been sent to hospital, according to the rescue headquarters.
More than 1,000 rescuers and 70 sets of equipment have been mobilized. The mine has an annual production capacity of 900,000 tonnes.
""", [
 C("rescued", "miner", 8, "local authorities", loc="China"),
 C("trapped", "person", 21, "local authorities", loc="China"),
 C("trapped", "worker", 29, "local authorities", start="2021-04-17", end="2021-04-17", loc="China"),
 C("hospitalized", "person", 2, "rescue headquarters", loc="China"),
])

art("s06", "heldout7", "Al Jazeera", "2024-09-18T14:00:00+00:00", "Pager blasts", """
Thousands of pagers used by members of Hezbollah exploded simultaneously across Lebanon on Tuesday, killing at least nine people, including a girl, and wounding about 2,800, Lebanon's health minister said.
Firass Abiad told reporters that more than 200 of the wounded were in critical condition, most with injuries to the face, hands and stomach. "Hospitals received the injured in 100 hospitals across the country," he said.
Hezbollah said at least eight of its fighters were among the dead and blamed Israel. The Israeli military declined to comment.
Iran's ambassador to Lebanon, Mojtaba Amani, was among those lightly injured, Iranian state media reported. Syrian opposition monitors said 14 people were hurt in Damascus.
Hezbollah and Israel have exchanged fire almost daily since October 8, when the group opened a front in support of Hamas. The violence has displaced more than 60,000 Israelis and about 90,000 Lebanese, officials on both sides say.
""", [
 C("killed", "person", 9, "Lebanese Health Ministry", speaker="Firass Abiad", qual="at_least", start="2024-09-17", end="2024-09-17", loc="Lebanon"),
 C("injured", "person", 2800, "Lebanese Health Ministry", speaker="Firass Abiad", qual="approx", start="2024-09-17", end="2024-09-17", loc="Lebanon"),
 C("killed", "fighter", 8, "Hezbollah", qual="at_least", loc="Lebanon"),
 C("injured", "person", 14, "Syrian opposition monitors", loc="Syria"),
 C("displaced", "israeli", 60000, "officials", qual="at_least", loc="Lebanon"),
 C("displaced", "lebanese", 90000, "officials", qual="approx", loc="Lebanon"),
])

art("s07", "heldout7", "BBC", "2023-02-27T10:00:00+00:00", "Calabria shipwreck", """
At least 59 migrants, including 12 children, have died after their boat broke apart in rough seas off the coast of southern Italy.
The wooden vessel, which had set sail from Turkey several days ago with about 180 people on board, smashed against rocks near Crotone, in the Calabria region, early on Sunday.
Italian officials said 80 people had been found alive, some after swimming to shore. Coastguard divers recovered more bodies on Monday, bringing the toll up from 43.
"We have a baby of a few months among the dead," the mayor of Cutro, Antonio Ceraso, told the BBC.
Italy's interior ministry says more than 14,000 migrants have arrived by sea this year, compared with about 5,200 in the same period of 2022. Prime Minister Giorgia Meloni, who won power in September on a promise to curb arrivals, expressed "deep sorrow".
""", [
 C("died", "migrant", 59, "BBC", qual="at_least", loc="Italy"),
 C("died", "child", 12, "BBC", loc="Italy"),
 C("rescued", "person", 80, "Italian officials", loc="Italy"),
 C("arrived", "migrant", 14000, "Italian Interior Ministry", qual="at_least", start="2023-01-01", end="2023-02-27", loc="Italy"),
])

art("s08", "heldout7", "Reuters", "2025-06-02T11:00:00+00:00", "Mexico cartel raid", """
MEXICO CITY (Reuters) - Mexican security forces arrested 34 suspected members of the Sinaloa Cartel and seized more than 1.5 tonnes of methamphetamine in a series of raids in the northwestern state of Sinaloa over the weekend, Security Minister Omar Garcia Harfuch said on Sunday.
Troops also seized 60 rifles, 15 vehicles and nearly 200,000 rounds of ammunition, Garcia Harfuch said in a post on X, adding that three clandestine drug labs had been dismantled.
In a separate clash in the state capital Culiacan, soldiers killed five gunmen after coming under fire, the Defense Ministry said. Two soldiers were wounded.
Fighting between rival cartel factions has killed more than 1,200 people in Sinaloa since September, according to state prosecutors. President Claudia Sheinbaum, who took office in October, has promised to reduce homicides, which fell 24.9% in the first four months of the year, according to government data.
""", [
 C("arrested", "member", 34, "Security Ministry", speaker="Omar Garcia Harfuch", start="2025-05-31", end="2025-06-01", loc="Mexico"),
 C("seized", "rifle", 60, "Security Ministry", speaker="Omar Garcia Harfuch", loc="Mexico"),
 C("seized", "vehicle", 15, "Security Ministry", speaker="Omar Garcia Harfuch", loc="Mexico"),
 C("seized", "round", 200000, "Security Ministry", speaker="Omar Garcia Harfuch", qual="approx", loc="Mexico"),
 C("killed", "gunman", 5, "Mexican Defense Ministry", loc="Mexico"),
 C("injured", "soldier", 2, "Mexican Defense Ministry", loc="Mexico"),
 C("killed", "person", 1200, "state prosecutors", qual="at_least", start="2024-09-01", end="2025-06-02", loc="Mexico"),
])

art("s09", "heldout7", "AP", "2022-03-24T15:00:00+00:00", "Mariupol", """
LVIV, Ukraine (AP) — Ukrainian authorities said Thursday that about 100,000 people remain trapped in the besieged port city of Mariupol, and that 4,554 residents were evacuated from the city on Wednesday in private cars.
Deputy Prime Minister Iryna Vereshchuk said 15 buses carrying humanitarian aid had been stopped at a Russian checkpoint, and that 11 bus drivers and four rescue workers had been detained by Russian troops.
Britain's Defense Ministry said Russia had fired more than 1,100 missiles since the invasion began on Feb. 24. Ukraine's military claimed it had destroyed 530 Russian tanks, a figure that could not be independently verified.
The United Nations human rights office said it had confirmed 1,035 civilian deaths, including 90 children, but believed the real toll was considerably higher. NATO leaders met in Brussels for a summit that lasted about five hours.
""", [
 C("trapped", "person", 100000, "Ukrainian authorities", qual="approx", loc="Ukraine"),
 C("evacuated", "resident", 4554, "Ukrainian authorities", start="2022-03-23", end="2022-03-23", loc="Ukraine"),
 C("detained", "bus driver", 11, "Iryna Vereshchuk", loc="Ukraine"),
 C("detained", "rescue worker", 4, "Iryna Vereshchuk", loc="Ukraine"),
 C("fired", "missile", 1100, "British Defense Ministry", qual="at_least", start="2022-02-24", end="2022-03-24", loc="Ukraine"),
 C("destroyed", "tank", 530, "Ukrainian military", actor="Russian", loc="Ukraine"),
 C("died", "civilian", 1035, "UN human rights office", loc="Ukraine"),
 C("died", "child", 90, "UN human rights office", loc="Ukraine"),
])

art("s10", "heldout7", "Reuters", "2024-12-09T07:00:00+00:00", "Syria prisons", """
DAMASCUS (Reuters) - Rebels who swept into Damascus on Sunday freed thousands of detainees from the notorious Saydnaya prison north of the capital, a monitoring group said, as crowds searched for relatives.
The Syrian Observatory for Human Rights said at least 910 people, including 138 civilians, had been killed in the 12-day offensive that ended Bashar al-Assad's 24-year rule. Its director Rami Abdulrahman said 380 of the dead were rebel fighters.
The White Defense civil defence group said its teams had found 40 bodies in a military hospital in Damascus on Monday.
Assad, 59, fled to Moscow, Russian news agencies reported. Israeli forces moved into a buffer zone in the Golan Heights created in 1974, and Israel's military said it had struck 250 targets in Syria overnight.
""", [
 C("killed", "person", 910, "Syrian Observatory for Human Rights", qual="at_least", loc="Syria"),
 C("killed", "civilian", 138, "Syrian Observatory for Human Rights", loc="Syria"),
 C("killed", "rebel fighter", 380, "Syrian Observatory for Human Rights", speaker="Rami Abdulrahman", loc="Syria"),
 C("recovered", "body", 40, "White Defense", start="2024-12-09", end="2024-12-09", loc="Syria"),
 C("hit", "target", 250, "Israel Defense Forces", start="2024-12-08", end="2024-12-09", loc="Syria"),
])

art("s11", "heldout7", "AFP", "2023-07-31T10:00:00+00:00", "Pakistan rally bomb", """
KHAR, Pakistan (AFP) - A suicide bomber killed at least 54 people at a political rally in northwest Pakistan, officials said Monday, in an attack claimed by the Islamic State group.
Nearly 400 people had gathered in a marquee in Bajaur district on Sunday afternoon when the bomber blew himself up near the stage. "Twenty-three of the dead were children," said Feroz Shah, a provincial health official, adding that 83 of the wounded were still in hospital.
Police said they had arrested 12 suspects in overnight raids.
The rally was organised by Jamiat Ulema-e-Islam-F, a partner in the ruling coalition, ahead of elections due by November. Pakistan has seen a sharp rise in militant violence since the Taliban returned to power in Afghanistan in August 2021, with 389 attacks in the first half of this year, according to the Pakistan Institute for Conflict and Security Studies.
""", [
 C("killed", "person", 54, "officials", qual="at_least", loc="Pakistan"),
 C("killed", "child", 23, "provincial health official", speaker="Feroz Shah", loc="Pakistan"),
 C("hospitalized", "person", 83, "provincial health official", speaker="Feroz Shah", loc="Pakistan"),
 C("arrested", "suspect", 12, "Police", start="2023-07-30", end="2023-07-31", loc="Pakistan"),
 C("attacks", "attack", 389, "Pakistan Institute for Conflict and Security Studies", start="2023-01-01", end="2023-06-30", loc="Pakistan"),
])

art("s12", "heldout7", "Reuters", "2021-11-29T12:00:00+00:00", "Covid Omicron", """
LONDON (Reuters) - Britain reported 42,583 new COVID-19 cases and 35 deaths within 28 days of a positive test on Monday, government data showed, as the country confirmed nine more cases of the Omicron variant, taking its total to 22.
Health Secretary Sajid Javid said 17.9 million booster shots had been given. The government will offer boosters to all adults aged 18 and over, up from 40, after advice from the Joint Committee on Vaccination and Immunisation.
In South Africa, where the variant was first reported, the National Institute for Communicable Diseases said 2,858 new cases were recorded on Sunday, with a test positivity rate of 9.7%.
Shares in airlines fell 3% in early trading. The FTSE 100 rose 0.9%.
""", [
 C("infected", "case", 42583, "government", start="2021-11-29", end="2021-11-29", loc="United Kingdom"),
 C("died", "person", 35, "government", start="2021-11-29", end="2021-11-29", loc="United Kingdom"),
 C("infected", "case", 9, "government", loc="United Kingdom"),
 C("infected", "case", 22, "government", loc="United Kingdom"),
 C("infected", "case", 2858, "National Institute for Communicable Diseases", start="2021-11-28", end="2021-11-28", loc="South Africa"),
])

art("s13", "heldout7", "TASS", "2025-03-14T13:00:00+03:00", "Kursk", """
MOSCOW, March 14. /TASS/. Russian troops have liberated 86 communities and more than 1,100 square kilometers of territory in the Kursk Region since the start of the counteroffensive, Chief of the General Staff Valery Gerasimov said.
According to Gerasimov, the Ukrainian army has lost more than 67,000 personnel, 380 tanks and 370 infantry fighting vehicles in the Kursk Region since August 2024. "Over the past five days alone, the enemy lost up to 1,200 servicemen," he said.
Separately, the FSB said it had detained two residents of the region who had passed information on troop movements to Ukrainian intelligence. The regional governor, Alexander Khinshtein, said 412 residents remain registered as missing.
""", [
 C("liberated", "community", 86, "Valery Gerasimov", loc="Russia"),
 C("lost", "personnel", 67000, "Valery Gerasimov", actor="Ukrainian", qual="at_least", start="2024-08-01", end="2025-03-14", loc="Russia"),
 C("lost", "tank", 380, "Valery Gerasimov", actor="Ukrainian", start="2024-08-01", end="2025-03-14", loc="Russia"),
 C("lost", "infantry fighting vehicle", 370, "Valery Gerasimov", actor="Ukrainian", start="2024-08-01", end="2025-03-14", loc="Russia"),
 C("lost", "serviceman", 1200, "Valery Gerasimov", qual="at_most", start="2025-03-09", end="2025-03-14", loc="Russia"),
 C("detained", "resident", 2, "FSB", loc="Russia"),
 C("missing", "resident", 412, "Alexander Khinshtein", loc="Russia"),
])

art("s14", "heldout7", "AP", "2022-06-22T09:00:00+00:00", "Afghan quake", """
ISLAMABAD (AP) — A powerful earthquake struck a rugged, mountainous region of eastern Afghanistan early Wednesday, killing at least 1,000 people and injuring 1,500 others, the state-run news agency reported.
The magnitude 6 quake hit about 44 kilometers (27 miles) from the city of Khost, according to the U.S. Geological Survey. Experts put its depth at just 10 kilometers (6 miles).
Salahuddin Ayoubi, an official in the interior ministry, said many people were still buried under the rubble. "The number of dead could rise," he said. In Paktika province alone, 255 people were killed and more than 200 injured, the provincial information chief said.
The Taliban-led government sent five helicopters to ferry the wounded. Neighbouring Pakistan's meteorological department said 119 million people felt the tremor.
""", [
 C("killed", "person", 1000, "state-run news agency", qual="at_least", start="2022-06-22", end="2022-06-22", loc="Afghanistan"),
 C("injured", "person", 1500, "state-run news agency", start="2022-06-22", end="2022-06-22", loc="Afghanistan"),
 C("killed", "person", 255, "provincial information chief", loc="Afghanistan"),
 C("injured", "person", 200, "provincial information chief", qual="at_least", loc="Afghanistan"),
])

art("s15", "heldout7", "Al Jazeera", "2024-01-29T12:00:00+00:00", "Jordan drone", """
Three United States soldiers have been killed and 34 others injured in a drone attack on a base in northeast Jordan near the Syrian border, the US military has said, the first US deaths under fire in the Middle East since the start of Israel's war on Gaza.
US Central Command (CENTCOM) said on Sunday that eight of the wounded had been evacuated to a hospital in Baghdad. A Pentagon official later raised the number of injured to "more than 40".
The Islamic Resistance in Iraq, an umbrella group of Iran-backed fighters, claimed attacks on three bases, including al-Tanf. The group has claimed more than 160 attacks on US forces in Iraq and Syria since October 17, according to the Pentagon.
Jordan hosts about 3,000 US troops. President Joe Biden, 81, vowed to respond "at a time and in a manner of our choosing".
""", [
 C("killed", "soldier", 3, "US military", loc="Jordan"),
 C("injured", "soldier", 34, "US military", loc="Jordan"),
 C("evacuated", "person", 8, "US Central Command", loc="Jordan"),
 C("injured", "person", 40, "Pentagon", qual="at_least", loc="Jordan"),
 C("attacks", "attack", 160, "Pentagon", qual="at_least", start="2023-10-17", end="2024-01-29", loc="Iraq"),
])

art("s16", "heldout7", "Reuters", "2023-04-17T09:00:00+00:00", "Sudan fighting", """
KHARTOUM (Reuters) - At least 97 civilians have been killed in fighting between Sudan's army and a powerful paramilitary force since Saturday, a doctors' union said on Monday, as the two sides battled for control of the capital for a third day.
The Central Committee of Sudan Doctors said hundreds had been wounded, and that 942 people had been treated at hospitals in Khartoum. Three staff of the World Food Programme were killed on Saturday in North Darfur, the U.N. agency said, prompting it to suspend operations in a country where a third of the 46 million people need aid.
The Rapid Support Forces (RSF) said it had captured 27 army officers in fighting near the presidential palace. The army said RSF claims were "lies".
Airlines including Emirates and flydubai suspended flights. The Sudanese pound has lost 60% of its value in a year.
""", [
 C("killed", "civilian", 97, "Central Committee of Sudan Doctors", qual="at_least", start="2023-04-15", end="2023-04-17", loc="Sudan"),
 C("treated", "person", 942, "Central Committee of Sudan Doctors", loc="Sudan"),
 C("killed", "staff", 3, "World Food Programme", start="2023-04-15", end="2023-04-15", loc="Sudan"),
 C("captured", "officer", 27, "Rapid Support Forces", loc="Sudan"),
])

art("s17", "heldout7", "Xinhua", "2024-07-08T05:00:00+00:00", "Hunan dike", """
CHANGSHA, July 8 (Xinhua) -- A total of 7,207 residents have been relocated after a dike breach at Dongting Lake in central China's Hunan Province, local authorities said Monday.
The breach, which occurred Friday afternoon, had been fully closed by Sunday night, the provincial flood control headquarters said. Floodwaters inundated 47 square kilometers of land in Huarong County.
No casualties have been reported. More than 1,500 rescuers, 200 vessels and 30 helicopters took part in the operation, while 6,000 tonnes of stone were used to seal the 226-meter breach.
China's Ministry of Emergency Management said heavy rains had killed 12 people in neighbouring Guizhou province since July 1.
""", [
 C("evacuated", "resident", 7207, "local authorities", loc="China"),
 C("killed", "person", 12, "Chinese Ministry of Emergency Management", start="2024-07-01", end="2024-07-08", loc="China"),
])

art("s18", "heldout7", "BBC", "2022-10-31T08:00:00+00:00", "Seoul crush", """
At least 154 people have died and 132 have been injured in a crowd crush during Halloween celebrations in Seoul, South Korean officials say.
Most of the victims were in their 20s, and 26 of the dead were foreign nationals, including citizens of Iran, China and the US, according to the interior ministry.
Officials said 37 of the injured were in a serious condition. About 100,000 people had gathered in the Itaewon district on Saturday night, the first Halloween since Covid restrictions were lifted.
President Yoon Suk-yeol declared a week of national mourning. Police said on Monday they had received 4,024 reports of missing persons, most of which were later resolved.
""", [
 C("died", "person", 154, "South Korean officials", qual="at_least", loc="South Korea"),
 C("injured", "person", 132, "South Korean officials", loc="South Korea"),
 C("died", "foreign national", 26, "Iranian Interior Ministry", loc="South Korea"),
])

art("s19", "heldout7", "AFP", "2025-01-20T09:00:00+00:00", "DR Congo Goma", """
GOMA, DR Congo (AFP) - Fighting between M23 rebels and the Congolese army around the eastern city of Goma has forced more than 400,000 people from their homes since the start of the year, the UN refugee agency said on Sunday.
"The humanitarian situation is catastrophic," UNHCR spokesman Matthew Saltmarsh told reporters in Geneva, adding that 27 people were killed when shells hit a displacement camp near Sake last week.
The army said in a statement that its troops, backed by UN peacekeepers, had "neutralised" 43 rebels and captured 11 others in clashes around Minova on Saturday. M23 said it had shot down a Sukhoi Su-25 fighter jet.
Kinshasa accuses Rwanda of backing the rebels with some 4,000 troops, according to UN experts, a charge Kigali denies. The region, home to 2 million people, is rich in coltan and gold.
""", [
 C("displaced", "person", 400000, "UNHCR", qual="at_least", start="2025-01-01", end="2025-01-20", loc="Democratic Republic of the Congo"),
 C("killed", "person", 27, "UNHCR", speaker="Matthew Saltmarsh", start="2025-01-13", end="2025-01-19", loc="Democratic Republic of the Congo"),
 C("killed", "rebel", 43, "Congolese army", start="2025-01-18", end="2025-01-18", loc="Democratic Republic of the Congo"),
 C("captured", "rebel", 11, "Congolese army", start="2025-01-18", end="2025-01-18", loc="Democratic Republic of the Congo"),
])

art("s20", "heldout7", "AP", "2021-08-16T11:00:00+00:00", "Haiti quake", """
LES CAYES, Haiti (AP) — The death toll from a powerful earthquake in southwestern Haiti rose to 1,297 on Sunday, the country's Civil Protection Agency said, as rescuers raced to find survivors before a tropical storm arrives.
The agency said 5,700 people had been injured and that 13,694 homes were destroyed and another 13,785 damaged. Hospitals in Les Cayes, a city of 90,000, were overwhelmed.
Jerry Chandler, head of the agency, said 34 people had been pulled alive from the rubble on Saturday. Tropical Storm Grace was expected to bring up to 15 inches (38 centimeters) of rain on Monday.
The magnitude 7.2 quake struck on Saturday morning about 125 kilometers (78 miles) west of the capital, Port-au-Prince. A 2010 quake killed more than 200,000 people.
""", [
 C("died", "person", 1297, "Civil Protection Agency", start="2021-08-15", end="2021-08-15", loc="Haiti"),
 C("injured", "person", 5700, "Civil Protection Agency", loc="Haiti"),
 C("destroyed", "home", 13694, "Civil Protection Agency", loc="Haiti"),
 C("damaged", "home", 13785, "Civil Protection Agency", loc="Haiti"),
 C("rescued", "person", 34, "Civil Protection Agency", speaker="Jerry Chandler", start="2021-08-14", end="2021-08-14", loc="Haiti"),
 C("killed", "person", 200000, "AP", qual="at_least", start="2010-01-01", end="2010-12-31", loc="Haiti"),
])

art("s21", "heldout7", "Reuters", "2023-09-11T15:00:00+00:00", "Libya floods", """
BENGHAZI, Libya (Reuters) - More than 2,000 people were feared dead and thousands were missing after floodwaters burst dams and swept away neighbourhoods in the eastern Libyan city of Derna, the head of the eastern-based government said on Monday.
Osama Hamad told Al Masar television that 5,000 to 6,000 people were unaccounted for. The Libyan Red Crescent said at least 150 deaths had been confirmed in Derna, with 61 bodies recovered in the towns of Bayda and Shahat.
Storm Daniel dropped 414 millimetres of rain in 24 hours on Sunday. The International Organization for Migration said 1,500 people had been evacuated from coastal villages.
Oil ports in Ras Lanuf, Zueitina and Brega, which handle about 650,000 barrels per day, were closed for three days.
""", [
 C("missing", "person", 5000, "Osama Hamad", high=6000, loc="Libya"),
 C("died", "person", 150, "Libyan Red Crescent", qual="at_least", loc="Libya"),
 C("recovered", "body", 61, "Libyan Red Crescent", loc="Libya"),
 C("evacuated", "person", 1500, "International Organization for Migration", loc="Libya"),
])

art("s22", "heldout7", "Al Jazeera", "2024-03-25T10:00:00+00:00", "Crocus City Hall", """
Russian authorities say the death toll from the attack on a concert hall near Moscow has risen to 139, as mourners laid flowers at a makeshift memorial and the country observed a day of national mourning.
The Investigative Committee said on Sunday that 182 people had been injured, and that 97 of them were still in hospitals. Emergency crews had searched the burned-out building for more than 40 hours.
Four suspects, all citizens of Tajikistan, appeared in a Moscow court late on Sunday and were charged with terrorism. The FSB said 11 people had been detained in total, including the four alleged gunmen.
ISIL (ISIS) claimed responsibility. The venue, which seats 6,200 people, was hosting a concert by the rock band Picnic.
""", [
 C("died", "person", 139, "Russian authorities", loc="Russia"),
 C("injured", "person", 182, "Russian Investigative Committee", loc="Russia"),
 C("hospitalized", "person", 97, "Russian Investigative Committee", loc="Russia"),
 C("charged", "suspect", 4, "Al Jazeera", start="2024-03-24", end="2024-03-24", loc="Russia"),
 C("detained", "person", 11, "FSB", loc="Russia"),
 C("detained", "gunman", 4, "FSB", loc="Russia"),
])

art("s23", "heldout7", "Reuters", "2022-12-05T08:00:00+00:00", "Sports negatives and India bus", """
MUMBAI (Reuters) - At least 14 people were killed and 25 injured when a bus carrying wedding guests plunged into a gorge in the western state of Maharashtra late on Sunday, police said.
Police officer Sandeep Patil said 11 of the injured had been taken to hospitals in Pune. The bus, carrying 42 passengers, was travelling at about 80 kph.
India has the world's deadliest roads, with more than 150,000 people killed in crashes in 2021, according to government data.
In cricket, India were bowled out for 186 in the first one-day international against Bangladesh in Dhaka, where Shakib Al Hasan took five wickets for 36 runs. Bangladesh won by one wicket with 24 balls to spare.
""", [
 C("killed", "person", 14, "Police", qual="at_least", start="2022-12-04", end="2022-12-04", loc="India"),
 C("injured", "person", 25, "Police", start="2022-12-04", end="2022-12-04", loc="India"),
 C("hospitalized", "person", 11, "Police", speaker="Sandeep Patil", loc="India"),
 C("killed", "person", 150000, "government", qual="at_least", start="2021-01-01", end="2021-12-31", loc="India"),
])

art("s24", "heldout7", "AFP", "2025-04-07T09:00:00+00:00", "Myanmar quake", """
YANGON (AFP) - The death toll from Myanmar's massive earthquake has climbed to 3,600, the ruling junta said Monday, with aid agencies warning of disease in overcrowded camps.
State media said 5,017 people had been injured and 160 were still missing more than a week after the 7.7-magnitude quake hit on March 28. In neighbouring Thailand, 22 people died when a skyscraper under construction collapsed in Bangkok, city officials said.
The UN's humanitarian coordinator said more than 50,000 people were sleeping in the open, and the World Health Organization said it had shipped 18 tonnes of medical supplies.
The junta extended a ceasefire with rebel groups until April 22, though the Kachin Independence Army said air strikes had killed five civilians since Friday.
""", [
 C("died", "person", 3600, "junta", loc="Myanmar"),
 C("injured", "person", 5017, "state media", loc="Myanmar"),
 C("missing", "person", 160, "state media", loc="Myanmar"),
 C("died", "person", 22, "city officials", loc="Thailand"),
 C("killed", "civilian", 5, "Kachin Independence Army", start="2025-04-04", end="2025-04-07", loc="Myanmar"),
])

art("s25", "heldout7", "TASS", "2023-05-22T14:00:00+03:00", "Belgorod incursion", """
BELGOROD, May 22. /TASS/. A Ukrainian sabotage and reconnaissance group has entered the territory of the Belgorod Region's Graivoron district, Governor Vyacheslav Gladkov said on his Telegram channel on Monday.
According to the governor, eight people were injured in shelling of the district, and three houses and an administrative building were damaged. Residents of nine villages were evacuated, he said, without giving a number.
"The Defense Ministry, the Russian National Guard, the FSB and the border service are taking the necessary measures," Kremlin Spokesman Dmitry Peskov told reporters. Later on Monday, the Russian Defense Ministry said 70 nationalists, four armored combat vehicles and five pickup trucks had been destroyed in the counter-terrorist operation.
""", [
 C("injured", "person", 8, "Vyacheslav Gladkov", loc="Russia"),
 C("damaged", "house", 3, "Vyacheslav Gladkov", loc="Russia"),
 C("killed", "nationalist", 70, "Russian Defense Ministry", loc="Russia"),
 C("destroyed", "armored combat vehicle", 4, "Russian Defense Ministry", loc="Russia"),
 C("destroyed", "pickup truck", 5, "Russian Defense Ministry", loc="Russia"),
])

# ---- held-out-8 (t01-t12): written 2026-11-25 after the held-out-7 fixes, before any further rule change ----
art("t01", "heldout8", "Reuters", "2024-10-21T10:00:00+00:00", "Cuba blackout", """
HAVANA (Reuters) - Cuba's electrical grid collapsed for the third time in 48 hours on Sunday, leaving the island's 10 million people without power as Hurricane Oscar made landfall on its eastern tip, the energy ministry said.
The storm killed six people in the province of Guantanamo, President Miguel Diaz-Canel said on state television, and forced the evacuation of more than 2,000 residents. Civil defence officials said 350 homes were damaged in the town of Baracoa.
Authorities detained 11 people on Saturday night for allegedly blocking streets with burning rubbish in protest at the blackouts, the interior ministry said. The Antonio Guiteras plant, which supplies about 15% of the grid, tripped on Friday.
""", [
 C("killed", "person", 6, "Miguel Diaz-Canel", loc="Cuba"),
 C("evacuated", "resident", 2000, "Miguel Diaz-Canel", qual="at_least", loc="Cuba"),
 C("damaged", "home", 350, "civil defence officials", loc="Cuba"),
 C("detained", "person", 11, "Cuban Interior Ministry", start="2024-10-19", end="2024-10-19", loc="Cuba"),
])

art("t02", "heldout8", "AP", "2023-03-13T09:00:00+00:00", "Malawi cyclone", """
BLANTYRE, Malawi (AP) — Cyclone Freddy has killed at least 99 people in Malawi since it made landfall on Sunday, the country's disaster management agency said Monday, as rescuers dug through mud with their bare hands looking for survivors.
The Department of Disaster Management Affairs said 134 people had been injured and 16 were missing, most of them in the commercial hub of Blantyre. More than 11,000 people have been displaced.
"The numbers will likely rise," said Charles Kalemba, the department's commissioner. The storm, which first hit Madagascar and Mozambique in late February, is on track to become the longest-lasting tropical cyclone on record, the World Meteorological Organization said. Mozambique's government said 10 people had died there since Saturday.
""", [
 C("killed", "person", 99, "Department of Disaster Management Affairs", qual="at_least", start="2023-03-12", end="2023-03-13", loc="Malawi"),
 C("injured", "person", 134, "Department of Disaster Management Affairs", loc="Malawi"),
 C("missing", "person", 16, "Department of Disaster Management Affairs", loc="Malawi"),
 C("displaced", "person", 11000, "Department of Disaster Management Affairs", qual="at_least", loc="Malawi"),
 C("died", "person", 10, "Mozambican government", start="2023-03-11", end="2023-03-13", loc="Mozambique"),
])

art("t03", "heldout8", "TASS", "2022-01-17T15:00:00+03:00", "Kazakhstan unrest", """
NUR-SULTAN, January 17. /TASS/. A total of 225 people, including 19 law enforcement officers, died during the mass riots in Kazakhstan in early January, the country's Prosecutor General's Office said on Monday.
According to the office's spokesman Serik Shalabayev, 4,578 people were injured, and law enforcement agencies have detained 2,140 people on suspicion of involvement in the riots. Some 1,000 firearms stolen from police stations and arms shops have been recovered.
The Collective Security Treaty Organization (CSTO), which sent about 2,000 peacekeepers at Kazakhstan's request, completed its withdrawal on January 19, the organization's Secretary General Stanislav Zas said.
""", [
 C("died", "person", 225, "Prosecutor General's Office", start="2022-01-01", end="2022-01-10", loc="Kazakhstan"),
 C("died", "law enforcement officer", 19, "Prosecutor General's Office", start="2022-01-01", end="2022-01-10", loc="Kazakhstan"),
 C("injured", "person", 4578, "Prosecutor General's Office", speaker="Serik Shalabayev", loc="Kazakhstan"),
 C("detained", "person", 2140, "Prosecutor General's Office", speaker="Serik Shalabayev", loc="Kazakhstan"),
 C("recovered", "firearm", 1000, "Prosecutor General's Office", qual="approx", loc="Kazakhstan"),
])

art("t04", "heldout8", "AFP", "2025-05-19T08:00:00+00:00", "Channel crossings", """
LONDON (AFP) - More than 1,190 migrants crossed the Channel to Britain in small boats on Saturday, the highest daily figure this year, according to Home Office data released on Sunday.
The arrivals bring the total for 2025 so far to 13,000, up around 40 percent on the same point last year. French authorities said they had rescued 66 people from a boat in difficulty off Boulogne-sur-Mer, and that two people died near Calais.
Prime Minister Keir Starmer, whose Labour government was elected last July, has pledged to "smash the gangs" behind the crossings. About 37,000 people made the journey in 2024.
""", [
 C("crossed", "migrant", 1190, "Home Office", qual="at_least", start="2025-05-17", end="2025-05-17", loc="United Kingdom"),
 C("arrived", "person", 13000, "Home Office", start="2025-01-01", end="2025-05-19", loc="United Kingdom"),
 C("rescued", "person", 66, "French authorities", loc="France"),
 C("died", "person", 2, "French authorities", loc="France"),
])

art("t05", "heldout8", "Al Jazeera", "2021-06-07T12:00:00+00:00", "Pakistan train crash", """
At least 51 people have been killed and dozens injured after two express trains collided in southern Pakistan, officials say, with rescuers using cranes and cutting equipment to free passengers trapped in mangled carriages.
Umar Tufail, a senior police officer in the Ghotki district of Sindh province, told Al Jazeera that at least 100 people had been injured, 15 of them critically. "Some 20 passengers are still trapped," he said.
The Millat Express derailed at about 3:45am (22:45 GMT on Sunday) and its carriages were hit by the Sir Syed Express coming from the opposite direction, Railways Minister Azam Swati said. Pakistan's 7,791km rail network, largely built during British rule, has suffered from decades of underinvestment.
""", [
 C("killed", "person", 51, "officials", qual="at_least", loc="Pakistan"),
 C("injured", "person", 100, "Police", speaker="Umar Tufail", qual="at_least", loc="Pakistan"),
 C("injured", "person", 15, "Police", speaker="Umar Tufail", loc="Pakistan"),
 C("trapped", "passenger", 20, "Police", speaker="Umar Tufail", qual="approx", loc="Pakistan"),
])

art("t06", "heldout8", "Reuters", "2024-02-12T11:00:00+00:00", "Rafah hostage rescue", """
JERUSALEM/CAIRO (Reuters) - Israeli special forces freed two hostages in a raid on Rafah overnight, the Israeli military said on Monday, as air strikes that accompanied the operation killed at least 67 Palestinians, according to Gaza health authorities.
The two men, Fernando Simon Marman, 60, and Louis Har, 70, were in good condition, the military said. It said its troops had killed about 30 militants in the Khan Younis area in the past day.
The Palestinian Red Crescent said its crews had evacuated 14 wounded people from Nasser Hospital, where 300 medical staff and 450 patients remain. More than 1 million displaced people are sheltering in Rafah, the United Nations says.
""", [
 C("released", "hostage", 2, "Israel Defense Forces", start="2024-02-11", end="2024-02-12", loc="Gaza"),
 C("killed", "palestinian", 67, "Gaza Health Ministry", qual="at_least", start="2024-02-11", end="2024-02-12", loc="Gaza"),
 C("killed", "militant", 30, "Israel Defense Forces", qual="approx", start="2024-02-11", end="2024-02-12", loc="Gaza"),
 C("evacuated", "person", 14, "Palestinian Red Crescent", loc="Gaza"),
 C("displaced", "person", 1000000, "United Nations", qual="at_least", loc="Gaza"),
])

art("t07", "heldout8", "Xinhua", "2023-10-16T07:00:00+00:00", "Afghan quake aid", """
KABUL, Oct. 16 (Xinhua) -- The death toll from a series of strong earthquakes that jolted western Afghanistan's Herat province has climbed to 1,482, while 2,100 others were injured, a spokesman for the Ministry of Disaster Management Mullah Janan Sayeq said Monday.
According to the spokesman, a total of 10,000 houses had been destroyed in 20 villages of Zinda Jan district. Another magnitude 6.3 quake struck on Sunday morning, killing four people and injuring 153, Sayeq said.
China has provided 30 million yuan (about 4.1 million U.S. dollars) in emergency humanitarian aid, the Chinese embassy in Kabul said.
""", [
 C("died", "person", 1482, "Afghan Ministry of Disaster Management", speaker="Janan Sayeq", loc="Afghanistan"),
 C("injured", "person", 2100, "Afghan Ministry of Disaster Management", speaker="Janan Sayeq", loc="Afghanistan"),
 C("destroyed", "house", 10000, "Afghan Ministry of Disaster Management", speaker="Janan Sayeq", loc="Afghanistan"),
 C("killed", "person", 4, "Afghan Ministry of Disaster Management", speaker="Janan Sayeq", start="2023-10-15", end="2023-10-15", loc="Afghanistan"),
 C("injured", "person", 153, "Afghan Ministry of Disaster Management", speaker="Janan Sayeq", start="2023-10-15", end="2023-10-15", loc="Afghanistan"),
])

art("t08", "heldout8", "BBC", "2022-09-05T09:00:00+00:00", "Canada stabbings", """
Ten people have been killed and 15 injured in a series of stabbings in the Canadian province of Saskatchewan, police say.
The Royal Canadian Mounted Police (RCMP) said victims were found at 13 locations in the James Smith Cree Nation and the nearby village of Weldon. Two suspects, Damien and Myles Sanderson, aged 31 and 30, are still at large.
"It is horrific what has occurred in our province today," Assistant Commissioner Rhonda Blackmore told a news conference. Police received the first call at 05:40 local time (11:40 GMT) on Sunday. The Saskatchewan Roughriders' game against Winnipeg went ahead before 33,000 fans, with a moment of silence.
""", [
 C("killed", "person", 10, "Royal Canadian Mounted Police", loc="Canada"),
 C("injured", "person", 15, "Royal Canadian Mounted Police", loc="Canada"),
])

art("t09", "heldout8", "AP", "2025-08-11T08:00:00+00:00", "Texas floods", """
KERRVILLE, Texas (AP) — Searchers have recovered the bodies of three more people along the Guadalupe River, raising the death toll from last month's flash floods in central Texas to 138, Kerr County Sheriff Larry Leitha said Sunday.
Leitha said 97 people remain unaccounted for in Kerr County, down from more than 160 a week ago, after many were found safe. Of the dead, 36 were children, including 27 campers and counselors at Camp Mystic, an all-girls Christian summer camp.
Gov. Greg Abbott said more than 400 state and federal responders were still taking part in the search, which has covered 200 miles (320 kilometers) of riverbank. The river rose 26 feet (8 meters) in 45 minutes before dawn on July 4.
""", [
 C("recovered", "body", 3, "Kerr County Sheriff", speaker="Larry Leitha", loc="United States"),
 C("died", "person", 138, "Kerr County Sheriff", speaker="Larry Leitha", loc="United States"),
 C("missing", "person", 97, "Kerr County Sheriff", speaker="Larry Leitha", loc="United States"),
 C("died", "child", 36, "Kerr County Sheriff", speaker="Larry Leitha", loc="United States"),
 C("died", "camper", 27, "Kerr County Sheriff", speaker="Larry Leitha", loc="United States"),
])

art("t10", "heldout8", "Reuters", "2021-12-13T12:00:00+00:00", "Kentucky tornadoes", """
MAYFIELD, Ky. (Reuters) - Kentucky Governor Andy Beshear said on Monday that at least 74 people had been killed in the state by the tornadoes that tore through six U.S. states late on Friday, with more than 100 still unaccounted for.
The dead ranged in age from 2 months to 98 years, Beshear said. Eight people were killed at a candle factory in Mayfield, where 110 workers were on the night shift; the company said 94 had been located.
Across the region, the storms destroyed or damaged 1,000 homes, and at least 14 more people died in Illinois, Tennessee, Arkansas and Missouri, officials said. President Joe Biden, 79, approved a federal disaster declaration for Kentucky.
""", [
 C("killed", "person", 74, "Andy Beshear", speaker="Andy Beshear", qual="at_least", start="2021-12-10", end="2021-12-10", loc="United States"),
 C("missing", "person", 100, "Andy Beshear", speaker="Andy Beshear", qual="at_least", start="2021-12-10", end="2021-12-10", loc="United States"),
 C("killed", "person", 8, "Andy Beshear", speaker="Andy Beshear", loc="United States"),
 C("damaged", "home", 1000, "officials", loc="United States"),
 C("died", "person", 14, "officials", qual="at_least", loc="United States"),
])

art("t11", "heldout8", "AFP", "2024-06-24T09:00:00+00:00", "Dagestan attacks", """
MAKHACHKALA, Russia (AFP) - Gunmen killed at least 15 police officers and several civilians in coordinated attacks on synagogues, churches and a police post in Russia's Dagestan region on Sunday, the regional governor said.
Sergei Melikov said in a video message that five of the attackers had been "eliminated". Among the civilians killed was an Orthodox priest, Father Nikolai, 66.
Russia's Investigative Committee said it had opened terrorism probes. Dagestan, a mainly Muslim region of about 3.2 million people, will observe three days of mourning.
""", [
 C("killed", "police officer", 15, "regional governor", qual="at_least", start="2024-06-23", end="2024-06-23", loc="Russia"),
 C("killed", "attacker", 5, "Sergei Melikov", speaker="Sergei Melikov", loc="Russia"),
])

art("t12", "heldout8", "Reuters", "2022-09-05T14:00:00+00:00", "Sports negatives", """
NEW YORK (Reuters) - Serena Williams' career ended with a 7-5 6-7(4) 6-1 loss to Ajla Tomljanovic before 23,859 fans at Arthur Ashe Stadium, the largest night crowd in U.S. Open history.
The 40-year-old, who won 23 Grand Slam singles titles, hit 10 aces and saved five match points. In baseball, the Yankees' Aaron Judge hit his 54th home run and Gerrit Cole struck out 10 in a 5-2 win over Minnesota that drew 41,000.
""", [])

# ---- held-out-9 (u01-u10): written 2026-11-25 at the end of the session, scored once on the final engine, not tuned on ----
art("u01", "heldout9", "Reuters", "2024-04-15T09:00:00+00:00", "Iran attack on Israel", """
JERUSALEM (Reuters) - Israel's military said on Sunday that 99% of the more than 300 drones and missiles launched by Iran overnight had been intercepted, with help from the United States, Britain and Jordan.
Military spokesperson Rear Admiral Daniel Hagari said Iran fired 170 drones, more than 30 cruise missiles and more than 120 ballistic missiles. A 7-year-old Bedouin girl was seriously wounded by shrapnel, and 31 people were treated for minor injuries or anxiety, Israel's Magen David Adom ambulance service said.
U.S. forces shot down more than 80 drones and at least six ballistic missiles, the U.S. Central Command said. Oil prices, which rose 1% last week, were little changed.
""", [
 C("fired", "drone", 170, "Israel Defense Forces", speaker="Daniel Hagari", loc="Israel"),
 C("fired", "cruise missile", 30, "Israel Defense Forces", speaker="Daniel Hagari", qual="at_least", loc="Israel"),
 C("fired", "ballistic missile", 120, "Israel Defense Forces", speaker="Daniel Hagari", qual="at_least", loc="Israel"),
 C("treated", "person", 31, "Magen David Adom", loc="Israel"),
 C("intercepted", "drone", 80, "US Central Command", qual="at_least", loc="Israel"),
 C("intercepted", "ballistic missile", 6, "US Central Command", qual="at_least", loc="Israel"),
])

art("u02", "heldout9", "AP", "2023-08-28T08:00:00+00:00", "Jacksonville shooting", """
JACKSONVILLE, Fla. (AP) — A white gunman who killed three Black people at a Dollar General store in Jacksonville on Saturday had written racist manifestos, Sheriff T.K. Waters said Sunday.
The 21-year-old shooter, who fired at least 11 rounds from an AR-15-style rifle, killed himself as officers closed in, Waters said. Investigators recovered a handgun and a rifle marked with swastikas.
The store, in a neighborhood where 70% of residents are Black, reopened on Monday. It was the 470th mass shooting in the U.S. this year, according to the Gun Violence Archive.
""", [
 C("killed", "person", 3, "Sheriff", speaker="T.K. Waters", start="2023-08-26", end="2023-08-26", loc="United States"),
 C("fired", "round", 11, "Sheriff", speaker="T.K. Waters", qual="at_least", loc="United States"),
])

art("u03", "heldout9", "AFP", "2022-05-09T10:00:00+00:00", "Luhansk school strike", """
KYIV (AFP) - Up to 60 people are feared dead after a Russian bomb hit a school being used as a shelter in the eastern Ukrainian village of Bilogorivka, the regional governor said on Sunday.
"The bomb hit the school and unfortunately it was completely destroyed," Lugansk governor Sergiy Gaiday said on Telegram, adding that 30 people had been rescued from the rubble, seven of them injured. Two bodies had been recovered.
Ukraine's armed forces said they had destroyed 13 Russian tanks and shot down four drones in the past day. The UN says more than 5.7 million people have fled the country since February 24.
""", [
 C("rescued", "person", 30, "Sergiy Gaiday", speaker="Sergiy Gaiday", loc="Ukraine"),
 C("injured", "person", 7, "Sergiy Gaiday", speaker="Sergiy Gaiday", loc="Ukraine"),
 C("recovered", "body", 2, "Sergiy Gaiday", speaker="Sergiy Gaiday", loc="Ukraine"),
 C("destroyed", "tank", 13, "Ukrainian armed forces", actor="Russian", start="2022-05-08", end="2022-05-09", loc="Ukraine"),
 C("intercepted", "drone", 4, "Ukrainian armed forces", start="2022-05-08", end="2022-05-09", loc="Ukraine"),
 C("fled", "person", 5700000, "United Nations", qual="at_least", start="2022-02-24", end="2022-05-09", loc="Ukraine"),
])

art("u04", "heldout9", "Xinhua", "2025-07-14T03:00:00+00:00", "Pakistan monsoon", """
ISLAMABAD, July 14 (Xinhua) -- At least 86 people have been killed and 251 others injured in rain-related incidents across Pakistan since June 26, the country's National Disaster Management Authority (NDMA) said on Monday.
According to the NDMA, most of the deaths were caused by roof collapses, flash floods and electrocution, while 143 houses were damaged and 31 livestock perished. Punjab province was the worst hit, with 40 deaths.
The Pakistan Meteorological Department forecast more rains in the coming week. In 2022, floods submerged a third of the country and affected 33 million people.
""", [
 C("killed", "person", 86, "National Disaster Management Authority", qual="at_least", start="2025-06-26", end="2025-07-14", loc="Pakistan"),
 C("injured", "person", 251, "National Disaster Management Authority", start="2025-06-26", end="2025-07-14", loc="Pakistan"),
 C("damaged", "house", 143, "National Disaster Management Authority", loc="Pakistan"),
 C("died", "livestock", 31, "National Disaster Management Authority", loc="Pakistan"),
 C("died", "person", 40, "National Disaster Management Authority", loc="Pakistan"),
 C("affected", "person", 33000000, "Xinhua", start="2022-01-01", end="2022-12-31", loc="Pakistan"),
])

art("u05", "heldout9", "Al Jazeera", "2021-09-20T11:00:00+00:00", "Haitian migrants Del Rio", """
The United States has flown 327 Haitian migrants back to Haiti from a camp under a bridge in the Texas border town of Del Rio, as it moves to clear a settlement that at one point held nearly 15,000 people.
The Department of Homeland Security said on Sunday that it had moved about 3,300 migrants from the camp to other locations for processing and expected to have 3,000 more moved within a day. Three flights landed in Port-au-Prince on Sunday.
The International Organization for Migration said 12 people had been detained by Mexican authorities in Ciudad Acuna. Haiti, where a magnitude 7.2 earthquake killed more than 2,200 people in August, is the poorest country in the Americas.
""", [
 C("deported", "migrant", 327, "Al Jazeera", loc="Haiti"),
 C("moved", "migrant", 3300, "Department of Homeland Security", qual="approx", loc="United States"),
 C("detained", "person", 12, "International Organization for Migration", loc="Mexico"),
])

art("u06", "heldout9", "Reuters", "2024-11-04T12:00:00+00:00", "Spain floods", """
VALENCIA, Spain (Reuters) - The death toll from last week's floods in eastern Spain rose to 217 on Monday, the government said, as soldiers and police searched flooded garages and underground car parks for bodies.
Interior Minister Fernando Grande-Marlaska told reporters that 89 people were still missing, and that 7,500 soldiers, police and civil guards had been deployed. Police have arrested 39 people for looting.
Roughly 120,000 vehicles were damaged in the disaster, according to the Spanish Insurance Compensation Consortium, which expects to pay out more than 3 billion euros ($3.27 billion).
""", [
 C("died", "person", 217, "government", start="2024-11-04", end="2024-11-04", loc="Spain"),
 C("missing", "person", 89, "Spanish Interior Ministry", speaker="Fernando Grande-Marlaska", loc="Spain"),
 C("arrested", "person", 39, "Police", loc="Spain"),
 C("damaged", "vehicle", 120000, "Spanish Insurance Compensation Consortium", qual="approx", loc="Spain"),
])

art("u07", "heldout9", "TASS", "2023-12-18T12:00:00+03:00", "Belgorod drones", """
BELGOROD, December 18. /TASS/. Air defense systems destroyed 11 Ukrainian drones over the Belgorod Region overnight, the Russian Defense Ministry said.
According to regional Governor Vyacheslav Gladkov, a woman was killed and three people, including a child, were injured when debris fell on a residential area. Eleven private houses and four cars were damaged, he said.
The governor said 340 residents of border villages had been moved to temporary accommodation centers since the beginning of December.
""", [
 C("destroyed", "drone", 11, "Russian Defense Ministry", actor="Ukrainian", start="2023-12-17", end="2023-12-18", loc="Russia"),
 C("injured", "person", 3, "Vyacheslav Gladkov", speaker="Vyacheslav Gladkov", loc="Russia"),
 C("damaged", "house", 11, "Vyacheslav Gladkov", speaker="Vyacheslav Gladkov", loc="Russia"),
 C("damaged", "car", 4, "Vyacheslav Gladkov", speaker="Vyacheslav Gladkov", loc="Russia"),
 C("evacuated", "resident", 340, "Vyacheslav Gladkov", speaker="Vyacheslav Gladkov", start="2023-12-01", end="2023-12-18", loc="Russia"),
])

art("u08", "heldout9", "BBC", "2022-11-21T09:00:00+00:00", "Java earthquake", """
At least 162 people have been killed after a 5.6 magnitude earthquake struck Indonesia's main island of Java, officials say.
Hundreds more were injured, many of them children, West Java governor Ridwan Kamil said, adding that 326 people had been hurt and 13,000 had been displaced. Many of the dead were students at Islamic schools who had finished classes for the day.
More than 2,200 houses were damaged, Indonesia's disaster agency said. The quake, which struck at a depth of 10km, was felt in Jakarta, 75km away.
""", [
 C("killed", "person", 162, "officials", qual="at_least", loc="Indonesia"),
 C("injured", "person", 326, "Ridwan Kamil", speaker="Ridwan Kamil", loc="Indonesia"),
 C("displaced", "person", 13000, "Ridwan Kamil", speaker="Ridwan Kamil", loc="Indonesia"),
 C("damaged", "house", 2200, "Indonesian disaster agency", qual="at_least", loc="Indonesia"),
])

art("u09", "heldout9", "AP", "2025-10-06T07:00:00+00:00", "Nigeria tanker blast", """
ABUJA, Nigeria (AP) — A fuel tanker exploded in north-central Nigeria on Sunday as residents scooped fuel from the overturned vehicle, killing at least 38 people, emergency officials said.
Niger state's emergency management agency said 52 people were injured and had been taken to hospitals in Bida and Minna. Hussaini Isah, the agency's spokesman, said 11 vehicles and 25 shops were burned.
Nigeria's Federal Road Safety Corps said 5,421 people died in road crashes in 2024, up from 5,081 a year earlier. The tanker was carrying 60,000 liters (15,850 gallons) of gasoline.
""", [
 C("killed", "person", 38, "emergency officials", qual="at_least", start="2025-10-05", end="2025-10-05", loc="Nigeria"),
 C("injured", "person", 52, "Niger state emergency management agency", loc="Nigeria"),
 C("hospitalized", "person", 52, "Niger state emergency management agency", loc="Nigeria"),
 C("burned", "vehicle", 11, "Niger state emergency management agency", speaker="Hussaini Isah", loc="Nigeria"),
 C("burned", "shop", 25, "Niger state emergency management agency", speaker="Hussaini Isah", loc="Nigeria"),
 C("died", "person", 5421, "Federal Road Safety Corps", start="2024-01-01", end="2024-12-31", loc="Nigeria"),
])

art("u10", "heldout9", "Reuters", "2024-08-19T10:00:00+00:00", "Sudan cholera and sports", """
PORT SUDAN (Reuters) - Sudan's health ministry declared a cholera outbreak on Sunday after recording 22 deaths and 354 confirmed cases since late July, mostly in the eastern state of Kassala.
In football, Al Hilal beat Al Merrikh 2-0 in front of 20,000 fans in Kigali, where Sudanese clubs play their home games; striker Mohamed Abdelrahman scored twice to take his season tally to 14 goals.
""", [
 C("died", "person", 22, "Health Ministry", start="2024-07-16", end="2024-08-18", loc="Sudan"),
 C("infected", "case", 354, "Health Ministry", start="2024-07-16", end="2024-08-18", loc="Sudan"),
])

art("v01", "heldout10", "Reuters", "2025-03-10T10:00:00+00:00", "Congo village attack", """
BUNIA, Congo (Reuters) - Rebels from the Allied Democratic Forces killed at least 45 civilians in an attack on a village in Congo's Ituri province on Saturday, the Congolese army said on Sunday.
Army spokesperson Lieutenant Jules Ngongo said troops had killed 12 of the attackers and freed 20 hostages. Another 30 villagers were missing, he said.
More than 8,000 people have fled the area since Saturday, the U.N. agency said on Monday. The UNHCR said it was sending tents and blankets. In 2021, a similar raid in the province killed 60 people.
""", [
 C("killed", "civilian", 45, "Congolese army", qual="at_least", start="2025-03-08", end="2025-03-08", loc="Democratic Republic of the Congo"),
 C("killed", "attacker", 12, "Congolese army", speaker="Jules Ngongo", loc="Democratic Republic of the Congo"),
 C("released", "hostage", 20, "Congolese army", speaker="Jules Ngongo", loc="Democratic Republic of the Congo"),
 C("missing", "villager", 30, "Congolese army", speaker="Jules Ngongo", loc="Democratic Republic of the Congo"),
 C("fled", "person", 8000, "UNHCR", qual="at_least", start="2025-03-08", end="2025-03-10", loc="Democratic Republic of the Congo"),
 C("killed", "person", 60, "Reuters", start="2021-01-01", end="2021-12-31", loc="Congo"),
])

art("v02", "heldout10", "AP", "2024-07-22T08:00:00+00:00", "Kenya protests", """
NAIROBI, Kenya (AP) — Police arrested 270 people during weekend protests against tax increases in Nairobi and other cities, the interior ministry said Sunday.
The Kenya National Commission on Human Rights said 50 people had been killed since the protests began in June and 59 others were still missing. The rights body said 413 protesters had been injured.
Kenya's doctors' union said its members treated more than 300 people at a single hospital. The Kenya Medical Practitioners, Pharmacists and Dentists Union called for an inquiry.
""", [
 C("arrested", "person", 270, "Kenyan Interior Ministry", start="2024-07-20", end="2024-07-21", loc="Kenya"),
 C("killed", "person", 50, "Kenya National Commission on Human Rights", start="2024-06-01", end="2024-07-22", loc="Kenya"),
 C("missing", "person", 59, "Kenya National Commission on Human Rights", start="2024-06-01", end="2024-07-22", loc="Kenya"),
 C("injured", "protester", 413, "Kenya National Commission on Human Rights", start="2024-06-01", end="2024-07-22", loc="Kenya"),
 C("treated", "person", 300, "Kenya Medical Practitioners, Pharmacists and Dentists Union", qual="at_least", loc="Kenya"),
])

art("v03", "heldout10", "AFP", "2023-02-08T09:00:00+00:00", "Turkey Syria quake", """
ANTAKYA, Turkey (AFP) - The death toll from the earthquake that struck Turkey and Syria rose to 11,200 on Wednesday, officials and medics said.
Turkey's disaster management agency AFAD said 8,574 people had died in Turkey and more than 49,000 were injured. Vice President Fuat Oktay said 6,444 buildings had collapsed.
In Syria, the health ministry said 1,262 people had been killed in government-held areas. The White Helmets rescue group said at least 1,280 people had died in rebel-held areas of the northwest. A 1999 quake in the region killed more than 17,000 people.
""", [
 C("died", "person", 11200, "officials", start="2023-02-08", end="2023-02-08", loc="Turkey"),
 C("died", "person", 8574, "AFAD", loc="Turkey"),
 C("injured", "person", 49000, "AFAD", qual="at_least", loc="Turkey"),
 C("collapsed", "building", 6444, "Fuat Oktay", speaker="Fuat Oktay", loc="Turkey"),
 C("killed", "person", 1262, "Health Ministry", loc="Syria"),
 C("died", "person", 1280, "White Helmets", qual="at_least", loc="Syria"),
 C("killed", "person", 17000, "AFP", qual="at_least", start="1999-01-01", end="1999-12-31", loc="Turkey"),
 C("destroyed", "building", 6444, "Fuat Oktay", speaker="Fuat Oktay", loc="Turkey"),
])

art("v04", "heldout10", "TASS", "2024-06-03T11:00:00+03:00", "Russian MoD daily briefing", """
MOSCOW, June 3. /TASS/. Russian troops repelled seven Ukrainian attacks in the Kharkov area and eliminated up to 250 Ukrainian servicemen over the past day, the Russian Defense Ministry reported on Monday.
"The Ukrainian army lost up to 250 troops, three tanks and six field artillery guns," the ministry said. Air defense forces shot down 27 Ukrainian drones, it said.
Since the beginning of the special military operation, 596 Ukrainian aircraft have been destroyed, according to the ministry.
""", [
 C("killed", "serviceman", 250, "Russian Defense Ministry", actor="Ukrainian", qual="at_most", start="2024-06-02", end="2024-06-03", loc="Ukraine"),
 C("lost", "troop", 250, "Russian Defense Ministry", actor="Ukrainian", qual="at_most", start="2024-06-02", end="2024-06-03", loc="Ukraine"),
 C("lost", "tank", 3, "Russian Defense Ministry", actor="Ukrainian", start="2024-06-02", end="2024-06-03", loc="Ukraine"),
 C("lost", "field artillery gun", 6, "Russian Defense Ministry", actor="Ukrainian", start="2024-06-02", end="2024-06-03", loc="Ukraine"),
 C("destroyed", "drone", 27, "Russian Defense Ministry", actor="Ukrainian", start="2024-06-02", end="2024-06-03", loc="Ukraine"),
 C("destroyed", "aircraft", 596, "Russian Defense Ministry", actor="Ukrainian", start="2022-02-24", end="2024-06-03", loc="Ukraine"),
])

art("v05", "heldout10", "Xinhua", "2024-09-16T02:00:00+00:00", "Nigeria Maiduguri floods", """
LAGOS, Sept. 16 (Xinhua) -- At least 37 people have been killed and 400,000 displaced by floods in Maiduguri, capital of Nigeria's northeastern Borno state, the National Emergency Management Agency said on Sunday.
Borno state's emergency management agency said 2,000 houses had been submerged and 80 people rescued from rooftops. Its chairman, Barkindo Muhammad, said the death toll could rise.
The floods followed the collapse of the Alau dam on Tuesday. Flooding in 2022 killed more than 600 people across Nigeria.
""", [
 C("killed", "person", 37, "National Emergency Management Agency", qual="at_least", loc="Nigeria"),
 C("displaced", "person", 400000, "National Emergency Management Agency", loc="Nigeria"),
 C("submerged", "house", 2000, "Borno state emergency management agency", loc="Nigeria"),
 C("rescued", "person", 80, "Borno state emergency management agency", loc="Nigeria"),
 C("killed", "person", 600, "Xinhua", qual="at_least", start="2022-01-01", end="2022-12-31", loc="Nigeria"),
])

art("v06", "heldout10", "Al Jazeera", "2024-10-28T12:00:00+00:00", "Israeli strikes Lebanon", """
Israeli air raids on southern and eastern Lebanon killed at least 60 people on Sunday, Lebanon's health ministry said, as the Israeli military said it had struck 120 Hezbollah targets.
Military spokesman Avichay Adraee said Israeli forces had killed 70 Hezbollah fighters in ground operations over the past week. Hezbollah said it fired 50 rockets at northern Israel on Sunday.
The health ministry said 2,672 people had been killed in Lebanon since October 2023. More than 1.2 million people have been displaced, the government says.
""", [
 C("killed", "person", 60, "Lebanese Health Ministry", qual="at_least", start="2024-10-27", end="2024-10-27", loc="Lebanon"),
 C("hit", "target", 120, "Israel Defense Forces", actor="Hezbollah", loc="Lebanon"),
 C("killed", "fighter", 70, "Israel Defense Forces", speaker="Avichay Adraee", actor="Hezbollah", start="2024-10-21", end="2024-10-28", loc="Lebanon"),
 C("fired", "rocket", 50, "Hezbollah", start="2024-10-27", end="2024-10-27", loc="Israel"),
 C("killed", "person", 2672, "Lebanese Health Ministry", start="2023-10-01", end="2024-10-28", loc="Lebanon"),
 C("displaced", "person", 1200000, "government", qual="at_least", loc="Lebanon"),
])

art("v07", "heldout10", "Reuters", "2025-01-13T15:00:00+00:00", "Los Angeles fires", """
LOS ANGELES (Reuters) - The death toll from the Los Angeles wildfires rose to 24 on Sunday, the Los Angeles County medical examiner's office said, with 16 people still reported missing.
About 12,300 structures have been destroyed or damaged, according to the California Department of Forestry and Fire Protection. Sheriff Robert Luna said deputies had arrested 29 people, most of them for looting, since the fires began on Tuesday.
Some 105,000 residents remained under evacuation orders. The 2018 Camp Fire in northern California killed 85 people.
""", [
 C("died", "person", 24, "Los Angeles County medical examiner's office", start="2025-01-12", end="2025-01-12", loc="United States"),
 C("missing", "person", 16, "Los Angeles County medical examiner's office", start="2025-01-12", end="2025-01-12", loc="United States"),
 C("destroyed", "structure", 12300, "California Department of Forestry and Fire Protection", qual="approx", loc="United States"),
 C("arrested", "person", 29, "Sheriff", speaker="Robert Luna", start="2025-01-07", end="2025-01-13", loc="United States"),
 C("killed", "person", 85, "Reuters", start="2018-01-01", end="2018-12-31", loc="United States"),
])

art("v08", "heldout10", "AFP", "2023-06-15T08:00:00+00:00", "Greece migrant shipwreck", """
KALAMATA, Greece (AFP) - At least 78 migrants drowned when their overcrowded fishing boat capsized off southern Greece, the coast guard said on Wednesday, in one of the deadliest such disasters this year.
Coast guard spokesman Nikos Alexiou said 104 people had been rescued, most of them men from Egypt, Syria and Pakistan. Police arrested nine Egyptians suspected of being smugglers.
The U.N. migration agency said hundreds more may have been on board. The IOM has recorded more than 20,000 deaths in the central Mediterranean since 2014.
""", [
 C("died", "migrant", 78, "Greek Coast Guard", qual="at_least", loc="Greece"),
 C("rescued", "person", 104, "coast guard", speaker="Nikos Alexiou", loc="Greece"),
 C("arrested", "person", 9, "Police", actor="Egyptian", loc="Greece"),
 C("died", "person", 20000, "International Organization for Migration", qual="at_least", start="2014-01-01", end="2023-06-15", loc="Greece"),
])

art("v09", "heldout10", "BBC", "2024-05-27T07:00:00+00:00", "Papua New Guinea landslide", """
More than 670 people are feared dead after a huge landslide buried a village in Papua New Guinea's Enga province, a UN official says.
Serhan Aktoprak, head of the International Organization for Migration's mission in the country, said 150 houses had been buried under the debris. Only six bodies had been recovered by Sunday, local officials said.
The provincial administrator, Sandis Tsaka, said 1,250 people had been displaced. Aid convoys were attacked by tribal fighters on the only road into the area.
""", [
 C("buried", "house", 150, "International Organization for Migration", speaker="Serhan Aktoprak", loc="Papua New Guinea"),
 C("recovered", "body", 6, "officials", start="2024-05-26", end="2024-05-26", loc="Papua New Guinea"),
 C("displaced", "person", 1250, "Sandis Tsaka", speaker="Sandis Tsaka", loc="Papua New Guinea"),
])

art("v10", "heldout10", "Xinhua", "2025-02-03T04:00:00+00:00", "Sudan market shelling", """
KHARTOUM, Feb. 3 (Xinhua) -- At least 54 people were killed and 158 others injured on Saturday when the paramilitary Rapid Support Forces shelled a market in Omdurman, Sudan's health ministry said.
Health Minister Haitham Mohamed Ibrahim said most of the victims were women and children. The Sudanese army said it had killed 40 RSF fighters in counterattacks north of the city.
The conflict, which broke out in April 2023, has displaced more than 12 million people, according to the International Organization for Migration.
""", [
 C("killed", "person", 54, "Sudanese Health Ministry", qual="at_least", start="2025-02-01", end="2025-02-01", loc="Sudan"),
 C("injured", "person", 158, "Sudanese Health Ministry", start="2025-02-01", end="2025-02-01", loc="Sudan"),
 C("killed", "fighter", 40, "Sudanese army", actor="Rapid Support Forces", loc="Sudan"),
 C("displaced", "person", 12000000, "International Organization for Migration", qual="at_least", start="2023-04-01", end="2025-02-03", loc="Sudan"),
])

art("w01", "heldout11", "Reuters", "2023-10-08T12:00:00+00:00", "Afghanistan quake", """
HERAT, Afghanistan (Reuters) - At least 2,053 people were killed in earthquakes that struck western Afghanistan on Saturday, the disaster management ministry said on Sunday.
Ministry spokesman Janan Sayeeq said 9,240 people had been injured and 1,320 houses destroyed. The World Health Organization said 465 houses were destroyed and 135 damaged, citing initial figures.
Rescuers were digging through rubble with their hands in 12 villages.
""", [
 C("killed", "person", 2053, "Afghan Disaster Management Ministry", qual="at_least", start="2023-10-07", end="2023-10-07", loc="Afghanistan"),
 C("injured", "person", 9240, "Afghan Disaster Management Ministry", speaker="Janan Sayeeq", loc="Afghanistan"),
 C("destroyed", "house", 1320, "Afghan Disaster Management Ministry", speaker="Janan Sayeeq", loc="Afghanistan"),
 C("destroyed", "house", 465, "World Health Organization", loc="Afghanistan"),
 C("damaged", "house", 135, "World Health Organization", loc="Afghanistan"),
])

art("w02", "heldout11", "AP", "2023-09-13T10:00:00+00:00", "Libya floods", """
DERNA, Libya (AP) - Floods that swept through the eastern Libyan city of Derna have killed more than 5,300 people, the Interior Ministry of the east-based government said Wednesday.
Another 10,000 people were missing, ministry spokesman Tarek al-Kharaz said. The Libyan Red Crescent said at least 7,000 people were injured.
The U.N. migration agency said 30,000 people in Derna had been displaced by the floods, as officials warned the toll could rise to 20,000.
""", [
 C("killed", "person", 5300, "Libyan Interior Ministry", qual="at_least", loc="Libya"),
 C("missing", "person", 10000, "Libyan Interior Ministry", speaker="Tarek al-Kharaz", loc="Libya"),
 C("injured", "person", 7000, "Libyan Red Crescent", qual="at_least", loc="Libya"),
 C("displaced", "person", 30000, "International Organization for Migration", loc="Libya"),
])

art("w03", "heldout11", "Xinhua", "2024-03-05T06:00:00+00:00", "Zambia cholera", """
LUSAKA, March 5 (Xinhua) -- Zambia has recorded 740 cholera deaths since the outbreak began in October last year, the country's Ministry of Health said on Tuesday.
The ministry said 20,062 cases had been reported, with 45 new infections and two deaths recorded in the past 24 hours. Health Minister Sylvia Masebo said 1,800 patients had been discharged from treatment centers.
The World Health Organization said the outbreak was the worst in Zambia's history.
""", [
 C("died", "person", 740, "Zambian Health Ministry", start="2023-10-01", end="2024-03-05", loc="Zambia"),
 C("infected", "case", 20062, "Zambian Health Ministry", loc="Zambia"),
 C("infected", "case", 45, "Zambian Health Ministry", start="2024-03-04", end="2024-03-05", loc="Zambia"),
 C("died", "person", 2, "Zambian Health Ministry", start="2024-03-04", end="2024-03-05", loc="Zambia"),
 C("discharged", "patient", 1800, "Zambian Health Ministry", speaker="Sylvia Masebo", loc="Zambia"),
])

art("w04", "heldout11", "AFP", "2024-06-18T09:00:00+00:00", "Mediterranean shipwrecks", """
ROME (AFP) - At least 10 migrants were found dead in the hold of a wooden boat off the Italian island of Lampedusa, the German charity Resqship said on Monday, while 51 people were rescued.
In a separate shipwreck off Calabria, the Italian coast guard said 12 people had been rescued and more than 60 were missing. Doctors Without Borders said 26 children were among the missing, citing survivors.
The International Organization for Migration says more than 23,500 migrants have gone missing in the central Mediterranean since 2014.
""", [
 C("died", "migrant", 10, "Resqship", qual="at_least", loc="Italy"),
 C("rescued", "person", 51, "Resqship", loc="Italy"),
 C("rescued", "person", 12, "Italian coast guard", loc="Italy"),
 C("missing", "person", 60, "Italian coast guard", qual="at_least", loc="Italy"),
 C("missing", "child", 26, "Doctors Without Borders", loc="Italy"),
 C("missing", "migrant", 23500, "International Organization for Migration", qual="at_least", start="2014-01-01", end="2024-06-18", loc="Italy"),
])

art("w05", "heldout11", "Reuters", "2023-12-06T16:00:00+00:00", "German smuggling raids", """
BERLIN (Reuters) - German police arrested 25 people in nationwide raids on Wednesday against a suspected people-smuggling network, prosecutors said.
About 1,000 officers took part in the operation in eight states, federal police said in a statement. Investigators seized 14 firearms and 200,000 euros in cash, it said.
Eight of those arrested were later released, prosecutors said.
""", [
 C("arrested", "person", 25, "prosecutors", start="2023-12-06", end="2023-12-06", loc="Germany"),
 C("seized", "firearm", 14, "federal police", loc="Germany"),
 C("released", "person", 8, "prosecutors", loc="Germany"),
])

art("w06", "heldout11", "TASS", "2024-02-20T11:00:00+03:00", "Russian MoD Avdeyevka", """
MOSCOW, February 20. /TASS/. Russian forces destroyed 12 Ukrainian tanks and eliminated up to 340 Ukrainian troops in the Avdeyevka area over the past day, the Russian Defense Ministry said on Tuesday.
Since February 10, Ukrainian forces have lost more than 4,000 personnel in the area, the ministry said. Air defenses shot down 31 Ukrainian drones over the Belgorod region on Monday, it said.
""", [
 C("destroyed", "tank", 12, "Russian Defense Ministry", actor="Ukrainian", start="2024-02-19", end="2024-02-20", loc="Ukraine"),
 C("killed", "troop", 340, "Russian Defense Ministry", actor="Ukrainian", qual="at_most", start="2024-02-19", end="2024-02-20", loc="Ukraine"),
 C("lost", "personnel", 4000, "Russian Defense Ministry", actor="Ukrainian", qual="at_least", start="2024-02-10", end="2024-02-20", loc="Ukraine"),
 C("intercepted", "drone", 31, "Russian Defense Ministry", actor="Ukrainian", start="2024-02-19", end="2024-02-19", loc="Russia"),
])

art("w07", "heldout11", "Reuters", "2024-02-20T10:00:00+00:00", "Ukraine General Staff", """
KYIV (Reuters) - Ukraine's General Staff said on Tuesday its forces had killed 1,150 Russian soldiers in the past day and destroyed 14 tanks and 27 artillery systems.
Russia has lost 405,000 troops since February 24, 2022, the General Staff said. Ukrainian officials have not disclosed their own losses.
A Russian missile strike on the city of Zaporizhzhia killed two people and wounded 11 on Monday, regional governor Ivan Fedorov said.
""", [
 C("killed", "soldier", 1150, "Ukrainian General Staff", actor="Russian", start="2024-02-19", end="2024-02-20", loc="Ukraine"),
 C("destroyed", "tank", 14, "Ukrainian General Staff", actor="Russian", start="2024-02-19", end="2024-02-20", loc="Ukraine"),
 C("destroyed", "artillery system", 27, "Ukrainian General Staff", actor="Russian", start="2024-02-19", end="2024-02-20", loc="Ukraine"),
 C("lost", "troop", 405000, "Ukrainian General Staff", actor="Russian", start="2022-02-24", end="2024-02-20", loc="Ukraine"),
 C("killed", "person", 2, "Ivan Fedorov", speaker="Ivan Fedorov", start="2024-02-19", end="2024-02-19", loc="Ukraine"),
 C("injured", "person", 11, "Ivan Fedorov", speaker="Ivan Fedorov", start="2024-02-19", end="2024-02-19", loc="Ukraine"),
])

art("w08", "heldout11", "AP", "2024-03-22T12:00:00+00:00", "Russian strikes on energy", """
KYIV, Ukraine (AP) - Russia launched 88 missiles and 63 drones at Ukraine's energy infrastructure in a massive attack that killed at least five people, Ukrainian officials said Friday.
Ukraine's air force said it intercepted 37 missiles and 55 drones. Energy company Ukrenergo said two thermal power plants were damaged.
""", [
 C("conducted", "missile", 88, "Ukrainian officials", loc="Ukraine"),
 C("conducted", "drone", 63, "Ukrainian officials", loc="Ukraine"),
 C("killed", "person", 5, "Ukrainian officials", qual="at_least", loc="Ukraine"),
 C("intercepted", "missile", 37, "Ukrainian Air Force", loc="Ukraine"),
 C("intercepted", "drone", 55, "Ukrainian Air Force", loc="Ukraine"),
 C("damaged", "thermal power plant", 2, "Ukrenergo", loc="Ukraine"),
])

art("w09", "heldout11", "Xinhua", "2024-06-10T08:00:00+00:00", "Sudan El Fasher clashes", """
CAIRO, June 10 (Xinhua) -- The Sudanese army said on Sunday it had killed 300 fighters of the paramilitary Rapid Support Forces (RSF) in clashes in El Fasher over the past three days.
The RSF said in a statement that it had repelled the attack and captured 45 army soldiers. Local medics said 18 civilians were killed in shelling of the city on Saturday.
""", [
 C("killed", "fighter", 300, "Sudanese army", actor="Rapid Support Forces", start="2024-06-07", end="2024-06-10", loc="Sudan"),
 C("captured", "soldier", 45, "Rapid Support Forces", loc="Sudan"),
 C("killed", "civilian", 18, "medics", start="2024-06-08", end="2024-06-08", loc="Sudan"),
])

art("w10", "heldout11", "AFP", "2023-09-10T15:00:00+00:00", "Morocco quake", """
MARRAKESH, Morocco (AFP) - The death toll from Morocco's strongest earthquake in decades rose to 2,122 on Sunday, the interior ministry said, with 2,421 people injured.
State television said rescuers had pulled 12 people alive from the rubble in the mountain village of Tafeghaghte. The quake, which struck late Friday, destroyed 50,000 homes, according to the government.
A 1960 quake near Agadir killed between 12,000 and 15,000 people.
""", [
 C("died", "person", 2122, "Moroccan Interior Ministry", start="2023-09-10", end="2023-09-10", loc="Morocco"),
 C("injured", "person", 2421, "Moroccan Interior Ministry", start="2023-09-10", end="2023-09-10", loc="Morocco"),
 C("rescued", "person", 12, "state television", loc="Morocco"),
 C("destroyed", "home", 50000, "government", loc="Morocco"),
 C("killed", "person", 12000, "AFP", qual="range", high=15000, start="1960-01-01", end="1960-12-31", loc="Morocco"),
])

with open(sys.argv[1], "w", encoding="utf-8") as fh:
    for a in A:
        fh.write(json.dumps(a, ensure_ascii=False) + "\n")
print(len(A), sum(len(a["claims"]) for a in A))
