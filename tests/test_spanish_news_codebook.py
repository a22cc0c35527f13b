"""The shipped Spanish codebook beyond fight news (issue 15): diplomacy, aid, appeals, threats
and sanctions coded from hand-built UD v2 parses (AnCora-style lemmas and features, written in
the notation of tests/spanish_news_probe.py), with negation, modality and the future, dropped
subjects and object clitics. Countries are made up (Gondor GON, Arnor ARN, Rohan ROH)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from coder.codebook import load_codebook
from spanish_news_probe import ACTORS, CHECK, CHECK2, CHECK3, CHECK4, CHECK5, CHECK6, CHECK7, PROBES, code_probe, probe_codebook, verdict

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def core(tmp_path_factory):
    """The shipped curated Spanish files alone (fast: without the imported dictionaries)."""
    folder = tmp_path_factory.mktemp("es-news-core")
    for kind in ("verbs", "agents", "actors"):
        (folder / kind).mkdir()
        shutil.copy(ROOT / "codebooks" / "es" / kind / "core.yaml", folder / kind / "core.yaml")
    (folder / "actors" / "probe.yaml").write_text(ACTORS, encoding="utf-8")
    (folder / "codebook.yaml").write_text(
        "name: es-news-test\nlanguage: es\ncameo: shipped:cameo.yaml\n"
        "actors: [actors/probe.yaml, actors/core.yaml]\nagents: [agents/core.yaml]\nverbs: [verbs/core.yaml]\n"
        "countries: false\n", encoding="utf-8")
    return load_codebook(folder, use_cache=False)


G = "Gondor/=/PROPN/2/nsubj"  # the subject of a two-word clause head at token 2
STOP = "././PUNCT/2/punct"
A_ARNOR = "a/=/ADP/{n}/case Arnor/=/PROPN/2/{rel}"


def clause(verb: str, lemma: str, *rest: str, feats: str = "PS3") -> str:
    """"Gondor <verb> <rest> ." with Gondor the subject of the verb at token 2."""
    return " ".join([G, f"{verb}/{lemma}/VERB/0/root/{feats}", *rest, STOP])


CASES = [
    # appeals for aid (023, humanitarian 0233) and apologies (055)
    ("solicitó ayuda a Arnor", clause("solicitó", "solicitar", "ayuda/ayuda/NOUN/2/obj/FS", "a/=/ADP/5/case", "Arnor/=/PROPN/2/obl"),
     [("023", "GON", "ARN")]),
    ("pidió ayuda humanitaria a Arnor", clause("pidió", "pedir", "ayuda/ayuda/NOUN/2/obj/FS", "humanitaria/humanitario/ADJ/3/amod/FS",
                                              "a/=/ADP/6/case", "Arnor/=/PROPN/2/obl"), [("0233", "GON", "ARN")]),
    ("pidió disculpas a Arnor", clause("pidió", "pedir", "disculpas/disculpa/NOUN/2/obj/FP", "a/=/ADP/5/case", "Arnor/=/PROPN/2/obl"),
     [("055", "GON", "ARN")]),
    ("se disculpó con Arnor", "Gondor/=/PROPN/3/nsubj se/él/PRON/3/iobj/SE disculpó/disculpar/VERB/0/root/PS3 con/con/ADP/5/case "
     "Arnor/=/PROPN/3/obl ././PUNCT/3/punct", [("055", "GON", "ARN")]),
    # consultation (040) and an intent to meet (036)
    ("consultó a Arnor", clause("consultó", "consultar", "a/=/ADP/4/case", "Arnor/=/PROPN/2/obj"), [("040", "GON", "ARN")]),
    ("consultó el informe", clause("consultó", "consultar", "el/el/DET/4/det/DMS", "informe/informe/NOUN/2/obj/MS"), []),
    ("propuso a Arnor un diálogo", clause("propuso", "proponer", "a/=/ADP/4/case", "Arnor/=/PROPN/2/iobj", "un/uno/DET/6/det/IMS",
                                           "diálogo/diálogo/NOUN/2/obj/MS"), [("036", "GON", "ARN")]),
    # restoring relations (050), sharing intelligence (064)
    ("restableció relaciones con Arnor", clause("restableció", "restablecer", "relaciones/relación/NOUN/2/obj/FP", "con/con/ADP/5/case",
                                                 "Arnor/=/PROPN/2/obl"), [("050", "GON", "ARN")]),
    ("compartió información con Arnor", clause("compartió", "compartir", "información/información/NOUN/2/obj/FS", "con/con/ADP/5/case",
                                                "Arnor/=/PROPN/2/obl"), [("064", "GON", "ARN")]),
    # aid by what it is made of: loans 071, arms 072, asylum 075; prisoners handed over 0841
    ("concedió un préstamo a Arnor", clause("concedió", "conceder", "un/uno/DET/4/det/IMS", "préstamo/préstamo/NOUN/2/obj/MS",
                                             "a/=/ADP/6/case", "Arnor/=/PROPN/2/obl"), [("071", "GON", "ARN")]),
    ("entregó armas a Arnor", clause("entregó", "entregar", "armas/arma/NOUN/2/obj/FP", "a/=/ADP/5/case", "Arnor/=/PROPN/2/obl"),
     [("072", "GON", "ARN")]),
    ("otorgó asilo a Arnor", clause("otorgó", "otorgar", "asilo/asilo/NOUN/2/obj/MS", "a/=/ADP/5/case", "Arnor/=/PROPN/2/obl"),
     [("075", "GON", "ARN")]),
    ("entregó un informe", clause("entregó", "entregar", "un/uno/DET/4/det/IMS", "informe/informe/NOUN/2/obj/MS"), []),
    # mediation between two parties: both are targets
    ("medió entre Arnor y Rohan", clause("medió", "mediar", "entre/entre/ADP/4/case", "Arnor/=/PROPN/2/obl", "y/y/CCONJ/6/cc",
                                          "Rohan/=/PROPN/4/conj"), [("045", "GON", "ARN"), ("045", "GON", "ROH")]),
    # the owner of the demands is the target of the concession
    ("aceptó las exigencias de Arnor", clause("aceptó", "aceptar", "las/el/DET/4/det/DFP", "exigencias/exigencia/NOUN/2/obj/FP",
                                               "de/de/ADP/6/case", "Arnor/=/PROPN/4/nmod"), [("080", "GON", "ARN")]),
    # expelled diplomats reduce relations with their country (161)
    ("expulsó al embajador de Arnor", clause("expulsó", "expulsar", "a/=/ADP/5/case", "el/el/DET/5/det/DMS",
                                              "embajador/embajador/NOUN/2/obj/MS", "de/de/ADP/7/case", "Arnor/=/PROPN/5/nmod"),
     [("161", "GON", "ARN")]),
    # threats: the warned is the target; sanctions 1312, military force 138
    ("advirtió a Arnor de consecuencias", clause("advirtió", "advertir", "a/=/ADP/4/case", "Arnor/=/PROPN/2/obj", "de/de/ADP/6/case",
                                                  "consecuencias/consecuencia/NOUN/2/obl/FP"), [("130", "GON", "ARN")]),
    ("amenazó a Arnor con sanciones", clause("amenazó", "amenazar", "a/=/ADP/4/case", "Arnor/=/PROPN/2/obj", "con/con/ADP/6/case",
                                              "sanciones/sanción/NOUN/2/obl/FP"), [("1312", "GON", "ARN")]),
    ("amenazó con una intervención militar", clause("amenazó", "amenazar", "con/con/ADP/5/case", "una/uno/DET/5/det/IFS",
                                                     "intervención/intervención/NOUN/2/obl/FS", "militar/militar/ADJ/5/amod/FS"),
     [("138", "GON", "")]),
    # a threat whose means is an infinitive complement the parser read as an adverbial clause
    # ("con/mark imponer/advcl"): the complement's act names the threat (1312, 1384) and its
    # target; an adverbial "tras"/"al" + infinitive stays adverbial
    ("amenazó con imponer sanciones a Arnor", clause("amenazó", "amenazar", "con/con/ADP/4/mark", "imponer/imponer/VERB/2/advcl/INF",
                                                     "sanciones/sanción/NOUN/4/obj/FP", "a/=/ADP/7/case", "Arnor/=/PROPN/4/obl"),
     [("1312", "GON", "ARN")]),
    ("amenazó con invadir Arnor", clause("amenazó", "amenazar", "con/con/ADP/4/mark", "invadir/invadir/VERB/2/advcl/INF",
                                         "Arnor/=/PROPN/4/obj"), [("1382", "GON", "ARN")]),
    # a subjectless infinitive clause of sequence ("tras", "después/advmod de/mark"; profile
    # sequence_markers, sequence_any_act) tells its act on a named actor beside the main event,
    # with the main clause's subject; a purpose clause ("para") does not
    ("elogió a Arnor tras reunirse con Rohan", clause("elogió", "elogiar", "a/=/ADP/4/case", "Arnor/=/PROPN/2/obj", "tras/tras/ADP/6/mark",
                                                      "reunirse/reunir/VERB/2/advcl/INF", "con/con/ADP/8/case", "Rohan/=/PROPN/6/obl"),
     [("051", "GON", "ARN"), ("040", "GON", "ROH"), ("040", "ROH", "GON")]),
    ("elogió a Arnor después de reunirse con Rohan", clause("elogió", "elogiar", "a/=/ADP/4/case", "Arnor/=/PROPN/2/obj",
                                                            "después/después/ADV/7/advmod", "de/de/ADP/7/mark", "reunirse/reunir/VERB/2/advcl/INF",
                                                            "con/con/ADP/9/case", "Rohan/=/PROPN/7/obl"),
     [("051", "GON", "ARN"), ("040", "GON", "ROH"), ("040", "ROH", "GON")]),
    ("elogió a Arnor para reunirse con Rohan", clause("elogió", "elogiar", "a/=/ADP/4/case", "Arnor/=/PROPN/2/obj", "para/para/ADP/6/mark",
                                                      "reunirse/reunir/VERB/2/advcl/INF", "con/con/ADP/8/case", "Rohan/=/PROPN/6/obl"),
     [("051", "GON", "ARN")]),
    # a withdrawal from a place: the place is the target
    ("retiró sus tropas de Arnor", clause("retiró", "retirar", "sus/su/DET/4/det/POP", "tropas/tropa/NOUN/2/obj/FP", "de/de/ADP/6/case",
                                           "Arnor/=/PROPN/2/obl"), [("0874", "GON", "ARN")]),
    # invasion occupies territory (192); chemical weapons are weapons of mass destruction (204)
    ("invadió Arnor", clause("invadió", "invadir", "Arnor/=/PROPN/2/obj"), [("192", "GON", "ARN")]),
    ("usó armas químicas contra Arnor", clause("usó", "usar", "armas/arma/NOUN/2/obj/FP", "químicas/químico/ADJ/3/amod/FP",
                                                "contra/contra/ADP/6/case", "Arnor/=/PROPN/2/obl"), [("204", "GON", "ARN")]),
    ("usó la fuerza", clause("usó", "usar", "la/el/DET/4/det/DFS", "fuerza/fuerza/NOUN/2/obj/FS"), []),
    # negation: a negated loan is a refusal of economic aid (1221); a negated consultation none
    ("no concedió un préstamo a Arnor", "Gondor/=/PROPN/3/nsubj no/no/ADV/3/advmod/NEG concedió/conceder/VERB/0/root/PS3 "
     "un/uno/DET/5/det/IMS préstamo/préstamo/NOUN/3/obj/MS a/=/ADP/7/case Arnor/=/PROPN/3/obl ././PUNCT/3/punct", [("1221", "GON", "ARN")]),
    ("no consultó a Arnor", "Gondor/=/PROPN/3/nsubj no/no/ADV/3/advmod/NEG consultó/consultar/VERB/0/root/PS3 a/=/ADP/5/case "
     "Arnor/=/PROPN/3/obj ././PUNCT/3/punct", []),
    # modality: "podría"/"puede" (the profile's lemma poder) is no event yet; "pudo" happened
    ("podría invadir Arnor", "Gondor/=/PROPN/3/nsubj podría/poder/AUX/3/aux/CS3 invadir/invadir/VERB/0/root/INF Arnor/=/PROPN/3/obj "
     "././PUNCT/3/punct", []),
    ("puede consultar a Arnor", "Gondor/=/PROPN/3/nsubj puede/poder/AUX/3/aux/RS3 consultar/consultar/VERB/0/root/INF a/=/ADP/5/case "
     "Arnor/=/PROPN/3/obj ././PUNCT/3/punct", []),
    ("pudo consultar a Arnor", "Gondor/=/PROPN/3/nsubj pudo/poder/AUX/3/aux/PS3 consultar/consultar/VERB/0/root/INF a/=/ADP/5/case "
     "Arnor/=/PROPN/3/obj ././PUNCT/3/punct", [("040", "GON", "ARN")]),
    # the future: an intent (a loan 0331, an invasion 1382)
    ("va a conceder un préstamo a Arnor", "Gondor/=/PROPN/4/nsubj va/ir/AUX/4/aux/RS3 a/=/ADP/4/mark conceder/conceder/VERB/0/root/INF "
     "un/uno/DET/6/det/IMS préstamo/préstamo/NOUN/4/obj/MS a/=/ADP/8/case Arnor/=/PROPN/4/obl ././PUNCT/4/punct", [("0331", "GON", "ARN")]),
    ("invadirá Arnor", clause("invadirá", "invadir", "Arnor/=/PROPN/2/obj", feats="FS3"), [("1382", "GON", "ARN")]),
    # a dropped subject: "se reunió" (UDPipe's "se" iobj) is the pronominal verb, no passive
    ("Gondor atacó Rohan. Luego se reunió con Arnor.", "Gondor/=/PROPN/2/nsubj atacó/atacar/VERB/0/root/PS3 Rohan/=/PROPN/2/obj "
     "././PUNCT/2/punct || Luego/luego/ADV/3/advmod se/él/PRON/3/iobj/SE reunió/reunir/VERB/0/root/PS3 con/con/ADP/5/case "
     "Arnor/=/PROPN/3/obl ././PUNCT/3/punct", [("190", "GON", "ROH"), ("040", "GON", "ARN"), ("040", "ARN", "GON")]),
    ("Gondor atacó Rohan. Luego pidió disculpas.", "Gondor/=/PROPN/2/nsubj atacó/atacar/VERB/0/root/PS3 Rohan/=/PROPN/2/obj "
     "././PUNCT/2/punct || Luego/luego/ADV/2/advmod pidió/pedir/VERB/0/root/PS3 disculpas/disculpa/NOUN/2/obj/FP ././PUNCT/2/punct",
     [("190", "GON", "ROH"), ("055", "GON", "")]),
    # the dropped subject stands for the earlier subject's whole phrase, not the name inside
    # it (GONGOV, not GON), and agrees in number with it (the troops, plural, not Gondor)
    ("El presidente de Gondor llegó a Arnor. Luego se reunió con Rohan.", "El/el/DET/2/det/DMS presidente/presidente/NOUN/5/nsubj/MS "
     "de/de/ADP/4/case Gondor/=/PROPN/2/nmod llegó/llegar/VERB/0/root/PS3 a/=/ADP/7/case Arnor/=/PROPN/5/obl ././PUNCT/5/punct || "
     "Luego/luego/ADV/3/advmod se/él/PRON/3/iobj/SE reunió/reunir/VERB/0/root/PS3 con/con/ADP/5/case Rohan/=/PROPN/3/obl "
     "././PUNCT/3/punct", [("042", "GONGOV", "ARN"), ("040", "GONGOV", "ROH"), ("040", "ROH", "GONGOV")]),
    ("Las tropas de Gondor atacaron Rohan. Luego invadieron Arnor.", "Las/el/DET/2/det/DFP tropas/tropa/NOUN/5/nsubj/FP "
     "de/de/ADP/4/case Gondor/=/PROPN/2/nmod atacaron/atacar/VERB/0/root/PP3 Rohan/=/PROPN/5/obj ././PUNCT/5/punct || "
     "Luego/luego/ADV/2/advmod invadieron/invadir/VERB/0/root/PP3 Arnor/=/PROPN/2/obj ././PUNCT/2/punct",
     [("190", "GONMIL", "ROH"), ("192", "GONMIL", "ARN")]),
    # an object clitic received is the earlier actor it stands for (043)
    ("Rohan criticó a Arnor. Gondor lo recibió.", "Rohan/=/PROPN/2/nsubj criticó/criticar/VERB/0/root/PS3 a/=/ADP/4/case "
     "Arnor/=/PROPN/2/obj ././PUNCT/2/punct || Gondor/=/PROPN/3/nsubj lo/él/PRON/3/obj/LO recibió/recibir/VERB/0/root/PS3 "
     "././PUNCT/3/punct", [("111", "ROH", "ARN"), ("043", "GON", "ARN")]),
    # round two: ratifying a treaty (057), hosting a summit (043), rejecting a peace plan (127)
    # or talks (125) of the "de" phrase's owner
    ("ratificó el tratado con Arnor", clause("ratificó", "ratificar", "el/el/DET/4/det/DMS", "tratado/tratado/NOUN/2/obj/MS",
                                             "con/con/ADP/6/case", "Arnor/=/PROPN/2/obl"), [("057", "GON", "ARN")]),
    ("acogió la cumbre", clause("acogió", "acoger", "la/el/DET/4/det/DFS", "cumbre/cumbre/NOUN/2/obj/FS"), [("043", "GON", "")]),
    ("rechazó el plan de paz de Arnor", clause("rechazó", "rechazar", "el/el/DET/4/det/DMS", "plan/plan/NOUN/2/obj/MS", "de/de/ADP/6/case",
                                               "paz/paz/NOUN/4/nmod/FS", "de/de/ADP/8/case", "Arnor/=/PROPN/4/nmod"),
     [("127", "GON", "ARN")]),
    ("rechazó el diálogo", clause("rechazó", "rechazar", "el/el/DET/4/det/DMS", "diálogo/diálogo/NOUN/2/obj/MS"), [("125", "GON", "")]),
    # actors: a country's authorities and armed forces are its government and military (the
    # imported files made them business and Colombia's army); "comercial" is no business agent
    ("las autoridades de Arnor detuvieron a Rohan", "Las/el/DET/2/det/DFP autoridades/autoridad/NOUN/5/nsubj/FP de/de/ADP/4/case "
     "Arnor/=/PROPN/2/nmod detuvieron/detener/VERB/0/root/PP3 a/=/ADP/7/case Rohan/=/PROPN/5/obj ././PUNCT/5/punct",
     [("173", "ARNGOV", "ROH")]),
    ("las fuerzas armadas de Arnor atacaron Rohan", "Las/el/DET/2/det/DFP fuerzas/fuerza/NOUN/6/nsubj/FP armadas/armado/ADJ/2/amod/FP "
     "de/de/ADP/5/case Arnor/=/PROPN/2/nmod atacaron/atacar/VERB/0/root/PP3 Rohan/=/PROPN/6/obj ././PUNCT/6/punct",
     [("190", "ARNMIL", "ROH")]),
    # round three: codes the English core has: vetoes (129), demobilising (0873), cut aid
    # (1621), broken-off talks (164), expelled monitors (1662), peacekeepers deployed (074),
    # lifted restrictions (081), defied agreements (128), resignations (0831), pardons (0841),
    # joint manoeuvres (062), strikes called (143), laws passed (no event)
    ("vetó la resolución de Arnor", clause("vetó", "vetar", "la/el/DET/4/det/DFS", "resolución/resolución/NOUN/2/obj/FS",
                                           "de/de/ADP/6/case", "Arnor/=/PROPN/4/nmod"), [("129", "GON", "ARN")]),
    ("los rebeldes de Arnor se desmovilizaron", "Los/el/DET/2/det/DMP rebeldes/rebelde/NOUN/6/nsubj/MP de/de/ADP/4/case "
     "Arnor/=/PROPN/2/nmod se/él/PRON/6/iobj/SE desmovilizaron/desmovilizar/VERB/0/root/PP3 ././PUNCT/6/punct", [("0873", "ARNREB", "")]),
    ("congeló la ayuda económica", clause("congeló", "congelar", "la/el/DET/4/det/DFS", "ayuda/ayuda/NOUN/2/obj/FS",
                                          "económica/económico/ADJ/4/amod/FS"), [("1621", "GON", "")]),
    ("suspendió el diálogo con Arnor", clause("suspendió", "suspender", "el/el/DET/4/det/DMS", "diálogo/diálogo/NOUN/2/obj/MS",
                                              "con/con/ADP/6/case", "Arnor/=/PROPN/4/nmod"), [("164", "GON", "ARN")]),
    ("expulsó a los observadores de Arnor", clause("expulsó", "expulsar", "a/=/ADP/5/case", "los/el/DET/5/det/DMP",
                                                   "observadores/observador/NOUN/2/obj/MP", "de/de/ADP/7/case", "Arnor/=/PROPN/5/nmod"),
     [("1662", "GON", "ARN")]),
    ("desplegó cascos azules en Arnor", clause("desplegó", "desplegar", "cascos/casco/NOUN/2/obj/MP", "azules/azul/ADJ/3/amod/MP",
                                               "en/en/ADP/6/case", "Arnor/=/PROPN/2/obl"), [("074", "GON", "ARN")]),
    ("levantó la prohibición", clause("levantó", "levantar", "la/el/DET/4/det/DFS", "prohibición/prohibición/NOUN/2/obj/FS"),
     [("081", "GON", "")]),
    ("violó el acuerdo con Arnor", clause("violó", "violar", "el/el/DET/4/det/DMS", "acuerdo/acuerdo/NOUN/2/obj/MS", "con/con/ADP/6/case",
                                          "Arnor/=/PROPN/2/obl"), [("128", "GON", "ARN")]),
    ("el ministro de Arnor dimitió", "El/el/DET/2/det/DMS ministro/ministro/NOUN/5/nsubj/MS de/de/ADP/4/case Arnor/=/PROPN/2/nmod "
     "dimitió/dimitir/VERB/0/root/PS3 ././PUNCT/5/punct", [("0831", "ARNGOV", "")]),
    ("renunció a su cargo", clause("renunció", "renunciar", "a/=/ADP/5/case", "su/su/DET/5/det/POS", "cargo/cargo/NOUN/2/obl/MS"),
     [("0831", "GON", "")]),
    ("indultó a Rohan", clause("indultó", "indultar", "a/=/ADP/4/case", "Rohan/=/PROPN/2/obj"), [("0841", "GON", "ROH")]),
    ("Gondor y Arnor realizaron maniobras conjuntas", "Gondor/=/PROPN/4/nsubj y/y/CCONJ/3/cc Arnor/=/PROPN/1/conj "
     "realizaron/realizar/VERB/0/root/PP3 maniobras/maniobra/NOUN/4/obj/FP conjuntas/conjunto/ADJ/5/amod/FP ././PUNCT/4/punct",
     [("062", "GON", "ARN"), ("062", "ARN", "GON")]),
    ("los sindicatos de Arnor convocaron una huelga general", "Los/el/DET/2/det/DMP sindicatos/sindicato/NOUN/5/nsubj/MP "
     "de/de/ADP/4/case Arnor/=/PROPN/2/nmod convocaron/convocar/VERB/0/root/PP3 una/uno/DET/7/det/IFS huelga/huelga/NOUN/5/obj/FS "
     "general/general/ADJ/7/amod/FS ././PUNCT/5/punct", [("143", "ARNLAB", "")]),
    ("aprobó una ley", clause("aprobó", "aprobar", "una/uno/DET/4/det/IFS", "ley/ley/NOUN/2/obj/FS"), []),
    # verbs the English core codes as no event: leaving (but taking to the streets is a
    # demonstration, 141), needing, preparing; strengthening forces mobilises them (154)
    ("salió de Arnor", clause("salió", "salir", "de/de/ADP/4/case", "Arnor/=/PROPN/2/obl"), []),
    ("los manifestantes salieron a las calles", "los/el/DET/2/det/DMP manifestantes/manifestante/NOUN/3/nsubj/MP "
     "salieron/salir/VERB/0/root/PP3 a/=/ADP/6/case las/el/DET/6/det/DFP calles/calle/NOUN/3/obl/FP ././PUNCT/3/punct",
     [("141", "---PRO", "")]),
    ("necesita a Arnor", clause("necesitó", "necesitar", "a/=/ADP/4/case", "Arnor/=/PROPN/2/obj"), []),
    ("reforzó sus tropas", clause("reforzó", "reforzar", "sus/su/DET/4/det/POP", "tropas/tropa/NOUN/2/obj/FP"), [("154", "GON", "---MIL")]),
    ("fortaleció la economía", clause("fortaleció", "fortalecer", "la/el/DET/4/det/DFS", "economía/economía/NOUN/2/obj/FS"), []),
    # round four (on the fourth set's misses): a received office-holder in a passive (043),
    # rejecting anything of someone's (120), an ultimatum given (139), a closed embassy
    # (161), a boycott announced (163)
    ("el presidente de Arnor fue recibido por Gondor", "El/el/DET/2/det/DMS presidente/presidente/NOUN/6/nsubj:pass/MS "
     "de/de/ADP/4/case Arnor/=/PROPN/2/nmod fue/ser/AUX/6/aux:pass/PS3 recibido/recibir/VERB/0/root/MS por/por/ADP/8/case "
     "Gondor/=/PROPN/6/obl:agent ././PUNCT/6/punct", [("043", "GON", "ARNGOV")]),
    ("rechazó la injerencia de Arnor", clause("rechazó", "rechazar", "la/el/DET/4/det/DFS", "injerencia/injerencia/NOUN/2/obj/FS",
                                              "de/de/ADP/6/case", "Arnor/=/PROPN/4/nmod"), [("120", "GON", "ARN")]),
    ("rechazó las acusaciones de Arnor", clause("rechazó", "rechazar", "las/el/DET/4/det/DFP", "acusaciones/acusación/NOUN/2/obj/FP",
                                                "de/de/ADP/6/case", "Arnor/=/PROPN/4/nmod"), [("016", "GON", "ARN")]),
    ("dio un ultimátum a Arnor", clause("dio", "dar", "un/uno/DET/4/det/IMS", "ultimátum/ultimátum/NOUN/2/obj/MS", "a/=/ADP/6/case",
                                        "Arnor/=/PROPN/2/obl"), [("139", "GON", "ARN")]),
    ("cerró su embajada en Arnor", clause("cerró", "cerrar", "su/su/DET/4/det/POS", "embajada/embajada/NOUN/2/obj/FS", "en/en/ADP/6/case",
                                          "Arnor/=/PROPN/4/nmod"), [("161", "GON", "ARN")]),
    ("anunció un boicot contra Arnor", clause("anunció", "anunciar", "un/uno/DET/4/det/IMS", "boicot/boicot/NOUN/2/obj/MS",
                                              "contra/contra/ADP/6/case", "Arnor/=/PROPN/4/nmod"), [("163", "GON", "ARN")]),
    # everyday verbs of political news that the imported blocks' translated senses coded:
    # carrying out a budget is no killing, discussing a plan is a consultation, not a
    # criticism, "siguió negociando" codes the negotiation, not a demonstration
    ("ejecutó el presupuesto", clause("ejecutó", "ejecutar", "el/el/DET/4/det/DMS", "presupuesto/presupuesto/NOUN/2/obj/MS"), []),
    ("ejecutó a dos campesinos", clause("ejecutó", "ejecutar", "a/=/ADP/5/case", "dos/dos/NUM/5/nummod", "campesinos/campesino/NOUN/2/obj/MP"),
     [("190", "GON", "---AGR")]),
    ("discutió el plan de Arnor", clause("discutió", "discutir", "el/el/DET/4/det/DMS", "plan/plan/NOUN/2/obj/MS", "de/de/ADP/6/case",
                                         "Arnor/=/PROPN/4/nmod"), [("040", "GON", "")]),
    ("siguió negociando con Arnor", clause("siguió", "seguir", "negociando/negociar/VERB/2/xcomp/VerbForm=Ger", "con/con/ADP/5/case",
                                           "Arnor/=/PROPN/3/obl"), [("046", "GON", "ARN"), ("046", "ARN", "GON")]),
    ("aplicó sanciones a Arnor", clause("aplicó", "aplicar", "sanciones/sanción/NOUN/2/obj/FP", "a/=/ADP/5/case", "Arnor/=/PROPN/2/obl"),
     [("163", "GON", "ARN")]),
    ("tomó una decisión", clause("tomó", "tomar", "una/uno/DET/4/det/IFS", "decisión/decisión/NOUN/2/obj/FS"), []),
    ("tomó la ciudad", clause("tomó", "tomar", "la/el/DET/4/det/DFS", "ciudad/ciudad/NOUN/2/obj/FS"), [("192", "GON", "")]),
    ("acompañó a Arnor", clause("acompañó", "acompañar", "a/=/ADP/4/case", "Arnor/=/PROPN/2/obj"), []),
    ("respetó a Arnor", clause("respetó", "respetar", "a/=/ADP/4/case", "Arnor/=/PROPN/2/obj"), []),
    # actors: capitals by their Spanish names, seats of government, heads of state
    ("Moscú condenó a Gondor", "Moscú/Moscú/PROPN/2/nsubj condenó/condenar/VERB/0/root/PS3 a/=/ADP/4/case Gondor/=/PROPN/2/obj "
     "././PUNCT/2/punct", [("111", "RUS", "GON")]),
    ("la Casa Blanca criticó a Gondor", "la/el/DET/2/det/DFS Casa/Casa/PROPN/4/nsubj Blanca/Blanca/PROPN/2/flat "
     "criticó/criticar/VERB/0/root/PS3 a/=/ADP/6/case Gondor/=/PROPN/4/obj ././PUNCT/4/punct", [("111", "USAGOV", "GON")]),
    ("el jefe de Estado de Arnor criticó a Gondor", "el/el/DET/2/det/DMS jefe/jefe/NOUN/7/nsubj/MS de/de/ADP/4/case "
     "Estado/estado/NOUN/2/nmod/MS de/de/ADP/6/case Arnor/=/PROPN/2/nmod criticó/criticar/VERB/0/root/PS3 a/=/ADP/9/case "
     "Gondor/=/PROPN/7/obj ././PUNCT/7/punct", [("111", "ARNGOV", "GON")]),
    # es18: an object clitic stands for the earlier subject's whole phrase (ARNGOV), never for
    # the country of its own verb's subject (Gondor); an office-holder arriving visits (042)
    ("El presidente de Arnor llegó a Gondor. El presidente de Gondor lo recibió.",
     "El/el/DET/2/det/DMS presidente/presidente/NOUN/5/nsubj/MS de/de/ADP/4/case Arnor/=/PROPN/2/nmod "
     "llegó/llegar/VERB/0/root/PS3 a/=/ADP/7/case Gondor/=/PROPN/5/obl ././PUNCT/5/punct || El/el/DET/2/det/DMS "
     "presidente/presidente/NOUN/6/nsubj/MS de/de/ADP/4/case Gondor/=/PROPN/2/nmod lo/él/PRON/6/obj/LO "
     "recibió/recibir/VERB/0/root/PS3 ././PUNCT/6/punct", [("042", "ARNGOV", "GON"), ("043", "GONGOV", "ARNGOV")]),
    ("llegaron a la vereda", "Los/el/DET/2/det/DMP guerrilleros/guerrillero/NOUN/3/nsubj/MP llegaron/llegar/VERB/0/root/PP3 "
     "a/=/ADP/6/case la/el/DET/6/det/DFS vereda/vereda/NOUN/3/obl/FS ././PUNCT/3/punct", []),
    # a possessive determiner (AnCora DET, Poss=Yes) gives its noun's agent the owner's country,
    # whatever its own number ("sus" is plural, Moscú singular)
    ("Moscú criticó a sus soldados", "Moscú/Moscú/PROPN/2/nsubj criticó/criticar/VERB/0/root/PS3 a/=/ADP/5/case "
     "sus/su/DET/5/det/POP soldados/soldado/NOUN/2/obj/MP ././PUNCT/2/punct", [("111", "RUS", "RUSMIL")]),
    # a threat naming no target is aimed at the subject of its condition ("si"), in its own
    # clause or its complement's; a named addressee stays the target
    ("advirtió que responderá si Arnor ataca", "Gondor/=/PROPN/2/nsubj advirtió/advertir/VERB/0/root/PS3 que/que/SCONJ/4/mark "
     "responderá/responder/VERB/2/ccomp/FS3 si/si/SCONJ/7/mark Arnor/=/PROPN/7/nsubj ataca/atacar/VERB/4/advcl/RS3 "
     "././PUNCT/2/punct", [("130", "GON", "ARN")]),
    ("advirtió a Rohan que responderá si Arnor ataca", "Gondor/=/PROPN/2/nsubj advirtió/advertir/VERB/0/root/PS3 a/=/ADP/4/case "
     "Rohan/=/PROPN/2/obj que/que/SCONJ/6/mark responderá/responder/VERB/2/ccomp/FS3 si/si/SCONJ/9/mark Arnor/=/PROPN/9/nsubj "
     "ataca/atacar/VERB/6/advcl/RS3 ././PUNCT/2/punct", [("130", "GON", "ROH")]),
    # senses of imported blocks: awards are praise, not a visit; passing, studying are no event
    # unless studying a proposal (014) or a crime (090)
    ("premió a Arnor", clause("premió", "premiar", "a/=/ADP/4/case", "Arnor/=/PROPN/2/obj"), [("051", "GON", "ARN")]),
    ("pasó la noche en Arnor", clause("pasó", "pasar", "la/el/DET/4/det/DFS", "noche/noche/NOUN/2/obj/FS", "en/en/ADP/6/case",
                                      "Arnor/=/PROPN/2/obl"), []),
    ("analizará la propuesta de Arnor", clause("analizará", "analizar", "la/el/DET/4/det/DFS", "propuesta/propuesta/NOUN/2/obj/FS",
                                               "de/de/ADP/6/case", "Arnor/=/PROPN/4/nmod", feats="FS3"), [("014", "GON", "ARN")]),
    ("estudia nuevas medidas", clause("estudia", "estudiar", "nuevas/nuevo/ADJ/4/amod/FP", "medidas/medida/NOUN/2/obj/FP", feats="RS3"),
     [("014", "GON", "")]),
    ("verificó los datos", clause("verificó", "verificar", "los/el/DET/4/det/DMP", "datos/dato/NOUN/2/obj/MP"), []),
    # troops sent to a country are aimed at it; "su país" is the country of the possessive's actor
    ("envió tropas a Arnor", clause("envió", "enviar", "tropas/tropa/NOUN/2/obj/FP", "a/=/ADP/5/case", "Arnor/=/PROPN/2/obl"),
     [("154", "GON", "ARN")]),
    ("Moscú anunció que su país enviará tropas a Arnor", "Moscú/Moscú/PROPN/2/nsubj anunció/anunciar/VERB/0/root/PS3 "
     "que/que/SCONJ/6/mark su/su/DET/5/det/POS país/país/NOUN/6/nsubj/MS enviará/enviar/VERB/2/ccomp/FS3 "
     "tropas/tropa/NOUN/6/obj/FP a/=/ADP/9/case Arnor/=/PROPN/6/obl ././PUNCT/2/punct", [("154", "RUS", "ARN")]),
    # a demanded withdrawal is aimed at the addressee, not at the troops; of troops it is a
    # demand for de-escalation (1056), of anything else a demand to yield (105)
    ("exigió a Arnor la retirada de sus tropas", clause("exigió", "exigir", "a/=/ADP/4/case", "Arnor/=/PROPN/2/iobj",
                                                        "la/el/DET/6/det/DFS", "retirada/retirada/NOUN/2/obj/FS", "de/de/ADP/9/case",
                                                        "sus/su/DET/9/det/POP", "tropas/tropa/NOUN/6/nmod/FP"), [("1056", "GON", "ARN")]),
    ("exigió a Arnor la retirada de la demanda", clause("exigió", "exigir", "a/=/ADP/4/case", "Arnor/=/PROPN/2/iobj",
                                                        "la/el/DET/6/det/DFS", "retirada/retirada/NOUN/2/obj/FS", "de/de/ADP/9/case",
                                                        "la/el/DET/9/det/DFS", "demanda/demanda/NOUN/6/nmod/FS"), [("105", "GON", "ARN")]),
    # pressing another actor is a demand (the English core.pressure); returning somewhere, or
    # raising a figure, no event
    ("presionó a Arnor", clause("presionó", "presionar", "a/=/ADP/4/case", "Arnor/=/PROPN/2/obj"), [("100", "GON", "ARN")]),
    ("volvió a Arnor", clause("volvió", "volver", "a/=/ADP/4/case", "Arnor/=/PROPN/2/obl"), []),
    ("consideró la propuesta de Arnor", clause("consideró", "considerar", "la/el/DET/4/det/DFS", "propuesta/propuesta/NOUN/2/obj/FS",
                                               "de/de/ADP/6/case", "Arnor/=/PROPN/4/nmod"), [("014", "GON", "ARN")]),
    # opposing or defying is disapproval (110), not a demonstration; dismissing workers no event
    ("se opuso a la propuesta de Arnor", "Gondor/=/PROPN/3/nsubj se/él/PRON/3/iobj/SE opuso/oponer/VERB/0/root/PS3 "
     "a/=/ADP/6/case la/el/DET/6/det/DFS propuesta/propuesta/NOUN/3/obl/FS de/de/ADP/8/case Arnor/=/PROPN/6/nmod "
     "././PUNCT/3/punct", [("110", "GON", "ARN")]),
    ("desafió a Arnor", clause("desafió", "desafiar", "a/=/ADP/4/case", "Arnor/=/PROPN/2/obj"), [("110", "GON", "ARN")]),
    # directing an attack is the attack (a support verb)
    ("dirigió el ataque contra Arnor", clause("dirigió", "dirigir", "el/el/DET/4/det/DMS", "ataque/ataque/NOUN/2/obj/MS",
                                              "contra/contra/ADP/6/case", "Arnor/=/PROPN/4/nmod"), [("190", "GON", "ARN")]),
    # an offered or promised act codes with its intent (profile intent_verbs: ofrecer, prometer)
    ("ofreció mediar entre Arnor y Rohan", clause("ofreció", "ofrecer", "mediar/mediar/VERB/2/xcomp/INF", "entre/entre/ADP/5/case",
                                                  "Arnor/=/PROPN/3/obl", "y/y/CCONJ/7/cc", "Rohan/=/PROPN/5/conj"),
     [("039", "GON", "ARN"), ("039", "GON", "ROH")]),
    ("prometió retirar sus tropas de Arnor", clause("prometió", "prometer", "retirar/retirar/VERB/2/xcomp/INF", "sus/su/DET/5/det/POP",
                                                    "tropas/tropa/NOUN/3/obj/FP", "de/de/ADP/7/case", "Arnor/=/PROPN/3/obl"),
     [("0356", "GON", "ARN")]),
    # protesters blocking, occupying or taking a place obstruct in protest (144); armed groups
    # blockade (191) and forces occupy (192), as the English core.block
    ("Los manifestantes ocuparon la plaza", "Los/el/DET/2/det/DMP manifestantes/manifestante/NOUN/3/nsubj/MP "
     "ocuparon/ocupar/VERB/0/root/PP3 la/el/DET/5/det/DFS plaza/plaza/NOUN/3/obj/FS ././PUNCT/3/punct", [("144", "---PRO", "")]),
    ("Los manifestantes bloquearon la vía", "Los/el/DET/2/det/DMP manifestantes/manifestante/NOUN/3/nsubj/MP "
     "bloquearon/bloquear/VERB/0/root/PP3 la/el/DET/5/det/DFS vía/vía/NOUN/3/obj/FS ././PUNCT/3/punct", [("144", "---PRO", "")]),
    ("Los guerrilleros bloquearon la vía", "Los/el/DET/2/det/DMP guerrilleros/guerrillero/NOUN/3/nsubj/MP "
     "bloquearon/bloquear/VERB/0/root/PP3 la/el/DET/5/det/DFS vía/vía/NOUN/3/obj/FS ././PUNCT/3/punct", [("191", "---REB", "")]),
    ("Los manifestantes tomaron la alcaldía", "Los/el/DET/2/det/DMP manifestantes/manifestante/NOUN/3/nsubj/MP "
     "tomaron/tomar/VERB/0/root/PP3 la/el/DET/5/det/DFS alcaldía/alcaldía/NOUN/3/obj/FS ././PUNCT/3/punct", [("144", "---PRO", "")]),
    ("Las tropas ocuparon la ciudad", "Las/el/DET/2/det/DFP tropas/tropa/NOUN/3/nsubj/FP ocuparon/ocupar/VERB/0/root/PP3 "
     "la/el/DET/5/det/DFS ciudad/ciudad/NOUN/3/obj/FS ././PUNCT/3/punct", [("192", "---MIL", "")]),
    ("examinó el asesinato", clause("examinó", "examinar", "el/el/DET/4/det/DMS", "asesinato/asesinato/NOUN/2/obj/MS"), [("090", "GON", "")]),
    # es19: an office-holder reaching an agreement agrees (030), reaching power is no visit
    ("el presidente llegó a un acuerdo con Arnor", "El/el/DET/2/det/DMS presidente/presidente/NOUN/3/nsubj/MS "
     "llegó/llegar/VERB/0/root/PS3 a/=/ADP/6/case un/uno/DET/6/det/IMS acuerdo/acuerdo/NOUN/3/obl/MS con/con/ADP/8/case "
     "Arnor/=/PROPN/3/obl ././PUNCT/3/punct", [("030", "---GOV", "ARN")]),
    ("el presidente de Arnor llegó al poder", "El/el/DET/2/det/DMS presidente/presidente/NOUN/5/nsubj/MS de/de/ADP/4/case "
     "Arnor/=/PROPN/2/nmod llegó/llegar/VERB/0/root/PS3 a/=/ADP/7/case poder/poder/NOUN/5/obl/MS ././PUNCT/5/punct", []),
    # considering judges nothing investigated: only an option considered (014)
    ("consideró el ataque como un acto de guerra", clause("consideró", "considerar", "el/el/DET/4/det/DMS", "ataque/ataque/NOUN/2/obj/MS",
                                                         "como/como/ADP/7/case", "un/uno/DET/7/det/IMS", "acto/acto/NOUN/2/obl/MS",
                                                         "de/de/ADP/9/case", "guerra/guerra/NOUN/7/nmod/FS"), []),
    # peacekeepers sent to a country keep the peace there (074), not a deployment (154)
    ("envió tropas de paz a Arnor", clause("envió", "enviar", "tropas/tropa/NOUN/2/obj/FP", "de/de/ADP/5/case", "paz/paz/NOUN/3/nmod/FS",
                                           "a/=/ADP/7/case", "Arnor/=/PROPN/2/obl"), [("074", "GON", "ARN")]),
    # holding an office or a place is no occupation
    ("ocupó el cargo", clause("ocupó", "ocupar", "el/el/DET/4/det/DMS", "cargo/cargo/NOUN/2/obj/MS"), []),
    ("ocupa el primer lugar", clause("ocupa", "ocupar", "el/el/DET/5/det/DMS", "primer/primero/ADJ/5/amod/MS", "lugar/lugar/NOUN/2/obj/MS",
                                     feats="RS3"), []),
    # "requerir" needs (no event) unless it requires something of another actor (100)
    ("requiere la aprobación", clause("requiere", "requerir", "la/el/DET/4/det/DFS", "aprobación/aprobación/NOUN/2/obj/FS", feats="RS3"), []),
    ("requirió a Arnor", clause("requirió", "requerir", "a/=/ADP/4/case", "Arnor/=/PROPN/2/obj"), [("100", "GON", "ARN")]),
    # a threat's condition in the threat's own clause: its subject is the target
    ("amenazó con represalias si Arnor no cede", clause("amenazó", "amenazar", "con/con/ADP/4/case", "represalias/represalia/NOUN/2/obl/FP",
                                                        "si/si/SCONJ/8/mark", "Arnor/=/PROPN/8/nsubj", "no/no/ADV/8/advmod/NEG",
                                                        "cede/ceder/VERB/2/advcl/RS3"), [("138", "GON", "ARN")]),
    ("amenazó con represalias si el gobierno de Arnor no cede",
     clause("amenazó", "amenazar", "con/con/ADP/4/case", "represalias/represalia/NOUN/2/obl/FP", "si/si/SCONJ/11/mark",
            "el/el/DET/7/det/DMS", "gobierno/gobierno/NOUN/11/nsubj/MS", "de/de/ADP/9/case", "Arnor/=/PROPN/7/nmod",
            "no/no/ADV/11/advmod/NEG", "cede/ceder/VERB/2/advcl/RS3"), [("138", "GON", "ARNGOV")]),
]


@pytest.mark.parametrize("spec,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_spanish_core_codes_news_beyond_fighting(core, spec, expected):
    assert code_probe(spec, core) == expected


@pytest.mark.slow
def test_the_shipped_spanish_codebook_codes_the_roots_of_the_news_probe(tmp_path):
    """tests/spanish_news_probe.py with the whole shipped codebook (imported patterns too):
    65 of 79 roots and 53 exact codings before issue 15's coverage audit, 76 and 70 after; its
    check set (46 sentences, written after the first round) 40 and 34 before, 43 and 40 after
    the first round, 46 and 45 after the second; its third set (20 sentences, written after
    the second round) 7 and 6 before, 20 and 19 after the third; its fourth set (29, written
    after all of these) 22 and 19 before, 23 and 20 held out, 28 and 25 after a fourth round;
    after the pro-drop phrase, the "con" + infinitive complement and clauses of sequence
    (es17): probe 76 and 72, fourth set 29 and 26; after es18 (clitic antecedents, threat
    conditions, verbs of intent, senses of imported blocks): probe 77 and 75, fourth set 29
    and 27; its fifth set (check4, 28 sentences of diplomacy, protest, elections and economy,
    written before es18's changes and used to choose none) 20 and 19 before and after; its
    sixth set (check5, 35 sentences on imported senses of abandonar, cesar, quitar,
    publicar/emitir, decidir, suspender, cerrar and other news verbs, written before es20's
    changes and measured once after them) 19 and 15 before, 33 and 32 after, 33 and 33 once the
    English rule that an object a pattern names is no target through its own modifiers
    ("suspendió la ayuda militar a Arnor" targets ARN, not "militar") was merged; the other
    sets unchanged by es20 (check 46 and 46 since es17). es21: stopped attacks (087) and a
    border closed with a country (172) made check5 35 and 35; a seventh set (check6, 32
    sentences on stopped attacks, borders and constructions, written before es21's changes and
    used to choose none) 23 and 21 before, 26 and 24 after; the other sets unchanged. es22: an
    eighth set (check7, 22 wire sentences on the constructions check6 missed in other words,
    written before es22's changes and used to choose none) 16 and 11 before, 18 and 17 after;
    check6 29 and 27, check4 27 and 26 (wire-news senses of imported blocks)."""
    codebook = load_codebook(probe_codebook(tmp_path / "probe", ROOT / "codebooks" / "es"))
    verdicts = [verdict(expected, code_probe(spec, codebook)) for _, _, expected, spec in PROBES]
    assert sum(r for r, _ in verdicts) >= 77 and sum(e for _, e in verdicts) >= 75
    verdicts = [verdict(expected, code_probe(spec, codebook)) for _, _, expected, spec in CHECK]
    assert sum(r for r, _ in verdicts) >= 46 and sum(e for _, e in verdicts) >= 46
    verdicts = [verdict(expected, code_probe(spec, codebook)) for _, _, expected, spec in CHECK2]
    assert sum(r for r, _ in verdicts) >= 20 and sum(e for _, e in verdicts) >= 19
    verdicts = [verdict(expected, code_probe(spec, codebook)) for _, _, expected, spec in CHECK3]
    assert sum(r for r, _ in verdicts) >= 29 and sum(e for _, e in verdicts) >= 27
    verdicts = [verdict(expected, code_probe(spec, codebook)) for _, _, expected, spec in CHECK4]
    assert sum(r for r, _ in verdicts) >= 27 and sum(e for _, e in verdicts) >= 26
    verdicts = [verdict(expected, code_probe(spec, codebook)) for _, _, expected, spec in CHECK5]
    assert sum(r for r, _ in verdicts) >= 35 and sum(e for _, e in verdicts) >= 35
    verdicts = [verdict(expected, code_probe(spec, codebook)) for _, _, expected, spec in CHECK6]
    assert sum(r for r, _ in verdicts) >= 29 and sum(e for _, e in verdicts) >= 27
    verdicts = [verdict(expected, code_probe(spec, codebook)) for _, _, expected, spec in CHECK7]
    assert sum(r for r, _ in verdicts) >= 18 and sum(e for _, e in verdicts) >= 17


def test_an_infinitive_complement_opened_by_a_preposition_is_an_open_complement():
    """Spanish "complement_markers": "amenazó con/mark imponer/advcl" is an xcomp; "tras
    reunirse", "al llegar" (an article of its own) and a clause before its verb are not."""
    from coder.code.repairs import repair_parse
    from coder.lang import builtin_profile
    from coder.parse import parse_conllu_text
    from spanish_news_probe import conllu_of

    es = builtin_profile("es")

    def relation(spec: str, token: int) -> str:
        [doc] = parse_conllu_text(conllu_of(spec), doc_id="t")
        return repair_parse(doc.sentences[0], es).token(token).deprel

    assert relation(clause("amenazó", "amenazar", "con/con/ADP/4/mark", "imponer/imponer/VERB/2/advcl/INF",
                           "sanciones/sanción/NOUN/4/obj/FP"), 4) == "xcomp"
    assert relation(clause("elogió", "elogiar", "a/=/ADP/4/case", "Arnor/=/PROPN/2/obj", "tras/tras/ADP/6/mark",
                           "reunirse/reunir/VERB/2/advcl/INF"), 6) == "advcl"
    assert relation(clause("habló", "hablar", "a/=/ADP/5/mark", "el/el/DET/5/det/DMS", "llegar/llegar/VERB/2/advcl/INF"), 5) == "advcl"
    assert relation("con/con/ADP/2/mark imponer/imponer/VERB/4/advcl/INF Gondor/=/PROPN/4/nsubj habló/hablar/VERB/0/root/PS3 "
                    "././PUNCT/4/punct", 2) == "advcl"


@pytest.fixture(scope="module")
def shipped(tmp_path_factory):
    """The whole shipped Spanish codebook (imported patterns too) with the made-up countries."""
    return load_codebook(probe_codebook(tmp_path_factory.mktemp("es-news-shipped") / "probe", ROOT / "codebooks" / "es"))


def subject_clause(subject: str, verb: str, lemma: str, *rest: str, feats: str = "PS3") -> str:
    """"El <subject> de Gondor <verb> <rest> ." with the subject phrase's head at token 2 and
    the verb at token 5."""
    return " ".join([f"El/el/DET/2/det/DMS {subject}/{subject}/NOUN/5/nsubj/MS de/de/ADP/4/case Gondor/=/PROPN/2/nmod",
                     f"{verb}/{lemma}/VERB/0/root/{feats}", *rest, "././PUNCT/5/punct"])


def plural_subject_clause(subject: str, lemma: str, verb: str, verb_lemma: str, *rest: str) -> str:
    """"Los <subject> <verb> <rest> ." with the verb at token 3."""
    return " ".join([f"Los/el/DET/2/det/DMP {subject}/{lemma}/NOUN/3/nsubj/MP", f"{verb}/{verb_lemma}/VERB/0/root/PP3", *rest,
                     "././PUNCT/3/punct"])


# es20: senses of abandonar, cesar, quitar, publicar/emitir, decidir, suspender and cerrar that
# the imported blocks coded whatever the object (080 concessions, 174 expulsions, 010
# statements, 031 intents, 164 halted talks, 144 obstructions), coded by the object's class
SHIPPED_CASES = [
    # abandoning a place is no event, but armed forces leaving one retreat (0874); talks
    # abandoned are halted (164), arms laid down demobilise (0873), whoever abandons them
    ("el alcalde abandonó el país", subject_clause("alcalde", "abandonó", "abandonar", "el/el/DET/7/det/DMS",
                                                   "país/país/NOUN/5/obj/MS"), []),
    ("el ministro abandonó la sede", subject_clause("ministro", "abandonó", "abandonar", "la/el/DET/7/det/DFS",
                                                    "sede/sede/NOUN/5/obj/FS"), []),
    ("los soldados abandonaron Rohan", plural_subject_clause("soldados", "soldado", "abandonaron", "abandonar", "Rohan/=/PROPN/3/obj"),
     [("0874", "---MIL", "ROH")]),
    ("abandonó el diálogo con Arnor", clause("abandonó", "abandonar", "el/el/DET/4/det/DMS", "diálogo/diálogo/NOUN/2/obj/MS",
                                             "con/con/ADP/6/case", "Arnor/=/PROPN/4/nmod"), [("164", "GON", "ARN")]),
    ("los rebeldes abandonaron las negociaciones", plural_subject_clause("rebeldes", "rebelde", "abandonaron", "abandonar",
                                                                         "las/el/DET/5/det/DFP", "negociaciones/negociación/NOUN/3/obj/FP"),
     [("164", "---REB", "")]),
    ("los rebeldes abandonaron las armas", plural_subject_clause("rebeldes", "rebelde", "abandonaron", "abandonar",
                                                                 "las/el/DET/5/det/DFP", "armas/arma/NOUN/3/obj/FP"), [("0873", "---REB", "")]),
    # dismissing an office-holder is no event; ending attacks observes a ceasefire (0871)
    ("el gobierno cesó al jefe de policía", subject_clause("gobierno", "cesó", "cesar", "a/=/ADP/8/case", "el/el/DET/8/det/DMS",
                                                           "jefe/jefe/NOUN/5/obj/MS"), []),
    ("cesó los bombardeos contra Arnor", clause("cesó", "cesar", "los/el/DET/4/det/DMP", "bombardeos/bombardeo/NOUN/2/obj/MP",
                                                "contra/contra/ADP/6/case", "Arnor/=/PROPN/4/nmod"), [("0871", "GON", "ARN")]),
    # weapons taken from someone are confiscated (1711); immunity taken away is no expulsion;
    # sanctions taken away are lifted (085)
    ("los soldados quitaron las armas a los rebeldes", plural_subject_clause(
        "soldados", "soldado", "quitaron", "quitar", "las/el/DET/5/det/DFP", "armas/arma/NOUN/3/obj/FP", "a/=/ADP/8/case",
        "los/el/DET/8/det/DMP", "rebeldes/rebelde/NOUN/3/iobj/MP"), [("1711", "---MIL", "---REB")]),
    ("quitó la inmunidad al senador", clause("quitó", "quitar", "la/el/DET/4/det/DFS", "inmunidad/inmunidad/NOUN/2/obj/FS",
                                             "a/=/ADP/7/case", "el/el/DET/7/det/DMS", "senador/senador/NOUN/2/iobj/MS"), []),
    ("quitó las sanciones a Arnor", clause("quitó", "quitar", "las/el/DET/4/det/DFP", "sanciones/sanción/NOUN/2/obj/FP",
                                           "a/=/ADP/6/case", "Arnor/=/PROPN/2/iobj"), [("085", "GON", "ARN")]),
    # a communiqué issued is a statement (010), an arrest warrant an arrest (173); bonds,
    # photos and decrees published are no event
    ("publicó un comunicado", clause("publicó", "publicar", "un/uno/DET/4/det/IMS", "comunicado/comunicado/NOUN/2/obj/MS"),
     [("010", "GON", "")]),
    ("emitió una orden de arresto contra el general", subject_clause(
        "tribunal", "emitió", "emitir", "una/uno/DET/7/det/IFS", "orden/orden/NOUN/5/obj/FS", "de/de/ADP/9/case",
        "arresto/arresto/NOUN/7/nmod/MS", "contra/contra/ADP/12/case", "el/el/DET/12/det/DMS", "general/general/NOUN/7/nmod/MS"),
     [("173", "GONJUD", "---MIL")]),
    ("publicó las fotos", clause("publicó", "publicar", "las/el/DET/4/det/DFP", "fotos/foto/NOUN/2/obj/FP"), []),
    ("emitió deuda", clause("emitió", "emitir", "deuda/deuda/NOUN/2/obj/FS"), []),
    # a decision is no event; what is decided codes as an intent (0356, 033)
    ("decidió la fecha", clause("decidió", "decidir", "la/el/DET/4/det/DFS", "fecha/fecha/NOUN/2/obj/FS"), []),
    ("decidió retirar sus tropas de Rohan", clause("decidió", "decidir", "retirar/retirar/VERB/2/xcomp/INF", "sus/su/DET/5/det/POP",
                                                   "tropas/tropa/NOUN/3/obj/FP", "de/de/ADP/7/case", "Rohan/=/PROPN/3/obl"),
     [("0356", "GON", "ROH")]),
    # suspending a strike or protests eases dissent (082); a match or classes suspended are
    # no halted talks
    ("los maestros suspendieron el paro", plural_subject_clause("maestros", "maestro", "suspendieron", "suspender",
                                                                "el/el/DET/5/det/DMS", "paro/paro/NOUN/3/obj/MS"), [("082", "---EDU", "")]),
    ("los sindicatos levantaron la huelga", plural_subject_clause("sindicatos", "sindicato", "levantaron", "levantar",
                                                                  "la/el/DET/5/det/DFS", "huelga/huelga/NOUN/3/obj/FS"), [("082", "---LAB", "")]),
    ("suspendió el partido", clause("suspendió", "suspender", "el/el/DET/4/det/DMS", "partido/partido/NOUN/2/obj/MS"), []),
    # trade suspended is an embargo (163)
    ("suspendió las exportaciones a Arnor", clause("suspendió", "suspender", "las/el/DET/4/det/DFP",
                                                   "exportaciones/exportación/NOUN/2/obj/FP", "a/=/ADP/6/case", "Arnor/=/PROPN/4/nmod"),
     [("163", "GON", "ARN")]),
    # a border closed restricts movement (172), a newspaper closed free expression (1721);
    # a branch or a summit closed is no obstruction (144), protesters closing a road are one
    ("cerró sus fronteras", clause("cerró", "cerrar", "sus/su/DET/4/det/POP", "fronteras/frontera/NOUN/2/obj/FP"), [("172", "GON", "")]),
    ("cerró el periódico", clause("cerró", "cerrar", "el/el/DET/4/det/DMS", "periódico/periódico/NOUN/2/obj/MS"), [("1721", "GON", "---MED")]),
    ("cerró la sucursal", clause("cerró", "cerrar", "la/el/DET/4/det/DFS", "sucursal/sucursal/NOUN/2/obj/FS"), []),
    ("los manifestantes cerraron la vía", plural_subject_clause("manifestantes", "manifestante", "cerraron", "cerrar",
                                                                "la/el/DET/5/det/DFS", "vía/vía/NOUN/3/obj/FS"), [("144", "---PRO", "")]),
    # cutting loans is cutting economic aid (1621, the English core.cut); spending cut is none
    ("recortó los préstamos a Arnor", clause("recortó", "recortar", "los/el/DET/4/det/DMP", "préstamos/préstamo/NOUN/2/obj/MP",
                                             "a/=/ADP/6/case", "Arnor/=/PROPN/4/nmod"), [("1621", "GON", "ARN")]),
    ("recortó el gasto", clause("recortó", "recortar", "el/el/DET/4/det/DMS", "gasto/gasto/NOUN/2/obj/MS"), []),
    # allowing aid or inspectors in: humanitarian access (0863), inspectors received (0862)
    ("permitió el acceso de ayuda humanitaria", clause("permitió", "permitir", "el/el/DET/4/det/DMS", "acceso/acceso/NOUN/2/obj/MS",
                                                       "de/de/ADP/6/case", "ayuda/ayuda/NOUN/4/nmod/FS",
                                                       "humanitaria/humanitario/ADJ/6/amod/FS"), [("0863", "GON", "")]),
    ("autorizó la entrada de inspectores", clause("autorizó", "autorizar", "la/el/DET/4/det/DFS", "entrada/entrada/NOUN/2/obj/FS",
                                                  "de/de/ADP/6/case", "inspectores/inspector/NOUN/4/nmod/MP"), [("0862", "GON", "")]),
    ("permitió la venta de alcohol", clause("permitió", "permitir", "la/el/DET/4/det/DFS", "venta/venta/NOUN/2/obj/FS",
                                            "de/de/ADP/6/case", "alcohol/alcohol/NOUN/4/nmod/MS"), []),
    # putting an end to attacks observes a ceasefire (0871), to a crisis is no event
    ("los rebeldes pusieron fin a los ataques", plural_subject_clause("rebeldes", "rebelde", "pusieron", "poner", "fin/fin/NOUN/3/obj/MS",
                                                                      "a/=/ADP/7/case", "los/el/DET/7/det/DMP",
                                                                      "ataques/ataque/NOUN/3/obl/MP"), [("0871", "---REB", "")]),
    ("puso fin a la crisis", clause("puso", "poner", "fin/fin/NOUN/2/obj/MS", "a/=/ADP/6/case", "la/el/DET/6/det/DFS",
                                    "crisis/crisis/NOUN/3/nmod/FS"), []),
    # aid given with "brindar" or "prestar" is aid (073 humanitarian); a statement made before
    # a judge is none; an oath of office is no pledge
    ("brindó asistencia humanitaria a Arnor", clause("brindó", "brindar", "asistencia/asistencia/NOUN/2/obj/FS",
                                                     "humanitaria/humanitario/ADJ/3/amod/FS", "a/=/ADP/6/case", "Arnor/=/PROPN/2/obl"),
     [("073", "GON", "ARN")]),
    ("prestó declaración", clause("prestó", "prestar", "declaración/declaración/NOUN/2/obj/FS"), []),
    ("juró el cargo", clause("juró", "jurar", "el/el/DET/4/det/DMS", "cargo/cargo/NOUN/2/obj/MS"), []),
    # an ambassador recalled for consultations reduces relations (161); armed groups taking
    # control occupy (192), a firm taking control of a mine does not
    ("llamó a consultas a su embajador en Arnor", clause("llamó", "llamar", "a/=/ADP/4/case", "consultas/consulta/NOUN/2/obl/FP",
                                                         "a/=/ADP/7/case", "su/su/DET/7/det/POS", "embajador/embajador/NOUN/2/obj/MS",
                                                         "en/en/ADP/9/case", "Arnor/=/PROPN/7/nmod"), [("161", "GON", "ARN")]),
    ("los rebeldes tomaron el control", plural_subject_clause("rebeldes", "rebelde", "tomaron", "tomar", "el/el/DET/5/det/DMS",
                                                              "control/control/NOUN/3/obj/MS"), [("192", "---REB", "")]),
    ("tomó el control de la mina", clause("tomó", "tomar", "el/el/DET/4/det/DMS", "control/control/NOUN/2/obj/MS", "de/de/ADP/7/case",
                                          "la/el/DET/7/det/DFS", "mina/mina/NOUN/4/nmod/FS"), []),
]


@pytest.mark.parametrize("spec,expected", [c[1:] for c in SHIPPED_CASES], ids=[c[0] for c in SHIPPED_CASES])
def test_the_shipped_spanish_codebook_codes_imported_senses_by_their_object(shipped, spec, expected):
    assert code_probe(spec, shipped) == expected


# es21: stopping an act of force de-escalates (087, the English core.cut.attacking and
# core.cut.offensive): "dejar de" / "cesar de" / "parar de" + the act's infinitive, an
# offensive or attacks suspended, halted or interrupted; the stopped act codes nothing of its
# own and lends its object as the target. A border closed with a country restricts movement
# (172) unless armed forces close it (191, CAMEO's blockade).
STOP_CASES = [
    ("dejó de bombardear Arnor", clause("dejó", "dejar", "de/de/ADP/4/mark", "bombardear/bombardear/VERB/2/xcomp/INF",
                                       "Arnor/=/PROPN/4/obj"), [("087", "GON", "ARN")]),
    ("cesó de disparar contra Arnor", clause("cesó", "cesar", "de/de/ADP/4/mark", "disparar/disparar/VERB/2/xcomp/INF",
                                             "contra/contra/ADP/6/case", "Arnor/=/PROPN/4/obl"), [("087", "GON", "ARN")]),
    ("interrumpió los bombardeos contra Arnor", clause("interrumpió", "interrumpir", "los/el/DET/4/det/DMP",
                                                       "bombardeos/bombardeo/NOUN/2/obj/MP", "contra/contra/ADP/6/case",
                                                       "Arnor/=/PROPN/4/nmod"), [("087", "GON", "ARN")]),
    ("suspendió la ofensiva contra Arnor", clause("suspendió", "suspender", "la/el/DET/4/det/DFS", "ofensiva/ofensiva/NOUN/2/obj/FS",
                                                  "contra/contra/ADP/6/case", "Arnor/=/PROPN/4/nmod"), [("087", "GON", "ARN")]),
    ("detuvo los ataques contra Arnor", clause("detuvo", "detener", "los/el/DET/4/det/DMP", "ataques/ataque/NOUN/2/obj/MP",
                                               "contra/contra/ADP/6/case", "Arnor/=/PROPN/4/nmod"), [("087", "GON", "ARN")]),
    # "su": the possessive names the doer the adjective's agent (militar: ---MIL) leaves open
    ("detuvo su ofensiva militar contra Arnor", clause("detuvo", "detener", "su/su/DET/4/det/POS",
                                                       "ofensiva/ofensiva/NOUN/2/obj/FS", "militar/militar/ADJ/4/amod/FS",
                                                       "contra/contra/ADP/7/case", "Arnor/=/PROPN/4/nmod"), [("087", "GON", "ARN")]),
    # the arrest stays an arrest; stopping anything else is no event
    ("detuvo a los autores del ataque", clause("detuvo", "detener", "a/=/ADP/5/case", "los/el/DET/5/det/DMP",
                                               "autores/autor/NOUN/2/obj/MP", "de/de/ADP/8/case", "el/el/DET/8/det/DMS",
                                               "ataque/ataque/NOUN/5/nmod/MS"), [("173", "GON", "")]),
    ("dejó de exportar trigo", clause("dejó", "dejar", "de/de/ADP/4/mark", "exportar/exportar/VERB/2/xcomp/INF",
                                      "trigo/trigo/NOUN/4/obj/MS"), []),
    ("interrumpió la sesión", clause("interrumpió", "interrumpir", "la/el/DET/4/det/DFS", "sesión/sesión/NOUN/2/obj/FS"), []),
]


@pytest.mark.parametrize("spec,expected", [c[1:] for c in STOP_CASES], ids=[c[0] for c in STOP_CASES])
def test_the_spanish_core_codes_stopped_attacks_as_de_escalation(core, spec, expected):
    assert code_probe(spec, core) == expected


@pytest.mark.parametrize("spec,expected", [
    (clause("cerró", "cerrar", "su/su/DET/4/det/POS", "frontera/frontera/NOUN/2/obj/FS", "con/con/ADP/6/case", "Arnor/=/PROPN/4/nmod"),
     [("172", "GON", "ARN")]),
    (plural_subject_clause("tropas", "tropa", "cerraron", "cerrar", "la/el/DET/5/det/DFS", "frontera/frontera/NOUN/3/obj/FS",
                           "con/con/ADP/7/case", "Arnor/=/PROPN/5/nmod"), [("191", "---MIL", "ARN")]),
], ids=["cerró su frontera con Arnor", "las tropas cerraron la frontera con Arnor"])
def test_a_border_closed_with_a_country_is_a_sanction_unless_armed_forces_close_it(shipped, spec, expected):
    """The imported "* FRONTERA CON +" (191) loses to the curated pattern of the same frame."""
    assert code_probe(spec, shipped) == expected


# es21: verbs of command (profile `command_verbs`, as in English): the one who orders does the
# act the object is ordered to do; an ordered act that codes nothing is a demand (100) on it
COMMAND_CASES = [
    ("el presidente ordenó a las tropas atacar Arnor", subject_clause(
        "presidente", "ordenó", "ordenar", "a/=/ADP/8/case", "las/el/DET/8/det/DFP", "tropas/tropa/NOUN/5/obj/FP",
        "atacar/atacar/VERB/5/xcomp/INF", "Arnor/=/PROPN/9/obj"), [("190", "GONGOV", "ARN")]),
    ("ordenó a Arnor comparecer ante el tribunal", clause(
        "ordenó", "ordenar", "a/=/ADP/4/case", "Arnor/=/PROPN/2/obj", "comparecer/comparecer/VERB/2/xcomp/INF",
        "ante/ante/ADP/8/case", "el/el/DET/8/det/DMS", "tribunal/tribunal/NOUN/5/obl/MS"), [("100", "GON", "ARN")]),
]


@pytest.mark.parametrize("spec,expected", [c[1:] for c in COMMAND_CASES], ids=[c[0] for c in COMMAND_CASES])
def test_the_one_who_orders_an_act_does_it_in_spanish_as_in_english(core, spec, expected):
    assert code_probe(spec, core) == expected


def test_two_subjects_of_a_reciprocal_act_act_on_each_other_unless_a_partner_phrase_names_another(core):
    """Profile `partner` (con, entre), as English's with/between: "Gondor y Arnor reanudaron
    las negociaciones sobre la retirada de Rohan" are talks between Gondor and Arnor (Rohan,
    in a topic phrase, is no party); "negociaron con Rohan" names the other party."""
    topic = ("Gondor/=/PROPN/4/nsubj y/y/CCONJ/3/cc Arnor/=/PROPN/1/conj reanudaron/reanudar/VERB/0/root/PP3 "
             "las/el/DET/6/det/DFP negociaciones/negociación/NOUN/4/obj/FP sobre/sobre/ADP/9/case la/el/DET/9/det/DFS "
             "retirada/retirada/NOUN/6/nmod/FS de/de/ADP/11/case Rohan/=/PROPN/9/nmod ././PUNCT/4/punct")
    assert sorted(code_probe(topic, core)) == [("046", "ARN", "GON"), ("046", "GON", "ARN")]
    partner = ("Gondor/=/PROPN/4/nsubj y/y/CCONJ/3/cc Arnor/=/PROPN/1/conj negociaron/negociar/VERB/0/root/PP3 "
               "con/con/ADP/6/case Rohan/=/PROPN/4/obl ././PUNCT/4/punct")
    assert ("046", "GON", "ROH") in code_probe(partner, core)


def test_a_negated_announced_act_until_another_acts_is_an_ultimatum(core):
    """Profile `negated_ultimatum_markers` (hasta), as English's until/till: "no retirará sus
    tropas hasta que Arnor levante las sanciones" is Gondor's ultimatum to Arnor (139), not a
    refusal to withdraw — and, as in English, the demand that mirrors the condition's act
    where CAMEO has one (lifting sanctions: 1054); a condition with no such demand ("hasta que
    Arnor ataque Rohan") keeps the ultimatum; a realised act ("no atacó hasta que ...") is none."""
    ultimatum = ("Gondor/=/PROPN/3/nsubj no/no/ADV/3/advmod/NEG retirará/retirar/VERB/0/root/FS3 sus/su/DET/5/det/POP "
                 "tropas/tropa/NOUN/3/obj/FP hasta/hasta/ADP/9/mark que/que/SCONJ/6/fixed Arnor/=/PROPN/9/nsubj "
                 "levante/levantar/VERB/3/advcl/Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin "
                 "las/el/DET/11/det/DFP sanciones/sanción/NOUN/9/obj/FP ././PUNCT/3/punct")
    assert code_probe(ultimatum, core) == [("1054", "GON", "ARN")]
    attack = ultimatum.replace("levante/levantar/VERB/3/advcl/Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin "
                               "las/el/DET/11/det/DFP sanciones/sanción/NOUN/9/obj/FP",
                               "ataque/atacar/VERB/3/advcl/Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin "
                               "a/a/ADP/11/case Rohan/=/PROPN/9/obj")
    assert code_probe(attack, core) == [("139", "GON", "ARN")]
    past = ultimatum.replace("retirará/retirar/VERB/0/root/FS3", "retiró/retirar/VERB/0/root/PS3")
    assert all(code != "139" for code, _, _ in code_probe(past, core))


# es22: a blockade by armed forces (191) whatever they block, protesters obstructing (144); a
# navy is the military of its phrase's country; a fight a reflexive passive of occurrence or
# report tells of ("se registraron enfrentamientos en X") codes itself, and no raid on X
@pytest.mark.parametrize("spec,expected", [
    (plural_subject_clause("soldados", "soldado", "bloquearon", "bloquear", "el/el/DET/5/det/DMS", "puerto/puerto/NOUN/3/obj/MS",
                           "de/de/ADP/7/case", "Arnor/=/PROPN/5/nmod"), [("191", "---MIL", "ARN")]),
    (plural_subject_clause("campesinos", "campesino", "bloquearon", "bloquear", "la/el/DET/5/det/DFS",
                           "carretera/carretera/NOUN/3/obj/FS"), [("144", "---AGR", "")]),
    ("La/el/DET/2/det/DFS armada/armada/NOUN/5/nsubj/FS de/de/ADP/4/case Gondor/=/PROPN/2/nmod bloqueó/bloquear/VERB/0/root/PS3 "
     "el/el/DET/7/det/DMS puerto/puerto/NOUN/5/obj/MS ././PUNCT/5/punct", [("191", "GONMIL", "")]),
    ("Se/él/PRON/2/iobj/SE registraron/registrar/VERB/0/root/PP3 combates/combate/NOUN/2/nsubj/MP entre/entre/ADP/5/case "
     "soldados/soldado/NOUN/3/nmod/MP y/y/CCONJ/7/cc rebeldes/rebelde/NOUN/5/conj/MP en/en/ADP/9/case Arnor/=/PROPN/2/obl "
     "././PUNCT/2/punct", [("190", "---MIL", "---REB"), ("190", "---REB", "---MIL")]),
    ("Se/él/PRON/2/iobj/SE registraron/registrar/VERB/0/root/PP3 varias/varios/DET/4/det/FP viviendas/vivienda/NOUN/2/nsubj/FP "
     "en/en/ADP/6/case Arnor/=/PROPN/2/obl ././PUNCT/2/punct", [("170", None, "ARN")]),
    # an object clitic is the threatened
    ("Gondor/=/PROPN/2/nsubj criticó/criticar/VERB/0/root/PS3 a/=/ADP/4/case Arnor/=/PROPN/2/obj y/y/CCONJ/7/cc "
     "lo/él/PRON/7/obj/LO amenazó/amenazar/VERB/2/conj/PS3 con/con/ADP/9/case sanciones/sanción/NOUN/7/obl/FP "
     "././PUNCT/2/punct", [("111", "GON", "ARN"), ("1312", "GON", "ARN")]),
    # an appeal or a demand to a government is no appeal for military protection (0234)
    (clause("exigió", "exigir", "elecciones/elección/NOUN/2/obj/FP", "a/=/ADP/6/case", "el/el/DET/6/det/DMS",
            "gobierno/gobierno/NOUN/2/obl/MS", "de/de/ADP/8/case", "Arnor/=/PROPN/6/nmod"), [("100", "GON", "ARNGOV")]),
    (clause("pidió", "pedir", "calma/calma/NOUN/2/obj/FS", "a/=/ADP/6/case", "el/el/DET/6/det/DMS",
            "gobierno/gobierno/NOUN/2/obl/MS", "de/de/ADP/8/case", "Arnor/=/PROPN/6/nmod"), [("020", "GON", "ARNGOV")]),
], ids=["los soldados bloquearon el puerto de Arnor", "los campesinos bloquearon la carretera",
        "la armada de Gondor bloqueó el puerto", "se registraron combates en Arnor", "se registraron viviendas en Arnor",
        "lo amenazó con sanciones", "exigió elecciones al gobierno", "pidió calma al gobierno"])
def test_blockades_by_armed_forces_and_fights_a_reflexive_passive_reports(shipped, spec, expected):
    got = code_probe(spec, shipped)
    assert len(got) == len(expected)
    assert [(c, s if e_s is not None else None, t) for (c, s, t), (_, e_s, _) in zip(got, expected)] == expected


# es22: senses of wire news the imported blocks missed or misread: assets frozen (163), debt
# cancelled (071), a loan approved for a country (071), tear gas fired (175), a welcome (051),
# a break of relations announced (161)
@pytest.mark.parametrize("spec,expected", [
    (clause("congeló", "congelar", "las/el/DET/4/det/DFP", "cuentas/cuenta/NOUN/2/obj/FP", "de/de/ADP/6/case", "Arnor/=/PROPN/4/nmod"),
     [("163", "GON", "ARN")]),
    (clause("canceló", "cancelar", "la/el/DET/4/det/DFS", "deuda/deuda/NOUN/2/obj/FS", "de/de/ADP/6/case", "Arnor/=/PROPN/4/nmod"),
     [("071", "GON", "ARN")]),
    (clause("aprobó", "aprobar", "un/uno/DET/4/det/IMS", "préstamo/préstamo/NOUN/2/obj/MS", "para/para/ADP/6/case",
            "Arnor/=/PROPN/2/obl"), [("071", "GON", "ARN")]),
    (subject_clause("policía", "lanzó", "lanzar", "gases/gas/NOUN/5/obj/MP", "lacrimógenos/lacrimógeno/ADJ/6/amod/MP",
                    "contra/contra/ADP/9/case", "estudiantes/estudiante/NOUN/6/nmod/MP"), [("175", "GONCOP", "---EDU")]),
    (clause("acogió", "acoger", "con/con/ADP/4/case", "beneplácito/beneplácito/NOUN/2/obl/MS", "la/el/DET/6/det/DFS",
            "propuesta/propuesta/NOUN/2/obj/FS", "de/de/ADP/8/case", "Arnor/=/PROPN/6/nmod"), [("051", "GON", "ARN")]),
    (clause("anunció", "anunciar", "la/el/DET/4/det/DFS", "ruptura/ruptura/NOUN/2/obj/FS", "de/de/ADP/6/case",
            "relaciones/relación/NOUN/4/nmod/FP", "con/con/ADP/8/case", "Arnor/=/PROPN/4/nmod"), [("161", "GON", "ARN")]),
    # everyday verbs the imported blocks coded: being somewhere, falling, setting a date
    (clause("está", "estar", "en/en/ADP/4/case", "Arnor/=/PROPN/2/obl", feats="RS3"), []),
    (clause("cayó", "caer", "en/en/ADP/4/case", "Arnor/=/PROPN/2/obl"), []),
    (clause("fijó", "fijar", "la/el/DET/4/det/DFS", "fecha/fecha/NOUN/2/obj/FS", "de/de/ADP/7/case", "las/el/DET/7/det/DFP",
            "elecciones/elección/NOUN/4/nmod/FP"), []),
    (clause("colocó", "colocar", "una/uno/DET/4/det/IFS", "bandera/bandera/NOUN/2/obj/FS", "en/en/ADP/6/case", "Arnor/=/PROPN/2/obl"), []),
    (clause("elaboró", "elaborar", "un/uno/DET/4/det/IMS", "plan/plan/NOUN/2/obj/MS"), []),
    (clause("envió", "enviar", "un/uno/DET/4/det/IMS", "mensaje/mensaje/NOUN/2/obj/MS", "a/=/ADP/6/case", "Arnor/=/PROPN/2/obl"), []),
    (clause("adoptó", "adoptar", "nuevas/nuevo/ADJ/4/amod/FP", "medidas/medida/NOUN/2/obj/FP"), []),
    # the opposition (OPP) and displaced people (REF) are agents
    (clause("atacó", "atacar", "a/=/ADP/4/case", "opositores/opositor/NOUN/2/obj/MP", "de/de/ADP/6/case", "Arnor/=/PROPN/4/nmod"),
     [("190", "GON", "ARNOPP")]),
    (clause("expulsó", "expulsar", "a/=/ADP/5/case", "los/el/DET/5/det/DMP", "desplazados/desplazado/NOUN/2/obj/MP"),
     [("174", "GON", "---REF")]),
    # acts of force: wounding (182), ambushing (190), rockets (194) and missiles (190) fired,
    # a town seized (192), an attack repelled (190); inmates are criminals (CRM)
    (clause("hirió", "herir", "a/=/ADP/5/case", "dos/dos/NUM/5/nummod", "soldados/soldado/NOUN/2/obj/MP", "de/de/ADP/7/case",
            "Arnor/=/PROPN/5/nmod"), [("182", "GON", "ARNMIL")]),
    (clause("emboscó", "emboscar", "a/=/ADP/5/case", "una/uno/DET/5/det/IFS", "patrulla/patrulla/NOUN/2/obj/FS", "de/de/ADP/7/case",
            "Arnor/=/PROPN/5/nmod"), [("190", "GON", "ARN")]),
    (clause("disparó", "disparar", "cohetes/cohete/NOUN/2/obj/MP", "contra/contra/ADP/5/case", "Arnor/=/PROPN/2/obl"),
     [("194", "GON", "ARN")]),
    (clause("lanzó", "lanzar", "misiles/misil/NOUN/2/obj/MP", "contra/contra/ADP/5/case", "Arnor/=/PROPN/2/obl"),
     [("190", "GON", "ARN")]),
    ("Gondor/=/PROPN/3/nsubj se/él/PRON/3/obj/SE apoderó/apoderar/VERB/0/root/PS3 de/de/ADP/6/case la/el/DET/6/det/DFS "
     "ciudad/ciudad/NOUN/3/obl/FS ././PUNCT/3/punct", [("192", "GON", "")]),
    (clause("repelió", "repeler", "un/uno/DET/4/det/IMS", "ataque/ataque/NOUN/2/obj/MS", "de/de/ADP/6/case", "Arnor/=/PROPN/4/nmod"),
     [("190", "GON", "ARN")]),
    (clause("torturó", "torturar", "a/=/ADP/4/case", "presos/preso/NOUN/2/obj/MP"), [("182", "GON", "---CRM")]),
    # several-word pattern words name their head last: "alto el fuego", "toque de queda",
    # "estado de emergencia" as UD parses head them (alto, toque, estado)
    (clause("violó", "violar", "el/el/DET/4/det/DMS", "alto/alto/NOUN/2/obj/MS", "el/el/DET/6/det/DMS", "fuego/fuego/NOUN/4/nmod/MS"),
     [("196", "GON", "")]),
    (clause("impuso", "imponer", "el/el/DET/4/det/DMS", "toque/toque/NOUN/2/obj/MS", "de/de/ADP/6/case", "queda/queda/NOUN/4/nmod/FS",
            "en/en/ADP/8/case", "Arnor/=/PROPN/2/obl"), [("1723", "GON", "ARN")]),
    (clause("declaró", "declarar", "el/el/DET/4/det/DMS", "estado/estado/NOUN/2/obj/MS", "de/de/ADP/6/case",
            "emergencia/emergencia/NOUN/4/nmod/FS"), [("1724", "GON", "")]),
    # hostages taken are abducted (181)
    (clause("tomó", "tomar", "como/como/ADP/4/case", "rehenes/rehén/NOUN/2/obl/MP", "a/=/ADP/7/case", "dos/dos/NUM/7/nummod",
            "periodistas/periodista/NOUN/2/obj/MP"), [("181", "GON", "---MED")]),
    # people gathering rally (140); troops gathering do not
    ("Los/el/DET/2/det/DMP estudiantes/estudiante/NOUN/4/nsubj/MP se/él/PRON/4/obj/SE concentraron/concentrar/VERB/0/root/PP3 "
     "en/en/ADP/6/case Arnor/=/PROPN/4/obl ././PUNCT/4/punct", [("140", "---EDU", "ARN")]),
], ids=["congeló las cuentas de Arnor", "canceló la deuda de Arnor", "aprobó un préstamo para Arnor",
        "la policía lanzó gases lacrimógenos", "acogió con beneplácito la propuesta de Arnor", "anunció la ruptura de relaciones",
        "está en Arnor", "cayó en Arnor", "fijó la fecha de las elecciones", "colocó una bandera en Arnor", "elaboró un plan",
        "envió un mensaje a Arnor", "adoptó nuevas medidas", "atacó a opositores de Arnor", "expulsó a los desplazados",
        "hirió a dos soldados de Arnor", "emboscó a una patrulla de Arnor", "disparó cohetes contra Arnor",
        "lanzó misiles contra Arnor", "se apoderó de la ciudad", "repelió un ataque de Arnor", "torturó a presos",
        "los estudiantes se concentraron en Arnor", "violó el alto el fuego", "impuso el toque de queda en Arnor",
        "declaró el estado de emergencia", "tomó como rehenes a dos periodistas"])
def test_wire_news_senses_of_sanctions_aid_repression_and_relations(shipped, spec, expected):
    assert code_probe(spec, shipped) == expected
