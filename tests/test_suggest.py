"""Recommenders on invented sentences (never the gold): rules, merging, project, CLI."""

from __future__ import annotations

import importlib
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SAMPLE_ARTICLE, run_cli
from hypothesis import example, given, settings
from hypothesis import strategies as st

from annotate import article, config, sidecar, suggest
from annotate.model import Actor, Annotations, Span

STORY = """Harbour Works Fined Over Spill

Reporting by Ann Example; Editing by Bob Sample

Officials in Lindqvar said on Monday that Torvald Heskin, the chief executive of \
Meridal Shipping, had resigned. Heskin told reporters the company would cooperate with the \
Baltic Maritime Authority (BMA). The BMA fined Meridal 4 million euros, according to Heskin.

Quorvex, a regional airline, said its de-escalation plan was working. Quorvex flights \
resumed on Tuesday. We support Quorvex, said Ilse Damaro.
"""


def art(text: str = STORY) -> article.Article:
    return article.from_text(text)


def test_names_typed_linked_and_furniture_skipped() -> None:
    found = {s.name: s for s in suggest.actors(art(), recommenders=["built-in"])}
    assert "Ann Example" not in found and "Bob Sample" not in found  # a credit line
    heskin = found["Torvald Heskin"]
    assert heskin.type == "person" and "Heskin" in heskin.aliases and len(heskin.mentions) == 3
    bma = found["Baltic Maritime Authority"]
    assert bma.type == "organization" and "BMA" in bma.aliases
    assert found["Quorvex"].type == "organization"  # one word, recurring, in apposition
    assert "Officials" not in found and "Harbour Works Fined Over Spill" not in found


def test_a_name_ending_in_a_trade_word_is_an_organization_even_beside_a_person() -> None:
    """'the chief executive of Velmora Shipping' says who Ana Ruiz is; it does not make
    the company a person."""
    text = ("Carrier Chief Quits\n\nAna Ruiz, the chief executive of Velmora Shipping, "
            "resigned on Monday. Velmora Shipping said Ruiz would stay until March.\n")
    found = {s.name: s for s in suggest.actors(art(text), recommenders=["built-in"])}
    assert found["Velmora Shipping"].type == "organization"
    assert found["Ana Ruiz"].type == "person"


def _with(names: list[tuple[str, str, str]], text: str) -> Annotations:
    a = art(text)
    ann = Annotations(sidecar.new(a, Path("x.ann.yaml")).document)
    for actor_id, name, kind in names:
        start = a.text.index(name)
        ann.actors.append(Actor(actor_id, name, kind, [],
                                [Span.at(a.text, start, start + len(name))]))
    return ann


def _claimed(names: list[tuple[str, str, str]], text: str) -> list[tuple[str, str | None]]:
    """The built-in's claims for `text` with `names` tagged: (their words, their claimant)."""
    ann = _with(names, text)
    return [(text[c.span[0]:c.span[1]], c.claimant)
            for c in suggest.claims(art(text), ann, recommenders=["built-in"])]


def test_the_worlds_large_cities_and_regions_are_places() -> None:
    text = ("Osric Pell flew from Peshawar to Andhra Pradesh on Monday. Peshawar officials "
            "said Andhra Pradesh had sent aid. Andhra Pradesh and Peshawar both asked for more.")
    found = _types(text)
    assert found["Peshawar"] == "place" and found["Andhra Pradesh"] == "place"
    assert found["Osric Pell"] == "person"


def test_a_name_after_a_compass_adjective_or_the_river_is_a_place() -> None:
    # (an unknown name the story also puts first in an agency's name, and a river's)
    text = ("Heavy rain flooded towns across northern Veldmark on Monday. The Veldmark "
            "Emergency Agency said the river Oste burst its banks near Harlingen.")
    found = _types(text)
    assert found["Veldmark"] == "place" and found["Oste"] == "place"
    assert found["Veldmark Emergency Agency"] == "organization"


def test_an_outlet_named_with_a_place_prefix_is_an_organization() -> None:
    text = ("Police arrested Osric Pell in 2020 after an investigation by the newspaper El "
            "Centinela in Varn. The mayor of El Paso said so.")
    found = _types(text)
    assert found["El Centinela"] == "organization" and found["El Paso"] == "place"


def test_a_sports_story_names_its_players_and_a_side_that_opens_its_sentences() -> None:
    text = ("Vesmark reached the final on Saturday after beating Norland 3-1 in Lindqvar. "
            "Striker Osric Pell scored twice. Vesmark coach Ilse Damaro said so. Vesmark will "
            "face Varn on Friday.")
    found = _types(text)
    assert "Osric Pell" in found and "Striker Osric Pell" not in found
    assert "Vesmark" in found
    # Twice at a sentence's start, doing nothing a name does: no name yet.
    text = "Meanwhile the rain fell. Sandbags were piled high. Sandbags held the water back."
    assert suggest.actors(art(text), recommenders=["built-in"]) == []


def test_a_company_by_its_shares_or_its_apposition_is_an_organization() -> None:
    text = ("Telvora, the country's second-largest mobile operator, said hackers stole data in "
            "Varn. Shares in Telvora fell 6% in Lindqvar. Analysts in Telvora were surprised.")
    found = _types(text)
    assert found["Telvora"] == "organization"
    # ... but not the person an apposition says works there; and a club by its kind noun
    text = ("Ilse Damaro, the company's chief executive, said so. Osric Pell, a club captain, "
            "said the move to Italian side Varnese and then to Spanish club Real Kelda was "
            "hard.")
    found = _types(text)
    assert found["Ilse Damaro"] == found["Osric Pell"] == "person"
    assert found["Varnese"] == found["Real Kelda"] == "organization"
    # a score after the name: a team, even with a place's word
    text = "Varn Rovers beat Lindqvar City 3-1 on Saturday, with Osric Pell scoring twice."
    found = _types(text)
    assert found["Lindqvar City"] == "organization"
    # ... and who beat them, whose two capitalised words made a person
    text = "Inter Kelda beat Lindqvar City 4-0 on Wednesday, with Osric Pell scoring twice."
    found = _types(text)
    assert found["Inter Kelda"] == "organization"


def test_a_school_district_is_a_board_and_an_elementary_a_school() -> None:
    text = ("Pupils were moved to Kelda Elementary, the Varn Unified School District said. "
            "The Varn District was flooded.")
    found = _types(text)
    assert found["Varn Unified School District"] == "organization"
    assert found["Kelda Elementary"] != "person" and found["Varn District"] == "place"


def test_the_name_whose_fighters_act_is_a_group() -> None:
    text = ("Rebel fighters of the Liberation Front for Ostmark (LFO) took Varn on Thursday. "
            "The LFO said it would hold the town.")
    found = _types(text)
    assert found["Liberation Front for Ostmark"] == "group"


def test_a_spacecraft_is_other_and_a_towns_region_a_place() -> None:
    text = ("The Norland Space Agency (NSA) delayed its Argonaut lunar lander by six months. "
            "The lander was due to lift off from Kourou, Ostmark Guiana, in March on an "
            "Ariane 6 rocket. An NSA probe found the fault.")
    found = _types(text)
    assert found["Argonaut"] == "other" and found["Ariane"] == "other"
    assert found["Ostmark Guiana"] == "place" and found["Kourou"] == "place"
    assert found["Norland Space Agency"] == "organization"


def test_a_regions_first_word_is_its_short_form_but_not_an_islands() -> None:
    text = ("Fighting in Ostmark spread on Monday. Fighting raged across the Ostmark Strip by "
            "evening. Ferries sailed from Kelda to Kelda Island, and Kelda stayed calm.")
    found = {s.name: s.aliases for s in suggest.actors(art(text), recommenders=["built-in"])}
    assert found["Ostmark Strip"] == ["Ostmark"] and "Ostmark" not in found
    assert "Kelda" in found and "Kelda" not in found["Kelda Island"]


def test_an_address_is_a_place_and_its_town_no_short_form_of_the_towns_police() -> None:
    text = ("A woman was stabbed on Harbour Road, Kelda, on Saturday. Kelda Police said a man "
            "was arrested. Osric Pell, of Mill Lane, Kelda, will appear in court.")
    found = {n: (s.type, s.aliases) for n, s in
             _actors(text).items()}
    assert found["Kelda"] == ("place", []) and found["Mill Lane"][0] == "place"
    assert found["Kelda Police"] == ("organization", [])


def test_streets_a_towns_district_and_another_town_of_the_same_last_words_are_places() -> None:
    text = ("A man was shot at John and Ostrow Streets in Kelda, police said. The suspect left "
            "the car on North 26th Street. He lived in East Kelda, police in Kelda said. "
            "Officers searched the city’s Marrowflats on Friday.")
    found = _actors(text)
    assert found["Ostrow Streets"].type == "place" and found["John"].type == "place"
    assert found["North 26th Street"].type == "place" and "North" not in found
    assert found["Kelda"].aliases == [] and found["East Kelda"].aliases == []
    assert found["Marrowflats"].type == "place"


def test_two_titles_after_a_police_force_and_a_town_around_which() -> None:
    text = ("Seven people died, Varn State Police Superintendent Colonel Osric Pell said. "
            "Warnings went to residents around Kelderton, New Ostrow, on Monday.")
    found = _actors(text)
    assert found["Varn State Police"].type == "organization" and found["Osric Pell"].hint
    assert not [n for n in found if "Superintendent" in n]
    assert found["Kelderton"].type == "place"


def test_a_person_in_apposition_after_from_or_a_title_and_in_a_list_of_payees() -> None:
    """Three people of one story were typed places: "a bribe from X, a former minister",
    "another former information minister, X,", and X again in "to Y, X, Varnco and"."""
    found = _actors("Osric Pell took a bribe from Ivo Rask, a former agriculture minister. The "
                    "court sentenced another former information minister, Truong Minh Tuan, to "
                    "14 years. Nguyen Bac Son received the money. Executives paid bribes to "
                    "Son, Tuan, Varnco and other officials.")
    assert [found[n].type for n in ("Ivo Rask", "Truong Minh Tuan", "Nguyen Bac Son")] == \
        ["person"] * 3
    # a given name that is also a kind of organisation, after a person noun
    found = _actors("Police arrested 18 people, Varn Police spokeswoman Charity Okafor said. "
                    "Okafor said the charges were unclear.")
    assert found["Charity Okafor"].type == "person" and "Okafor" not in found


def test_a_name_whose_chief_executive_speaks_is_a_company() -> None:
    found = _actors("Varnco will buy rival Tarrant Holm for $3 billion. Ivo Rask, chairman and "
                    "CEO of Tarrant Holm, said the deal was good.")
    assert found["Tarrant Holm"].type == "organization" and found["Ivo Rask"].type == "person"


def test_a_two_word_place_based_before_a_firm_is_split_from_it() -> None:
    found = _actors("Lake Kelda-based Tarrant Holm fell 5%. New Kelda-born Ivo Rask said so.")
    assert found["Lake Kelda"].type == found["New Kelda"].type == "place"
    assert found["Tarrant Holm"].type == "organization" and found["Ivo Rask"].type == "person"


def test_a_towns_name_joined_by_upon_or_nad_is_one_place() -> None:
    found = _actors("She was taken to a hospital in Kelda nad Ostrou. Police in Varnley upon "
                    "Tarn said so.")
    assert found["Kelda nad Ostrou"].type == found["Varnley upon Tarn"].type == "place"


def test_a_railway_story_s_ministers_officers_stations_and_hospital() -> None:
    found = _actors("Kelish Railway Minister Ivo Rask said the line would reopen. No one was "
                    "hurt, Ana Kovi, Chief PRO of the Varn Railway, said. The train derailed "
                    "between the Ostrow and Tarnby stations. One man was rushed to Kelda "
                    "hospital.")
    assert not {"Kelish Railway", "Chief PRO"} & set(found), set(found)
    assert [found[n].type for n in ("Ostrow", "Tarnby", "Kelda")] == ["place"] * 3


def test_a_resignation_story_s_people_and_party() -> None:
    """A person's first names and a surname with its article join the full name; a party
    named before "coalition party" is an organisation; a date ends an agency's name."""
    found = _actors("Kelda Chief Minister Ivo Rask accepted the resignation of the minister, "
                    "Rana Gurjit Singh, on Thursday. Rask said Rana Gurjit’s resignation was "
                    "accepted. Gurjit agreed. Rask, a member of the junior Social Democrat "
                    "coalition party, said so.\n\nThe cabinet accepted the resignation of "
                    "Abdulaziz al-Ibraheem. \"We fight corruption,\" said Ibraheem, a senior "
                    "employee at the ministry.\n\n(Varn News Agency January 26, 2009)")
    assert len(found["Rana Gurjit Singh"].mentions) == 3 and "Rana Gurjit" not in found
    assert found["Abdulaziz al-Ibraheem"].type == "person" and "Ibraheem" not in found
    assert found["Social Democrat"].type == "organization"
    assert "Varn News Agency" in found and "Varn News Agency January 26" not in found


def test_a_retailers_possessive_or_ampersand_name_is_one_company() -> None:
    found = _actors("A breach at Ostrow & Lord stores lasted nine months, Kelder's Bay Co. said "
                    "Friday. Ivo Rask's Varn Corp fell. Lord & Tarrant said so.")
    assert found["Kelder's Bay Co"].type == "organization" and "Bay Co" not in found
    assert found["Ostrow & Lord"].type == found["Lord & Tarrant"].type == "organization"
    assert "Ivo Rask" in found and "Varn Corp" in found and "Tarrant" not in found


def test_a_direction_and_a_word_that_acts_and_is_nowhere_is_a_company() -> None:
    found = _actors("Western Quorvex confirmed that hackers stole customer data, the company "
                    "said. Western Quorvex discovered the theft in March. Police in Northern "
                    "Kelda said so.")
    assert found["Western Quorvex"].type == "organization"
    assert found["Northern Kelda"].type == "place"


def test_a_garden_is_a_place_and_a_centre_for_x_and_y_studies_one_body() -> None:
    found = _actors("Ivo Rask spoke in the Kelda Rose Garden. \"It is bad,\" said Ana Kovi, an "
                    "expert with Center for Strategic and International Studies.")
    assert found["Kelda Rose Garden"].type == "place"
    assert found["Center for Strategic and International Studies"].type == "organization"


def test_a_football_story_s_coaches_clubs_and_a_dutch_surname() -> None:
    found = _actors("“Assistant manager Alan Tate and first team coach Steve Rands have also "
                    "left the club. Steve, Alan and Steve depart with our thanks.” Varnco lost "
                    "3-0 to Kelda City on Saturday. The board decided to dismiss the coach of "
                    "the first team, Ivo Berizzi, whilst the Club considers its options. Ostrow "
                    "United parted ways with Erik ten Haag last month.")
    assert found["Alan Tate"].type == found["Ivo Berizzi"].type == "person"
    assert found["Kelda City"].type == "organization"
    assert found["Erik ten Haag"].type == "person" and "Erik" not in found
    assert "Club" not in found
    found = _actors("Kelda City has sacked manager Steve Cooper. “Assistant manager Alan Tate "
                    "and first team coach Steve Rands have also left the club. Steve, Alan and "
                    "Steve depart with our thanks.”")
    assert found["Steve"].type == "person"  # a given name of two people
    assert found["Steve Cooper"].type == "person"  # (no firm called "Steve" for short)
    found = _actors("Ivo Rask became the fourth Kelish Premier League boss to be sacked.")
    assert found["Kelish Premier League"].type == "organization" and "League" not in found
    found = _actors("Kelda City has sacked manager Ivo Rask after a poor run. Kelda City said so.")
    assert found["Kelda City"].type == "organization"


def test_a_launch_story_s_rocket_mission_and_lab() -> None:
    found = _actors("Varnco Lab launched its rocket, Quill, on Sunday. The mission \"Bright "
                    "Horizon\" carried two satellites. The Quill booster lifted off at 6 p.m., "
                    "Varnco Lab said. Varnco Lab confirmed it.")
    assert found["Varnco Lab"].type == "organization" and found["Quill"].type == "other"
    assert "Bright Horizon" not in found
    found = _actors("It was caused by the movement of the Philippine fault zone, Ivo Rask said.")
    assert "Philippine" not in found  # an adjective of a country


def test_an_earnings_story_s_agency_and_a_name_s_suffix() -> None:
    found = _actors("Analysts polled by Kelda Reuters expected less. \"We expect growth,\" "
                    "said CFO Ivo Rask, Jr. Varnco closed Tuesday's trading up 2%.")
    assert found["Kelda Reuters"].type == "organization"
    assert "Jr" not in found and found["Ivo Rask"].type == "person"


def test_a_plane_crash_story_s_airport_aviation_firm_rescuers_and_dateline() -> None:
    found = _actors("Kelda, Dec 25 (VNS) Several people were killed when a plane crashed, Varn "
                    "County Fire Rescue said. Among the dead was sports broadcaster Ana Kovi, "
                    "daughter-in-law of Ivo Rask. Ostrow Southend is a relatively small airport. "
                    "Zeusch Aviation operates the flights.")
    assert "Kelda" not in found and "VNS" not in found, set(found)
    assert found["Varn County Fire Rescue"].type == found["Zeusch Aviation"].type == \
        "organization"
    assert found["Ana Kovi"].type == "person" and found["Ostrow Southend"].type == "place"
    found = _actors("Kelda, Ky. (WKYT) — A fire reached the Ostrow Dam on Monday, Ivo Rask said.")
    assert set(found) == {"Ostrow Dam", "Ivo Rask"} and found["Ostrow Dam"].type == "place"
    assert set(_actors("Nairobi — Police said Ivo Rask had been arrested.")) == {"Ivo Rask"}


def test_a_body_named_by_plural_titles_and_indian_police_ranks() -> None:
    found = _actors("The Joint Chiefs of Staff said the missile flew 600 km. Additional DCP "
                    "Rajan Vyasa said so. Vyasa added more.")
    assert found["Joint Chiefs of Staff"].type == "organization"
    assert found["Rajan Vyasa"].type == "person" and found["Rajan Vyasa"].aliases == ["Vyasa"]


def test_a_firm_in_apposition_with_a_long_description_is_a_company() -> None:
    found = _actors("Varnco, the world's second biggest oil services company, will acquire "
                    "rival Tarrant Holm. Varnco said so.")
    assert found["Varnco"].type == "organization" and not found["Varnco"].guessed
    found = _actors("Ivo Rask was fined D44,000 by the court. The G20 met in Kelda. Varnco "
                    "paid N5 million.")
    assert "D44" not in found and "N5" not in found and "G20" in found  # amounts of money
    found = _actors("\"It is orbital,\" the company confirmed on Chirper. Varnco said so.")
    assert found["Chirper"].type == "organization" and not found["Chirper"].guessed


def test_a_trial_story_s_former_team_a_mother_named_in_apposition_and_a_bowl() -> None:
    found = _actors("Former Kelda Rovers star Ivo Rask was convicted. Rask's mother, Terri, and "
                    "his fiancee cried. The former Pro Bowl athlete was cut by Kelda Rovers.")
    assert "Kelda Rovers" in found and "Former Kelda Rovers" not in found
    assert found["Terri"].type == "person" and "Pro Bowl" not in found


def test_units_listed_after_a_firms_acronym_are_no_places() -> None:
    text = ("Varnco will cut 900 jobs, mostly in VWS, PXR, Advertising and Glimmer. Prices "
            "rose in the UAE, Kelda and Ostrow.")
    found = _actors(text)
    assert [found[n].type for n in ("PXR", "Advertising", "Glimmer")] == ["organization"] * 3
    assert found["Kelda"].type == found["Ostrow"].type == "place"


def test_a_weak_title_opening_an_organisations_name_is_part_of_it() -> None:
    text = ("Organisers from the General Confederation of Labour (GCL) put the turnout at "
            "120,000 in Varn. General Osric Pell said the army stayed away.")
    found = {n: (s.type, s.aliases) for n, s in
             _actors(text).items()}
    assert found["General Confederation of Labour"] == ("organization", ["GCL"])
    assert found["Osric Pell"][0] == "person"


def test_a_titles_or_a_saints_possessive_inside_an_institutions_name() -> None:
    text = ("Britain's Information Commissioner's Office (ICO) fined Meridal Shipping on "
            "Tuesday. Queen's University and St John's College in Varn said so. Staff at "
            "St Bride's Royal Hospital were evacuated.")
    found = {n: (s.type, s.aliases) for n, s in
             _actors(text).items()}
    assert found["Information Commissioner's Office"] == ("organization", ["ICO"])
    assert found["Queen's University"][0] == found["St John's College"][0] == "organization"
    # ... a word before the institution's ("Royal"): it was "St Bride" and "Royal Hospital"
    assert "St Bride's Royal Hospital" in found and "St Bride" not in found
    # any saint's, and a plural possessive before an institution's word or remit
    text = ("Nurses at St Aldric's Hospital in Varn and at the Kelda Infirmary walked out. The "
            "Varn Patients' Forum and the Department of Veterans' Affairs said so.")
    found = {n: (s.type, s.aliases) for n, s in
             _actors(text).items()}
    assert found["St Aldric's Hospital"][0] == found["Kelda Infirmary"][0] == "place"
    assert found["Varn Patients' Forum"][0] == "organization"
    assert found["Department of Veterans' Affairs"][0] == "organization"


def test_an_acronym_in_mixed_case_joins_the_name_whose_initials_it_spells() -> None:
    text = ("The Union for Progress (UfP) left the coalition in Varn on Monday. The UfP said "
            "so, and the Department for Education (DfE) agreed.")
    found = {n: (s.type, s.aliases) for n, s in
             _actors(text).items()}
    assert found["Union for Progress"] == ("organization", ["UfP"])
    assert found["Department for Education"] == ("organization", ["DfE"])
    assert "UfP" not in found and "DfE" not in found


def test_an_organisations_first_word_cut_short_is_its_short_form() -> None:
    """"the Fed" is the Federal Reserve; a clipped word that someone bears is no short form."""
    text = ("The Federal Reserve raised rates in Varn on Monday. The Fed said inflation was "
            "high, and Fed chair Osric Pell said more rises were possible. Fede Damaro said "
            "the bank was wrong.")
    found = {n: (s.type, s.aliases) for n, s in
             _actors(text).items()}
    assert found["Federal Reserve"] == ("organization", ["Fed"]) and "Fed" not in found
    assert found["Fede Damaro"][0] == "person"


def test_a_given_name_joined_to_someones_full_name_shares_the_surname() -> None:
    """"Alice and Dylan Maritato" are two people of one family; "Comcast and Brian Roberts",
    Comcast named alone elsewhere, is a firm and a man."""
    text = ("Alice and Dylan Maritato said they would sue Varn Holdings. Dylan Maritato told "
            "reporters the firm had lied. Comcast said on Monday that Comcast and Brian Roberts "
            "had agreed.")
    found = {n: (s.type, s.aliases) for n, s in
             _actors(text).items()}
    assert found["Alice Maritato"] == ("person", ["Alice"]) and "Alice" not in found
    assert found["Dylan Maritato"][0] == "person"
    assert found["Comcast"][0] == "organization" and "Comcast Roberts" not in found
    # a firm's name with an inner capital is no given name
    found = {n: (s.type, s.aliases) for n, s in
             _actors("Varnco said on Monday it bought NorFerry and Elf Dalsund.").items()}
    assert "NorFerry Dalsund" not in found and "NorFerry" in found, found


def test_a_council_story_names_its_towns_members_and_chiefs() -> None:
    """A town before a mayor's or councillor's post is a place; "Councilman" is a title;
    "Chief Kessel" is the chief named in full before; a surname of two words joins the full
    name; "Varnton, DC" names no "DC"."""
    text = ("The Varnton, DC city council on Monday overrode Varnton Mayor Ilse Damaro's veto. "
            "Lindqvar Councilor Tania Osric Pell said no. Councilman Jim Halvard voted for it. "
            "Police Chief Mark Kessel asked for new cars. Chief Kessel says they break down. "
            "Osric Pell said the council had erred.")
    found = {n: (s.type, s.aliases) for n, s in
             _actors(text).items()}
    assert found["Lindqvar"][0] == "place" and found["Varnton"][0] == "place"
    assert found["Jim Halvard"][0] == "person" and "Councilman Jim Halvard" not in found
    assert found["Mark Kessel"] == ("person", ["Chief Kessel"])
    assert found["Tania Osric Pell"] == ("person", ["Osric Pell"])
    assert "DC" not in found


def test_firms_by_apposition_and_legal_form_people_by_who_and_courts_by_date() -> None:
    """"one of the biggest firms, Harlow Brent," is a firm though it looks like a person;
    "X Co., Ltd." and "X Holdings, Inc." are one name; "the Kessler scale" no one."""
    text = ("Osric Pell was a director of one of Varn's biggest investment banking firms, "
            "Harlow Brent, until May. The Norland Railway Varn Group Co., Ltd. launched an "
            "emergency response. Meridal Holdings, Inc. said it would help, and Meridal "
            "Holdings shares rose. The quake measured 6.2 on the Kessler scale.")
    found = {n: (s.type, s.aliases) for n, s in
             _actors(text).items()}
    assert found["Harlow Brent"][0] == "organization"
    assert found["Norland Railway Varn Group Co., Ltd"][0] == "organization"
    assert found["Meridal Holdings, Inc"] == ("organization", ["Meridal Holdings"])
    assert "Ltd" not in found and "Inc" not in found and "Kessler" not in found
    # a name that speaks after "the X team," is no apposition to the team
    found = _types(
        "Varn Police spokesman Osric Pell said 6 were hurt. The gunman surrendered to the "
        "SWAT team, Pell said.")
    assert found["Osric Pell"] == "person", found
    # someone "who" did something is someone, after "from" too; a court sits "on June 4"
    found = _types(
        "Osric Pell takes over from Jose Halvard Vaz, who came to power in 2014. The results "
        "will be declared by the Constitutional Court on June 4.")
    assert found["Jose Halvard Vaz"] == "person", found
    assert found["Constitutional Court"] == "organization", found
    # an adjective before a nationality opening a sentence names no one; a title before a
    # surname that is also a place's word (the story names "Park Geun-hye"); "The
    # businessman, X," and "whose capital, X,"
    found = _types(
        "Prominent Indian rights activist Ilse Damaro criticized the bill. President Park, "
        "who is in Varn, called it regrettable. Park Geun-hye was elected in 2012. The "
        "businessman, Osric Pell-Kessel, hanged himself. Bribes came from Pell-Kessel. The "
        "state, whose capital, Lindqvar, is a hub, voted. Leaders went to Lindqvar.")
    assert "Prominent Indian" not in found, found
    assert "President Park" not in found and found["Park Geun-hye"] == "person", found
    assert found["Osric Pell-Kessel"] == "person" and found["Lindqvar"] == "place", found
    # a post and its remit name no one: "the National Minister of Health", "Director General
    # for Preventive Health Services", "Minister of State for Cabinet Affairs X"
    found = _types(
        "We sent the plan to the National Minister of Health and Varn Aid. Osric Pell, Director "
        "General for Preventive Health Services in the Ministry of Health, said 31 died. The "
        "Minister of State for Cabinet Affairs Ilse Damaro was appointed.")
    assert {"Health", "Director General for Preventive Health Services",
            "State for Cabinet Affairs"}.isdisjoint(found), found
    assert found["Ilse Damaro"] == "person", found
    # ... nor a list of remits, before the title or after it, nor "the former Attorney-general";
    # "the Health and Safety Executive" is one body
    found = _types(
        "INDUSTRY, Science and Technology Minister Osric Pell has resigned. The former "
        "Attorney-general was Ilse Damaro, the Minister for Agriculture, Forestry and "
        "Fisheries. The Health and Safety Executive said 20 labs would close.")
    assert set(found) == {"Osric Pell", "Ilse Damaro", "Health and Safety Executive"}, found
    assert found["Health and Safety Executive"] == "organization", found
    # "Türkiye" is Turkey; an adviser is titled, and a remit after "on" names no one; a
    # treaty's remits neither; "Speaker of Parliament Mr. X" names no "Parliament Mr"
    found = _types(
        "Osric Pell was in Türkiye on Monday. Turkey said Presidential Chief Adviser on "
        "Security and Foreign Policy Ilse Damaro and Speaker of Parliament Mr. Jan Berg came. "
        "An “Agreement on Commercial and Economic Cooperation” was signed.")
    assert found == {"Osric Pell": "person", "Turkey": "country", "Ilse Damaro": "person",
                     "Jan Berg": "person"}, found
    # a field of work last in a name is no surname: a unit, not a person
    found = _types("Varn police have called upon the expertise of staff from CID, Operational "
                   "Planning, Air Support and the Hi-Tech Crime Unit.")
    assert found.get("Operational Planning") not in (None, "person"), found
    # a local government area is a place, and so is the state it is in
    found = _types("Gunmen killed nine soldiers in Anka local government area of Varnia State. "
                   "The gunmen attacked Mangu Local Government Area of Plateau State. Mangu "
                   "Local Government Area Chairman Osric Pell said 40 died.")
    assert found == {"Anka": "place", "Varnia State": "place", "Mangu": "place",
                     "Plateau State": "place", "Osric Pell": "person"}, found
    # a mountain "atop" which a telescope stands is a place, a planet is one too; an
    # observatory is a body, and "450 miles" after it is a distance, no model number
    found = _types("Astronomers using a telescope atop Mauna Kea found a planet eight times the "
                   "mass of Jupiter, Osric Pell said in a newsletter of the Varn Observatory. A "
                   "telescope at the Kestrel Observatory 450 miles west of Lindqvar helped.")
    assert found["Mauna Kea"] == found["Jupiter"] == "place", found
    assert found["Varn Observatory"] == found["Kestrel Observatory"] == "organization", found
    # a force before its officer's title is named ("Metropolitan Police Assistant Commissioner
    # X"; a city's stays a place); "X resident Y" lives in X; a list of suburbs is of places
    found = _types("Metropolitan Police Assistant Commissioner Osric Pell said 12 men were held. "
                   "London Police Chief Ilse Damaro agreed, Varnby resident Jan Berg told Varn "
                   "Radio, and homes in the suburbs of Mount Kestrel East, Logby and Underholm "
                   "were raided.")
    assert found["Metropolitan Police"] == "organization" and "Metropolitan" not in found, found
    assert found["London"] == found["Varnby"] == found["Logby"] == found["Underholm"] == \
        "place", found
    # a team from a "New" place is a team; the New Territories stay a place
    found = _types("Osric Pell once had a contract with the New Varnby Patriots. The Patriots "
                   "dropped Pell, who moved to the New Territories.")
    assert found["New Varnby Patriots"] == "organization", found
    assert found["New Territories"] == "place", found
    # "Save the Children" is one name; the World Food Programme is an agency (the Apollo
    # Program still no one); a permanent secretary's ministry "of Disaster" names no one
    found = _types("Aid group Save the Children UK said 16 bodies were found. Osric Pell of "
                   "the World Food Programme said aid came. The Apollo Program ended. The "
                   "Permanent Secretary in the ministry of Disaster, Ilse Damaro, agreed.")
    assert found == {"Save the Children UK": "organization", "Osric Pell": "person",
                     "World Food Programme": "organization", "Ilse Damaro": "person"}, found
    # a ship "named the X" is a vessel; a town named in a hospital's name and near it is no
    # short form of the hospital; "Deadly Varnia floods…" opens with an adjective
    found = _types("The effort to find the ship, named the Marina Varn, goes on. The boat sank "
                   "outside of the tourist destination of Lindby. That person is in good "
                   "condition, a spokeswoman for the Kestrel Medical Center Lindby hospital said. "
                   "Readings near Lindby showed winds of 73 miles per hour. Osric Pell told a "
                   "news conference from a Lindby hospital that she was sad. Deadly Peru floods "
                   "killed 40.")
    assert found["Marina Varn"] == "other" and found["Lindby"] == "place", found
    assert "Deadly Peru" not in found and found["Peru"] == "country", found
    # films listed or named as someone's last are works, no one; kin listed by their given
    # names are people
    found = _types("Actor Osric Pell, known for hit movies including Who Framed Varn Rabbit and "
                   "Mona Kestrel, has died. Jan Berg, who starred in his final film, Snow Varn "
                   "and the Huntsman, paid tribute. His wife Linda and children Alex, Sarah, "
                   "Rosa and Jack said they were devastated.")
    assert not {"Framed Varn Rabbit", "Mona Kestrel", "Snow Varn", "Huntsman"} & set(found), found
    assert found["Rosa"] == found["Jack"] == found["Alex"] == "person", found
    # a press secretary's title names no "White House Press"; a board's chair names the board
    found = _types("White House Press Secretary Osric Pell spoke. Varn Board Chair Ilse Damaro "
                   "agreed.")
    assert found == {"White House": "organization", "Osric Pell": "person",
                     "Varn Board": "organization", "Ilse Damaro": "person"}, found
    # a technology's acronym names no one
    assert set(_actors("Hackers used SQL injection and a VPN flaw against Meridal Shipping, "
                       "Osric Pell said.")) == {"Meridal Shipping", "Osric Pell"}
    # a city's people are a group; "a manager at X" works for a firm
    found = _types("More than 800,000 accounts belonged to New Yorkers, said Osric Pell, "
                   "incident response manager at Kestrelsec.")
    assert found["New Yorkers"] == "group" and found["Kestrelsec"] == "organization", found
    # a name before an earthquake or a fault is a place (a country's stays a country); a
    # body's name with "and" after a possessive is one name
    found = _types(
        "The Varnby earthquake of 1992 began on the Osric Dalen fault, Norland’s Disaster and "
        "Emergency Management Presidency said. The Peru earthquake killed 40.")
    assert found["Varnby"] == found["Osric Dalen"] == "place", found
    assert found["Peru"] == "country", found
    assert found["Disaster and Emergency Management Presidency"] == "organization", found
    # "brand X" is a firm; "X's Royal Plaza" a place; "200 GB of data", "an 8-K Form" no one
    found = _types(
        "Hackers hit the Italian menswear brand Harlow Brent on Monday. A Harlow Brent "
        "representative said so. Protesters gathered in Varn's Royal Plaza. They stole 200 GB "
        "of data, and Harlow Brent filed an 8-K Form with regulators.")
    assert found["Harlow Brent"] == "organization" and found["Royal Plaza"] == "place", found
    assert "GB" not in found and "Form" not in found, found
    # "X and Y (XAYS-K)" is one name, its acronym with a suffix; "Launch Manager" a title;
    # "one of the worst-hit towns, X" a place
    found = {n: (s.type, s.aliases) for n, s in _actors(
        "Kestrel released the Tracking Data and Relay Satellite (TDRS-K) on Monday. TDRS-K will "
        "orbit, said Kestrel Launch Manager Osric Pell. In one of the worst-hit towns, Lindqvar "
        "in Varn, one man escaped, Norland Radio said.").items()}
    assert found["Tracking Data and Relay Satellite"][1] == ["TDRS-K"], found
    assert found["Osric Pell"][0] == "person" and found["Lindqvar"][0] == "place", found
    # a maker before "rocket" that speaks is a firm; "Space.com" keeps its domain where
    # "space" is a common word; "X's Y Flight Facility" is a place
    found = _types(
        "A Kestrel rocket blasted off with a space probe on Monday. The first launch to that "
        "orbit, Kestrel said. The news site Space.com reported it. The pad stands on land "
        "leased from Kestrel's Varn Flight Facility.")
    assert found["Kestrel"] == "organization" and found["Space.com"] == "organization", found
    assert found["Varn Flight Facility"] == "place", found
    # "X in Y" written so again and again is one name; "an analyst with X" works for a firm;
    # "the September-November quarter" is no one
    found = _types(
        "Meridal in Motion posted a profit for the September-November quarter. Shares of "
        "Meridal in Motion fell, said Osric Pell, an analyst with Harlow Brent in Varn.")
    assert found["Meridal in Motion"] == "organization", found
    assert found["Harlow Brent"] == "organization", found
    assert "September-November" not in found and "Motion" not in found, found
    # a party's adjective before a title names no party; a common word opening a sentence
    # is no short form of a court's name ("Appeals court justices")
    found = {n: (s.type, s.aliases) for n, s in _actors(
        "Witnesses included former Democratic Governor Osric Pell. Ilse Damaro appealed to the "
        "Varn Circuit Court of Appeals. Appeals court justices could reverse that, and the "
        "appeals court may act.").items()}
    assert "Democratic" not in found and found["Osric Pell"][0] == "person", found
    assert found["Varn Circuit Court of Appeals"] == ("organization", []), found
    # a post of a province names no one; "Settlement" is a place's word; "his X lawyer" works
    # for a firm
    found = {n: (s.type, s.aliases) for n, s in _actors(
        "The Provincial Police Commander (PPC) said so. He said the Kumu Grass Settlement "
        "was well known for crime. The defendant did not speak, but his Legal Aid lawyer said "
        "he nodded.").items()}
    assert "Provincial Police Commander" not in found, found
    assert found["Kumu Grass Settlement"][0] == "place", found
    assert found["Legal Aid"][0] == "organization", found
    # a ship named in apposition to "the ferry," is a vessel, its "The" no part of the name
    found = _types(
        "The ferry, The Kestrel Star, sank on Monday near Varn. The Kestrel Star was carrying "
        "300 passengers, officials said.")
    assert found.get("Kestrel Star") == "other", found
    # Malaysian honorifics, a constituency before "MP", a given name alone of three words
    found = {n: (s.type, s.aliases) for n, s in _actors(
        "Speaker Datuk Ilse Varna Damaro let them in. Varn’s Kuala Lindqvar MP Datuk Dr Osric "
        "Pell asked Ilse. In reply, Ilse said she made the allowance.").items()}
    assert found["Ilse Varna Damaro"] == ("person", ["Ilse"]), found
    assert found["Osric Pell"][0] == "person" and found["Kuala Lindqvar"][0] == "place", found
    # a person and a firm joined by "and": two, where the surname speaks alone
    found = _types(
        "Osric Pell and Varn Holdings Inc were charged on Monday. Pell said he was "
        "innocent.")
    assert found.get("Osric Pell") == "person" and "Varn Holdings Inc" in found, found
    # "NSW" is a place, no organisation
    assert _types("NSW Health Minister Osric Pell slammed the walkout.") == {
        "NSW": "place", "Osric Pell": "person"}
    # "Lao" is Laos's nationality ("Lao authorities", "Lao Minister of Labor X")
    found = _types("Lao authorities said 6 died in Laos. Lao Minister of Labor and Social "
                   "Welfare Osric Pell came.")
    assert found == {"Laos": "country", "Osric Pell": "person"}, found
    # a nationality made from a country's name with "-ien", "-nian"
    assert {"Nigerien", "Panamanian"}.isdisjoint(set(_actors(
        "The Varn Electoral Commission praised Nigerien voters in Niger. Osric Pell was "
        "received by Panamanian officials in Panama.")))
    # ... joined to another: "the Anglo-Dutch group", "Sino-Varnish"
    assert set(_actors("Osric Pell said the Anglo-Dutch group and Franco-German officials "
                       "met on Monday.")) == {"Osric Pell"}


def test_an_illness_or_a_law_named_after_someone_names_no_actor() -> None:
    text = ("An experimental Kessler's drug slowed decline, Meridal Shipping said in Varn. "
            "Patients with Kessler's disease improved. Osric Pell's patients and Pell's drug "
            "use were not studied, Pell said.")
    names = set(_actors(text))
    assert "Kessler" not in names and {"Osric Pell", "Meridal Shipping"} <= names


def test_a_storm_or_a_wildfire_is_no_one() -> None:
    text = ("Hurricane Kessa killed 40 people in Varn, officials said. Kessa weakened on "
            "Monday. The Lindqvar Fire has burned 4,000 acres. Storm Pell, the port's chief, "
            "said the Ring of Fire was calm.")
    found = _types(text)
    assert found["Hurricane Kessa"] == found["Lindqvar Fire"] == "other"
    assert found["Storm Pell"] == "person" and found.get("Ring of Fire") != "other"


def test_a_prizes_field_and_a_works_quoted_title_name_no_actor() -> None:
    text = ("Ilse Damaro won the Varn Prize in Literature for her novel \"The Salt Road\" and "
            "the Meridal Award for Poetry in 1978. Osric Pell praised Damaro in Varn.")
    names = set(_actors(text))
    assert names.isdisjoint({"Literature", "Salt Road", "The Salt Road", "Poetry"})
    assert {"Ilse Damaro", "Osric Pell", "Varn"} <= names


def test_the_place_a_bank_is_of_is_no_short_form_of_it_but_a_churchs_creed_is() -> None:
    text = ("The Bank of Ostmark raised rates in Varn. Analysts said Ostmark would recover "
            "soon. The Church of Varnism said so. Varnism has 40 members in Lindqvar.")
    found = {s.name: s.aliases for s in suggest.actors(art(text), recommenders=["built-in"])}
    assert found["Bank of Ostmark"] == [] and "Ostmark" in found
    assert found["Church of Varnism"] == ["Varnism"]


def test_a_kind_of_body_opening_the_sentence_before_its_name_is_no_name() -> None:
    text = ("Consumer group FoodWatch accused Meridal Shipping of acting slowly in Varn. "
            "Rights group Varnwatch agreed.")
    names = set(_actors(text))
    assert {"FoodWatch", "Meridal Shipping", "Varnwatch"} <= names
    assert names.isdisjoint({"Consumer", "Rights"})


def test_a_name_with_an_embassy_or_diplomats_is_a_country() -> None:
    text = ("Ostmark ordered four Kelvania diplomats to leave on Saturday. Kelvania's embassy "
            "in Varn called it unfounded.")
    found = _types(text)
    assert found["Kelvania"] == "country"
    text = ("Osric Pell was sworn in as Ostmark's prime minister on Monday. Lindavia's central "
            "bank raised rates.")
    found = _types(text)
    assert found["Ostmark"] == found["Lindavia"] == "country"
    text = "A former mayor of Kelda was jailed on Tuesday. Residents of Lindqvar protested."
    found = _types(text)
    assert found["Kelda"] == found["Lindqvar"] == "place"


def test_a_journal_named_after_the_word_journal_is_an_organization() -> None:
    text = ("A study published in the journal The Varn Review found 30% more cases. Osric "
            "Pell led it.")
    found = _types(text)
    assert found["Varn Review"] == "organization"


def test_a_tournament_is_no_actor_but_a_town_of_its_word_is() -> None:
    text = ("Ilse Damaro won the Varn Open on Sunday and the Kelda Marathon in May. Osric Pell "
            "ran from Marathon to Varn.")
    names = set(_actors(text))
    assert names.isdisjoint({"Varn Open", "Kelda Marathon"}) and "Marathon" in names


def test_unions_and_regulators_opening_a_sentence_are_no_one_named() -> None:
    text = ("Meridal Shipping agreed to buy Varn Ferries. Unions warned that 300 jobs could be "
            "lost. Regulators said they would study it. Unions said so again.")
    names = set(_actors(text))
    assert names == {"Meridal Shipping", "Varn Ferries"}


def test_who_claims_responsibility_for_an_attack_is_a_group_and_claims_all_of_it() -> None:
    text = ("Gunmen killed 14 soldiers near Varn on Sunday. The Ostmark Liberation Army (OLA) "
            "claimed responsibility for the attack in a statement posted online.")
    (found,) = [s for s in suggest.actors(art(text), recommenders=["built-in"])
                if s.name == "Ostmark Liberation Army"]
    assert found.type == "group"
    ann = _with([("ola", "Ostmark Liberation Army", "group")], text)
    claims = {c.claimant: text[c.span[0]:c.span[1]]
              for c in suggest.claims(art(text), ann, recommenders=["built-in"])}
    assert claims["ola"].startswith("The Ostmark Liberation Army (OLA) claimed responsibility")


def test_titles_with_a_portfolio_initials_nationalities_and_of_are_no_part_of_a_name() -> None:
    text = ("Minister for Foreign Affairs Ilse Damaro met the President of the Baltic "
            "Council Osric T. Pell in Varn. Norwegian Ana Ruiz spoke for Meridal Shipping. "
            "Tor Lund of Velmora Shipping agreed. Damaro, Pell, Ruiz and Lund signed.")
    found = _types(text)
    for person in ("Ilse Damaro", "Osric T. Pell", "Ana Ruiz", "Tor Lund"):
        assert found.get(person) == "person", (person, found)
    assert found.get("Baltic Council") == "organization"
    assert found.get("Velmora Shipping") == "organization"


def test_triggers_on_word_boundaries_with_supported_participants_only() -> None:
    text = ("Ilse Damaro condemned the strike on Monday.\n\nThe de-escalation talks in "
            "Strike Valley failed. Lindqvar police arrested Osric Pell in Varn.")
    ann = _with([("damaro", "Ilse Damaro", "person"), ("pell", "Osric Pell", "person"),
                 ("varn", "Varn", "place")], text)
    found = suggest.events(art(text), config.default(), ann, recommenders=["built-in"])
    words = {art(text).text[e.trigger[0]:e.trigger[1]]: e for e in found}
    assert "escalation" not in words and "Strike" not in words
    assert words["condemned"].participants == [("damaro", "critic")]
    assert ("pell", "detainee") in words["arrested"].participants
    assert all(actor != "varn" for actor, _ in words["arrested"].participants)  # where
    assert "strike" not in words  # what "condemned" acts on, not an event of its own


def test_claims_by_checkworthiness_with_claimant_from_attribution() -> None:
    text = ("The port handled 40 percent more cargo than last year, Ilse Damaro said.\n\n"
            "According to Meridal Shipping, the ship was never inspected. What a lovely day "
            "it is for all of us.")
    ann = _with([("damaro", "Ilse Damaro", "person"),
                 ("meridal", "Meridal Shipping", "organization")], text)
    found = suggest.claims(art(text), ann, recommenders=["built-in"])
    first, second = found[0], found[1]
    assert first.kind == "quantity" and first.claimant == "damaro" and first.checkworthy
    assert second.claimant == "meridal"
    assert not any("lovely" in art(text).text[c.span[0]:c.span[1]] and c.checkworthy
                   for c in found)


def test_what_someone_expects_is_a_prediction_not_worth_checking() -> None:
    text = "Forecasters in Varn expect heavy rain across the northern provinces later this week."
    (found,) = suggest.claims(art(text), _with([], text), recommenders=["built-in"])
    assert found.kind == "prediction" and not found.checkworthy


def test_a_court_date_is_no_cause_and_a_police_appeal_no_claim() -> None:
    text = ("Osric Pell, of Kelda, is due to appear before Varn Magistrates' Court on Monday. "
            "The crash was due to ice on the road near Varn, police said. Anyone with "
            "information is asked to call police on 101.")
    found = sorted(suggest.claims(art(text), _with([], text), recommenders=["built-in"]),
                   key=lambda c: c.span)
    assert [(text[c.span[0]:c.span[0] + 9], c.kind) for c in found] == [
        ("Osric Pel", "factual"), ("The crash", "causal")]


def test_an_age_in_apposition_is_no_quantity_to_check() -> None:
    text = "Osric Pell, 61, denied the charges throughout his trial in Varn."
    (found,) = suggest.claims(art(text), _with([], text), recommenders=["built-in"])
    assert found.kind != "quantity" and "quantity" not in found.reason
    text = "Osric Pell, 61, denied taking 300,000 euros from Meridal Shipping."
    (found,) = suggest.claims(art(text), _with([], text), recommenders=["built-in"])
    assert found.kind == "quantity"


def test_the_group_or_the_company_is_the_one_named_last() -> None:
    text = ("The Ostmark Liberation Army claimed the attack in Varn. The group said its fighters "
            "had seized 40 rifles. Meridal Shipping lost a ship. The company said 12 sailors "
            "were missing. Three more ships were lost in 2019, according to the company.")
    ann = _with([("ola", "Ostmark Liberation Army", "group"),
                 ("meridal", "Meridal Shipping", "organization")], text)
    found = {text[c.span[0]:c.span[1]]: c.claimant
             for c in suggest.claims(art(text), ann, recommenders=["built-in"])}
    assert found["its fighters had seized 40 rifles"] == "ola"
    assert found["12 sailors were missing"] == "meridal"
    assert found["Three more ships were lost in 2019"] == "meridal"


def test_a_place_or_a_name_before_a_noun_is_no_claimant() -> None:
    text = ("Harbour fees rose 40 percent last year, according to the Varn council's figures. "
            "Harbour fees rose 40 percent last year, according to Meridal Shipping.")
    ann = _with([("varn", "Varn", "place"), ("meridal", "Meridal Shipping", "organization")],
                text)
    found = sorted(suggest.claims(art(text), ann, recommenders=["built-in"]),
                   key=lambda c: c.span)
    assert [c.claimant for c in found] == [None, "meridal"]


@pytest.mark.parametrize(("sentence", "claimant"), [
    # "X <verb> Y, ..., saying": the sentence's subject says it, past a name and its
    # apposition.
    ("Meridal Shipping congratulated Ilse Damaro, its new chief, saying cargo rose 40 "
     "percent.", "meridal"),
    # A possessor is not the speaker: the person its title leads to is.
    ("Cargo fell 40 percent, according to Meridal Shipping's chief executive Ilse Damaro.",
     "damaro"),
    ("“Cargo fell 40 percent last year,” said Meridal Shipping's chief, Ilse Damaro.",
     "damaro"),
    # A name in apposition right before the verb: the person, not the possessor.
    ("“Cargo fell 40 percent last year,” Meridal Shipping's chief, Ilse Damaro, said.",
     "damaro"),
    ("Meridal Shipping's chief, Ilse Damaro, told reporters that cargo fell 40 percent.",
     "damaro"),
    # The sentence's subject, whose verb phrase "and" joins to the speech verb.
    ("Opposition leader Ilse Damaro welcomed the result and said cargo fell 40 percent.",
     "damaro"),
    ("The port's chief, Ilse Damaro, welcomed the result and said cargo fell 40 percent.",
     "damaro"),
    ("Ilse Damaro called the result “a clear demand for change” and said cargo fell 40 "
     "percent.", "damaro"),
    ("Ilse Damaro welcomed the result but warned that cargo would fall 40 percent.",
     "damaro"),
    ("Ilse Damaro, 61, called the result a farce and said cargo fell 40 percent.", "damaro"),
    # After most speech verbs a name is what was told or declared, not who speaks.
    ("Cargo fell 40 percent, he told Meridal Shipping on Monday in a long letter.", None),
    ("State news today declared Ilse Damaro the winner with 40 percent of the vote.", None),
    # "reports that", a title or "a spokesman for" between the verb and the name, an
    # apposition naming another actor, a kind noun after the name.
    ("Meridal Shipping reports that cargo fell 40 percent last year.", "meridal"),
    # An apposition whose number holds a comma.
    ("Meridal Shipping, which employs 15,000 people, said that cargo fell 40 percent.",
     "meridal"),
    ("Ilse Damaro, whose firm employs 15,000 people, said cargo fell 40 percent last year.",
     "damaro"),
    # a day between the speaker and the verb
    ("Meridal Shipping on Monday said cargo fell 40 percent.", "meridal"),
    ("Meridal Shipping today announced that cargo fell 40 percent.", "meridal"),
    # what a reporter reported on is no claim of theirs; what a firm reported on Monday is
    ("Ilse Damaro had reported on the sale of 40 plots of state land in Varn.", None),
    ("Meridal Shipping reported on Monday that cargo fell 40 percent.", "meridal"),
    # "maintained that", "advised “...”", a plural subject's "deny that"; not "maintained the
    # cranes", "advised its staff to".
    ("The Varn Harbour Bureau (VHB) has maintained that cargo fell 40 percent last year.",
     "vhb"),
    ("Meridal Shipping maintained the 40 cranes of the port all through the year.", None),
    ("Meridal Shipping has advised “cargo fell 40 percent last year at every port”.",
     "meridal"),
    ("Meridal Shipping advised its staff to leave 40 ships in the port of Varn.", None),
    ("Meridal Shipping and Ilse Damaro deny that cargo fell 40 percent last year.", "meridal"),
    ("Osric Pell scored 40 goals and Ilse Damaro added a third in the final in Varn.", None),
    # After "said", a name with its own verb or quotation is what was said, not who said it.
    ("The union said Meridal Shipping had cut 40 percent of the jobs in Varn.", None),
    ("The union said Meridal Shipping \u201cbetrayed the trust of its 400 workers\u201d.", None),
    # A name's "reports" without "that" attributes too; "reports of" is a noun's.
    ("Meridal Shipping reports at least 40 containers were lost in the storm.", "meridal"),
    ("Meridal Shipping reports of 40 containers lost in the storm were denied.", None),
    ("Cargo fell 40 percent last year, said a spokesman for the shipping firm Meridal "
     "Shipping.", "meridal"),
    ("“Cargo fell 40 percent last year,” said policeman Ilse Damaro.", "damaro"),
    # a job that is in no list, and a rank after it; not a word that only ends like one
    ("“Cargo fell 40 percent last year,” said rescue coordinator Colonel Ilse Damaro of the "
     "port.", "damaro"),
    ("“Cargo fell 40 percent last year,” said after Ilse Damaro left the port.", None),
    ("Ilse Damaro would not say more, telling reporters that cargo fell 40 percent.",
     "damaro"),
    # "the company" named earlier in the sentence; "according to the company"
    ("A crane built by Meridal Shipping fell 40 metres in Varn, the company said on Monday.",
     "meridal"),
    ("A crane built by Meridal Shipping fell 40 metres in Varn, according to the company.",
     "meridal"),
    # an honorific before a name in apposition
    ("Meridal Shipping's chief executive, Dr. Ilse Damaro, said cargo fell 40 percent.",
     "damaro"),
    ("Osric Pell's successor, Mayor Ilse Damaro, said cargo fell 40 percent last year.",
     "damaro"),
    ("Ilse Damaro, a spokeswoman for the Meridal Shipping union, said cargo fell 40 percent.",
     "damaro"),
    ("The Meridal Shipping team said that cargo fell 40 percent last year.", "meridal"),
    ("The ruling Meridal Shipping party says that cargo fell 40 percent last year.",
     "meridal"),
    ("The Varn Harbour Bureau (VHB) reports that cargo fell 40 percent last year.", "vhb"),
    ("Meridal Shipping, the largest carrier of Norland, has stated that cargo fell 40 "
     "percent.", "meridal"),
    ("A Meridal Shipping statement said that cargo fell 40 percent last year.", "meridal"),
    # An apposition with no space after its comma, or long with a clause of its own; a
    # person "of" an organisation; a source after "as reported by".
    ("Ilse Damaro,Norland Shipping Minister, said that cargo fell 40 percent.", "damaro"),
    ("Ilse Damaro, the shipping minister who has recently been very widely criticised by the "
     "port unions, has claimed that cargo fell 40 percent.", "damaro"),
    ("Ilse Damaro of Meridal Shipping has said that cargo fell 40 percent last year.",
     "damaro"),
    ("Ilse Damaro of Norland's Meridal Shipping said that cargo fell 40 percent last year.",
     "damaro"),
    # an apposition whose closing comma was left out
    ("Ilse Damaro, the alleged chief of the group Meridal Shipping said, “We sank 40 ships.”",
     "damaro"),
    ("After she was arrested in Varn, Ilse Damaro, the alleged chief of the group Meridal "
     "Shipping said, “We sank 40 ships.”", "damaro"),
    ("Cargo fell 40 percent last year, as reported by Meridal Shipping.", "meridal"),
    # "reported it to": the event; "suggested it is": an attribution.
    ("The crew saw 40 containers fall and Meridal Shipping reported it to the coastguard.",
     None),
    ("Meridal Shipping has suggested it is the worst loss of cargo in 40 years.", "meridal"),
    # Two named before the verb: the first.
    ("Meridal Shipping and Ilse Damaro have reported that cargo fell 40 percent.", "meridal"),
    # The verb is the event, not an attribution; and a passive names no speaker.
    ("Ilse Damaro announced a day of mourning for the 40 sailors lost at sea.", None),
    ("Ilse Damaro declared three days of mourning for the 40 sailors lost at sea.", None),
    ("Ilse Damaro reported 40 containers were lost at sea last year.", "damaro"),
    ("Meridal Shipping confirmed 40 deaths among its sailors at sea last year.", "meridal"),
    ("Ilse Damaro is said to have sold 40 percent of Meridal Shipping last year.", None),
    # A plural subject's "claim" and "allege".
    ("Meridal Shipping and Ilse Damaro claim that cargo fell 40 percent last year.", "meridal"),
    ("Meridal Shipping and Ilse Damaro allege that cargo fell 40 percent last year.",
     "meridal"),
    # A relative clause that says something: the person it is about ("who has stated that").
    ("The talks were led by Ilse Damaro, the envoy of Norland, who has stated that cargo fell "
     "40 percent.", "damaro"),
    ("Ilse Damaro, who claimed to be at sea, sold 40 percent of Meridal Shipping.", None),
    # Who issued a statement saying it.
    ("Meridal Shipping issued a statement saying that cargo fell 40 percent last year.",
     "meridal"),
    # Who "reportedly" did something is not who reports it.
    ("Ilse Damaro reportedly sold 40 percent of Meridal Shipping last year.", None),
    # "responded by saying", "went on to say", "is quoted as saying", "accused".
    ("Meridal Shipping, however, responded by saying that cargo fell 40 percent last year.",
     "meridal"),
    ("Ilse Damaro went on to say that cargo fell 40 percent last year.", "damaro"),
    ("Ilse Damaro is quoted as saying that cargo fell 40 percent last year.", "damaro"),
    ("Ilse Damaro accused Meridal Shipping of losing 40 percent of the cargo.", "damaro"),
    ("Minority leader Ilse Damaro, R-Texas, voted against it, saying cargo fell 40 percent.",
     "damaro"),
    # The source of a report or of a tally is who says it.
    ("According to a report released by Meridal Shipping, cargo fell 40 percent last year.",
     "meridal"),
    ("Currently, Meridal Shipping's official tally says 40 containers were lost at sea.",
     "meridal"),
])
def test_the_claimant_is_who_the_attribution_names(sentence: str, claimant: str | None,
                                                   ) -> None:
    ann = _with([(i, name, kind) for i, name, kind in (
        ("damaro", "Ilse Damaro", "person"), ("meridal", "Meridal Shipping", "organization"),
        ("vhb", "VHB", "organization"), ("norland", "Norland", "country"))
        if name in sentence], sentence)
    (found,) = suggest.claims(art(sentence), ann, recommenders=["built-in"])
    assert found.claimant == claimant


@pytest.mark.parametrize(("sentence", "claim"), [
    # A title before the speaker's name in apposition: what was said is after the verb
    # ("The company's chief executive" was the claim), or before the title.
    ("The company's chief executive, Ilse Damaro, said cargo fell 40 percent.",
     "cargo fell 40 percent"),
    ("The company's chief executive, Dr. Ilse Damaro, said cargo fell 40 percent.",
     "cargo fell 40 percent"),
    ("Ilse Damaro would not say more, telling reporters that cargo fell 40 percent.",
     "cargo fell 40 percent"),
    ("Cargo fell 40 percent, the company's chief executive, Ilse Damaro, said.",
     "Cargo fell 40 percent"),
    # "C, the X said" and "C, the X (ACRONYM) said", a few words after: C.
    ("Cargo fell 40 percent in Varn, the Meridal Shipping (MS) said, citing its figures.",
     "Cargo fell 40 percent in Varn"),
    # What was said is the claim, without the attribution and its quote marks.
    ("Cargo fell 40 percent, according to Meridal Shipping's chief executive Ilse Damaro.",
     "Cargo fell 40 percent"),
    ("According to the company's spokesman, Ilse Damaro, cargo fell 40 percent.",
     "cargo fell 40 percent"),
    ("“Cargo fell 40 percent last year,” Meridal Shipping's chief, Ilse Damaro, said.",
     "Cargo fell 40 percent last year"),
    ("Meridal Shipping's chief, Ilse Damaro, told reporters that cargo fell 40 percent.",
     "cargo fell 40 percent"),
    ("Ilse Damaro said: “Cargo fell 40 percent last year.”", "Cargo fell 40 percent last year"),
    ("Meridal Shipping said on Monday cargo fell 40 percent.", "cargo fell 40 percent"),
    ("“It was the worst year we had,” Ilse Damaro said, as cargo fell 40 percent.",
     "It was the worst year we had"),
    ("The chief, Ilse Damaro, said cargo fell 40 percent.", "cargo fell 40 percent"),
    # "that" after a conjunction opens a second thing said, not the first.
    ("Ilse Damaro said cargo fell 40 percent but that the port would survive.",
     "cargo fell 40 percent but that the port would survive"),
    # A "that" after a verb of what was said belongs to it: the claim starts after "said".
    ("Ilse Damaro said the loss was the worst that the port had seen in 40 years.",
     "the loss was the worst that the port had seen in 40 years"),
    # What a second speaker said is not the first one's claim (it is the second claim).
    ("Ilse Damaro said cargo fell 40 percent, while Osric Pell said it rose 10 percent.",
     "cargo fell 40 percent|it rose 10 percent"),
    # An opening phrase before the speaker is not what was said.
    ("In a statement, Meridal Shipping said cargo fell 40 percent.", "cargo fell 40 percent"),
    ("Speaking in Varn on Monday, Ilse Damaro said cargo fell 40 percent.",
     "cargo fell 40 percent"),
    ("The port's chief, Ilse Damaro, welcomed the result and said cargo fell 40 percent.",
     "cargo fell 40 percent"),
    ("The chief, Ilse Damaro, said cargo fell 40 percent as the port lost 300 of its jobs.",
     "cargo fell 40 percent as the port lost 300 of its jobs"),
    # Where what was said is not at one end, or not a clause, the whole sentence.
    ("Ilse Damaro commented on the loss of cargo, saying 40 percent was gone.",
     "Ilse Damaro commented on the loss of cargo, saying 40 percent was gone"),
    # What was told, after who was told it, and a quotation with its closing mark.
    ("Ilse Damaro told reporters cargo fell 40 percent last year.",
     "cargo fell 40 percent last year"),
    # an accusation: who accused whom of what, all of it
    ("Ilse Damaro accused Meridal Shipping of losing 40 percent of the cargo.",
     "Ilse Damaro accused Meridal Shipping of losing 40 percent of the cargo"),
    ("Ilse Damaro told the Varn Herald the 40 percent loss was \"a disaster\".",
     "the 40 percent loss was \"a disaster\""),
    ("“We are sorry,” Ilse Damaro said, adding that the port would spend £2bn on cranes.",
     "the port would spend £2bn on cranes"),
    ("Cargo fell 40 percent, Ilse Damaro said, and the port lost another 300 of its jobs in "
     "the year.", "Cargo fell 40 percent, Ilse Damaro said, and the port lost another 300 of "
     "its jobs in the year"),
])
def test_the_claim_is_what_the_attribution_says_was_said(sentence: str, claim: str) -> None:
    ann = _with([(i, name, kind) for i, name, kind in (
        ("damaro", "Ilse Damaro", "person"), ("meridal", "Meridal Shipping", "organization"),
        ("pell", "Osric Pell", "person")) if name in sentence], sentence)
    found = suggest.claims(art(sentence), ann, recommenders=["built-in"])
    assert [sentence[c.span[0]:c.span[1]] for c in found] == claim.split("|")
    assert all(c.claimant for c in found)


def test_a_quotation_says_who_said_it_in_the_short_sentence_after_it() -> None:
    # "“C.” X said.": the writer closed the quotation with a full stop, so the attribution
    # is a sentence of its own; a longer sentence after a quotation is no attribution of it.
    text = ("“Cargo fell 40 percent last year at every one of our ports.” Ilse Damaro said. "
            "The port of Varn lost 300 jobs. “We lost 300 jobs in the port of Varn this year.” "
            "Ilse Damaro said that the port would close in 2030.")
    ann = _with([("damaro", "Ilse Damaro", "person")], text)
    second = text.rindex("Ilse Damaro")
    ann.actors[0].mentions.append(Span.at(text, second, second + len("Ilse Damaro")))
    found = sorted(suggest.claims(art(text), ann, recommenders=["built-in"]),
                   key=lambda c: c.span)
    assert [(text[c.span[0]:c.span[0] + 12], c.claimant) for c in found] == [
        ("Cargo fell 4", "damaro"), ("The port of ", None), ("We lost 300 ", None),
        ("the port wou", "damaro")]
    assert found[0].checkworthy and "attributed (said)" in found[0].reason


def test_merge_ranks_and_leaves_out_tagged_and_rejected() -> None:
    a = art()
    ann = _with([("heskin", "Torvald Heskin", "person")], STORY)
    ann.rejected = ["actor:Quorvex"]
    found = suggest.actors(a, ann, recommenders=["built-in"])
    names = [s.name for s in found]
    assert "Torvald Heskin" not in names and "Quorvex" not in names
    assert [s.score for s in found] == sorted((s.score for s in found), reverse=True)
    assert all(s.key == f"actor:{s.name}" for s in found)


def test_merged_actors_take_the_first_lists_name_and_type_unless_it_guessed() -> None:
    """Recommenders in order: the first one's type where both name an actor, a later
    one's where the first only guessed; a later mention that overlaps one of the first's
    with another extent ("Varn Lindqvar" read as one name, "Varn" inside "Varn Public
    Schools") is left out, joining nothing."""
    from annotate.suggest import merge
    from annotate.suggest.base import ActorSuggestion as A
    rules = [A("Varn", "place", [(0, 4)], score=0.5, source="rules"),
             A("Pell", "organization", [(20, 24)], score=0.5, source="rules", guessed=True),
             A("Lindqvar", "place", [(5, 13)], score=0.5, source="rules"),
             A("Varn Public Schools", "organization", [(30, 49)], source="rules")]
    model = [A("Varn", "organization", [(0, 4), (30, 34)], score=0.9, source="model"),
             A("Pell", "person", [(20, 24)], score=0.7, source="model"),
             A("Varn Lindqvar", "organization", [(0, 13)], score=0.9, source="model")]
    found = {s.name: s for s in merge.actors([rules, model], _with([], STORY), set())}
    assert (found["Varn"].type, found["Varn"].source) == ("place", "rules+model")
    assert found["Varn"].mentions == [(0, 4)] and found["Varn Public Schools"].aliases == []
    assert found["Pell"].type == "person" and not found["Pell"].guessed
    assert found["Lindqvar"].mentions == [(5, 13)] and "Varn Lindqvar" not in found
    assert "Varn Lindqvar" not in found["Varn"].aliases + found["Lindqvar"].aliases


def test_a_claim_rejected_in_a_sentence_is_not_offered_again_there() -> None:
    """By its key, or by the sentence's start: the key of a claim rejected when claims
    were whole sentences."""
    text = ("Ilse Damaro said that cargo fell 40 percent last year. "
            "Meridal Shipping lost 300 jobs in 2020.")
    ann = _with([("damaro", "Ilse Damaro", "person")], text)
    (said, other) = sorted(suggest.claims(art(text), ann, recommenders=["built-in"]),
                           key=lambda c: c.span)
    assert said.span[0] > 0  # what was said, after "Ilse Damaro said that"
    for key in (said.key, "claim:0"):
        ann.rejected = [key]
        again = suggest.claims(art(text), ann, recommenders=["built-in"])
        assert [c.span for c in again] == [other.span]


def test_project_recommender_gives_known_ids_and_remembers_rejections(tmp_path: Path) -> None:
    (tmp_path / "annotate.yaml").write_text("nlp: {recommenders: [built-in, project]}\n")
    old = tmp_path / "old" / "a.txt"
    old.parent.mkdir()
    old.write_text("Torvald Heskin spoke. Heskin left.\n")
    ann = sidecar.new(article.load(old), sidecar.path_for(old))
    ann.actors.append(Actor("heskin", "Torvald Heskin", "person", ["Heskin"],
                            [Span.at(old.read_text(), 0, 14)]))
    ann.rejected = ["actor:Quorvex"]
    sidecar.save(sidecar.path_for(old), ann)
    new = tmp_path / "new.txt"
    new.write_text(STORY)
    found = {s.name: s for s in suggest.actors(article.load(new), inv=config.for_path(new))}
    assert found["Torvald Heskin"].id == "heskin" and "project" in found["Torvald Heskin"].source
    assert "Quorvex" not in found  # rejected elsewhere in the project


def test_a_known_short_name_inside_a_longer_name_joins_no_actor(tmp_path: Path) -> None:
    """The project knew "U.S." as the United States; in "the U.S. Centers for Disease
    Control and Prevention" it made the agency (and every "U.S. X" of the story) mentions
    of the country: a project's mention inside another reading's longer name is left out.
    The agency's acronym, given after "U.S." opened its name, is still the agency's."""
    (tmp_path / "annotate.yaml").write_text("nlp: {recommenders: [built-in, project]}\n")
    old = tmp_path / "old.txt"
    old.write_text("U.S. troops left.\n")
    ann = sidecar.new(article.load(old), sidecar.path_for(old))
    ann.actors.append(Actor("united-states", "United States", "country", ["U.S."],
                            [Span.at(old.read_text(), 0, 4)]))
    sidecar.save(sidecar.path_for(old), ann)
    new = tmp_path / "new.txt"
    text = ("Measles cases rose by 20% last year, the U.S. Centers for Disease Control and "
            "Prevention said on Thursday. U.S. officials said the CDC would help.\n")
    new.write_text(text)
    found = {s.name: [text[a:b] for a, b in s.mentions]
             for s in suggest.actors(article.load(new), inv=config.for_path(new))}
    assert found["United States"] == ["U.S."]
    assert found["U.S. Centers for Disease Control and Prevention"] == [
        "U.S. Centers for Disease Control and Prevention", "CDC"]


def test_project_recommender_never_reads_another_annotators_sidecar_of_the_article(
        tmp_path: Path) -> None:
    """Alice's sidecar of this very article (beside it, or a copy of it elsewhere in the
    project) gives Bob neither her ids nor her rejections: independent annotations stay
    independent for `annotate agree`."""
    (tmp_path / "annotate.yaml").write_text("nlp: {recommenders: [built-in, project]}\n")
    story = tmp_path / "story.txt"
    story.write_text(STORY)
    elsewhere = tmp_path / "alice" / "story.txt"
    elsewhere.parent.mkdir()
    elsewhere.write_text(STORY)
    for path in (sidecar.path_for(story, "alice"), sidecar.path_for(elsewhere)):
        a = article.load(story)
        ann = sidecar.new(a, path)
        start = STORY.index("Torvald Heskin")
        ann.actors.append(Actor("the-heskin", "Torvald Heskin", "person", [],
                                [Span.at(STORY, start, start + 14)]))
        ann.rejected = ["actor:Quorvex"]
        sidecar.save(path, ann)
    bob = sidecar.path_for(story, "bob")
    found = {s.name: s for s in suggest.actors(article.load(story), inv=config.for_path(story),
                                               sidecar=bob)}
    assert found["Torvald Heskin"].id is None and found["Torvald Heskin"].source == "built-in"
    assert "Quorvex" in found


def test_annotate_suggest_prints_the_sidecar_shape(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(STORY)
    result = run_cli("suggest", path, "--format", "json", "--recommender", "built-in")
    assert result.code == 0, result
    data = json.loads(result.out)
    ids = {a["id"] for a in data["actors"]}
    for a in data["actors"]:
        for m in a["mentions"]:
            assert STORY[m["start"]:m["end"]] == m["text"]
        assert a["source"] == "built-in" and 0 < a["score"] <= 1
    for e in data["events"]:
        assert all(p["actor"] in ids for p in e["participants"])
        assert e["factuality"] in ("asserted", "hypothetical")
    assert all(c["claimant"] in ids | {None} for c in data["claims"])
    yaml_out = run_cli("suggest", path, "--recommender", "built-in")
    assert yaml_out.code == 0 and yaml_out.out.startswith("document:")


@pytest.mark.parametrize(("args", "code", "message"), [
    (["missing.txt"], 2, "article not found"),
    (["{p}", "--recommender", "oracle"], 2, "unknown recommender 'oracle'"),
])
def test_annotate_suggest_bad_input_one_sentence(tmp_path: Path, args: list[str], code: int,
                                                 message: str) -> None:
    path = tmp_path / "story.txt"
    path.write_text(STORY)
    result = run_cli("suggest", *[a.replace("{p}", str(path)) for a in args])
    assert result.code == code and message in result.err and len(result.err.splitlines()) == 1


INSTALL_HINT = ("annotate: the spacy recommender needs spaCy, which is not installed "
                "(pip install 'claim-annotate[nlp]' && python -m spacy download "
                "en_core_web_sm); using the built-in recommender")


@pytest.fixture
def no_spacy(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """spaCy is not installed (importing it fails), and nothing was said yet this run."""
    from annotate.suggest import nlp

    nlp.load.cache_clear()
    monkeypatch.setitem(sys.modules, "spacy", None)
    monkeypatch.setattr(suggest, "_told", set())
    yield
    nlp.load.cache_clear()


def _project(tmp_path: Path, nlp_section: str | None) -> Path:
    if nlp_section is not None:
        (tmp_path / "annotate.yaml").write_text(nlp_section)
    path = tmp_path / "story.txt"
    path.write_text(STORY)
    return path


@pytest.mark.parametrize(("config_text", "args"), [
    ("nlp: {recommenders: [built-in, spacy]}\n", []),  # the project's config asks for it
    ("nlp: {pipeline: en_core_web_sm}\n", []),  # a pipeline configured: spaCy is wanted
    (None, ["--recommender", "spacy"]),  # the command line asks for it alone
])
def test_spacy_asked_for_but_missing_one_line_and_built_in_carries_on(
        no_spacy: None, tmp_path: Path, config_text: str | None, args: list[str]) -> None:
    result = run_cli("suggest", _project(tmp_path, config_text), "--format", "json", *args)
    assert result.code == 0, result
    assert result.err.splitlines() == [INSTALL_HINT]
    data = json.loads(result.out)
    assert "Torvald Heskin" in {a["name"] for a in data["actors"]}
    assert {a["source"] for a in data["actors"]} <= {"built-in", "project"}


def test_spacy_in_the_built_in_defaults_is_tried_quietly(no_spacy: None, tmp_path: Path) -> None:
    """No project config: the defaults try spaCy where it is installed, silently."""
    result = run_cli("suggest", _project(tmp_path, None))
    assert result.code == 0 and result.err == "", result


def test_a_missing_pipeline_says_how_to_download_it(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("spacy")
    monkeypatch.setattr(suggest, "_told", set())
    path = _project(tmp_path, "nlp: {pipeline: xx_no_such_pipeline_sm}\n")
    result = run_cli("suggest", path, "--format", "json")
    assert result.code == 0 and json.loads(result.out)["actors"], result
    assert result.err.splitlines() == [
        "annotate: spaCy pipeline 'xx_no_such_pipeline_sm' is not installed (python -m spacy "
        "download xx_no_such_pipeline_sm); using the built-in recommender"]


def test_the_walkthrough_says_it_once_per_run(no_spacy: None, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """`tag` asks for suggestions in every pass (and again after decisions): one line."""
    path = _project(tmp_path, "nlp: {recommenders: [built-in, project, spacy]}\n")
    monkeypatch.setattr(sys, "stdin", io.StringIO("a\nd\nd\nd\nq\n"))
    result = run_cli("tag", path)
    assert result.code == 0, result
    assert "Pass 3 of 3: claims" in result.out and "Torvald Heskin" in result.out
    assert result.err.splitlines() == [INSTALL_HINT]


def test_the_walkthrough_follows_the_projects_recommenders(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """A project that runs only the project recommender gets no built-in suggestions in
    any pass (its config applies to actors and claims too, not just events)."""
    path = _project(tmp_path, "nlp: {recommenders: [project]}\n")
    monkeypatch.setattr(sys, "stdin", io.StringIO("q\n"))
    result = run_cli("tag", path)
    assert result.code == 0, result
    for number, name in enumerate(("actors", "events", "claims"), 1):
        assert f"Pass {number} of 3: {name}. Nothing to suggest.\n" in result.out
    assert "Enter accepts" not in result.out  # no keys for an empty pass
    # ...where the built-in would have suggested some (one actor is tagged for events)
    story = art(path.read_text())
    built_in = ["built-in"]
    assert suggest.actors(story, recommenders=built_in)
    assert suggest.claims(story, recommenders=built_in)
    assert suggest.events(story, config.default(),
                          _with([("damaro", "Ilse Damaro", "person")], story.text),
                          recommenders=built_in)


@pytest.mark.slow
def test_validate_export_show_never_import_spacy(tmp_path: Path) -> None:
    code = ("import sys; from annotate import cli\n"
            f"for args in (['validate', {str(SAMPLE_ARTICLE.with_suffix('.ann.yaml'))!r}],"
            f" ['show', {str(SAMPLE_ARTICLE)!r}],"
            f" ['export', {str(SAMPLE_ARTICLE.with_suffix('.ann.yaml'))!r}, '--to', 'jsonl',"
            f" '-o', {str(tmp_path / 'out.jsonl')!r}]):\n"
            "    cli.run(args)\n"
            "assert 'spacy' not in sys.modules, 'spacy imported'\nprint('clean')\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)
    assert done.returncode == 0 and "clean" in done.stdout, done.stderr


def _actors(text: str) -> dict[str, suggest.ActorSuggestion]:
    """The built-in's actors for `text`, by name."""
    return {s.name: s for s in suggest.actors(art(text), recommenders=["built-in"])}


def _types(text: str) -> dict[str, str]:
    """The built-in's actors' types for `text`, by name."""
    return {name: s.type for name, s in _actors(text).items()}


def test_what_a_name_is_comes_from_its_head_word_not_its_shape() -> None:
    """A museum or a prison of two words is no person; a possessor after "from" is no
    place; a name never starts with "of"; a nationality names no one; "PM" is a title."""
    text = ("Orvel Museum staff met PM Ilse Damaro at Dranmore Prison on Monday. Kestrel "
            "International Airport and the Varn Department of Fisheries were shut. Afghan "
            "Torvani fighters fled from Osric Pell's home. Pope Tavish the Third of Lindqvar "
            "spoke. The English National Maritime Gallery (NMG) said NMG would reopen. "
            "Orvel Museum and Dranmore Prison were named again, and Pell said so.")
    found = _actors(text)
    types = {name: s.type for name, s in found.items()}
    assert types["Orvel Museum"] == "organization"
    assert types["Dranmore Prison"] == "place"
    assert types["Kestrel International Airport"] == "place"
    assert types["Varn Department of Fisheries"] == "organization"
    assert types.get("Afghan Torvani") != "person"
    assert types["Osric Pell"] == "person"
    assert types["Ilse Damaro"] == "person" and "PM Ilse Damaro" not in types
    assert not any(name.startswith("of ") for name in types), types
    assert "Lindqvar" in types
    assert "NMG" in found["English National Maritime Gallery"].aliases


def test_peoples_particles_and_adjectives_made_of_names() -> None:
    """"Walloons" and "Bedouin" are groups; "bin" belongs to a person's name; an
    organisation's name followed by a person's is two names; "Varnland-based" names
    Varnland; "Meridal-speaking" names no one."""
    text = ("Meridal-speaking Walloons and Bedouin herders met Osric bin Tavish in Varnland. "
            "The leader of the Varn Radical Party Ilse Damaro said a Varnland-based bank "
            "had paid. Walloons and Scientologists protested; Bedouin elders, Damaro and "
            "Osric bin Tavish agreed. Varnland said the Varn Radical Party would lose.")
    found = {name: s.type for name, s in _actors(text).items()}
    assert found["Walloons"] == "group" and found["Bedouin"] == "group"
    assert found["Scientologists"] == "group"
    assert found["Osric bin Tavish"] == "person"
    assert found["Varn Radical Party"] == "organization" and found["Ilse Damaro"] == "person"
    assert not any("-" in name for name in found), found


def test_lists_of_towns_posts_and_short_forms_of_parties() -> None:
    """"the towns of X, Y and Z" are places; "Reporters Against Tolls" is no person; a
    post with its portfolio names no one, but "Chief of the Varn National Police" names
    the police; "Labour" is the Labour Party, "Conservatives" the Conservative Party."""
    text = ("Troops shelled the towns of Qorvath, Milsk and Tavrenne on Monday. Reporters "
            "Against Tolls said the Member of Parliament for Varn and the Minister for Health "
            "had left. The Chief of the Varn National Police, Osric Pell, agreed. The Labour "
            "Party and the Conservative Party met. Labour said the Conservatives had lost. "
            "Qorvath, Milsk and Tavrenne were quiet, Reporters Against Tolls said.")
    found = _actors(text)
    types = {name: s.type for name, s in found.items()}
    assert types["Qorvath"] == types["Milsk"] == types["Tavrenne"] == "place", types
    assert types["Reporters Against Tolls"] == "organization"
    assert not any(name.startswith(("Member", "Minister")) for name in types), types
    assert types["Varn National Police"] == "organization" and types["Osric Pell"] == "person"
    assert "Labour" in found["Labour Party"].aliases and "Labour" not in types
    assert "Conservatives" in found["Conservative Party"].aliases


def test_who_is_in_a_country_says_nothing_for_it() -> None:
    """"Officials in Norland say" names no claimant; "the Harbour Bureau in Norland says"
    names the bureau, not the country."""
    text = ("Officials in Norland say 40 ships sank near the coast on Monday.\n\n"
            "The Harbour Bureau in Norland says 12 crew members are missing.")
    ann = _with([("norland", "Norland", "country"),
                 ("harbour-bureau", "Harbour Bureau", "organization")], text)
    second = text.rindex("Norland")
    ann.actors[0].mentions.append(Span.at(text, second, second + len("Norland")))
    found = suggest.claims(art(text), ann, recommenders=["built-in"])
    assert [(c.claimant, c.checkworthy) for c in found] == [(None, True),
                                                           ("harbour-bureau", True)]


def test_wars_prizes_machines_and_adverbs_are_no_actors() -> None:
    text = ("Internationally, the Varn War ended when Osric Pell won the Lindqvar Peace Prize. "
            "A Mil Mi-8 and two F-16s flew over Varn. Osric Pell thanked Varn.")
    found = set(_actors(text))
    assert found & {"Internationally", "Varn War", "Lindqvar Peace Prize", "Mil Mi-8",
                    "F-16s"} == set(), found
    assert {"Osric Pell", "Varn"} <= found


def test_a_one_word_name_that_speaks_is_no_place_and_foreign_party_words() -> None:
    text = ("Talks between Meridal Shipping and Vorlan collapsed in Varn. Vorlan said its "
            "members would strike. The Parti Norlandais and the Moon were named. Vorlan met "
            "the Parti Norlandais in Varn.")
    found = {name: s.type for name, s in _actors(text).items()}
    assert found["Vorlan"] == "organization"
    assert found["Parti Norlandais"] == "organization"
    assert found["Moon"] == "place"


def test_a_company_called_by_its_first_word_is_one_organisation() -> None:
    """News calls a person by the surname and a company by its first word: "Quorvane
    Platforms ... Quorvane's shares" is one organisation; a first word that is another
    person's surname, or is followed by "his", stays apart."""
    found = _actors("The regulator fined Quorvane Platforms 40 million euros on Monday. "
                    "Quorvane's shares fell, and Quorvane will appeal, Osric Pell said.")
    assert found["Quorvane Platforms"].type == "organization"
    assert "Quorvane" in found["Quorvane Platforms"].aliases and "Quorvane" not in found
    found = _actors("Talvi Ostrom and Emil Talvi were jailed in Varn. Talvi and Ostrom "
                    "appealed. Later, Rurik Soll joined Varn; Rurik had his first match.")
    assert found["Talvi Ostrom"].type == "person" and found["Rurik Soll"].type == "person"


def test_models_flight_numbers_and_days_are_no_actors_and_a_coast_is_a_place() -> None:
    """"a Boeing 737", "an Airbus A320", "Flight SK901", "the FTSE 100" name a model, a
    flight or an index, not their maker; "on Sundays" is a day; "off the coast of X" and
    "north of Y" are places."""
    found = _actors("A Boeing 737 and an Airbus A320 of Skyline Air landed in Varnholt on "
                    "Sundays. Flight SK901 left from Lindqvar. The G20 met in Lorvik. Debris "
                    "was found off the coast of Kelvara and north of Tormund, Osric Pell said.")
    assert not set(found) & {"Boeing", "Airbus A320", "Flight SK901", "Sundays"}, set(found)
    assert {"Skyline Air", "G20", "Osric Pell"} <= set(found)
    assert found["Kelvara"].type == found["Tormund"].type == "place"
    found = _actors("The ferry sank near the port of Kelvara and the station of Tormund.")
    assert found["Kelvara"].type == found["Tormund"].type == "place"
    found = _actors("Tornadoes hit St. Kelvara County and Lambert-St. Tormund Airport, "
                    "and Mt. Varnhold stood.")
    assert {"St. Kelvara County", "Lambert-St. Tormund Airport", "Mt. Varnhold"} <= set(found)
    assert {found[n].type for n in ("St. Kelvara County", "Mt. Varnhold")} == {"place"}


def test_ampersand_names_portfolios_and_a_kind_of_organisation_before_a_name() -> None:
    """"Retailer Harlow & Sons ... Harlow's rival" is one firm (and "Retailer" says what it
    is); "Business Secretary X" names a portfolio, not an organisation; "accountancy firm
    Grant Moreland" is no person."""
    found = _actors("Retailer Harlow & Sons collapsed on Monday and appointed accountancy "
                    "firm Grant Moreland as administrators. Harlow's rival in Varn will buy "
                    "its stores, Business Secretary Osric Pell said.")
    assert found["Harlow & Sons"].type == "organization"
    assert "Harlow" in found["Harlow & Sons"].aliases and "Sons" not in found
    assert "Business" not in found and found["Osric Pell"].type == "person"
    assert found["Grant Moreland"].type == "organization"


def test_a_person_called_by_the_given_name_and_the_surname_is_no_firm() -> None:
    found = _actors("Ilvar Tamberlane was sentenced on Monday. Ilvar was said to be the "
                    "leader. Later Tamberlane threw a bottle at reporters.")
    assert found["Ilvar Tamberlane"].type == "person"
    assert "Tamberlane" in found["Ilvar Tamberlane"].aliases


def test_a_building_named_as_where_it_happened_is_a_place() -> None:
    found = _actors("Nine students were shot at Tarsk Academy on Monday and treated at Varn "
                    "Hospital. Meridal College said it would close.")
    assert found["Tarsk Academy"].type == found["Varn Hospital"].type == "place"
    assert found["Meridal College"].type == "organization"


def test_militants_and_a_militant_group_name_a_group() -> None:
    found = _actors("Varnak militants attacked Lorvik on Monday. The militant group Tarsk "
                    "Front said it had helped, and the hacker group Zedsec said so too.")
    assert {found[n].type for n in ("Varnak", "Tarsk Front", "Zedsec")} == {"group"}
    # ... and in apposition after the name (not a research group)
    found = _actors("The kidnapping was claimed by Katar Ansar Velo, a group linked to Tarsk "
                    "Front. Osric Pell of Velmont Trends, a research group, said the Lindqvar "
                    "Brigades, an armed separatist movement, had helped.")
    assert found["Katar Ansar Velo"].type == found["Lindqvar Brigades"].type == "group"
    assert found["Velmont Trends"].type == "organization"
    found = _actors("“We could close,” said Osric Pell, the chief executive of the group.")
    assert found["Osric Pell"].type == "person"


def test_an_opening_adverb_is_no_part_of_a_name_and_puerto_starts_a_place() -> None:
    found = _actors("Nearby Mount Tarsk had emitted ash on Monday. Territories such as "
                    "Puerto Varnal did not gain it, Osric Pell said.")
    assert found["Mount Tarsk"].type == found["Puerto Varnal"].type == "place"


def test_officials_in_a_place_speak_for_it_but_an_article_in_a_paper_is_the_papers() -> None:
    found = _actors("Officials in Lindqvar said on Monday that the port had shut. An article "
                    "in Varnzine said the port would reopen.")
    assert found["Lindqvar"].type == "place"
    assert found["Varnzine"].type == "organization"


def test_a_countrys_long_name_is_the_country() -> None:
    """"the Islamic Republic of Iran ... Iran" is one country; "the Democratic Republic of
    the Congo" one name; "Osric Pell of Meridal Shipping" still two."""
    found = _actors("Troops of the Democratic Republic of the Congo met envoys of the Islamic "
                    "Republic of Iran on Monday. Iran said Osric Pell of Meridal Shipping "
                    "had left.")
    assert found["Iran"].type == "country" and "Islamic Republic of Iran" in found["Iran"].aliases
    assert found["Democratic Republic of the Congo"].type == "country"
    assert {"Osric Pell", "Meridal Shipping"} <= set(found)


def test_brands_channels_and_communities_are_organisations() -> None:
    """"VidTube" has a capital inside (no surname prefix explains it): a brand; "the
    channel X" and "the Southern X Community" are organisations, not a person or a place."""
    found = _actors("Meridal Shipping sued VidTube on Monday. VidTube, the video website, "
                    "said it would appeal, and the channel Tarsk Vision said the Southern "
                    "Varn Development Community had asked Osric McAllan to resign.")
    assert found["VidTube"].type == "organization"
    assert found["Tarsk Vision"].type == "organization"
    assert found["Southern Varn Development Community"].type == "organization"
    assert found["Osric McAllan"].type == "person"
    from annotate.suggest import nlp
    assert nlp._kind("VidTube", "person") == "organization"
    assert nlp._kind("McAllan", "person") == "person"


def test_dates_pronouns_and_laws_named_by_their_head_are_no_actors() -> None:
    found = set(_actors("On 7th August, Everyone in Varn read the Treaty of Lisbon, the "
                        "Constitution for Europe, the Criminal Code and the Freedom of "
                        "Information Act, Osric Pell said after the Tour de Varn. The Tour "
                        "ended."))
    assert found & {"7th August", "Everyone", "Treaty of Lisbon", "Constitution for Europe",
                    "Criminal Code", "Freedom of Information Act", "Tour de Varn",
                    "Tour"} == set(), found
    assert {"Varn", "Osric Pell"} <= found


@pytest.mark.parametrize(("sentence", "claimant"), [
    # After "according to", a comma ends the source; a person noun before it does not.
    ("According to the Norland election commission, Ilse Damaro won 68 percent of the vote.",
     None),
    ("According to the company's spokesman, Ilse Damaro, cargo fell 40 percent.", "damaro"),
    # the official named after the organisation's official
    ("According to a Meridal Shipping official, Ilse Damaro, cargo fell 40 percent.",
     "damaro"),
])
def test_according_to_names_the_source_up_to_its_comma(sentence: str, claimant: str | None,
                                                      ) -> None:
    ann = _with([(i, name, kind) for i, name, kind in (
        ("meridal", "Meridal Shipping", "organization"), ("damaro", "Ilse Damaro", "person"))
        if name in sentence], sentence)
    (found,) = suggest.claims(art(sentence), ann, recommenders=["built-in"])
    assert found.claimant == claimant


def test_time_zones_weekdays_single_letters_and_a_country_at_a_full_stop() -> None:
    found = _actors("The quake struck Varn at 5:54 a.m. (2254 UTC Friday), at minus 5 C in "
                    "Varn. Aid came from the U.S. Later, Osric Pell thanked the U.S. and Norland.")
    assert set(found) & {"UTC Friday", "UTC", "C", "U.S", "U.S. Later"} == set(), set(found)
    assert found["United States"].type == "country"
    assert len(found["United States"].mentions) == 2


@pytest.mark.parametrize(("text", "name", "kind"), [
    # "a stake in X" once among four mentions that act: no place.
    ("Varnco reported a loss on Monday. Meridal Shipping holds a stake in Varnco. Varnco "
     "shares fell 5 percent. Varnco also sold two ships.", "Varnco", "organization"),
    # ", US sport columnist": where the person is from, not that the name is a place.
    ("On Twitter, Osric Pellmann, US sport columnist for Meridal News, said the crash killed "
     "nine.", "Osric Pellmann", "person"),
    # "his daughter X", "aged 13": a person.
    ("Torvald Heskin and his daughter Ilsabet, aged 13, died in the crash. Ilsabet was a keen "
     "player.", "Ilsabet", "person"),
    # "the <city> <plural>": a team, not a place nor a person.
    ("Heskin joined the league in 1996. He was traded by the Norvik Hornets to the San "
     "Lindqvar Lakers.", "Norvik Hornets", "organization"),
    ("Heskin joined the league in 1996. He was traded by the Norvik Hornets to the San "
     "Lindqvar Lakers.", "San Lindqvar Lakers", "organization"),
    # ... but "the West Midlands" is a region.
    ("Police in the West Midlands said 200 kilograms of drugs were seized in the West "
     "Midlands.", "West Midlands", "place"),
    # ... and "Southern Water", a utility, is a company, not a region.
    ("Southern Water has been fined a record sum. Southern Water said it would appeal.",
     "Southern Water", "organization"),
    # A firm's, a pollster's and a paper's last word (they were people).
    ("Varnco Diagnostics said the contract was awarded fairly.", "Varnco Diagnostics",
     "organization"),
    ("A poll by Civnor Research found that 61% of voters agreed.", "Civnor Research",
     "organization"),
    ("The emails were published by the Lindqvar Chronicle on Monday.", "Lindqvar Chronicle",
     "organization"),
    # "in neighbouring X": a place (it was an organisation)
    ("Floods hit Varn on Monday. In neighbouring Lindqvar, 40 homes flooded.", "Lindqvar",
     "place"),
    # "a Gresham man": where he lives (it was a person, then the defendant)
    ("A Lindqvar man was found guilty of murder on Friday.", "Lindqvar", "place"),
    # a kind in apposition before the name, and a gang "known as" (both were people)
    ("The contractor, Varnco Holmberg, said it had completed the work.", "Varnco Holmberg",
     "organization"),
    ("Two aid workers were abducted by a criminal gang known as the Red Varn.", "Red Varn",
     "group"),
    ("The shipping line, Varnco Holmberg, filed the lawsuit in March.", "Varnco Holmberg",
     "organization"),
    ("The regulator, Lindqvar Ofvar, fined the bank on Monday.", "Lindqvar Ofvar",
     "organization"),
    ("A fire tore through a plant owned by Varnco Polymers on Tuesday.", "Varnco Polymers",
     "organization"),
    ("Lindqvar Hotels said bookings fell by a third.", "Lindqvar Hotels", "organization"),
    # a town's capital in apposition, its court, its airport (they were organisations)
    ("Rask was flown to the Estavian capital, Lindqvar, on Monday.", "Lindqvar", "place"),
    ("Rask is due to appear before a Lindqvar court on Thursday.", "Lindqvar", "place"),
    ("Rask was handed over at Lindqvar airport on Monday.", "Lindqvar", "place"),
    ("Police shut down the Lindqvar station, which showed the footage on TV.", "Lindqvar",
     "organization"),
    # a given name that is also a preposition, capitalised mid-sentence
    ("The board is chaired by a former minister, Per Holmberg. Holmberg said he would help.",
     "Per Holmberg", "person"),
])
def test_a_names_type_from_its_company(text: str, name: str, kind: str) -> None:
    assert _actors(text)[name].type == kind


@pytest.mark.parametrize(("text", "name"), [
    ("The servers of Meridal Shipping failed at 4 p.m. Eastern Standard Time on Monday.",
     "Eastern Standard Time"),
    ("Torvald Heskin was named NBA Finals MVP twice and Most Valuable Player once.",
     "NBA Finals MVP"),
    ("Torvald Heskin was named NBA Finals MVP twice and Most Valuable Player once.",
     "Valuable Player"),
    ("Torvald Heskin made the All-Star team eighteen times for Meridal Shipping.", "All-Star"),
    ("The Guardian published the Norland Files, 2,000 leaked reports, on Monday.",
     "Norland Files"),
    ("Meridal Shipping said its DNS servers and IP addresses failed on Monday.", "DNS"),
    ("Meridal Shipping said its DNS servers and IP addresses failed on Monday.", "IP"),
])
def test_times_honours_leaked_files_and_network_words_are_no_actors(text: str,
                                                                       name: str) -> None:
    assert name not in _actors(text)


@pytest.mark.parametrize("text", [
    "The plane crashed near Varn on Monday. Norvex understands the crew lost contact.",
    "The plane crashed near Varn on Monday. Norvex can also confirm that the crew lost contact.",
])
def test_a_name_opening_a_sentence_that_reports_is_a_name(text: str) -> None:
    """"X understands", "X can confirm": an outlet reporting, a name though it only ever
    opens a sentence."""
    assert "Norvex" in _actors(text)


@pytest.mark.parametrize(("text", "name", "kind", "not_names"), [
    # "of" after a person's name says where they are from ...
    ("Witnesses included Torvald Heskin of Lindqvar. Heskin said the shots woke him.",
     "Torvald Heskin", "person", ["Torvald Heskin of Lindqvar"]),
    ("Witnesses included Torvald Heskin of Lindqvar. Heskin said the shots woke him.",
     "Lindqvar", "place", []),
    # ... also after a title; "the Pacific Ring of Fire" is no person of anywhere.
    ("Spokesman Osric Pell of Norland said the raid was legal.", "Osric Pell", "person",
     ["Osric Pell of Norland"]),
    ("The quake struck in the Pacific Ring of Fire near Varn.", "Pacific Ring of Fire",
     "place", ["Pacific Ring", "Fire"]),
    ("Tourists visited the Leaning Tower of Pisa.", "Leaning Tower of Pisa", "place",
     ["Leaning Tower"]),
    # A post at the end of a run names no one: what stands before it is the actor.
    ("The current Norland President, Ilse Damaro, met the crew.", "Ilse Damaro", "person",
     ["Norland President"]),
    # ... but a surname may be a title's word.
    ("Norvik praised Martin Luther King. Stephen King wrote it.", "Stephen King", "person",
     ["Martin Luther", "Stephen"]),
    ("The Meridal CEO said the ship was new. The Varn House Press Secretary agreed.",
     "Meridal", "organization", ["Meridal CEO", "Varn House Press Secretary",
                                 "Varn House Press"]),
    ("The Varnish Unification Minister and the Attorney General met in Lindqvar.",
     "Lindqvar", "place", ["Unification", "Attorney General"]),
    # A nationality with a direction ("South Korean") is no part of the name; the family
    # name first, alone, is the same person; "His Excellency" is an honorific.
    ("The South African Dae Ki-hoon was elected on Monday. Dae said he was honoured.",
     "Dae Ki-hoon", "person", ["South African Dae Ki-hoon", "Dae"]),
    ("Paris Hilton flew to Paris on Monday. Paris police said she landed.", "Paris",
     "place", []),
    ("I announce that His Excellency Dae Ki-hoon has been appointed.", "Dae Ki-hoon",
     "person", ["Excellency Dae Ki-hoon"]),
    # A list after "in", "from X to Y": places; a surname in such a list stays a person.
    ("Shots were fired in Ardwick, Selby and Lorn.", "Lorn", "place", []),
    ("One train ran from Quarvel to Lindqvar on Monday.", "Lindqvar", "place", []),
    ("Torvald Heskin spoke in Lindqvar and Heskin later left.", "Torvald Heskin", "person",
     []),
    # "X for <country>'s": two names; a country's name with "and" is one.
    ("Pell said he had thanked Torvald Heskin for Canada's help.", "Canada", "country",
     ["Torvald Heskin for Canada"]),
    ("He was on a visit to Trinidad and Tobago at the time.", "Trinidad and Tobago",
     "country", ["Trinidad", "Tobago"]),
    # A senator's party and state are no actor; "Minority Leader" is a post.
    ("Sen. Ilse Damaro (D-Ariz.) and Senate Minority Leader Osric Pell, R-Texas, spoke.",
     "Osric Pell", "person", ["D-Ariz", "R-Texas", "Senate Minority"]),
    # A plural possessive inside a name.
    ("Osric Pell will appear before Varn Magistrates' Court on Monday.",
     "Varn Magistrates' Court", "organization", ["Varn Magistrates", "Court"]),
    # The Red Cross and Red Crescent societies; "Neighbouring" opens a sentence.
    ("The Varn Red Crescent appealed for tents. Neighbouring Norland sent aircraft.",
     "Varn Red Crescent", "organization", ["Neighbouring Norland"]),
    # A football club's name.
    ("Varn United lost 3-0 at home to Elm Rovers. Varn United sacked its coach.",
     "Elm Rovers", "organization", []),
    ("Varn United lost 3-0 at home to Elm Rovers. Varn United sacked its coach.",
     "Varn United", "organization", []),
    # A trade or an agency names a firm, even with the shape of a person's name.
    ("Velmar Coal said the mine was safe. Velmar Coal shares fell.", "Velmar Coal",
     "organization", []),
    ("Agence Norland-Presse said the ship sank, Agence Norland-Presse reported.",
     "Agence Norland-Presse", "organization", []),
    # A people named after its country, in the plural: a group.
    ("Thousands of Zimbabweans crossed into Botswana, where Zimbabweans now work.",
     "Zimbabweans", "group", []),
    ("Most Spaniards voted yes; Spaniards abroad voted later.", "Spaniards", "group", []),
    # A hyphenated title, an abbreviated rank, a scale, a compound adjective: no actors.
    ("Police at Haut de la Varenne said so. The Lindqvar Gov said no.", "Haut de la Varenne",
     "place", ["Haut", "Varenne", "Lindqvar Gov"]),
    ("The Norland Attorney-General said Sgt Osric Pell was shot. Quarvel-language papers "
     "said the storm was EF3 on the Enhanced Fujita Scale.", "Osric Pell", "person",
     ["Norland Attorney-General", "Sgt", "Quarvel-language", "Enhanced Fujita Scale"]),
    # A nickname in quotes before a surname: a person.
    ('Osric Pell, "Buzz" Heskin, and Ilse Damaro flew. Heskin landed first.', "Heskin",
     "person", []),
])
def test_of_posts_nationalities_and_nicknames_around_a_name(
        text: str, name: str, kind: str, not_names: list[str]) -> None:
    found = _actors(text)
    assert found[name].type == kind, {n: s.type for n, s in found.items()}
    assert not set(not_names) & set(found), set(found)


def test_it_said_is_the_organisation_named_last() -> None:
    text = ("Meridal Shipping published its figures for the year on Monday. It said that "
            "cargo fell 40 percent last year.")
    ann = _with([("meridal", "Meridal Shipping", "organization")], text)
    found = suggest.claims(art(text), ann, recommenders=["built-in"])
    said = [c for c in found if "40 percent" in text[c.span[0]:c.span[1]]]
    assert [c.claimant for c in said] == ["meridal"]
    # ... unless a body no one names spoke since: "It" is the regulator
    text = ("Meridal Shipping said it was recalling about 2,600 ships. Norland's safety "
            "regulator said sharp turns could loosen a bolt. It said it was not aware of any "
            "accidents caused by the defect.")
    found = suggest.claims(art(text), _with([("meridal", "Meridal Shipping", "organization")],
                                            text), recommenders=["built-in"])
    said = [c for c in found if "accidents" in text[c.span[0]:c.span[1]]]
    assert [c.claimant for c in said] == [None]


@pytest.mark.parametrize(("text", "name", "alias"), [
    # A surname with its particle, capitalised at its own start.
    ("Senator Ilse de Varna spoke on Monday. De Varna said the port would close.",
     "Ilse de Varna", "De Varna"),
    # The given name alone, where the story uses the surname alone too.
    ("Osric Pellmann was freed. Osric thanked his lawyers; Pellmann said he was well.",
     "Osric Pellmann", "Osric"),
    # Two surnames of a name of four words.
    ("Andrés Manuel Varno Obrador, the president, agreed; Varno Obrador spoke later.",
     "Andrés Manuel Varno Obrador", "Varno Obrador"),
    # Particles in a row belong to the name: "von der", "de la".
    ("Ilse von der Varna said so on Monday. Von der Varna added that the port would close.",
     "Ilse von der Varna", "Von der Varna"),
    # The first words of a name before its legal form or its "of".
    ("The Open VRD Party won two seats. Open VRD said it would join no coalition.",
     "Open VRD Party", "Open VRD"),
    ("The Diet of Norland met on Monday. The Diet passed the budget.", "Diet of Norland",
     "Diet"),
    # "A and B" before an acronym of both is one name.
    ("Ilse Damaro of the Varn Research and Training Center (VRTC) led it. VRTC said so.",
     "Varn Research and Training Center", "VRTC"),
    ("The Department of Health and Human Services (HHS) said so. HHS added more.",
     "Department of Health and Human Services", "HHS"),
    # The last word of a ship's, a team's or a party's name, alone.
    ("Ilse Damaro sailed on HMS Bulwark. Bulwark reached port on Monday.", "HMS Bulwark",
     "Bulwark"),
])
def test_short_forms_join_the_full_name(text: str, name: str, alias: str) -> None:
    found = _actors(text)
    assert alias in found[name].aliases and alias not in found, found


def test_a_place_is_no_short_form_of_a_longer_name() -> None:
    found = _actors("Fans came from Northern Varnland and from Varnland on Monday.")
    assert "Varnland" in found, found
    assert "Varnland" not in found["Northern Varnland"].aliases
    found = _actors("Staff of the Queensland Museum in Queensland said the museum would "
                    "close.")
    assert "Queensland" in found and "Queensland Museum" in found, found


def test_a_dateline_after_the_headline_and_a_contributor_line_are_no_story() -> None:
    """"PORT ELVAN, Norland (AP) — " opens the story's first paragraph (not the text):
    no name, no claim there; "X contributed to this report" credits a reporter."""
    text = ("Storm hits Norland coast\n\nPORT ELVAN, Norland (AP) — A storm hit the coast on "
            "Tuesday, knocking out power to 200,000 homes near Port Elvan, officials said.\n\n"
            "Halden, speaking in the capital, Stavra, pledged 40 million euros.\n\n"
            "Associated Press writer Mia Tolle in Stavra contributed to this report.\n")
    found = _actors(text)
    assert "PORT ELVAN" not in found and "Mia Tolle" not in found, found
    assert found["Port Elvan"].type == "place" and found["Stavra"].type == "place"
    claims = suggest.claims(art(text), recommenders=["built-in"])
    assert not any("PORT" in text[c.span[0]:c.span[1]] or "contributed" in
                   text[c.span[0]:c.span[1]] for c in claims), claims


@pytest.mark.parametrize(("text", "claim"), [
    # A date line with an abbreviated day and a time, the outlet's correction note.
    ("Norland court jails former minister\n\nTue 14 May 2024 12.30 BST\n\nA court in Norland "
     "jailed a former minister for 7 years.\n\nThis article was amended on 15 May 2024 to "
     "correct the spelling of 2 names.\n",
     "A court in Norland jailed a former minister for 7 years"),
    # The headlines under "Read more:" ("Chief Executive" is a title, not part of a name).
    ("Varnco to cut jobs\n\nChief Executive Henrik Salo said on Monday that Varnco would cut "
     "4,000 jobs.\n\nRead more:\nVarnco shares hit five-year low\nNorland fines Varnco 12 "
     "million euros\n",
     "Chief Executive Henrik Salo said on Monday that Varnco would cut 4,000 jobs"),
    # A date line right under the headline, AP's abbreviated month with its full stop: the
    # line over it is the title (no claim, as a title standing alone), and its numbers make
    # no quantity of it; over a byline the headline is the story's, its sentence ending
    # before the line it ran on into.
    ("Thousands flee as wildfire jumps highway near Varn\nAug. 14, 2025\n\nVARN, Norland "
     "(AP) — A wildfire forced 6,000 residents to flee on Wednesday.\n",
     "A wildfire forced 6,000 residents to flee on Wednesday"),
    # a wire's dateline with a date and no place
    ("Varnco sues Quorvex\n\nDec 11 (Reuters) - Varnco sued Quorvex on Wednesday for 600 "
     "million euros.\n", "Varnco sued Quorvex on Wednesday for 600 million euros"),
    ("Thousands flee as wildfire jumps highway near Varn\nBy Ilse Damaro\n\nVARN, Norland "
     "(AP) — A wildfire forced 6,000 residents to flee on Wednesday.\n",
     "Thousands flee as wildfire jumps highway near Varn|"
     "A wildfire forced 6,000 residents to flee on Wednesday"),
])
def test_lines_that_are_no_story_make_no_claim(text: str, claim: str) -> None:
    claims = suggest.claims(art(text), recommenders=["built-in"])
    assert [text[c.span[0]:c.span[1]] for c in claims] == claim.split("|")
    assert "Executive Henrik Salo" not in _actors(text) and "Reuters" not in _actors(text)


def test_markdown_marks_a_bold_dateline_and_a_partitive_are_no_part_of_a_claim_or_name() -> None:
    text = ("# Norland fines Quorvex\n\n**Brussels** – Norland on Monday fined Quorvex 2 million "
            "euros.\n\n- The fine is twice the record set in 2021.\n\n> \"This is a clear "
            "signal,\" said Commissioner Piet Hendrix.\n\nShares of Quorvex fell 2.4% on "
            "Monday.\n")
    found = _actors(text)
    assert "Shares of Quorvex" not in found and "Brussels" not in found, found
    ann = _with([("hendrix", "Piet Hendrix", "person")], text)
    claims = suggest.claims(art(text), ann, recommenders=["built-in"])
    spans = {text[c.span[0]:c.span[1]]: c.claimant for c in claims}
    assert spans == {"Norland on Monday fined Quorvex 2 million euros": None,
                     "The fine is twice the record set in 2021": None,
                     "This is a clear signal": "hendrix",
                     "Shares of Quorvex fell 2.4% on Monday": None}, spans


def test_an_honorific_or_an_abbreviated_title_says_a_person() -> None:
    """"Mr Tamberlane", "Mrs. Ovell" opening a sentence, "Sen. Ilse Damaro" and "Marine Lt.
    Col. Orvan Pell": the honorific or rank makes a person of the name and is no part of
    it; "I'm" is nobody; an economist opening a sentence is no part of her name."""
    found = _actors("He was asking Mr Tamberlane to stop. Mrs. Ovell agreed on Monday. Sen. "
                    "Ilse Damaro said so. Marine Lt. Col. Orvan Pell asked for more. \"I'm "
                    "tired,\" he said. \"I’m done,\" she said. Economist Mara Quell spoke.")
    assert {n: found[n].type for n in ("Tamberlane", "Ovell", "Ilse Damaro", "Orvan Pell",
                                       "Mara Quell")} == dict.fromkeys(
        ["Tamberlane", "Ovell", "Ilse Damaro", "Orvan Pell", "Mara Quell"], "person")
    assert not {"Marine Lt", "I'm", "I’m", "Sen. Ilse Damaro", "Economist Mara Quell"} & set(found)


def test_a_place_or_body_named_after_a_title_holder_is_not_cut_at_the_title() -> None:
    found = _actors("The law covers Alberta, Prince Orvel Island, and Nunavut. She studied "
                    "at King Tavish University in Varn.")
    assert found["Prince Orvel Island"].type == "place"
    assert found["King Tavish University"].type == "organization"
    assert "Orvel Island" not in found and "Tavish University" not in found


def test_a_surname_shared_by_two_people_joins_the_first_named_and_a_middle_name_may_go() -> None:
    found = _actors("Orvan Dell was jailed on Monday. His father, Tamsin Dell, said Dell was "
                    "glad. President Ilse K. Damaro spoke. Ilse Damaro said she was tired.")
    assert found["Orvan Dell"].aliases == ["Dell"] and found["Orvan Dell"].type == "person"
    assert "Dell" not in found["Tamsin Dell"].aliases
    assert "Ilse Damaro" in found["Ilse K. Damaro"].aliases and "Ilse Damaro" not in found


def test_org_heads_in_the_plural_or_hyphenated_and_brands_make_organisations() -> None:
    found = _actors("Varn Public Schools closed on Monday, the Tarsk Journal-Constitution "
                    "said. OVMorgan Dell bought Quill Brothers after a consortium led by Bank "
                    "of Orvelia pulled out.")
    assert {n: found[n].type for n in ("Varn Public Schools", "Tarsk Journal-Constitution",
                                       "OVMorgan Dell", "Quill Brothers", "Bank of Orvelia")} \
        == dict.fromkeys(["Varn Public Schools", "Tarsk Journal-Constitution", "OVMorgan Dell",
                          "Quill Brothers", "Bank of Orvelia"], "organization")


def test_a_nationality_with_a_modifier_or_a_prefix_names_no_one() -> None:
    """"Former Libyan leader", "the Libyan Prime minister", "World Cup-winning captain",
    "pre-Tour", "pro-Western": no actor; "ex-USSR" is the USSR; "American Samoans" a people."""
    found = _actors("Former Libyan leader Omar Tell spoke. The Libyan Prime minister agreed. "
                    "World Cup-winning captain Fabio Quell and the pre-Tour favourite met "
                    "pro-Western rebels. Only the US and ex-USSR landed there. American "
                    "Samoans and African American voters came.")
    assert not {"Former Libyan", "Libyan Prime", "World Cup-winning", "pre-Tour",
                "pro-Western", "African American"} & set(found)
    assert found["Soviet Union"].aliases == ["USSR"]
    assert found["American Samoans"].type == "group"


def test_a_title_before_a_portfolio_or_an_agency_names_the_person() -> None:
    found = _actors("Independent state MP for Morwell Russell Northe called for help. Varn "
                    "Space Agency Administrator Charles F. Dell produced a speech. Current "
                    "Secretary-General Ilse Damaro called him a force for good.")
    assert found["Russell Northe"].type == found["Charles F. Dell"].type == "person"
    assert found["Ilse Damaro"].type == "person" and "Current" not in found
    assert found["Varn Space Agency"].type == "organization"


def test_a_place_is_no_short_form_of_a_firm_named_after_it() -> None:
    found = _actors("Fossils were found in the Winsk Formation. The town of Winsk is near, "
                    "and the town of Winsk was named after them. Winsk was quiet.")
    assert "Winsk" in found and "Winsk" not in found["Winsk Formation"].aliases


def test_a_type_nothing_in_the_text_says_is_marked_a_guess() -> None:
    """(merge lets another recommender's type win over a guess)"""
    assert [(s.type, s.guessed) for s in _actors(
        "Talks with Quorvex failed on Monday. Quorvex was upset.").values()] == [
        ("organization", True)]
    assert not _actors("Osric Pell said so on Monday.")["Osric Pell"].guessed


def test_an_article_with_accents_apart_from_their_letters_is_read_whole() -> None:
    """Written decomposed (NFD: "e" + U+0301), "Cádiz" was suggested as the name "Ca" and
    "Martínez" as "Marti": the recommenders now read the composed text, and every offset
    they return is on whole characters of the article as it is."""
    import unicodedata

    text = unicodedata.normalize(
        "NFD", "José Martínez, the mayor of Cádiz, said on Monday that the port would "
        "close. Martínez told reporters the decision was final.\n")
    art = article.from_text(text)
    found = suggest.run(art)
    names = {a.name: [text[s:e] for s, e in a.mentions] for a in found.actors}
    assert names["José Martínez"] == [unicodedata.normalize("NFD", "José Martínez"),
                                      unicodedata.normalize("NFD", "Martínez")]
    assert "Cádiz" in names and not any(n in names for n in ("Ca", "Marti", "Jose"))
    edges = [e for a in found.actors for m in a.mentions for e in m]
    edges += [e for ev in found.events for e in ev.trigger]
    edges += [e for c in found.claims for e in (*c.span, *(c.cue or ()))]
    assert found.claims and not any(art.splits(e) for e in edges)


def test_portuguese_place_names_and_surnames_keep_their_particles() -> None:
    """"Rio Grande do Sul" was the place "Rio Grande" and an organisation "Sul" (then the
    doer of the killings); "said dos Santos" gave the mention "Santos"; a weather pattern
    was a place."""
    text = ("Floods in the state of Rio Grande do Sul killed 40 people, Governor Ana dos "
            "Santos said. \"We need help,\" said dos Santos on Monday. Experts blamed the El "
            "Niño weather pattern. Why do Brazilians stay?")
    found = _actors(text)
    assert found["Rio Grande do Sul"].type == "place" and "Sul" not in found
    assert [text[s:e] for s, e in found["Ana dos Santos"].mentions] == [
        "Ana dos Santos", "dos Santos"]
    assert "El Niño" not in found and not any(name.startswith("do ") for name in found)


def test_business_parliament_and_sports_furniture_names_no_one() -> None:
    """Real stories of kinds the gold has few of (earnings, a parliament's session, a
    football final): a company's officer's title ("Chief Financial Officer") and a
    portfolio ("Parliamentary Affairs Minister") were organisations; "The Varn Sabha
    passed", a name with its acronym and a club named after its city were people or
    places; quarters, acronyms in the plural, counted bills, bills with a bracket in their
    name and awards were actors."""
    text = ("Telvora shares dropped 5.5% on Tuesday. Telvora Chief Financial Officer Ana "
            "Kovi said revenue would rise in Q4. Other cloud CEOs agreed. Parliamentary "
            "Affairs Minister Tomas Ereno criticised the delay as the Varn Sabha passed four "
            "Bills, among them the Kelda Anti-Doping (Amendment) Bill. Protesters marched "
            "against the Special Roll Revision (SRR) of voter lists. Anik Solo also won the "
            "Golden Glove award in the Norland Cup Tournament, and the Varn City winger Jon "
            "Padi scored twice.")
    found = _actors(text)
    assert found["Ana Kovi"].hint == "Chief Financial Officer"
    assert found["Tomas Ereno"].hint == "Parliamentary Affairs Minister"
    assert found["Telvora"].type == "organization"
    assert found["Varn Sabha"].type == "organization"
    assert found["Special Roll Revision"].type != "person"
    assert found["Varn City"].type == "organization"
    assert not {"Telvora Chief Financial", "Parliamentary", "Q4", "CEOs", "Bills",
                "Kelda Anti-Doping", "Golden Glove", "Norland Cup Tournament"} & set(found)


def test_a_one_word_firm_that_only_opens_sentences_is_found_when_it_acts_twice() -> None:
    """"Norrail suspended all services … Norrail cancelled 40 trains": never mid-sentence,
    never said to speak, but acting twice; a word the story also writes in lower case, or
    that opens a sentence once, is still no name."""
    found = _actors("Norrail suspended all services on Monday after a derailment near Varn."
                    "\n\nNorrail cancelled 40 trains. Passengers were stranded for hours.")
    assert found["Norrail"].type == "organization"
    found = _actors("Snow closed all roads on Monday near Varn.\n\nSnow covered 40 trains, "
                    "and the snow kept falling. Traffic stalled for hours.")
    assert not {"Snow", "Traffic"} & set(found)


def test_a_firms_results_and_its_products_name_no_one() -> None:
    """Earnings stories: a firm that reports earnings or whose shares fall is no person
    ("Campbell Soup said it earned"); a product named after "product" or "drug" is a
    thing."""
    # a firm that reports earnings, whose shares fall, is no person ("Campbell Soup said")
    text = ("Corran Soup said it earned $18 million in the quarter. Corran reported earnings "
            "of 62 cents a share, and Hollis Brand shares fell 2%, Corran said.")
    found = _actors(text)
    assert found["Corran Soup"].type == found["Hollis Brand"].type == "organization"
    # a product named after "product", "app", "drug" is a thing, no person
    found = _actors("Sales of its core product Kelda Cloud were up 17%, and the drug Varnex "
                    "sold well, Ana Kovi said.")
    assert found["Kelda Cloud"].type == "other"


def test_a_sports_outlet_is_an_organisation_and_a_bills_name_no_body() -> None:
    """"an interview with Observer Sports" typed the outlet a person; "the Kelda Sports
    Governance Bill" must not then give an organisation "Kelda Sports" (the bill's
    "Governance Bill" read as a person after a body's word)."""
    found = _actors("Speaking in an interview with Varn Sports, the coach Ana Kovi said the "
                    "team played well. The Kelda Sports Governance Bill was passed.")
    assert found["Varn Sports"].type == "organization" and "Kelda Sports" not in found


def test_clubs_in_apposition_or_beaten_in_a_round_are_clubs() -> None:
    """A football final: a team in apposition ("the Varn-based team, New Kelda") or beaten
    in a round is a club, not a place or a person."""
    text = ("The Varn-based team, New Kelda was on Saturday crowned champions after beating "
            "Orsa Rovers on penalties. New Kelda beat Dunmar Bi in the semifinal.")
    found = _actors(text)
    assert found["New Kelda"].type == found["Dunmar Bi"].type == "organization"


def test_places_illnesses_and_storms_in_disaster_and_health_stories() -> None:
    """Quakes, outbreaks, hurricanes: "In X, officials reported" is no apposition; a list
    of places holds names of two words and may end in what they are ("… counties");
    "CM" is a title, and so are a former post's words; an illness is no actor;
    "Democratic Republic of Congo" is the DRC; a storm the forecasters "said" something of
    is still a storm."""
    # "In X, officials reported": the officials are no apposition of X's
    found = _actors("A quake struck Kelda province near its boundary with Osmarra.\n\nIn "
                    "Osmarra, officials reported 20 people missing.")
    assert found["Osmarra"].type == "place"
    # a list of places holds names of two words; "CM" is a chief minister, no organisation
    found = _actors("Kelda CM Ana Kovi said tremors were felt in Varn, Sibbo, Muslim Dor, "
                    "Zarat, Qila Osman, Zhab and Chamon, the CM said.")
    assert {found[n].type for n in ("Muslim Dor", "Zarat", "Qila Osman", "Zhab", "Chamon")} \
        == {"place"}
    assert found["Ana Kovi"].hint == "CM" and "CM" not in found and "Kelda CM" not in found
    # an illness is no actor; a country's long name without "the" is the same country
    found = _actors("The WHO confirmed 19 deaths in Democratic Republic of Congo (DRC) after "
                    "an outbreak of Varnola. The Kelda virus spread as well. Many Varnola "
                    "patients in the DRC were treated with the Meridal vaccine.")
    assert "Varnola" not in found and "Kelda" not in found and "Meridal" in found
    assert [a.name for a in found.values() if a.type == "country"] == [
        "Democratic Republic of the Congo"]
    # a list that ends in what its names are; "the X Roads area"; a former post's words
    found = _actors("The order applies to the counties along the coast: Jaspen, Beaufell, "
                    "Colden, and Berwick counties, and the Hamden Roads area. Former Unity "
                    "Cabinet minister Ana Kovi said so.")
    assert {found[n].type for n in ("Jaspen", "Beaufell", "Colden", "Berwick",
                                    "Hamden Roads")} == {"place"}
    assert "Former Unity Cabinet" not in found and "Ana Kovi" in found
    # a storm the forecasters "said" something of is still a storm
    found = _actors("Hurricane Ilda made landfall near Varn. The National Hurricane Center "
                    "said Ilda will move across the state. Ilda weakened, officials said.")
    assert found["Hurricane Ilda"].type == "other"


def test_parties_plans_summits_and_datelines_in_election_and_diplomacy_stories() -> None:
    """Elections and summits: a party before its leader's four names; a surname's particle
    after "from"; "a former Defense minister"; a plan's name with "of" and its acronym; a
    dateline closed by a colon; a summit's documents; "on" inside a body's name; a
    "Special Representative" after a name."""
    # an election story: a party before its leader's four names, a surname's particle after
    # "from", a portfolio before "minister" in lower case
    found = _actors("The candidate of the opposition Norland Unity Party Nana Ama Kofi "
                    "Mensah-Bonsu won. Ama Lorenz, a former Defense minister, will take over "
                    "from Jose Carlos dos Reis, who steps down after 38 years.")
    assert found["Norland Unity Party"].type == "organization"
    assert found["Nana Ama Kofi Mensah-Bonsu"].type == "person"
    assert found["Jose Carlos dos Reis"].type == "person" and "Defense" not in found
    # a plan's name with "of" in it, and its acronym, are no actors ("Action" was a place)
    found = _actors("The talks covered the Joint Comprehensive Plan of Action (JCPOA). Norland "
                    "must return to the JCPOA, Ned Orme said.")
    assert "Ned Orme" in found and not {"Action", "JCPOA", "Joint Comprehensive Plan"} & set(found)
    # a dateline closed by a colon, a summit's documents, an "External Affairs" portfolio
    found = _actors("KELDA CITY, MARCH 2: The G20 meeting adopted a Chair's Summary. The "
                    "Outcome Document was short, External Affairs Minister Ana Kovi said.")
    assert set(found) == {"G20", "Ana Kovi"}, set(found)
    # "on" inside a body's name; a "Special Representative" after a name is a post
    found = _actors("The report, by the UN Office on Drugs and Crime, was read out by Ana "
                    "Kovi, Deputy Special Representative in charge of the UN mission.")
    assert "UN Office on Drugs and Crime" in found and "Ana Kovi" in found
    assert not {"on Drugs", "Crime", "UN Office", "Special Representative"} & set(found)


def test_a_town_before_a_colon_opening_the_story_and_a_published_line_are_furniture() -> None:
    found = _actors("Kelderton: A special court sentenced Ana Kovi on Monday.")
    assert set(found) == {"Ana Kovi"}, set(found)
    found = _actors("Kovi jailed\n\nPublished February 14, 2012 1:54PM (EST)\n\nA court "
                    "sentenced Ana Kovi on Monday. Later: Ana Kovi appealed.")
    assert set(found) == {"Ana Kovi"}, set(found)


def test_where_someone_is_from_and_a_season_are_no_organisations() -> None:
    """"A Pewaukee businessman was sentenced" typed Pewaukee an organisation; a
    parliament's "Monsoon session" gave an organisation "Monsoon"."""
    found = _actors("A Varnholt businessman was sentenced on Monday. The ongoing Monsoon "
                    "session of the Kelda assembly ended, the Monsoon session's chair said.")
    assert found["Varnholt"].type == "place" and "Monsoon" not in found


def test_a_title_in_the_plural_before_a_list_of_names_is_no_part_of_them() -> None:
    """A council vote: "Representatives Ana Kovi, Jon Padi and Ned Orme voted Yes" gave a
    person "Representatives Ana Kovi"; "the Director of Management and Budget" an
    organisation "Budget"."""
    found = _actors("Representatives Ana Kovi, Jon Padi and Ned Orme voted Yes. The Director "
                    "of Management and Budget, Ida Lund, proposed savings.")
    assert {"Ana Kovi", "Jon Padi", "Ned Orme", "Ida Lund"} <= set(found)
    assert not {"Representatives Ana Kovi", "Budget"} & set(found)


def test_flights_models_and_wire_datelines_in_crash_and_launch_stories() -> None:
    """A crash, a merger, a launch: a flight's number and a model after its number are no
    actors; a demonym inside a firm's name makes no person; an address's number is no
    model's; a dateline that lost its agency and dash, an orbit and a time zone name no
    one."""
    # a crash and a merger: a flight and a model are no actors; a demonym inside a firm's
    # name ("Royal Dutch Shell said") makes no person; an address's number is no model's
    found = _actors("Kestrel Air Flight 171, a Varnair 787 Dreamliner, crashed. Royal Dutch "
                    "Kestrel said its merger was cleared. Staff at 185-189 Princes Drive in Varn "
                    "were told, Royal Dutch Kestrel said.")
    assert "Kestrel Air Flight 171" not in found and "Dreamliner" not in found
    assert found["Royal Dutch Kestrel"].type == "organization" and "Princes Drive" in found
    # an American dateline that lost its agency and dash, an orbit, a time zone
    found = _actors("KELDA BAY, Fla. Varnex's cargo ship rocketed into low-Earth orbit at "
                    "8:35 p.m. ET, Ana Kovi said.")
    assert "Ana Kovi" in found and not {"KELDA BAY", "Fla", "ET", "low-Earth"} & set(found)
    # a dateline's dash right against the story; a person's initials are no acronym
    text = ("VARNHOLT, Norland—A passenger train derailed late Wednesday. O.K. Pell, a "
            "railroad official who was on the train, said most injuries were minor.")
    found = _actors(text)
    assert "VARNHOLT" not in found and found["O.K. Pell"].type == "person"
    assert not any(text[c.span[0]:c.span[1]].startswith("VARNHOLT")
                   for c in suggest.claims(art(text), recommenders=["built-in"]))


def test_a_firm_named_once_in_apposition_and_who_it_is_after() -> None:
    """A wire story's lead: "Telvora, Norland's second-largest carrier, said" found no
    Telvora (a possessive opened no apposition); "the Office of the Norland Information
    Commissioner" was "Office"; "Cybersecurity Minister X" gave an organisation
    "Cybersecurity"; "The company, owned by Y, said" was Y; "…, it said." after the company
    had spoken was the office it had written to."""
    text = ("Telvora, Norland's second-largest wireless carrier, said on Thursday that "
            "hackers had stolen the data of 9.8 million customers. The company, owned by "
            "Varn Telecommunications Ltd, said it had notified the Office of the Norland "
            "Information Commissioner. Passport numbers were also exposed, it said. "
            "Cybersecurity Minister Ilse Damaro called the breach unacceptable.")
    found = _actors(text)
    assert found["Telvora"].type == "organization"
    assert "Office of the Norland Information Commissioner" in found
    assert not {"Office", "Cybersecurity", "Office of the Norland"} & set(found)
    tagged = _with([("telvora", "Telvora", "organization"),
                    ("vtl", "Varn Telecommunications Ltd", "organization"),
                    ("oic", "Office of the Norland Information Commissioner", "organization")],
                   text)
    claimants = {text[c.span[0]:c.span[1]]: c.claimant for c in suggest.claims(
        art(text), tagged, recommenders=["built-in"])}
    assert claimants["it had notified the Office of the Norland Information Commissioner"] \
        == "telvora"
    assert claimants["Passport numbers were also exposed"] == "telvora"


def test_a_country_only_the_headline_names_is_an_actor() -> None:
    """"Thousands protest in Latvia against a bill": the story says "the Latvian capital"
    after it, and Latvia, named in the headline only, was never suggested."""
    text = ("Thousands protest in Latvia against media bill\n\nTens of thousands marched "
            "through the Latvian capital on Saturday, Ilse Damaro said.\n")
    found = _actors(text)
    assert found["Latvia"].type == "country"
    assert [text[s:e] for s, e in found["Latvia"].mentions] == ["Latvia"]
    title_case = text.replace("Thousands protest in Latvia against media bill",
                              "Thousands Protest In Latvia Against Media Bill")
    assert [title_case[s:e] for s, e in _actors(title_case)["Latvia"].mentions] == ["Latvia"]


def test_an_acronym_of_a_thing_in_lower_case_names_no_one() -> None:
    """"liquefied natural gas (LNG) ... Russian LNG" was an organisation "Russian LNG"."""
    found = _actors("Norland banned imports of liquefied natural gas (LNG) on Monday. Russian "
                    "LNG had made up a third of them, Ilse Damaro said.")
    assert not any("LNG" in name for name in found) and "Ilse Damaro" in found


def test_a_quotation_standing_alone_is_claimed_without_its_marks() -> None:
    """"“C,” X said. “D.”": D was claimed with its quotation marks and full stop."""
    text = ("“It is an insult to our members,” Osric Pell said. “They have not had a pay "
            "rise for four years.”")
    ann = _with([("pell", "Osric Pell", "person")], text)
    claims = {text[c.span[0]:c.span[1]]: c.claimant
              for c in suggest.claims(art(text), ann, recommenders=["built-in"])}
    assert claims["They have not had a pay rise for four years"] == "pell"


def test_a_markdown_link_is_read_as_its_words() -> None:
    """"[Ursula Kant](https://…) said on Monday that …": the brackets and the address stood
    between the name and "said", and the claim was the whole sentence, address and all, with
    no claimant. The recommenders read the link's words alone; every span they return is
    on the article as it is, and takes in no bracket or address."""
    text = ("Port to close\n\nVarn's mayor [Ursula von der Leyen](https://example.org/u_(x)) "
            "said on Monday that [Meridal Shipping](https://example.org/m) would close the "
            "port. \"We had no choice,\" von der Leyen told reporters.\n")
    art = article.from_text(text)
    found = suggest.run(art)
    names = {a.name: [text[s:e] for s, e in a.mentions] for a in found.actors}
    assert names["Ursula von der Leyen"] == ["Ursula von der Leyen", "von der Leyen"]
    assert names["Meridal Shipping"] == ["Meridal Shipping"]
    ann = Annotations(sidecar.new(art, Path("x.ann.yaml")).document, actors=[
        Actor("leyen", "Ursula von der Leyen", "person", [],
              [Span.at(text, s, e) for s, e in found.actors[0].mentions])])
    claims = {text[s:e]: c.claimant for c in suggest.claims(art, ann)
              for s, e in [c.span]}
    assert claims["[Meridal Shipping](https://example.org/m) would close the port"] == "leyen"
    assert all("](" not in t or t.startswith("[") for t in claims)
    edges = [e for a in found.actors for m in a.mentions for e in m]
    edges += [e for c in found.claims for e in c.span]
    assert not any(text[e - 1:e + 1] in ("](", ") ") and text[e - 1] == "(" for e in edges)


def test_a_states_party_member_is_the_state_and_a_seat_of_power_has_no_short_form() -> None:
    """"Sen. Osric Pell, a Montana Republican," named a person "Montana Republican"; "House
    Speaker" made "House" a short form of "the White House"."""
    found = _actors("Sen. Osric Pell, a Montana Republican, said the White House had "
                    "agreed. Rep. Ilse Damaro, a New York Democrat, met House Speaker "
                    "Tam Rook on Monday.")
    assert found["Montana"].type == found["New York"].type == "place"
    assert not any(name.endswith(("Republican", "Democrat")) for name in found)
    assert found["White House"].aliases == [] and len(found["White House"].mentions) == 1


def test_a_short_sentence_that_states_a_number_is_a_claim() -> None:
    """Sentences under five words were skipped as fragments, and "The measure passed 74-24."
    with them; a short one with no number or no verb still is."""
    text = ("The council of Varn voted on Monday on the new harbour rules. The measure passed "
            "74-24. Nine were confirmed dead. Ilse Damaro abstained. Updated 2019.")
    found = {art(text).text[c.span[0]:c.span[1]]: c for c in
             suggest.claims(art(text), Annotations(sidecar.new(art(text), Path(
                 "x.ann.yaml")).document), recommenders=["built-in"])}
    assert found["The measure passed 74-24"].kind == "quantity"
    assert found["Nine were confirmed dead"].checkworthy
    assert "Ilse Damaro abstained." not in found and "Updated 2019." not in found


def test_a_makers_head_word_analysts_employer_and_a_speaker_past_its_clause() -> None:
    """"Advanced Micro Devices" was typed a person, "analysts at Morgan Stanley" made the
    bank a place, and "Intel, which has struggled to compete, said" was not suggested."""
    found = _actors("Shares of rival Varnic Micro Devices rose 3% on Monday. Quorvex, which "
                    "has struggled to compete, said it would cut 15,000 jobs. Analysts at "
                    "Pell Harmon raised their price target.")
    assert found["Varnic Micro Devices"].type == "organization"
    assert found["Quorvex"].type == "organization"
    assert found["Pell Harmon"].type == "organization"


def test_an_age_ending_the_sentence_is_a_persons_and_a_drive_is_a_place() -> None:
    """"the body of Sarah Khan, 29." was typed an organisation (the age was only read
    before a comma) and "Harehills Drive" a person; "Lane" is a surname as often as a road."""
    found = _actors("Officers were called to an address on Varnhill Drive on Sunday, where "
                    "they found the body of Ilse Damarova, 29. A neighbour, Osric Lane, said "
                    "Ilse had lived there.")
    assert found["Ilse Damarova"].type == "person"
    assert found["Varnhill Drive"].type == "place"
    assert found["Osric Lane"].type == "person"


def test_a_word_listed_with_a_state_is_a_place_but_not_one_in_apposition() -> None:
    found = _actors("Cases rose on Monday in the region.\n\nVarnsota and Oklahoma reported "
                    "new cases. The operator of the mine is Quorvexugol, Russia's biggest "
                    "producer of coal.")
    assert found["Varnsota"].type == "place"
    assert found["Quorvexugol"].type == "organization"


def test_a_name_that_opens_a_sentence_with_a_plural_verb_is_no_person() -> None:
    """"Real Madrid have sacked head coach X" typed the club a person."""
    found = _actors("Sporting Varnhold have sacked head coach Osric Pell after 14 games. "
                    "Ilse Damaro, Tam Rook and Kel Brannock were sentenced on Monday.")
    assert found["Sporting Varnhold"].type == "organization"
    assert found["Kel Brannock"].type == "person"


def test_names_the_article_makes_one_actor_and_a_ship() -> None:
    """"U.S. Central Command (CENTCOM) ... CENTCOM" were two actors, "Houthi rebels ... the
    Houthis" two, and the tanker "MV Sounion" an organisation; "X (DPJ)" after a person
    names a party, not the person."""
    found = _actors("Varnic rebels fired at the tanker MV Keldor. The Varn Naval Command "
                    "(VARNCOM) said the ship was damaged. VARNCOM sent a frigate, and the "
                    "Varnics said they would fire again. Osric Pell (DPJ) said so.")
    assert found["Varn Naval Command"].aliases == ["VARNCOM"]
    assert found["Varnics"].type == "group" and found["Varnics"].aliases == ["Varnic"]
    assert found["MV Keldor"].type == "other"
    assert "DPJ" not in found["Osric Pell"].aliases


def test_markdown_furniture_a_bold_dateline_and_a_capitalised_in() -> None:
    """A bold dateline holding its credit ("**PASSAU, Germany (AP)** —") was read as the
    sentence's start (its agency an alias of Germany, "Floods" a name), an image line's
    alt text as story and a one-word "## Heading" as an event; "In X," made no place."""
    text = ("# Floods in Varnland\n\n![Rescue boat in Varn](photo.jpg)\n\n"
            "**VARN, Norland (AP)** — Floods forced 3,000 people from their homes on "
            "Sunday, Osric Pell said.\n\n## Evacuations\n\nIn Kelmoor, the river rose to 9.5 "
            "metres on Monday.\n")
    found = suggest.run(art(text))
    names = {a.name: a for a in found.actors}
    assert not any("AP" in a.aliases or a.name == "AP" for a in found.actors)
    assert "Floods" not in names
    assert names["Kelmoor"].type == "place"
    triggers = {text[e.trigger[0]:e.trigger[1]] for e in found.events}
    assert "Floods" in triggers and not triggers & {"Rescue", "Evacuations"}
    assert not any(text[c.span[0]:c.span[1]].startswith("**") for c in found.claims)
    interview = "Osric Pell on the port\n\nQ: Cargo fell 40 percent last year. Why?\n"
    assert interview[slice(*suggest.run(art(interview)).claims[0].span)].startswith("Cargo")
    hashtag = "The port of Varn reopened on Monday.\n\n#VarnStrong trended as Osric Pell said so.\n"
    assert suggest.run(art(hashtag)).claims[-1].span[0] == hashtag.index("#VarnStrong")


def test_a_person_the_headline_names_with_a_post_is_the_surname_in_the_story() -> None:
    """Only "Brandt" was found, typed an organisation, when the headline read "Finance
    Minister Lena Brandt defends the budget"; a Title Case headline still names no one."""
    found = _actors("Finance Minister Ilse Varnbrandt defends the budget\n\nVarnbrandt said "
                    "the deficit rose to 4.2% of output last year.\n")
    assert found["Ilse Varnbrandt"].type == "person"
    assert found["Ilse Varnbrandt"].aliases == ["Varnbrandt"] and "Varnbrandt" not in found
    titled = _actors("Finance Minister Ilse Varnbrandt Defends The Budget\n\nVarnbrandt said "
                     "the deficit rose to 4.2% of output last year.\n")
    assert "Ilse Varnbrandt" not in titled


def test_outgoing_and_incoming_are_part_of_a_title() -> None:
    found = _actors("Outgoing President Osric Pell congratulated Ilse Damaro on Monday. "
                    "Incoming Mayor Tam Rook said the vote was fair.")
    assert "Outgoing" not in found and "Incoming" not in found
    assert found["Osric Pell"].hint == "Outgoing President"


def test_long_names_middle_names_crown_princes_and_a_commission_before_a_title() -> None:
    """"Luiz Inácio Lula da Silva" (five words) was an organisation and "Lula" another;
    "Saudi Crown Prince X" made "Crown" an organisation; "European Commission President X"
    lost "European"; "an economist at Barclays" made the bank a place."""
    found = _actors("European Commission President Ilse Damaro spoke with Norland's Tam Osric "
                    "Varnel da Pell on Monday. Varnel said Norland would join. Saudi Crown "
                    "Prince Kel Brannock agreed. Ana Rook, an economist at Quorvex, said so.")
    assert found["Tam Osric Varnel da Pell"].type == "person"
    assert found["Tam Osric Varnel da Pell"].aliases == ["Varnel"]
    assert "Crown" not in found and found["Kel Brannock"].type == "person"
    assert found["European Commission"].type == "organization"
    assert found["Quorvex"].type == "organization"


def test_a_ticker_names_no_one_and_a_firm_with_its_legal_form_is_its_first_word() -> None:
    """"Veltra Holdings Inc. (NYSE: VLT) said" made "NYSE" and "VLT" actors, and VLT the
    claimant; "Veltra" was another actor than "Veltra Holdings Inc"."""
    text = ("Veltra Holdings Inc. (NYSE: VLT) said on Wednesday it had agreed to buy Norwind "
            "for $2.4 billion. Veltra shares rose 4.2% in early trading.")
    found = suggest.run(art(text))
    names = {a.name: a for a in found.actors}
    assert "NYSE" not in names and "VLT" not in names
    assert names["Veltra Holdings Inc"].aliases == ["Veltra"] and "Veltra" not in names
    ann = _with([("veltra", "Veltra Holdings Inc", "organization")], text)
    assert suggest.claims(art(text), ann, recommenders=["built-in"])[0].claimant == "veltra"


# The issue's rule: nothing in the built-in may name the sample's people, groups, bodies or
# places, nor a name the issue quotes from the held-out articles (a list holding them would
# measure nothing). Countries and their peoples ("Israelis") are the world's whole lists, never
# the sample's alone.
ISSUE_NAMES = ("AirAsia", "Meta", "Facebook", "Google", "Tunisia", "Ireland", "Sweden",
               "Qaeda", "AFP", "Nevada", "Texas", "Agerblad", "General Electric", "World Travel",
               "Tourism Council", "Kenny", "Josh Earnest", "Earnest", "White House", "Tegnell")


def _built_in_vocabulary() -> str:
    """Every word list and pattern of the built-in recommender's modules, as one text."""
    out = []
    for name in ("builtin", "event_rules", "names", "roles", "statements", "text", "triggers",
                 "words"):
        for value in vars(importlib.import_module(f"annotate.suggest.{name}")).values():
            if isinstance(value, re.Pattern):
                out.append(value.pattern)
            elif isinstance(value, dict):
                out += [str(k) + " " + str(v) for k, v in value.items()]
            elif isinstance(value, (set, frozenset, tuple, list)):
                out += [str(v) for v in value]
    return "\n".join(out)


def test_the_built_in_names_none_of_the_samples_or_the_issues_names() -> None:
    from annotate.suggest.words import DEMONYMS

    gold = sidecar.load(ROOT / "samples" / "putin-netanyahu-call.ann.yaml")
    names = [n for a in gold.actors if a.type != "country" and a.name not in DEMONYMS
             for n in (a.name, *a.aliases)]
    text = _built_in_vocabulary()
    named = [n for n in (*names, *ISSUE_NAMES)
             # (a list's two words may be joined: "New_York"; "Northern Ireland" is not Ireland)
             if re.search(r"(?<![\w-])(?<!Northern )" + re.escape(n).replace(r"\ ", "[ _]") +
                          r"(?![\w-])", text)]
    assert len(text) > 10_000 and "Reuters" in text  # the lists were read
    assert named == []


@pytest.mark.parametrize("line", [
    "Telvora, the mobile operator, said on Tuesday that hackers stole 2 million records.",
    "Following the vote, Ilse Damaro resigned as chair of Meridal Shipping.",
    "Watchdog groups said 40 percent of the ballots in Varn were never counted.",
    "Corrections officers said 40 prisoners escaped from the jail in Varn.",
    # Not a byline: a time or a place, then the sentence.
    "By Friday evening, rescuers in Varn had found 12 bodies under the rubble.",
    "From there, the convoy of 40 trucks moved on to the port of Varn."])
def test_a_line_that_opens_with_a_contact_word_inside_another_word_is_the_story(
        line: str) -> None:
    text = (f"Storm in Varn\n\nBy Ilse Damaro and Osric Pell, Varn Herald\n\n{line}\n\n"
            "Follow us on Twitter\n")
    (found,) = suggest.claims(art(text), _with([], text), recommenders=["built-in"])
    # (the claim: no stop; "X said C": C)
    claim = text[found.span[0]:found.span[1]]
    assert line.removesuffix(".").endswith(claim) and len(claim.split()) >= 5, claim


def test_related_stories_and_the_sources_section_are_no_part_of_the_story() -> None:
    text = ("Varn floods kill two\n\nHeavy rain flooded Varn on Monday, killing two people, "
            "Ilse Damaro said.\n\nRelated news\n\n\"Varn braces for 40 mm of rain\" — Norland "
            "Herald, March 1, 2026\n\nSources\n\nOsric Pell. \"Two dead as 300 homes flood\" — "
            "Meridal Times, March 3, 2026\n")
    names = set(_actors(text))
    assert names == {"Varn", "Ilse Damaro"}
    (claim,) = suggest.claims(art(text), _with([], text), recommenders=["built-in"])
    assert text[claim.span[0]:].startswith("Heavy rain")


@pytest.mark.parametrize(("text", "said", "claimant"), [
    # "she" after a speaker's sentence naming someone else: the speaker ("Pell" was taken)
    ("Ilse Damaro said the crew were safe and that Osric Pell would return to Varn on "
     "Monday. She thanked Norland for its help. “Norland does not pay 40 ransoms,” she told "
     "reporters.", "Norland does not pay 40 ransoms", "damaro"),
    # but inside the speaker's quotation going on, "he" is someone else
    ("Ilse Damaro declared: “Osric Pell denies selling the cargo. He says 40 containers were "
     "lost at sea.”", "40 containers were lost at sea", "pell"),
])
def test_a_pronoun_after_an_attribution_is_its_speaker(text: str, said: str,
                                                       claimant: str) -> None:
    ann = _with([("damaro", "Ilse Damaro", "person"), ("pell", "Osric Pell", "person")], text)
    found = {text[c.span[0]:c.span[1]]: c for c in suggest.claims(art(text), ann,
                                                                   recommenders=["built-in"])}
    assert found[said].claimant == claimant, found


@pytest.mark.parametrize(("text", "actor", "claimant"), [
    # a state's body, by its demonym: the country the story names
    ("Norway lost 40 ships. Two sailors were freed on Thursday and flown to Varn, the "
     "Norwegian government said.", ("norway", "Norway", "country"), "norway"),
    ("Mali lost 40 ships. Two sailors were freed on Thursday and flown to Varn, the Malian "
     "foreign ministry said.", ("mali", "Mali", "country"), "mali"),
    # not another country whose name starts alike
    ("Austria lost 40 ships. Two sailors were freed on Thursday and flown to Varn, the "
     "Australian government said.", ("austria", "Austria", "country"), None),
    # "the company said" after what was said
    ("Meridal Shipping lost 40 ships. Two sailors were freed on Thursday and flown to Varn, "
     "the company said.", ("meridal", "Meridal Shipping", "organization"), "meridal"),
    # ... the company named in what was said
    ("Two sailors were freed on Thursday and flown to Varn by Meridal Shipping, "
     "the company said.", ("meridal", "Meridal Shipping", "organization"), "meridal"),
    # "the union": only a body whose name says it is one, not the firm named last
    ("Two sailors were freed on Thursday and flown to Varn by Meridal Shipping, "
     "the union said.", ("meridal", "Meridal Shipping", "organization"), None),
])
def test_the_body_said_is_who_the_story_named(text: str, actor: tuple[str, str, str],
                                              claimant: str | None) -> None:
    claims = suggest.claims(art(text), _with([actor], text), recommenders=["built-in"])
    (found,) = [c for c in claims if "sailors" in text[c.span[0]:c.span[1]]]
    assert found.claimant == claimant
    assert text[found.span[0]:found.span[1]].startswith(
        "Two sailors were freed on Thursday and flown to Varn")
    assert not text[found.span[0]:found.span[1]].endswith("said")


def test_a_hyphenated_country_is_one_name_and_two_named_sides_are_two() -> None:
    """"Guinea-Bissau" was cut into Guinea (another country) and Bissau."""
    found = _actors("Soldiers seized power in Guinea-Bissau on Sunday, and Timor-Leste "
                    "condemned it. Guinea-Bissau was suspended. Israel-Gaza talks went on.")
    assert found["Guinea-Bissau"].type == "country" and len(found["Guinea-Bissau"].mentions) == 2
    assert "Guinea" not in found and found["East Timor"].type == "country"
    assert found["Israel"].type == "country" and "Gaza" in found


def test_claiming_an_attack_is_the_claim_whole() -> None:
    """"claimed the kidnapping" was read as an attribution: the claim began after it."""
    text = "The Tarsk Front claimed the kidnapping of 40 sailors in Varn on Monday."
    (found,) = suggest.claims(art(text), _with([("tarsk", "Tarsk Front", "group")], text),
                              recommenders=["built-in"])
    assert (text[found.span[0]:found.span[1]], found.claimant) == (text[:-1], "tarsk")


def test_adjectives_of_regions_creeds_and_race_and_unnamed_plurals_are_no_actors() -> None:
    found = _actors("Soldiers took control of the West African country on Monday. The Tarsk "
                    "Brigade, an Islamist group, said so. Retailers warned of higher prices. "
                    "Black drivers make up 61% of stops in Varn. Central Asian leaders met in "
                    "Varn. North Koreans fled to Varn.")
    assert set(found) == {"Varn", "Tarsk Brigade", "North Koreans"}, found


def test_a_title_and_a_job_before_a_name_are_no_part_of_it() -> None:
    found = _actors("The sentence was ordered by U.S. District Judge Celia Ortmann on Monday. "
                    "Acting U.S. Attorney Raymond Lusk said 40 people lost money. "
                    "Climatologist Beatriz Carvalhal said rain fell. Baptist Memorial Hospital "
                    "said so.")
    assert {n: found[n].type for n in found} == {
        "Celia Ortmann": "person", "Raymond Lusk": "person", "Beatriz Carvalhal": "person",
        "United States": "country", "Baptist Memorial Hospital": "organization"}, found
    assert len(found["United States"].mentions) == 2


def test_and_inside_one_bodys_name_does_not_cut_it() -> None:
    found = _actors("The Securities and Exchange Commission (SEC) sued Brenmark on Monday. The "
                    "United Food and Commercial Workers union said no. The Halvering and "
                    "District Health Trust said so. Meridal Shipping and Varn Port Authority "
                    "said no. France and Germany Shipping Authority agreed.")
    assert found["Securities and Exchange Commission"].aliases == ["SEC"]
    assert {"United Food and Commercial Workers", "Halvering and District Health Trust",
            "Meridal Shipping", "Varn Port Authority", "France"} <= set(found), found


def test_a_bodys_first_words_after_its_full_name_are_its_short_form() -> None:
    found = _actors("Dwight Halvorsen founded Brenmark Energy Partners in 2015. Brenmark sold "
                    "panels. Investors sued Brenmark. The Ridgeline Southern Railway train "
                    "derailed. Ridgeline Southern said it was sorry. The United Nations Security "
                    "Council met. The United Nations said so.")
    assert found["Brenmark Energy Partners"].aliases == ["Brenmark"]
    assert found["Ridgeline Southern Railway"].aliases == ["Ridgeline Southern"]
    assert "Ridgeline Southern" not in found and "United Nations" in found


@pytest.mark.parametrize("sentence", [
    "The railroad said it had inspected 40 miles of the track on Wednesday.",
    "Forty cars left the track east of Varn, according to the railroad.",
    "The association says three mills have closed since 2022, costing 900 jobs.",
])
def test_the_kind_of_body_said_is_the_body_named_before(sentence: str) -> None:
    text = "Meridal Railroad Company ran the train in Varn. " + sentence
    ann = _with([("meridal", "Meridal Railroad Company", "organization")], text)
    claims = suggest.claims(art(text), ann, recommenders=["built-in"])
    (found,) = [c for c in claims if c.span[0] >= text.index(sentence)]
    assert found.claimant == "meridal"


@pytest.mark.parametrize(("sentence", "claim"), [
    ("Forty cars left the track east of Varn, officials said.",
     "Forty cars left the track east of Varn"),
    # a nation's police: it stayed in the claim
    ("The museum lost 8 million euros in the theft, Belgian police said.",
     "The museum lost 8 million euros in the theft"),
    # ... or a country's short name, and a quotation closed before the speaker
    ("The museum lost 8 million euros in the theft, US police said.",
     "The museum lost 8 million euros in the theft"),
    ("\u201cWe know there was some type of argument at the first location,\u201d a police "
     "spokesman told reporters.",
     "We know there was some type of argument at the first location"),
    ("Local police said 40 prisoners escaped from the jail in Varn.",
     "40 prisoners escaped from the jail in Varn"),
    ("Forty cars left the track, according to preliminary results published on Monday.",
     "Forty cars left the track"),
    ("Prosecutors in the Southern District of Varn allege that Osric Pell took $1.2 "
     "billion.", "Osric Pell took $1.2 billion"),
    # a second clause's speaker: the first clause is no part of what they said
    ("Forty cars left the track in Varn, and officials say 40 tonnes of oil leaked.",
     "Forty cars left the track in Varn, and officials say 40 tonnes of oil leaked"),
])
def test_what_an_unnamed_speaker_said_is_the_claim(sentence: str, claim: str) -> None:
    (found,) = suggest.claims(art(sentence), _with([], sentence), recommenders=["built-in"])
    assert (sentence[found.span[0]:found.span[1]], found.claimant) == (claim, None)


@pytest.mark.parametrize(("sentence", "claim"), [
    # "the <kind> X said" after what was said; "At least" opens no introduction
    ("At least 58 people were rescued off Varn, the charity Meridal Shipping has said.",
     "At least 58 people were rescued off Varn"),
    ("Forty migrants drowned off Varn, the aid group Meridal Shipping said.",
     "Forty migrants drowned off Varn"),
])
def test_what_a_named_kind_said_after_it_is_the_claim(sentence: str, claim: str) -> None:
    ann = _with([("meridal", "Meridal Shipping", "organization"), ("varn", "Varn", "place")],
                sentence)
    (found,) = suggest.claims(art(sentence), ann, recommenders=["built-in"])
    assert (sentence[found.span[0]:found.span[1]], found.claimant) == (claim, "meridal")


@pytest.mark.parametrize("sentence", [
    "Halloway will buy Pennford, creating a chain of 1,100 stores in 19 states.",
    "The two states signed a pact covering 40 rivers on Monday.",
])
def test_states_the_noun_is_no_attribution(sentence: str) -> None:
    (found,) = suggest.claims(art(sentence), _with([], sentence), recommenders=["built-in"])
    assert found.cue is None and sentence.startswith(sentence[found.span[0]:found.span[1]])


def test_whom_the_sentence_acts_on_is_not_who_then_speaks() -> None:
    """"Soldiers detained President X and announced that…" made X the claimant."""
    text = ("Soldiers detained President Osric Pell early Wednesday and announced on state "
            "television that the military had taken control of Norland.")
    (found,) = suggest.claims(art(text), _with([("pell", "Osric Pell", "person")], text),
                              recommenders=["built-in"])
    assert found.claimant is None


@pytest.mark.parametrize("text", [
    "Ilse Damaro of the commission declared Osric Pell the winner with 52 percent of the vote.",
    "Ilse Damaro announced Osric Pell as the new coach of Varn, with 40 staff.",
])
def test_declaring_someone_the_winner_is_an_act_not_an_attribution(text: str) -> None:
    """The claim began after "declared": "Osric Pell the winner with 52 percent"."""
    ann = _with([("pell", "Osric Pell", "person"), ("damaro", "Ilse Damaro", "person")], text)
    (found,) = suggest.claims(art(text), ann, recommenders=["built-in"])
    assert found.cue is None and found.span[0] == 0


def test_a_quotation_closed_before_a_titled_speaker_is_the_claim() -> None:
    text = ("“This was no business. It was a lie from the first 40 brochures,” Acting U.S. "
            "Attorney Raymond Lusk said in a statement.")
    ann = _with([("lusk", "Raymond Lusk", "person")], text)
    found = {text[c.span[0]:c.span[1]]: c.claimant
             for c in suggest.claims(art(text), ann, recommenders=["built-in"])}
    assert found.get("It was a lie from the first 40 brochures") == "lusk", found


def test_said_before_a_name_with_its_own_verb_is_no_inverted_attribution() -> None:
    """"Prosecutors said X told investors that C": X is no one "said X" names."""
    text = ("Prosecutors said Dwight Halvorsen told investors that Brenmark owned 40,000 "
            "solar systems.")
    ann = _with([("halvorsen", "Dwight Halvorsen", "person")], text)
    (found,) = suggest.claims(art(text), ann, recommenders=["built-in"])
    assert (text[found.span[0]:found.span[1]], found.claimant) == (
        "Brenmark owned 40,000 solar systems", "halvorsen")


def test_where_a_body_is_based_is_a_place() -> None:
    """"Analysts at Mumbai-based brokerage X" made Mumbai an organisation (who employs
    analysts)."""
    found = _actors("Analysts at Mumbai-based brokerage Kotrak said the launch went well. A "
                    "Switzerland-based firm said so.")
    assert (found["Mumbai"].type, found["Switzerland"].type) == ("place", "country")


def test_a_ministers_remit_before_the_title_is_no_actor() -> None:
    found = _actors("Civil Protection Minister Nikos Vardakis said 40 people died in Varn.")
    assert "Civil Protection" not in found and found["Nikos Vardakis"].type == "person"


def test_vessels_and_bodies_by_their_head_word_and_no_founding_adjective() -> None:
    found = _actors("The tanker Aegean Star ran aground near Varn on Monday. The Dutch-founded "
                    "firm Vantix said so. The Ohio Innocence Project and the National Registry "
                    "of Exonerations said 40 people were freed.")
    assert found["Aegean Star"].type == "other" and "Dutch-founded" not in found
    assert found["Ohio Innocence Project"].type == "organization"
    assert found["National Registry of Exonerations"].type == "organization"


def test_where_a_study_was_published_is_an_outlet() -> None:
    found = _actors("The study, published in The Lancet on Monday, found 40 deaths in Varn.")
    assert found["Lancet"].type == "organization"


@pytest.mark.parametrize("title", ["Varn County Sheriff", "Norland Foreign Minister",
                                   "Sheriff"])
def test_a_quotation_said_by_a_place_s_official_is_theirs(title: str) -> None:
    """"“C,” said Varn County Sheriff X": the place before the title is no speaker, and
    what was said is the quotation."""
    sentence = f"\u201cWe have never seen a fire move this fast,\u201d said {title} Ilse Damaro."
    ann = _with([(i, name, kind) for i, name, kind in (
        ("varn", "Varn County", "place"), ("norland", "Norland", "country"),
        ("damaro", "Ilse Damaro", "person")) if name in sentence], sentence)
    (found,) = suggest.claims(art(sentence), ann, recommenders=["built-in"])
    assert found.claimant == "damaro"
    assert sentence[found.span[0]:found.span[1]] == "We have never seen a fire move this fast"


def test_a_name_known_as_another_is_one_actor_and_a_numbered_road_is_none() -> None:
    """"the Varn Department of Forestry and Fire Protection, known as Cal Varn": one body
    ("Cal Varn said" made a person of it); "Highway 49", "Route 66" are no actors."""
    found = _actors("The fire had burned 12,000 acres, according to the Varn Department of "
                    "Forestry and Fire Protection, known as Cal Varn. Gusts pushed embers "
                    "across Highway 49 and State Route 66. Cal Varn said crews worked through "
                    "the night.")
    body = found["Varn Department of Forestry and Fire Protection"]
    assert body.type == "organization" and "Cal Varn" in body.aliases, found
    assert not {"Cal Varn", "Highway", "State Route", "Route"} & set(found), found


def test_a_mine_s_number_a_pronoun_s_word_inside_a_name_and_a_hometown() -> None:
    """"the Varn Ridge No. 3 mine" is Varn Ridge (no "No"); "Mine" inside a sentence opens
    a body's name, no pronoun; "X, 44, of Breckmoor" says where X lives."""
    found = _actors("Osric Pell, 44, of Breckmoor and Ilse Damaro, 29, of nearby Tarsk died "
                    "at the Varn Ridge No. 3 mine, the Mine Safety and Health Administration "
                    "said.")
    assert "Varn Ridge" in found and "Varn Ridge No" not in found, found
    assert "Mine Safety and Health Administration" in found, found
    assert found["Breckmoor"].type == found["Tarsk"].type == "place"


@pytest.mark.parametrize("sentence", [
    "Meridal Shipping, the ferry's owner, has not commented.",
    "The Varn Security Service declined to comment.",
    "Meridal Shipping did not immediately respond to a request for comment.",
    "Meridal Shipping could not be reached for comment on Monday.",
    # what someone would not say is no claim ("whether a ransom of 2 million dollars ...")
    "Meridal Shipping declined to say whether 2 million dollars had been paid.",
])
def test_who_would_not_comment_makes_no_claim(sentence: str) -> None:
    text = "Ferry sinks off Varn\n\nA ferry sank off Varn on Monday, killing 40 people. " + sentence
    claims = [text[c.span[0]:c.span[1]] for c in
              suggest.claims(art(text), recommenders=["built-in"]) if c.checkworthy]
    assert claims == ["A ferry sank off Varn on Monday, killing 40 people"], claims


def test_a_kind_of_firm_or_paper_before_a_name_is_no_part_of_it() -> None:
    """"Drugmaker X", "Chipmaker Y" (Reuters' style), "the weekly Z": a kind, then the
    name of an organisation."""
    found = _actors("Drugmaker Brennan Pharmaceuticals is recalling pills. Chipmaker Nexa "
                    "Semiconductors said sales fell. He wrote for the weekly Ochiq Soz.")
    assert {"Brennan Pharmaceuticals", "Nexa Semiconductors", "Ochiq Soz"} <= set(found), found
    assert found["Ochiq Soz"].type == "organization"


def test_the_rebel_or_militant_x_is_an_armed_group_and_the_separatist_party_is_not() -> None:
    found = _actors("Norland and the rebel Eastern Liberation Front agreed to a ceasefire. "
                    "The militant Northern Front said it would fight on, and the separatist "
                    "Varn Party said it would vote against.")
    assert found["Eastern Liberation Front"].type == found["Northern Front"].type == "group"
    assert found["Varn Party"].type == "organization"


def test_a_country_s_agency_joined_by_and_and_a_committee_to_do_something_are_one_name(
) -> None:
    found = _actors("The U.S. Food and Drug Administration said on Tuesday that it had found "
                    "an impurity. The Committee to Protect Journalists called for his "
                    "release.")
    assert {"U.S. Food and Drug Administration", "Committee to Protect Journalists"} <= \
        set(found), found
    assert not {"U.S. Food", "Drug Administration", "Committee", "Protect Journalists"} & \
        set(found), found


def test_a_person_whose_surname_is_a_country_s_name_is_a_person() -> None:
    """"Fatima Jordan, a nurse", "Makerita Tonga, 34": what stands after the name says a
    person; "Radio Kenya, a broadcaster" stays a body."""
    found = _actors("“It was terrible,” said Makerita Tonga, 34, who was at the gate. Fatima "
                    "Jordan, a nurse, said 12 died. Radio Kenya, a broadcaster, said so.")
    assert found["Makerita Tonga"].type == found["Fatima Jordan"].type == "person", found
    assert found["Radio Kenya"].type == "organization"


@pytest.mark.parametrize(("sentence", "claim"), [
    ("Police fired tear gas to disperse the crowd, according to several witnesses.",
     "Police fired tear gas to disperse the crowd"),
    ("No illnesses have been reported, according to the company.",
     "No illnesses have been reported"),
])
def test_what_someone_unnamed_is_said_to_have_seen_is_a_claim(sentence: str, claim: str,
                                                              ) -> None:
    """No name and no number in it, but attributed: a claim to check."""
    claims = suggest.claims(art(sentence), recommenders=["built-in"])
    assert [sentence[c.span[0]:c.span[1]] for c in claims if c.checkworthy] == [claim]


def test_a_denial_is_claimed_as_a_denial() -> None:
    """"X denied that C": X never said C; the claim keeps "denied" (a ClaimReview of C
    credited to X would say the opposite of what X said)."""
    sentence = "Ilse Damaro denied that officers in Varn had used tear gas on 300 people."
    ann = _with([("damaro", "Ilse Damaro", "person"), ("varn", "Varn", "place")], sentence)
    (found,) = suggest.claims(art(sentence), ann, recommenders=["built-in"])
    assert found.claimant == "damaro"
    assert sentence[found.span[0]:found.span[1]] == \
        "denied that officers in Varn had used tear gas on 300 people"


def test_a_name_whose_parliament_or_army_it_is_is_a_country() -> None:
    """"Velmoria's parliament": a state's, named once at a sentence's start (it was left
    out); "Meridal's president" may be a firm's."""
    found = _actors("Velmoria's parliament has voted to impeach President Anton Varga. "
                    "Meridal's president said so.")
    assert found["Velmoria"].type == "country"


def test_a_name_a_manner_is_named_after_is_none_and_a_broker_is_one() -> None:
    found = _actors("Norland plans Varnland-style removals of migrants. A Vesmark-brokered "
                    "buffer zone was set up on Monday.")
    assert "Varnland" not in found and "Varnland-style" not in found, found
    assert "Vesmark" in found and "Vesmark-brokered" not in found, found


def test_the_company_said_in_the_lead_is_the_company_named_next() -> None:
    """"…, the company said." before any company is named: the one the next sentence
    names (news often names it after the lead)."""
    text = ("Two miners died in a roof collapse on Friday, the company said. The mine is run "
            "by Meridal Shipping, according to the state.")
    ann = _with([("meridal", "Meridal Shipping", "organization")], text)
    first = suggest.claims(art(text), ann, recommenders=["built-in"])[0]
    assert (text[first.span[0]:first.span[1]], first.claimant) == (
        "Two miners died in a roof collapse on Friday", "meridal")


def test_two_speakers_in_one_sentence_make_two_claims() -> None:
    """"Residents told X that A, but Meridal said B": each speaker's claim (the residents'
    one, the story's allegation, was lost)."""
    text = ("Residents told reporters that a power line had sparked near Varn on Tuesday night, "
            "but Meridal Shipping said its equipment was working normally.")
    ann = _with([("meridal", "Meridal Shipping", "organization"), ("varn", "Varn", "place")],
                text)
    claims = suggest.claims(art(text), ann, recommenders=["built-in"])
    assert [(text[c.span[0]:c.span[1]], c.claimant) for c in claims] == [
        ("a power line had sparked near Varn on Tuesday night", None),
        ("its equipment was working normally", "meridal")]


def test_a_quotation_over_two_sentences_is_its_speaker_s_in_both() -> None:
    """"“A. B,” said X, 34, who was there.": A and B are X's claims, without the quotation
    marks, the attribution or the clause about X."""
    text = ("“I saw a child being passed over the heads of people in Varn. Some people were "
            "not breathing,” said Ilse Damaro, 34, who was at the gate.")
    ann = _with([("damaro", "Ilse Damaro", "person"), ("varn", "Varn", "place")], text)
    found = suggest.claims(art(text), ann, recommenders=["built-in"])
    assert [(text[c.span[0]:c.span[1]], c.claimant) for c in found] == [
        ("I saw a child being passed over the heads of people in Varn", "damaro"),
        ("Some people were not breathing", "damaro")]


def test_a_sentence_that_only_says_who_asked_a_question_is_no_claim() -> None:
    text = ("Osric Pell spoke. “What reasons are there for these 40 MPs to be allowed in "
            "Parliament?” Varn’s Kuala Lindqvar MP Ilse Damaro asked Pell.")
    claims = [text[c.span[0]:c.span[1]] for c in suggest.claims(art(text),
                                                                recommenders=["built-in"])]
    assert not any("asked Pell" in c for c in claims), claims


def test_a_quotation_over_three_sentences_after_its_speaker_loses_its_marks() -> None:
    """"“A,” X said. “B. C.”": B and C are X's, without the marks A's sentence left open
    and closed."""
    text = ("“We plan to fight on for 40 days,” Osric Pell said. “There will be post trial "
            "motions and 2 appeals. We expect his full vindication by the 40th day.”")
    ann = _with([("pell", "Osric Pell", "person")], text)
    found = {text[c.span[0]:c.span[1]]: c.claimant
             for c in suggest.claims(art(text), ann, recommenders=["built-in"])}
    assert found.get("There will be post trial motions and 2 appeals") == "pell", found
    assert found.get("We expect his full vindication by the 40th day") == "pell", found


def test_a_name_that_speaks_beside_another_is_a_name() -> None:
    """Named once, at a sentence's start: "Hezbollah and the Taliban said" speaks as "X said"
    does (it was left out as a capitalised first word); "Health officials said" makes no
    name of "Health"."""
    found = _actors("Hezbollah and the Taliban said they would fight on. Health officials "
                    "said 12 died. Rebel leaders said they won.")
    assert {"Hezbollah", "Taliban"} <= set(found), found
    assert not {"Health", "Rebel"} & set(found), found


def test_a_live_blog_s_time_stamps_are_no_part_of_a_claim() -> None:
    text = ("Live: Varn airport\n\n14:40 — Meridal Shipping said 40 flights were cancelled.\n\n"
            "2.15pm: Ilse Damaro, 61, died in Varn on Monday.\n")
    claims = suggest.claims(art(text), recommenders=["built-in"])
    assert [text[c.span[0]:c.span[1]] for c in claims] == [
        "Meridal Shipping said 40 flights were cancelled",
        "Ilse Damaro, 61, died in Varn on Monday"]


def test_a_role_noun_opening_a_sentence_before_a_name_is_no_part_of_it() -> None:
    """"Passenger Ilse Damaro said": the article writes "passengers" in lower case too;
    "United Kingdom Prime Minister X" keeps its country."""
    found = _actors("Passenger Ilse Damaro said the cabin filled with smoke. Other passengers "
                    "said it was calm. United Kingdom Prime Minister Osric Pell, united with "
                    "them, said so.")
    assert "Ilse Damaro" in found and "Passenger Ilse Damaro" not in found, found
    assert "United Kingdom" in found, found


def test_the_airline_said_is_the_airline_named_last_not_the_last_body() -> None:
    """"An Aer Varn flight": an airline (typed a person); "…, the airline said" after the
    investigators are named is the airline's claim."""
    text = ("An Aer Varn flight made an emergency landing in Tarsk on Monday. The Air Accident "
            "Investigation Unit said it had opened an inquiry. The pilot reported a fire "
            "warning in one engine, the airline said.")
    found = _actors(text + " Evacuation flights resumed on Monday.")
    assert found["Aer Varn"].type == "organization" and "Evacuation" not in found
    # ... and its plane or jetliner; a country's jets stay the country's
    found = _actors("Divers found the recorders from the Varnair jetliner that crashed with "
                    "100 people aboard. The downed Varnair plane was new, and Russia said US "
                    "jets were nearby.")
    assert found["Varnair"].type == "organization", found
    assert found["Russia"].type == found["United States"].type == "country", found
    ann = _with([("aer-varn", "Aer Varn", "organization"),
                 ("aaiu", "Air Accident Investigation Unit", "organization")], text)
    claims = suggest.claims(art(text), ann, recommenders=["built-in"])
    (pilot,) = [c for c in claims if text[c.span[0]:c.span[1]].startswith("The pilot")]
    assert pilot.claimant == "aer-varn"


def test_what_a_name_is_said_before_it_types_it() -> None:
    """"a local newspaper, X", "the opposition party Y": organisations (both were people,
    two capitalised words that speak)."""
    found = _actors("The story was first reported by a local newspaper, Rostrup Avis. The "
                    "opposition party Halk Birligi said it would protest.")
    assert found["Rostrup Avis"].type == found["Halk Birligi"].type == "organization"


def test_the_bullets_under_key_points_are_no_story() -> None:
    """"Key points:" and its bullets tell the story again in short: no claims, and the lead's
    events are not left out as told again."""
    text = ("Cholera kills 37 in Varn\n\nKey points:\n- 37 deaths and 1,912 cases since January\n"
            "- Schools in Varn closed\n\nVARN (AFP) — A cholera outbreak in Varn has killed 37 "
            "people, health officials said on Tuesday.\n")
    claims = suggest.claims(art(text), recommenders=["built-in"])
    assert [text[c.span[0]:c.span[1]] for c in claims] == [
        "A cholera outbreak in Varn has killed 37 people"]
    evs = suggest.events(art(text), config.default(), _with([], text), recommenders=["built-in"])
    assert {text[e.trigger[0]:e.trigger[1]] for e in evs} == {"outbreak", "killed"}


def test_a_speaker_in_markdown_bold_speaks() -> None:
    """"**X** said C": the bold opens a sentence and ends the name before the verb."""
    text = "The strike went on. **Ilse Damaro** said the budget was $5 million."
    ann = _with([("damaro", "Ilse Damaro", "person")], text)
    claims = suggest.claims(art(text), ann, recommenders=["built-in"])
    assert [(text[c.span[0]:c.span[1]], c.claimant) for c in claims] == [
        ("the budget was $5 million", "damaro")]


def test_a_press_release_s_dateline_and_wire_are_no_story() -> None:
    found = _actors("Meridal reports record quarter\n\nVARN, Norland, March 3, 2025 /VarnWire/ -- "
                    "Meridal Shipping Inc. today announced that revenue rose 12 percent.")
    assert set(found) == {"Meridal Shipping Inc"}, found


def test_a_title_in_lower_case_before_the_speaker_is_no_part_of_the_claim() -> None:
    """"C, regional governor X told reporters on Tuesday.": the claim is C (the
    attribution stayed in it)."""
    text = ("Rescue teams pulled 23 people from the water overnight, regional governor Osric "
            "Pell told reporters on Tuesday.")
    ann = _with([("pell", "Osric Pell", "person")], text)
    (found,) = suggest.claims(art(text), ann, recommenders=["built-in"])
    assert (text[found.span[0]:found.span[1]], found.claimant) == (
        "Rescue teams pulled 23 people from the water overnight", "pell")


def test_the_government_said_is_the_country_named_last() -> None:
    """Not the organisation named last ("The Human Rights Commission said ... The
    government says ...")."""
    text = ("Norland's Human Rights Commission said three men were shot dead in Varn. The "
            "government says the price rise of 20 percent is needed.")
    ann = _with([("norland", "Norland", "country"),
                 ("commission", "Human Rights Commission", "organization")], text)
    claimants = {text[c.span[0]:c.span[1]]: c.claimant
                 for c in suggest.claims(art(text), ann, recommenders=["built-in"])}
    assert claimants["the price rise of 20 percent is needed"] == "norland", claimants


def test_local_before_a_title_is_no_name() -> None:
    """"Local MP X said": "Local" was an organisation."""
    found = _actors("A plane landed in Varn on Monday. Local MP Osric Pell said the crew had "
                    "been brave. Regional councillor Ilse Damaro agreed.")
    assert set(found) == {"Varn", "Osric Pell", "Ilse Damaro"}, found


_BODY_SAID = ("Meridal Shipping cut 3 routes on Monday. The company, which runs 40 ferries, "
              "said fares would rise 5 percent. The company, based in Varn, also said 2 ships "
              "were sold.")


@pytest.mark.parametrize(("text", "claim", "claimant"), [
    # speech verbs that were no cue: the claimant was lost, the attribution kept
    ("Osric Pell cautioned that the recovery of Varn would take 5 years.",
     "the recovery of Varn would take 5 years", "pell"),
    ("Osric Pell conceded that 3 of the ferries had failed inspections.",
     "3 of the ferries had failed inspections", "pell"),
    ("Meridal Shipping found that 40 percent of the ferries were late.",
     "40 percent of the ferries were late", "shipping"),
    # a title of address between "said" and the name
    ("\"It is the clearest signal we have seen in 20 years,\" said Prof Osric Pell.",
     "It is the clearest signal we have seen in 20 years", "pell"),
    # "said about 12 percent": a number, not what was spoken of
    ("Meridal Shipping said about 12 percent of its ferries were late.",
     "about 12 percent of its ferries were late", "shipping"),
    # "The company, which runs 40 ferries, said C": the body named before (no claimant,
    # and the attribution stayed in the claim)
    (_BODY_SAID, "fares would rise 5 percent", "shipping"),
    (_BODY_SAID, "2 ships were sold", "shipping"),
    # '"A. B," he said': B is the speaker's, without its tag (the "he" was read as inside
    # the quotation, no one's)
    ("Osric Pell, the water minister, spoke in Varn on Monday. \"People have saved a great "
     "deal. We need them to save 20 percent more,\" he said.",
     "We need them to save 20 percent more", "pell"),
    # a statement or an interview between the speaker and the verb
    ("Defense attorney Osric Pell in a statement said that he was disappointed with the 4 "
     "guilty verdicts.", "he was disappointed with the 4 guilty verdicts", "pell"),
    ("Osric Pell in a separate statement said that the last 40 months had been hard.",
     "the last 40 months had been hard", "pell"),
    # "told X:" before a quotation: the quotation is the claim
    ("Osric Pell, the head of Varn township, told Norland Radio: “Roads are blocked and "
     "rescuers have to climb 40 mountains.”",
     "Roads are blocked and rescuers have to climb 40 mountains", "pell"),
    # "said that C, adding D": C, the first thing said
    ("Osric Pell said that the coastguard has no station at Varn, adding that the vessel had "
     "all 40 permits.", "the coastguard has no station at Varn", "pell"),
    # whom a body "said" did something is no speaker
    ("The government said Mr. Pell misappropriated 40 million dollars. Osric Pell denied it.",
     "Mr. Pell misappropriated 40 million dollars", None),
    ("Prosecutors said Meridal Shipping then used the loan to buy 40 ships.",
     "Meridal Shipping then used the loan to buy 40 ships", None),
    # the founder of a body is no body; its spokeswoman speaks for it
    ("The founder of Meridal Shipping, based in Varn, denied that he cheated 40 investors.",
     "The founder of Meridal Shipping, based in Varn, denied that he cheated 40 investors",
     None),
    ("The spokeswoman of Meridal Shipping stated that 40 ships were evacuated.",
     "40 ships were evacuated", "shipping"),
    # "saying" after a name that does not open the sentence: who opens it says it
    ("Police named the suspect as Osric Pell, a 20-year-old resident of Varn, saying he was "
     "arrested 24 hours after the killings.", "Police named the suspect as Osric Pell, a "
     "20-year-old resident of Varn, saying he was arrested 24 hours after the killings", None),
    ("Analysts were worried, with Osric Pell, an economist at Varn Bank, saying 40 ships were "
     "lost.", "40 ships were lost", "pell"),
    # "C, said X, <what X is>": C, however long the apposition
    ("While Ilse Damaro was born in Norland, she has lived in Varn for 40 years, said "
     "lieutenant Osric Pell, criminal investigations chief for the Varn police department.",
     "While Ilse Damaro was born in Norland, she has lived in Varn for 40 years", "pell"),
    # ... past a clause about the speaker's firm, and past an apposition before "said"
    ("The plane, a Norland Aerospace Kestrel 31, was based in Varn, said Osric Pell, president "
     "of Varn Air, which operates 40 commuter lines.",
     "The plane, a Norland Aerospace Kestrel 31, was based in Varn", "pell"),
    # "A company spokeswoman said X was": the company named last, not X
    ("Meridal Shipping said the pilot had joined it in May. A company spokeswoman said Osric "
     "Pell was a skilled pilot with 40 years at sea.",
     "Osric Pell was a skilled pilot with 40 years at sea", "shipping"),
    # "told X, 157 cases…": what follows who was told
    ("Osric Pell said cases rose in Varn. He told Norland Radio, 157 cases are being treated "
     "in the state.", "157 cases are being treated in the state", "pell"),
    # "the company": not an outlet credited before it
    ("Hackers attacked Meridal Shipping, according to documents seen by Varn Business. The "
     "company confirmed that 40 servers were hit.", "40 servers were hit", "shipping"),
    # "said U.S. Air Force Col. X": the colonel, past his service and his abbreviated title
    ("“Both satellites are alive in 40 orbits,” said Varn Air Force Col. Osric Pell, the "
     "mission director.", "Both satellites are alive in 40 orbits", "pell"),
    # "“C,” X said in a call, Y reported": X said it, Y relays it
    ("“Our guidance holds 40 percent of the costs,” Varn Chief Financial Officer Osric Pell "
     "said in a conference call, Norland Radio reported.",
     "Our guidance holds 40 percent of the costs", "pell"),
    # "He said the X was": "he" speaks, X is what was said of
    ("Osric Pell said 40 were hurt. He said the Meridal Shipping depot where the stabbing took "
     "place was known for crime.", "the Meridal Shipping depot where the stabbing took place "
     "was known for crime", "pell"),
    # "the president said": the one named with that title
    ("President Osric Pell vowed to punish the corrupt. Meridal Shipping said 40 officials were "
     "accused. “I find it regrettable that 40 officials took bribes,” the president said.",
     "I find it regrettable that 40 officials took bribes", "pell"),
    # "the company": no public body named after the firm, by its name or its acronym
    ("Meridal Shipping confirmed the deaths. The Varn Transport Safety Board (VTSB) began an "
     "inquiry, and VTSB staff reached the site. “We are shocked by the loss of 40 lives,” the "
     "company said in its statement.", "We are shocked by the loss of 40 lives", "shipping"),
    # who a paper quotes speaks, by pronoun or by name; not who is quoted by the paper
    ("Osric Pell resigned on Monday. “This will distract the government from its work,” "
     "Norland Radio quoted him as saying.", "This will distract the government from its work",
     "pell"),
    ("Norland Radio quoted Meridal Shipping chief Osric Pell as saying that 300 containers "
     "were lost.", "300 containers were lost", "pell"),
    ("Osric Pell was quoted by Norland Radio as saying that 300 containers were lost.",
     "300 containers were lost", "pell"),
    # "tweeted condolences, saying C": C is what was said
    ("Two children died in Varn. Osric Pell tweeted condolences, saying “words are not enough "
     "to describe the loss of 40 children.”", "words are not enough to describe the loss of 40 "
     "children", "pell"),
    # "…,” claims X"; "…,” said Varn attorney general X" (a title in lower case)
    ("“The budget is a dead end for 4,000 taxpayers,” claims City Councilman Osric Pell.",
     "The budget is a dead end for 4,000 taxpayers", "pell"),
    ("“Their weak security made it easy to steal the data of 40,000 people,” said Varn "
     "attorney general Osric Pell.", "Their weak security made it easy to steal the data of "
     "40,000 people", "pell"),
    ("Captain Osric Pell emphasized that without the soldiers, 40 people might have died.",
     "without the soldiers, 40 people might have died", "pell"),
    # "X's CFO said": the company's officer speaks for it
    ("Meridal Shipping's CFO said ferry sales came in 40 percent ahead of expectations.",
     "ferry sales came in 40 percent ahead of expectations", "shipping"),
    # "The ministry confirmed that C, Y reported": the ministry's, Y only relays it
    ("The Varn Transport Safety Board (VTSB) met. VTSB staff confirmed on Sunday that 39 people "
     "were rescued, Norland Radio reported.", "39 people were rescued",
     "varn-transport-safety-board"),
    # "“C,” X, who led it, was quoted as saying (by Y)": X's, Y only relays it
    ("“It was a very difficult rescue for 40 men,” Osric Pell, who headed the rescue, was quoted "
     "as saying by Norland Radio.", "It was a very difficult rescue for 40 men", "pell"),
    # "X conceded Wednesday that C"; "the X police said" (X the police's short name)
    ("Osric Pell conceded Wednesday that the video “is only one piece of the evidence.”",
     "the video “is only one piece of the evidence.”", "pell"),
    # "conceded that C" is said ("conceded defeat" is done: see below)
    ("Osric Pell conceded that the 400 absentee ballots could not change the result.",
     "the 400 absentee ballots could not change the result", "pell"),
    # "according to his agent, X": X's
    ("He died on Sunday at 90, according to his agent, Osric Pell.", "He died on Sunday at 90",
     "pell"),
    # "According to <title>, X, C": X's
    ("Police raided 40 homes. According to Varn Police Deputy Commissioner, Osric Pell, three "
     "of the 15 detainees resisted arrest.", "three of the 15 detainees resisted arrest", "pell"),
    ("Osric Pell wrote that 300 containers were missing.", "300 containers were missing",
     "pell"),
    ("About 300 containers were lost in the storm, writes the Norland Radio website.",
     "About 300 containers were lost in the storm", "norland-radio"),
    # "The department warned that C": the department named last
    ("The Varn Department of Fisheries said 40 boats sank. Osric Pell spoke. The department "
     "warned that acid rain could damage crops.", "acid rain could damage crops",
     "varn-department-of-fisheries"),
    # "The commission said": the commission named last, none if none is named before
    ("The Varn Electoral Commission met. Osric Pell said the vote was fair, and Norland Radio "
     "agreed. The commission said the results showed Pell had won with 50.23 per cent.",
     "the results showed Pell had won with 50.23 per cent", "varn-electoral-commission"),
    ("Osric Pell said the vote was fair, and Norland Radio agreed. The electoral commission "
     "said the results showed Pell had won with 50.23 per cent.",
     "the results showed Pell had won with 50.23 per cent", None),
    # "said Assistant U.S. Attorney X": X, the country only in the title
    ("Ilse Damaro was jailed. “She sold Varn County out for 40 years,” said Assistant U.S. "
     "Attorney Osric Pell.", "She sold Varn County out for 40 years", "pell"),
    # "according to Varn officials": unnamed officials, no one's claim
    ("Osric Pell spoke. According to Ostland officials, there are about 600 fighters in Varn.",
     "there are about 600 fighters in Varn", None),
    # "“C,” X, CEO of Y said": X, the apposition's closing comma left out
    ("Varn Ports will merge with a rival. “I am very pleased that 90% of shareholders voted "
     "in favour,” Osric Pell, CEO of Meridal Shipping said.",
     "I am very pleased that 90% of shareholders voted in favour", "pell"),
    # "C, X, an official in Y, the site of it, told Z": X, past two appositions
    ("Fifteen bodies were pulled from the carriages, Osric Pell, a senior police official in "
     "the district of Varn, the site of the accident, told Norland Radio.",
     "Fifteen bodies were pulled from the carriages", "pell"),
    # "X pointed out that C"
    ("Osric Pell then stood up and pointed out that 40 members were not allowed to speak.",
     "40 members were not allowed to speak", "pell"),
    # "A statement on X's official website read: “C”": X's
    ("The chief was sacked. A statement on Meridal Shipping’s official website read: “The "
     "results have not been good enough and 40 jobs will go.”",
     "The results have not been good enough and 40 jobs will go", "shipping"),
    # "the sheriff's office said", "according to the sheriff's office": the office
    # named last
    ("Ten inmates escaped, the Varn County Sheriff's Office said. Osric Pell spoke. Earlier, "
     "the sheriff's office had said 11 inmates had escaped.", "11 inmates had escaped",
     "varn-county-sheriff-s-office"),
    # "“C. D,” said London student X, 15.": X, the town only a modifier, for both sentences
    ("“Fees rose 40 percent. I am not rich,” said London student Osric Pell, 15.",
     "Fees rose 40 percent", "pell"),
    # "Mayor X's office said": X's
    ("Mayor Osric Pell’s office said in a statement that 40 schools would reopen.",
     "40 schools would reopen", "pell"),
    # "C, the agency said": the body named last whose name says it is one
    ("The Varn Drug Administration has approved a request by Meridal Shipping to sell 40 "
     "vaccines, the agency said.",
     "The Varn Drug Administration has approved a request by Meridal Shipping to sell 40 "
     "vaccines", "varn-drug-administration"),
    # "The first witness, X, had testified that C": X, past "had"
    ("According to the judge, the first prosecution witness, Osric Pell, had testified that "
     "40 men ran towards him.", "40 men ran towards him", "pell"),
    # "X's foreign ministry said", "X's government said": the state's
    ("Ostland's foreign ministry said 40 diplomats left.", "40 diplomats left", "ostland"),
    ("Ostland's government said 40 soldiers died.", "40 soldiers died", "ostland"),
    # "X informed on Thursday that C"
    ("The Varn Department of Fisheries informed on Thursday that at least three boats sank.",
     "at least three boats sank", "varn-department-of-fisheries"),
    ("Ten inmates escaped, the Varn County Sheriff's Office said. Osric Pell spoke. The inmates "
     "were found missing at 8:30 a.m., according to the sheriff's office.",
     "The inmates were found missing at 8:30 a.m", "varn-county-sheriff-s-office"),
])
def test_more_ways_to_attribute(text: str, claim: str, claimant: str | None) -> None:
    ann = _with([(who, name, kind) for who, name, kind in (
        ("pell", "Osric Pell", "person"), ("shipping", "Meridal Shipping", "organization"),
        ("varn-transport-safety-board", "VTSB staff", "organization"),
        ("varn-business", "Varn Business", "organization"),
        ("varn-air-force", "Varn Air Force", "organization"),
        ("norland-radio", "Norland Radio", "organization"),
        ("varn-department-of-fisheries", "Varn Department of Fisheries", "organization"),
        ("varn-electoral-commission", "Varn Electoral Commission", "organization"),
        ("united-states", "U.S.", "country"), ("ostland", "Ostland", "country"),
        ("varn-county-sheriff-s-office", "Varn County Sheriff's Office", "organization"),
        ("varn-drug-administration", "Varn Drug Administration", "organization"))
        if name in text], text)
    found = {text[c.span[0]:c.span[1]]: c.claimant
             for c in suggest.claims(art(text), ann, recommenders=["built-in"])}
    assert found.get(claim) == claimant, found


def test_news_reports_from_a_town_name_no_one() -> None:
    """"C, news reports from X said": from where (here a town taken for a body), no one."""
    text = ("Osric Pell quit the government on Sunday after 40 days, news reports from Reykholt "
            "said.")
    ann = _with([("pell", "Osric Pell", "person"), ("reykholt", "Reykholt", "organization")],
                text)
    found = {text[c.span[0]:c.span[1]]: c.claimant
             for c in suggest.claims(art(text), ann, recommenders=["built-in"])}
    assert found == {"Osric Pell quit the government on Sunday after 40 days": None}, found


def test_whom_the_speaker_spoke_to_says_nothing() -> None:
    """"Speaking to Norland Radio, X defended it, saying C": not the radio's C."""
    text = ("Speaking to Norland Radio, Varnholt police chief Osric Pell defended the use of "
            "force, saying 40 officers were hurt.")
    ann = _with([("norland-radio", "Norland Radio", "organization"),
                 ("pell", "Osric Pell", "person")], text)
    found = [c.claimant for c in suggest.claims(art(text), ann, recommenders=["built-in"])]
    assert found and "norland-radio" not in found, found


@pytest.mark.parametrize("opening", ["Speaking to Norland Radio, ",
                                     "Speaking to Norland Radio on Monday, Mayor ",
                                     "Talking to Norland Radio, "])
def test_who_spoke_to_a_station_and_then_said_it_says_it(opening: str) -> None:
    """"Speaking to Norland Radio, X defended it, saying C": X's C (it was no one's)."""
    text = f"{opening}Osric Pell defended the use of force, saying 40 officers were hurt."
    ann = _with([("norland-radio", "Norland Radio", "organization"),
                 ("pell", "Osric Pell", "person")], text)
    found = {text[c.span[0]:c.span[1]]: c.claimant
             for c in suggest.claims(art(text), ann, recommenders=["built-in"])}
    assert found == {"40 officers were hurt": "pell"}, found


def test_the_town_police_said_is_the_police_named_by_its_town() -> None:
    text = ("Varnby Police opened an inquiry. A day later, Varnby police said in a statement "
            "that “the driver refused to stop at 40 mph.”")
    a = art(text)
    ann = Annotations(sidecar.new(a, Path("x.ann.yaml")).document)
    ann.actors.append(Actor("varnby-police", "Varnby Police", "organization", ["Varnby"],
                            [Span.at(text, 0, 13), Span.at(text, 46, 52)]))
    found = {text[c.span[0]:c.span[1]]: c.claimant
             for c in suggest.claims(a, ann, recommenders=["built-in"])}
    assert found.get("the driver refused to stop at 40 mph") == "varnby-police", found


@pytest.mark.parametrize("text", [
    "Osric Pell wrote a false statement in 2013 to get a new work phone worth $900.",
    # a defeat or a race conceded is an act, no claim of the loser's
    "Osric Pell has lost her re-election bid and conceded defeat, becoming Varn's first one-term "
    "mayor in 40 years.",
    "Varn Press Secretary Osric Pell reiterated the timeline of 40 days in a briefing Friday.",
])
def test_a_statement_written_or_a_defeat_conceded_is_done_no_claim(text: str) -> None:
    """(and "reiterated the timeline": an act, a claim only of what is reiterated)"""
    ann = _with([("pell", "Osric Pell", "person")], text)
    found = {text[c.span[0]:c.span[1]]: c.claimant
             for c in suggest.claims(art(text), ann, recommenders=["built-in"])}
    assert found == {text[:-1]: None}


def test_a_title_of_address_after_a_title_and_a_councillor_s_are_no_part_of_a_name() -> None:
    found = _actors("Flooding hit Varn on Monday. Health Secretary Dr Osric Pell said 40 "
                    "patients were moved. Cllr Ilse Damaro said 12 schools closed. Harlow Brent "
                    "Architects said the design was safe.")
    assert found["Osric Pell"].type == found["Ilse Damaro"].type == "person", found
    assert found["Harlow Brent Architects"].type == "organization"


@pytest.mark.parametrize("sentence", [
    "Chief Inspector Osric Pell of the Varn police said two men were held.",
    "Their lawyer, Osric Pell of Meridal Shipping, said two men were held.",
])
def test_the_person_of_a_body_is_the_speaker(sentence: str) -> None:
    ann = _with([("pell", "Osric Pell", "person"),
                 ("shipping", "Meridal Shipping", "organization")] if "Meridal" in sentence
                else [("pell", "Osric Pell", "person"), ("varn", "Varn", "organization")],
                sentence)
    (found,) = suggest.claims(art(sentence), ann, recommenders=["built-in"])
    assert (sentence[found.span[0]:found.span[1]], found.claimant) == (
        "two men were held", "pell")


def test_a_speech_word_after_an_article_is_a_noun() -> None:
    """"The report said C": "report" was the cue, and the claim began with "said"."""
    text = "Refugee numbers rose in 2024. The report said 1.6 million refugees returned home."
    claims = [text[c.span[0]:c.span[1]]
              for c in suggest.claims(art(text), _with([], text), recommenders=["built-in"])]
    assert "1.6 million refugees returned home" in claims, claims


def test_a_known_city_opening_a_sentence_is_a_place() -> None:
    """"Berlin welcomed the decision": one-word names only ever opening a sentence were
    dropped, a world city too."""
    found = _actors("A fine of 40 million euros was imposed on Meridal Shipping on Monday. "
                    "Berlin welcomed the decision.")
    assert found["Berlin"].type == "place", found


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="Aabnr", min_size=1, max_size=14),
       st.lists(st.text(alphabet="Aabnr", min_size=1, max_size=16), max_size=30))
@example("Abbbbbbb", ["Abbbbbbr", "Abbbbbnb", "Abbbbbba", "Abbbbrbb", "Abbbbbbn", "Abbabbbb"])
def test_the_words_nearest_a_surname_are_those_of_scoring_every_word(surname: str,
                                                                    words: list[str]) -> None:
    from rapidfuzz import fuzz, process

    from annotate.suggest import names
    loose = sorted(set(words))
    near = names._Near(loose)
    assert {w for w in loose if fuzz.ratio(surname, w, score_cutoff=85)} <= near.to(surname)
    assert near.closest(surname) == [w for w, _, _ in process.extract(
        surname, loose, scorer=fuzz.ratio, limit=2, score_cutoff=85)]


@pytest.mark.parametrize(("text", "said", "claimant"), [
    # a speech verb inside a quotation is no attribution: the one after it closes is
    ("“Our members have told us they are the lowest paid in Norland. The offer is below the "
     "cost of living,” Ilse Damaro said.",
     "Our members have told us they are the lowest paid in Norland", "damaro"),
    # a quotation over three sentences: its attribution follows where it closes
    ("Ilse Damaro spoke in Varn. “We lost 40 cranes. Osric Pell saw it. We will rebuild all "
     "of them,” she said.", "We lost 40 cranes", "damaro"),
    # ... over paragraphs that open it again, closed by two apostrophes; "she" is not the
    # name inside the quotation
    ("Ilse Damaro spoke in Varn.\n\n“Last week we carried out 200 field missions.\n\n“Osric "
     "Pell will attend the summit in Varn on Thursday,’’ she said.",
     "Last week we carried out 200 field missions", "damaro"),
    # ... or after a question that opens it (not the speaker before)
    ("Osric Pell said he was sorry. Ilse Damaro told reporters: “Did Pell know of it? It is "
     "hard to believe the 40 cranes fell by themselves.”",
     "It is hard to believe the 40 cranes fell by themselves", "damaro"),
    # a quotation whose attribution names no one is no one's
    ("Ilse Damaro spoke in Varn. “The minister lost 40 cranes. She will rebuild all of them,” "
     "said a spokesman.", "The minister lost 40 cranes", None),
])
def test_a_quotation_over_sentences_is_whose_attribution_follows_it(
        text: str, said: str, claimant: str | None) -> None:
    ann = _with([(i, name, "person") for i, name in (("damaro", "Ilse Damaro"),
                                                     ("pell", "Osric Pell")) if name in text],
                text)
    found = {text[c.span[0]:c.span[1]].strip("“”’ "): c
             for c in suggest.claims(art(text), ann, recommenders=["built-in"])}
    assert found[said].claimant == claimant, found


@pytest.mark.parametrize(("text", "said", "claimant"), [
    # the attribution that ends the sentence is its own, whoever the words before it say
    # spoke: a name, a body's unnamed official
    ("Ilse Damaro told police that 40 containers were lost, Osric Pell said.",
     "Ilse Damaro told police that 40 containers were lost", "pell"),
    # ... but someone unnamed there leaves what was said to whom it names (as "Police said
    # X told them C" is X's C)
    ("Ilse Damaro told police that 40 containers were lost, a port official said on Sunday.",
     "40 containers were lost", "damaro"),
    ("Meridal Shipping has cut 40 jobs in Varn, its chief executive said on Sunday.",
     "Meridal Shipping has cut 40 jobs in Varn", "meridal"),
    ("The port has warned that 40 ships could sink, Meridal Shipping's Africa director said "
     "on Sunday.", "The port has warned that 40 ships could sink", "meridal"),
    # ... and a name in a phrase on what the subject did is no speaker
    ("The four men arrested for the attack on Ilse Damaro have told police that 40 shots "
     "were fired, an officer said on Sunday.", "The four men arrested for the attack on Ilse "
     "Damaro have told police that 40 shots were fired", None),
    # (but a clause after the phrase has a subject of its own)
    ("Thousands are set to go on strike after Meridal Shipping officials say 40 talks "
     "failed.", "40 talks failed", "meridal"),
    # not a phrase after a comma that only reports something ("reportedly")
    ("Ilse Damaro said that 40 containers were lost, with some of the crew reportedly hurt.",
     "40 containers were lost, with some of the crew reportedly hurt", "damaro"),
])
def test_an_attribution_ending_the_sentence_names_its_claimant(
        text: str, said: str, claimant: str | None) -> None:
    ann = _with([(i, name, kind) for i, name, kind in (
        ("damaro", "Ilse Damaro", "person"), ("pell", "Osric Pell", "person"),
        ("meridal", "Meridal Shipping", "organization")) if name in text], text)
    (found,) = suggest.claims(art(text), ann, recommenders=["built-in"])
    assert (text[found.span[0]:found.span[1]], found.claimant) == (said, claimant)


@pytest.mark.parametrize(("text", "said", "claimant"), [
    # a speaker by title alone is the one the story quoted last
    ("Ilse Damaro, the harbour master, said 40 containers were lost on Monday. Osric Pell "
     "lost his job. The senior official added that the crew of 12 was safe.",
     "the crew of 12 was safe", "damaro"),
    # not someone new by what they are
    ("Ilse Damaro, the harbour master, said 40 containers were lost on Monday. The man "
     "added that the crew of 12 was safe.", "the crew of 12 was safe", None),
])
def test_a_speaker_by_title_alone_is_who_spoke_last(text: str, said: str,
                                                     claimant: str | None) -> None:
    ann = _with([("damaro", "Ilse Damaro", "person"), ("pell", "Osric Pell", "person")]
                if "Pell" in text else [("damaro", "Ilse Damaro", "person")], text)
    found = {text[c.span[0]:c.span[1]]: c.claimant
             for c in suggest.claims(art(text), ann, recommenders=["built-in"])}
    assert found[said] == claimant, found


@pytest.mark.parametrize(("sentence", "claim"), [
    # an opening phrase, then "X said" and a clause of its own: what was said is the clause
    ("Hours after the port reopened, the harbour master said the crew of 40 was safe.",
     "the crew of 40 was safe"),
    ("Answering a question on the 40 lost containers, he said they were insured.",
     "they were insured"),
    # ... but "Although C, the harbour master said D" says C, which is news of its own
    ("Although 40 containers are still missing, the harbour master said the port will reopen.",
     "Although 40 containers are still missing"),
])
def test_what_was_said_after_an_opening_phrase_is_the_clause_after_the_verb(
        sentence: str, claim: str) -> None:
    (found,) = suggest.claims(art(sentence), recommenders=["built-in"])
    assert sentence[found.span[0]:found.span[1]] == claim


@pytest.mark.parametrize(("text", "said", "claimant"), [
    # "she" that opens a sentence: whom the one before was about, not a name it mentioned
    ("Prosecutor Ilse Damaro asked for the maximum sentence for Osric Pell, who sold the "
     "cranes. She told the court that the 40 cranes were stolen.", "the 40 cranes were stolen",
     "damaro"),
    # ... not a possessor in passing
    ("Ilse Damaro said the port would reopen. But 40 cranes in Osric Pell's district were "
     "sold. “We need all 40 of them back,” she told reporters.", "We need all 40 of them back",
     "damaro"),
    # ... past an aside
    ("Osric Pell sold the port. Ilse Damaro spoke in Varn on Monday. She, however, noted "
     "that 40 cranes had been sold.", "40 cranes had been sold", "damaro"),
    # ... and no one, after someone unnamed
    ("Ilse Damaro said the port would reopen. A port official named the buyer as Osric Pell. "
     "Asked about the 40 cranes, he said they were stolen.", "they were stolen", None),
    # "he" inside a sentence that someone opens: that one, not whom the last one was about
    ("The cuts are a problem, according to Chief Ilse Damaro. Damaro fears 40 posts will go. "
     "Police Chief Osric Pell requested 40 new cars for what he says is necessity.",
     "Police Chief Osric Pell requested 40 new cars for what he says is necessity", "pell"),
])
def test_a_pronoun_opening_a_sentence_is_whom_the_story_is_about(
        text: str, said: str, claimant: str | None) -> None:
    ann = _with([("damaro", "Ilse Damaro", "person"), ("pell", "Osric Pell", "person")], text)
    found = {text[c.span[0]:c.span[1]]: c.claimant
             for c in suggest.claims(art(text), ann, recommenders=["built-in"])}
    assert found[said] == claimant, found


def test_if_confirmed_attributes_nothing() -> None:
    """"The launch, if confirmed, would be…" is the outlet's claim, whole, with no cue (it
    was cut to what followed "confirmed")."""
    text = ("The launch, if confirmed, would be the first test conducted by Norland since "
            "September, when it fired 40 missiles.")
    (found,) = suggest.claims(art(text), recommenders=["built-in"])
    assert (found.cue, text[found.span[0]:found.span[1]]) == (None, text[:-1])


@pytest.mark.parametrize(("sentence", "cue"), [
    # a speech word used as a noun is no attribution: the claim stays whole
    ("Earnings were 36 cents a share, beating the average analyst estimate by a penny.", None),
    ("Revenue rose 18 percent, topping the chief executive's own estimate in May.", None),
    ("The police arrested the three accused in Varn on 40 charges.", None),
    # ... and so is a speech verb negated: no one says it
    ("Meridal Shipping has not said why the 40 deputies were summoned to the port.", None),
    # ... the verb is one
    ("Analysts estimate that 40 ships were lost in the storm.", "estimate"),
])
def test_a_speech_word_used_as_a_noun_or_negated_attributes_nothing(
        sentence: str, cue: str | None) -> None:
    (found,) = suggest.claims(art(sentence), recommenders=["built-in"])
    assert (sentence[found.cue[0]:found.cue[1]] if found.cue else None) == cue


@pytest.mark.parametrize("sentence", [
    # what was said follows "that" past where and when it was said
    "Ilse Damaro said in a statement issued in Varn on Friday that 40 ships were lost.",
    "Ilse Damaro told a news conference in Varn on Wednesday that 40 ships were lost.",
    # ... and past commas
    "Ilse Damaro said in a statement issued on Friday, that 40 ships were lost.",
    "Ilse Damaro said, however, that 40 ships were lost.",
])
def test_what_was_said_follows_that_past_where_and_when(sentence: str) -> None:
    ann = _with([("damaro", "Ilse Damaro", "person")], sentence)
    (found,) = suggest.claims(art(sentence), ann, recommenders=["built-in"])
    assert (sentence[found.span[0]:found.span[1]], found.claimant) == (
        "40 ships were lost", "damaro")


def test_the_statement_said_is_whose_statement_the_story_told() -> None:
    text = ("Ilse Damaro said in a statement on Friday that she was disturbed by the reports. "
            "Osric Pell was not reached. “We lost 40 ships in the storm,” the statement said.")
    ann = _with([("damaro", "Ilse Damaro", "person"), ("pell", "Osric Pell", "person")], text)
    found = {text[c.span[0]:c.span[1]]: c.claimant
             for c in suggest.claims(art(text), ann, recommenders=["built-in"])}
    assert found["We lost 40 ships in the storm"] == "damaro", found


def test_a_news_agency_reported_after_an_opening_phrase() -> None:
    """"C, X news agency reported": X's C, and C keeps its opening phrase (the comma after
    it was read as a title's: "C, the firm's chief, X, said")."""
    text = "After the launch, the army staged 40 drills, Meridal news agency reported."
    (found,) = suggest.claims(art(text), _with([("meridal", "Meridal", "organization")], text),
                              recommenders=["built-in"])
    assert (text[found.span[0]:found.span[1]], found.claimant) == (
        "After the launch, the army staged 40 drills", "meridal")


@pytest.mark.parametrize(("sentence", "checkworthy"), [
    # what was done, with what will follow: worth checking
    ("The Norland government has cancelled the planned speech and instead will resume the "
     "session.", True),
    # only what will be: a prediction
    ("The Norland government will resume the session of parliament in the spring.", False),
])
def test_what_was_done_is_no_prediction_for_what_will_follow(sentence: str,
                                                              checkworthy: bool) -> None:
    (found,) = suggest.claims(art(sentence), recommenders=["built-in"])
    assert found.checkworthy is checkworthy


def test_said_at_least_is_what_was_said() -> None:
    """"X said at least 40 …" is no "said at <a place>": what was said follows "said"."""
    text = "Red Cross spokeswoman Ilse Damaro said at least 40 people have died in Varn."
    (found,) = suggest.claims(art(text), _with([("damaro", "Ilse Damaro", "person")], text),
                              recommenders=["built-in"])
    assert (text[found.span[0]:found.span[1]], found.claimant) == (
        "at least 40 people have died in Varn", "damaro")


def test_a_quotation_interrupted_by_its_attribution_is_one_claim() -> None:
    """"“In some cases,” X said earlier Sunday, “residents only had minutes to evacuate.”":
    the claim was "In some cases", the quotation's first words alone."""
    text = ("“In some cases,” fire service spokesman Raymond Lusk said earlier Sunday, "
            "“residents only had minutes to evacuate.”")
    ann = _with([("lusk", "Raymond Lusk", "person")], text)
    (found,) = suggest.claims(art(text), ann, recommenders=["built-in"])
    said = text[found.span[0]:found.span[1]]
    assert said.startswith("In some cases") and said.endswith("minutes to evacuate"), said
    assert found.claimant == "lusk"


def test_a_paper_of_a_country_speaks_for_itself() -> None:
    """"A report in the Al-Anbaa newspaper of Iraq stated": the paper, not Iraq."""
    text = ("A report in the Varn Times newspaper of Norland stated: “The minister preferred "
            "to resign from a government that does not carry out reforms.”")
    ann = _with([("times", "Varn Times", "organization"), ("norland", "Norland", "country")],
                text)
    (found,) = suggest.claims(art(text), ann, recommenders=["built-in"])
    assert found.claimant == "times"


@pytest.mark.parametrize(("text", "absent"), [
    # a US state's abbreviation after its town
    ("Based in King of Prussia, Pa., Meridal Health runs 250 hospitals.", "Pa"),
    ("Fires burned near Alturas, Calif., and Varnby, Wis. on Saturday.", "Calif"),
    # a title-case dateline with its agency and a double hyphen, and a wire's capitals
    # with no dash at all
    ("Atlanta (CNN) -- Attorneys representing Norland said the state would appeal.",
     "Attorneys"),
    ("MONACO (AP)Turkish Olympic runner Osric Pell has been banned for three years.",
     "MONACO"),
    ("MONACO (AP)Turkish Olympic runner Osric Pell has been banned for three years.",
     "Turkish Olympic"),  # a nationality and an adjective name no one
    ("Opposition MPs, led by Osric Pell, have vowed to release documents.", "Opposition MPs"),
    ("(NEW YORK) — Meridal Shipping said on Thursday it is buying Varnco.", "NEW YORK"),
])
def test_datelines_and_abbreviations_name_no_actor(text: str, absent: str) -> None:
    found = _actors(text)
    assert absent not in found, {n: s.type for n, s in found.items()}
    assert not any(absent in s.aliases for s in found.values())


def test_a_person_with_a_firm_in_apposition_is_a_person() -> None:
    """"said X, a vice president with the cybersecurity company Y": X is no company; a
    carmaker's name ends in "Automobiles"."""
    found = _actors("Ransomware is the biggest threat, said Osric Pellam, a vice president "
                    "with the cybersecurity company Varnsec Inc. The recall hits Meridal "
                    "Group LLC, a unit of Norvik Kestrel Automobiles.")
    assert found["Osric Pellam"].type == "person"
    assert found["Norvik Kestrel Automobiles"].type == "organization"


def test_a_firm_named_after_a_town_is_its_short_form_where_no_one_places_it() -> None:
    """"Kyoto Motor Corp … the recall by Kyoto": the firm (Kyoto is a known place); but "in
    Kyoto" places it, and then it is the town."""
    found = _actors("Shares of Kyoto Motor Corp dropped on Friday after it announced a recall. "
                    "The recall by Kyoto of 2,700 cars is a setback. A Kyoto spokesperson said "
                    "so.")
    assert "Kyoto" in found["Kyoto Motor Corp"].aliases and "Kyoto" not in found
    found = _actors("Kyoto Motor Corp recalled cars on Monday. The firm is based in Kyoto. "
                    "Doctors in Kyoto said so.")
    assert found["Kyoto"].type == "place"


def test_a_name_that_speaks_is_no_place_for_being_listed_with_countries() -> None:
    found = _actors("A formal agreement has been signed in Lima among representatives from "
                    "Chile, Kestrava, Peru and Bolivia. Earlier, talks stalled when Kestrava "
                    "was accused of stalling. While Kestrava has stated its commitment to the "
                    "agreement, it sought more.")
    assert found["Kestrava"].type != "place" and found["Peru"].type == "country"


def test_a_fire_service_and_a_fire_s_name_are_no_people() -> None:
    found = _actors("Cal Fire spokesman Daniel Berlant said 400 homes burned. Cal Fire spokesman "
                    "Dave Shew said so. The so-called Varn Fire in Lake County erupted early "
                    "Saturday.")
    assert found["Cal Fire"].type == "organization"
    assert found["Varn Fire"].type == "other"


def test_who_led_an_administration_is_a_person_and_a_post_s_remit_no_one() -> None:
    found = _actors("The Varnell administration said the treaty would be signed. Officials in "
                    "the Varnell administration declined to comment. The Director of Public "
                    "Health, Dr Ilse Damaro, said cases rose. The Minister of Foreign Affairs, "
                    "Osric Pell, agreed. The Director of Kestrel Research said so. Pierce County "
                    "Sheriff's spokesman Ed Troyer said two men were held.")
    assert found["Varnell"].type == "person"
    assert "Public Health" not in found and "Foreign Affairs" not in found
    assert found["Kestrel Research"].type == "organization"
    assert found["Pierce County Sheriff"].type == "organization"


def test_a_ministry_s_name_holds_its_remits_after_its_country() -> None:
    found = _actors("The Norland Ministry of Health and Child Care said 12 people died.")
    assert list(found) == ["Norland Ministry of Health and Child Care"]


def test_a_shop_flats_and_a_bill_s_number_are_no_people() -> None:
    found = _actors("Residents of the Varnley Terrace Apartments were evacuated. The Kestrel "
                    "Thrift Store on Main Street closed. The bill, HB 87, passed.")
    assert found["Varnley Terrace Apartments"].type == "place"
    assert found["Kestrel Thrift Store"].type == "organization"
    assert found["Main Street"].type == "place"
    assert "HB" not in found


def test_a_firm_s_word_before_its_name_or_hyphened_after_it_types_it() -> None:
    found = _actors("About 900 employees of Canadian engineering giant Kestrane went on strike. "
                    "They joined striking Varnmark-employed janitors. “We will work,” Unifel "
                    "National President Osric Pell said.")
    assert found["Kestrane"].type == "organization"
    assert "Varnmark" in found and "Varnmark-employed" not in found
    assert "Unifel" in found and "Unifel National" not in found  # a union's "National President"


def test_a_market_index_is_no_actor() -> None:
    found = _actors("Meridal Shipping sank 3.3 percent, while the benchmark Varnex index fell "
                    "1.2 percent. The Kestral stock index rose.")
    assert "Varnex" not in found and "Kestral" not in found, set(found)


def test_a_title_said_with_the_given_name_joins_the_full_name() -> None:
    found = _actors("The prime minister, Sheikh Osric Valdan al-Kest Al-Varn, stayed. Sheikh "
                    "Osric has been in power since 2006.")
    assert "Osric" in found["Osric Valdan al-Kest Al-Varn"].aliases and "Osric" not in found


def test_a_relative_that_after_what_was_said_opens_no_claim() -> None:
    """"Investigators say a train that derailed … was going": the claim is the train's
    speed, not what follows "that"."""
    text = "Investigators say a train that derailed Monday in Varn was going at 129 km/h."
    (found,) = suggest.claims(art(text), _with([], text), recommenders=["built-in"])
    assert text[found.span[0]:found.span[1]].startswith("a train that derailed")


def test_former_is_no_part_of_a_body_s_name_and_a_patrol_is_a_body() -> None:
    found = _actors("Former NTSB rail-accident investigator Osric Pell said heat caused it. The "
                    "NTSB said so. Varn State Patrol spokeswoman Ilse Damaro said five cars "
                    "were hit.")
    assert "Former NTSB" not in found and found["NTSB"].type == "organization"
    assert found["Varn State Patrol"].type == "organization"


def test_an_editor_is_a_title() -> None:
    found = _actors("“I hope that won’t happen,” Executive Editor Osric Pell wrote in a memo. "
                    "Pell said the paper had to cut jobs. The Varnist reported so.")
    assert found["Osric Pell"].type == "person" and "Executive Editor Osric Pell" not in found


def test_the_health_ministry_is_the_ministry_named_before() -> None:
    text = ("The Varn Ministry of Health said 96 suspected cases were reviewed. The health "
            "ministry said it had since the outbreak taken steps to mitigate it. The opposition "
            "party said 40 cases were missed.")
    found = suggest.claims(art(text), _with([("min", "Varn Ministry of Health", "organization")],
                                            text), recommenders=["built-in"])
    by = {text[c.span[0]:c.span[1]][:20]: c.claimant for c in found}
    assert by["it had since the out"] == "min" and by["40 cases were missed"] is None, by


def test_according_to_someone_s_account_is_theirs() -> None:
    text = ("According to Varnpedia's official Twitter account, programmers were able to resolve "
            "most of the server problems by 4 p.m.")
    (found,) = suggest.claims(art(text), _with([("vp", "Varnpedia", "organization"),
                                                ("tw", "Twitter", "organization")], text),
                              recommenders=["built-in"])
    assert found.claimant == "vp"


def test_a_statement_given_to_a_paper_by_someone_is_theirs() -> None:
    text = ("According to a statement given to the Varn Herald by Osric Pell, the ferry was "
            "carrying 96 crew members.")
    (found,) = suggest.claims(art(text), _with([("pell", "Osric Pell", "person"),
                                                ("vh", "Varn Herald", "organization")], text),
                              recommenders=["built-in"])
    assert found.claimant == "pell"


def test_according_to_an_unnamed_source_and_another_is_no_one_named() -> None:
    text = ("Osric Pell, a 58-year-old resident, is facing a murder charge, according to police "
            "and a female employee of Varn Towers.")
    (found,) = suggest.claims(art(text), _with([("pell", "Osric Pell", "person"),
                                                ("vt", "Varn Towers", "organization")], text),
                              recommenders=["built-in"])
    assert found.claimant is None


def test_a_correspondent_for_a_paper_somewhere_speaks_for_the_paper() -> None:
    text = "A correspondent for Varn News in Kestrel reports at least three bombers were involved."
    (found,) = suggest.claims(art(text), _with([("vn", "Varn News", "organization"),
                                                ("k", "Kestrel", "place")], text),
                              recommenders=["built-in"])
    assert found.claimant == "vn"


def test_an_adverb_of_time_between_the_speaker_and_the_verb_keeps_the_speaker() -> None:
    text = "The NTSB soon after announced that it will investigate the crash of the old jet."
    (found,) = suggest.claims(art(text), _with([("ntsb", "NTSB", "organization")], text),
                              recommenders=["built-in"])
    assert found.claimant == "ntsb"


def test_a_surname_s_particles_join_it_only_where_english_puts_a_surname() -> None:
    found = _actors("Le directeur du Groupement Varnais a dit non. Osric Pell told de Varna that "
                    "the plan was ready. The talks, said von Kestel, were hard.")
    assert "Groupement Varnais" in found and "du Groupement Varnais" not in found
    assert "de Varna" in found and "von Kestel" in found


def test_a_that_after_the_said_clause_s_own_noun_is_relative() -> None:
    text = ("Prosecutors said Osric Pell took bribes from a company that had a contract with "
            "the city. Police said he stole a car that had been parked at the station.")
    found = suggest.claims(art(text), _with([("pell", "Osric Pell", "person")], text),
                           recommenders=["built-in"])
    spans = [text[c.span[0]:c.span[1]] for c in found]
    assert "Osric Pell took bribes from a company that had a contract with the city" in spans
    assert "he stole a car that had been parked at the station" in spans


def test_whom_a_source_reports_speaking_is_the_claimant() -> None:
    text = ("According to Varn News, Judge Ilse Damaro said, “I think everyone understands "
            "this was a criminal enterprise.”")
    (found,) = suggest.claims(art(text), _with([("vn", "Varn News", "organization"),
                                                ("damaro", "Ilse Damaro", "person")], text),
                              recommenders=["built-in"])
    assert found.claimant == "damaro"


def test_a_party_s_member_is_no_actor_and_a_list_ending_in_a_town_lists_towns() -> None:
    found = _actors("Pell joined mayors convicted since 2000, among them the leaders of Varnton, "
                    "Kestry and Osbury Park. The 43-year-old Democrat served for seven years.")
    assert "Democrat" not in found and "Bills" not in _actors("Two of these Bills were met "
                                                               "with resistance.")
    assert found["Varnton"].type == found["Kestry"].type == "place"


def test_channels_wires_holidays_and_names_joined_by_and() -> None:
    found = _actors("Reports on Norland's Press TV said 40 people had died. “It could rise,” "
                    "added the official. Reuters reported that five people were killed. The "
                    "blast tore through Varnly Safe Kestel Color and Noise Co Ltd before the "
                    "Lunar New Year holiday. It was measured by the Norland Institute of "
                    "Volcanology and Seismology (Novolcs). The Department of Justice and "
                    "Kestrel said so.")
    assert found["Press TV"].type == found["Reuters"].type == "organization"
    assert "Lunar New Year" not in found
    assert "Varnly Safe Kestel Color and Noise Co Ltd" in found
    assert "Norland Institute of Volcanology and Seismology" in found
    assert "Department of Justice" in found and "Kestrel" in found


def test_a_person_of_a_provincial_body_speaks_not_the_body() -> None:
    text = ("Six people were killed after a supermarket collapsed in Varn, Chief Superintendent "
            "Osric Pell of the provincial Bureau of Protection said in a radio interview.")
    (found,) = suggest.claims(art(text), _with([("pell", "Osric Pell", "person"),
                                                ("bp", "Bureau of Protection", "organization")],
                                               text), recommenders=["built-in"])
    assert found.claimant == "pell"
    assert text[found.span[0]:found.span[1]] == ("Six people were killed after a supermarket "
                                                 "collapsed in Varn")


def test_the_senator_or_the_judge_who_spoke_last_says_the_quotation() -> None:
    text = ("Senate President Osric Pell said the bill was sent.\n\n“I signed it yesterday. "
            "Speaker Varn signed it afterwards,” the senator said.")
    found = suggest.claims(art(text), _with([("pell", "Osric Pell", "person")], text),
                           recommenders=["built-in"])
    assert {c.claimant for c in found} == {"pell"}


def test_a_nickname_in_quotation_marks_stays_inside_the_name() -> None:
    found = _actors("President Osric “Bongo” Pell Jr. on Tuesday signed the bill. Pell said it "
                    "was good.")
    assert list(found) == ["Osric “Bongo” Pell Jr"]
    assert found["Osric “Bongo” Pell Jr"].aliases == ["Pell"]


def test_a_given_will_a_city_area_a_cable_firm_and_a_festival() -> None:
    found = _actors("Late on Sunday, the family spoke.\n\nWill Corvan issued a statement "
                    "saying his father, Dr. William Lewis Corvin, was killed. The suspect was "
                    "not known to Varn City-area police. The Jewish festival of Passover begins "
                    "on Monday. Kestrel will compete against Comcrest and Norland Warner Cable, "
                    "which agreed to merge.")
    assert found["Will Corvan"].type == found["William Lewis Corvin"].type == "person"
    assert "Varn City" in found and "Passover" not in found
    assert found["Norland Warner Cable"].type == "organization"


def test_an_inverted_report_and_a_chairman_and_ceo_speak() -> None:
    text = ("Kestrel is buying Varnco for about $48.5 billion, reports The Norland Times. "
            "“This is a unique opportunity for us,” said Kestrel Chairman and CEO Osric Pell.")
    found = suggest.claims(art(text), _with([("k", "Kestrel", "organization"),
                                             ("t", "Norland Times", "organization"),
                                             ("p", "Osric Pell", "person")], text),
                           recommenders=["built-in"])
    assert [(c.claimant, text[c.span[0]:c.span[1]]) for c in found] == [
        ("t", "Kestrel is buying Varnco for about $48.5 billion"),
        ("p", "This is a unique opportunity for us")]


def test_a_firm_named_by_nationalities_brands_and_currency_codes() -> None:
    found = _actors("British Norland Tobacco on Tuesday agreed to pay almost USD 50 billion for "
                    "control of Varnco. BNT will purchase the rest of Varnco, BNT said. The deal "
                    "brings together BNT products Lucky Strike, Kestels and Orvan, and Varnco's "
                    "brands such as Newport, Camel and Pall Mall.")
    assert found["British Norland Tobacco"].aliases == ["BNT"]
    assert not {"USD", "Lucky Strike", "Kestels", "Orvan", "Newport", "Camel",
                "Pall Mall"} & set(found)


def test_declaring_someone_winner_is_no_attribution() -> None:
    text = "The commission declared Osric Pell winner, saying he won nearly 58 percent of the vote."
    (found,) = suggest.claims(art(text), _with([("p", "Osric Pell", "person")], text),
                              recommenders=["built-in"])
    assert found.claimant is None


def test_positions_nationalities_and_party_adjectives_before_names() -> None:
    found = _actors("Right-back Osric Pell then iced the win. Some saves from Varn kept it close "
                    "but Uruguayan import Ilse Damaro came off the bench. Democratic U.S. "
                    "Senator Kestel Orvan asked questions.\n\nJan 22 The U.S. Securities and "
                    "Exchange Commission is investigating Varnco.")
    assert {"Osric Pell", "Ilse Damaro", "Kestel Orvan", "United States",
            "U.S. Securities and Exchange Commission"} <= set(found)
    assert not {"Right-back Osric Pell", "Uruguayan", "Democratic U.S."} & set(found)


def test_a_club_by_its_short_form_and_a_keeper_by_his_surname() -> None:
    found = _actors("Osric Pell fired Varnley City into the cup final on Tuesday.\n\nCity defeated "
                    "Kestrel Strikers 5-1. The Strikers made a perfect start. Pell pinched the "
                    "ball inside the Strikers' half and slotted a goal past Bon Orvan. Some saves "
                    "from Orvan prevented a rout.")
    assert found["Varnley City"].type == found["Kestrel Strikers"].type == "organization"
    assert found["Varnley City"].aliases == ["City"]
    assert found["Kestrel Strikers"].aliases == ["Strikers"]
    assert found["Bon Orvan"].type == "person"


def test_a_city_that_leads_another_by_a_score_is_a_club() -> None:
    found = _actors("Milan will likely face Bologna in next month's final. Bologna lead Kestrano "
                    "3-0 ahead of their second leg on Thursday.")
    assert found["Bologna"].type == found["Kestrano"].type == "organization"


def test_an_adjective_before_people_and_a_town_called_a_hub() -> None:
    found = _actors("Demonstrations spread to the agricultural hub of Varnbara, officials said. "
                    "Federal investigators retrieved the recorder. Federal investigators said it "
                    "was intact.")
    assert found["Varnbara"].type == "place"
    assert "Federal" not in found


def test_a_rocket_named_with_an_acronym_is_a_craft() -> None:
    found = _actors("A Varnox XL rocket made by Kestrel Corporation crashed into the sea. The "
                    "rocket was carrying a NASA Glory satellite.")
    assert found["Varnox XL"].type == found["NASA Glory"].type == "other"


def test_a_district_attorney_s_county_is_a_place() -> None:
    found = _actors("Varnsex District Attorney Osric Pell says he hopes the verdict brings peace.")
    assert found["Varnsex"].type == "place" and found["Osric Pell"].type == "person"


def test_said_a_retired_mechanic_named_after_his_job() -> None:
    text = "“I think this time it is serious,” said retired mechanic Osric Pell, 58, in Varn."
    (found,) = suggest.claims(art(text), _with([("p", "Osric Pell", "person")], text),
                              recommenders=["built-in"])
    assert found.claimant == "p" and text[found.span[0]:found.span[1]] == ("I think this time "
                                                                           "it is serious")


def test_what_was_said_about_an_explosion_is_not_a_claim_of_responsibility() -> None:
    text = ("Osric Pell said the explosion was reported to police at 8:15 local time. "
            "The Varn Front claimed the attack on Monday.")
    found = suggest.claims(art(text), _with([("p", "Osric Pell", "person"),
                                             ("v", "Varn Front", "group")], text),
                           recommenders=["built-in"])
    assert [text[c.span[0]:c.span[1]] for c in found] == [
        "the explosion was reported to police at 8:15 local time",
        "The Varn Front claimed the attack on Monday"]


def test_a_congregation_and_a_bill_s_file_number() -> None:
    found = _actors("Osric Pell, who represented Adath Varnun Congregation, said the Norland "
                    "Personal Protection Act, known as Senate File 842, was unlawful.")
    assert found["Adath Varnun Congregation"].type == "organization"
    assert "Senate File 842" not in found


def test_a_region_named_by_its_nations_is_a_place() -> None:
    found = _actors("Norland and Varnia agreed to expedite negotiations between the two South "
                    "Kestria nations that have clashed repeatedly, Osric Pell said.")
    assert found["South Kestria"].type == "place"


def test_an_inverted_report_after_a_list_of_names_is_the_reporter_s() -> None:
    text = ("The recall of 3.8 million vehicles includes the Varn Expedition, Kestrel "
            "Navigator and Orvan Bronco trucks, reports Norland Wire.")
    (found,) = suggest.claims(art(text), _with([("e", "Varn Expedition", "organization"),
                                                ("b", "Orvan Bronco", "organization"),
                                                ("w", "Norland Wire", "organization")], text),
                              recommenders=["built-in"])
    assert found.claimant == "w"


def test_a_ministry_s_remits_listed_and_a_firm_s_two_legal_forms() -> None:
    found = _actors("In a report to the Ministry of Land, Infrastructure, Transport and Tourism, "
                    "Nissan Motor Co. Ltd., Varn's No. 3 carmaker, said it would recall cars. "
                    "Separately, Daihatsu Motor Co Ltd. said it would recall vans.")
    assert {"Ministry of Land, Infrastructure, Transport and Tourism", "Nissan Motor Co. Ltd",
            "Daihatsu Motor Co Ltd"} <= set(found)
    assert not {"Transport", "Tourism", "Infrastructure"} & set(found)


def test_a_station_named_once_opening_a_sentence_is_an_organisation() -> None:
    found = _actors("Officials say so.\n\nKVRN-TV reported Monday that the Varn Health Authority "
                    "announced nine new cases.")
    assert found["KVRN-TV"].type == "organization"


def test_rivers_listed_and_an_administrator_in_apposition() -> None:
    found = _actors("The ferry sank at the confluence of the Varna, Kestra and Orvana rivers, "
                    "said Osric-e-Pell, government administrator for the region.")
    assert found["Varna"].type == found["Kestra"].type == found["Orvana"].type == "place"
    assert found["Osric-e-Pell"].type == "person"


def test_names_listed_before_programs_or_models_are_things() -> None:
    found = _actors("Osric Pell, Varnco vice president for Kestra and Orvel programs, said so. "
                    "Norland Motor will recall cars in the Every and Scrum minicar models.")
    assert not {"Kestra", "Orvel", "Every", "Scrum"} & set(found)
    assert found["Osric Pell"].type == "person"


def test_a_town_with_es_inside_and_claims_denied_are_no_speech() -> None:
    found = _actors("Osric Pell did not appear at a hearing in business capital Dar es Salaam.")
    assert "Dar es Salaam" in found
    text = ("Information Minister Osric Pell denies the VPP claims, saying only about a hundred "
            "people have been temporarily detained.")
    (claim,) = suggest.claims(art(text), _with([("p", "Osric Pell", "person"),
                                                ("v", "VPP", "organization")], text),
                              recommenders=["built-in"])
    assert claim.claimant == "p"


def test_a_fire_service_s_other_name_a_named_fire_and_parks_listed() -> None:
    found = _actors("Osric Pell, officer for the Varn Department of Forestry and Fire "
                    "Protection, or Varn Fire, spoke. Varn Fire did not say more. The Kestrel "
                    "fire has scorched 40,000 acres south of the roads to Grand Orvan and "
                    "Stonemere national parks.")
    assert found["Varn Fire"].type == "organization"
    assert found["Kestrel"].type == "other"
    assert found["Grand Orvan"].type == found["Stonemere"].type == "place"


def test_ranks_of_two_words_volcanoes_and_places_joined_by_a_hyphen() -> None:
    """"Group Captain X" and "Wing Commander X" are ranks, no "Group" or "Wing"; a
    volcano is a place; "the Varnholt-Kestrin express" names the two towns it joins."""
    text = ("Group Captain Osric Pell said the survey was planned. Wing Commander Ilse Damaro "
            "and Rear Admiral Tavish Orm flew over Dranmore Volcano. Ash from Dranmore "
            "Volcano fell on Varnholt. The train from Varnholt to Kestrin derailed; Osric "
            "Pell mourned the derailing of the Varnholt-Kestrin express near Kestrin.")
    found = _types(text)
    assert {found.get(n) for n in ("Osric Pell", "Ilse Damaro", "Tavish Orm")} == {"person"}
    assert not {"Group", "Wing", "Rear"} & set(found), found
    assert found.get("Dranmore Volcano") == "place", found
    assert "Varnholt-Kestrin" not in found, found
    assert len(_actors(text)["Kestrin"].mentions) == 3


def test_one_who_said_he_is_a_person_and_roman_or_christian_may_be_a_given_name() -> None:
    """"Varnov said he", "Dranmore maintained that she": someone, though named by one word;
    "Roman X" and "Christian X" are people, "Christian Aid" and "X Relief" bodies."""
    text = ("Varnov said he tested positive because of contaminated meat. The court banned "
            "Varnov. Dranmore maintained that she was innocent. Roman Kestrin was banned in "
            "2014, and Kestrin appealed. Christian Osterby said his team was ready. Christian "
            "Aid and Norland Relief sent food. Kestrel says it was done.")
    found = _types(text)
    assert {n: found.get(n) for n in ("Varnov", "Dranmore", "Roman Kestrin",
                                     "Christian Osterby", "Christian Aid", "Norland Relief")} \
        == {"Varnov": "person", "Dranmore": "person", "Roman Kestrin": "person",
            "Christian Osterby": "person", "Christian Aid": "organization",
            "Norland Relief": "organization"}, found


def test_an_acronym_given_after_or_is_the_name_before_it() -> None:
    """"the Revolutionary Army of Norland, or ERN, …": ERN is that army, though its letters
    are another language's."""
    text = ("Sixteen people were abducted by the Revolutionary Army of Norland, or ERN, in 2001. "
            "The ERN freed four of them on Sunday, and ERN leaders said more would follow.")
    found = _actors(text)
    assert "ERN" not in found, found
    assert [text[s:e] for s, e in found["Revolutionary Army of Norland"].mentions] == \
        ["Revolutionary Army of Norland", "ERN", "ERN", "ERN"]


def test_a_work_named_after_its_kind_is_no_one_and_boys_listed_are_people() -> None:
    """"the soap opera Varnside" names a show, no one; "the two boys, Tavish and Orm" two
    people, though each is named once by a given name."""
    text = ("Osric Pell is wanted over the murder of Ilse Damaro, an actress in the soap opera "
            "Varnside, and the two boys, Tavish and Orm. The film Kestrel Bay also starred her.")
    found = _types(text)
    assert "Varnside" not in found and "Kestrel Bay" not in found, found
    assert found.get("Tavish") == "person" and found.get("Orm") == "person", found


def test_more_remits_of_a_post_and_a_body_named_for_two_fields() -> None:
    """"Minister for Civil Society" and "Culture, Media and Sport" are remits, no one;
    "the Major Organised Crime and Anti-Corruption Agency" is one body."""
    text = ("Osric Pell quit as Minister for Civil Society on Saturday. Ilse Damaro, the "
            "Minister for Culture, Media and Sport, spoke. The Major Organised Crime and "
            "Anti-Corruption Agency will investigate, said Tavish Orm.")
    found = _types(text + " Tavish Orm became the new Minister of Narcotics Control.")
    assert not {"Civil Society", "Media", "Organised Crime", "Narcotics Control"} & set(found), \
        found
    assert found.get("Major Organised Crime and Anti-Corruption Agency") == "organization", found


def test_posts_in_capitals_or_of_a_union_ships_named_by_titles_and_places_off_a_coast() -> None:
    """"Minister of State for Shipping X", "Union Minister X" and "HEALTH Minister X" name
    only X; "the Princess Empress" is a ship, no empress; "sank off Dranmore" is where;
    "the Kestrin team" is where the team is from; "Vubwi district" is "Vubwi District"."""
    text = ("Minister of State for Shipping Osric Pell said the Princess Empress sank off "
            "Dranmore. Union Minister Ilse Damaro and HEALTH Minister Tavish Orm spoke. Four "
            "cases were found in Vubwi district. Vubwi District has more, Pell said. The "
            "London team lost, and Orm said the London team would recover.")
    found = _types(text)
    assert {n: found.get(n) for n in ("Osric Pell", "Ilse Damaro", "Tavish Orm", "Dranmore",
                                     "London", "Vubwi District")} == {
        "Osric Pell": "person", "Ilse Damaro": "person", "Tavish Orm": "person",
        "Dranmore": "place", "London": "place", "Vubwi District": "place"}, found
    assert not {"State for Shipping", "Union", "HEALTH", "Empress", "Vubwi"} & set(found), found
    assert len(_actors(text)["Vubwi District"].mentions) == 2


def test_a_kind_of_identity_number_names_no_body() -> None:
    """"Social Security numbers", "Varncare card numbers": what was lost, no one."""
    text = ("Meridal Shipping lost data. It included Social Security numbers and Varncare card "
            "numbers of 40,000 people, Meridal Shipping said.")
    assert set(_types(text)) == {"Meridal Shipping"}, _types(text)


def test_a_party_s_adjective_alone_names_no_party() -> None:
    """"the Democratic mayor", "a Republican": no party named (its full name is)."""
    found = _types("Under the scheme, the developers would buy city land for $100,000 less, and "
                   "the Democratic mayor of Varn's capital city would receive money in exchange, "
                   "prosecutors said. Osric Pell, a Republican, agreed.")
    assert not {"Democratic", "Republican"} & set(found), found
    found = _types("The Democratic Party and the Republican National Committee met.")
    assert found.get("Democratic Party") == "organization", found


def test_rankings_titles_won_a_nationality_before_a_given_name_and_a_state_named_georgia(
        ) -> None:
    """"World No.1 X" and "the No.1 seed" rank, "Grand Slam" is a title won, "American
    Ilse" is Ilse named elsewhere (not "American Samoa"), and Georgia among US states is
    the state."""
    text = ("World No.1 Ilse Damaro clinched her 20th Grand Slam title by beating the No.1 "
            "seed Tavish Orm. American Ilse needed two hours. Ilse, 33, has four Grand Slams. "
            "She flew on to American Samoa, where Samoa's team met her.")
    found = _types(text)
    assert found.get("Ilse Damaro") == "person" and len(_actors(text)["Ilse Damaro"].mentions) \
        == 3, found
    assert not {"American Ilse", "World No.1 Ilse Damaro", "No.1", "Grand Slam",
                "20th Grand Slam", "Grand Slams"} & set(found), found
    assert "American Samoa" in found, found
    states = _types("The storm reached the border between Georgia and South Carolina.")
    assert states.get("Georgia") == "place", states
    assert _types("Russia and Georgia fought a war in 2008.").get("Georgia") == "country"


def test_a_dj_is_a_title() -> None:
    """"fellow DJ X", "Former Radio 1 DJ Y": people, and the station named; "The DJ" no one."""
    found = _types("The DJ and TV presenter Osric Pell died. Friend and fellow DJ Ilse Damaro "
                   "paid tribute. Former Radio 1 DJ Tavish Orm said he was a one-off.")
    assert {n: found.get(n) for n in ("Osric Pell", "Ilse Damaro", "Tavish Orm")} == {
        "Osric Pell": "person", "Ilse Damaro": "person", "Tavish Orm": "person"}, found
    assert not [n for n in found if "DJ" in n.split()], found


def test_a_relative_that_after_an_attribution_opens_no_claim() -> None:
    """"C, police said, in an accident that X blamed on Y": the sentence says more than C, so
    the claim is all of it (no one's), never the relative clause after "that"."""
    text = ("A goods train smashed into a passenger train in Varn, killing at least 15 people, "
            "police said, in an accident that officials blamed on driver error.")
    ann = _with([("varn", "Varn", "place")], text)
    found = {text[c.span[0]:c.span[1]]: c.claimant
             for c in suggest.claims(art(text), ann, recommenders=["built-in"])}
    assert list(found) == [text.rstrip(".")] and found[text.rstrip(".")] is None, found


def test_a_resident_of_a_town_and_a_place_s_people() -> None:
    """"The Varnholt resident was charged": Varnholt is where he lives; "Canberrans" and
    "Californians" are a place's people."""
    found = _types("The Varnholt resident was charged. Police urged Canberrans to stay home, "
                   "and Californians voted.")
    assert found == {"Varnholt": "place", "Canberrans": "group", "Californians": "group"}, found


def test_a_class_or_phase_by_its_numeral_and_bacteria_name_no_one() -> None:
    found = _types("Last week the Varn Food Agency announced two Class I recalls over Salmonella "
                   "contamination, and a Phase III trial began. Listeria was also found, the "
                   "Varn Food Agency said.")
    assert found == {"Varn Food Agency": "organization"}, found


def test_a_feast_day_names_no_one() -> None:
    found = _types("Witnesses took the men in jumpsuits for Halloween costumes, Osric Pell said.")
    assert found == {"Osric Pell": "person"}, found


def test_beaten_by_a_score_is_a_team_unless_told_of_as_someone() -> None:
    found = _types("Ilse Damaro downed Osric Pell 6-3, 7-5 for the title. Pell, 22, received a "
                   "check. Varnholt Rangers beat Dranmore 2-1 on Saturday.")
    assert found["Osric Pell"] == "person", found
    assert found["Varnholt Rangers"] == found["Dranmore"] == "organization", found


def test_a_firm_by_its_trade_or_its_town_is_no_one() -> None:
    """"X Warehouse", "X Mobile": a firm's trade; "Kansas City Northern": a known town's
    name and more; "the Varn-Norland Trade Agreement": a treaty, no one."""
    found = _types("Varn Rail agreed to buy Kansas City Northern. Kansas City Northern "
                   "shareholders will get cash. Customers of Dranmore Warehouse and Kestrel "
                   "Mobile were hit. The deal falls under the Varn-Norland Free Trade Agreement.")
    assert {k: v for k, v in found.items() if k not in ("Varn Rail", "Norland", "Varn")} == {
        "Kansas City Northern": "organization", "Dranmore Warehouse": "organization",
        "Kestrel Mobile": "organization"}, found


def test_words_before_a_name_that_are_no_part_of_it() -> None:
    """"Suspected X fighters" opening a sentence, "in Shiite-dominated X", "the
    23-year-old Spaniard's", "in the state of X"."""
    found = _types("Suspected Taliban on Friday freed 118 workers in Varnholt. A car bomb went "
                   "off in Shiite-dominated Dranmore. It was the 23-year-old Spaniard's third "
                   "win. The mine is in the state of Kestrin. Kestrin's police chief spoke.")
    assert not any(k.startswith(("Suspected", "Shiite")) or k == "Spaniard" for k in found), found
    assert found["Dranmore"] == found["Kestrin"] == "place", found


def test_regions_a_three_word_title_and_a_feast_eve() -> None:
    """"Northeastern X" and the Great Lakes are places; "Chief Restructuring Officer X" is
    X; "New Year's Eve" is no one."""
    found = _types("Northeastern Varnland has one of the highest murder rates. Great Lakes "
                   "ports were not affected, Chief Restructuring Officer Osric Pell said. The "
                   "attacks have plagued Kestrin police since New Year’s Eve.")
    assert {k: v for k, v in found.items() if k != "Kestrin"} == {
        "Northeastern Varnland": "place", "Great Lakes": "place", "Osric Pell": "person"}, found


def test_a_union_of_longshoremen_is_one_name_and_lgbtq_is_no_one() -> None:
    found = _types("Osric Pell, president of the International Varnmen’s Assn., said the law "
                   "bans LGBTQ symbols.")
    assert found == {"Osric Pell": "person", "International Varnmen’s Assn": "organization"}, \
        found


def test_a_list_a_plural_title_an_envoy_and_a_shirt_number() -> None:
    """"particularly Kestrel, Varnley and Dranmore United": a list of three; "Doctors
    Without Borders" one body; "Ambassador to Varn X": X, sent to Varn; "the Number 9
    jersey": no one."""
    found = _types("Rumours linked Osric Pell to clubs, particularly Kestrel, Varnley and "
                   "Dranmore United. Doctors Without Borders said 40 people died. Norland "
                   "Ambassador to Vesmark Ilse Damaro was summoned. He will wear the Number 9 "
                   "jersey.")
    assert "Varnley and Dranmore United" not in found and "Number" not in found, found
    assert found["Dranmore United"] == found["Doctors Without Borders"] == "organization", found
    assert found["Ilse Damaro"] == "person", found


def test_the_centre_of_a_town_and_who_speaks_after_it() -> None:
    """"in the small centre of X" is a place; "the city of X, Y said": Y speaks, no place."""
    found = _types("The men were in the small centre of Varnrod, Osric Pell said. They came "
                   "from the city of Dranmore, Ilse Damaro said.")
    assert found == {"Varnrod": "place", "Osric Pell": "person", "Dranmore": "place",
                     "Ilse Damaro": "person"}, found


def test_initials_and_a_surname_an_advocate_a_war_and_an_mla() -> None:
    """"P.C. Varma" is someone; "Advocate X" is X; "World War II" and its "-era" name no one;
    "the MLA" is a title; "Russian-connected X" is X."""
    found = _types("The court acquitted two ministers, P.C. Varma and Osric Pell. Advocate "
                   "Ilse Damaro told reporters the World War II-era law was void. The walking "
                   "out of the MLA helped. The Russian-connected gang Varn Basta claimed it.")
    assert {k: v for k, v in found.items() if k != "Varn Basta"} == {
        "P.C. Varma": "person", "Osric Pell": "person", "Ilse Damaro": "person"}, found
    assert "Varn Basta" in found, found


def test_a_country_as_a_given_name_and_titles_before_a_name() -> None:
    """"team-mate Jordan Varel" is someone (a country's name given to a person); "Neighbor
    X", "Engr X", "Skipper X", "Taoiseach X" are X; AML names no one."""
    found = _types("Team-mate Jordan Varel added that he was tired. Taoiseach Dora Lenz spoke. "
                   "Neighbor Ilse Damaro said "
                   "she heard a noise. The President sacked Engr Osric Pell. Skipper Tavish "
                   "Orm was out for 40. The bank broke AML rules.")
    assert found == {"Jordan Varel": "person", "Ilse Damaro": "person", "Osric Pell": "person",
                     "Tavish Orm": "person", "Dora Lenz": "person"}, found


def test_a_gerund_opening_a_sentence_and_words_of_a_house_vote() -> None:
    found = _types("Using X-ray scanners, officers found 40 kilograms of cocaine, Osric Pell "
                   "said. “Hon Members, the Ayes have it,” said Hon Ilse Damaro. Varnco sold 40 "
                   "million PCs. Fees rose to Rs 50,000, the VC said.")
    assert found == {"Osric Pell": "person", "Ilse Damaro": "person"}, found


def test_a_nationality_noun_diseases_languages_and_a_list_of_friends() -> None:
    """"Irishman X" is X; cholera, Hindi, "Congratulations" name no one; "his friends A B, C
    D and E" are people, though a town somewhere is called E."""
    found = _types("Irishman Osric Pell died, Ilse Damaro said. Cholera has killed 40 people in "
                   "the Himalayan region. The video is in Hindi. Congratulations to Tavish Orm. "
                   "He painted his friends Varn Kestel, Dora Lenz and Bono.")
    assert {k: v for k, v in found.items() if k != "Bono"} == {
        "Osric Pell": "person", "Ilse Damaro": "person", "Tavish Orm": "person",
        "Varn Kestel": "person", "Dora Lenz": "person"}, found


def test_a_caretaker_premier_a_tanker_in_apposition_and_what_a_firm_built() -> None:
    found = _types("Caretaker prime minister Osric Pell’s party won 15 seats. Pirates attacked "
                   "the very large crude tanker, Varn Star, near Kestrel. The Meridal-built "
                   "satellite and the Norland-approved drug work.")
    assert found == {"Osric Pell": "person", "Varn Star": "other", "Kestrel": "place",
                     "Meridal": "organization", "Norland": "organization"}, found


def test_a_leaders_government_a_party_called_dal_and_cricket_tests() -> None:
    """"Prime Minister X … X's government": X is someone (only a state's name before
    "government" would be a state); "X Dal" is a party; "the AG", "a Test" name no one."""
    found = _types("Prime Minister Osric Pell said he would not resign. Pell’s government faces "
                   "a vote. The Rashtriya Varnata Dal walked out. The AG appealed. Varnland "
                   "won the third Test. Varnland’s government and Varnland’s parliament voted.")
    assert found == {"Osric Pell": "person", "Rashtriya Varnata Dal": "organization",
                     "Varnland": "country"}, found


def test_hyphenated_titles_a_td_and_regarding() -> None:
    found = _types("Prosecutor-General Osric Pell denied the charge. Vice-President Ilse Damaro "
                   "spoke. TD Tavish Orm said 40 seats were lost. Regarding Pell, she said "
                   "nothing. Varnholt Underground said 40 trains ran.")
    assert found == {"Osric Pell": "person", "Ilse Damaro": "person", "Tavish Orm": "person",
                     "Varnholt Underground": "organization"}, found


def test_a_species_latin_name_names_no_one() -> None:
    """"a dinosaur named Dranmoravis lioae … Dranmoravis was", "dubbed the dolphin Varnocara
    yakataga": a genus, no organisation; a firm before a lower-case word stays."""
    found = _types("The fossil is a new species of dinosaur named Dranmoravis lioae, Osric Pell "
                   "said. Dranmoravis was about the size of a grouse. They dubbed the dolphin "
                   "Varnocara yakataga. Investors called Meridal Shipping bonus rules unfair.")
    assert found == {"Osric Pell": "person", "Meridal Shipping": "organization"}, found


@pytest.mark.parametrize(("text", "owner"), [
    ("Kestrel Gazette's Ilse Damaro, reporting from Dranmore, said residents had fled.",
     "Kestrel Gazette"),
    ("Kestrel Villa's Tavish Orm scored twice on Sunday.", "Kestrel Villa"),
    ("Al Varna's Ilse Damaro said residents had fled from Dranmore.", "Al Varna")])
def test_whose_staff_a_person_is_named_bare_after_is_no_person(text: str, owner: str) -> None:
    """"X Y's Ilse Damaro, reporting from Z, said": X Y employs her (a broadcaster, a club),
    and Z is where she is, not who speaks ("said residents" after it is no apposition)."""
    found = _types(text)
    assert found[owner] == "organization", found
    assert found.get("Ilse Damaro", found.get("Tavish Orm")) == "person", found
    assert found.get("Dranmore", "place") == "place", found


@pytest.mark.parametrize(("text", "none"), [
    ("A concerning outbreak of the Human Metapneumovirus has struck a ward in Varn. "
     "Metapneumovirus is an uncommon virus, Ilse Damaro said.", "Human Metapneumovirus"),
    ("Independence Day fell on Monday in Varn, and Ilse Damaro spoke.", "Independence Day"),
    ("Ferries were full before Eid al-Fitr in Varn, Ilse Damaro said.", "Eid al-Fitr"),
    ("Ferries were full before Eid-ul Fitr in Varn, Ilse Damaro said.", "Fitr"),
    ("Osric Pell served in World War Two, Ilse Damaro said in Varn.", "World War"),
    ("Protesters threw Molotov cocktails at Varn police, Ilse Damaro said.", "Molotov"),
    ("Varn police launched Operation Kestrel on Monday, Ilse Damaro said.", "Operation Kestrel"),
    ("Osric Pell signed the Varn Aviation Amendment Act 2024, Ilse Damaro said.", "Act 2024"),
    ("Farmers in Varn got a Shs10 million fund, Ilse Damaro said.", "Shs10"),
    ("Brexit loomed over Varn, Ilse Damaro said.", "Brexit"),
    ("He died after a battle with Pell’s Disease in Varn, Ilse Damaro said.", "Disease"),
    ("The driver was hit on the M7 between J11 and J10 near Varn, Ilse Damaro said.", "J11"),
    ("Maize fetches Sh26 a kilo in Varn, Ilse Damaro said.", "Sh26"),
    ("Hackers Transferred Five Hundred and Twenty-Three Million, Three Hundred Naira from a "
     "Varn bank, Ilse Damaro said.", "Hundred"),
    ("The fossil was dated to the Miocene, Ilse Damaro said in Varn.", "Miocene"),
    ("The SUV hit a wall in Varn, Ilse Damaro said.", "SUV"),
    ("Osric Pell won the Kelda Invitational in Varn, Ilse Damaro said.", "Kelda Invitational"),
    ("Osric Pell won six Kelda Trophies in Varn, Ilse Damaro said.", "Kelda Trophies"),
    ("The court overturned Kelda v. Varnholt in Varn, Ilse Damaro said.", "Varnholt"),
    ("Profit fell at its chipmaker Varn hynix Inc. in Varn, Ilse Damaro said.", "Inc"),
    ("Born Osric Varnel Pell in Kelda, he won three World Cups, Ilse Damaro said.", "Born"),
    ("Born Osric Varnel Pell in Kelda, he won three World Cups, Ilse Damaro said.", "Cups"),
    ("Columnists Osric Pell and Tavish Orm were sentenced in Varn, Ilse Damaro said.",
     "Columnists"),
    ("Predicting the weather became harder. Predicting it was vital, Ilse Damaro said in "
     "Varn. Predicting rain is hard.", "Predicting"),
    ("His Highness Sheikh Osric Pell opened it in Varn, Ilse Damaro said.", "Highness"),
    ("Kelda ELECTED: Osric Pell. FOUR SEATS TO BE FILLED IN TOTAL. Ilse Damaro said so.",
     "SEATS"),
    ("The court overturned Kelda v. Varnholt in Varn, Ilse Damaro said.", "Kelda"),
    ("Osric Pell got an Honorary Doctorate in Varn, Ilse Damaro said.", "Honorary Doctorate"),
    ("The Kelda-native had been travelling to Varn, Ilse Damaro said.", "Kelda-native"),
    ("ANZAC Day fell on Monday in Varn, and Ilse Damaro spoke.", "ANZAC Day"),
    ("The H5N1 strain was found in two owls in Varn, Ilse Damaro said.", "H5N1"),
    ("The court fined them N1million each, Ilse Damaro said in Varn.", "N1million"),
    ("Osric Pell will serve as the Minister for Rural and Maritime Development and the "
     "Minister for Disaster Management, and Ilse Damaro as Minister of Lands and Mineral "
     "Resources.", "Maritime Development"),
    ("Osric Pell will serve as the Minister for Rural and Maritime Development and the "
     "Minister for Disaster Management.", "Disaster Management"),
    ("Ilse Damaro was named Minister for Local Government and Housing in Varn.",
     "Local Government"),
])
def test_an_illness_a_day_a_sum_and_a_portfolio_are_no_one(text: str, none: str) -> None:
    found = _types(text)
    assert {"Ilse Damaro", "Osric Pell"} & set(found), found
    assert not any(none in name for name in found), found


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("Ahram Online reported that the court fined them, Ilse Damaro said.", "Ahram Online",
     "organization"),
    ("Kestrel Cartel head Osric Pell was arrested in Varn, Ilse Damaro said.",
     "Kestrel Cartel", "organization"),
    ("Ilse Damaro rallied past Norland's No. 6 seed Peyton Varnholt 1-6, 6-3, 6-4.",
     "Peyton Varnholt", "person"),
    ("Tavish Day, a farmer in Varn, said prices fell.", "Tavish Day", "person"),
    ("The Minister of Vanuatu spoke to Ilse Damaro in Varn on Monday. Vanuatu is poor.",
     "Vanuatu", "country"),
])
def test_an_outlet_a_cartel_a_seeded_player(text: str, name: str, kind: str) -> None:
    assert _types(text).get(name) == kind, _types(text)


def test_a_tennis_player_beaten_in_sets_is_a_person_and_a_team_by_a_score_is_not() -> None:
    """"beating X 7-5, 7-6 (2)", "Y beat the ninth-seeded X 6-2, 6-1": players; "Varn
    United beat Kestrel Rovers 3-1": teams. "Top-seeded X" is X."""
    found = _types("Ilse Damaro followed her win by beating Tavish Orm 7-5, 7-6 (2) in Varn. "
                   "Osric Pell beat the ninth-seeded Anja Kell 6-2, 6-1. Top-seeded Jorun "
                   "Vasko lost. Varn United beat Kestrel Rovers 3-1 on Saturday.")
    assert found == {"Ilse Damaro": "person", "Tavish Orm": "person", "Osric Pell": "person",
                     "Anja Kell": "person", "Jorun Vasko": "person", "Varn": "place",
                     "Varn United": "organization", "Kestrel Rovers": "organization"}, found


def test_a_byline_of_correspondents_a_gerund_a_title_a_car_and_a_sum_name_no_one() -> None:
    """From new stories: "X Correspondent and Y Correspondent, site.com" is a byline;
    "Jailing X, the judge said" opens with a verb; "Police Sub-Inspector X", "DPP X" and
    "Coordinator X" are titles; "the stolen Toyota Hilux" is a car (not "Toyota Motor" nor
    "Toyota Australia"); "Ksh18 billion" a sum; "the launch, X," a boat."""
    text = ("Varnby Correspondent and Kell Correspondent, varnnews.com\n\n"
            "A launch sank in the Varn river on Sunday. The launch, Osric Star, sank near "
            "Dranmore, Police Sub-Inspector Tavish Orm said. Jailing Pell, the judge said the "
            "crime was grave. DPP Ilse Damaro and Coordinator Anja Kell spoke. Four men were "
            "in the stolen Toyota Hilux. Toyota Motor and Toyota Australia said sales fell. "
            "Drugs worth Ksh18 billion were seized.")
    found = _types(text)
    assert found == {"Varn": "place", "Osric Star": "other", "Dranmore": "place",
                     "Tavish Orm": "person", "Pell": "person", "Ilse Damaro": "person",
                     "Anja Kell": "person", "Toyota Motor": "organization",
                     "Toyota Australia": "organization"}, found


def test_who_holds_a_post_of_the_province_is_a_person_and_a_city_s_police_speak_not_it() -> None:
    """"Chief Minister of the province X condemned": X holds the post (no place); "Police
    in the city of Y said": Y is where they are (no speaker)."""
    found = _types("Chief Minister of the province Osric Pell strongly condemned the attack. "
                   "Police in the city of Varnholt said three people died.")
    assert found == {"Osric Pell": "person", "Varnholt": "place"}, found


def test_a_word_in_capitals_opening_a_regional_story_is_no_acronym() -> None:
    """"A MAN has been jailed", "A CONTROVERSIAL garden city": the paper's style, no body
    (but "A NATO spokesman said": an acronym, never written in lower case)."""
    found = _types("A MAN has been jailed in Varnholt, Osric Pell said. The man was 40.\n\n"
                   "A CONTROVERSIAL garden city on the edge of Varnholt was approved.\n\n"
                   "A NATO spokesman said the troops had gone home.")
    assert found == {"Osric Pell": "person", "Varnholt": "place", "NATO": "organization"}, found


def test_exchange_codes_finance_words_and_a_drug_name_no_one_and_a_town_before_a_state() -> None:
    """"Varnco AG (VRNZF.PK, VRN.L)": codes; EPS, GAAP, MDMA: things; "the Varnby,
    Ohio-based company": a town (not the firm whose shares are told)."""
    found = _types("Varnco AG (VRNZF.PK, VRNY.PK, VRN.L) said EPS rose, and GAAP earnings fell. "
                   "Police seized MDMA in Varnby. Shares of the Varnby, Ohio-based company fell, "
                   "Ilse Damaro said.")
    assert found == {"Varnco AG": "organization", "Varnby": "place", "Ohio": "place",
                     "Ilse Damaro": "person"}, found


def test_more_names_from_new_stories_bodies_titles_and_shouted_openings() -> None:
    """Constabulary, Camorra and Squadron close a body's name; "Accused X", "Lt-Col. X",
    "the 15th X Union summit", "Varn Rd"; no one: a sum in ISK, an FIR, COVID, capitals
    opening a story ("AN ELDERLY man", "GARDAÍ IN VARN have", "A
    TEENAGER"), a byline "Staff Writer |", the Irish police ("Gardaí said")."""
    text = ("Staff Writer |\n\nAN ELDERLY man died in Varnby. GARDAÍ IN VARNBY have arrested a "
            "man on Varnby Rd. A TEENAGER was hurt, Gardaí said. The Varn Frontier Constabulary "
            "and the Kell Camorra clashed, and the 438 Tactical Helicopter Squadron flew in. "
            "Accused Tavish Orm lost 15 billion ISK. An FIR was filed over COVID rules, and "
            "Ilse Damaro spoke at the 15th African Union summit.")
    found = _types(text)
    assert found == {"Varnby": "place", "Varnby Rd": "place",
                     "Varn Frontier Constabulary": "organization",
                     "Kell Camorra": "organization",
                     "Tactical Helicopter Squadron": "organization", "Tavish Orm": "person",
                     "Ilse Damaro": "person", "African Union": "organization"}, found


def test_a_lieutenant_colonel_said_after_a_quotation_says_it() -> None:
    text = "“We are committed to victims,” said Lt-Col. Osric Pell, the unit's commander."
    ann = _with([("pell", "Osric Pell", "person")], text)
    found = {text[c.span[0]:c.span[1]]: c.claimant
             for c in suggest.claims(art(text), ann, recommenders=["built-in"])}
    assert found == {"We are committed to victims": "pell"}, found


def test_a_korean_daily_is_a_paper_and_a_sum_in_dirhams_is_no_one() -> None:
    found = _types("Prosecutors indicted the owners of the Varn Ilbo and the Kell Shimbun. A court "
                   "fined the two Dh1,000, Osric Pell said.")
    assert found == {"Varn Ilbo": "organization", "Kell Shimbun": "organization",
                     "Osric Pell": "person"}, found


def test_a_third_round_of_names_capitals_a_deal_a_virus_y_and_an_agency_in_a_list() -> None:
    """"HUNDREDS of Kenyan workers", "THE Varnholt Palace denied": the paper's capitals
    opening the story; "the Green Deal", "the Leaders Summit", RSV: no one; "Varga y Pell"
    one name; "reports from the Kestrel Post and Reuters": an agency, no place."""
    text = ("HUNDREDS of Kenyan workers went on strike at Meridal Shipping on Monday.\n\n"
            "THE Varnholt Palace denied the report. Varga y Pell shares rose under the Green "
            "Deal, and RSV cases fell before the Leaders Summit, according to reports from the "
            "Kestrel Post and Reuters.")
    found = _types(text)
    assert found == {"Meridal Shipping": "organization", "Varnholt Palace": "place",
                     "Varga y Pell": "organization", "Kestrel Post": "organization",
                     "Reuters": "organization"}, found


def test_who_led_a_firm_named_before_its_noun_is_a_person() -> None:
    """"the Osric Pell-led company's rocket": the company is the one with "the"."""
    found = _types("Varnco launched a rocket Saturday, the Osric Pell-led company's first.")
    assert found.get("Osric Pell") == "person", found


def test_names_from_wikinews_briefs_craft_models_titles_and_an_agency() -> None:
    """"Space Shuttle Kestrel" is a craft; "a UH-60 Black Hawk" a model; Sultan and Olympian
    are titles; "the minister for Immigration and Integration X": X; Reuters is never a
    person."""
    found = _types("The Space Shuttle Kestrel landed in Varn. Two UH-60 Black Hawk "
                   "helicopters collided over Varn. Sultan Osric Pell wed, and Olympian Ilse "
                   "Damaro retired. The junior minister beat the minister for Immigration and "
                   "Integration Tavish Orm. Reuters, citing officials, said so.")
    assert found == {"Space Shuttle Kestrel": "other", "Varn": "place", "Osric Pell": "person",
                     "Ilse Damaro": "person", "Tavish Orm": "person",
                     "Reuters": "organization"}, found


def test_according_to_a_source_and_a_relative_clause_on_it_the_claim_follows_both() -> None:
    text = ("According to the Varn Times, which was the first to report it, Meridal Shipping "
            "mixed the two up on Monday.")
    ann = _with([("varn-times", "Varn Times", "organization"),
                 ("meridal", "Meridal Shipping", "organization")], text)
    found = {text[c.span[0]:c.span[1]]: c.claimant
             for c in suggest.claims(art(text), ann, recommenders=["built-in"])}
    assert found == {"Meridal Shipping mixed the two up on Monday": "varn-times"}, found


def test_a_degree_after_a_name_and_a_ship_s_dotted_prefix_name_no_body() -> None:
    found = _types("Osric Pell, MD, MPH, chief medical officer at Varnco, spoke. The capsule, "
                   "S.S. Tavish Orm, docked at the Varn station.")
    assert "MPH" not in found and found.get("S.S. Tavish Orm") == "other", found


def test_a_name_inside_a_quotation_after_said_colon_is_no_speaker_after_the_verb() -> None:
    """"A Varn Police spokesperson said: “Police were called …”": the quotation is the claim
    (its "Police", a mention of the speaker, made it read as "said X")."""
    text = ("A Varn Police spokesperson said: “Police were called to the port on Thursday "
            "following a report of a man with a weapon.”")
    ann = _with([("varn-police", "Varn Police", "organization")], text)
    ann.actors[0].mentions.append(Span.at(text, text.index("Police were"),
                                          text.index("Police were") + 6))
    found = {text[c.span[0]:c.span[1]]: c.claimant
             for c in suggest.claims(art(text), ann, recommenders=["built-in"])}
    assert found == {"Police were called to the port on Thursday following a report of a man "
                     "with a weapon": "varn-police"}, found


def test_a_relative_clause_s_speech_verb_takes_no_speaker_after_it() -> None:
    """"a group that claimed opposition leader X and others had formed a government": what
    was claimed, not X's words (X would speak in "…, claimed X")."""
    text = ("The article reported about a group that claimed opposition leader Ilse Damaro and "
            "ethnic leaders had formed an interim government.")
    ann = _with([("damaro", "Ilse Damaro", "person")], text)
    found = [c.claimant for c in suggest.claims(art(text), ann, recommenders=["built-in"])]
    assert found == [None], found


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("The quake struck 6 km Northwest of Dranmore Springs, Ilse Damaro said.",
     "Dranmore Springs", "place"),
    ("Rain fell South of the Kelda Hills on Monday, Ilse Damaro said.", "Kelda Hills", "place"),
    ("Officials from the Centers for Varn Control are calling passengers, Ilse Damaro said.",
     "Centers for Varn Control", "organization"),
    ("Classes resumed at Kelda Tech on Monday, Ilse Damaro said.", "Kelda Tech",
     "organization"),
])
def test_a_compass_point_of_a_place_and_a_plural_centre_s_or_a_tech_s_name(
        text: str, name: str, kind: str) -> None:
    """"Northwest of X" (a heading's or a list's capitals): X, a place; "Centers for …" and
    "X Tech" are bodies."""
    found = _types(text)
    assert found.get(name) == kind, found
    assert not any(n.startswith(("Northwest", "South ")) for n in found), found


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("Water dispensers were stolen from the Sir Osric Pell Stadium, Ilse Damaro said.",
     "Osric Pell Stadium", "place"),
    ("Tavish Orm of Varn Legal Consultants and Kelda Advocates spoke to Ilse Damaro.",
     "Kelda Advocates", "organization"),
    ("Six ministers have left Dina Varnholt's administration. Dina Varnholt's government "
     "faces protests against Varnholt and Congress.", "Dina Varnholt", "person"),
    ("Sierra Leone's government said Ilse Damaro would go.", "Sierra Leone", "country"),
    ("Opener Osric Pell made 78 in Varn, Ilse Damaro said.", "Osric Pell", "person"),
    ("The Kelda-only league began in Varn, Ilse Damaro said.", "Kelda", None),
])
def test_a_place_named_after_someone_a_firm_s_plural_a_leader_s_government(
        text: str, name: str, kind: str | None) -> None:
    """A stadium named after a knight is a place; a leader whose government is named, and
    named alone elsewhere, is a person (a country's government stays a country's); a
    player's position opening a sentence and "-only" are no part of a name."""
    found = _types(text)
    if kind:
        assert found.get(name) == kind, found
    assert not any(n.startswith("Opener") or n.endswith("-only") for n in found), found


@pytest.mark.parametrize(("text", "name", "claimant"), [
    ("“Lots of water was coming in,” says Varn Red Cross' Ilse Damaro.", "Ilse Damaro",
     "damaro"),
    ("“Maybe 10 percent of people work,” said a baffled Ilse Damaro.", "Ilse Damaro", "damaro"),
    ("“Prices have risen due to lower supplies,” said a Kelda-based vegetable vendor Ilse "
     "Damaro.", "Ilse Damaro", "damaro"),
    ("“We cannot stop until everyone is safe,” the spokesman, Lieutenant Ilse Damaro, said.",
     "Ilse Damaro", "damaro"),
    ("“The fire took two homes in Varn,” said state Premier Ilse Damaro.", "Ilse Damaro",
     "damaro"),
    ("“This death was the catalyst for many grievances,” said 18-year-old farming student Ilse "
     "Damaro, one of the protesters.", "Ilse Damaro", "damaro"),
    ("He will appeal against the ruling in Varn, said his lawyer, Mr Ilse Damaro.",
     "Ilse Damaro", "damaro"),
    ("“Lots of water was coming in,” says Kelda village resident Ilse Damaro, “just between "
     "the wall and roof.”", "Ilse Damaro", "damaro"),
    ("“We will not surrender the port,” tweeted Ilse Damaro, the governor of Kelda.",
     "Ilse Damaro", "damaro"),
    ("“The money was never the point of the deal,” stressed Ilse Damaro.", "Ilse Damaro",
     "damaro"),
    ("“I am tired of saying there is no such thing in Varn,” Ilse Damaro remarked.",
     "Ilse Damaro", "damaro"),
    ("“It is over for the port of Varn,” lamented Ilse Damaro.", "Ilse Damaro", "damaro"),
])
def test_a_speaker_after_the_verb_behind_her_employer_a_mood_or_a_place_s_noun(
        text: str, name: str, claimant: str) -> None:
    """"says X' Y", "said a baffled Y", "says X village resident Y", "said a X-based vendor
    Y", "the spokesman, Lieutenant Y, said": Y said it."""
    ann = _with([(claimant, name, "person")], text)
    found = [(text[c.span[0]:c.span[1]], c.claimant)
             for c in suggest.claims(art(text), ann, recommenders=["built-in"])]
    assert len(found) == 1 and found[0][1] == claimant, found
    if text.count("“") == 1:  # (a quotation resumed after the verb is claimed whole)
        assert "says" not in found[0][0] and "said" not in found[0][0], found


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("The Cabinet Committee on Security approved it, Ilse Damaro said.",
     "Cabinet Committee on Security", "organization"),
    ("Kestrel Raj Films released it, Ilse Damaro said.", "Kestrel Raj Films", "organization"),
    ("Mawlana Osric Pell led the prayers, Ilse Damaro said.", "Osric Pell", "person"),
    ("A court suspended a ban by acting Inspector General of Police Osric Pell, Ilse Damaro "
     "said.", "Osric Pell", "person"),
    ("The outbreak was found on a farm in Kelda.Reuters reports that it spread.", "Reuters",
     "organization"),
    ("The Osric Pell-starrer opened in Varn, Ilse Damaro said.", "Osric Pell", "person"),
    ("Osric H.W. Pell has died at 94, his office said.", "Osric H.W. Pell", "person"),
    ("Xinhua quoted the head of the Supreme Council of Antiquities Tavish Orm as saying it. "
     "Orm added that statues were found.", "Tavish Orm", "person"),
    ("A Permanent Danger Zone was set around the Varn volcano, Ilse Damaro said.",
     "Permanent Danger Zone", "place"),
    ("Ilse Damaro recalled the attack on Kelda, Turkey that began in 1915.", "Kelda", "place"),
    ("Ilse Damaro on Monday named Tavish-William Orm prime minister of Varn.",
     "Tavish-William Orm", "person"),
    ("Osric Pell's former successor in Parliament, Tavish Orm, was also found guilty.",
     "Tavish Orm", "person"),
])
def test_a_body_s_head_before_on_an_honorific_a_two_word_title_and_a_missed_space(
        text: str, name: str, kind: str) -> None:
    """"X Committee on Y" is a committee; "Mawlana X", "Inspector General of Police X": X;
    a full stop with no space after it ends the name before it."""
    found = _types(text)
    assert found.get(name) == kind, found
    assert not any(n.startswith(("Police ", "Mawlana")) or "-" in n and n != name
                   or n.endswith("Orm") and n not in ("Tavish Orm", name) for n in found), found


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("Veteran character actor RK Pellwari died in Varn on Sunday aged 95, his son said.",
     "RK Pellwari", "person"),
    ("Output cuts made by the Organisation of Petroleum Exporting Countries lifted prices, Ilse "
     "Damaro said.", "Organisation of Petroleum Exporting Countries", "organization"),
    ("Output cuts made by the Organization of the Petroleum Exporting Countries lifted prices, "
     "Ilse Damaro said.", "Organization of the Petroleum Exporting Countries", "organization"),
])
def test_initials_with_no_stops_and_a_body_s_name_with_a_participle(
        text: str, name: str, kind: str) -> None:
    """"actor RK Pellwari": a person's initials, written without stops; "Petroleum Exporting
    Countries" is the body's name to its end, no one called Exporting Countries."""
    found = _types(text)
    assert found.get(name) == kind, found


def test_a_body_named_for_whom_it_serves_is_one_name() -> None:
    """"the Osric Pell Children of Varn Foundation": one body (it was a person "Osric Pell
    Children", who took the founder's mentions, and a "Varn Foundation")."""
    found = _types("Osric Pell, Varn's first president, has died. Pell was active through his "
                   "Osric Pell Children of Varn Foundation, an organisation for orphans.")
    assert found.get("Osric Pell") == "person" and found.get(
        "Osric Pell Children of Varn Foundation") == "organization", found


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("Longtime Varn newspaper publisher Osric T. Pell has died at 72. Pell died on Friday.",
     "Osric T. Pell", "person"),
    ("Besides Damaro's resignation, protesters in Varn want elections, Ilse Damaro said.",
     "Ilse Damaro", "person"),
    ("“I will give full credit to the boys in Varn,” said Varnel.", "Varnel", "person"),
    ("“My heart goes out to them,” Varnel said on Monday in Varn.", "Varnel", "person"),
    ("“We have fixed the fault in Varn,” Varnco said on Monday.", "Varnco", "organization"),
])
def test_a_publisher_s_middle_initial_an_opening_besides_and_a_quotation_s_i(
        text: str, name: str, kind: str) -> None:
    """"newspaper publisher Osric T. Pell": a man (a publisher before a name made a firm of
    it); "Besides" and "Longtime" open a sentence, no name; a one-word speaker whose
    quotation says "I" or "my" is a person."""
    found = _types(text)
    assert found.get(name) == kind, found
    assert not any(n.startswith(("Besides", "Longtime")) for n in found), found


def test_what_a_station_reports_of_someone_is_not_said_by_him() -> None:
    """"One of his stations, X-TV, reports Pell had battled cancer": X-TV reports it; Pell
    is who it is about (he was its claimant, the claim the words before the verb)."""
    text = ("Osric Pell died on Friday at a Varn hospital. One of his family's stations, "
            "KVRN-TV, reports Pell had battled cancer for two years.")
    ann = _with([("pell", "Osric Pell", "person"), ("kvrn-tv", "KVRN-TV", "organization")],
                text)
    alone = text.index("Pell had")
    ann.actors[0].mentions.append(Span.at(text, alone, alone + len("Pell")))
    found = [c.claimant for c in suggest.claims(art(text), ann, recommenders=["built-in"])
             if "cancer" in text[c.span[0]:c.span[1]]]
    assert found == ["kvrn-tv"], found


def test_a_party_s_branch_named_after_its_place_is_no_person() -> None:
    """"Northland Labour candidate X": the party where it stands, an organization (it was a
    person, and every "Labour" of the story his)."""
    found = _types("Results had Labour at 64 seats in Varn. Northland Labour candidate Ilse "
                   "Damaro has beaten Osric Pell by 163 votes.")
    assert found.get("Northland Labour", found.get("Labour")) == "organization", found
    assert found.get("Ilse Damaro") == "person", found


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("Kelda Platinum and Varn Gold were down, Ilse Damaro said.", "Kelda Platinum",
     "organization"),
    ("Another firm set to lay off workers is Varn's Kelda Nickel. The mining company said so.",
     "Kelda Nickel", "organization"),
    ("Troops of the African Union Transition Mission in Varn fought back, Ilse Damaro said.",
     "African Union Transition Mission", "organization"),
])
def test_a_miner_and_a_mission_are_bodies(text: str, name: str, kind: str) -> None:
    """"Kelda Platinum", "the African Union Transition Mission": bodies ("Transition Mission"
    was a person after the union)."""
    found = _types(text)
    assert found.get(name) == kind, found


def test_the_x_based_body_says_is_the_body_named_before() -> None:
    """"Varn Rail Ltd. says … The Kelda-based railway says C": the railway named before."""
    text = ("Varn Rail Ltd. says it earned $472 million in the quarter. The Kelda-based railway "
            "says the profit amounted to 70 cents a share.")
    ann = _with([("varn-rail", "Varn Rail Ltd.", "organization")], text)
    found = [c.claimant for c in suggest.claims(art(text), ann, recommenders=["built-in"])]
    assert found == ["varn-rail", "varn-rail"], found


def test_a_police_rank_s_letters_are_a_title() -> None:
    """"ASP X", "ASI Y", "Kelda DPO Z": police ranks by their letters, titles of people (the
    letters made each an organization, and "ASP X" and "ASP X's surname" two)."""
    found = _types("Varn police spokesperson ASP Osric Pell said five were held. ASP Pell "
                   "named them. ASI Ilse Damaro said so, as did Kelda DPO Tavish Orm.")
    assert {n: found.get(n) for n in ("Osric Pell", "Ilse Damaro", "Tavish Orm")} == \
        dict.fromkeys(("Osric Pell", "Ilse Damaro", "Tavish Orm"), "person"), found
    assert not any(n.startswith(("ASP", "ASI")) for n in found), found


def test_a_title_then_its_name_in_apposition_says_what_follows_saying() -> None:
    """"The Varn Regional Police Spokesperson, ASP X, confirmed the arrest, saying C": X says
    C (the claim was the title, and the region its claimant)."""
    text = ("The Varn North Regional Police Spokesperson, ASP Osric Pell, confirmed the arrest, "
            "saying investigations are ongoing.")
    ann = _with([("varn-north", "Varn North", "organization"),
                 ("pell", "Osric Pell", "person")], text)
    found = [(text[c.span[0]:c.span[1]], c.claimant)
             for c in suggest.claims(art(text), ann, recommenders=["built-in"])]
    assert found == [("investigations are ongoing", "pell")], found


@pytest.mark.parametrize(("text", "actors", "claimant"), [
    ("Gov. Osric Pell (KAY'-sik) says the port in Varn will close next year.",
     [("pell", "Osric Pell", "person")], "pell"),
    ("Osric Pell (D-Varn) said the port in Varn will close next year.",
     [("pell", "Osric Pell", "person")], "pell"),
    ("Osric Pell does say after seeing the damage in Varn that everyone was very lucky.",
     [("pell", "Osric Pell", "person")], "pell"),
    ("Osric Pell said the port in Varn would close next year. “It matters to everyone here,” "
     "the 29-year-old said.", [("pell", "Osric Pell", "person")], "pell"),
])
def test_a_speaker_past_a_pronunciation_a_party_does_and_an_age(
        text: str, actors: list, claimant: str) -> None:
    """"X (KAY'-sik) says", "X (D-Varn) said", "X does say", "the 29-year-old said": X."""
    ann = _with(actors, text)
    found = [c.claimant for c in suggest.claims(art(text), ann, recommenders=["built-in"])]
    assert found and found[-1] == claimant, found
    assert "KAY" not in _types(text), _types(text)


def test_a_militant_group_says_in_a_statement() -> None:
    """"The X militant group in a statement claimed …": X claims it."""
    text = "The Varn Front militant group in a statement claimed to have killed 57 soldiers."
    ann = _with([("front", "Varn Front", "group")], text)
    found = [c.claimant for c in suggest.claims(art(text), ann, recommenders=["built-in"])]
    assert found == ["front"], found


def test_a_list_of_places_opened_by_what_they_are() -> None:
    """"The areas affected included: X, Y and Z", "affects counties X, Y and Z", "in Co X":
    places (towns named once, in a list, were organizations)."""
    found = _types("Power was cut in Co Kelvar, Osric Pell said. The areas affected included: "
                   "Tullagh, Ardnacrum, Lisvarn and Ballykeld. The warning affects counties "
                   "Dunmoran, Kelvar and Carrowvane.")
    assert {n: found.get(n) for n in ("Co Kelvar", "Tullagh", "Ardnacrum", "Lisvarn",
                                      "Ballykeld", "Dunmoran", "Carrowvane")} == dict.fromkeys(
        ("Co Kelvar", "Tullagh", "Ardnacrum", "Lisvarn", "Ballykeld", "Dunmoran", "Carrowvane"),
        "place"), found


def test_a_county_with_its_abbreviation_stop_is_a_place() -> None:
    """"Co. Kelvar" is a county, one place with its short form (it had been a firm,
    "Kelvar", after a sentence cut at "Co.")."""
    found = _actors("A man from Tullagh, Co. Kelvar, was held. A Co. Kelvar man was "
                    "charged, Osric Pell said. Shares of Varnel Co. rose.")
    assert found["Co. Kelvar"].type == "place" and len(found["Co. Kelvar"].mentions) == 2
    assert found["Varnel Co"].type == "organization"


def test_a_name_opened_by_a_faiths_word_is_a_movement() -> None:
    """"Islamic Kelvar" names no one: a movement (it was a person, "Islamic State" a place);
    "Islamic University of Varn" is still a body."""
    found = _types("Islamic Kelvar said it fired the rockets. Islamic State claimed the "
                   "bombing. Islamic University of Varn students protested, Osric Pell said.")
    assert (found.get("Islamic Kelvar"), found.get("Islamic State"),
            found.get("Islamic University of Varn")) == ("group", "group", "organization"), found


def test_who_claimed_an_attack_in_a_statement_is_an_armed_group() -> None:
    """"The Kelvar in a statement claimed responsibility": a group (it was a body)."""
    assert _types("The Kelvar in a statement claimed responsibility for the attack in "
                  "Varnholt.").get("Kelvar") == "group"


def test_a_creeds_word_before_an_armed_groups_name_is_no_part_of_it() -> None:
    """"the Islamist al Kelvar group": the group "al Kelvar", one actor with the "Al Kelvar"
    that opens a sentence (it was "Islamist al Kelvar"; without the creed's word, two)."""
    found = _actors("Rebels from the Islamist al Kelvar group attacked a base in Varnholt on "
                    "Monday. Al Kelvar often cites a higher toll, Osric Pell said. Al Kelvar "
                    "said it would go on.")
    kelvar = [s for name, s in found.items() if "Kelvar" in name]
    assert [(s.name, s.type, len(s.mentions)) for s in kelvar] == [("al Kelvar", "group", 3)]


def test_names_of_things_not_actors() -> None:
    """A suffix after a hyphen ("al Varnek-aligned", "an Australian-first"), a storm by its
    letters ("Severe TC Osric"), a "QR code": no actor of their own."""
    found = _types("The al Varnek-aligned group said it was an Australian-first. Severe TC "
                   "Osric hit Kelvarra, Ilse Damaro said. The QR code was declined.")
    assert "Australian-first" not in found and "Varnek-aligned" not in found and \
        "QR" not in found and found.get("Severe TC Osric") == "other", found


def test_a_body_for_the_cause_it_names_is_one_name() -> None:
    """"The Popular Army for the Restoration of Kelvar (PARK)": one body with its letters
    (it was "Popular Army" and "Restoration of Kelvar"); "The Minister for the Environment
    X" stays a title."""
    found = _actors("The Popular Army for the Restoration of Kelvar (PARK) said its forces "
                    "were not involved. PARK leader Osric Pell said so. The Minister for the "
                    "Environment, Ilse Damaro, said so too.")
    army = found.get("Popular Army for the Restoration of Kelvar")
    assert army is not None and "PARK" in army.aliases and len(army.mentions) == 3, found
    assert "Popular Army" not in found and found["Ilse Damaro"].type == "person"


def test_an_assistant_ombudsman_is_a_title() -> None:
    """"Assistant Ombudsman Osric "Ossie" Pell IV said": the person, and his claims."""
    text = ('In a statement, Assistant Ombudsman Osric "Ossie" Pell IV said the team arrived '
            'late. "There was an offer to enter as guests," said Pell.')
    found = _actors(text)
    assert found['Osric "Ossie" Pell IV'].type == "person", found
    ann = _with([("pell", 'Osric "Ossie" Pell IV', "person")], text)
    ann.actors[0].mentions.append(Span.at(text, text.rindex("Pell"), len(text) - 1))
    claims = suggest.claims(art(text), ann, recommenders=["built-in"])
    assert {c.claimant for c in claims} == {"pell"}, claims


def test_the_desks_notes_on_the_story_are_no_claims_nor_events() -> None:
    """"(This story corrects first sentence …)", "(Updates with quotes)", "Correction: …":
    notes on the story ("sentence" was a legal action, the note a claim)."""
    text = ("Rebels attacked a base in Varnholt on Monday, killing 10 soldiers, officials "
            "said.\n\n(This story corrects first sentence to say two, not three, vehicles "
            "burned)\n\n(Updates with quotes from the army)\n\nCorrection: An earlier "
            "version misnamed the town of Kelvarra.")
    found = suggest.claims(art(text), recommenders=["built-in"])
    assert [text[c.span[0]:c.span[1]] for c in found] == [
        "Rebels attacked a base in Varnholt on Monday, killing 10 soldiers"]
    assert {text[e.trigger[0]:e.trigger[1]] for e in suggest.events(
        art(text), config.default(), _with([], text), recommenders=["built-in"])} == {
        "attacked", "killing"}


def test_she_is_no_man_named_with_mr() -> None:
    """"A spokeswoman said Mr Pell had offered talks. She added: C": C is not Pell's (it
    was); "Ms Damaro … She said D": D is hers."""
    text = ("Teachers in Varnholt will strike on Monday, Osric Pell said. A spokeswoman said "
            "Mr Pell had offered to meet the unions. She added: “It is disappointing that the "
            "unions are striking over the pay of 40,000 teachers.” Ms Ilse Damaro spoke next. "
            "She said 12 schools would close.")
    ann = _with([("pell", "Osric Pell", "person"), ("damaro", "Ilse Damaro", "person")], text)
    ann.actors[0].mentions.append(Span.at(text, text.index("Pell had"),
                                          text.index("Pell had") + 4))
    found = {text[c.span[0]:c.span[1]][:20]: c.claimant
             for c in suggest.claims(art(text), ann, recommenders=["built-in"])}
    assert (found["It is disappointing "], found["12 schools would clo"]) == (None, "damaro"), \
        found


def test_a_reporters_line_with_the_day_is_no_story() -> None:
    """"Osric Pell in Varnholt | March 30, 2004" under the title: no actor, no claim."""
    text = ("Kelda ends her career\n\nOsric Pell in Varnholt | March 30, 2004\n\nThe batter "
            "Ilse Damaro made her last innings a winning one, scoring 76 runs.")
    assert "Osric Pell" not in _actors(text)
    assert [text[c.span[0]:c.span[1]] for c in suggest.claims(art(text), recommenders=[
        "built-in"])] == ["The batter Ilse Damaro made her last innings a winning one, scoring "
                          "76 runs"]


def test_counties_in_shire_and_a_lone_compass_point_are_places() -> None:
    """"West, South and East Varnshire, Keldashire": places (they were bodies); a police
    sub-inspector, "SI X", is a person."""
    found = _types("The strike will affect West, South and East Varnshire and Keldashire, "
                   "Osric Pell said. “They threw bricks,” said Tongi Police SI Ilse Damaro.")
    assert {n: found.get(n) for n in ("West", "South", "Keldashire", "Ilse Damaro")} == {
        "West": "place", "South": "place", "Keldashire": "place", "Ilse Damaro": "person"}, found


def test_names_from_courts_and_firms_in_asia_and_africa() -> None:
    """"X, aka Kay," is X; "Sdn Bhd", "Berhad" and "Yayasan" make a body (they were a
    person and a place); a "Search and Destroy Pests" campaign is a slogan, no one; State
    Counsel, SSC and OIC are titles; "X District Commander" is a post."""
    found = _actors("Osric Pell, aka Kay, fled. Kay was seen in Varnholt. Money came from "
                    "Kelvar Holdings Sdn Bhd, Varnel Berhad and Yayasan Torvani. The ministry "
                    "urged people to join a “Search and Destroy Pests” campaign. Senior State "
                    "Counsel Ilse Damaro objected. SSC Tavish Orm agreed. Varnholt City District "
                    "Commander, Superintendent Kelda Marn said so.")
    assert "Kay" in found["Osric Pell"].aliases and "Kay" not in found, found
    assert {n: found[n].type for n in ("Kelvar Holdings Sdn Bhd", "Varnel Berhad",
                                       "Yayasan Torvani", "Ilse Damaro", "Tavish Orm",
                                       "Kelda Marn")} == {
        "Kelvar Holdings Sdn Bhd": "organization", "Varnel Berhad": "organization",
        "Yayasan Torvani": "organization", "Ilse Damaro": "person", "Tavish Orm": "person",
        "Kelda Marn": "person"}
    assert not any("Pests" in n or "Search" in n or "Commander" in n for n in found), found
    # ... and a police constable, "PC X"
    assert "Osric Varnel" in _actors("The sheriff declined to jail PC Osric Varnel, 43, who "
                                     "was found guilty of fraud in Varnholt.")


def test_a_name_in_apposition_with_a_village_is_a_place() -> None:
    """"struck Kelvarra, a village of about 3,900 people": a place, even where "a teacher in
    Kelvarra said" reads like a speaker (it was a person); "a city councillor" is no place."""
    found = _types("Witnesses said the landslide struck Kelvarra, a village of about 3,900 "
                   "people. Osric Pell, a teacher in Kelvarra said he saw it. Ilse Damaro, a "
                   "city councillor, said so.")
    assert (found.get("Kelvarra"), found.get("Ilse Damaro")) == ("place", "person"), found


def test_a_speech_verb_inside_what_was_said_is_no_attribution() -> None:
    """"Dr. X, director of Y, said that all districts but Humla have reported cases": X's
    claim (it was Humla's: "Humla have reported" read as the attribution ending it)."""
    text = ("Dr. Osric Pell, director of the Varn Branch, said that all clinics except "
            "Kelvar Clinic have reported dengue cases.")
    assert [who for _, who in _claimed([("pell", "Osric Pell", "person"),
                                        ("clinic", "Kelvar Clinic", "organization")],
                                       text)] == ["pell"]


def test_names_from_courts_and_disasters_in_asia_and_the_gulf() -> None:
    """A prefecture is a place (it was a body); streets in a list before "streets" are
    places (they were people); "Dh7.3m" is a sum; "the Kelvar Islamist insurgency" is an
    armed group's, "Islamist" no part of its name; "the Britons KM, 48, and RL, 50" are
    people, a court's initials for them (they were bodies)."""
    found = _types("Warnings were issued for Varnate Prefecture on Sunday, Osric Pell said. "
                   "Officers met at the corner of Tallow and Sai Keld streets. They paid a fine "
                   "of Dh7.3m. Varnholt was hit by the Kelvar Islamist insurgency. The accused "
                   "were the Britons KM, 48, and RL, 50. KM and RL denied it.")
    assert {n: found.get(n) for n in ("Varnate Prefecture", "Tallow", "Sai Keld", "Kelvar",
                                      "KM", "RL")} == {
        "Varnate Prefecture": "place", "Tallow": "place", "Sai Keld": "place",
        "Kelvar": "group", "KM": "person", "RL": "person"}, found
    assert not any(n.startswith("Dh") or "Islamist" in n for n in found), found


def test_what_someone_told_reporters_an_agency_says_is_theirs() -> None:
    """"X told reporters that the judgement was flawed, AFP says": X's (it was AFP's)."""
    text = ("Osric Pell told reporters as he was taken to a prison van that the judgement "
            "was flawed and he would appeal, Varn Press says.")
    assert [who for _, who in _claimed([("pell", "Osric Pell", "person"),
                                        ("press", "Varn Press", "organization")],
                                       text)] == ["pell"]


def test_who_noted_it_when_briefing_the_media_says_it() -> None:
    """"X, ACP Y when briefing the media at a press conference noted that C": Y's C (no
    one's); "Almighty God" and "April 17th," name no one."""
    text = ("Varnholt Regional Police Commander, ACP Osric Pell when briefing the media at a "
            "press conference noted that the bus crashed as a result of brake failure, killing "
            "12 people. May the Almighty God have mercy on them. Work stops on Monday, April "
            "17th, Ilse Damaro told the agency.")
    assert _claimed([("pell", "Osric Pell", "person")], text)[0][1] == "pell"
    assert not {"Almighty God", "17th"} & set(_actors(text)), _actors(text)


def test_occasions_and_bodies_from_african_and_european_stories() -> None:
    """"Varn Cultural Week", "the Varn State Dinner" are occasions (one was a person);
    "Genocide" alone names no one; a Directorate is a body (it was a person); "Kelda Bank
    Plc" and "Kelda Bank" are one firm."""
    found = _types("The Varn Foundation opened Varn Cultural Week on Monday, and guests met at "
                   "the Varn State Dinner to honour the Genocide victims. The Kelvar "
                   "Anticorruption Directorate investigates cases. Kelda Bank Plc and Torvan "
                   "Bank Plc merged; Kelda Bank said so, Osric Pell said.")
    assert not {"Varn Cultural Week", "Varn State Dinner", "Genocide", "Kelda Bank"} & set(
        found), found
    assert (found.get("Kelvar Anticorruption Directorate"), found.get("Kelda Bank Plc")) == (
        "organization", "organization"), found


def test_said_this_years_event_keeps_the_event_in_the_claim() -> None:
    """"X said this year's event is much bigger": the claim is "this year's event …" (it
    began "s event": "said this year" was read as when it was said)."""
    text = "Ilse Damaro said this year's event in Varnholt is much bigger, with 24 partners."
    assert [words for words, _ in _claimed([("damaro", "Ilse Damaro", "person")], text)] == [
        "this year's event in Varnholt is much bigger, with 24 partners"]


def test_teams_and_players_in_sport_stories() -> None:
    """"Kelvar Chiefs", "Varnholt Pirates": teams (they were people); "Nightwatchman X",
    "Soon X" opening a sentence: X; "the Varnholt Derby": an occasion."""
    found = _types("Kelvar Chiefs scored late to beat Varnholt Pirates in the Varnholt Derby. "
                   "Nightwatchman Osric Pell fell early. Soon Ilse Damaro was out too.")
    assert found == {"Kelvar Chiefs": "organization", "Varnholt Pirates": "organization",
                     "Osric Pell": "person", "Ilse Damaro": "person"}, found


def test_names_from_east_asian_and_nordic_stories() -> None:
    """"Moon Jae-in … Moon said": one person, though the family name names a place too;
    "said on its Kelda Weibo account": a platform (it was a person); "Varnbank" and
    "Kelbanken": banks (one was a place)."""
    found = _actors("President Moon Jae-in said Thursday the rocket flew. Moon praised the "
                    "engineers. The railway said on its Kelda Weibo account that the train "
                    "derailed. Economists at Kelbanken and Varnbank predicted a rise.")
    assert len(found["Moon Jae-in"].mentions) == 2 and "Moon" not in found, found
    assert {n: found[n].type for n in ("Kelda Weibo", "Kelbanken", "Varnbank")} == dict.fromkeys(
        ("Kelda Weibo", "Kelbanken", "Varnbank"), "organization")


def test_a_councillors_title_is_no_name_and_standing_orders_no_one() -> None:
    """"said Coun. X (Ward 14, Y)": X says it ("Coun" was a person, the sentence cut after
    it); "the Standing Orders" are rules, no one."""
    text = "“I would prefer a vote,” said Coun. Ilse Damaro (Ward 14, Varnholt). " \
        "Osric Pell took issue with the Standing Orders."
    found = _actors(text)
    assert "Coun" not in found and "Standing Orders" not in found, found
    assert _claimed([("damaro", "Ilse Damaro", "person")], text)[0][1] == "damaro"


def test_one_name_with_an_age_or_named_is_a_person() -> None:
    """"23-year-old Kelvanna", "two persons named Torvesh": people (they were bodies);
    "Assistant Executive Engineer X": a title, then X."""
    found = _types("The dead were named as 23-year-old Kelvanna and 50-year-old Rudvarn. "
                   "Villagers said two persons named Torvesh poisoned the tank. Officials "
                   "suspended Assistant Executive Engineer Manvarn, Osric Pell said.")
    assert {n: found.get(n) for n in ("Kelvanna", "Rudvarn", "Torvesh", "Manvarn")} == \
        dict.fromkeys(("Kelvanna", "Rudvarn", "Torvesh", "Manvarn"), "person"), found


def test_streets_products_and_a_legislators_title() -> None:
    """"the intersection of Kelvar Road and Varn Court": two streets (one body before);
    "its Berry Compote 110g", "recalled its Osric Crisps": products, no one; "RJD MLA X":
    the party, the title, then X (all one body before)."""
    found = _types("Crews were called to the intersection of Kelvar Road and Varn Court. "
                   "Boots recalled its Delicious Varnberry Compote 110g on Monday. The "
                   "Torvan MLA Ilse Damaro and others demanded a debate, Osric Pell said.")
    assert found.get("Kelvar Road and Varn Court") is None and found.get("Kelvar Road") == \
        "place", found
    assert found.get("Delicious Varnberry Compote") in (None, "other"), found
    assert found.get("Ilse Damaro") == "person", found


def test_streets_in_walk_and_circuit_and_a_compass_demonym() -> None:
    """"Lidar Walk", "Cassina Circuit": streets (they were people); "the Southeast Asian
    nation" names no one (it was a person)."""
    found = _types("Crews fought a fire at a house on Lidar Walk and another on Cassina "
                   "Circuit in Varnholt. Millions voted in the Southeast Asian nation, Osric "
                   "Pell said.")
    assert (found.get("Lidar Walk"), found.get("Cassina Circuit")) == ("place", "place"), found
    assert "Southeast Asian" not in found, found


def test_a_post_named_by_its_officer_is_no_actor() -> None:
    """"The Returning Officer" and "the Force Public Relations Officer" are posts, whoever
    holds them named apart (they were organizations)."""
    found = _types("The Returning Officer, Prof. Osric Pell, said 40,000 votes were cast. "
                   "The Force Public Relations Officer, Ilse Damaro, said so too.")
    assert found == {"Osric Pell": "person", "Ilse Damaro": "person"}, found


def test_a_malay_river_or_village_is_a_place() -> None:
    """"Sungai Varn" is a river, "Kampung Kelda" a village: places (they were people)."""
    found = _types("Floods hit Sungai Varnel and Kampung Kelbar, Osric Pell said.")
    assert (found.get("Sungai Varnel"), found.get("Kampung Kelbar")) == ("place", "place"), found


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("Cr Osric Pell served the Varn council since 2012. Cr Pell died on Sunday.", "Osric Pell",
     "person"),
    ("They were kidnapped in Kelda LGA, Ilse Damaro said.", "Kelda LGA", "place"),
    ("Barangays Varnel, Kelbar and Tunor have the most cases, Ilse Damaro said.",
     "Barangays Varnel", "place"),
])
def test_a_councillor_a_local_government_area_and_a_barangay(
        text: str, name: str, kind: str) -> None:
    """"Cr X" is a councillor (Australia's "Cr"), "X LGA" a local government area and
    "Barangay X" a Philippine village."""
    found = _types(text)
    assert found.get(name) == kind, found
    assert not any(n.startswith(("Cr ", "Newly")) for n in found), found


@pytest.mark.parametrize(("text", "name"), [
    ("Residents of the former Varnel, Kelbar, Tunor and Dorran shires will vote on Saturday.",
     "Kelbar"),
    ("Signals were raised over Varnia Norte and Kelbaria Sur, Osric Pell said.", "Varnia Norte"),
    ("Signals were raised over Varnia Norte and Kelbaria Sur, Osric Pell said.", "Kelbaria Sur"),
    ("Signals were raised over Nueva Varnia, Osric Pell said.", "Nueva Varnia"),
])
def test_shires_a_province_s_compass_and_a_new_town_are_places(text: str, name: str) -> None:
    """"X, Y and Z shires", "Ilocos Norte", "Nueva Ecija": places (people, organizations)."""
    found = _types(text)
    assert found.get(name) == "place", found


def test_a_member_s_seat_and_title_after_her_name_are_no_one() -> None:
    """"X, Varnel Gwent MP, said C": X says C; "Varnel Gwent" is her seat, a place, and "MP"
    her title (the three were a person who said C)."""
    text = "Osric Pell, Varnel Gwent MP, said a decision to shut the factory should be stopped."
    found = _types(text)
    assert found.get("Varnel Gwent") == "place" and "Varnel Gwent MP" not in found, found
    ann = _with([("pell", "Osric Pell", "person"), ("gwent", "Varnel Gwent", "place")], text)
    assert [c.claimant for c in suggest.claims(art(text), ann, recommenders=["built-in"])] == \
        ["pell"]


def test_a_town_s_team_is_no_person() -> None:
    """"the Melbourne Storm": a town's name, then a singular word, with "the" before it, is
    a team, though "Storm" alone before a player's position reads like a surname."""
    found = _types("The Varn Broncos took advantage of injuries to the Melbourne Storm's "
                   "wingers to win 34-26. A try kept Varn within reach of the Melbourne Storm. "
                   "Osric Pell scored two tries as did Storm centre-turned winger Ilse Damaro "
                   "while the Storm's replacement winger Kel Arno scored one. That came after "
                   "the Storm had lost two players to injury, as Paris Hilton watched.")
    assert (found.get("Melbourne Storm"), found.get("Paris Hilton")) == \
        ("organization", "person"), found


def test_a_man_named_like_a_town_speaks_and_has_his_own() -> None:
    """"Santos had not expressed his support … Santos said": a town's name that says things
    and has "his" is a man's; "Moscow said its forces" stays a town."""
    found = _types("Santos had not expressed his support for either candidate in Varn. "
                   "“It was a momentous election,” Santos said. Moscow said its forces had "
                   "left Varn.")
    assert (found.get("Santos"), found.get("Moscow")) == ("person", "place"), found


@pytest.mark.parametrize("when", ["last month", "this week", "earlier this year",
                                  "late on Friday"])
def test_when_it_was_said_between_the_speaker_and_the_verb(when: str) -> None:
    """"Varnco last month said its profit fell": Varnco said it, a firm named once, by the
    verb past the time it was said."""
    text = f"Varnco {when} said its net profit fell 20 percent to $4 billion."
    assert _types(text).get("Varnco") == "organization", _types(text)
    ann = _with([("varnco", "Varnco", "organization")], text)
    found = [c.claimant for c in suggest.claims(art(text), ann, recommenders=["built-in"])]
    assert found == ["varnco"], found


@pytest.mark.parametrize("quoted", ["“a brilliant operation,”", "\"a brilliant operation,\"",
                                    "“a brilliant operation”,"])
def test_saying_after_a_short_quotation_is_the_subject_s(quoted: str) -> None:
    """"X praised it as a “brilliant operation,” saying C": X says C, the comma inside the
    quotation or after it."""
    text = f"Minister Ilse Damaro praised the raid as {quoted} saying the campaign was working."
    ann = _with([("damaro", "Ilse Damaro", "person")], text)
    found = [(text[c.span[0]:c.span[1]], c.claimant)
             for c in suggest.claims(art(text), ann, recommenders=["built-in"])]
    assert found == [("the campaign was working", "damaro")], found


def test_a_title_after_said_that_is_the_claim_s_not_its_speaker() -> None:
    """"sources said that Major X was responsible": X is what was said."""
    text = "Several military sources said that Major Ilse Damaro of the Varn Army was responsible."
    ann = _with([("damaro", "Ilse Damaro", "person")], text)
    found = [c.claimant for c in suggest.claims(art(text), ann, recommenders=["built-in"])]
    assert found == [None], found


def test_a_name_and_its_apposition_after_said_that_is_what_was_said() -> None:
    """"The paper said X, a correspondent in Varn, was leaving": X is what was said of, the
    paper says it; "said Y, a spokeswoman for the paper." is Y speaking."""
    text = ("The paper said Ilse Damaro, a general news correspondent in the town of Varn, was "
            "leaving for work when two men arrived. “We will go on,” said Osric Pell, a "
            "spokeswoman for the paper.")
    ann = _with([("damaro", "Ilse Damaro", "person"), ("pell", "Osric Pell", "person")], text)
    found = [c.claimant for c in suggest.claims(art(text), ann, recommenders=["built-in"])]
    assert sorted(found, key=str) == [None, "pell"], found


def test_an_adverb_between_the_auxiliary_and_the_speech_verb() -> None:
    """"X has always insisted C": X's."""
    text = "Osric Pell has always insisted Ilse Damaro has full immunity as head of state."
    ann = _with([("pell", "Osric Pell", "person"), ("damaro", "Ilse Damaro", "person")], text)
    found = [(text[c.span[0]:c.span[1]], c.claimant)
             for c in suggest.claims(art(text), ann, recommenders=["built-in"])]
    assert found == [("Ilse Damaro has full immunity as head of state", "pell")], found


def test_a_maker_s_models_and_a_post_with_its_force_alone() -> None:
    """"Kestrel Varnmodel SUVs" keeps the maker apart; "the Varn Inspector General of
    Police" names the place it serves, no one; "N1" may be a channel."""
    found = _types("Norland automakers Kestrel and Dranmore are recalling 485,000 cars.\n\nThe "
                   "list:\n\n"
                   "- Dranmore Sportage SUVs from 2014\n- Kestrel Tucson SUVs from 2015\n")
    assert found.get("Kestrel") == "organization" and "person" not in found.values(), found
    found = _types("He directed the Varnholt Inspector General of Police to act. Varnholt police "
                   "said N1 reported it.")
    assert found.get("Varnholt") == "place" and not any("General" in n for n in found), found
    assert "N1" in found, found


def test_according_to_him_and_disclosed_that_name_the_claimant() -> None:
    """"According to him, C" is said by whom "he" means; "X disclosed that C" is X's; "X
    disclosed this to reporters" is no claim (only that something was said)."""
    text = ("Mr Osric Pell disclosed this to reporters on Thursday at the headquarters in "
            "Varn. He disclosed that operations by the unit led to the arrest of two suspects. "
            "According to him, the young men were arrested on Wednesday at Kelda.")
    found = _claimed([("pell", "Osric Pell", "person")], text)
    assert found == [
        ("operations by the unit led to the arrest of two suspects", "pell"),
        ("the young men were arrested on Wednesday at Kelda", "pell")], found


def test_a_confraternity_and_a_street_before_its_town() -> None:
    """"Varn Confraternity" is a body (it was a person); "No 9 Kelda Street Ojo" is a street,
    then its town (it was a person); "Kelda Street Upper" and "Varn Road Clinic" stay whole."""
    found = _types("Osric Pell confessed to being a member of Varn Confraternity, police "
                   "said. Tavish Orm of No 9 Kelda Street Ojo was also arrested. He lives on "
                   "Norland Street Upper. The Varn Road Clinic said he was well.")
    assert found == {"Osric Pell": "person", "Varn Confraternity": "organization",
                     "Tavish Orm": "person", "Kelda Street": "place", "Ojo": "place",
                     "Norland Street Upper": "place", "Varn Road Clinic": "organization"}, found


def test_an_area_s_word_alone_names_no_actor() -> None:
    """"474 in the Region or State Parliament", "The Province said": no one's name (both
    were places); "Varn County" still is one."""
    found = _types("Osric Pell won 474 seats in the Region or State Parliament. The Province "
                   "said it was happy, and officials in Varn County agreed.")
    assert found == {"Osric Pell": "person", "State Parliament": "organization",
                     "Varn County": "place"}, found


def test_a_state_s_abbreviation_before_based_and_the_family_name_he() -> None:
    """"Cupertino, Calif.-based Varnex": the state's abbreviation names no firm; "quoted He
    Biao, director": the family name He is part of the name (it was "Biao")."""
    found = _types("In Kelda, Calif.-based Varnex said on Monday it earned $1 billion. State "
                   "television quoted He Biao, director of the office, as saying 40 died.")
    assert found == {"Varnex": "organization", "Kelda": "place", "He Biao": "person"}, found


def test_sport_and_court_names_all_the_counsel_for_a_firm_and_a_pool() -> None:
    """"the All Progressives Congress" keeps "All" (it was "Progressives Congress");
    "Solicitors for Kelda Corp applied" is the firm; "Varn Wallabies prop X" is a team's
    player; "Pool C" names no one; "Skipper" is no misspelling of "Slipper"."""
    found = _actors("The All Progressives Congress won the seat. Solicitors for Kelda Corp "
                    "applied to the court. Skipper Osric Pell was named to start. Varn "
                    "Wallabies prop Tavish Slipper will play in Sunday’s Pool C match. Osric "
                    "Pell said Slipper was fit.")
    assert {n: (a.type, a.aliases) for n, a in found.items()} == {
        "All Progressives Congress": ("organization", []),
        "Kelda Corp": ("organization", []), "Osric Pell": ("person", []),
        "Varn Wallabies": ("organization", []),
        "Tavish Slipper": ("person", ["Slipper"])}, found


def test_two_firms_joined_by_and_and_a_club_after_a_win_over() -> None:
    """"Varn Setal and Kelda Heavy Industries were not available", both named alone
    elsewhere, are two (they were one); "a 1-0 win at Varnholt City" is a club (a place)."""
    found = _actors("Kelda Heavy Industries paid bribes to Julio Camargo of Varn Setal. Varn "
                    "Setal and Kelda Heavy Industries were not available for comment.")
    assert "Kelda Heavy Industries" in found and not any(" and " in n for n in found), found
    found = _actors("Tavish Orm scored to secure a 1-0 win at Varnholt City in his debut derby.")
    assert found["Varnholt City"].type == "organization", found


def test_said_a_title_and_a_name_after_an_aside_naming_another() -> None:
    """"…, where he and others, including Kelda, had campaigned, said Capt. X, a spokesman":
    X says all of it (the claim was "Capt. X, a spokesman…", Kelda's)."""
    text = ("Osric Pell was held overnight in Varn, where he and other politicians, including "
            "Ilse Damaro, had been campaigning, said Capt. Tavish Orm, a spokesman for the army.")
    found = [(words[:30], who) for words, who in _claimed(
        [("pell", "Osric Pell", "person"), ("damaro", "Ilse Damaro", "person"),
         ("orm", "Tavish Orm", "person")], text)]
    assert found == [("Osric Pell was held overnight ", "orm")], found


def test_an_acronym_written_as_a_word_is_the_body_s() -> None:
    """"the Varn Policing Oversight Authority (Vpoa) … Vpoa said": one body (two)."""
    found = _actors("In its report, the Varn Policing Oversight Authority (Vpoa) said it "
                    "received 1,777 complaints. Vpoa said more would come.")
    assert {n: a.aliases for n, a in found.items()} == {
        "Varn Policing Oversight Authority": ["Vpoa"]}, found


def test_the_state_in_court_plural_jobs_outlets_squares_and_common_acronyms() -> None:
    """In a court story "the State" prosecutes (a body, it was a place); "Businessmen X
    and Y" names two people (one was "Businessmen X"); "told Al Jazeera" is an outlet (a
    person); "Varn's Kelda square" is a place (a person); "SIM cards" names no one."""
    found = _types("Businessmen Osric Pell and Tavish Orm were remanded by the court. The "
                   "State led by Ilse Damaro applied for more time. Pell told Al Jazeera it "
                   "was unfair. Protesters in Norland’s Vesmark square celebrated. He bought "
                   "SIM cards.")
    assert found == {"Osric Pell": "person", "Tavish Orm": "person", "State": "organization",
                     "Ilse Damaro": "person", "Al Jazeera": "organization",
                     "Norland": found.get("Norland"), "Vesmark": "place"}, found


def test_a_place_before_its_leader_malay_titles_and_a_capital_dateline() -> None:
    """"the regional leader of Kelda Osric Vane Pell": Kelda, then Pell (one name);
    "Varn Menteri Besar Datuk Seri Tavish Orm Md Noor": the person (no one was found);
    "TOWNSVILLE, NORLAND Thousands of people" opens with a dateline (an organisation)."""
    found = _types("Floods hit\n\nKELDATOWN, NORLAND Thousands of people fled, the regional "
                   "leader of Lisbon Osric Vane Pell said. The case of Varn Menteri Besar "
                   "Datuk Seri Tavish Orm Md Noor was heard. Orm denied it.")
    assert found == {"Lisbon": "place", "Osric Vane Pell": "person",
                     "Tavish Orm Md Noor": "person"}, found


def test_hashtags_news_sites_trenches_and_a_voice() -> None:
    """"#VarnLivesMatter" is a slogan (it was an organisation); "the Kel Balad news
    website" an outlet (a person); "the Kelda Trench" a place; "the Norland Voice" an
    outlet (a place)."""
    found = _types("Activists used the hashtag #VarnLivesMatter to criticise it. The court "
                   "sentenced the editor of Kel Balad news website. He spoke to the Norland "
                   "Voice. The Kelda Trench moved.")
    assert found == {"Kel Balad": "organization", "Norland Voice": "organization",
                     "Kelda Trench": "place"}, found


def test_short_military_titles_a_union_local_a_district_head_and_rupiah() -> None:
    """"Maj X", "Brig Y": the titles are no part of the names (X was "Maj X", "Brig" a
    person); "Unifor Local" is a union's branch (a person); "Varn District Head X": X;
    "Rp 1 billion": a sum, no organisation."""
    found = _types("The army spokesperson Maj Osric Pell says it. Brig Tavish Orm agreed. "
                   "Employees represented by Kelda Local 2-S went on strike. North Varn "
                   "District Head Ilse Damaro was held. They secured Rp 1 billion.")
    assert found == {"Osric Pell": "person", "Tavish Orm": "person",
                     "Kelda Local": "organization", "Ilse Damaro": "person",
                     "North Varn": "place"}, found


def test_a_figure_someone_else_disputed_is_still_the_first_speaker_s() -> None:
    """"X said that C, a figure the operator, Y, disputed.": X's C (it was Y's, the whole
    sentence before "a figure")."""
    text = ("The Varn Dockers Union said that 4,200 workers had walked out, a figure the "
            "operator, Kelda Ports, disputed.")
    found = _claimed([("union", "Varn Dockers Union", "organization"),
                      ("ports", "Kelda Ports", "organization")], text)
    assert found == [("4,200 workers had walked out", "union")], found


def test_an_acronym_before_an_officer_s_name_and_a_name_made_of_an_acronym() -> None:
    """"VNSS Osric Vane Pell was held", VNSS named alone elsewhere: the body, then the
    person (one organisation); "IMF-induced reforms": the IMF (it was "IMF-induced");
    "the Kelda Industrial Area": a place."""
    found = _types("The Varn National Security Service (VNSS) said so. Its deputy head, VNSS "
                   "Osric Vane Pell, was held. Protests against IMF-induced reforms went on in "
                   "the Kelda Industrial Area.")
    assert found == {"Varn National Security Service": "organization",
                     "Osric Vane Pell": "person", "IMF": "organization",
                     "Kelda Industrial Area": "place"}, found


def test_plural_titles_exercises_cj_terrorists_and_for_mr() -> None:
    """"Councillors" alone names no one (an organisation); "Exercise Kelda" is an
    exercise (a person); "CJ Menon": CJ is a title; "Varn terrorists": an armed group (a
    person); "from Dublin for Mr X" is two names (one place)."""
    found = _types("Councillors Ana Lee and Tavish Orm objected; Councillors said so. Exercise "
                   "Kelda will be annual, Chief Justice Sundar Menon said, and CJ Menon added "
                   "more. Varn terrorists attempted to storm the town. A solicitor from Dublin "
                   "for Mr Osric Pell spoke.")
    assert found == {"Ana Lee": "person", "Tavish Orm": "person", "Sundar Menon": "person",
                     "Varn": "group", "Dublin": "place", "Osric Pell": "person"}, found


def test_post_nominals_sums_with_a_letter_and_a_state_s_people() -> None:
    """"Paul Holdenson QC said": the barrister (QC was an organisation); "a Sh400M case",
    "demanded R20": sums (organisations); "a senior Victorian policeman": a state's
    people, no actor; "Deputy Public Prosecutor X": a title ("Public" was a person)."""
    found = _types("The hearing of a Sh400M case against Osric Pell will take 14 days. They "
                   "demanded R20 from him. A senior Victorian policeman pleaded guilty, Paul "
                   "Holdenson QC said. Deputy Public Prosecutor Quek Jing Feng told the court.")
    assert found == {"Osric Pell": "person", "Paul Holdenson": "person",
                     "Quek Jing Feng": "person"}, found


def test_schemes_complexes_malay_estates_and_nordic_papers() -> None:
    """"the Varn Goat Pass-on Scheme" is a scheme, "the Osric Pell Court Complex" a place,
    "Taman Kelda" an estate, "Varnin Sanomat" a paper (all four were people)."""
    found = _types("Ilse Damaro was charged over the $88 million Varn Goat Pass-on Scheme at "
                   "the Osric Pell Court Complex in Taman Kelda Mutiara, Varnin Sanomat reported.")
    assert found == {"Ilse Damaro": "person", "Osric Pell Court Complex": "place",
                     "Taman Kelda Mutiara": "place", "Varnin Sanomat": "organization"}, found


def test_people_of_a_country_speak_not_the_country() -> None:
    """"Union leaders of Peru announced that C": unnamed leaders (it was Peru's claim)."""
    text = ("Freight, bus and taxi union leaders of Peru announced Friday that they were "
            "ending their part in a two-day national strike.")
    found = [who for _, who in _claimed([("peru", "Peru", "country")], text)]
    assert found == [None], found


def test_a_given_name_for_a_person_named_with_and_without_a_nickname() -> None:
    """"Tavish Orm … Tavish “Bright” Orm … Tavish said": one person (Tavish was another)."""
    found = _actors("Former protest leader Tavish Orm was sentenced. The case of activist "
                    "Tavish “Bright” Orm was heard. The allegation stemmed from Tavish's "
                    "speech. Tavish said he would appeal.")
    assert len(found) == 1 and "Tavish" in next(iter(found.values())).aliases, found


def test_surnamed_people_bodies_on_a_remit_and_a_banks_head() -> None:
    """"a villager surnamed Tavish" is a person (it was a firm), "the chair of the Central
    Bank Osric Pell" a person (the bank's word made him a firm), "the Intergovernmental
    Authority on Kelda" one body (it was a body and "on Kelda", a person), "the Varn Leader"
    names the party and no one, "Extra-Ordinary Session" no one."""
    found = _types("Executive Secretary of the Intergovernmental Authority on Kelda (IAK) Dr. "
                   "Ilse Damaro affirmed it. The 41st Extra-Ordinary Session of the IAK "
                   "Assembly, held by Norland on Saturday, saw deliberations. In his address, "
                   "VPF Leader and Chairman of the Council Tavish Orm spoke. A villager "
                   "surnamed Liu told reporters. \"They took 15 villagers away,\" Liu said. "
                   "This was stated on July 21 by the chair of the Central Bank Osric Pell.")
    assert found["Intergovernmental Authority on Kelda"] == "organization", found
    assert found["Liu"] == "person" and found["Osric Pell"] == "person", found
    assert not {"on Kelda", "Extra-Ordinary Session", "VPF Leader"} & set(found), found


def test_spanish_party_names_banks_rulers_frameworks_and_currency_signs() -> None:
    """"Juntos por el Cambio" and "Unión por la Patria" are one name each (they were four),
    "Banco de Kelda" a bank (a person), "the Ruler of Varn" a post (a firm), "the
    Medium-Term Expenditure Framework" and "his Budget Vote" things (people), "AR$350" a sum
    (AR was a firm, US in "US$2 billion" the United States)."""
    found = _types("The opposition Juntos por el Cambio and Unión por la Patria objected, "
                   "Osric Pell said. Banco de Kelda (BDK) lost AR$350 and US$2 billion, said "
                   "Sheikh Tavish Orm, Vice President and Ruler of Varn. Minister Ilse "
                   "Damaro presented his Budget Vote speech over the Medium-Term Expenditure "
                   "Framework (MTEF).")
    assert {"Juntos por el Cambio", "Unión por la Patria"} <= set(found), found
    assert found["Banco de Kelda"] == "organization", found
    assert not {"Juntos", "Cambio", "AR", "United States", "Ruler of Varn", "Budget Vote",
                "Medium-Term Expenditure Framework", "MTEF"} & set(found), found


def test_a_dateline_with_two_slashes() -> None:
    """"ABU DHABI // The Cabinet approved": a dateline, no organisation in capitals."""
    found = _types("NORTH VARN // The Cabinet on Sunday approved a budget, Osric Pell said.")
    assert found == {"Osric Pell": "person"}, found


def test_websites_posts_speeches_car_models_and_remits_before_a_title() -> None:
    """"Varnews.az quotes" is a website (a place), "the Head of State" a post and "the State
    of the Nation speech" a speech (places), "Ford Kelvar" a car (a person), "Varnese Oil
    Minister X" a post (Varnese Oil was a firm)."""
    found = _types("Osric Pell met Varnese Oil Minister Ilse Damaro on Monday, Varnews.az "
                   "quotes the ministry as saying. The Head of State delivered the State of the "
                   "Nation speech. The recall covers the Ford Kelvar, Tavish Orm said.")
    assert found["Varnews.az"] == "organization", found
    assert not {"Head of State", "State of the Nation", "Ford Kelvar", "Varnese Oil"} & set(
        found), found


@pytest.mark.slow
@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="abAB", min_size=1, max_size=4), min_size=1, max_size=6),
       st.text(alphabet="abAB ſ-\n", max_size=40), st.booleans())
def test_a_look_at_first_letters_changes_no_match(words: list[str], text: str,
                                                   blind: bool) -> None:
    from annotate.suggest.text import first_letters

    flags = re.IGNORECASE if blind else 0
    alternatives = "|".join(words)
    plain = re.compile(rf"\b(?:{alternatives})\b", flags)
    looked = re.compile(rf"\b{first_letters(alternatives)}\b", flags)
    assert [m.span() for m in looked.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_first_letters_refuses_an_alternative_opening_with_no_letter() -> None:
    from annotate.suggest.text import first_letters

    for alternatives in (r"more|\d+", "more|s?ome", "more|(?:less)", "more|"):
        with pytest.raises(ValueError):
            first_letters(alternatives)


@pytest.mark.slow
@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["the", "The", "in", "war-torn", "neighbouring", "U.S.", "x",
                                 "(in", "_", "1", "north-east", "A-B", "a-", ",", "é"]),
                max_size=7),
       st.lists(st.sampled_from([" ", "  ", "\n", "\t", "", "\u00a0", ",", " \n"]),
                min_size=7, max_size=7))
def test_the_word_before_a_name_is_found_as_by_a_search_from_every_character(
        words: list[str], gaps: list[str]) -> None:
    from annotate.suggest.names.context import _previous

    before = "".join(w + g for w, g in zip(words, gaps, strict=False))
    everywhere = re.search(r"(\w+)\s+(?:[Tt]he\s+)?(?:(?:neighbou?ring|nearby|central|"
                           r"northern|southern|eastern|western|rural|downtown|\w+-[a-z]+)\s+)?$",
                           before)
    found = _previous(before)
    assert (found and (found.span(), found.group(1))) == \
        (everywhere and (everywhere.span(), everywhere.group(1)))


def test_listed_ministers_remits_town_shapes_and_codes() -> None:
    """"former defense ministers Li Varn and X" are people (Li Varn was a firm), "Environment
    and Urbanization Minister X" a post (Urbanization a firm), "Nova Kelda" and "Kestropolis"
    places (a person, a firm), "Rs.50 lakh" a sum and "CR/708/25" a charge's number (firms)."""
    found = _types("The court imposed a fine of Rs.50 lakh on Osric Pell in the charge marked "
                   "CR/708/25. Nova Kelda officials said 308 died in Kestropolis. Inquiries "
                   "followed against former defense ministers Li Varn and Tavish Orm. Li was "
                   "removed. Environment and Urbanization Minister Ilse Damaro said.")
    assert found == {"Osric Pell": "person", "Nova Kelda": "place", "Kestropolis": "place",
                     "Li Varn": "person", "Tavish Orm": "person",
                     "Ilse Damaro": "person"}, found


def test_datelines_under_a_headline_and_without_a_dash() -> None:
    """A headline with no full stop runs on into "NORTH VARN, Norland - Three…" (the
    dateline was a person); "NORTH VARN, March 16 Norland's union" has no agency nor dash
    (an organisation)."""
    assert _types("Explosives attack kills three police officers in Kelda: governor\n"
                  "NORTH VARN, Norland - Three police officers were killed on Tuesday, Osric "
                  "Pell said.") == {"Osric Pell": "person", "Kelda": "place"}
    assert _types("SOUTH VARN, March 16 Norland's largest union announced a strike, Osric Pell "
                  "said.") == {"Osric Pell": "person"}


def test_hong_kong_creditors_of_a_place_votes_and_an_old_ap_dateline() -> None:
    """"through Hong Kong" is a place (a person); "Creditors of Kelda company X" are no body
    (an organisation, "Creditors of Kelda"); "a Vote of No Confidence (VoNC)" is a vote, its
    acronym too (an organisation); "VARNTOWN, Norland (AP) _ Former…" opens with a dateline."""
    found = _types("VARNTOWN, Norland (AP) _ Former minister Osric Pell flew in through Hong "
                   "Kong on January 21. Creditors of Kelda company Meridal Shipping called in "
                   "liquidators. A motion for a Vote of No Confidence (VoNC) was filed.")
    assert found == {"Osric Pell": "person", "Hong Kong": "place",
                     "Meridal Shipping": "organization", "Kelda": "organization"}, found


def test_a_commanders_abbreviated_title_and_a_statistics_office() -> None:
    """"Coast Guard Cmdr. X said" is the guard, then X, in one sentence (the full stop ended
    it: "Cmdr" was a person and X's quote had no speaker); "Statistics Norland" is an office
    (a person)."""
    text = ("“The last step requires a great deal of coordination,” said Coast Guard Cmdr. "
            "Tavish Orm. The figures were released by Statistics Norland, Osric Pell said.")
    assert _types(text) == {"Coast Guard": "organization", "Tavish Orm": "person",
                            "Statistics Norland": "organization", "Osric Pell": "person"}
    assert ("The last step requires a great deal of coordination", "tavish-orm") in _claimed(
        [("tavish-orm", "Tavish Orm", "person")], text)


def test_a_bureau_named_for_its_remits_joined_by_and() -> None:
    """"the Kelda National Drugs and Organised Crime Bureau" is one body (it was two); "Varn
    Shipping and Kelda Bureau" stay two."""
    found = _types("The Kelda National Drugs and Organised Crime Bureau carried out the raid. "
                   "Varn Shipping and Kelda Bureau met on Monday, Osric Pell said.")
    assert "Kelda National Drugs and Organised Crime Bureau" in found, found
    assert {"Varn Shipping", "Kelda Bureau"} <= set(found), found


def test_two_honorifics_and_a_remit_in_brackets() -> None:
    """"Datuk Seri X" is X (it was "Seri X"); "(Economy)" after a department is its remit (an
    organisation)."""
    found = _types("The rate will be stable, said Minister in the Prime Minister’s Department "
                   "(Economy) Datuk Seri Osric Pell. Datuk Seri Ilse Damaro agreed.")
    assert "Osric Pell" in found and "Ilse Damaro" in found, found
    assert not {"Economy", "Seri Osric Pell", "Seri Ilse Damaro"} & set(found), found


def test_an_apposition_whose_closing_comma_was_left_out() -> None:
    """"“C,” X, a former Varnmark commander said": X's C (it was no one's, with the
    attribution in it)."""
    found = _claimed([("osric-pell", "Osric Pell", "person"), ("varnmark", "Varnmark",
                                                              "organization")],
                     "“They have not yet finalized their decision,” Osric Pell, a former "
                     "Varnmark commander said.")
    assert found == [("They have not yet finalized their decision", "osric-pell")], found


def test_a_weekday_with_no_on_a_named_radio_and_a_countrys_television() -> None:
    """"The Varn Teachers Union Sunday said C" and "Manila's DZVR radio said C" are theirs
    (no one's); "Norland television said C" is an unnamed outlet's, not the country's."""
    text = ("The Varn Teachers Union Sunday said it would strike in January. Kelda's DZVR "
            "radio said the survivors drifted at sea for 24 hours. Norland television said "
            "about 120 people had been moved to shelters.")
    found = _claimed([("union", "Varn Teachers Union", "organization"),
                      ("dzvr", "DZVR", "organization"), ("norland", "Norland", "country")], text)
    assert ("it would strike in January", "union") in found, found
    assert ("the survivors drifted at sea for 24 hours", "dzvr") in found, found
    assert ("about 120 people had been moved to shelters", None) in found, found


def test_said_then_a_job_then_the_titled_name() -> None:
    """"C, said the coast guard chief, Vice Adm. X": X's C (it was no one's, the attribution
    in it)."""
    found = _claimed([("osric-pell", "Osric Pell", "person")],
                     "Rescuers may have to bore a hole in the hull, said the coast guard chief, "
                     "Vice Adm. Osric Pell.")
    assert found == [("Rescuers may have to bore a hole in the hull", "osric-pell")], found
    # ... and with no "the", a place after the job: "says police chief in the X district, Y"
    found = _claimed([("ilse-damaro", "Ilse Damaro", "person")],
                     "The case is now being investigated as a murder, says police chief in the "
                     "Kelda police district, Ilse Damaro.")
    assert found == [("The case is now being investigated as a murder", "ilse-damaro")], found


def test_a_name_in_apposition_with_its_acronym_and_a_but_said() -> None:
    """"The main rebel group, the Varn Liberation Army (VLA), said C": the army's C (no
    one's); "X could not say whether Y, but said C": X's (no one's)."""
    text = ("The country's principal rebel group, the Varn Liberation Army (VLA), said its "
            "forces had taken the town. Osric Pell could not say whether any troops were at "
            "the base, but said there were no casualties.")
    found = _claimed([("vla", "Varn Liberation Army", "organization"),
                      ("osric-pell", "Osric Pell", "person")], text)
    assert found == [("its forces had taken the town", "vla"),
                     ("there were no casualties", "osric-pell")], found


def test_an_attribution_inside_the_sentence_it_attributes() -> None:
    """"The main worry, X said, is the cost of repairs": the whole sentence is X's (it was
    "The main worry"); "C, X said, and D" still ends C at the attribution."""
    found = _claimed([("ilse-damaro", "Ilse Damaro", "person"), ("tavish-orm", "Tavish Orm",
                                                                 "person")],
                     "The main worry, Ilse Damaro said, is the cost of repairs. The plan is "
                     "fine, Tavish Orm said, and it will go ahead.")
    assert found[0] == ("The main worry, Ilse Damaro said, is the cost of repairs",
                        "ilse-damaro"), found
    assert ("The plan is fine", "tavish-orm") in found, found
    found = _claimed([("osric-pell", "Osric Pell", "person")],
                     "The only problem, said Chief Osric Pell, is that the building is vacant.")
    assert found == [("The only problem, said Chief Osric Pell, is that the building is vacant",
                      "osric-pell")], found
