"""What the assistant refuses before retrieval: attempts to change its rules or read its prompt,
and questions about kinds of facts a programme does not hold unless the sources show them."""

from __future__ import annotations

import re

from assistant.lexicon import ACRONYM, plain, tokens, unquoted
from assistant.planner import ATTRIBUTED, TALK_NOUNS, WORKED_WITH, asks_personal_life
from assistant.translation import are_cognates
from ingest.text import fold

_INJECTION = (
    r"\b(ignore|oublie|oubliez|disregard|forget|bypass|contourne)\b.{0,40}\b(instruction|"
    r"regle|rule|consigne|prompt|previous|precedent)|system prompt|prompt systeme|"
    r"(tes|vos|your) (instructions|regles|rules|consignes)|jailbreak|developer mode|"
    r"mode developpeur|\b(pretend|fais comme si|act as|agis comme)\b"
)

# A kind of fact: how a question asks for it, and what evidence of it looks like in a source.
_CENTURY = r"\b(1[0-9]|20)\d\d\b|siecle|century|\d+ ?°"
_DATED = (
    r"\b(1[0-9]|20)\d\d\b|\b\d{1,2}(er)? (janvier|fevrier|mars|avril|mai|juin|juillet|"
    r"aout|septembre|octobre|novembre|decembre|january|february|march|april|may|june|july|"
    r"august|september|october|november|december)\b"
)
_NOUN_BEFORE = "|".join(
    rf"(?<=\b{w} )"
    for w in ("the", "a", "an", "her", "his", "their", "its", "your", "my", "our", "any", "what",
              "which", "whose", "postal", "mailing", "mail", "email", "e-mail", "work", "home",
              "office", "venue", "street", "web", "contact", "exact", "full", "s")
)  # fmt: skip
# An organisation or a place of work, one of a kind (its name is what is asked)
# (not "association", « domaine », « exploitation »: other senses come first)
_ONE_OF_A_KIND = (
    r"(company|firm|business|cooperative|co ?op|fab ?lab|workshop|factory|plant|mill|sawmill|"
    r"brand|farm|estate|grower|producer|holding|entreprise|societe|atelier|usine|marque|"
    r"filature|scierie|fabrique|manufacture|ferme|producteur|productrice)"
)
# Particular organisations or places asked, in the plural too, when the question says it wants
# the very ones ("which specific spinning mills or towns", "what particular clients", « quelles
# coopératives précises »): names asked, not kinds (examples, cases and projects are not asked
# by name: "what specific examples does she give?")
_ORG_KINDS = (
    r"(compan(y|ies)|firms?|business(es)?|cooperatives?|co ?ops?|fab ?labs?|workshops?|"
    r"factor(y|ies)|plants?|mills?|sawmills?|brands?|farms?|estates?|growers?|producers?|"
    r"clients?|customers?|suppliers?|entreprises?|societes?|ateliers?|usines?|marques?|"
    r"filatures?|scieries?|fabriques?|manufactures?|fermes?|producteurs?|productrices?|"
    r"exploitations?|fournisseurs?)"
)
_PLACE_KINDS = (
    r"(towns?|villes?|cit(y|ies)|regions?|countr(y|ies)|communes?|departements?|collectivites?|"
    r"territor(y|ies)|territoires?|local authorit(y|ies))"
)


def _specific(kinds: str) -> str:
    """The pattern of the very ones of `kinds` asked: "which specific / particular …", « quelles
    … précises »."""
    return (
        rf"\b(which|what|quel\w*) (specific|particular|exact|precise|individual|named) "
        rf"(\w+ ){{0,2}}?{kinds}\b|"
        rf"\bquel\w* (\w+ ){{0,2}}?{kinds} (\w+ ){{0,2}}?(precis|precise|precises|"
        r"particulier\w*|exact\w*)\b"
    )


_SPECIFIC_ONES = _specific(f"({_ORG_KINDS}|{_PLACE_KINDS})")
# (organisations only: a place's name is no organisation's, « les filatures du Nord »)
_SPECIFIC_ORGANISATIONS = _specific(_ORG_KINDS)
# One named organisation asked by its kind ("what's the name of the cooperative she studies?",
# « quelle entreprise a-t-elle accompagnée ? », "which specific farm", "which mill or workshop",
# "which grower's farm"): the thing's noun heads the question ("what business model", « quelle
# société post-industrielle » ask for no name)
_ONE_OF_A_KIND_ASKED = (
    rf"\b(which|what|quel|quelle) (\w+ )?{_ONE_OF_A_KIND}( (or|ou) \w+( \w+)?)?"
    r"( (does|do|did|is|was|has|had|in|at|from|near|that|de|du|des|d|qu|que|dont|a|ou|est|etait|"
    r"she|he|they|il|elle|[a-z]+ t (il|elle))\b|['’]s\b|\W*$)"
)
ATTRIBUTES: dict[str, tuple[str, str]] = {
    # "s'adresse à" (is meant for) is a verb, not an address.
    # "address" the noun, after a determiner or a kind of address ("her address?", "what
    # address should I write to?", "Dupont's address"), or opening the question; not the verb
    # ("does anyone address whether …", "which topics does the session address?")
    "contact": (r"\b(e ?mail|courriel|telephone|phone|numero de|contact|(?<!s['’])adresse|"
                rf"(?:^|{_NOUN_BEFORE})address(?:es)?)\b", r"@|\+?\d[\d .]{{7,}}|\brue\b"),
    "money": (r"\b(budget|prix|price|cout(e|es|ent|ait|aient|era|eront|er)?|costs?|tarif|fee|"
              r"salaire|salary|euros?|dollars?|combien coute|how much|financement de combien)\b",
              r"\d+ ?(€|euros?|m€|k€)"),
    # « faire le lien entre » and "link together" are not web links.
    "web": (r"\b(site web|site internet|website|web ?site|url|lien (web|internet|vers)|link to|"
            r"hyperlink|web link|twitter|linkedin|instagram|youtube|mastodon|github)\b",
            r"https?://|www\."),
    # (not the origin of a thing: "spaces born of digital tools", "the birth of a movement")
    "age": (r"\b(age|quel age|how old|ne en|nee en|born(?! (of|from|out))|naissance|"
            r"birth(?! of))\b", r"\b(19|20)\d\d\b"),
    # A number of things: a quantity in a sentence (not "18° siècle", not a session's date line).
    "count": (r"\b(combien|how many|nombre (de|d)|number of|quantite|amount of)\b",
              r"\b(\d+(?![\d°])|deux|trois|quatre|cinq|sept|huit|neuf|dix|douze|quinze|vingt|"
              r"trente|cinquante|cent|cents|mille|millions?|milliards?|two|three|four|five|seven|"
              r"eight|nine|ten|twelve|twenty|fifty|hundreds?|thousands?|billions?|dozens?)\b"),
    # A year or a date in a sentence; a century answers only a question that asks for one.
    "year": (r"\b((en )?quelle annee|(what|which|in what) year|annee exacte|exact year|depuis "
             r"quand|since when|en quel mois|what month)", _DATED),
    # "When did it happen?": a year, a date or a century in the answering sentence.
    "past-when": (r"\b(when (did|was|were)|quand (a|ont|est|sont|fut|furent) )",
                  rf"{_DATED}|{_CENTURY}"),
    "century": (r"\b(quel siecle|what century|which century|a quelle epoque|what era)\b",
                _CENTURY),
    # How to attend: registration, entry, food, recording, slides; a programme rarely says.
    # « s'inscrit dans » (is part of) is not registering, nor « dans quelle dynamique s'inscrit
    # la RTE ? » (its subject after it).
    "practical": (r"\b((?<!\bs )(?<!\bs')(?<!\bs’)inscri\w*\b(?! dans)|"
                  r"s['’ ]?inscri\w*\b(?! (dans|la|le|les|l|cette|ce|ces|cet|son|sa|ses|leur|"
                  r"leurs)\b)(?![- ](il|elle|ils|elles)[- ]dans\b)|register\w*|registration|"
                  r"sign(ing)? up|tickets?|"
                  r"billets?|payant\w*|gratuit\w*|free (entry|admission|of charge)|"
                  r"entree (libre|gratuite)|coffee|cafe|lunch|dejeuner|repas|buffet|catering|"
                  r"snacks?|meals?|"
                  # a break in the session, not a break with the past (« une pause entre le
                  # 18e et le 19e siècle ? »)
                  r"(coffee|lunch|tea|short) breaks?|pauses? (cafe|dejeuner|dej)|"
                  r"(is there|will there be|are there|y a\W?t\W?il|il y a|y aura\W?t\W?il|any) (a |"
                  r"une |any |des )?(pauses?|breaks?)( (during|in|pendant|dans|at|au cours de) "
                  r"(the |la |cette )?(session|seance|afternoon|apres[- ]midi|programme)| "
                  r"(between|entre) (the |les )?(talks|interventions|presentations|exposes|"
                  r"speakers|intervenants))?(?=\W*(?:$|\((?:about|a propos)\b))|"
                  r"(when|what time|quand|a quelle heure|quelle heure)( \w+){0,4} (pause|break)|"
                  r"(la|the) (pause|break)\W+(\w+\W+){0,3}(when|quand|a quelle heure|what time)"
                  r"(?=\W*(?:$|\((?:about|a propos)\b))|"
                  r"(pauses?|breaks?) (between|entre) (the |les )?(talks|interventions|"
                  r"presentations|exposes|speakers|intervenants)|"
                  r"enregistre\w*|recorded|recording|filme\w*|filmed|streaming|livestream\w*|"
                  r"replay|slides|diaporama|supports? de presentation|certificat\w*|"
                  r"attestation\w*|parking|wheelchair|fauteuil roulant|wi ?fi|"
                  # joining from afar: "is there a zoom link?", « un lien visio ? », « suivre la
                  # séance à distance » (not "her vision", « zoom sur … », "remote access for
                  # artisans", « participer à distance à la production »)
                  r"(zoom|teams|meet|webex|online|video|connection) (links?|meeting|call)|"
                  r"(on|via|sur|par) zoom\b(?! (sur|in|on)\b)|visio|visio ?conf\w*|webinar\w*|"
                  r"liens? (de connexion|zoom|teams|visio)|"
                  r"(suivre|assister a|participer a)( \w+){0,2} "
                  r"(session|seance|conference|intervention|expose|evenement)s? a distance|"
                  r"(attend|follow|watch|join)( \w+){0,3} (remotely|online)|"
                  r"drinks|cocktail|aperitif|apero|(welcome|opening) reception|"
                  r"pot (d['’ ]?accueil|de bienvenue)|"
                  # the way there: "how do I get there from the station?", « comment s'y
                  # rendre ? » (not "how did Chippendale get there, to a distributed factory?")
                  r"(i|we|you|to) get there( from| by)?\W*$|get there (from|by) |"
                  r"get to the (venue|room|building|site|campus)|"
                  r"(from|depuis|de) (the |la )?(station|gare|airport|"
                  r"aeroport)|itineraires?|comment (y|s['’ ]?y) (aller|venir|rendre|acceder)|"
                  r"directions to the|public transport|transports? (en commun|publics?))\b",
                  r"\b(inscri\w*(?! dans)|regist\w*|billet\w*|ticket\w*|payant\w*|gratuit\w*|"
                  r"free|cafe|coffee|dejeuner|lunch|repas|buffet|enregistre\w*|record\w*|film\w*|"
                  r"pauses?|breaks?|"
                  r"stream\w*|replay|slides|diaporama|certificat\w*|attestation\w*|parking|"
                  r"wheelchair|fauteuil|wi ?fi|zoom|visio|visio ?conf\w*|webinar\w*|drinks|"
                  r"cocktail|aperitif|apero|reception|pot|"
                  r"station|gare|airport|aeroport|itinerai\w*|transports?|metro|tram|bus)\b"),
    # Time for the audience's questions: « un temps d'échange », "a Q&A slot" (« se reposer la
    # question de … » is not one).
    "discussion": (r"\b(q ?(and|&|et) ?a|questions?[- ]?((and|&|et)[- ]?)?(answers?|reponses?)|"
                   r"(discussion|debate|debat|echanges?|questions?) (slot|time|period|periode)|"
                   r"temps (de |d['’ ]?)?(echanges?|discussion|debat|questions?)|"
                   r"(open|plenary) discussion|discussion (ouverte|generale|avec la salle))\b",
                   r"\b(questions?[- ]?(reponses?|answers?)|q ?& ?a|discussion|debat|table ronde|"
                   r"temps (d['’ ]?|de )?(echanges?|questions?))\b"),
    # A role in the event nobody on the programme holds: who moderates, chairs, hosts, organises.
    "event-role": (r"\b(qui|who)\b[^?]*\b(moder\w*|chair\w*|anim\w*|organi[sz]\w*|host\w*|"
                   r"presid\w*)|"
                   # "who's in charge of the session?", « qui est responsable de la séance ? »
                   r"\b(in charge|en charge|responsible|responsable) (of|for|de|du|d)( the| this| "
                   r"la| cette| l)? ?(session|seance|event|evenement|journee|day)\b|"
                   r"\b(moderat(eur|rice|or|ors|ion)|chair(man|woman|person)?s?|"
                   r"animat(eur|rice)s?|organisat(eur|rice)s?|organi[sz]ers?|host(ess)?s?)\b",
                   r"\b(moder|chair|anim|organi[sz]|host|presid)"),
    # What a speaker has published: a programme lists talks, not bibliographies.
    # "articles", "papers" only with a verb of writing ("paper packaging" is not a paper).
    "publications": (r"\b(books?|bouquins?|livres?|ouvrages?|publications?|publi(e|ee|es|ees)|"
                     r"published|bibliograph\w*|(articles?|papers?)\b.*\b(ecri\w*|wr[io]te\w*|"
                     r"written|publi\w*)|(ecri\w*|wr[io]te\w*|written|publi\w*)\b.*\b(articles?|"
                     r"papers?))\b",
                     r"\b(livres?|ouvrages?|books?|publications?|publie\w*|published|parus?|"
                     r"articles?|papers?|bibliograph\w*)\b"),
    # Whom a speaker worked with: shown only by a text that names partners or collaborators.
    "partners": (WORKED_WITH,
                 r"\b(partena\w*|partners?\w*|collabor\w*|en lien avec|together with|alongside|"
                 r"aux cotes (de|des|du|d)|consorti\w*|alliances?)\b"),
    # Names asked for ("which ones does he name?", « nommément »): shown only by a name in the
    # answering sentence that the question does not already hold (`_names_given`). "Name the
    # speaker of …" asks the programme's record, not names in a text.
    "named": (r"\b(nommement|by name|names? (them|any|the(?! (speakers?|presenters?|person|people|"
              r"talks?|titles?)\b))|(does|do|did) \w+( \w+)? name\b|"
              r"which ones? (exactly|precisely|does|do|did)|which ones? (he|she|they) names?|"
              r"(les )?nomme[ -]t[ -](il|elle)|lesquel\w* (exactement|precisement)|"
              # a place asked ("in which country did X expand?", « quelles collectivités
              # cite-t-elle en exemple ? »): a place is a name ("city-level policies", "which
              # town hall" are not places asked)
              r"(which|what|quel|quelle|quels|quelles) ((specific|particular|exact|precise|"
              r"particulier|particuliere|precis|precise) )?(country|countries|regions?|city|cities|"
              r"towns?(?! hall)|pays|villes?|communes?|departements?|collectivites?)(?![\w-])|"
              # one named thing asked ("what's the name of the cooperative she studies?",
              # « quelle entreprise a-t-elle accompagnée ? », "which FabLab does it use?"): an
              # organisation or a place of work is a name; the plural asks for kinds as often
              # (« quelles entreprises évoque-t-elle ? »), and a speaker's or a talk's name is
              # the programme's record
              # (a concept's or a talk's name is not a proper name: "the name of the approach")
              # (its noun may come after a word or two: "the name of the responsibility model")
              r"names? of (the|a|an|his|her|their|its|this|that) (?!((?!(the|a|an|that|which|who|"
              r"whom|whose|she|he|they|it|his|her|their|its|of|in|on|by|for|from|at)\b)\w+ ){0,2}"
              r"(speakers?|"
              r"presenters?|talks?|sessions?|person|people|titles?|room|venue|moderat\w*|chair\w*|"
              r"presentations?|lectures?|seminars?|programmes?|programs?|concepts?|approach\w*|"
              r"ideas?|notions?|phenomen\w*|process\w*|methods?|theor\w*|frameworks?|"
              r"models?)\b)|"
              r"(le|son|leur) nom (de la|du|de l) (?!(intervenant\w*|orat\w*|session|seance|"
              r"salle|conference|intervention|expose|personne|presentation|programme|concept|"
              r"approche|idee|notion|phenomene|processus|methode|theorie|modele)\b)|"
              # the thing's noun heads the question: "what business model", "which plant
              # fibres", « quelle société post-industrielle » ask for no name
              rf"{_ONE_OF_A_KIND_ASKED}|{_SPECIFIC_ONES})",
              r"$^"),
    # A stance on what should be done ("should the state fund …?", « faut-il rouvrir … ? »,
    # "is she in favour?"), not the asker's own ("which talk should I attend?"): shown only by
    # a sentence that prescribes or judges.
    "stance": (r"\b(faut[ -]il|faudrait[ -]il|doit[ -]on|devrait[ -]on|devrait[ -](il|elle)|"
               r"should (?!(i|we|you|me|one)\b)\w+|(est|serait)[ -](il|elle)[ -]?(pour|contre|"
               r"favorable)|(is|are|would) (he|she|they) (for|against|in favou?r)|in favou?r of|"
               r"favorable (a|au|aux)|(il|elle) est pour|prone[ -]t[ -](il|elle)|"
               r"recommande[ -]t[ -](il|elle)|plaide[ -]t[ -](il|elle))",
               r"\b(faut|faudrait|doi(t|vent)|devr(ait|aient|a|ont)|necessaire\w*|necessit\w*|"
               r"should|must|needs?|besoin|recommand\w*|appel\w* a|plaide\w*|convient|"
               r"favorable|pron\w*|souhait\w*|imperati\w*|indispensable\w*|urgen\w*|"
               r"suppose\w*|exige\w*)\b"),
}  # fmt: skip


# What a talk shows beyond its title: figures, cases, results, conclusions, partners, precise
# details (folded words).
_SPECIFICS = (
    r"\b(chiffres?|figures?|statisti\w*|donnees|data|numbers|montants?|amounts?|resultats?|"
    r"results?|conclu\w*|findings?|bilan|outcomes?|gains?|delivered|achieved|achievements?|"
    r"impacts?|effects?|effets?|benefits?|retombees|benefices|acquis|obtenu\w*|etudes? de cas|"
    r"case stud\w*|exemples?|s appui\w* sur|draws? on|rel(y|ies) on|"
    r"examples?|cas concrets?|concrete cases?|succes|success\w*|worked|marche t (il|elle)|"
    r"partena\w*|partners?|partnered|partnering|partnerships?|collaborat\w*|team(s|ed)? up|"
    r"came out of (it|this|that)|(ca|cela) a donne|en est (il )?ressorti|\w+s precis(es)?|"
    r"(quels|quelles) \w+( \w+){0,3} precis(es)?|"
    r"(precise|specific) \w+s|details|en detail|detaille\w*|detailed|combien|how many|how much|"
    r"a t (il|elle) (marche|fonctionne|reussi)|"
    # what it argues or sets out to show: "her key argument", "the point he's trying to make",
    # « la thèse défendue », « ce qu'il veut démontrer », « le message principal »
    r"(key|main|central|core) (argument|point|message|claim|thesis)s?|arguments?|thesis|"
    r"trying to (make|show|prove|say|argue)|points? (is|are) (\w+ ){1,3}(making|trying)\b|"
    r"points? (he|she|they) (makes?|is making|are making)|"
    r"takeaways?|these (defendue|soutenue|centrale|principale)|sa these|leur these|"
    r"quelles? theses?|(defend|soutien)\w*( t)? (il|elle|ils|elles)|"
    r"(veut|veulent|cherche a|cherchent a|entend|entendent|compte) (demontrer|montrer|prouver)|"
    r"demontr\w*|message (principal|central|cle)|(principal|grand) message|"
    # its outline or key ideas: « les grandes lignes », « les idées principales », "the outline"
    r"grandes lignes|outlines?|(key|main|central|core) ideas|idees (principales|cles|fortes|"
    r"maitresses|centrales)|points (cles|principaux|forts))\b"
)


def asks_specifics(question: str, besides: str = "") -> bool:
    """Whether figures, cases, results or conclusions are asked, or which ones of a kind of
    thing: what only a talk's own text could show. The words of `besides` (the talk's title) do
    not count: of a talk titled « Partenariats et coopératives », "what is the talk on
    partnerships about?" asks no partners; but "which digital tools?" of a title that names
    digital tools asks which, and only a text could list them."""
    named = set(tokens(besides))
    found = plain(unquoted(question)).split()
    kept = " ".join(w for w in found if not set(tokens(w)) & named)
    whole = " ".join(found)
    return bool(re.search(_SPECIFICS, kept)) or _asks_instances(whole) or _picked_out(whole)


# One of a kind picked out: "which particular aid …?", "which players exactly …?" (not "what
# is it about exactly?", nor the programme's own things: "which specific speaker …?", "what
# precise time …?", "what are the topics exactly?").
_PICKED = re.compile(
    r"\b(?:which|what)(?: are the| is the)? (?:(?:particular|specific|exact|precise) (\w+)"
    r"(?: (\w+))?|(?:\w+ ){0,3}?(\w+s) (?:exactly|precisely|specifically))\b"
)
_RECORD_NOUNS = set(
    tokens(
        "talk speaker presenter person session role job position title time hour day date "
        "room place venue organisation organization institution affiliation region city town "
        "field area discipline one moment slot order"
    )
)


def _picked_out(folded: str) -> bool:
    for found in _PICKED.finditer(folded):
        stems = set(tokens(" ".join(w for w in found.groups() if w)))
        if stems and not stems & (_NOT_INSTANCES | _RECORD_NOUNS):
            return True
    return False


# "Which regions?", « quels outils ? », « quelles sont les entreprises … », "what kinds of
# tools": the instances of a kind of thing, by a plural noun after the asking word (an adjective
# may come first: "which regional grants"); not the programme's own things (talks, speakers,
# topics, organisations, rooms), which the records answer.
_WHICH_MANY = (
    r"\b(?:quels|quelles|which|what)(?: sont| are)?(?: les| the)?"
    r"(?: (?:types?|sortes?|genres?|kinds?|sorts?) (?:de|d|of))? (\w+)(?: (\w+))?(?: (\w+))?"
)
_NOT_INSTANCES = set(
    tokens(
        "interventions présentations talks conférences exposés presentations speakers "
        "intervenants intervenantes orateurs oratrices sessions séances thèmes thématiques "
        "sujets topics subjects themes organisations organizations institutions universités "
        "universities organismes établissements structures affiliations rôles roles jours "
        "dates heures horaires salles rooms domaines disciplines fields areas ones "
        # what it is about, which its title says: « quels enjeux ? », "what issues?"
        "enjeux questions issues problématiques aspects axes points"
    )
)
_NOT_NOUNS = set(
    "does was has is this its his hers yours ours theirs nous vous plus sous dans sans apres "
    "depuis alors chez vers tous toutes les des ses leurs mes tes "
    # verbs of suiting the asker: "which talk fits me best?" asks no things
    "fits suits matches".split()
)


def _asks_instances(folded: str) -> bool:
    for found in re.finditer(_WHICH_MANY, folded):
        words = [w for w in found.groups() if w]
        for n, word in enumerate(words):
            if n == 2 and not all(len(w) >= 4 and w not in _NOT_NOUNS for w in words[:2]):
                break  # a third word is the noun only after two that qualify it ("which short
                # circuit products"), not after a verb ("what is the focus")
            if word in _NOT_NOUNS or len(word) < 4:
                continue
            if word[-1] in "sx" and not word.endswith("ss"):
                stems = set(tokens(word))  # none for the stop words "talks", « sujets »
                return bool(stems) and not stems & _NOT_INSTANCES
    return False


def is_injection(question: str) -> bool:
    return bool(re.search(_INJECTION, fold(question)))


# Kinds shown only by the sentence that would answer (not by a record line: a session's
# "18 décembre, 16:30" holds numbers, not the number of anything; not by a neighbour's sentence).
IN_SENTENCES = {"count", "year", "past-when", "century", "named", "stance"}


# Kinds of fact the records (times, order, names, roles, affiliations) never give: asked, they
# are refused unless a text shows them, whatever order or time word the question also holds
# ("her e-mail, to write to her after her talk", "is lunch served after the last talk?").
UNRECORDED = ("contact", "web", "practical", "discussion", "publications", "age")


def asked_time(question: str) -> str | None:
    """The pattern a sentence answering "when" in a text shows (a year, a date, a century),
    when the question asks for one; else None."""
    folded = fold(unquoted(question))
    for name in ("year", "past-when", "century"):
        asked, shown = ATTRIBUTES[name]
        if re.search(asked, folded):
            return shown
    return None


# The asker saying who they are before asking about a text: "As the session's moderator, I want
# to check: what does X's abstract …?", « Je suis modératrice : selon le résumé de … », « En
# tant qu'une des organisatrices je voudrais savoir ce que dit … », "I host a podcast on … .
# What does …?". A role named there is theirs, not one asked of the event; what they say of
# themself is a noun after "as" / « en tant que », what follows "I'm" / « je suis » up to a stop,
# or what they host or run — not "as for …", « as-tu … »; and only when the rest asks of a
# text ("I'm looking for Landau's email, do you have it?" asks the email).
_SELF_DESCRIBED = re.compile(
    r"^\s*(?:"
    r"(?:as\s+|en tant qu(?:e\s+|['’]\s*)|comme\s+)"
    r"(?!(?:for|to|regards|usual|well|if|far|long|much|many|soon|though|a result)\b)"
    r"(?:(?:one of the|l['’]\s*une? des|une? des|the|a|an|un|une|la|le|l['’])\s*)?"
    r"[\w'’-]+(?:\s+[\w'’-]+){0,5}?(?:\s*[,:;.]|(?=\s+(?:i|we|je|j['’]|nous)\b))|"
    r"(?:i['’]m|i am|je suis|moi,? je suis)\s+[\w'’-]+(?:\s+[\w'’-]+){0,14}?\s*[,:;.]|"
    r"(?:i|we|je|j['’]|nous)\s*(?:host|chair|moderate|organi[sz]e|run|anime|animons|modère|"
    r"organise|organisons)\b[^.?!:;]{0,80}[.:;]"
    r")",
    re.IGNORECASE,
)
# What the rest then asks of a text, or of a speaker by what they say
_OF_A_TEXT = (
    r"\b(abstracts?|resumes?|summary|summaries|talks?|interventions?|exposes?|presentations?|"
    r"description|says?|said|dit|disent|parle\w*|mention\w*|cite\w*|evoqu\w*)\b"
)


# A sentence or clause of the asker's about their own task beside the question, asking nothing:
# "I host the session and need it for my intro.", "Asking for my moderation notes.", « C'est pour
# préparer le Q&A. », « Pour mes notes de modération : … », « … ? jfais la modération » (a role or
# a Q&A named there is theirs, not asked of the event).
_REMARK = re.compile(
    r"^\s*(?:asking|it['’]s for|this is for|for my|for our|need(?:ed)? (?:it|this)|"
    r"c['’]est pour|pour (?:mon|ma|mes|notre|nos|pr[ée]parer))(?!\w)|"
    r"\b(?:i|i['’]m|im|me|my|we|our|je|j['’]|jfais|jsuis|chui|moi|mon|ma|mes|nous|notre|nos)"
    r"(?![\w'’])",
    re.IGNORECASE,
)


# A heading before the question, a few words and a colon, asking nothing: "Moderation prep:",
# « Note pour l'animatrice : », "For the Q&A:" (when what follows asks of a speaker's text)
_HEADING = re.compile(
    r"^\s*(?=[^?]{1,60}:\s*$)[^?]*\b(prep\w*|notes?|briefing|brief|memo|for|pour)\b",
    re.IGNORECASE,
)
_OF_THEIR_TEXT = (
    rf"^(?!.*\b(programmes?|programs?|schedule|sessions?|seances?)\b).*({ATTRIBUTED}|"
    r"\b(abstracts?|resumes?|summary|texte?s?|dit|says?|said|ecrit|writes?|wrote|mentionn\w*|"
    r"mentions?|cite\w*|evoqu\w*)\b)"
)


def _without_remarks(question: str) -> str:
    """The question without the asker's remarks on their own task (folded, quotes cut): the
    sentences or clauses that say it beside the one that asks (the one with a question mark,
    else the last), and a self-description before it when the rest asks of a text. Only the
    kinds an asker's role in the event names (who moderates, a Q&A) read it."""
    clauses = re.findall(r"[^.?!:;]+[.?!:;]*", question)
    asking = [c for c in clauses if c.rstrip().endswith("?")] or clauses[-1:]
    kept = [c for c in clauses if c in asking or not _REMARK.search(c)]
    if (
        len(kept) > 1
        and _HEADING.match(fold(kept[0]))
        and re.search(_OF_THEIR_TEXT, plain(kept[-1]))
    ):
        kept = kept[1:]  # "Moderation prep: according to X, …?" asks of X's text
    question = " ".join(kept) or question
    rest = _SELF_DESCRIBED.sub("", question, count=1)
    if rest != question and re.search(_OF_A_TEXT, fold(rest)):
        question = rest
    return fold(unquoted(question))


def _asked(name: str, question: str, folded: str) -> str:
    return _without_remarks(question) if name in {"event-role", "discussion"} else folded


# A part of a speaker's organisation: its department, lab, team, unit or branch ("which laboratory
# of the CNRS?", « dans quelle équipe du FabLab ? »). A card gives the organisation, rarely the
# part.
_UNIT = (
    r"(departments?|departements?|facult(y|ies)|facultes?|labs?|labos?|laborator(y|ies)|"
    r"laboratoires?|research (units?|groups?|teams?)|units?|unites?|teams?|equipes?|divisions?|"
    r"ufr|poles?)"
)
_UNIT_ASKED = (
    rf"\b(which|what|quel|quelle|quels|quelles|in which|at which|dans quel|dans quelle)( \w+)? "
    rf"{_UNIT}\b"
)
# …or its branch, the organisation's name right after it: « quelle direction / quel service de
# la Banque des Territoires ? », "which section of the Région Bretagne" (not "in what direction
# does X take …", "which section of her abstract")
_BRANCH_ASKED = (
    r"\b(which|what|quel|quelle|quels|quelles|in which|dans quel|dans quelle) (directions?|"
    r"services?|branch(es)?|agences?|antennes?|sections?|divisions?) (of|de|du|des|d|at|within) "
    r"(the |la |le |l |les )?{org}\b"
)
# …and shows it only by naming one: « laboratoire PACTE », « équipe du laboratoire LISST », "UMR
# 5193" (not « un laboratoire de la relocalisation »)
_UNIT_NAMED = (
    r"\b(?:laboratoire|laboratory|lab|labo|équipe|equipe|team|département|departement|department|"
    r"unité|unite|unit|faculté|faculte|faculty|UMR|UFR)\s+(?:(?:du|de la|de l['’]|d['’]|de|des|"
    r"of the|of|at)\s+)?(?:laboratoire\s+)?[A-Z0-9]"
)


def unit_missing(question: str, texts: str, affiliations: list[str]) -> bool:
    """A part of an organisation the question names is asked of a speaker it names by name
    ("which INRAE lab is Filippi in?", « quel département de Bordeaux Sciences Agro ? »: the
    caller gives their cards and texts), and none of them names one. With no organisation
    named, « il est de quel labo ? » asks which organisation: the card's."""
    folded = plain(unquoted(question))
    named = [o for o in organisations(affiliations) if re.search(rf"\b{re.escape(o)}\b", folded)]
    branch = any(re.search(_BRANCH_ASKED.replace("{org}", re.escape(o)), folded) for o in named)
    return (
        bool(named)
        and (branch or bool(re.search(_UNIT_ASKED, fold(unquoted(question)))))
        and not re.search(_UNIT_NAMED, texts)
    )


def unrecorded_missing(question: str, evidence: str) -> str | None:
    """The kind of fact asked for among UNRECORDED when `evidence` shows none of it."""
    folded = fold(unquoted(question))
    for name in UNRECORDED:
        asked, shown = ATTRIBUTES[name]
        if re.search(asked, _asked(name, question, folded)) and not re.search(
            shown, fold(evidence)
        ):
            return name
    return None


# Who runs, heads or founded an organisation ("who runs the IRI?", « qui la préside ? », "the
# director of the lab"): a programme says it only in a speaker's role that leads it by name
# (« responsable du programme Territoire d'industrie »), not by naming where a speaker works.
_LEADER_ASKED = (
    r"(\bwho (runs|heads|directs|leads|chairs|manages|founded|presides over)|"
    r"\bqui (la |le |l )?(dirige|preside|gere|pilote|a fonde|fonda|est a la tete (de|du|des|d))|"
    r"\b(director|head|chair|chairman|chairwoman|president|founder|ceo|boss) of|"
    r"\b(directeur|directrice|president|presidente|fondateur|fondatrice|patron|patronne|"
    r"dirigeante?s?|pdg) (de|du|des|d))\b"
)
_LEADER_SHOWN = (
    r"\b(direct(eur|rice|or)\w*|dirige\w*|presid\w*|head|chair\w*|responsable|fondat\w*|"
    r"found\w*|pdg|ceo|manag\w*|gerante?s?|pilot\w*|lead\w*|coordinat\w*|chef)\b"
)
# What a speaker presents, not an organisation: "who leads the second talk?"
_A_TALK = (
    rf"\b({TALK_NOUNS}|workshops?|panels?|discussions?|debates?|q ?a|seminars?|events?|seances?|"
    r"ateliers?|table ronde|debats?|journees?)\b"
)


def leader_missing(question: str, people: list[tuple[str, str]]) -> bool:
    """Who runs an organisation a speaker is from is asked ("who heads the Banque des
    Territoires?"), and no role of those speakers (`people`: every speaker's role and
    affiliation) leads it by name: « responsable du programme Territoire d'industrie » runs that
    programme, not her employer. A talk's lead, or someone in a speaker's text ("according to X,
    who founded …?"), is not asked here."""
    folded = fold(unquoted(question))
    asked = re.search(_LEADER_ASKED, folded)
    if not asked or re.search(_A_TALK, folded) or re.search(ATTRIBUTED, plain(question)):
        return False
    led = set(tokens(folded[asked.end() :])) or set(tokens(folded[: asked.start()]))
    if not led:
        return True  # "…, and who runs it?": no role of the programme runs what is not named
    theirs = [role for role, affiliation in people if led & set(tokens(f"{role} {affiliation}"))]
    if not theirs:
        return False
    return not any(
        led <= set(tokens(fold(role)[found.end() :]))
        for role in theirs
        for found in re.finditer(_LEADER_SHOWN, fold(role))
    )


# What an organisation is or does ("what does the IRI do?", « c'est quoi La fabrique de
# l'industrie ? », « quelles sont les activités de cet institut ? », "who funds it?"): a
# programme that gives it only as where a speaker works does not describe it. (Written against
# the question's plain words: no punctuation.)
_DET = r"(?:(?:the|that|this|l|le|la|les|cet|cette|ce) )?"
# Bodies pointed to ("that institute", « cet organisme »)
_BODIES_EN = (
    "institute|school|organi[sz]ation|lab|laboratory|body|institution|foundation|centre|center"
)
_BODIES_FR = (
    "institut|ecole|organisme|organisation|structure|laboratoire|labo|etablissement|association|"
    "fondation|centre"
)


def _pointing(en: str, fr: str) -> str:
    return rf"(?:(?:cet|cette|ce) (?:{fr})|(?:that|this) (?:{en}))"


_POINTER = _pointing(_BODIES_EN, _BODIES_FR)
_ORG_ASKED = (
    r"\bwhat (?:does|do) {org} (?:actually |really |exactly )?do\b|"
    r"\bwhat (?:is|are) {org} *(?:$|\band\b|\bexactly\b)|"
    r"\bwhat (?:kind|sort|type) of \w+ is {org}|\btell me (?:more )?about {org} *$|"
    r"\bquel(?:le)? (?:genre|type|sorte) (?:de |d )?\w+ est {org}|"
    r"\bwho (?:funds|finances|owns) {org}|\b(?:activities|mission|purpose) of {org}|"
    r"\bque (?:fait|font) {org}|\b(?:c est quoi|qu est ce que(?: c est que)?) {org}|"
    r"{org} (?:c est quoi|what is it)|\b(?:activites?|missions?) (?:de|du|des|d) {org}|"
    r"\ba quoi sert {org}|\bqui finance {org}|"
    # what it makes or teaches, how big it is: "how big is the FabLab?", "how many people work
    # at the CNRS?", « que fabrique … ? », « combien de salariés compte … ? »
    r"\bwhat (?:does|do) {org} (?:make|produce|build|sell|teach|research|study)\b|"
    r"\bhow (?:big|large) is {org}|\bsize of {org}|\bhow many (?:people|employees|staff|"
    r"researchers|students|members|workers)(?: \w+){0,2} (?:at|in|for|does) {org}|"
    r"\bque (?:fabrique|produit|enseigne|vend)(?:nt)? {org}|\btaille (?:de|du|d) {org}|"
    r"\bcombien (?:de|d) (?:personnes|salaries|employes|chercheurs|etudiants|membres)"
    r"(?: \w+){0,3} (?:a|au|chez|dans|compte) {org}"
)
# The organisation the question names pointed back to ("X works at the CNRS — what does it do,
# and who funds it?", "… how big is that institute?", « … : c'est quel genre d'organisme, et qui
# le finance ? »): only what is asked of a body, not of a talk or a place ("tell me more about
# it", "what is it exactly?", « qu'est-ce qu'on y produit ? » may be a talk's or a region's)
_POINTED = "(?:it|{})".format(
    _pointing(
        f"{_BODIES_EN}|bank|company|firm|agency|university|network|association|region|council|"
        "authority|ministry",
        f"{_BODIES_FR}|banque|entreprise|agence|universite|reseau|region|collectivite|ministere",
    )
)
_IT_ASKED = (
    rf"\bwhat (?:does|do) {_POINTED} (?:actually |really |exactly )?(?:do|make|produce|teach|"
    rf"sell)\b|\bwho (?:funds|finances|owns|runs) {_POINTED}|\bhow (?:big|large) is "
    rf"{_POINTED}|\bhow many (?:people|employees|staff|researchers|students|members|workers)"
    rf"(?: \w+){{0,2}} (?:at|in|for) {_POINTED}|\bwhat (?:sort|kind|type) of \w+ (?:does|do) "
    rf"{_POINTED} (?:run|do|offer|make|fund|lead)\b|\bwhat (?:kind|sort|type) of "
    rf"(?:organi[sz]ation|body|institution|place) is {_POINTED}|"
    r"\bqu est ce qu on y (?:enseigne|etudie)\b|\bqui (?:le|la|les) (?:financ|possed|detien)\w*|"
    r"\bcombien (?:de|d) (?:personnes|salaries|employes|chercheurs|etudiants|membres) y\b|"
    r"\bc est (?:quel|quelle) (?:genre|type|sorte) (?:de |d )?(?:organisme|organisation|"
    r"structure|institution|etablissement|ecole|institut|entreprise|banque|societe)\b"
)


def asks_what_it_is(part: str) -> bool:
    """The part asks what "it" is or does, how big it is, who funds it ("…, and what does it
    do?", « … et qui le finance ? »): of a body, not a person, a talk or a place."""
    return bool(re.search(_IT_ASKED, " ".join(plain(unquoted(part)).split())))


def organisation_undescribed(question: str, organisations: list[str], texts: str) -> str | None:
    """What an organisation is or does is asked, of one a speaker is from (`organisations`:
    every speaker's affiliation, folded) or of "that institute", and no text of the programme
    beyond the speakers' cards (`texts`: abstracts and descriptions) writes its name: that
    organisation (folded; "" for "that institute"), else None."""
    folded = " ".join(plain(unquoted(question)).split())
    if re.search(_A_TALK, folded):
        return None  # "what is the INRAE talk about?"
    # (named in quotes too: a part asked "(about “cnrs”)" of what the question's other part names)
    written = " ".join(plain(question).split())
    named = [o for o in organisations if re.search(rf"\b{re.escape(o)}\b", written)]
    pointed = re.search(_IT_ASKED, folded)
    for org in named:
        pattern = _ORG_ASKED.replace("{org}", _DET + re.escape(org))
        asked = pointed or re.search(pattern, folded)
        if asked and not re.search(rf"\b{re.escape(org)}\b", plain(texts)):
            return org
    pointer = re.search(_ORG_ASKED.replace("{org}", _POINTER), folded)
    if not pointer or named:
        return None
    noun = re.findall(_POINTER, pointer.group(0))[-1].split()[-1]  # "that institute": institute
    return None if re.search(rf"\b{noun[:6]}", plain(texts)) else ""


def organisations(affiliations: list[str]) -> list[str]:
    """The organisations speakers are from, folded, without a leading article: each whole
    affiliation, its parts of two words or more ("Bordeaux Sciences Agro et INRAE") and the
    acronyms it writes ("ESAD de Reims": ESAD)."""
    found: set[str] = set()
    for affiliation in affiliations:
        whole = unarticled(plain(affiliation))
        found |= {whole} if whole else set()
        for part in re.split(r",|;|\bet\b|\band\b|&", affiliation):
            if len(words := unarticled(plain(part)).split()) > 1:  # not "Arts et Métiers": arts
                found.add(" ".join(words))
        found |= {a.lower() for a in re.findall(ACRONYM, affiliation)}
    return sorted(found, key=len, reverse=True)


def unarticled(words: str) -> str:
    """« la banque des territoires »: banque des territoires (the question has its own article)."""
    return re.sub(r"^(the|la|le|les|l) ", "", words)


def missing_attribute(question: str, evidence: str, sentences: str = "") -> str | None:
    """The kind of fact asked for when no source shows any evidence of it: `evidence`, the
    sources' whole texts; `sentences`, the answering sentence (for the kinds in IN_SENTENCES)."""
    folded_q = fold(unquoted(question))  # a quoted title's words are not what is asked
    for name, (asked, shown) in ATTRIBUTES.items():
        where = sentences if name in IN_SENTENCES else evidence
        if re.search(asked, _asked(name, question, folded_q)) and not re.search(shown, fold(where)):
            if name == "money" and _said_not_priced(folded_q, asked, sentences):
                continue
            if name == "named" and _names_given(question, _asked(name, question, folded_q),
                                                sentences, evidence):  # fmt: skip
                continue
            return name
    if private_detail_missing(question, evidence):
        return "personal"
    if personal_life_missing(question, sentences):
        return "personal-life"  # shown only by the answering sentence saying so
    if event_undated(question, sentences):
        return "event"
    return None


# When something happened to a person or a thing: its birth, death, founding or closing. A date
# in the answering sentence shows it only beside a word of the same event ("created when?" is
# not answered by "closed in the 20th century").
_EVENTS = {
    # « né » folds to "ne", the negation: only after a verb or before where or when
    "birth": r"\b((est|sont|etait|etaient|fut|ete|es|suis|il|elle) nee?s?|nee?s? (en|a|le|au|dans|"
    r"quand)|nee|nees|naissance|naquit|born|birth)\b",
    "death": r"\b(mort|morte|morts|mortes|meurt|mourut|decede\w*|deces|die|died|dies|death|"
    r"passed away)\b",
    "creation": r"\b(fond(e|ee|es|ees|a|erent|ation)|founded|founding|cre(e|ee|es|ees|a|ation)|"
    r"created|creation|construit\w*|construction|built|etabli\w*|established|lance\w*|"
    r"launched|invente\w*|invented|apparu\w*|appeared|ouvert\w*|opened|set up|started up)\b",
    "closure": r"\b(ferme\w*|fermeture|closed|closure|shut|disparu\w*|disappeared)\b",
}
_WHEN_ASKED = (
    r"\b(quand|when|(en )?quelle annee|(what|which|in what) year|quelle date|what date|"
    r"a quelle epoque|what era|quel siecle|what century)\b"
)


def event_asked(question: str) -> list[str]:
    """The events whose time is asked ("when were the mills built?", « il est mort quand ? »):
    a text's to date, not the programme's times."""
    folded = fold(unquoted(question))
    if not re.search(_WHEN_ASKED, folded) or re.search(_PROGRAMME_TIME, plain(question)):
        return []
    return [e for e, pattern in _EVENTS.items() if re.search(pattern, folded)]


# A time of the programme's own: "when is the talk on the creation of FabLabs?", « quand passe
# l'intervention sur la construction … ? », « quand est lancée la session ? »
_PROGRAMME_TIME = rf"\b({TALK_NOUNS}|passe\w*|speaks?|speaking|presents?|presenting|intervien\w*)\b"


def event_undated(question: str, sentence: str) -> bool:
    """When an event happened is asked, and the answering sentence does not date that event."""
    asked = event_asked(question)
    if not asked:
        return False
    said = fold(sentence)
    dated = re.search(rf"{_DATED}|{_CENTURY}", said)
    return not (dated and any(re.search(_EVENTS[e], said) for e in asked))


def _names_given(question: str, asked: str, sentence: str, evidence: str = "") -> bool:
    """Whether the answering sentence gives the name asked (`_new_names`); of one organisation
    asked by its kind, not a name after a place's or a part's word (« les filatures du Nord »,
    « le pays de Caux », « en Normandie ») unless the sentence says it is of that kind (« à Terre
    de Lin, une coopérative normande »)."""
    if not (re.search(_ONE_OF_A_KIND_ASKED, asked) or re.search(_SPECIFIC_ORGANISATIONS, asked)):
        return (
            _new_names(question, sentence, evidence)
            or _named_in_full(question, sentence)
            or _listed_ones(question, sentence)
        )
    return any(
        _of_its_kind(one) or _new_names(question, re.sub(_PLACE_NAMED, "", one), evidence)
        for one in re.split(r"(?<=[.!?])\s+", sentence)
    )


# The thing whose name is asked, by its noun: « le nom de la révolution », "the name of the sector"
_NAME_ASKED = re.compile(
    r"\b(?:names? of (?:the|this|that)|nom (?:du|de (?:la|l|cette|ce|cet)))\s+(\w+)(?:\s+(\w+))?"
)
# What may follow a noun without naming it further: an article, a pronoun, a conjunction
_NOT_QUALIFIERS = set(
    "de d du des la le les l un une et ou qui que qu dont a au aux en dans par pour sur avec il "
    "elle ils elles est sont of the an and or which that who in on at for with by is are was "
    "were".split()
)


def _named_in_full(question: str, sentence: str) -> bool:
    """The sentence writes the thing asked for by its noun and the words that make it a name:
    « la révolution industrielle » to « le nom de la révolution … ? », « la filière bois » to
    « le nom de la filière ? » (a common noun with its qualifier, not a proper name); of a noun
    asked alone, not "the wind farm" (« wind farms » would then name it)."""
    written = plain(sentence).split()
    for found in _NAME_ASKED.finditer(plain(unquoted(question))):
        noun, then = found.groups()
        if then and then not in _NOT_QUALIFIERS:
            continue  # "the wind farm", « la coopérative agricole »: not its noun alone
        if any(
            word == noun and i + 1 < len(written) and written[i + 1] not in _NOT_QUALIFIERS
            for i, word in enumerate(written)
        ):
            return True
    return False


# "Which ones exactly?" of things the question has just named: « … plusieurs sortes de
# territoires : lesquels exactement ? », "… raises several questions again — which ones?"
_WHICH_ONES = re.compile(
    r"\b(?:which ones?|lesquel\w*)(?: (?:exactly|precisely|specifically|exactement|precisement))?\b"
)
# The words for "kinds" of a thing, whose thing is the noun before them (« des innovations de
# plusieurs types »), and the words that are no noun of things
_KINDS = set(
    tokens(
        "types type sortes sorte kinds kind sorts sort genres genre things choses plusieurs "
        "several various many different differents differentes divers diverses certains "
        "certaines quelques nombreux nombreuses others autres plus"
    )
)
_MOST_WORDS = 12  # how far after the noun a list of its kinds may run
_JOINS = {",", ";", "et", "and"}  # what comes between the items of a list


def _listed_ones(question: str, sentence: str) -> bool:
    """ "Which ones exactly?" is asked of things of a kind the question names, and the sentence
    lists them as its words: the noun written again for each (« la question de …, la question
    de …, la question des … »), or a list of short items right after it (« les acteurs,
    entreprises, collectivités territoriales, citoyens », « territoires apprenants, créatifs,
    laboratoires », « innovations technologiques et sociales »); not « les technologies et
    réseaux numériques », a second kind beside it, nor a kind written once in passing."""
    said = plain(unquoted(question))
    found = _WHICH_ONES.search(said)
    if not found:
        return False
    noun = _last_plural(said[: found.start()].split())
    if noun is None:
        return False
    written = re.findall(r"[\w’'-]+|[,;:.]", fold(sentence).lower())
    # (the noun heading the list, not one of its items: « …, collectivités territoriales, … »)
    at = [
        i
        for i, w in enumerate(written)
        if _same_noun(noun, w) and not (i and written[i - 1] in _JOINS)
    ]
    # written again for each of them, after a comma or « et » (« …, la question de … et en
    # conséquence la question des … »), not twice in passing
    if any(set(written[max(0, i - 4) : i]) & _JOINS for i in at[1:]):
        return True
    return any(_short_list(written[i + 1 : i + 1 + _MOST_WORDS]) for i in at)


def _last_plural(words: list[str]) -> str | None:
    """The head of the last plural noun phrase: « collectivités » of « … de collectivités
    territoriales », "questions" of "several questions again" (not « types », "things")."""

    def plural_noun(word: str) -> bool:
        stems = set(tokens(word))
        return bool(stems) and len(word) > 3 and word.endswith(("s", "x")) and not stems & _KINDS

    for end in range(len(words) - 1, -1, -1):
        if plural_noun(words[end]):
            start = end
            while start and plural_noun(words[start - 1]):
                start -= 1
            return words[start]
    return None


def _same_noun(asked: str, word: str) -> bool:
    """The same noun, singular or plural, or its cognate: "questions" « question »,
    "territories" « territoires » (not « partir » for « parties », nor « territoriales »)."""
    if word.rstrip("sx") == asked.rstrip("sx"):
        return True
    return len(word) > 4 and are_cognates(word, asked) and abs(len(word) - len(asked)) <= 1


def _short_list(after: list[str]) -> bool:
    """Three items or more of at most three words each, split by commas (the last may be joined
    by « et » / "and"), or two single words joined by « et » / "and" right after the noun."""
    if len(after) >= 3 and after[1] in {"et", "and"} and tokens(after[0]) and tokens(after[2]):
        return after[0] not in _NOT_QUALIFIERS and after[2] not in _NOT_QUALIFIERS
    items, current = [], 0
    for word in after:
        if word in {",", ";"}:
            items.append(current)
            current = 0
        elif word in {":", "."}:
            break
        else:
            current += 1
    items.append(current)
    short = [n for n in items[:-1] if n <= 3]
    return len(items) >= 3 and len(short) >= 2 and all(n <= 3 for n in items[1:-1])


# A name after a place's or a part's word: « du Nord », « de Caux », "in Normandy"
_PLACE_NAMED = (
    r"\b(?:[Dd]u|[Dd]es|[Dd]e|d[’']|[Ee]n|[Ii]n|[Aa]u|[Aa]ux|[Àà]|[Dd]ans|[Nn]ear|[Aa]t|[Oo]f)"
    r"\s+(?:(?:la|le|les|l[’']|the)\s*)?[A-Z][\w’'-]*(?:\s+(?:de|du|des|d[’'])?\s*[A-Z][\w’'-]*)*"
)


def _of_its_kind(sentence: str) -> bool:
    """A name the sentence says is an organisation, in apposition: « Safilin, une entreprise
    familiale », « à Terre de Lin, une coopérative normande »."""
    return any(
        re.match(rf"(une?|an?|the) (\w+ )?{_ONE_OF_A_KIND}\b", fold(named.group(1)))
        for named in re.finditer(r"[A-Z][\w’'-]*, ((\w+ ){1,2}\w+)", sentence)
    )


def _new_names(question: str, sentence: str, evidence: str = "") -> bool:
    """Whether the sentence holds a name (a run of capitalised words, not its first word nor an
    acronym) none of whose words the question holds: « Thomas Chippendale » names someone to
    "which craftsman does he name?", not to "which clients of Chippendale does he name?". Words
    the `evidence` also writes in lower case are a concept capitalised, not a name (« la
    Responsabilité Sociale de l'entreprise » beside « responsabilité des entreprises »)."""
    asked = set(tokens(question))
    common = set(tokens(" ".join(re.findall(r"(?<![\w’'-])[a-zà-ÿ][\w’'-]*", evidence))))
    runs: list[list[str]] = [[]]
    before = "."  # a sentence's first word is capitalised whatever it is
    for word in re.findall(r"[^\W\d_][\w’'-]*|[^\w\s]", sentence):
        if before not in '.!?«“":' and word[:1].isupper() and not word.isupper():
            runs[-1].append(word)
        elif runs[-1]:
            runs.append([])
        before = word
    stems = [set(tokens(" ".join(run))) for run in runs if run]
    return any(not held & asked and not (held and held <= common) for held in stems)


def personal_life_missing(question: str, evidence: str) -> bool:
    """Where a person studied or was born, when they joined or earned a degree, or what they
    research is asked, and no text in `evidence` speaks of it ("which university did X get her
    doctorate from?" of a bio that gives her employer; « depuis quand travaille-t-elle à la
    Région ? »): refused before her card answers it with her affiliation, or her talk's slot."""
    kind = asks_personal_life(question)
    return kind is not None and not re.search(_LIFE_SHOWN[kind], evidence.lower())


def private_detail_missing(question: str, evidence: str) -> bool:
    """A person's private detail asked (nationality, family, languages, hobbies) that no text in
    `evidence` speaks of: refused before any record answers ("which languages does X speak?" is
    not what X's talk is about). Each detail is shown only by words of its own (a "Marie" or an
    English "these" shows no marriage and no thesis); the asker's own thesis is not asked."""
    if not asks_private_detail(question):
        return False
    folded_q = fold(unquoted(question))
    folded = fold(evidence)
    return any(re.search(asked, folded_q) and not re.search(shown, folded)
               for asked, shown in PRIVATE.values())  # fmt: skip


def asks_private_detail(question: str) -> bool:
    """Whether a person's private detail is asked (not the asker's own thesis): the cheap test
    before any text is gathered."""
    folded_q = fold(unquoted(question))
    if re.search(_OWN_THESIS, folded_q):
        return False
    return any(re.search(asked, folded_q) for asked, _ in PRIVATE.values())


# A person's private details, each (asked, shown) on folded text: shown only by a text that
# speaks of that detail.
PRIVATE = {
    "nationality": (r"\b(nationalit\w*|citoyennete|citizenship|passport|passeport)\b",
                    r"\b(nationalit\w*|citoyen\w*|citizen\w*|passport|passeport)\b"),
    "family": (r"\b(married|spouse|wife|husband|conjoint\w*|epoux|epouse|celibataire|(has|have) "
               r"(any )?(children|kids)|a t (il|elle) des enfants)\b",
               r"\b(mariee?s? (a|avec)|married|spouse|wife|husband|conjointe?s?|epou(x|se)|"
               r"enfants?|children|child|kids?)\b"),
    "hobbies": (r"\b(hobb\w+|loisirs?|passe ?temps|temps libre|free time)\b",
                r"\b(hobb\w+|loisirs?|passe ?temps|temps libre|free time)\b"),
    "languages": (r"\b((quelles?|which|what) langues?|(which|what) languages?|"
                  r"languages? (does|do))\b",
                  r"\b(langues?|languages?|bilingu\w*|polyglot\w*)\b"),
    "religion": (r"\breligio\w*", r"\breligio\w*"),
    "thesis": (r"\b((phd|ph d|doctoral) thesis|thesis (about|on)|dissertation|these de doctorat|"
               r"sujet de (sa )?these)\b",
               r"\b(thesis|theses|these de doctorat|sa these|dissertation)\b"),
}  # fmt: skip
# "I'm writing a thesis on …, who should I meet?": the asker's thesis, not a speaker's.
_OWN_THESIS = r"\b(my|ma|mon|i\W?m|i am|je|j)\b[^?]{0,30}\b(thesis|these|dissertation|phd)\b"


def _said_not_priced(folded_q: str, asked: str, sentence: str) -> bool:
    """ "Do the potters share the cost of fuel?" uses the answering sentence's own word
    (« partagent le coût du combustible »): it asks what the text says, not an amount; "how
    much" and "what is the cost" do ask one."""
    if re.search(_AMOUNT, folded_q):
        return False
    words = {m.group(0) for m in re.finditer(asked, folded_q)}
    words |= {other for w in words for group in _SAME_MONEY_WORD if w in group for other in group}
    return any(re.search(rf"\b{re.escape(w)}s?\b", fold(sentence)) for w in words)


# The money words in French and English: "the cost of fuel" / « le coût du combustible ».
_SAME_MONEY_WORD = ({"cout", "cost"}, {"prix", "price"}, {"tarif", "fee"}, {"salaire", "salary"})


_MONEY = r"(prix|couts?|coute(nt|ra|ront|rait)?|budget|tarif|price|costs?|fee|salaire|salary)"
# "How much", "what is the (annual fuel) cost", "what does it cost", a money word ending the
# question ("… il coûte ?"): an amount is asked.
_AMOUNT = (
    rf"\b(how much|combien|montant|amount|(quel\w*|what|which)\b[^?]{{0,30}}\b{_MONEY}\b|"
    rf"{_MONEY}\W*$)"
)


# What a text writes when it says a fact of someone's life, by the kind `asks_personal_life`
# finds: where they were born, lived or studied; a year they joined or earned a degree; what
# they research.
_LIFE_SHOWN = {
    "place": r"\b(née?s? (à|en|le|au|dans)|born|habite|vit à|lives?|lived|étudi\w*|stud(y|ied|ies)|"
    r"diplômée?s?|graduat\w*|formée? (à|au|en|chez)|trained|originaire|grew up|grandi\w*|"
    r"raised|thèse (à|au|soutenue)|doctorat (à|au|obtenu)|(phd|doctorate|degree) (at|from))\b",
    "time": r"\b(depuis|since|en|in) (19|20)\d\d\b|\((19|20)\d\d\)",
    "research": r"\b(recherches? (porte|portent|sur)|research (on|into|focus\w*)|thèse (sur|porte)|"
    r"thesis (on|about)|travaux (sur|portent)|travaille sur|works on)\b",
}


# A named person's view, statement or advice: only that person's own texts can give it.
# Judging A as B: « considère … comme », « voit … comme », « juge », « estime que », "regard /
# see … as", "consider … (to be)".
_JUDGING = (r"consider(e|es|ent|ait|aient|s|ed)?|jug(e|ent|eait|eaient|era)( t)? (il|elle|ils|"
            r"elles|que|qu)|(does|do|did) \w+( \w+)? (judge|regard|see)|"
            r"estim(e|es|ent|ait|aient) (que|qu)|trouv\w* (que|qu)|(regards?|"
            r"voi(t|ent)( t)? (il|elle|ils|elles)|(il|elle|ils|elles) voi(t|ent)|sees)( \w+){1,6} "
            r"(as|comme)")  # fmt: skip
# A view that is more than what a text says: what someone thinks, believes, advises.
_OPINION_WORDS = (r"pense\w*|think\w*|opinion\w*|avis|point de vue|views?|position|croi\w*|"
                  r"believes?|feels?|argue\w*|soutien\w*|defend\w*|recommand\w*|recommend\w*|"
                  r"conseill\w*|advi[sc]e\w*|suggest\w*|critique\w*|criticis\w*|criticiz\w*|"
                  rf"take on|{_JUDGING}|stance")  # fmt: skip
_VIEW = (r"\b(selon (lui|elle|eux)|d apres (lui|elle)|que dit|qu en dit|dit (il|elle)|dit on|"
         rf"say\w*|said|{_OPINION_WORDS})\b")  # fmt: skip
_OPINION = rf"\b({_OPINION_WORDS})\b"


def asks_view(question: str) -> bool:
    """'What does X think of …', « qu'en dit X ? », 'X's view on …'."""
    return bool(re.search(_VIEW, plain(unquoted(question))))


def asks_opinion(question: str) -> bool:
    """'What does X think / believe / advise …': not only what X's text says."""
    return bool(re.search(_OPINION, plain(unquoted(question))))


# The assistant's own judgement asked, in the second person, of something to judge: « à ton
# avis, c'est une bonne idée ? », "would you personally back …?", "which talk do you find the
# most convincing?" (not "do you know who talks about flax?", nor "in your programme, …").
_YOUR_VIEW = (
    r"\b(a (ton|votre) avis|selon (toi|vous)|d apres (toi|vous)|pour toi|(tu|vous) (pense\w*|"
    r"trouve\w*|crois|croyez|estime\w*|prefere\w*)|t en penses|vous en pensez|do you (think|find|"
    r"believe|reckon|agree|prefer|like|feel)|you reckon|in your (view|opinion)|your (own )?(take|"
    r"view|opinion|verdict|judgement|judgment)|would you( personally)? (back|support|recommend|"
    r"choose|pick|bet|prefer)|if you had to (choose|pick))\b"
)
_JUDGED = (
    r"\b(bonne?s? idees?|mauvaise?s? idees?|good idea|bad idea|reussi\w*|succeed\w*|work out|"
    r"marcher|fonctionner|convain\w*|convincing|persuasive|worth (it|attending|seeing)|"
    r"vaut (le coup|la peine)|valable|credible|realiste|realistic|naive?|utopi\w*|feasible|"
    r"faisable|viable|plausible|(a|ont) (raison|tort)|agree|prefer\w*|better|worse|meilleur\w*|"
    r"pire)\b"
)
# Said only to ask a view: "what's your take", « à ton avis » (not « selon vous, qui … ? »)
_YOUR_OPINION = (
    r"\b(a (ton|votre) avis|(ton|votre) avis|in your (view|opinion)|your (own )?(take|view|"
    r"opinion|verdict|judgement|judgment)|would you personally|if you had to (choose|pick))\b"
)


def asks_my_opinion(question: str) -> bool:
    """The assistant's own view asked (_YOUR_OPINION), or asked (_YOUR_VIEW) of something
    judged (_JUDGED)."""
    text = plain(unquoted(question))
    if re.search(_YOUR_OPINION, text):
        return True
    return bool(re.search(_YOUR_VIEW, text)) and bool(re.search(_JUDGED, text))
