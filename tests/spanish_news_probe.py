"""A coverage probe of the shipped Spanish codebook beyond fight news: made-up Spanish wire
sentences of diplomacy, politics, protest, aid and coercion across CAMEO roots 01-20, hand-built
as UD v2 parses (AnCora-style lemmas and features, as the shared Spanish set's UDPipe parses
give them), each with the events it should code.

Run as a script to count how many code their expected root (and source and target) with the
shipped codebook (codebooks/es) plus three made-up countries (Gondor GON, Arnor ARN, Rohan ROH):

    .venv/bin/python tests/spanish_news_probe.py [CODEBOOK_DIR] [-v]

Token notation: "form/lemma/UPOS/head/deprel[/feats]", ids in order from 1; lemma "=" is the
form itself; feats are a macro below or literal UD features; a doc's sentences are joined by
"||". Expectations: (code, source, target) per event; an empty list expects no event;
source or target None is not checked. Written before the codebook was changed (issue 15)."""

from __future__ import annotations

import sys
from pathlib import Path

FEATS = {
    "PS3": "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin",
    "PP3": "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin",
    "RS3": "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin",
    "RP3": "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin",
    "FS3": "Mood=Ind|Number=Sing|Person=3|Tense=Fut|VerbForm=Fin",
    "CS3": "Mood=Cnd|Number=Sing|Person=3|VerbForm=Fin",
    "INF": "VerbForm=Inf",
    "SE": "Case=Acc,Dat|Person=3|PrepCase=Npr|PronType=Prs|Reflex=Yes",
    "LO": "Case=Acc|Gender=Masc|Number=Sing|Person=3|PrepCase=Npr|PronType=Prs",
    "LE": "Case=Dat|Number=Sing|Person=3|PronType=Prs",
    "NEG": "Polarity=Neg",
    "MS": "Gender=Masc|Number=Sing", "MP": "Gender=Masc|Number=Plur",
    "FS": "Gender=Fem|Number=Sing", "FP": "Gender=Fem|Number=Plur",
    "DMS": "Definite=Def|Gender=Masc|Number=Sing|PronType=Art",
    "DMP": "Definite=Def|Gender=Masc|Number=Plur|PronType=Art",
    "DFS": "Definite=Def|Gender=Fem|Number=Sing|PronType=Art",
    "DFP": "Definite=Def|Gender=Fem|Number=Plur|PronType=Art",
    "IMS": "Definite=Ind|Gender=Masc|Number=Sing|PronType=Art",
    "IFS": "Definite=Ind|Gender=Fem|Number=Sing|PronType=Art",
    "POS": "Number=Sing|Person=3|Poss=Yes|PronType=Prs",
    "POP": "Number=Plur|Person=3|Poss=Yes|PronType=Prs",
}

ACTORS = """kind: actors
entries:
  - {names: [Gondor], code: GON}
  - {names: [Arnor], code: ARN}
  - {names: [Rohan], code: ROH}
  - {names: [Frente de Liberación y Justicia de Rohan], code: ROHREB}
"""

# (name, CAMEO family, expected events, tokens)
PROBES: list[tuple[str, str, list[tuple[str, str | None, str | None]], str]] = [
    # -- 01 statements: denying an accusation
    ("rechazar-acusaciones", "016", [("016", "GON", None)],
     "Gondor/=/PROPN/2/nsubj rechazó/rechazar/VERB/0/root/PS3 las/el/DET/4/det/DFP acusaciones/acusación/NOUN/2/obj/FP "
     "de/de/ADP/6/case Arnor/=/PROPN/4/nmod ././PUNCT/2/punct"),
    # -- 02 appeals
    ("pedir-a", "020", [("020", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj pidió/pedir/VERB/0/root/PS3 a/=/ADP/4/case Arnor/=/PROPN/2/iobj la/el/DET/6/det/DFS "
     "liberación/liberación/NOUN/2/obj/FS de/de/ADP/9/case los/el/DET/9/det/DMP rehenes/rehén/NOUN/6/nmod/MP ././PUNCT/2/punct"),
    ("instar-a", "026", [("026", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj instó/instar/VERB/0/root/PS3 a/=/ADP/4/case Arnor/=/PROPN/2/obj a/=/ADP/6/mark "
     "negociar/negociar/VERB/2/xcomp/INF ././PUNCT/2/punct"),
    ("solicitar-ayuda", "023", [("023", "ARN", "GON")],
     "Arnor/=/PROPN/2/nsubj solicitó/solicitar/VERB/0/root/PS3 ayuda/ayuda/NOUN/2/obj/FS humanitaria/humanitario/ADJ/3/amod/FS "
     "a/=/ADP/6/case Gondor/=/PROPN/2/obl ././PUNCT/2/punct"),
    ("llamamiento", "020", [("020", "GONGOV", None)],
     "El/el/DET/2/det/DMS gobierno/gobierno/NOUN/5/nsubj/MS de/de/ADP/4/case Gondor/=/PROPN/2/nmod hizo/hacer/VERB/0/root/PS3 "
     "un/uno/DET/7/det/IMS llamamiento/llamamiento/NOUN/5/obj/MS a/=/ADP/10/case la/el/DET/10/det/DFS calma/calma/NOUN/7/nmod/FS "
     "././PUNCT/5/punct"),
    # -- 03 intent to cooperate
    ("prometer-ayuda", "033", [("033", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj prometió/prometer/VERB/0/root/PS3 ayuda/ayuda/NOUN/2/obj/FS a/=/ADP/5/case Arnor/=/PROPN/2/obl "
     "././PUNCT/2/punct"),
    ("ofrecer-ayuda", "0333", [("0333", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj ofreció/ofrecer/VERB/0/root/PS3 ayuda/ayuda/NOUN/2/obj/FS humanitaria/humanitario/ADJ/3/amod/FS "
     "a/=/ADP/6/case Arnor/=/PROPN/2/obl ././PUNCT/2/punct"),
    ("comprometerse-cooperar", "030", [("030", "GON", "ARN")],
     "Gondor/=/PROPN/3/nsubj se/él/PRON/3/iobj/SE comprometió/comprometer/VERB/0/root/PS3 a/=/ADP/5/mark "
     "cooperar/cooperar/VERB/3/xcomp/INF con/con/ADP/7/case Arnor/=/PROPN/5/obl ././PUNCT/3/punct"),
    ("proponer-reunion", "036", [("036", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj propuso/proponer/VERB/0/root/PS3 a/=/ADP/4/case Arnor/=/PROPN/2/iobj una/uno/DET/6/det/IFS "
     "reunión/reunión/NOUN/2/obj/FS ././PUNCT/2/punct"),
    ("ofrecer-mediar", "039", [("039", "GON", None)],
     "Gondor/=/PROPN/2/nsubj ofreció/ofrecer/VERB/0/root/PS3 mediar/mediar/VERB/2/xcomp/INF entre/entre/ADP/5/case "
     "Arnor/=/PROPN/3/obl y/y/CCONJ/7/cc Rohan/=/PROPN/5/conj ././PUNCT/2/punct"),
    # -- 04 consult
    ("reunirse-con", "040", [("040", "GONGOV", "ARNGOV")],
     "El/el/DET/2/det/DMS presidente/presidente/NOUN/6/nsubj/MS de/de/ADP/4/case Gondor/=/PROPN/2/nmod se/él/PRON/6/iobj/SE "
     "reunió/reunir/VERB/0/root/PS3 con/con/ADP/9/case el/el/DET/9/det/DMS presidente/presidente/NOUN/6/obl/MS de/de/ADP/11/case "
     "Arnor/=/PROPN/9/nmod ././PUNCT/6/punct"),
    ("visitar", "042", [("042", "GONGOV", "ARN")],
     "El/el/DET/2/det/DMS canciller/canciller/NOUN/5/nsubj/MS de/de/ADP/4/case Gondor/=/PROPN/2/nmod visitó/visitar/VERB/0/root/PS3 "
     "Arnor/=/PROPN/5/obj ././PUNCT/5/punct"),
    ("viajar-a", "042", [("042", "ARNGOV", "GON")],
     "El/el/DET/2/det/DMS ministro/ministro/NOUN/5/nsubj/MS de/de/ADP/4/case Arnor/=/PROPN/2/nmod viajó/viajar/VERB/0/root/PS3 "
     "a/=/ADP/7/case Gondor/=/PROPN/5/obl ././PUNCT/5/punct"),
    ("recibir-a", "043", [("043", "GON", "ARNGOV")],
     "Gondor/=/PROPN/2/nsubj recibió/recibir/VERB/0/root/PS3 a/=/ADP/5/case el/el/DET/5/det/DMS presidente/presidente/NOUN/2/obj/MS "
     "de/de/ADP/7/case Arnor/=/PROPN/5/nmod ././PUNCT/2/punct"),
    ("negociar-con", "046", [("046", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj negoció/negociar/VERB/0/root/PS3 con/con/ADP/4/case Arnor/=/PROPN/2/obl un/uno/DET/6/det/IMS "
     "alto/alto/NOUN/2/obj/MS el/el/DET/8/det/DMS fuego/fuego/NOUN/6/fixed/MS ././PUNCT/2/punct"),
    ("mediar-entre", "045", [("045", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj medió/mediar/VERB/0/root/PS3 entre/entre/ADP/4/case Arnor/=/PROPN/2/obl y/y/CCONJ/6/cc "
     "Rohan/=/PROPN/4/conj ././PUNCT/2/punct"),
    ("hablar-telefono", "041", [("041", "GONGOV", "ARN")],
     "El/el/DET/2/det/DMS presidente/presidente/NOUN/5/nsubj/MS de/de/ADP/4/case Gondor/=/PROPN/2/nmod habló/hablar/VERB/0/root/PS3 "
     "por/por/ADP/7/case teléfono/teléfono/NOUN/5/obl/MS con/con/ADP/9/case Arnor/=/PROPN/5/obl ././PUNCT/5/punct"),
    ("celebrar-conversaciones", "040", [("040", "GON", "ARN")],
     "Gondor/=/PROPN/4/nsubj y/y/CCONJ/3/cc Arnor/=/PROPN/1/conj celebraron/celebrar/VERB/0/root/PP3 "
     "conversaciones/conversación/NOUN/4/obj/FP de/de/ADP/7/case paz/paz/NOUN/5/nmod/FS ././PUNCT/4/punct"),
    ("consultar-a", "040", [("040", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj consultó/consultar/VERB/0/root/PS3 a/=/ADP/4/case Arnor/=/PROPN/2/obj sobre/sobre/ADP/7/case "
     "la/el/DET/7/det/DFS crisis/crisis/NOUN/2/obl/FS ././PUNCT/2/punct"),
    # -- 05 diplomatic cooperation
    ("elogiar-a", "051", [("051", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj elogió/elogiar/VERB/0/root/PS3 a/=/ADP/4/case Arnor/=/PROPN/2/obj ././PUNCT/2/punct"),
    ("felicitar-por", "051", [("051", "GONGOV", "ARN")],
     "El/el/DET/2/det/DMS presidente/presidente/NOUN/5/nsubj/MS de/de/ADP/4/case Gondor/=/PROPN/2/nmod felicitó/felicitar/VERB/0/root/PS3 "
     "a/=/ADP/7/case Arnor/=/PROPN/5/obj por/por/ADP/10/case las/el/DET/10/det/DFP elecciones/elección/NOUN/5/obl/FP ././PUNCT/5/punct"),
    ("agradecer-a", "051", [("051", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj agradeció/agradecer/VERB/0/root/PS3 a/=/ADP/4/case Arnor/=/PROPN/2/iobj su/su/DET/6/det/POS "
     "ayuda/ayuda/NOUN/2/obj/FS ././PUNCT/2/punct"),
    ("firmar-acuerdo-con", "057", [("057", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj firmó/firmar/VERB/0/root/PS3 un/uno/DET/4/det/IMS acuerdo/acuerdo/NOUN/2/obj/MS de/de/ADP/6/case "
     "cooperación/cooperación/NOUN/4/nmod/FS con/con/ADP/8/case Arnor/=/PROPN/2/obl ././PUNCT/2/punct"),
    ("firmar-tratado-coord", "057", [("057", "GON", "ARN")],
     "Gondor/=/PROPN/4/nsubj y/y/CCONJ/3/cc Arnor/=/PROPN/1/conj firmaron/firmar/VERB/0/root/PP3 un/uno/DET/6/det/IMS "
     "tratado/tratado/NOUN/4/obj/MS de/de/ADP/8/case paz/paz/NOUN/6/nmod/FS ././PUNCT/4/punct"),
    ("apoyar-a", "050", [("050", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj apoyó/apoyar/VERB/0/root/PS3 a/=/ADP/4/case Arnor/=/PROPN/2/obj ././PUNCT/2/punct"),
    ("pedir-disculpas", "055", [("055", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj pidió/pedir/VERB/0/root/PS3 disculpas/disculpa/NOUN/2/obj/FP a/=/ADP/5/case Arnor/=/PROPN/2/obl "
     "././PUNCT/2/punct"),
    ("reconocer-como-estado", "054", [("054", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj reconoció/reconocer/VERB/0/root/PS3 a/=/ADP/4/case Arnor/=/PROPN/2/obj como/como/ADP/6/case "
     "Estado/estado/NOUN/2/obl/MS independiente/independiente/ADJ/6/amod/MS ././PUNCT/2/punct"),
    ("restablecer-relaciones", "05", [("05", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj restableció/restablecer/VERB/0/root/PS3 relaciones/relación/NOUN/2/obj/FP "
     "diplomáticas/diplomático/ADJ/3/amod/FP con/con/ADP/6/case Arnor/=/PROPN/2/obl ././PUNCT/2/punct"),
    # -- 06 material cooperation
    ("compartir-inteligencia", "064", [("064", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj compartió/compartir/VERB/0/root/PS3 información/información/NOUN/2/obj/FS de/de/ADP/5/case "
     "inteligencia/inteligencia/NOUN/3/nmod/FS con/con/ADP/7/case Arnor/=/PROPN/2/obl ././PUNCT/2/punct"),
    ("cooperar-con", "06", [("06", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj cooperará/cooperar/VERB/0/root/FS3 militarmente/militarmente/ADV/2/advmod con/con/ADP/5/case "
     "Arnor/=/PROPN/2/obl ././PUNCT/2/punct"),
    # -- 07 aid
    ("enviar-ayuda", "073", [("073", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj envió/enviar/VERB/0/root/PS3 ayuda/ayuda/NOUN/2/obj/FS humanitaria/humanitario/ADJ/3/amod/FS "
     "a/=/ADP/6/case Arnor/=/PROPN/2/obl ././PUNCT/2/punct"),
    ("donar-alimentos", "070", [("070", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj donó/donar/VERB/0/root/PS3 alimentos/alimento/NOUN/2/obj/MP a/=/ADP/5/case Arnor/=/PROPN/2/obl "
     "././PUNCT/2/punct"),
    ("conceder-prestamo", "071", [("071", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj concedió/conceder/VERB/0/root/PS3 un/uno/DET/4/det/IMS préstamo/préstamo/NOUN/2/obj/MS "
     "a/=/ADP/6/case Arnor/=/PROPN/2/obl ././PUNCT/2/punct"),
    ("entregar-armas", "072", [("072", "GON", "ARNREB")],
     "Gondor/=/PROPN/2/nsubj entregó/entregar/VERB/0/root/PS3 armas/arma/NOUN/2/obj/FP a/=/ADP/6/case los/el/DET/6/det/DMP "
     "rebeldes/rebelde/NOUN/2/obl/MP de/de/ADP/8/case Arnor/=/PROPN/6/nmod ././PUNCT/2/punct"),
    ("conceder-asilo", "075", [("075", "GON", None)],
     "Gondor/=/PROPN/2/nsubj concedió/conceder/VERB/0/root/PS3 asilo/asilo/NOUN/2/obj/MS a/=/ADP/6/case "
     "el/el/DET/6/det/DMS periodista/periodista/NOUN/2/obl/MS de/de/ADP/8/case Arnor/=/PROPN/6/nmod ././PUNCT/2/punct"),
    # -- 08 yield
    ("liberar-a", "0841", [("0841", "GON", None)],
     "Gondor/=/PROPN/2/nsubj liberó/liberar/VERB/0/root/PS3 a/=/ADP/5/case diez/diez/NUM/5/nummod prisioneros/prisionero/NOUN/2/obj/MP "
     "de/de/ADP/7/case Arnor/=/PROPN/5/nmod ././PUNCT/2/punct"),
    ("retirar-tropas", "0874", [("0874", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj retiró/retirar/VERB/0/root/PS3 sus/su/DET/4/det/POP tropas/tropa/NOUN/2/obj/FP de/de/ADP/6/case "
     "Arnor/=/PROPN/2/obl ././PUNCT/2/punct"),
    ("levantar-sanciones", "085", [("085", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj levantó/levantar/VERB/0/root/PS3 las/el/DET/4/det/DFP sanciones/sanción/NOUN/2/obj/FP "
     "contra/contra/ADP/6/case Arnor/=/PROPN/4/nmod ././PUNCT/2/punct"),
    ("aceptar-exigencias", "080", [("080", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj aceptó/aceptar/VERB/0/root/PS3 las/el/DET/4/det/DFP exigencias/exigencia/NOUN/2/obj/FP "
     "de/de/ADP/6/case Arnor/=/PROPN/4/nmod ././PUNCT/2/punct"),
    # -- 09 investigate
    ("investigar", "090", [("090", "GONCOP", None)],
     "La/el/DET/2/det/DFS policía/policía/NOUN/5/nsubj/FS de/de/ADP/4/case Gondor/=/PROPN/2/nmod investiga/investigar/VERB/0/root/RS3 "
     "el/el/DET/7/det/DMS atentado/atentado/NOUN/5/obj/MS ././PUNCT/5/punct"),
    ("abrir-investigacion", "090", [("090", "IGOUNO", "GON")],
     "La/el/DET/2/det/DFS ONU/ONU/PROPN/3/nsubj abrió/abrir/VERB/0/root/PS3 una/uno/DET/5/det/IFS "
     "investigación/investigación/NOUN/3/obj/FS sobre/sobre/ADP/7/case Gondor/=/PROPN/5/nmod ././PUNCT/3/punct"),
    # -- 10 demand
    ("exigir-renuncia", "1041", [("1041", "---PRO", "GONGOV")],
     "Los/el/DET/2/det/DMP manifestantes/manifestante/NOUN/3/nsubj/MP exigieron/exigir/VERB/0/root/PP3 la/el/DET/5/det/DFS "
     "renuncia/renuncia/NOUN/3/obj/FS de/de/ADP/8/case el/el/DET/8/det/DMS presidente/presidente/NOUN/5/nmod/MS de/de/ADP/10/case "
     "Gondor/=/PROPN/8/nmod ././PUNCT/3/punct"),
    ("exigir-a", "100", [("100", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj exigió/exigir/VERB/0/root/PS3 a/=/ADP/4/case Arnor/=/PROPN/2/iobj la/el/DET/6/det/DFS "
     "retirada/retirada/NOUN/2/obj/FS de/de/ADP/9/case sus/su/DET/9/det/POP tropas/tropa/NOUN/6/nmod/FP ././PUNCT/2/punct"),
    # -- 11 disapprove
    ("condenar-ataque", "111", [("111", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj condenó/condenar/VERB/0/root/PS3 el/el/DET/4/det/DMS ataque/ataque/NOUN/2/obj/MS "
     "de/de/ADP/6/case Arnor/=/PROPN/4/nmod ././PUNCT/2/punct"),
    ("criticar-a", "111", [("111", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj criticó/criticar/VERB/0/root/PS3 duramente/duramente/ADV/2/advmod a/=/ADP/5/case "
     "Arnor/=/PROPN/2/obj ././PUNCT/2/punct"),
    ("acusar-de", "112", [("112", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj acusó/acusar/VERB/0/root/PS3 a/=/ADP/4/case Arnor/=/PROPN/2/obj de/de/ADP/6/case "
     "espionaje/espionaje/NOUN/2/obl/MS ././PUNCT/2/punct"),
    # -- 12 reject
    ("rechazar-propuesta", "120", [("120", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj rechazó/rechazar/VERB/0/root/PS3 la/el/DET/4/det/DFS propuesta/propuesta/NOUN/2/obj/FS "
     "de/de/ADP/6/case Arnor/=/PROPN/4/nmod ././PUNCT/2/punct"),
    ("negarse-negociar", "12", [("12", "GON", "ARN")],
     "Gondor/=/PROPN/3/nsubj se/él/PRON/3/iobj/SE negó/negar/VERB/0/root/PS3 a/=/ADP/5/mark negociar/negociar/VERB/3/xcomp/INF "
     "con/con/ADP/7/case Arnor/=/PROPN/5/obl ././PUNCT/3/punct"),
    # -- 13 threaten
    ("amenazar-sanciones", "1312", [("1312", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj amenazó/amenazar/VERB/0/root/PS3 con/con/ADP/4/mark imponer/imponer/VERB/2/advcl/INF "
     "sanciones/sanción/NOUN/4/obj/FP a/=/ADP/7/case Arnor/=/PROPN/4/obl ././PUNCT/2/punct"),
    ("advertir-a", "130", [("130", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj advirtió/advertir/VERB/0/root/PS3 a/=/ADP/4/case Arnor/=/PROPN/2/obj de/de/ADP/6/case "
     "consecuencias/consecuencia/NOUN/2/obl/FP graves/grave/ADJ/6/amod/FP ././PUNCT/2/punct"),
    # -- 14 protest
    ("protestar-contra", "140", [("140", "---PRO", "GONGOV")],
     "Miles/mil/NUM/4/nsubj de/de/ADP/3/case manifestantes/manifestante/NOUN/1/nmod/MP protestaron/protestar/VERB/0/root/PP3 "
     "contra/contra/ADP/7/case el/el/DET/7/det/DMS gobierno/gobierno/NOUN/4/obl/MS de/de/ADP/9/case Gondor/=/PROPN/7/nmod "
     "././PUNCT/4/punct"),
    ("declararse-huelga", "143", [("143", None, None)],
     "Los/el/DET/2/det/DMP trabajadores/trabajador/NOUN/6/nsubj/MP de/de/ADP/4/case Arnor/=/PROPN/2/nmod se/él/PRON/6/iobj/SE "
     "declararon/declarar/VERB/0/root/PP3 en/en/ADP/8/case huelga/huelga/NOUN/6/obl/FS ././PUNCT/6/punct"),
    # -- 15 exhibit force
    ("desplegar-tropas", "154", [("154", "GON", None)],
     "Gondor/=/PROPN/2/nsubj desplegó/desplegar/VERB/0/root/PS3 tropas/tropa/NOUN/2/obj/FP en/en/ADP/6/case la/el/DET/6/det/DFS "
     "frontera/frontera/NOUN/2/obl/FS con/con/ADP/8/case Arnor/=/PROPN/6/nmod ././PUNCT/2/punct"),
    ("poner-en-alerta", "152", [("152", "GON", None)],
     "Gondor/=/PROPN/2/nsubj puso/poner/VERB/0/root/PS3 en/en/ADP/4/case alerta/alerta/NOUN/2/obl/FS a/=/ADP/7/case "
     "sus/su/DET/7/det/POP fuerzas/fuerza/NOUN/2/obj/FP armadas/armado/ADJ/7/amod/FP ././PUNCT/2/punct"),
    # -- 16 reduce relations
    ("romper-relaciones", "161", [("161", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj rompió/romper/VERB/0/root/PS3 relaciones/relación/NOUN/2/obj/FP diplomáticas/diplomático/ADJ/3/amod/FP "
     "con/con/ADP/6/case Arnor/=/PROPN/2/obl ././PUNCT/2/punct"),
    ("expulsar-embajador", "161", [("161", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj expulsó/expulsar/VERB/0/root/PS3 a/=/ADP/5/case el/el/DET/5/det/DMS embajador/embajador/NOUN/2/obj/MS "
     "de/de/ADP/7/case Arnor/=/PROPN/5/nmod ././PUNCT/2/punct"),
    ("imponer-sanciones", "163", [("163", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj impuso/imponer/VERB/0/root/PS3 sanciones/sanción/NOUN/2/obj/FP económicas/económico/ADJ/3/amod/FP "
     "a/=/ADP/6/case Arnor/=/PROPN/2/obl ././PUNCT/2/punct"),
    ("suspender-ayuda", "162", [("162", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj suspendió/suspender/VERB/0/root/PS3 la/el/DET/4/det/DFS ayuda/ayuda/NOUN/2/obj/FS "
     "a/=/ADP/6/case Arnor/=/PROPN/4/nmod ././PUNCT/2/punct"),
    ("retirar-embajador", "161", [("161", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj retiró/retirar/VERB/0/root/PS3 a/=/ADP/5/case su/su/DET/5/det/POS embajador/embajador/NOUN/2/obj/MS "
     "en/en/ADP/7/case Arnor/=/PROPN/5/nmod ././PUNCT/2/punct"),
    # -- 17 coerce
    ("detener-manifestantes", "173", [("173", "GONCOP", "---PRO")],
     "La/el/DET/2/det/DFS policía/policía/NOUN/5/nsubj/FS de/de/ADP/4/case Gondor/=/PROPN/2/nmod detuvo/detener/VERB/0/root/PS3 "
     "a/=/ADP/8/case cinco/cinco/NUM/8/nummod manifestantes/manifestante/NOUN/5/obj/MP ././PUNCT/5/punct"),
    ("dispersar-manifestantes", "175", [("175", "---COP", "---PRO")],
     "La/el/DET/2/det/DFS policía/policía/NOUN/3/nsubj/FS dispersó/dispersar/VERB/0/root/PS3 a/=/ADP/6/case los/el/DET/6/det/DMP "
     "manifestantes/manifestante/NOUN/3/obj/MP con/con/ADP/8/case gases/gas/NOUN/3/obl/MP lacrimógenos/lacrimógeno/ADJ/8/amod/MP "
     "././PUNCT/3/punct"),
    ("expulsar-periodistas", "174", [("174", "GON", None)],
     "Gondor/=/PROPN/2/nsubj expulsó/expulsar/VERB/0/root/PS3 a/=/ADP/5/case dos/dos/NUM/5/nummod periodistas/periodista/NOUN/2/obj/MP "
     "extranjeros/extranjero/ADJ/5/amod/MP ././PUNCT/2/punct"),
    ("prohibir-manifestaciones", "172", [("172", "GONGOV", None)],
     "El/el/DET/2/det/DMS gobierno/gobierno/NOUN/5/nsubj/MS de/de/ADP/4/case Gondor/=/PROPN/2/nmod prohibió/prohibir/VERB/0/root/PS3 "
     "las/el/DET/7/det/DFP manifestaciones/manifestación/NOUN/5/obj/FP ././PUNCT/5/punct"),
    ("arrestar-lider", "173", [("173", "GONCOP", None)],
     "La/el/DET/2/det/DFS policía/policía/NOUN/5/nsubj/FS de/de/ADP/4/case Gondor/=/PROPN/2/nmod arrestó/arrestar/VERB/0/root/PS3 "
     "a/=/ADP/8/case el/el/DET/8/det/DMS líder/líder/NOUN/5/obj/MS de/de/ADP/11/case la/el/DET/11/det/DFS oposición/oposición/NOUN/8/nmod/FS "
     "././PUNCT/5/punct"),
    # -- 18 assault
    ("secuestrar", "181", [("181", "---UAF", "---MED")],
     "Hombres/hombre/NOUN/3/nsubj/MP armados/armado/ADJ/1/amod/MP secuestraron/secuestrar/VERB/0/root/PP3 a/=/ADP/6/case "
     "un/uno/DET/6/det/IMS periodista/periodista/NOUN/3/obj/MS en/en/ADP/8/case Arnor/=/PROPN/3/obl ././PUNCT/3/punct"),
    ("torturar", "182", [("182", "GONMIL", None)],
     "Soldados/soldado/NOUN/4/nsubj/MP de/de/ADP/3/case Gondor/=/PROPN/1/nmod torturaron/torturar/VERB/0/root/PP3 a/=/ADP/7/case "
     "los/el/DET/7/det/DMP prisioneros/prisionero/NOUN/4/obj/MP ././PUNCT/4/punct"),
    # -- 19 fight
    ("atacar", "190", [("190", "GONMIL", "ARN")],
     "Las/el/DET/2/det/DFP tropas/tropa/NOUN/5/nsubj/FP de/de/ADP/4/case Gondor/=/PROPN/2/nmod atacaron/atacar/VERB/0/root/PP3 "
     "Arnor/=/PROPN/5/obj ././PUNCT/5/punct"),
    ("bombardear", "195", [("195", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj bombardeó/bombardear/VERB/0/root/PS3 la/el/DET/4/det/DFS capital/capital/NOUN/2/obj/FS de/de/ADP/6/case "
     "Arnor/=/PROPN/4/nmod ././PUNCT/2/punct"),
    ("invadir", "192", [("192", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj invadió/invadir/VERB/0/root/PS3 Arnor/=/PROPN/2/obj ././PUNCT/2/punct"),
    # -- 20 mass violence
    ("armas-quimicas", "204", [("204", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj usó/usar/VERB/0/root/PS3 armas/arma/NOUN/2/obj/FP químicas/químico/ADJ/3/amod/FP contra/contra/ADP/6/case "
     "Arnor/=/PROPN/2/obl ././PUNCT/2/punct"),
    # -- negation, modality, future, pro-drop, clitics
    ("no-condenar", "neg", [],
     "Gondor/=/PROPN/3/nsubj no/no/ADV/3/advmod/NEG condenó/condenar/VERB/0/root/PS3 el/el/DET/5/det/DMS ataque/ataque/NOUN/3/obj/MS "
     "de/de/ADP/7/case Arnor/=/PROPN/5/nmod ././PUNCT/3/punct"),
    ("no-firmar", "neg", [],
     "Gondor/=/PROPN/3/nsubj no/no/ADV/3/advmod/NEG firmó/firmar/VERB/0/root/PS3 el/el/DET/5/det/DMS acuerdo/acuerdo/NOUN/3/obj/MS "
     "con/con/ADP/7/case Arnor/=/PROPN/3/obl ././PUNCT/3/punct"),
    ("podria-reunirse", "modal", [],
     "El/el/DET/2/det/DMS presidente/presidente/NOUN/6/nsubj/MS de/de/ADP/4/case Gondor/=/PROPN/2/nmod podría/poder/AUX/6/aux/CS3 "
     "reunir/reunir/VERB/0/root/INF se/él/PRON/6/iobj/SE con/con/ADP/9/case Arnor/=/PROPN/6/obl ././PUNCT/6/punct"),
    ("va-a-visitar", "future", [("036", "GONGOV", "ARN")],
     "El/el/DET/2/det/DMS presidente/presidente/NOUN/7/nsubj/MS de/de/ADP/4/case Gondor/=/PROPN/2/nmod va/ir/AUX/7/aux/RS3 "
     "a/=/ADP/7/mark visitar/visitar/VERB/0/root/INF Arnor/=/PROPN/7/obj ././PUNCT/7/punct"),
    ("visitara", "future", [("036", "GONGOV", "ARN")],
     "El/el/DET/2/det/DMS presidente/presidente/NOUN/5/nsubj/MS de/de/ADP/4/case Gondor/=/PROPN/2/nmod visitará/visitar/VERB/0/root/FS3 "
     "Arnor/=/PROPN/5/obj ././PUNCT/5/punct"),
    ("prodrop-reunirse", "prodrop", [("042", "GONGOV", "ARN"), ("040", "GONGOV", "ROH")],
     "El/el/DET/2/det/DMS presidente/presidente/NOUN/5/nsubj/MS de/de/ADP/4/case Gondor/=/PROPN/2/nmod viajó/viajar/VERB/0/root/PS3 "
     "a/=/ADP/7/case Arnor/=/PROPN/5/obl ././PUNCT/5/punct || Allí/allí/ADV/3/advmod se/él/PRON/3/iobj/SE "
     "reunió/reunir/VERB/0/root/PS3 con/con/ADP/5/case Rohan/=/PROPN/3/obl ././PUNCT/3/punct"),
    ("prodrop-condenar", "prodrop", [("190", "ARN", "ROH"), ("111", "GON", None)],
     "Arnor/=/PROPN/2/nsubj atacó/atacar/VERB/0/root/PS3 Rohan/=/PROPN/2/obj ././PUNCT/2/punct || "
     "Gondor/=/PROPN/2/nsubj criticó/criticar/VERB/0/root/PS3 el/el/DET/4/det/DMS ataque/ataque/NOUN/2/obj/MS ././PUNCT/2/punct || "
     "Además/además/ADV/2/advmod anunció/anunciar/VERB/0/root/PS3 sanciones/sanción/NOUN/2/obj/FP ././PUNCT/2/punct"),
    ("clitic-recibir", "clitic", [("042", "ARNGOV", "GON"), ("043", "GONGOV", "ARNGOV")],
     "El/el/DET/2/det/DMS presidente/presidente/NOUN/5/nsubj/MS de/de/ADP/4/case Arnor/=/PROPN/2/nmod llegó/llegar/VERB/0/root/PS3 "
     "a/=/ADP/7/case Gondor/=/PROPN/5/obl ././PUNCT/5/punct || El/el/DET/2/det/DMS presidente/presidente/NOUN/6/nsubj/MS "
     "de/de/ADP/4/case Gondor/=/PROPN/2/nmod lo/él/PRON/6/obj/LO recibió/recibir/VERB/0/root/PS3 ././PUNCT/6/punct"),
    ("clitic-le-exigir", "clitic", [("100", "GON", "ARN")],
     "Arnor/=/PROPN/2/nsubj atacó/atacar/VERB/0/root/PS3 Rohan/=/PROPN/2/obj ././PUNCT/2/punct || "
     "Gondor/=/PROPN/3/nsubj le/él/PRON/3/iobj/LE exigió/exigir/VERB/0/root/PS3 una/uno/DET/5/det/IFS explicación/explicación/NOUN/3/obj/FS "
     "././PUNCT/3/punct"),
]


# A second, held-out probe, written after the first round of codebook changes and before any
# change made with it: other verbs and frames of the same families, and actors by real
# country names, demonyms and offices (the shipped codebook's pycountry names). It measures
# whether the changes made on PROBES carry over; it is not used to choose changes.
CHECK: list[tuple[str, str, list[tuple[str, str | None, str | None]], str]] = [
    ("ratificar-tratado", "057", [("057", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj ratificó/ratificar/VERB/0/root/PS3 el/el/DET/4/det/DMS tratado/tratado/NOUN/2/obj/MS con/con/ADP/6/case "
     "Arnor/=/PROPN/2/obl ././PUNCT/2/punct"),
    ("suscribir-convenio", "057", [("057", "GON", "ARN")],
     "Gondor/=/PROPN/4/nsubj y/y/CCONJ/3/cc Arnor/=/PROPN/1/conj suscribieron/suscribir/VERB/0/root/PP3 un/uno/DET/6/det/IMS "
     "convenio/convenio/NOUN/4/obj/MS comercial/comercial/ADJ/6/amod/MS ././PUNCT/4/punct"),
    ("entrevistarse-con", "040", [("040", "GONGOV", "ARNGOV")],
     "El/el/DET/2/det/DMS canciller/canciller/NOUN/6/nsubj/MS de/de/ADP/4/case Gondor/=/PROPN/2/nmod se/él/PRON/6/iobj/SE "
     "entrevistó/entrevistar/VERB/0/root/PS3 con/con/ADP/9/case el/el/DET/9/det/DMS presidente/presidente/NOUN/6/obl/MS "
     "de/de/ADP/11/case Arnor/=/PROPN/9/nmod ././PUNCT/6/punct"),
    ("dialogar-con", "046", [("046", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj dialogó/dialogar/VERB/0/root/PS3 con/con/ADP/4/case Arnor/=/PROPN/2/obl ././PUNCT/2/punct"),
    ("acoger-cumbre", "043", [("043", "GON", None)],
     "Gondor/=/PROPN/2/nsubj acogió/acoger/VERB/0/root/PS3 la/el/DET/4/det/DFS cumbre/cumbre/NOUN/2/obj/FS ././PUNCT/2/punct"),
    ("ofrecer-disculpas", "055", [("055", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj ofreció/ofrecer/VERB/0/root/PS3 disculpas/disculpa/NOUN/2/obj/FP a/=/ADP/5/case Arnor/=/PROPN/2/obl "
     "././PUNCT/2/punct"),
    ("pedir-perdon", "055", [("055", "GONGOV", None)],
     "El/el/DET/2/det/DMS gobierno/gobierno/NOUN/5/nsubj/MS de/de/ADP/4/case Gondor/=/PROPN/2/nmod pidió/pedir/VERB/0/root/PS3 "
     "perdón/perdón/NOUN/5/obj/MS a/=/ADP/9/case las/el/DET/9/det/DFP víctimas/víctima/NOUN/5/obl/FP ././PUNCT/5/punct"),
    ("respaldar-a", "050", [("050", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj respaldó/respaldar/VERB/0/root/PS3 a/=/ADP/4/case Arnor/=/PROPN/2/obj ././PUNCT/2/punct"),
    ("aplaudir-decision", "051", [("051", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj aplaudió/aplaudir/VERB/0/root/PS3 la/el/DET/4/det/DFS decisión/decisión/NOUN/2/obj/FS de/de/ADP/6/case "
     "Arnor/=/PROPN/4/nmod ././PUNCT/2/punct"),
    ("exhortar-a", "026", [("026", "IGOUNO", "GON")],
     "La/el/DET/2/det/DFS ONU/ONU/PROPN/3/nsubj exhortó/exhortar/VERB/0/root/PS3 a/=/ADP/5/case Gondor/=/PROPN/3/obj a/=/ADP/7/mark "
     "dialogar/dialogar/VERB/3/xcomp/INF ././PUNCT/3/punct"),
    ("solicitar-asistencia", "023", [("023", "ARN", "IGOUNO")],
     "Arnor/=/PROPN/2/nsubj solicitó/solicitar/VERB/0/root/PS3 asistencia/asistencia/NOUN/2/obj/FS a/=/ADP/6/case la/el/DET/6/det/DFS "
     "ONU/ONU/PROPN/2/obl ././PUNCT/2/punct"),
    ("otorgar-credito", "071", [("071", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj otorgó/otorgar/VERB/0/root/PS3 un/uno/DET/4/det/IMS crédito/crédito/NOUN/2/obj/MS a/=/ADP/6/case "
     "Arnor/=/PROPN/2/obl ././PUNCT/2/punct"),
    ("enviar-medicinas", "070", [("070", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj envió/enviar/VERB/0/root/PS3 medicinas/medicina/NOUN/2/obj/FP a/=/ADP/5/case Arnor/=/PROPN/2/obl "
     "././PUNCT/2/punct"),
    ("suministrar-armas", "072", [("072", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj suministró/suministrar/VERB/0/root/PS3 armamento/armamento/NOUN/2/obj/MS a/=/ADP/5/case "
     "Arnor/=/PROPN/2/obl ././PUNCT/2/punct"),
    ("liberar-rehenes", "0841", [("0841", "---REB", None)],
     "Los/el/DET/2/det/DMP rebeldes/rebelde/NOUN/3/nsubj/MP liberaron/liberar/VERB/0/root/PP3 a/=/ADP/6/case los/el/DET/6/det/DMP "
     "rehenes/rehén/NOUN/3/obj/MP ././PUNCT/3/punct"),
    ("levantar-embargo", "085", [("085", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj levantó/levantar/VERB/0/root/PS3 el/el/DET/4/det/DMS embargo/embargo/NOUN/2/obj/MS contra/contra/ADP/6/case "
     "Arnor/=/PROPN/4/nmod ././PUNCT/2/punct"),
    ("retirar-soldados", "0874", [("0874", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj retiró/retirar/VERB/0/root/PS3 a/=/ADP/5/case sus/su/DET/5/det/POP soldados/soldado/NOUN/2/obj/MP "
     "de/de/ADP/7/case Arnor/=/PROPN/2/obl ././PUNCT/2/punct"),
    ("investigar-a", "090", [("090", "IGOUNO", "GON")],
     "La/el/DET/2/det/DFS ONU/ONU/PROPN/3/nsubj investigará/investigar/VERB/0/root/FS3 a/=/ADP/5/case Gondor/=/PROPN/3/obj "
     "././PUNCT/3/punct"),
    ("reclamar-a", "100", [("100", "ARN", "GON")],
     "Arnor/=/PROPN/2/nsubj reclamó/reclamar/VERB/0/root/PS3 a/=/ADP/4/case Gondor/=/PROPN/2/iobj el/el/DET/6/det/DMS "
     "pago/pago/NOUN/2/obj/MS de/de/ADP/9/case la/el/DET/9/det/DFS deuda/deuda/NOUN/6/nmod/FS ././PUNCT/2/punct"),
    ("censurar-a", "111", [("111", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj censuró/censurar/VERB/0/root/PS3 a/=/ADP/4/case Arnor/=/PROPN/2/obj ././PUNCT/2/punct"),
    ("culpar-a", "112", [("112", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj culpó/culpar/VERB/0/root/PS3 a/=/ADP/4/case Arnor/=/PROPN/2/obj de/de/ADP/7/case el/el/DET/7/det/DMS "
     "atentado/atentado/NOUN/2/obl/MS ././PUNCT/2/punct"),
    ("desmentir-acusaciones", "016", [("016", "GON", None)],
     "Gondor/=/PROPN/2/nsubj desmintió/desmentir/VERB/0/root/PS3 las/el/DET/4/det/DFP acusaciones/acusación/NOUN/2/obj/FP "
     "././PUNCT/2/punct"),
    ("rechazar-plan", "12", [("12", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj rechazó/rechazar/VERB/0/root/PS3 el/el/DET/4/det/DMS plan/plan/NOUN/2/obj/MS de/de/ADP/6/case "
     "paz/paz/NOUN/4/nmod/FS de/de/ADP/8/case Arnor/=/PROPN/4/nmod ././PUNCT/2/punct"),
    ("amenazar-represalias", "13", [("13", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj amenazó/amenazar/VERB/0/root/PS3 a/=/ADP/4/case Arnor/=/PROPN/2/obj con/con/ADP/6/case "
     "represalias/represalia/NOUN/2/obl/FP ././PUNCT/2/punct"),
    ("advertir-que", "130", [("130", "GON", "ARN")],
     "Gondor/=/PROPN/3/nsubj le/él/PRON/3/iobj/LE advirtió/advertir/VERB/0/root/PS3 a/=/ADP/5/case Arnor/=/PROPN/3/obl "
     "././PUNCT/3/punct"),
    ("marchar-contra", "14", [("14", "---EDU", "GONGOV")],
     "Miles/mil/NUM/4/nsubj de/de/ADP/3/case estudiantes/estudiante/NOUN/1/nmod/MP marcharon/marchar/VERB/0/root/PP3 "
     "contra/contra/ADP/7/case el/el/DET/7/det/DMS gobierno/gobierno/NOUN/4/obl/MS de/de/ADP/9/case Gondor/=/PROPN/7/nmod "
     "././PUNCT/4/punct"),
    ("enviar-tropas", "154", [("154", "GON", None)],
     "Gondor/=/PROPN/2/nsubj envió/enviar/VERB/0/root/PS3 tropas/tropa/NOUN/2/obj/FP a/=/ADP/6/case la/el/DET/6/det/DFS "
     "frontera/frontera/NOUN/2/obl/FS ././PUNCT/2/punct"),
    ("suspender-relaciones", "161", [("161", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj suspendió/suspender/VERB/0/root/PS3 las/el/DET/4/det/DFP relaciones/relación/NOUN/2/obj/FP "
     "con/con/ADP/6/case Arnor/=/PROPN/2/obl ././PUNCT/2/punct"),
    ("sancionar-a", "163", [("163", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj sancionó/sancionar/VERB/0/root/PS3 a/=/ADP/4/case Arnor/=/PROPN/2/obj ././PUNCT/2/punct"),
    ("expulsar-diplomaticos", "161", [("161", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj expulsó/expulsar/VERB/0/root/PS3 a/=/ADP/5/case tres/tres/NUM/5/nummod diplomáticos/diplomático/NOUN/2/obj/MP "
     "de/de/ADP/7/case Arnor/=/PROPN/5/nmod ././PUNCT/2/punct"),
    ("encarcelar-opositor", "173", [("173", "GONGOV", None)],
     "El/el/DET/2/det/DMS gobierno/gobierno/NOUN/5/nsubj/MS de/de/ADP/4/case Gondor/=/PROPN/2/nmod encarceló/encarcelar/VERB/0/root/PS3 "
     "a/=/ADP/8/case dos/dos/NUM/8/nummod periodistas/periodista/NOUN/5/obj/MP ././PUNCT/5/punct"),
    ("deportar-migrantes", "174", [("174", "GON", None)],
     "Gondor/=/PROPN/2/nsubj deportó/deportar/VERB/0/root/PS3 a/=/ADP/5/case cien/cien/NUM/5/nummod migrantes/migrante/NOUN/2/obj/MP "
     "././PUNCT/2/punct"),
    ("reprimir-protesta", "175", [("175", "---COP", None)],
     "La/el/DET/2/det/DFS policía/policía/NOUN/3/nsubj/FS reprimió/reprimir/VERB/0/root/PS3 una/uno/DET/5/det/IFS "
     "protesta/protesta/NOUN/3/obj/FS ././PUNCT/3/punct"),
    ("raptar", "181", [("181", "---REB", None)],
     "Los/el/DET/2/det/DMP rebeldes/rebelde/NOUN/3/nsubj/MP raptaron/raptar/VERB/0/root/PP3 a/=/ADP/6/case "
     "dos/dos/NUM/6/nummod turistas/turista/NOUN/3/obj/MP ././PUNCT/3/punct"),
    ("atacar-con-misiles", "19", [("19", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj atacó/atacar/VERB/0/root/PS3 Arnor/=/PROPN/2/obj con/con/ADP/5/case misiles/misil/NOUN/2/obl/MP "
     "././PUNCT/2/punct"),
    ("no-visitar", "neg", [],
     "El/el/DET/2/det/DMS presidente/presidente/NOUN/6/nsubj/MS de/de/ADP/4/case Gondor/=/PROPN/2/nmod no/no/ADV/6/advmod/NEG "
     "visitó/visitar/VERB/0/root/PS3 Arnor/=/PROPN/6/obj ././PUNCT/6/punct"),
    ("podria-sancionar", "modal", [],
     "Gondor/=/PROPN/3/nsubj podría/poder/AUX/3/aux/CS3 sancionar/sancionar/VERB/0/root/INF a/=/ADP/5/case Arnor/=/PROPN/3/obj "
     "././PUNCT/3/punct"),
    ("firmara-acuerdo", "future", [("032", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj firmará/firmar/VERB/0/root/FS3 un/uno/DET/4/det/IMS acuerdo/acuerdo/NOUN/2/obj/MS con/con/ADP/6/case "
     "Arnor/=/PROPN/2/obl ././PUNCT/2/punct"),
    # actors by real names (the shipped codebook's countries): names, demonyms, offices
    ("actor-gobierno-demonimo", "actors", [("111", "COLGOV", "VENGOV")],
     "El/el/DET/2/det/DMS gobierno/gobierno/NOUN/4/nsubj/MS colombiano/colombiano/ADJ/2/amod/MS criticó/criticar/VERB/0/root/PS3 "
     "a/=/ADP/7/case el/el/DET/7/det/DMS presidente/presidente/NOUN/4/obj/MS de/de/ADP/9/case Venezuela/Venezuela/PROPN/7/nmod "
     "././PUNCT/4/punct"),
    ("actor-paises", "actors", [("040", "USA", "RUS")],
     "Estados/Estados/PROPN/4/nsubj Unidos/Unidos/PROPN/1/flat se/él/PRON/4/iobj/SE reunió/reunir/VERB/0/root/PS3 con/con/ADP/6/case "
     "Rusia/Rusia/PROPN/4/obl ././PUNCT/4/punct"),
    ("actor-autoridades", "actors", [("173", "MEXGOV", "---PRO")],
     "Las/el/DET/2/det/DFP autoridades/autoridad/NOUN/4/nsubj/FP mexicanas/mexicano/ADJ/2/amod/FP detuvieron/detener/VERB/0/root/PP3 "
     "a/=/ADP/7/case diez/diez/NUM/7/nummod manifestantes/manifestante/NOUN/4/obj/MP ././PUNCT/4/punct"),
    ("actor-policia-demonimo", "actors", [("175", "CHLCOP", "---PRO")],
     "La/el/DET/2/det/DFS policía/policía/NOUN/4/nsubj/FS chilena/chileno/ADJ/2/amod/FS dispersó/dispersar/VERB/0/root/PS3 "
     "a/=/ADP/7/case los/el/DET/7/det/DMP manifestantes/manifestante/NOUN/4/obj/MP ././PUNCT/4/punct"),
    ("actor-canciller-demonimo", "actors", [("042", "DEUGOV", "FRA")],
     "El/el/DET/2/det/DMS canciller/canciller/NOUN/4/nsubj/MS alemán/alemán/ADJ/2/amod/MS visitó/visitar/VERB/0/root/PS3 "
     "Francia/Francia/PROPN/4/obj ././PUNCT/4/punct"),
    ("actor-ejercito-demonimo", "actors", [("190", "PERMIL", "---REB")],
     "El/el/DET/2/det/DMS ejército/ejército/NOUN/4/nsubj/MS peruano/peruano/ADJ/2/amod/MS atacó/atacar/VERB/0/root/PS3 "
     "a/=/ADP/7/case los/el/DET/7/det/DMP rebeldes/rebelde/NOUN/4/obj/MP ././PUNCT/4/punct"),
    ("actor-ue-sanciones", "actors", [("163", "IGOEUREEC", "RUS")],
     "La/el/DET/2/det/DFS Unión/Unión/PROPN/4/nsubj Europea/Europea/PROPN/2/flat impuso/imponer/VERB/0/root/PS3 "
     "sanciones/sanción/NOUN/4/obj/FP a/=/ADP/7/case Rusia/Rusia/PROPN/4/obl ././PUNCT/4/punct"),
    ("actor-primer-ministro", "actors", [("051", "GBRGOV", "JPN")],
     "El/el/DET/2/det/DMS primer/primero/ADJ/3/amod/MS ministro/ministro/NOUN/5/nsubj/MS británico/británico/ADJ/3/amod/MS "
     "elogió/elogiar/VERB/0/root/PS3 a/=/ADP/7/case Japón/Japón/PROPN/5/obj ././PUNCT/5/punct"),
]


# A third set, written after the second round and before the third (CAMEO codes the English
# core has and the Spanish core lacked: vetoes, demobilisation, broken-off talks, cut aid,
# expelled monitors, peacekeepers, eased restrictions, defied agreements, banned protests,
# resignations, joint manoeuvres), with a few sentences that should code nothing.
CHECK2: list[tuple[str, str, list[tuple[str, str | None, str | None]], str]] = [
    ("vetar", "129", [("129", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj vetó/vetar/VERB/0/root/PS3 la/el/DET/4/det/DFS resolución/resolución/NOUN/2/obj/FS de/de/ADP/6/case "
     "Arnor/=/PROPN/4/nmod ././PUNCT/2/punct"),
    ("desmovilizarse", "0873", [("0873", "---UAF", None)],
     "Los/el/DET/2/det/DMP paramilitares/paramilitar/NOUN/4/nsubj/MP se/él/PRON/4/iobj/SE desmovilizaron/desmovilizar/VERB/0/root/PP3 "
     "././PUNCT/4/punct"),
    ("entregar-las-armas", "0873", [("0873", "---REB", None)],
     "Los/el/DET/2/det/DMP rebeldes/rebelde/NOUN/3/nsubj/MP entregaron/entregar/VERB/0/root/PP3 las/el/DET/5/det/DFP "
     "armas/arma/NOUN/3/obj/FP ././PUNCT/3/punct"),
    ("suspender-negociaciones", "164", [("164", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj suspendió/suspender/VERB/0/root/PS3 las/el/DET/4/det/DFP negociaciones/negociación/NOUN/2/obj/FP "
     "con/con/ADP/6/case Arnor/=/PROPN/4/nmod ././PUNCT/2/punct"),
    ("congelar-ayuda-economica", "1621", [("1621", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj congeló/congelar/VERB/0/root/PS3 la/el/DET/4/det/DFS ayuda/ayuda/NOUN/2/obj/FS económica/económico/ADJ/4/amod/FS "
     "a/=/ADP/7/case Arnor/=/PROPN/4/nmod ././PUNCT/2/punct"),
    ("expulsar-observadores", "1662", [("1662", "GON", "IGOUNO")],
     "Gondor/=/PROPN/2/nsubj expulsó/expulsar/VERB/0/root/PS3 a/=/ADP/5/case los/el/DET/5/det/DMP observadores/observador/NOUN/2/obj/MP "
     "de/de/ADP/8/case la/el/DET/8/det/DFS ONU/ONU/PROPN/5/nmod ././PUNCT/2/punct"),
    ("desplegar-cascos-azules", "074", [("074", "IGOUNO", None)],
     "La/el/DET/2/det/DFS ONU/ONU/PROPN/3/nsubj desplegó/desplegar/VERB/0/root/PS3 cascos/casco/NOUN/3/obj/MP azules/azul/ADJ/4/amod/MP "
     "en/en/ADP/7/case Arnor/=/PROPN/3/obl ././PUNCT/3/punct"),
    ("levantar-restricciones", "081", [("081", "GON", None)],
     "Gondor/=/PROPN/2/nsubj levantó/levantar/VERB/0/root/PS3 las/el/DET/4/det/DFP restricciones/restricción/NOUN/2/obj/FP "
     "././PUNCT/2/punct"),
    ("violar-acuerdo", "128", [("128", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj violó/violar/VERB/0/root/PS3 el/el/DET/4/det/DMS acuerdo/acuerdo/NOUN/2/obj/MS con/con/ADP/6/case "
     "Arnor/=/PROPN/2/obl ././PUNCT/2/punct"),
    ("prohibir-protestas", "1721", [("1721", "GONGOV", None)],
     "El/el/DET/2/det/DMS gobierno/gobierno/NOUN/5/nsubj/MS de/de/ADP/4/case Gondor/=/PROPN/2/nmod prohibió/prohibir/VERB/0/root/PS3 "
     "las/el/DET/7/det/DFP protestas/protesta/NOUN/5/obj/FP ././PUNCT/5/punct"),
    ("dimitir", "0831", [("0831", "GONGOV", None)],
     "El/el/DET/2/det/DMS ministro/ministro/NOUN/5/nsubj/MS de/de/ADP/4/case Gondor/=/PROPN/2/nmod dimitió/dimitir/VERB/0/root/PS3 "
     "././PUNCT/5/punct"),
    ("maniobras-conjuntas", "062", [("062", "GON", "ARN")],
     "Gondor/=/PROPN/4/nsubj y/y/CCONJ/3/cc Arnor/=/PROPN/1/conj realizaron/realizar/VERB/0/root/PP3 maniobras/maniobra/NOUN/4/obj/FP "
     "militares/militar/ADJ/5/amod/FP conjuntas/conjunto/ADJ/5/amod/FP ././PUNCT/4/punct"),
    ("rendirse", "08", [("08", "---REB", None)],
     "Los/el/DET/2/det/DMP rebeldes/rebelde/NOUN/4/nsubj/MP se/él/PRON/4/iobj/SE rindieron/rendir/VERB/0/root/PP3 ././PUNCT/4/punct"),
    ("acusar-violar-tregua", "112", [("112", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj acusó/acusar/VERB/0/root/PS3 a/=/ADP/4/case Arnor/=/PROPN/2/obj de/de/ADP/6/mark violar/violar/VERB/2/advcl/INF "
     "la/el/DET/8/det/DFS tregua/tregua/NOUN/6/obj/FS ././PUNCT/2/punct"),
    ("reanudar-negociaciones", "046", [("046", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj reanudó/reanudar/VERB/0/root/PS3 las/el/DET/4/det/DFP negociaciones/negociación/NOUN/2/obj/FP "
     "con/con/ADP/6/case Arnor/=/PROPN/4/nmod ././PUNCT/2/punct"),
    ("convocar-huelga", "143", [("143", "---LAB", None)],
     "Los/el/DET/2/det/DMP sindicatos/sindicato/NOUN/3/nsubj/MP convocaron/convocar/VERB/0/root/PP3 una/uno/DET/5/det/IFS "
     "huelga/huelga/NOUN/3/obj/FS general/general/ADJ/5/amod/FS ././PUNCT/3/punct"),
    ("indultar", "0841", [("0841", "GONGOV", None)],
     "El/el/DET/2/det/DMS presidente/presidente/NOUN/5/nsubj/MS de/de/ADP/4/case Gondor/=/PROPN/2/nmod indultó/indultar/VERB/0/root/PS3 "
     "a/=/ADP/8/case cinco/cinco/NUM/8/nummod presos/preso/NOUN/5/obj/MP ././PUNCT/5/punct"),
    ("celebrar-elecciones", "none", [],
     "Gondor/=/PROPN/2/nsubj celebrará/celebrar/VERB/0/root/FS3 elecciones/elección/NOUN/2/obj/FP en/en/ADP/5/case "
     "marzo/marzo/NOUN/2/obl/MS ././PUNCT/2/punct"),
    ("aprobar-ley", "none", [],
     "El/el/DET/2/det/DMS parlamento/parlamento/NOUN/5/nsubj/MS de/de/ADP/4/case Gondor/=/PROPN/2/nmod aprobó/aprobar/VERB/0/root/PS3 "
     "una/uno/DET/7/det/IFS ley/ley/NOUN/5/obj/FS ././PUNCT/5/punct"),
    ("nombrar-embajador", "none", [],
     "Gondor/=/PROPN/2/nsubj nombró/nombrar/VERB/0/root/PS3 a/=/ADP/6/case un/uno/DET/6/det/IMS nuevo/nuevo/ADJ/6/amod/MS "
     "ministro/ministro/NOUN/2/obj/MS ././PUNCT/2/punct"),
]


# A fourth set, written after every codebook change of issue 15 and used to choose none: a
# last held-out measure of the shipped codebook on other verbs, nouns and constructions
# (passives, nominal events, attribution, subordinate clauses).
CHECK3: list[tuple[str, str, list[tuple[str, str | None, str | None]], str]] = [
    ("pasiva-recibido-por", "043", [("043", "ARN", "GONGOV")],
     "El/el/DET/2/det/DMS presidente/presidente/NOUN/6/nsubj:pass/MS de/de/ADP/4/case Gondor/=/PROPN/2/nmod fue/ser/AUX/6/aux:pass/PS3 "
     "recibido/recibir/VERB/0/root/MS por/por/ADP/8/case Arnor/=/PROPN/6/obl:agent ././PUNCT/6/punct"),
    ("pasiva-condenado-por", "111", [("111", "ARN", "GON")],
     "El/el/DET/2/det/DMS ataque/ataque/NOUN/6/nsubj:pass/MS de/de/ADP/4/case Gondor/=/PROPN/2/nmod fue/ser/AUX/6/aux:pass/PS3 "
     "condenado/condenar/VERB/0/root/MS por/por/ADP/8/case Arnor/=/PROPN/6/obl:agent ././PUNCT/6/punct"),
    ("segun-atribucion", "190", [("190", "GONMIL", "ARN")],
     "Según/según/ADP/2/case Arnor/=/PROPN/8/obl ,/,/PUNCT/2/punct las/el/DET/5/det/DFP tropas/tropa/NOUN/8/nsubj/FP de/de/ADP/7/case Gondor/=/PROPN/5/nmod bombardearon/bombardear/VERB/0/root/PP3 Arnor/=/PROPN/8/obj ././PUNCT/8/punct"),
    ("dijo-que-acuerdo", "032", [("032", "GON", "ARN")],
     "El/el/DET/2/det/DMS portavoz/portavoz/NOUN/3/nsubj/MS dijo/decir/VERB/0/root/PS3 que/que/SCONJ/6/mark Gondor/=/PROPN/6/nsubj "
     "firmará/firmar/VERB/3/ccomp/FS3 un/uno/DET/8/det/IMS acuerdo/acuerdo/NOUN/6/obj/MS con/con/ADP/10/case Arnor/=/PROPN/6/obl ././PUNCT/3/punct"),
    ("tras-reunirse", "040", [("040", "GONGOV", "ARN")],
     "El/el/DET/2/det/DMS canciller/canciller/NOUN/5/nsubj/MS de/de/ADP/4/case Gondor/=/PROPN/2/nmod elogió/elogiar/VERB/0/root/PS3 "
     "a/=/ADP/7/case Arnor/=/PROPN/5/obj tras/tras/ADP/9/mark reunirse/reunir/VERB/5/advcl/INF con/con/ADP/11/case "
     "Arnor/=/PROPN/9/obl ././PUNCT/5/punct"),
    ("sustantivo-visita", "042", [("042", "GONGOV", "ARN")],
     "La/el/DET/2/det/DFS visita/visita/NOUN/10/nsubj/FS de/de/ADP/5/case el/el/DET/5/det/DMS presidente/presidente/NOUN/2/nmod/MS de/de/ADP/7/case Gondor/=/PROPN/5/nmod a/=/ADP/9/case Arnor/=/PROPN/2/nmod comenzó/comenzar/VERB/0/root/PS3 ././PUNCT/10/punct"),
    ("acusar-clitico", "112", [("112", "GON", "ARN")],
     "Arnor/=/PROPN/2/nsubj atacó/atacar/VERB/0/root/PS3 a/=/ADP/4/case Rohan/=/PROPN/2/obj ././PUNCT/2/punct || "
     "Gondor/=/PROPN/3/nsubj lo/él/PRON/3/obj/LO acusó/acusar/VERB/0/root/PS3 de/de/ADP/5/case genocidio/genocidio/NOUN/3/obl/MS "
     "././PUNCT/3/punct"),
    ("prometer-inversiones", "031", [("03", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj prometió/prometer/VERB/0/root/PS3 inversiones/inversión/NOUN/2/obj/FP a/=/ADP/5/case "
     "Arnor/=/PROPN/2/obl ././PUNCT/2/punct"),
    ("llamar-dialogo", "020", [("020", "IGOUNO", "GON")],
     "La/el/DET/2/det/DFS ONU/ONU/PROPN/3/nsubj llamó/llamar/VERB/0/root/PS3 a/=/ADP/5/case Gondor/=/PROPN/3/obj a/=/ADP/8/case el/el/DET/8/det/DMS diálogo/diálogo/NOUN/3/obl/MS ././PUNCT/3/punct"),
    ("exigir-liberacion", "10", [("10", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj exigió/exigir/VERB/0/root/PS3 a/=/ADP/4/case Arnor/=/PROPN/2/iobj la/el/DET/6/det/DFS liberación/liberación/NOUN/2/obj/FS de/de/ADP/9/case sus/su/DET/9/det/POP ciudadanos/ciudadano/NOUN/6/nmod/MP ././PUNCT/2/punct"),
    ("rechazar-injerencia", "12", [("12", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj rechazó/rechazar/VERB/0/root/PS3 la/el/DET/4/det/DFS injerencia/injerencia/NOUN/2/obj/FS "
     "de/de/ADP/6/case Arnor/=/PROPN/4/nmod ././PUNCT/2/punct"),
    ("denunciar-ante", "11", [("11", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj denunció/denunciar/VERB/0/root/PS3 a/=/ADP/4/case Arnor/=/PROPN/2/obj ante/ante/ADP/7/case "
     "la/el/DET/7/det/DFS ONU/ONU/PROPN/2/obl ././PUNCT/2/punct"),
    ("amenazar-clitico", "130", [("130", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj amenazó/amenazar/VERB/0/root/PS3 a/=/ADP/4/case Arnor/=/PROPN/2/obj ././PUNCT/2/punct"),
    ("ultimatum", "139", [("139", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj dio/dar/VERB/0/root/PS3 un/uno/DET/4/det/IMS ultimátum/ultimátum/NOUN/2/obj/MS a/=/ADP/6/case "
     "Arnor/=/PROPN/2/obl ././PUNCT/2/punct"),
    ("manifestarse-frente", "14", [("14", "---PRO", None)],
     "Cientos/ciento/NUM/5/nsubj de/de/ADP/3/case manifestantes/manifestante/NOUN/1/nmod/MP se/él/PRON/5/iobj/SE manifestaron/manifestar/VERB/0/root/PP3 frente/frente/ADV/9/case a/a/ADP/6/fixed la/el/DET/9/det/DFS embajada/embajada/NOUN/5/obl/FS de/de/ADP/11/case Gondor/=/PROPN/9/nmod ././PUNCT/5/punct"),
    ("huelga-hambre", "14", [("14", "---PRO", None)],
     "Los/el/DET/2/det/DMP manifestantes/manifestante/NOUN/3/nsubj/MP iniciaron/iniciar/VERB/0/root/PP3 una/uno/DET/5/det/IFS "
     "huelga/huelga/NOUN/3/obj/FS de/de/ADP/7/case hambre/hambre/NOUN/5/nmod/FS ././PUNCT/3/punct"),
    ("movilizar-reservistas", "15", [("15", "GON", None)],
     "Gondor/=/PROPN/2/nsubj movilizó/movilizar/VERB/0/root/PS3 a/=/ADP/5/case miles/mil/NUM/5/nummod soldados/soldado/NOUN/2/obj/MP "
     "././PUNCT/2/punct"),
    ("cerrar-embajada", "16", [("16", "GON", None)],
     "Gondor/=/PROPN/2/nsubj cerró/cerrar/VERB/0/root/PS3 su/su/DET/4/det/POS embajada/embajada/NOUN/2/obj/FS en/en/ADP/6/case "
     "Arnor/=/PROPN/4/nmod ././PUNCT/2/punct"),
    ("boicot", "16", [("16", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj anunció/anunciar/VERB/0/root/PS3 un/uno/DET/4/det/IMS boicot/boicot/NOUN/2/obj/MS contra/contra/ADP/6/case "
     "Arnor/=/PROPN/4/nmod ././PUNCT/2/punct"),
    ("detener-pasiva-refl", "173", [("173", None, "---MED")],
     "Se/él/PRON/2/iobj/SE detuvo/detener/VERB/0/root/PS3 a/=/ADP/5/case tres/tres/NUM/5/nummod periodistas/periodista/NOUN/2/obj/MP "
     "en/en/ADP/7/case Arnor/=/PROPN/2/obl ././PUNCT/2/punct"),
    ("expulsion-sustantivo", "17", [("17", "GON", None)],
     "Gondor/=/PROPN/2/nsubj ordenó/ordenar/VERB/0/root/PS3 la/el/DET/4/det/DFS expulsión/expulsión/NOUN/2/obj/FS "
     "de/de/ADP/6/case periodistas/periodista/NOUN/4/nmod/MP ././PUNCT/2/punct"),
    ("secuestro-pasiva", "181", [("181", "---UAF", "---MED")],
     "Un/uno/DET/2/det/IMS periodista/periodista/NOUN/4/nsubj:pass/MS fue/ser/AUX/4/aux:pass/PS3 secuestrado/secuestrar/VERB/0/root/MS "
     "por/por/ADP/6/case hombres/hombre/NOUN/4/obl:agent/MP armados/armado/ADJ/6/amod/MP ././PUNCT/4/punct"),
    ("enfrentamientos-entre", "19", [("19", None, None)],
     "Hubo/haber/VERB/0/root/PS3 enfrentamientos/enfrentamiento/NOUN/1/obj/MP entre/entre/ADP/4/case soldados/soldado/NOUN/2/nmod/MP de/de/ADP/6/case Gondor/=/PROPN/4/nmod y/y/CCONJ/8/cc rebeldes/rebelde/NOUN/4/conj/MP ././PUNCT/1/punct"),
    ("no-reunirse", "neg", [],
     "Gondor/=/PROPN/4/nsubj no/no/ADV/4/advmod/NEG se/él/PRON/4/iobj/SE reunió/reunir/VERB/0/root/PS3 con/con/ADP/6/case "
     "Arnor/=/PROPN/4/obl ././PUNCT/4/punct"),
    ("deberia-retirar", "modal", [],
     "Gondor/=/PROPN/3/nsubj debería/deber/AUX/3/aux/CS3 retirar/retirar/VERB/0/root/INF sus/su/DET/5/det/POP tropas/tropa/NOUN/3/obj/FP "
     "de/de/ADP/7/case Arnor/=/PROPN/3/obl ././PUNCT/3/punct"),
    ("si-atacar", "cond", [("13", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj advirtió/advertir/VERB/0/root/PS3 que/que/SCONJ/5/mark responderá/responder/VERB/2/ccomp/FS3 "
     "si/si/SCONJ/7/mark Arnor/=/PROPN/7/nsubj ataca/atacar/VERB/4/advcl/RS3 ././PUNCT/2/punct"),
    ("sin-evento-ganar", "none", [],
     "El/el/DET/2/det/DMS partido/partido/NOUN/3/nsubj/MS ganó/ganar/VERB/0/root/PS3 las/el/DET/5/det/DFP elecciones/elección/NOUN/3/obj/FP "
     "en/en/ADP/7/case Gondor/=/PROPN/3/obl ././PUNCT/3/punct"),
    ("sin-evento-inaugurar", "none", [],
     "El/el/DET/2/det/DMS presidente/presidente/NOUN/5/nsubj/MS de/de/ADP/4/case Gondor/=/PROPN/2/nmod inauguró/inaugurar/VERB/0/root/PS3 "
     "un/uno/DET/7/det/IMS hospital/hospital/NOUN/5/obj/MS ././PUNCT/5/punct"),
    ("sin-evento-crecer", "none", [],
     "La/el/DET/2/det/DFS economía/economía/NOUN/5/nsubj/FS de/de/ADP/4/case Gondor/=/PROPN/2/nmod creció/crecer/VERB/0/root/PS3 "
     "un/uno/DET/7/det/IMS tres/tres/NUM/8/nummod por/por/ADP/9/case ciento/ciento/NOUN/5/obl/MS ././PUNCT/5/punct"),
]


# A fifth set (es18), written before any change of that round and never used to choose one:
# kinds the shared Spanish set lacks (diplomacy, protest, elections, economy), with pro-drop,
# a clitic, a conditional, a reflexive passive and a nominal event behind a support verb.
CHECK4: list[tuple[str, str, list[tuple[str, str | None, str | None]], str]] = [
    ("acoger-con-satisfaccion", "051", [("05", "GON", None)],
     "Gondor/=/PROPN/2/nsubj acogió/acoger/VERB/0/root/PS3 con/con/ADP/4/case satisfacción/satisfacción/NOUN/2/obl/FS "
     "el/el/DET/6/det/DMS acuerdo/acuerdo/NOUN/2/obj/MS de/de/ADP/8/case Arnor/=/PROPN/6/nmod ././PUNCT/2/punct"),
    ("expresar-apoyo", "051", [("05", "GONGOV", "ARN")],
     "El/el/DET/2/det/DMS gobierno/gobierno/NOUN/5/nsubj/MS de/de/ADP/4/case Gondor/=/PROPN/2/nmod expresó/expresar/VERB/0/root/PS3 "
     "su/su/DET/7/det/POS apoyo/apoyo/NOUN/5/obj/MS a/=/ADP/9/case Arnor/=/PROPN/7/nmod ././PUNCT/5/punct"),
    ("establecer-relaciones", "05", [("05", "GON", "ARN")],
     "Gondor/=/PROPN/4/nsubj y/y/CCONJ/3/cc Arnor/=/PROPN/1/conj establecieron/establecer/VERB/0/root/PP3 "
     "relaciones/relación/NOUN/4/obj/FP diplomáticas/diplomático/ADJ/5/amod/FP ././PUNCT/4/punct"),
    ("prodrop-llegar-reunirse", "prodrop", [("040", "GONGOV", "ROHGOV")],
     "El/el/DET/2/det/DMS canciller/canciller/NOUN/5/nsubj/MS de/de/ADP/4/case Gondor/=/PROPN/2/nmod llegó/llegar/VERB/0/root/PS3 "
     "el/el/DET/7/det/DMS lunes/lunes/NOUN/5/obl/MS a/=/ADP/9/case Arnor/=/PROPN/5/obl ././PUNCT/5/punct || "
     "Allí/allí/ADV/3/advmod se/él/PRON/3/iobj/SE reunió/reunir/VERB/0/root/PS3 con/con/ADP/6/case el/el/DET/6/det/DMS "
     "presidente/presidente/NOUN/3/obl/MS de/de/ADP/8/case Rohan/=/PROPN/6/nmod ././PUNCT/3/punct"),
    ("mantener-reunion", "040", [("04", None, None)],
     "Los/el/DET/2/det/DMP ministros/ministro/NOUN/7/nsubj/MP de/de/ADP/4/case Gondor/=/PROPN/2/nmod y/y/CCONJ/6/cc "
     "Arnor/=/PROPN/4/conj mantuvieron/mantener/VERB/0/root/PP3 una/uno/DET/9/det/IFS reunión/reunión/NOUN/7/obj/FS "
     "en/en/ADP/11/case Rohan/=/PROPN/7/obl ././PUNCT/7/punct"),
    ("exigir-a-que-retire", "10", [("10", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj exigió/exigir/VERB/0/root/PS3 a/=/ADP/4/case Arnor/=/PROPN/2/iobj que/que/SCONJ/6/mark "
     "retire/retirar/VERB/2/ccomp/Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin sus/su/DET/8/det/POP "
     "tropas/tropa/NOUN/6/obj/FP de/de/ADP/11/case la/el/DET/11/det/DFS frontera/frontera/NOUN/6/obl/FS ././PUNCT/2/punct"),
    ("anunciar-ruptura", "161", [("16", "GON", None)],
     "Gondor/=/PROPN/2/nsubj anunció/anunciar/VERB/0/root/PS3 la/el/DET/4/det/DFS ruptura/ruptura/NOUN/2/obj/FS "
     "de/de/ADP/6/case relaciones/relación/NOUN/4/nmod/FP con/con/ADP/8/case Arnor/=/PROPN/4/nmod ././PUNCT/2/punct"),
    ("acordar-reanudar", "03", [("03", None, None)],
     "Gondor/=/PROPN/4/nsubj y/y/CCONJ/3/cc Arnor/=/PROPN/1/conj acordaron/acordar/VERB/0/root/PP3 "
     "reanudar/reanudar/VERB/4/xcomp/INF el/el/DET/7/det/DMS diálogo/diálogo/NOUN/5/obj/MS ././PUNCT/4/punct"),
    ("marchar-para-exigir", "14", [("14", None, None)],
     "Miles/mil/NUM/4/nsubj de/de/ADP/3/case estudiantes/estudiante/NOUN/1/nmod/MP marcharon/marchar/VERB/0/root/PP3 "
     "en/en/ADP/7/case la/el/DET/7/det/DFS capital/capital/NOUN/4/obl/FS de/de/ADP/9/case Gondor/=/PROPN/7/nmod "
     "para/para/ADP/11/mark exigir/exigir/VERB/4/advcl/INF la/el/DET/13/det/DFS renuncia/renuncia/NOUN/11/obj/FS "
     "de/de/ADP/16/case el/el/DET/16/det/DMS presidente/presidente/NOUN/13/nmod/MS ././PUNCT/4/punct"),
    ("agricultores-bloquear", "144", [("14", None, None)],
     "Los/el/DET/2/det/DMP agricultores/agricultor/NOUN/3/nsubj/MP bloquearon/bloquear/VERB/0/root/PP3 las/el/DET/5/det/DFP "
     "carreteras/carretera/NOUN/3/obj/FP de/de/ADP/7/case Arnor/=/PROPN/5/nmod en/en/ADP/9/case protesta/protesta/NOUN/3/obl/FS "
     "por/por/ADP/12/case los/el/DET/12/det/DMP precios/precio/NOUN/9/nmod/MP ././PUNCT/3/punct"),
    ("iniciar-huelga", "143", [("14", None, None)],
     "Los/el/DET/2/det/DMP trabajadores/trabajador/NOUN/9/nsubj/MP de/de/ADP/5/case el/el/DET/5/det/DMS sector/sector/NOUN/2/nmod/MS "
     "público/público/ADJ/5/amod/MS de/de/ADP/8/case Gondor/=/PROPN/5/nmod iniciaron/iniciar/VERB/0/root/PP3 "
     "una/uno/DET/11/det/IFS huelga/huelga/NOUN/9/obj/FS indefinida/indefinido/ADJ/11/amod/FS ././PUNCT/9/punct"),
    ("lanzar-gases", "175", [("17", "ARNCOP", None)],
     "La/el/DET/2/det/DFS policía/policía/NOUN/5/nsubj/FS de/de/ADP/4/case Arnor/=/PROPN/2/nmod lanzó/lanzar/VERB/0/root/PS3 "
     "gases/gas/NOUN/5/obj/MP lacrimógenos/lacrimógeno/ADJ/6/amod/MP contra/contra/ADP/10/case los/el/DET/10/det/DMP "
     "manifestantes/manifestante/NOUN/5/obl/MP ././PUNCT/5/punct"),
    ("concentrarse-para-protestar", "14", [("14", None, None)],
     "Miles/mil/NUM/5/nsubj de/de/ADP/3/case personas/persona/NOUN/1/nmod/FP se/él/PRON/5/obj/SE concentraron/concentrar/VERB/0/root/PP3 "
     "ante/ante/ADP/8/case el/el/DET/8/det/DMS Parlamento/parlamento/NOUN/5/obl/MS de/de/ADP/10/case Gondor/=/PROPN/8/nmod "
     "para/para/ADP/12/mark protestar/protestar/VERB/5/advcl/INF contra/contra/ADP/15/case la/el/DET/15/det/DFS "
     "reforma/reforma/NOUN/12/obl/FS ././PUNCT/5/punct"),
    ("convocar-paro", "143", [("14", "GONLAB", None)],
     "Los/el/DET/2/det/DMP sindicatos/sindicato/NOUN/5/nsubj/MP de/de/ADP/4/case Gondor/=/PROPN/2/nmod convocaron/convocar/VERB/0/root/PP3 "
     "un/uno/DET/7/det/IMS paro/paro/NOUN/5/obj/MS nacional/nacional/ADJ/7/amod/MS ././PUNCT/5/punct"),
    ("denunciar-fraude", "112", [("11", None, None)],
     "La/el/DET/2/det/DFS oposición/oposición/NOUN/5/nsubj/FS de/de/ADP/4/case Gondor/=/PROPN/2/nmod denunció/denunciar/VERB/0/root/PS3 "
     "fraude/fraude/NOUN/5/obj/MS en/en/ADP/9/case las/el/DET/9/det/DFP elecciones/elección/NOUN/5/obl/FP ././PUNCT/5/punct"),
    ("rechazar-resultados", "12", [("12", None, None)],
     "El/el/DET/2/det/DMS candidato/candidato/NOUN/4/nsubj/MS opositor/opositor/ADJ/2/amod/MS rechazó/rechazar/VERB/0/root/PS3 "
     "los/el/DET/6/det/DMP resultados/resultado/NOUN/4/obj/MP de/de/ADP/9/case las/el/DET/9/det/DFP elecciones/elección/NOUN/6/nmod/FP "
     "././PUNCT/4/punct"),
    ("sin-evento-votar", "none", [],
     "Los/el/DET/2/det/DMP ciudadanos/ciudadano/NOUN/5/nsubj/MP de/de/ADP/4/case Gondor/=/PROPN/2/nmod votaron/votar/VERB/0/root/PP3 "
     "el/el/DET/7/det/DMS domingo/domingo/NOUN/5/obl/MS en/en/ADP/10/case las/el/DET/10/det/DFP elecciones/elección/NOUN/5/obl/FP "
     "presidenciales/presidencial/ADJ/10/amod/FP ././PUNCT/5/punct"),
    ("felicitar-ganador", "051", [("051", "ARNGOV", None)],
     "El/el/DET/2/det/DMS presidente/presidente/NOUN/5/nsubj/MS de/de/ADP/4/case Arnor/=/PROPN/2/nmod felicitó/felicitar/VERB/0/root/PS3 "
     "a/=/ADP/8/case el/el/DET/8/det/DMS ganador/ganador/NOUN/5/obj/MS de/de/ADP/11/case las/el/DET/11/det/DFP "
     "elecciones/elección/NOUN/8/nmod/FP de/de/ADP/13/case Gondor/=/PROPN/11/nmod ././PUNCT/5/punct"),
    ("no-reconocer-gobierno", "neg", [],
     "Gondor/=/PROPN/3/nsubj no/no/ADV/3/advmod/NEG reconoció/reconocer/VERB/0/root/PS3 a/=/ADP/7/case el/el/DET/7/det/DMS "
     "nuevo/nuevo/ADJ/7/amod/MS gobierno/gobierno/NOUN/3/obj/MS de/de/ADP/9/case Arnor/=/PROPN/7/nmod ././PUNCT/3/punct"),
    ("imponer-aranceles", "163", [("16", "GON", None)],
     "Gondor/=/PROPN/2/nsubj impuso/imponer/VERB/0/root/PS3 aranceles/arancel/NOUN/2/obj/MP a/=/ADP/6/case los/el/DET/6/det/DMP "
     "productos/producto/NOUN/2/obl/MP de/de/ADP/8/case Arnor/=/PROPN/6/nmod ././PUNCT/2/punct"),
    ("aprobar-credito", "071", [("07", "IGOBUSIMF", "GON")],
     "El/el/DET/2/det/DMS FMI/FMI/PROPN/3/nsubj aprobó/aprobar/VERB/0/root/PS3 un/uno/DET/5/det/IMS crédito/crédito/NOUN/3/obj/MS "
     "de/de/ADP/8/case 500/500/NUM/8/nummod millones/millón/NOUN/5/nmod/MP de/de/ADP/10/case dólares/dólar/NOUN/8/nmod/MP "
     "para/para/ADP/12/case Gondor/=/PROPN/3/obl ././PUNCT/3/punct"),
    ("suspender-importaciones", "163", [("16", "GON", None)],
     "Gondor/=/PROPN/2/nsubj suspendió/suspender/VERB/0/root/PS3 las/el/DET/4/det/DFP importaciones/importación/NOUN/2/obj/FP "
     "de/de/ADP/6/case petróleo/petróleo/NOUN/4/nmod/MS de/de/ADP/8/case Arnor/=/PROPN/4/nmod ././PUNCT/2/punct"),
    ("condonar-deuda", "071", [("07", "GON", None)],
     "Gondor/=/PROPN/2/nsubj condonó/condonar/VERB/0/root/PS3 la/el/DET/4/det/DFS deuda/deuda/NOUN/2/obj/FS de/de/ADP/6/case "
     "Arnor/=/PROPN/4/nmod ././PUNCT/2/punct"),
    ("congelar-activos", "163", [("16", "GON", None)],
     "Gondor/=/PROPN/2/nsubj congeló/congelar/VERB/0/root/PS3 los/el/DET/4/det/DMP activos/activo/NOUN/2/obj/MP de/de/ADP/7/case "
     "los/el/DET/7/det/DMP bancos/banco/NOUN/4/nmod/MP de/de/ADP/9/case Arnor/=/PROPN/7/nmod ././PUNCT/2/punct"),
    ("se-firmo-acuerdo", "057", [("057", None, None)],
     "Se/él/PRON/2/obj/SE firmó/firmar/VERB/0/root/PS3 un/uno/DET/4/det/IMS acuerdo/acuerdo/NOUN/2/nsubj/MS "
     "comercial/comercial/ADJ/4/amod/MS entre/entre/ADP/7/case Gondor/=/PROPN/2/obl y/y/CCONJ/9/cc Arnor/=/PROPN/7/conj "
     "././PUNCT/2/punct"),
    ("pedir-prestamo", "021", [("02", "GON", None)],
     "Gondor/=/PROPN/2/nsubj pidió/pedir/VERB/0/root/PS3 un/uno/DET/4/det/IMS préstamo/préstamo/NOUN/2/obj/MS a/=/ADP/7/case "
     "el/el/DET/7/det/DMS Banco/Banco/PROPN/2/obl Mundial/Mundial/PROPN/7/flat ././PUNCT/2/punct"),
    ("sin-evento-tipos", "none", [],
     "El/el/DET/2/det/DMS banco/banco/NOUN/6/nsubj/MS central/central/ADJ/2/amod/MS de/de/ADP/5/case Gondor/=/PROPN/2/nmod "
     "subió/subir/VERB/0/root/PS3 los/el/DET/8/det/DMP tipos/tipo/NOUN/6/obj/MP de/de/ADP/10/case interés/interés/NOUN/8/nmod/MS "
     "././PUNCT/6/punct"),
    ("si-no-libera", "cond", [("13", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj impondrá/imponer/VERB/0/root/FS3 sanciones/sanción/NOUN/2/obj/FP a/=/ADP/5/case Arnor/=/PROPN/2/obl "
     "si/si/SCONJ/8/mark no/no/ADV/8/advmod/NEG libera/liberar/VERB/2/advcl/RS3 a/=/ADP/11/case los/el/DET/11/det/DMP "
     "presos/preso/NOUN/8/obj/MP ././PUNCT/2/punct"),
]


# A sixth set (es20), written before any change of that round and used to choose none: the
# imported senses of abandonar, cesar, quitar, publicar/emitir, decidir, suspender and cerrar
# (and other everyday news verbs) in real news uses, several of them no event. Expected codes
# from the CAMEO definitions (PETRARCH's English dictionary where CAMEO leaves a choice:
# "close border" 172, "issue arrest warrant" 173, "decide to withdraw" 0356, "halt strike" 082).
CHECK5: list[tuple[str, str, list[tuple[str, str | None, str | None]], str]] = [
    ("abandonar-territorio", "0874", [("0874", "GONMIL", "ARN")],
     "Las/el/DET/2/det/DFP tropas/tropa/NOUN/5/nsubj/FP de/de/ADP/4/case Gondor/=/PROPN/2/nmod abandonaron/abandonar/VERB/0/root/PP3 "
     "Arnor/=/PROPN/5/obj tras/tras/ADP/9/case dos/dos/NUM/9/nummod años/año/NOUN/5/obl/MP de/de/ADP/11/case "
     "ocupación/ocupación/NOUN/9/nmod/FS ././PUNCT/5/punct"),
    ("abandonar-negociaciones", "164", [("164", "ARN", "GON")],
     "Arnor/=/PROPN/2/nsubj abandonó/abandonar/VERB/0/root/PS3 las/el/DET/4/det/DFP negociaciones/negociación/NOUN/2/obj/FP "
     "con/con/ADP/6/case Gondor/=/PROPN/4/nmod ././PUNCT/2/punct"),
    ("sin-evento-abandonar-hogares", "none", [],
     "Miles/mil/NUM/4/nsubj de/de/ADP/3/case familias/familia/NOUN/1/nmod/FP abandonaron/abandonar/VERB/0/root/PP3 "
     "sus/su/DET/6/det/POP hogares/hogar/NOUN/4/obj/MP por/por/ADP/9/case la/el/DET/9/det/DFS violencia/violencia/NOUN/4/obl/FS "
     "en/en/ADP/12/case el/el/DET/12/det/DMS norte/norte/NOUN/9/nmod/MS de/de/ADP/14/case Gondor/=/PROPN/12/nmod ././PUNCT/4/punct"),
    ("sin-evento-abandonar-hospital", "none", [],
     "El/el/DET/2/det/DMS presidente/presidente/NOUN/5/nsubj/MS de/de/ADP/4/case Gondor/=/PROPN/2/nmod abandonó/abandonar/VERB/0/root/PS3 "
     "el/el/DET/7/det/DMS hospital/hospital/NOUN/5/obj/MS el/el/DET/9/det/DMS lunes/lunes/NOUN/5/obl/MS ././PUNCT/5/punct"),
    ("cesar-ataques", "087", [("087", "ARNREB", None)],
     "Los/el/DET/2/det/DMP rebeldes/rebelde/NOUN/5/nsubj/MP de/de/ADP/4/case Arnor/=/PROPN/2/nmod cesaron/cesar/VERB/0/root/PP3 "
     "los/el/DET/7/det/DMP ataques/ataque/NOUN/5/obj/MP contra/contra/ADP/10/case la/el/DET/10/det/DFS capital/capital/NOUN/7/nmod/FS "
     "././PUNCT/5/punct"),
    ("sin-evento-cesar-ministro", "none", [],
     "El/el/DET/2/det/DMS presidente/presidente/NOUN/5/nsubj/MS de/de/ADP/4/case Gondor/=/PROPN/2/nmod cesó/cesar/VERB/0/root/PS3 "
     "a/=/ADP/8/case el/el/DET/8/det/DMS ministro/ministro/NOUN/5/obj/MS de/de/ADP/10/case Economía/Economía/PROPN/8/nmod "
     "././PUNCT/5/punct"),
    ("dejar-de-bombardear", "087", [("087", "GONMIL", "ARN")],
     "El/el/DET/2/det/DMS ejército/ejército/NOUN/5/nsubj/MS de/de/ADP/4/case Gondor/=/PROPN/2/nmod dejó/dejar/VERB/0/root/PS3 "
     "de/de/ADP/7/mark bombardear/bombardear/VERB/5/xcomp/INF Arnor/=/PROPN/7/obj ././PUNCT/5/punct"),
    ("quitar-armas", "1711", [("1711", "GONCOP", None)],
     "La/el/DET/2/det/DFS policía/policía/NOUN/5/nsubj/FS de/de/ADP/4/case Gondor/=/PROPN/2/nmod quitó/quitar/VERB/0/root/PS3 "
     "las/el/DET/7/det/DFP armas/arma/NOUN/5/obj/FP a/=/ADP/10/case los/el/DET/10/det/DMP manifestantes/manifestante/NOUN/5/iobj/MP "
     "././PUNCT/5/punct"),
    ("sin-evento-quitar-impuesto", "none", [],
     "El/el/DET/2/det/DMS gobierno/gobierno/NOUN/5/nsubj/MS de/de/ADP/4/case Gondor/=/PROPN/2/nmod quitó/quitar/VERB/0/root/PS3 "
     "el/el/DET/7/det/DMS impuesto/impuesto/NOUN/5/obj/MS sobre/sobre/ADP/10/case los/el/DET/10/det/DMP "
     "combustibles/combustible/NOUN/7/nmod/MP ././PUNCT/5/punct"),
    ("retirar-sanciones", "085", [("085", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj retiró/retirar/VERB/0/root/PS3 las/el/DET/4/det/DFP sanciones/sanción/NOUN/2/obj/FP "
     "contra/contra/ADP/6/case Arnor/=/PROPN/4/nmod ././PUNCT/2/punct"),
    ("emitir-comunicado", "010", [("010", "GONGOV", None)],
     "El/el/DET/2/det/DMS gobierno/gobierno/NOUN/5/nsubj/MS de/de/ADP/4/case Gondor/=/PROPN/2/nmod emitió/emitir/VERB/0/root/PS3 "
     "un/uno/DET/7/det/IMS comunicado/comunicado/NOUN/5/obj/MS sobre/sobre/ADP/10/case la/el/DET/10/det/DFS crisis/crisis/NOUN/7/nmod/FS "
     "././PUNCT/5/punct"),
    ("publicar-informe-que-acusa", "112", [("112", None, "GON")],
     "Amnistía/Amnistía/PROPN/3/nsubj Internacional/Internacional/PROPN/1/flat publicó/publicar/VERB/0/root/PS3 "
     "un/uno/DET/5/det/IMS informe/informe/NOUN/3/obj/MS que/que/PRON/7/nsubj/PronType=Int,Rel acusa/acusar/VERB/5/acl:relcl/RS3 "
     "a/=/ADP/9/case Gondor/=/PROPN/7/obj de/de/ADP/11/mark torturar/torturar/VERB/7/advcl/INF a/=/ADP/13/case "
     "presos/preso/NOUN/11/obj/MP ././PUNCT/3/punct"),
    ("sin-evento-publicar-entrevista", "none", [],
     "El/el/DET/2/det/DMS diario/diario/NOUN/3/nsubj/MS publicó/publicar/VERB/0/root/PS3 una/uno/DET/5/det/IFS "
     "entrevista/entrevista/NOUN/3/obj/FS con/con/ADP/8/case el/el/DET/8/det/DMS ministro/ministro/NOUN/5/nmod/MS "
     "de/de/ADP/10/case Defensa/Defensa/PROPN/8/nmod de/de/ADP/12/case Gondor/=/PROPN/8/nmod ././PUNCT/3/punct"),
    ("sin-evento-emitir-bonos", "none", [],
     "El/el/DET/2/det/DMS banco/banco/NOUN/6/nsubj/MS central/central/ADJ/2/amod/MS de/de/ADP/5/case Gondor/=/PROPN/2/nmod "
     "emitió/emitir/VERB/0/root/PS3 bonos/bono/NOUN/6/obj/MP por/por/ADP/10/case 500/500/NUM/10/nummod "
     "millones/millón/NOUN/6/obl/MP de/de/ADP/12/case dólares/dólar/NOUN/10/nmod/MP ././PUNCT/6/punct"),
    ("emitir-orden-captura", "173", [("173", "GONJUD", None)],
     "Un/uno/DET/2/det/IMS juez/juez/NOUN/5/nsubj/MS de/de/ADP/4/case Gondor/=/PROPN/2/nmod emitió/emitir/VERB/0/root/PS3 "
     "una/uno/DET/7/det/IFS orden/orden/NOUN/5/obj/FS de/de/ADP/9/case captura/captura/NOUN/7/nmod/FS contra/contra/ADP/12/case "
     "el/el/DET/12/det/DMS expresidente/expresidente/NOUN/7/nmod/MS de/de/ADP/14/case Arnor/=/PROPN/12/nmod ././PUNCT/5/punct"),
    ("decidir-retirar", "0356", [("0356", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj decidió/decidir/VERB/0/root/PS3 retirar/retirar/VERB/2/xcomp/INF sus/su/DET/5/det/POP "
     "tropas/tropa/NOUN/3/obj/FP de/de/ADP/7/case Arnor/=/PROPN/3/obl ././PUNCT/2/punct"),
    ("sin-evento-decidir-futuro", "none", [],
     "Los/el/DET/2/det/DMP ciudadanos/ciudadano/NOUN/5/nsubj/MP de/de/ADP/4/case Gondor/=/PROPN/2/nmod "
     "decidirán/decidir/VERB/0/root/Mood=Ind|Number=Plur|Person=3|Tense=Fut|VerbForm=Fin el/el/DET/7/det/DMS "
     "futuro/futuro/NOUN/5/obj/MS de/de/ADP/10/case la/el/DET/10/det/DFS región/región/NOUN/7/nmod/FS en/en/ADP/13/case "
     "un/uno/DET/13/det/IMS referéndum/referéndum/NOUN/5/obl/MS ././PUNCT/5/punct"),
    ("sin-evento-decidir-aplazar", "none", [],
     "El/el/DET/2/det/DMS tribunal/tribunal/NOUN/3/nsubj/MS decidió/decidir/VERB/0/root/PS3 aplazar/aplazar/VERB/3/xcomp/INF "
     "el/el/DET/6/det/DMS juicio/juicio/NOUN/4/obj/MS contra/contra/ADP/9/case el/el/DET/9/det/DMS exministro/exministro/NOUN/6/nmod/MS "
     "de/de/ADP/11/case Gondor/=/PROPN/9/nmod ././PUNCT/3/punct"),
    ("suspender-dialogo", "164", [("164", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj suspendió/suspender/VERB/0/root/PS3 el/el/DET/4/det/DMS diálogo/diálogo/NOUN/2/obj/MS "
     "con/con/ADP/6/case Arnor/=/PROPN/4/nmod tras/tras/ADP/9/case el/el/DET/9/det/DMS ataque/ataque/NOUN/2/obl/MS ././PUNCT/2/punct"),
    ("suspender-ayuda-militar", "1622", [("1622", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj suspendió/suspender/VERB/0/root/PS3 la/el/DET/4/det/DFS ayuda/ayuda/NOUN/2/obj/FS "
     "militar/militar/ADJ/4/amod/FS a/=/ADP/7/case Arnor/=/PROPN/4/nmod ././PUNCT/2/punct"),
    ("suspender-huelga", "082", [("082", "GONLAB", None)],
     "Los/el/DET/2/det/DMP sindicatos/sindicato/NOUN/5/nsubj/MP de/de/ADP/4/case Gondor/=/PROPN/2/nmod "
     "suspendieron/suspender/VERB/0/root/PP3 la/el/DET/7/det/DFS huelga/huelga/NOUN/5/obj/FS ././PUNCT/5/punct"),
    ("sin-evento-suspender-clases", "none", [],
     "El/el/DET/2/det/DMS gobierno/gobierno/NOUN/5/nsubj/MS de/de/ADP/4/case Gondor/=/PROPN/2/nmod suspendió/suspender/VERB/0/root/PS3 "
     "las/el/DET/7/det/DFP clases/clase/NOUN/5/obj/FP por/por/ADP/10/case las/el/DET/10/det/DFP lluvias/lluvia/NOUN/5/obl/FP "
     "././PUNCT/5/punct"),
    ("suspender-relaciones", "161", [("161", "ARN", "GON")],
     "Arnor/=/PROPN/2/nsubj suspendió/suspender/VERB/0/root/PS3 sus/su/DET/4/det/POP relaciones/relación/NOUN/2/obj/FP "
     "diplomáticas/diplomático/ADJ/4/amod/FP con/con/ADP/7/case Gondor/=/PROPN/4/nmod ././PUNCT/2/punct"),
    ("cerrar-embajada", "161", [("161", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj cerró/cerrar/VERB/0/root/PS3 su/su/DET/4/det/POS embajada/embajada/NOUN/2/obj/FS "
     "en/en/ADP/6/case Arnor/=/PROPN/4/nmod ././PUNCT/2/punct"),
    ("cerrar-frontera", "172", [("172", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj cerró/cerrar/VERB/0/root/PS3 su/su/DET/4/det/POS frontera/frontera/NOUN/2/obj/FS "
     "con/con/ADP/6/case Arnor/=/PROPN/4/nmod ././PUNCT/2/punct"),
    ("cerrar-carretera", "144", [("144", None, None)],
     "Los/el/DET/2/det/DMP campesinos/campesino/NOUN/3/nsubj/MP cerraron/cerrar/VERB/0/root/PP3 la/el/DET/6/det/DFS "
     "principal/principal/ADJ/6/amod/FS carretera/carretera/NOUN/3/obj/FS de/de/ADP/8/case Gondor/=/PROPN/6/nmod "
     "durante/durante/ADP/11/case tres/tres/NUM/11/nummod días/día/NOUN/3/obl/MP ././PUNCT/3/punct"),
    ("sin-evento-cerrar-fabrica", "none", [],
     "La/el/DET/2/det/DFS empresa/empresa/NOUN/3/nsubj/FS cerró/cerrar/VERB/0/root/PS3 su/su/DET/5/det/POS "
     "fábrica/fábrica/NOUN/3/obj/FS en/en/ADP/7/case Gondor/=/PROPN/5/nmod ././PUNCT/3/punct"),
    ("cerrar-acuerdo", "057", [("057", "GON", "ARN")],
     "Gondor/=/PROPN/4/nsubj y/y/CCONJ/3/cc Arnor/=/PROPN/1/conj cerraron/cerrar/VERB/0/root/PP3 un/uno/DET/6/det/IMS "
     "acuerdo/acuerdo/NOUN/4/obj/MS comercial/comercial/ADJ/6/amod/MS ././PUNCT/4/punct"),
    ("sin-evento-cerrar-campana", "none", [],
     "El/el/DET/2/det/DMS candidato/candidato/NOUN/4/nsubj/MS opositor/opositor/ADJ/2/amod/MS cerró/cerrar/VERB/0/root/PS3 "
     "su/su/DET/6/det/POS campaña/campaña/NOUN/4/obj/FS en/en/ADP/9/case la/el/DET/9/det/DFS capital/capital/NOUN/4/obl/FS "
     "de/de/ADP/11/case Gondor/=/PROPN/9/nmod ././PUNCT/4/punct"),
    ("condenar-a-prision", "116", [("116", "GONJUD", None)],
     "Un/uno/DET/2/det/IMS tribunal/tribunal/NOUN/5/nsubj/MS de/de/ADP/4/case Gondor/=/PROPN/2/nmod condenó/condenar/VERB/0/root/PS3 "
     "a/=/ADP/8/case el/el/DET/8/det/DMS exministro/exministro/NOUN/5/obj/MS a/=/ADP/11/case diez/diez/NUM/11/nummod "
     "años/año/NOUN/5/obl/MP de/de/ADP/13/case prisión/prisión/NOUN/11/nmod/FS ././PUNCT/5/punct"),
    ("reanudar-negociaciones", "046", [("046", "GON", "ARN")],
     "Gondor/=/PROPN/4/nsubj y/y/CCONJ/3/cc Arnor/=/PROPN/1/conj reanudaron/reanudar/VERB/0/root/PP3 las/el/DET/6/det/DFP "
     "negociaciones/negociación/NOUN/4/obj/FP de/de/ADP/8/case paz/paz/NOUN/6/nmod/FS ././PUNCT/4/punct"),
    ("permitir-ayuda", "0863", [("0863", "GON", None)],
     "Gondor/=/PROPN/2/nsubj permitió/permitir/VERB/0/root/PS3 la/el/DET/4/det/DFS entrada/entrada/NOUN/2/obj/FS "
     "de/de/ADP/6/case ayuda/ayuda/NOUN/4/nmod/FS humanitaria/humanitario/ADJ/6/amod/FS en/en/ADP/10/case la/el/DET/10/det/DFS "
     "región/región/NOUN/2/obl/FS ././PUNCT/2/punct"),
    ("desmentir-acusaciones", "016", [("016", "ARN", "GON")],
     "Arnor/=/PROPN/2/nsubj desmintió/desmentir/VERB/0/root/PS3 las/el/DET/4/det/DFP acusaciones/acusación/NOUN/2/obj/FP "
     "de/de/ADP/6/case Gondor/=/PROPN/4/nmod ././PUNCT/2/punct"),
    ("recortar-ayuda", "1621", [("1621", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj recortó/recortar/VERB/0/root/PS3 la/el/DET/4/det/DFS ayuda/ayuda/NOUN/2/obj/FS "
     "económica/económico/ADJ/4/amod/FS a/=/ADP/7/case Arnor/=/PROPN/4/nmod ././PUNCT/2/punct"),
    ("sin-evento-nombrar", "none", [],
     "El/el/DET/2/det/DMS presidente/presidente/NOUN/5/nsubj/MS de/de/ADP/4/case Gondor/=/PROPN/2/nmod nombró/nombrar/VERB/0/root/PS3 "
     "a/=/ADP/9/case un/uno/DET/9/det/IMS nuevo/nuevo/ADJ/9/amod/MS ministro/ministro/NOUN/5/obj/MS de/de/ADP/11/case "
     "Defensa/Defensa/PROPN/9/nmod ././PUNCT/5/punct"),
]


# A seventh set (es21), written before any change of that round and used to choose none:
# stopped attacks (dejar de + infinitive, cesar, suspender, detener, poner fin), borders
# closed and reopened, and constructions (pro-drop across clauses and sentences, object
# clitics, reflexive passives, relative clauses, negation, a condition). Expected codes from
# the CAMEO definitions (087 de-escalation: "stop fighting"; 172 administrative sanctions for
# a border a government closes, 191 a blockade by armed forces; 081 easing them).
CHECK6: list[tuple[str, str, list[tuple[str, str | None, str | None]], str]] = [
    ("dejar-de-atacar", "087", [("087", "ROHREB", "ARNMIL")],
     "Los/el/DET/2/det/DMP rebeldes/rebelde/NOUN/5/nsubj/MP de/de/ADP/4/case Rohan/=/PROPN/2/nmod dejaron/dejar/VERB/0/root/PP3 "
     "de/de/ADP/7/mark atacar/atacar/VERB/5/xcomp/INF a/=/ADP/10/case las/el/DET/10/det/DFP tropas/tropa/NOUN/7/obj/FP "
     "de/de/ADP/12/case Arnor/=/PROPN/10/nmod ././PUNCT/5/punct"),
    ("cesar-bombardeos", "087", [("087", "GONMIL", "ARN")],
     "El/el/DET/2/det/DMS ejército/ejército/NOUN/5/nsubj/MS de/de/ADP/4/case Gondor/=/PROPN/2/nmod cesó/cesar/VERB/0/root/PS3 "
     "los/el/DET/7/det/DMP bombardeos/bombardeo/NOUN/5/obj/MP sobre/sobre/ADP/9/case Arnor/=/PROPN/7/nmod ././PUNCT/5/punct"),
    ("suspender-ofensiva", "087", [("087", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj suspendió/suspender/VERB/0/root/PS3 su/su/DET/4/det/POS ofensiva/ofensiva/NOUN/2/obj/FS "
     "militar/militar/ADJ/4/amod/FS contra/contra/ADP/7/case Arnor/=/PROPN/4/nmod ././PUNCT/2/punct"),
    ("detener-ataques", "087", [("087", "ARNMIL", "GON")],
     "Las/el/DET/2/det/DFP tropas/tropa/NOUN/5/nsubj/FP de/de/ADP/4/case Arnor/=/PROPN/2/nmod detuvieron/detener/VERB/0/root/PP3 "
     "sus/su/DET/7/det/POP ataques/ataque/NOUN/5/obj/MP contra/contra/ADP/9/case Gondor/=/PROPN/7/nmod ././PUNCT/5/punct"),
    ("poner-fin-combates", "087", [("087", "GON", None)],
     "Gondor/=/PROPN/4/nsubj y/y/CCONJ/3/cc Arnor/=/PROPN/1/conj pusieron/poner/VERB/0/root/PP3 fin/fin/NOUN/4/obj/MS "
     "a/=/ADP/8/case los/el/DET/8/det/DMP combates/combate/NOUN/4/obl/MP ././PUNCT/4/punct"),
    ("sin-evento-dejar-de-producir", "none", [],
     "La/el/DET/2/det/DFS empresa/empresa/NOUN/3/nsubj/FS dejó/dejar/VERB/0/root/PS3 de/de/ADP/5/mark "
     "producir/producir/VERB/3/xcomp/INF acero/acero/NOUN/5/obj/MS en/en/ADP/8/case Gondor/=/PROPN/5/obl ././PUNCT/3/punct"),
    ("cesar-el-fuego", "0871", [("0871", "ROHREB", None)],
     "Los/el/DET/2/det/DMP rebeldes/rebelde/NOUN/5/nsubj/MP de/de/ADP/4/case Rohan/=/PROPN/2/nmod cesaron/cesar/VERB/0/root/PP3 "
     "el/el/DET/7/det/DMS fuego/fuego/NOUN/5/obj/MS tras/tras/ADP/10/case el/el/DET/10/det/DMS acuerdo/acuerdo/NOUN/5/obl/MS "
     "con/con/ADP/12/case Arnor/=/PROPN/10/nmod ././PUNCT/5/punct"),
    ("cerrar-pasos-fronterizos", "172", [("172", "ARN", "GON")],
     "Arnor/=/PROPN/2/nsubj cerró/cerrar/VERB/0/root/PS3 los/el/DET/4/det/DMP pasos/paso/NOUN/2/obj/MP "
     "fronterizos/fronterizo/ADJ/4/amod/MP con/con/ADP/7/case Gondor/=/PROPN/4/nmod ././PUNCT/2/punct"),
    ("reabrir-frontera", "081", [("081", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj reabrió/reabrir/VERB/0/root/PS3 su/su/DET/4/det/POS frontera/frontera/NOUN/2/obj/FS "
     "con/con/ADP/6/case Arnor/=/PROPN/4/nmod ././PUNCT/2/punct"),
    ("tropas-bloquear-puerto", "191", [("191", "GONMIL", "ARN")],
     "Las/el/DET/2/det/DFP tropas/tropa/NOUN/5/nsubj/FP de/de/ADP/4/case Gondor/=/PROPN/2/nmod bloquearon/bloquear/VERB/0/root/PP3 "
     "el/el/DET/7/det/DMS puerto/puerto/NOUN/5/obj/MS de/de/ADP/9/case Arnor/=/PROPN/7/nmod ././PUNCT/5/punct"),
    ("pro-drop-oracion-siguiente", "192", [("192", "GONMIL", None)],
     "El/el/DET/2/det/DMS ejército/ejército/NOUN/5/nsubj/MS de/de/ADP/4/case Gondor/=/PROPN/2/nmod entró/entrar/VERB/0/root/PS3 "
     "en/en/ADP/7/case Arnor/=/PROPN/5/obl ././PUNCT/5/punct || Luego/luego/ADV/2/advmod ocupó/ocupar/VERB/0/root/PS3 "
     "la/el/DET/4/det/DFS capital/capital/NOUN/2/obj/FS ././PUNCT/2/punct"),
    ("pro-drop-coordinacion", "181", [("190", "ROHREB", None), ("181", "ROHREB", None)],
     "Los/el/DET/2/det/DMP rebeldes/rebelde/NOUN/5/nsubj/MP de/de/ADP/4/case Rohan/=/PROPN/2/nmod atacaron/atacar/VERB/0/root/PP3 "
     "un/uno/DET/7/det/IMS cuartel/cuartel/NOUN/5/obj/MS en/en/ADP/9/case Arnor/=/PROPN/5/obl y/y/CCONJ/11/cc "
     "secuestraron/secuestrar/VERB/5/conj/PP3 a/=/ADP/14/case dos/dos/NUM/14/nummod soldados/soldado/NOUN/11/obj/MP "
     "././PUNCT/5/punct"),
    ("pro-drop-reunirse", "040", [("04", "ARNGOV", None)],
     "El/el/DET/2/det/DMS canciller/canciller/NOUN/5/nsubj/MS de/de/ADP/4/case Arnor/=/PROPN/2/nmod llegó/llegar/VERB/0/root/PS3 "
     "a/=/ADP/7/case Gondor/=/PROPN/5/obl el/el/DET/9/det/DMS lunes/lunes/NOUN/5/obl/MS ././PUNCT/5/punct || "
     "Se/él/PRON/2/iobj/SE reunió/reunir/VERB/0/root/PS3 con/con/ADP/5/case el/el/DET/5/det/DMS presidente/presidente/NOUN/2/obl/MS "
     "././PUNCT/2/punct"),
    ("clitico-lo-liberar", "0841", [("173", "GONCOP", "ARNMED"), ("0841", "GONCOP", "ARNMED")],
     "La/el/DET/2/det/DFS policía/policía/NOUN/5/nsubj/FS de/de/ADP/4/case Gondor/=/PROPN/2/nmod detuvo/detener/VERB/0/root/PS3 "
     "a/=/ADP/8/case un/uno/DET/8/det/IMS periodista/periodista/NOUN/5/obj/MS de/de/ADP/10/case Arnor/=/PROPN/8/nmod "
     "y/y/CCONJ/14/cc luego/luego/ADV/14/advmod lo/él/PRON/14/obj/LO liberó/liberar/VERB/5/conj/PS3 ././PUNCT/5/punct"),
    ("clitico-les-prometer", "033", [("033", "GONGOV", "ARN")],
     "El/el/DET/2/det/DMS gobierno/gobierno/NOUN/5/nsubj/MS de/de/ADP/4/case Gondor/=/PROPN/2/nmod recibió/recibir/VERB/0/root/PS3 "
     "a/=/ADP/8/case los/el/DET/8/det/DMP enviados/enviado/NOUN/5/obj/MP de/de/ADP/10/case Arnor/=/PROPN/8/nmod y/y/CCONJ/13/cc "
     "les/él/PRON/13/iobj/Case=Dat|Number=Plur|Person=3|PronType=Prs prometió/prometer/VERB/5/conj/PS3 "
     "ayuda/ayuda/NOUN/13/obj/FS ././PUNCT/5/punct"),
    ("rechazar-propuesta", "12", [("12", "ARN", "GON")],
     "Arnor/=/PROPN/2/nsubj rechazó/rechazar/VERB/0/root/PS3 la/el/DET/4/det/DFS propuesta/propuesta/NOUN/2/obj/FS "
     "de/de/ADP/6/case Gondor/=/PROPN/4/nmod y/y/CCONJ/9/cc la/él/PRON/9/obj/Case=Acc|Gender=Fem|Number=Sing|Person=3|PrepCase=Npr|PronType=Prs "
     "calificó/calificar/VERB/2/conj/PS3 de/de/ADP/11/case inaceptable/inaceptable/ADJ/9/obl/FS ././PUNCT/2/punct"),
    ("se-detuvo-a", "173", [("173", None, None)],
     "Se/él/PRON/2/iobj/SE detuvo/detener/VERB/0/root/PS3 a/=/ADP/5/case tres/tres/NUM/5/nummod dirigentes/dirigente/NOUN/2/obj/MP "
     "opositores/opositor/ADJ/5/amod/MP en/en/ADP/8/case Gondor/=/PROPN/2/obl ././PUNCT/2/punct"),
    ("se-expulso-diplomaticos", "161", [("161", None, None)],
     "Se/él/PRON/2/iobj/SE expulsó/expulsar/VERB/0/root/PS3 a/=/ADP/5/case los/el/DET/5/det/DMP "
     "diplomáticos/diplomático/NOUN/2/obj/MP de/de/ADP/7/case Arnor/=/PROPN/5/nmod ././PUNCT/2/punct"),
    ("se-registraron-enfrentamientos", "190", [("190", None, None)],
     "Se/él/PRON/2/iobj/SE registraron/registrar/VERB/0/root/PP3 enfrentamientos/enfrentamiento/NOUN/2/nsubj/MP "
     "entre/entre/ADP/6/case el/el/DET/6/det/DMS ejército/ejército/NOUN/3/nmod/MS y/y/CCONJ/9/cc los/el/DET/9/det/DMP "
     "rebeldes/rebelde/NOUN/6/conj/MP en/en/ADP/11/case Gondor/=/PROPN/2/obl ././PUNCT/2/punct"),
    ("relativo-que-sujeto", "181", [("181", None, "GONMED"), ("11", "ARN", None)],
     "Arnor/=/PROPN/2/nsubj criticó/criticar/VERB/0/root/PS3 a/=/ADP/5/case los/el/DET/5/det/DMP rebeldes/rebelde/NOUN/2/obj/MP "
     "que/que/PRON/7/nsubj/PronType=Rel secuestraron/secuestrar/VERB/5/acl:relcl/PP3 a/=/ADP/10/case dos/dos/NUM/10/nummod "
     "periodistas/periodista/NOUN/7/obj/MP de/de/ADP/12/case Gondor/=/PROPN/10/nmod ././PUNCT/2/punct"),
    ("relativo-quien", "057", [("057", "ARNGOV", "ROH"), ("042", "ARNGOV", "GON")],
     "El/el/DET/2/det/DMS ministro/ministro/NOUN/13/nsubj/MS de/de/ADP/4/case Arnor/=/PROPN/2/nmod ,/,/PUNCT/7/punct "
     "quien/quien/PRON/7/nsubj/PronType=Rel visitó/visitar/VERB/2/acl:relcl/PS3 Gondor/=/PROPN/7/obj la/el/DET/10/det/DFS "
     "semana/semana/NOUN/7/obl/FS pasada/pasado/ADJ/10/amod/FS ,/,/PUNCT/7/punct firmó/firmar/VERB/0/root/PS3 "
     "un/uno/DET/15/det/IMS acuerdo/acuerdo/NOUN/13/obj/MS con/con/ADP/17/case Rohan/=/PROPN/13/obl ././PUNCT/13/punct"),
    ("relativo-objeto", "190", [("190", "ROHREB", None)],
     "La/el/DET/2/det/DFS aldea/aldea/NOUN/9/nsubj/FS que/que/PRON/4/obj/PronType=Rel atacaron/atacar/VERB/2/acl:relcl/PP3 "
     "los/el/DET/6/det/DMP rebeldes/rebelde/NOUN/4/nsubj/MP de/de/ADP/8/case Rohan/=/PROPN/6/nmod está/estar/VERB/0/root/RS3 "
     "en/en/ADP/11/case Arnor/=/PROPN/9/obl ././PUNCT/9/punct"),
    ("expulsar-embajador", "161", [("161", "GON", None)],
     "Gondor/=/PROPN/2/nsubj expulsó/expulsar/VERB/0/root/PS3 a/=/ADP/5/case el/el/DET/5/det/DMS embajador/embajador/NOUN/2/obj/MS "
     "de/de/ADP/7/case Arnor/=/PROPN/5/nmod ././PUNCT/2/punct"),
    ("retirar-embajador", "161", [("161", "ARN", "GON")],
     "Arnor/=/PROPN/2/nsubj retiró/retirar/VERB/0/root/PS3 a/=/ADP/5/case su/su/DET/5/det/POS embajador/embajador/NOUN/2/obj/MS "
     "en/en/ADP/7/case Gondor/=/PROPN/5/nmod ././PUNCT/2/punct"),
    ("acusar-de-espionaje", "112", [("112", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj acusó/acusar/VERB/0/root/PS3 a/=/ADP/4/case Arnor/=/PROPN/2/obj de/de/ADP/6/case "
     "espionaje/espionaje/NOUN/2/obl/MS ././PUNCT/2/punct"),
    ("imponer-toque-de-queda", "1723", [("1723", "GONGOV", None)],
     "El/el/DET/2/det/DMS gobierno/gobierno/NOUN/5/nsubj/MS de/de/ADP/4/case Gondor/=/PROPN/2/nmod impuso/imponer/VERB/0/root/PS3 "
     "un/uno/DET/7/det/IMS toque/toque/NOUN/5/obj/MS de/de/ADP/9/case queda/queda/NOUN/7/nmod/FS en/en/ADP/12/case "
     "la/el/DET/12/det/DFS capital/capital/NOUN/5/obl/FS ././PUNCT/5/punct"),
    ("convocar-huelga", "143", [("143", "ARNLAB", None)],
     "Los/el/DET/2/det/DMP sindicatos/sindicato/NOUN/5/nsubj/MP de/de/ADP/4/case Arnor/=/PROPN/2/nmod convocaron/convocar/VERB/0/root/PP3 "
     "una/uno/DET/7/det/IFS huelga/huelga/NOUN/5/obj/FS general/general/ADJ/7/amod/FS ././PUNCT/5/punct"),
    ("marchar-contra", "141", [("141", None, None)],
     "Miles/mil/NUM/4/nsubj de/de/ADP/3/case estudiantes/estudiante/NOUN/1/nmod/MP marcharon/marchar/VERB/0/root/PP3 "
     "en/en/ADP/6/case Gondor/=/PROPN/4/obl contra/contra/ADP/9/case el/el/DET/9/det/DMS gobierno/gobierno/NOUN/4/obl/MS "
     "././PUNCT/4/punct"),
    ("retirarse-de", "0874", [("0874", "GONMIL", "ARN")],
     "Las/el/DET/2/det/DFP tropas/tropa/NOUN/6/nsubj/FP de/de/ADP/4/case Gondor/=/PROPN/2/nmod se/él/PRON/6/iobj/SE "
     "retiraron/retirar/VERB/0/root/PP3 de/de/ADP/8/case Arnor/=/PROPN/6/obl ././PUNCT/6/punct"),
    ("sin-evento-no-atacar", "none", [],
     "Gondor/=/PROPN/3/nsubj no/no/ADV/3/advmod/NEG atacó/atacar/VERB/0/root/PS3 a/=/ADP/5/case Arnor/=/PROPN/3/obj "
     "././PUNCT/3/punct"),
    ("condicional-amenaza", "13", [("13", "GON", "ARN")],
     "Si/si/SCONJ/3/mark Arnor/=/PROPN/3/nsubj ataca/atacar/VERB/6/advcl/RS3 ,/,/PUNCT/3/punct Gondor/=/PROPN/6/nsubj "
     "responderá/responder/VERB/0/root/FS3 con/con/ADP/8/case fuerza/fuerza/NOUN/6/obl/FS ././PUNCT/6/punct"),
    ("sin-evento-suspender-partido", "none", [],
     "La/el/DET/2/det/DFS lluvia/lluvia/NOUN/3/nsubj/FS obligó/obligar/VERB/0/root/PS3 a/=/ADP/5/mark "
     "suspender/suspender/VERB/3/xcomp/INF el/el/DET/7/det/DMS partido/partido/NOUN/5/obj/MS en/en/ADP/9/case "
     "Gondor/=/PROPN/5/obl ././PUNCT/3/punct"),
]


# An eighth set (es22), written before any change of that round and used to choose none:
# wire sentences of the constructions check6 missed, in other words and with other verbs
# (events in relative clauses, existential and reflexive-passive event nouns, conditional
# threats, armed forces blockading, a border reopened and a blockade lifted, object clitics,
# an organization whose name holds "y") and a few plain statements of other roots. Expected
# codes from the CAMEO definitions (144 obstructing passage; 138/131 threats; 191 blockade
# or siege by armed forces; 081/0872 easing them).
CHECK7: list[tuple[str, str, list[tuple[str, str | None, str | None]], str]] = [
    ("relativo-que-atacaron", "190", [("190", "ROHREB", None)],
     "El/el/DET/2/det/DMS ejército/ejército/NOUN/5/nsubj/MS de/de/ADP/4/case Gondor/=/PROPN/2/nmod persiguió/perseguir/VERB/0/root/PS3 "
     "a/=/ADP/8/case los/el/DET/8/det/DMP rebeldes/rebelde/NOUN/5/obj/MP de/de/ADP/10/case Rohan/=/PROPN/8/nmod "
     "que/que/PRON/12/nsubj/PronType=Rel atacaron/atacar/VERB/8/acl:relcl/PP3 una/uno/DET/14/det/IFS base/base/NOUN/12/obj/FS "
     "en/en/ADP/16/case Arnor/=/PROPN/12/obl ././PUNCT/5/punct"),
    ("relativo-quienes-bloquearon", "144", [("14", None, None), ("10", None, "ARNGOV")],
     "Los/el/DET/2/det/DMP campesinos/campesino/NOUN/9/nsubj/MP ,/,/PUNCT/5/punct quienes/quien/PRON/5/nsubj/PronType=Rel "
     "bloquearon/bloquear/VERB/2/acl:relcl/PP3 la/el/DET/7/det/DFS carretera/carretera/NOUN/5/obj/FS ,/,/PUNCT/5/punct "
     "exigieron/exigir/VERB/0/root/PP3 tierras/tierra/NOUN/9/obj/FP a/=/ADP/13/case el/el/DET/13/det/DMS "
     "gobierno/gobierno/NOUN/9/obl/MS de/de/ADP/15/case Arnor/=/PROPN/13/nmod ././PUNCT/9/punct"),
    ("relativo-objeto-bombardearon", "195", [("19", None, None)],
     "El/el/DET/2/det/DMS hospital/hospital/NOUN/9/nsubj/MS que/que/PRON/4/obj/PronType=Rel "
     "bombardearon/bombardear/VERB/2/acl:relcl/PP3 los/el/DET/6/det/DMP aviones/avión/NOUN/4/nsubj/MP de/de/ADP/8/case "
     "Gondor/=/PROPN/6/nmod quedó/quedar/VERB/0/root/PS3 destruido/destruir/ADJ/9/xcomp/MS ././PUNCT/9/punct"),
    ("relativo-que-visito", "042", [("042", "ROHGOV", "ARN")],
     "El/el/DET/2/det/DMS ministro/ministro/NOUN/10/nsubj/MS de/de/ADP/4/case Rohan/=/PROPN/2/nmod "
     "que/que/PRON/6/nsubj/PronType=Rel visitó/visitar/VERB/2/acl:relcl/PS3 Arnor/=/PROPN/6/obj en/en/ADP/9/case "
     "mayo/mayo/NOUN/6/obl/MS regresó/regresar/VERB/0/root/PS3 ayer/ayer/ADV/10/advmod a/=/ADP/14/case su/su/DET/14/det/POS "
     "país/país/NOUN/10/obl/MS ././PUNCT/10/punct"),
    ("relativo-pasiva-secuestrados", "181", [("181", "ROHREB", None)],
     "Arnor/=/PROPN/2/nsubj rescató/rescatar/VERB/0/root/PS3 a/=/ADP/5/case los/el/DET/5/det/DMP civiles/civil/NOUN/2/obj/MP "
     "que/que/PRON/8/nsubj:pass/PronType=Rel fueron/ser/AUX/8/aux:pass/PP3 "
     "secuestrados/secuestrar/VERB/5/acl:relcl/Gender=Masc|Number=Plur|Tense=Past|VerbForm=Part por/por/ADP/10/case "
     "rebeldes/rebelde/NOUN/8/obl:agent/MP de/de/ADP/12/case Rohan/=/PROPN/10/nmod ././PUNCT/2/punct"),
    ("se-produjeron-combates", "190", [("19", None, None)],
     "Se/él/PRON/2/iobj/SE produjeron/producir/VERB/0/root/PP3 fuertes/fuerte/ADJ/4/amod/MP combates/combate/NOUN/2/nsubj/MP "
     "entre/entre/ADP/6/case tropas/tropa/NOUN/4/nmod/FP de/de/ADP/8/case Gondor/=/PROPN/6/nmod y/y/CCONJ/10/cc "
     "rebeldes/rebelde/NOUN/6/conj/MP en/en/ADP/13/case el/el/DET/13/det/DMS norte/norte/NOUN/2/obl/MS de/de/ADP/15/case "
     "Arnor/=/PROPN/13/nmod ././PUNCT/2/punct"),
    ("hubo-enfrentamientos", "190", [("19", None, None)],
     "Ayer/ayer/ADV/2/advmod hubo/haber/VERB/0/root/PS3 enfrentamientos/enfrentamiento/NOUN/2/obj/MP entre/entre/ADP/6/case "
     "el/el/DET/6/det/DMS ejército/ejército/NOUN/3/nmod/MS de/de/ADP/8/case Rohan/=/PROPN/6/nmod y/y/CCONJ/11/cc "
     "la/el/DET/11/det/DFS guerrilla/guerrilla/NOUN/6/conj/FS ././PUNCT/2/punct"),
    ("se-reportaron-ataques", "190", [("19", None, None)],
     "Se/él/PRON/2/iobj/SE reportaron/reportar/VERB/0/root/PP3 ataques/ataque/NOUN/2/nsubj/MP contra/contra/ADP/5/case "
     "puestos/puesto/NOUN/3/nmod/MP policiales/policial/ADJ/5/amod/MP en/en/ADP/8/case Arnor/=/PROPN/2/obl ././PUNCT/2/punct"),
    ("condicional-ofensiva", "138", [("13", "GON", "ROH")],
     "Gondor/=/PROPN/2/nsubj lanzará/lanzar/VERB/0/root/FS3 una/uno/DET/4/det/IFS ofensiva/ofensiva/NOUN/2/obj/FS "
     "si/si/SCONJ/8/mark Rohan/=/PROPN/8/nsubj no/no/ADV/8/advmod/NEG libera/liberar/VERB/2/advcl/RS3 a/=/ADP/11/case "
     "los/el/DET/11/det/DMP rehenes/rehén/NOUN/8/obj/MP ././PUNCT/2/punct"),
    ("condicional-sanciones", "131", [("13", "GON", "ARN")],
     "Si/si/SCONJ/4/mark Arnor/=/PROPN/4/nsubj no/no/ADV/4/advmod/NEG retira/retirar/VERB/9/advcl/RS3 sus/su/DET/6/det/POP "
     "tropas/tropa/NOUN/4/obj/FP ,/,/PUNCT/4/punct Gondor/=/PROPN/9/nsubj impondrá/imponer/VERB/0/root/FS3 "
     "sanciones/sanción/NOUN/9/obj/FP ././PUNCT/9/punct"),
    ("armada-bloquear-puertos", "191", [("191", None, "ARN")],
     "La/el/DET/2/det/DFS armada/armada/NOUN/5/nsubj/FS de/de/ADP/4/case Gondor/=/PROPN/2/nmod bloqueó/bloquear/VERB/0/root/PS3 "
     "los/el/DET/7/det/DMP puertos/puerto/NOUN/5/obj/MP de/de/ADP/9/case Arnor/=/PROPN/7/nmod ././PUNCT/5/punct"),
    ("soldados-sitiar-ciudad", "191", [("191", "ROHMIL", "ARN")],
     "Soldados/soldado/NOUN/4/nsubj/MP de/de/ADP/3/case Rohan/=/PROPN/1/nmod sitiaron/sitiar/VERB/0/root/PP3 "
     "la/el/DET/6/det/DFS ciudad/ciudad/NOUN/4/obj/FS de/de/ADP/8/case Arnor/=/PROPN/6/nmod ././PUNCT/4/punct"),
    ("levantar-bloqueo", "0872", [("08", "GON", "ARN")],
     "Gondor/=/PROPN/2/nsubj levantó/levantar/VERB/0/root/PS3 el/el/DET/4/det/DMS bloqueo/bloqueo/NOUN/2/obj/MS "
     "de/de/ADP/7/case el/el/DET/7/det/DMS puerto/puerto/NOUN/4/nmod/MS de/de/ADP/9/case Arnor/=/PROPN/7/nmod ././PUNCT/2/punct"),
    ("reabrir-frontera-tras", "081", [("08", "ARN", "ROH")],
     "Arnor/=/PROPN/2/nsubj reabrió/reabrir/VERB/0/root/PS3 la/el/DET/4/det/DFS frontera/frontera/NOUN/2/obj/FS "
     "con/con/ADP/6/case Rohan/=/PROPN/4/nmod tras/tras/ADP/9/case dos/dos/NUM/9/nummod meses/mes/NOUN/2/obl/MP "
     "././PUNCT/2/punct"),
    ("clitico-lo-acusar", "112", [("173", "GONCOP", "ROHMED"), ("112", "GONCOP", "ROHMED")],
     "La/el/DET/2/det/DFS policía/policía/NOUN/5/nsubj/FS de/de/ADP/4/case Gondor/=/PROPN/2/nmod detuvo/detener/VERB/0/root/PS3 "
     "a/=/ADP/8/case un/uno/DET/8/det/IMS periodista/periodista/NOUN/5/obj/MS de/de/ADP/10/case Rohan/=/PROPN/8/nmod "
     "y/y/CCONJ/13/cc lo/él/PRON/13/obj/LO acusó/acusar/VERB/5/conj/PS3 de/de/ADP/15/case espionaje/espionaje/NOUN/13/obl/MS "
     "././PUNCT/5/punct"),
    ("clitico-lo-amenazar", "13", [("112", "ROH", "GON"), ("13", "ROH", "GON")],
     "Rohan/=/PROPN/2/nsubj acusó/acusar/VERB/0/root/PS3 a/=/ADP/4/case Gondor/=/PROPN/2/obj de/de/ADP/6/case "
     "espionaje/espionaje/NOUN/2/obl/MS y/y/CCONJ/9/cc lo/él/PRON/9/obj/LO amenazó/amenazar/VERB/2/conj/PS3 "
     "con/con/ADP/11/case represalias/represalia/NOUN/9/obl/FP ././PUNCT/2/punct"),
    ("organizacion-con-y", "190", [("190", "ROHREB", None)],
     "El/el/DET/2/det/DMS Frente/Frente/PROPN/9/nsubj de/de/ADP/4/case Liberación/Liberación/PROPN/2/nmod y/y/CCONJ/6/cc "
     "Justicia/Justicia/PROPN/4/conj de/de/ADP/8/case Rohan/=/PROPN/2/nmod atacó/atacar/VERB/0/root/PS3 "
     "un/uno/DET/11/det/IMS cuartel/cuartel/NOUN/9/obj/MS en/en/ADP/13/case Arnor/=/PROPN/9/obl ././PUNCT/9/punct"),
    ("atentado-mato", "183", [("18", None, None)],
     "Un/uno/DET/2/det/IMS atentado/atentado/NOUN/6/nsubj/MS con/con/ADP/4/case coche/coche/NOUN/2/nmod/MS "
     "bomba/bomba/NOUN/4/compound/FS mató/matar/VERB/0/root/PS3 a/=/ADP/9/case diez/diez/NUM/9/nummod "
     "personas/persona/NOUN/6/obj/FP en/en/ADP/11/case Arnor/=/PROPN/6/obl ././PUNCT/6/punct"),
    ("condenar-atentado", "111", [("11", "ARNGOV", None)],
     "El/el/DET/2/det/DMS presidente/presidente/NOUN/5/nsubj/MS de/de/ADP/4/case Arnor/=/PROPN/2/nmod "
     "condenó/condenar/VERB/0/root/PS3 el/el/DET/7/det/DMS atentado/atentado/NOUN/5/obj/MS ././PUNCT/5/punct"),
    ("manifestarse-contra", "141", [("141", None, None)],
     "Miles/mil/NUM/5/nsubj de/de/ADP/3/case personas/persona/NOUN/1/nmod/FP se/él/PRON/5/obj/SE "
     "manifestaron/manifestar/VERB/0/root/PP3 en/en/ADP/7/case Arnor/=/PROPN/5/obl contra/contra/ADP/10/case "
     "la/el/DET/10/det/DFS guerra/guerra/NOUN/5/obl/FS ././PUNCT/5/punct"),
    ("enviar-ayuda-humanitaria", "073", [("07", "IGOUNO", "ROH")],
     "La/el/DET/2/det/DFS ONU/ONU/PROPN/3/nsubj envió/enviar/VERB/0/root/PS3 ayuda/ayuda/NOUN/3/obj/FS "
     "humanitaria/humanitario/ADJ/4/amod/FS a/=/ADP/7/case Rohan/=/PROPN/3/obl ././PUNCT/3/punct"),
    ("acusar-de-apoyar", "112", [("112", "ROH", "ARN")],
     "Rohan/=/PROPN/2/nsubj acusó/acusar/VERB/0/root/PS3 a/=/ADP/4/case Arnor/=/PROPN/2/obj de/de/ADP/6/mark "
     "apoyar/apoyar/VERB/2/advcl/INF a/=/ADP/9/case los/el/DET/9/det/DMP rebeldes/rebelde/NOUN/6/obj/MP ././PUNCT/2/punct"),
]


def conllu_of(spec: str) -> str:
    """The CoNLL-U text of a probe's token notation (sentences joined by "||")."""
    out = []
    for sentence in spec.split("||"):
        rows = []
        for ident, token in enumerate(sentence.split(), start=1):
            parts = token.split("/")
            if token.startswith("././"):  # a full stop: form "." lemma "."
                parts = [".", "."] + token[4:].split("/")
            form, lemma, upos, head, rel = parts[:5]
            feats = parts[5] if len(parts) > 5 else "_"
            feats = FEATS.get(feats, feats)
            lemma = form if lemma == "=" else lemma
            rows.append("\t".join([str(ident), form, lemma, upos, "_", feats, head, rel, "_", "_"]))
        out.append("# text = " + " ".join(r.split("\t")[1] for r in rows) + "\n" + "\n".join(rows) + "\n")
    return "\n".join(out) + "\n"


def probe_codebook(folder: Path, codebook: Path) -> Path:
    """A copy of `codebook` whose manifest adds the made-up countries."""
    import shutil

    import yaml

    manifest = yaml.safe_load((codebook / "codebook.yaml").read_text(encoding="utf-8"))
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copytree(codebook, folder / "cb")
    for kind in ("actors", "agents", "verbs", "cameo", "acled"):
        value = manifest.get(kind)
        if isinstance(value, str):
            manifest[kind] = value if value.startswith("shipped:") else f"cb/{value}"
        elif isinstance(value, list):
            manifest[kind] = [p if str(p).startswith("shipped:") else f"cb/{p}" for p in value]
    (folder / "probe-actors.yaml").write_text(ACTORS, encoding="utf-8")
    manifest["actors"] = ["probe-actors.yaml"] + manifest["actors"]
    (folder / "codebook.yaml").write_text(yaml.safe_dump(manifest, allow_unicode=True), encoding="utf-8")
    return folder


def code_probe(spec: str, codebook) -> list[tuple[str, str, str]]:
    from coder.api import code_parsed
    from coder.parse import parse_conllu_text

    [doc] = parse_conllu_text(conllu_of(spec), doc_id="probe", date="2020-06-01")
    records, _, _ = code_parsed(doc, codebook)
    return [(r["cameo_code"], r["source_code"], r["target_code"]) for r in records]


def matches(expected: tuple[str, str | None, str | None], got: tuple[str, str, str], exact: bool) -> bool:
    code, source, target = expected
    if not got[0].startswith(code[:2]):
        return False
    if not exact:
        return True
    return got[0].startswith(code) and source in (None, got[1]) and target in (None, got[2])


def verdict(expected, got) -> tuple[bool, bool]:
    """(every expected root coded and nothing coded where none is expected, same with code and actors)"""
    if not expected:
        return not got, not got
    root = all(any(matches(e, g, False) for g in got) for e in expected)
    exact = all(any(matches(e, g, True) for g in got) for e in expected)
    return root, exact


def main(argv: list[str]) -> int:
    import tempfile

    from coder.codebook import load_codebook

    verbose = "-v" in argv
    args = [a for a in argv if a != "-v"]
    root = Path(__file__).resolve().parent.parent
    source = Path(args[0]) if args else root / "codebooks" / "es"
    with tempfile.TemporaryDirectory() as tmp:
        codebook = load_codebook(probe_codebook(Path(tmp) / "probe", source))
        for title, probes in (("probe", PROBES), ("check", CHECK), ("check2", CHECK2), ("check3", CHECK3),
                              ("check4", CHECK4), ("check5", CHECK5), ("check6", CHECK6),
                              ("check7", CHECK7)):
            roots = exact = 0
            for name, family, expected, spec in probes:
                got = code_probe(spec, codebook)
                ok_root, ok_exact = verdict(expected, got)
                roots += ok_root
                exact += ok_exact
                if verbose or not ok_exact:
                    mark = "ok " if ok_exact else ("ROOT" if ok_root else "MISS")
                    print(f"{mark} {name:26} {family:6} expected {expected} got {got}")
            print(f"{title}: {len(probes)} sentences: {roots} expected roots, {exact} exact (code, source, target)")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    raise SystemExit(main(sys.argv[1:]))
