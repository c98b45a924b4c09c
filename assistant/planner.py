"""Programme questions planned from the programme's structure, not from phrasings.

1. **Link**: the entities a question names, through an index built once per ingested programme
   (`EntityIndex`): speakers by full name, last name or a first name only one speaker has; the
   parts of their affiliations; the clauses of their roles; talk titles' words and acronyms;
   rooms. A question is looked up by its own words, so the cost does not grow with the programme.
2. **Classify** what is asked, from the question's frame words in French or English: count,
   order, no-abstract, list, where, who-is-from, who-holds-role, speaker, mentions, topic.
3. **Answer from the records** (`assistant/records.py`), or return None: the question goes to
   retrieval and the backend, as content questions do.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import Any

from assistant.catalog import Catalog, TalkInfo
from assistant.extractive import asks_instance
from assistant.lexicon import (
    QUOTED,
    STOP_EN,
    STOP_FR,
    field_roots,
    language,
    plain,
    practitioner_root,
    tokens,
    unelide,
    unquoted,
    words,
)
from assistant.translation import surface, translated_among
from assistant.translation import unit as unit_rows
from ingest.text import fold

# A second part that asks for the list a count counted, and nothing else: "which ones?", "who
# are they?", "what are they called?", « lesquelles ? », « qui sont-ils ? » (folded words).
LIST_THEM = (
    r"\b(which ones?( are they)?|what are (they|their (titles|names))( all)?( called)?|"
    r"who are they|who they are|what they are( all)? called|"
    r"(name|list) them( all)?|(name|list) (each|all|every one) of them|name each( one)?|"
    r"their names$|lesquel(le)?s|lesquels|qui sont (ils|elles)|c est qui|qui c est|"
    r"quel(le)?s sont (ils|"
    r"elles|leurs (titres|noms))|(et )?leurs (titres|noms)|les (nommer|citer|lister|enumerer))\b"
)
_NEGATED = (
    r"\b(don ?t|do not|doesn ?t|does not|didn ?t|did not|aren ?t|are not|isn ?t|is not|"
    r"weren ?t|haven ?t|have not|hasn ?t|has not|never|not)"
)
# talks picked out ("which talks …", "which of the talks …", « quelles interventions … »), not
# "what isn't in the abstract of …?"
_WHICH_TALKS = (
    r"\b(which|what|quel\w*|lesquel\w*|combien|how many|any)( \w+){0,3}? (talks?|presentations?|"
    r"interventions?|conferences?|exposes?|ones?)"
)
_ABSTRACT_NOUN = r"(abstracts?|summar(y|ies)|blurbs?|resumes?|textes? de presentation)\b"
# Talks asked of, or whether there are any ("are there talks …", « y a-t-il des interventions … »)
_SOME_TALKS = (
    r"\b(which|what|quel\w*|lesquel\w*|any|some|certaine?s|y a t il|il y a|are there|is there|"
    r"how many|combien( d| de)?)"
    r"( \w+){0,2}? "
    r"(talks?|presentations?|interventions?|conferences?|exposes?)"
)
# No negation anywhere after: "which talks aren't described?", « n'ont rien de plus que le titre »
_NOT_NEGATED = (
    r"(?!.*\b(pas|not|no|never|non|n|aren|isn|don|doesn|without|sans|rien|nothing|aucun\w*|"
    r"jamais|ni)\b)"
)
# Between the talks and "described": frame words only ("does the programme actually", « le
# programme donne-t-il un »), not a subject ("the approach Chippendale")
_GAP = (
    r"( (of|the|does|do|did|is|are|were|get|gets|got|have|has|had|come|comes|with|an?|actual|"
    r"actually|really|truly|fully|programme|program|le|la|les|un|une|des|d|l|sont|est|elles|ils|il|"
    r"t|a|on|ont|donne|donnent|fournit|fournissent|offre|offrent|been|vraiment|reellement|by|par|"
    r"described|decrite?s?|decrit|accompagnee?s?|vraie?s?|real|proper|full|complete?s?|genuine))*"
)
# What a talk with an abstract is, in other words than "has an abstract"
_DESCRIBED = (
    rf"({_ABSTRACT_NOUN}|described|describes?|decrite?s?|descriptifs?|detaillee?s?|more than "
    r"(just |only |merely )?(a |the |their |its )?titles?|beyond (the|their|its) titles?|au dela "
    r"(du|de (leur|son)) titre|plus (que|qu) (le|leur|son|un|leurs) titres?)"
)
# What is asked, from frame words (accent-folded, lower case, words joined by one space).
# A verb of opening or closing places a talk only said of the programme's parts or of who gives
# them: "who closes the session?", "the closing talk", « qui clôt ? », "which talk opens?"; not
# "the northern mills closing", "a region opening new plants" (what a text tells).
_BY_PLACE = (
    r"(?:(?<=\bqui )|(?<=\bwho )|(?<=\bwho s )|(?<=\bwho is )|(?<=\bwho will )|(?<=\bthat )|"
    r"(?<=\bwhich talk )|(?<=\bwhich one )|(?<=\bwhat talk )|(?<=\bwhich speaker )|"
    r"(?<=\bquel intervenant )|(?<=\bquelle intervenante ))VERB( (out|off|up|things|it|ca))?$|"
    r"\b(does|do|fait|assure) (the |la |le |l )?NOUN\b|"
    r"VERB( (out|off))?( (the|la|le|l|cette|this|les|ce|cet|our|notre))? (session|seance|journee|"
    r"day|programme|program|event|evenement|bal|ball|talks?|presentations?|interventions?|"
    r"speakers?|slot|keynote|expose|afternoon|evening|morning|apres midi|soiree|matinee|"
    r"seminar|seminaire|proceedings|things|show|line ?up)"
)
_OPENING = _BY_PLACE.replace("VERB", r"(ouvre|ouvrent|opens?|opening)").replace(
    "NOUN", "(opening|ouverture)"
)
_CLOSING = _BY_PLACE.replace("VERB", r"(clot\w*|closes?|closing|termine\w*)").replace(
    "NOUN", "(closing|cloture)"
)
# A place asked yes / no of the session or a talk: "is the session held at X?", « la séance a
# lieu à X ? », « c'est à X que se tient la séance ? », "does it take place in X?" (not what
# takes place in a story, "which transformation takes place in the fields?", nor a time, a
# season, a format or a language: "held in March", « à midi », "in English").
_HELD = r"(held|hosted|takes? place|taking place|se (passe|deroule|tient)|(a|ont) lieu)"
_NOT_A_PLACE = (
    r"(?! (the |a |an )?(morning|afternoon|evening|night|noon|midnight|midi|minuit|weekend|week|"
    r"spring|summer|autumn|fall|winter|printemps|ete|automne|hiver|janvier|fevrier|mars|avril|mai|"
    r"juin|juillet|aout|septembre|octobre|novembre|decembre|january|february|march|april|may|"
    r"june|july|august|september|october|november|december|same|meme|\d\w*|one|two|three|un|deux|"
    r"trois|matin|apres midi|soir|quel\w*|what|which|combien|partir|venir|la fin|end|start|debut|"
    r"english|french|german|anglais|francais|allemand|person|presentiel|distance|ligne|line|"
    r"hybrid\w*|nouveau|cadre|heures?|hours?|time|temps)\b)"
)
HELD_AT = (
    r"\b(session|seance|seminaire|seminar|event|talk|presentation|intervention|expose|"
    r"conference|it|ca|elle|il|they|elles|ils)( \w+){0,4}? "
    rf"{_HELD} (at|in|a|au|aux|dans|chez)\b{_NOT_A_PLACE}|"
    rf"\bc est (a|au|aux|dans|chez){_NOT_A_PLACE}( \w+){{1,4}} qu(e|i)?( ca)? "
    r"(se (tient|passe|deroule)|a lieu|ont lieu)\b"
)
# One of an organisation's people pointed at by a possessive: "is one of their staff
# speaking?", « un de leurs chercheurs prend-il la parole ? » (not "one of their talks").
_THEIR_PEOPLE = (
    r"(one|any|some|anyone|someone|un|une|quelqu un) (of|de|d) (their|its|leurs?|ses) "
    r"(staff|people|folks|researchers?|members?|employees?|team|experts?|chercheu\w*|membres?|"
    r"salaries?|gens|equipes?|expert\w*|collaborat\w*)|(anyone|anybody|someone|quelqu un) "
    r"(from|de) (there|la bas|chez eux|chez elle|chez lui|my|our|ma|mon|notre) ?(town|city|"
    r"hometown|home town|region|area|ville|coin)?"
)
THEIR_PEOPLE = rf"\b({_THEIR_PEOPLE})\b"
# Where someone teaches or researches ("where does X teach?"; not "where does X say research
# happens?"): their affiliation (folded words)
TEACHES_AT = (
    r"where (does|do|did) (?!.*\b(say|says|think|thinks|write|writes|mentions?)\b)\w+( \w+){0,2} "
    r"(teach|research)\b(?! (happens?|goes|heads?|heading|takes?)\b)"
)
_ASKS = {
    "count": r"\b(combien|how many|nombre (d|de|des)|number of)\b",
    "order": r"\b(dans quel ordre|(in )?what order|quel ordre|ordre de passage|running order|"
    r"(l )?ordre (complet |exact |precis )?des|(full|complete|whole|exact) order|order of the|"
    r"sequence|(le|la) premier(e)? (intervention|presentation)|"
    r"(first|last) (talk|speaker|presentation)|"
    # how they succeed one another: « se succèdent », « s'enchaînent », "follow one another"
    # (« les uns après les autres », "one after the other" are no frames: _NOT_FRAMES)
    r"se succedent|s enchainent|se suivent|follow (one another|each other))\b",
    "no-abstract": r"\b(sans (resume|abstract|description|texte de presentation)|pas (encore )?de "
    r"(resume|abstract|texte de presentation)|aucun (resume|abstract|texte de presentation)|"
    r"(no|without|missing|lacks?|lacking|has no|have no|"
    r"(don t|do not|doesn t|does not) (yet )?have) (an? )?(abstract|summary|description)|"
    r"(resume|abstract)s? (manquant|absent|missing|not provided|non fourni)|"
    # a negation in other words before the abstract: "which talks don't include a summary?",
    # "aren't given an abstract", « ne comportent aucun texte de présentation »
    rf"{_WHICH_TALKS} {_NEGATED}( \w+){{0,5}} {_ABSTRACT_NOUN}|"
    rf"{_WHICH_TALKS} (ne|n) \w+( \w+){{0,3}} (pas|aucun|aucune|point|jamais)( \w+){{0,4}} "
    rf"{_ABSTRACT_NOUN}|"
    # a title alone: « lesquelles se limitent au titre ? », "which have only a title?"
    # (not "more than just a title", « plus que le titre »: those have an abstract)
    r"se limit\w* (a|au) (leur |son |sa |un |le )?titre|(?<!than )(only|just|merely)( have| has|"
    r" get| gets| come with| comes with)? (a |the |their |its )?title|(?<!plus )"
    r"(que|juste|seulement) (le|leur|son|un) titre|titre seul|"
    # « rien de plus que le titre », "no more than a title", "nothing more than their title"
    r"(rien de plus|pas plus|nothing more|no more) (que|qu|than) (le |leur |son |un |a |the |"
    r"their |its )?(titre|title))",
    # "which talks have an abstract?", « lesquelles ont un résumé ? » (read after "no-abstract")
    "with-abstract": r"\b(with|have|has|come with|comes with|avec|ont|a|possede\w*|dispose\w*)"
    r"( (elles|ils|actually|really|vraiment))?( (an?|un|une|des|d|leur|their|its|son))? "
    r"(abstract|resume|summary|summaries)s?( (in|dans) (the|le|this|ce) programme| yet| encore)?"
    rf"( (and|et) {LIST_THEM})?$|"  # nothing after: "… an abstract that mentions X" asks more
    # the talks described in other words: "which talks does the programme actually describe?",
    # « pour quelles interventions a-t-on un descriptif ? », "described by more than a title"
    # (not "which talks aren't described?", nor "the approach Chippendale described")
    rf"{_NOT_NEGATED}{_SOME_TALKS}{_GAP} {_DESCRIBED}( (en detail|in detail|in the programme|"
    rf"dans le programme))?(( and| et)? {LIST_THEM})?$",
    # "how many …, and which ones?": the second part asks for the list the count counted
    "them": LIST_THEM,
    # "where" opens the question (not "the room where it starts"), or follows "and" or what it
    # is asked of: "according to the programme, where …", « selon le programme, où … »
    "where": r"(^|\b(et|and|mais|but) |^(according to|selon|d apres|per|in|dans)( \w+){1,3} )"
    r"(ou|where)\b|\b(ou (a lieu|se (passe|deroule|tient|trouve)|"
    rf"est)|salle|room|location|venue|lieu de|emplacement|building|batiment|campus)\b|{HELD_AT}|"
    # the verb before it, said of the session: « ça a lieu où exactement ? », « c'est où ? »,
    # "the session is held where?" (not « la production a lieu où ? » in a text)
    r"\b(session|seance|seminaire|conference|evenement|event|ca|cela|c|it)( \d+)? "
    r"(a lieu|se (passe|deroule|tient|trouve)|est|is (held|located|happening)|takes place) "
    r"(ou|where)\b(?! (un|une|des|en|bien|pas|non|alors|on)\b)"
    r"(?! (le|la|les|l) (?!(session|seance|conference|seminaire|journee)s?\b))",
    "from": r"\b(viennent|vient|venant|de chez|travaill\w*|boss(e|es|ent|ait)|represent\w*|from|"
    r"work(?:s|ed|ing)?|based|affilie\w*|affiliated|employ\w*|membres?)\b|"
    # the place someone teaches or researches at: "where does X teach?", « elle enseigne où ? »
    rf"\b{TEACHES_AT}|\b(enseigne|enseignent) (ou|dans quel\w*)\b|"
    # "which lab is X with?" (not "who is X presenting with?": a partner)
    r"^(?!.*\b(present|speak|talk|interv|co ?anim)\w*\b).*\b(is|are)\b.* with$",
    "who": r"\b(qui|lequel|laquelle|lesquels|lesquelles|quels? intervenants?|quelles? "
    r"intervenantes?|who|which (speaker|speakers|one|person|people)|any ?one|any ?body|"
    r"some ?one|quelqu un|s appell\w*|(her|his|their) name|name of (the|this|that)|"
    # one of the people counted before: "is one of them from X?", « y en a un qui … ? »
    r"(one|any|some) of (them|the speakers|the presenters)|l une? d (entre )?(eux|elles)|"
    # one of an organisation's people: "is one of their staff speaking?"
    rf"{_THEIR_PEOPLE}|"
    r"(un|une) d entre (eux|elles)|y en a (un|une|qui)|"
    r"nom (de|du) (la|le|l|cet|cette|ce)?|son nom)\b",
    "organisation": r"\b(depend\w* de|releve\w* de|rattach\w*|est chez|sont chez|belongs? to|"
    r"is with|are with|outfit|structure|employ\w*|works? for|universit\w*|institut\w*|"
    r"organisation\w*|organization\w*|organisme|"
    r"etablissement|entreprise|company|employer|employeur|labo\w*|labs?|ecole|school|affiliation)\b",
    # Who gives the talk with a speaker: « présente avec qui ? », "who is X presenting with?".
    "partner": r"\b(avec qui|with whom|(present\w*|speak\w*|talk\w*|interv\w*) (avec|with)( "
    r"(someone|anyone|quelqu un|another|other|d autres|un autre|une autre)\b|$)|co ?present\w*|"
    r"co ?anim\w*|en binome|(present\w*|speak\w*|talk\w*|interv\w*|parl\w*) (together|ensemble))",
    "mentions": r"\b(mentionne\w*|mention\w*|cite\w*|evoque\w*|refere\w*|refers? to|"
    r"parle\w* (de|d|du|des)|talks? about|speaks? about|quotes?|discuss\w* (of|about)?)\b",
    "topic": r"\b(y a t il (une|un) (intervention|presentation|conference|expose|talk)|"
    # "is there anything on X?", « y a-t-il quelque chose sur X ? », "anything about X?"
    r"((is there|are there|y a t il|il y a|y a|(has|does) (the|this) session( have)?)( \w+){0,2}? "
    r"|^)(anything|something|quelque chose|qqch) (on|about|sur|concernant|regarding)|"
    r"(is|are) there (a|any) (talk|presentation|session)|quel(le)? (intervention|presentation|"
    r"conference|expose|talk)|which (talk|presentation|session)|aller voir|should i (see|attend|"
    r"go)|"
    # (not the talk the question reads in: « quel secteur … dans l'exposé sur X ? », « selon la
    # présentation sur X, … » ask what it says; « le titre de l'exposé sur X », "in the talk on X,
    # who speaks?" still ask for that talk)
    r"(?<!\bdans la )(?<!\bdans le )(?<!\bdans l )(?<!\bselon la )(?<!\bselon le )(?<!\bselon l )"
    r"(talks?|presentations?|interventions?|conferences?|exposes?|sessions?) "
    r"((are|is|qui|sont) )?(about|on|sur|cover\w*|"
    r"parl\w*|trait\w*|abord\w*|concern\w*|discuss\w*)|pour moi|for me|recommand\w*|"
    r"conseill\w*|interess\w*|interested|je travaille|i work)\b",
    # "que" is elided before a vowel: "dit qu'il", folded to "dit qu il".
    "says": r"\b(dit que?|disent que?|says? that|lit on|on lit|is it said|it is said|est il dit|"
    r"il est dit|is written|est ecrit|affirme\w* que?|states? "
    r"that|writes? that|explique\w* que?|explains? that|selon laquelle|ecrit que?)\b",
    # (« mis en avant », « met en avant »: put forward, not before)
    "before": r"\b((?<!\ben )avant|precede\w*|before|preced\w*|previous)\b",
    # (not one after another: « les interventions se succèdent »)
    "after": r"\b(apres|suivante?s?|(?<!\bse )succede\w*|after|following|next)\b",
    "first": rf"\b(premier\w*|first|{_OPENING})\b",
    # (not the place before it: « avant-dernière », "second to last", "next-to-last")
    "last": rf"\b((?<!\bavant )dernier\w*|(?<!\bto )last|{_CLOSING})\b",
    "content": r"\b(abstract|resume|summary|summar\w*|de quoi|what (is|s|was|are|re) .* about|"
    r"contenu|content|(defend\w*|soutien\w*|argu\w*) (quel\w*|what)|quel\w* (these|message|idee)|"
    r"what (thesis|argument|point|message|idea)|main (argument|point|message|idea)|"
    r"(il est|it s) question (de|d) (quoi|quel\w*))\b",
    "speaker": r"\b(qu est ce qu (il|elle) fait|(il|elle) fait quoi|what do(es)? (he|she|they) do|"
    r"que fait|what does .* do|job|metier|profession|poste|fonction|role|background|"
    r"qui est|who is|who s|presente(z)? moi|tell me about|parle moi de|expert\w*|"
    r"speciali\w*|domaine|field|discipline)\b",
}
# What a count counts: the noun after « combien de » / "how many" / "number of".
_COUNTED = re.compile(r"\b(?:combien|how many|nombre|number)\b((?: \w+){1,8})")
# Words between "how many" and what it counts: "how many of the talks", « combien au total d' ».
_COUNT_FILLERS = set(
    "of the different distinct separate unique in total au en tout y a t il de d des du le la les "
    "are there is".split()
)
# Where a person was born, lives, grew up or studied: not where the talk is. Read on the question
# as written (« où », not « ou »), the place word and the life word a few words apart.
_LIFE = (
    r"(born|lives?|lived|living|grow|grew|raised|stud(?:y|ied|ies)|trained|graduat\w*|educated|"
    r"resides?|née?s?|vit|vivent|grandi\w*|habit(?:e|es|ent|ait|aient|er)|étudi\w*|"
    r"formée?s?|diplômée?s?|réside\w*|originaire|"
    # where a degree was earned: "which university did X get her doctorate from?", « où a-t-il
    # fait sa thèse ? » (not "which university is X from?": their affiliation)
    r"doctora\w*|phd|thesis|thèse|degree|diplôme|master)"
)
_PLACE = (
    r"(où|where|quelle ville|which city|what city|what town|quel pays|which country|"
    r"(which|what) (university|school|college|institution)|(quelle|dans quelle) (université|"
    r"école|faculté)|(quel|dans quel) établissement)"
)
_NEAR = r"(?:\W+\w+){0,7}?\W+"


# Where a degree was earned, checked by name: "did X get her PhD at Lille?", « X a fait sa
# thèse à l'INRAE, non ? » (a name, capitalised, after "at" / « à »: not "a doctorate in
# Economics", her card's field, nor "the farmers who live in Caux").
_AT_A_PLACE = (
    r"(?i:\b(?:doctora\w*|phd|thesis|thèse|degree|diplôm\w*|master\w*|stud(?:y|ied)|"
    r"étudi\w*|trained|formée?|graduated)(?:\W+\w+){0,3}?\W+(?:at|from|à|au|aux|chez)\W+"
    r"(?:(?:the|la|le|l|les)\W+)?)[A-ZÀ-Ý]"
)


def asks_personal_place(question: str) -> bool:
    """ "Where did X study?", « Caroline Granier est née où ? », "did she study at Lille?", not
    « étudie-t-il l'histoire ou l'avenir ? »."""
    text = unquoted(question).lower()
    asked = re.search(rf"\b{_PLACE}{_NEAR}{_LIFE}\b|\b{_LIFE}{_NEAR}{_PLACE}(?!\w)", text)
    named = re.search(_AT_A_PLACE, unquoted(question))
    # "I did my master's in Bordeaux, is anyone from there?": the asker's own degree
    own = named and re.search(_ASKERS, re.split(r"[.?!]", text[: named.start()])[-1])
    return bool(asked or (named and not own))


_ASKERS = r"\b(i|my|me|je|j|mon|ma|mes|moi)\b"


# When something happened in a person's working life: "when did X join the FabLab?", « X
# travaille à la Région depuis quand ? », « a obtenu son doctorat en quelle année ? » (not when
# their talk is: "when does X speak?").
_SINCE = (
    r"(depuis quand|since when|depuis combien de temps|how long (has|have|did)|en quelle année|"
    r"(which|what) year|quelle année|when (did|was|were|has|had)|quand (a|est|avait|était)[ -]|"
    r"à quelle date (a|est)[ -])"
)
_EVENT = (
    rf"({_LIFE}|join\w*|hired|recruit\w*|rejoint|rejoindre|embauch\w*|recrutée?s?|obtenu|"
    r"obtained|earned|received|soutenu|defended|devenu\w*|became|become)"
)
# a state that lasts, asked only with "since when" or "which year": « travaille à la Région
# depuis quand ? » (not "when does X work?", a talk's time in other words)
_STATE = (
    r"(travaill\w*|worked|working|responsable|chargée?|directeur|directrice|started|began|"
    r"begun|arrivée?s?|arrived|got)"
)
# What a person researches: "what is X's research topic?", « sur quoi porte sa thèse ? ».
_RESEARCH = (
    r"(research|recherches?|thesis|thèse|doctorat|doctorate|phd)( \w+){0,2} (topic|subject|"
    r"sujet|field|area|thème|theme|porte|portait|about|on what|sur quoi|focus\w*)|(sujet|topic|"
    r"subject|thème|theme|field|area) (de|of) (sa|son|her|his|their|leur) (recherche|research|"
    r"thèse|thesis|doctorat|doctorate|phd)|(what|which) (does|did) (she|he|they|\w+) research\b"
)


def asks_personal_life(question: str) -> str | None:
    """What of a person's life is asked: "place" (where they studied, were born), "time" (when
    they joined, since when they work there, the year of their degree), "research" (what they
    research), else None."""
    text = unquoted(question).lower()
    if asks_personal_place(question):
        return "place"
    events = rf"({_EVENT}|{_STATE})"
    since = rf"\b{_SINCE}{_NEAR}{events}\b|\b{events}{_NEAR}{_SINCE}"
    if re.search(since, text) or re.search(rf"\b(when|quand){_NEAR}{_EVENT}\b", text):
        return "time"
    if re.search(rf"\b{_RESEARCH}\b", text):
        return "research"
    return None


# A role named in other words: cosine of the multilingual encoder between the question's words
# and a role clause, and its lead over the next speaker's (set on the invented fixture's roles:
# engineer → ingénieure textile 0.69, economist → docteure en sciences économiques 0.57,
# researcher → 0.47 with no clear lead, refused).
ROLE_COSINE = 0.5
# "Which talk says that …": the best sentence must hold this share of the question's word weight
# (IDF over the programme's sentences) and lead the next sentence by this share.
SAID_SHARE = 0.5
SAID_LEAD = 0.15
ROLE_MARGIN = 0.1
# A speaker described in other words, to make them the question's focus: one word is not enough
# (on the seed, engineer → designer 0.56, economist → docteure en sciences économiques 0.57); a
# description is (agricultural cooperatives specialist → spécialiste des coopératives agricoles
# 0.89, cooperatives specialist 0.72).
DESCRIBED_COSINE = 0.65
# A talk named by a noun; TALK_NOUNS adds the session (one capturing group: callers count it)
TALK = r"(?:talks?|presentations?|interventions?|conferences?|exposes?)"
TALK_NOUNS = rf"({TALK}|sessions?)"
# A text named by a noun (« le résumé », "the description")
A_TEXT = r"\b(abstracts?|resumes?|summary|summaries|texte?s?|descriptions?)\b"
_PEOPLE_NOUNS = (
    r"(speakers?|intervenant\w*|orat\w*|presenters?|panelists?|panelistes?|"
    r"(la|une) personne|the person|the one (from|at|of)|celui|celle)"
)
# Who someone worked with (partners, collaborators), not where they work: "who has X worked
# with?", « avec quels partenaires X a-t-elle travaillé ? ».
_ORGS = (r"(companies|firms|businesses|organi[sz]ations|institutions|universities|schools|labs|"
         r"co ?ops|cities|regions|actors|stakeholders|entreprises|societes|acteurs|"
         r"organismes|structures|universites|ecoles|laboratoires|labos|cooperatives|collectivites|"
         r"communes|villes|associations)")  # fmt: skip
# words for people or workshops by their ending (« ébénistes », « menuisiers », « scieries »),
# whom one works with, unlike the things one works with (« machines », « outils »)
_AGENTS = (
    r"(\w+(istes?|eurs?|euses?|rices?|iers?|ieres?|iens?|iennes?|aires?|ans?|ands?|ants?|antes?|"
    r"erons?|eries?)|gens|personnes)"
)
WORKED_WITH = (
    r"\b(partena\w*|partners?|partnered|partnering|partnerships?|collaborat(eur|rice|or)s?|"
    r"who (has|have|had|did|does|do)( [\w-]+){1,4} (work|worked|working|collaborated) with|"
    r"with whom( [\w-]+){1,4} (work|worked|working)|"
    r"avec qui( [\w-]+){0,5} (travaill\w*|collabor\w*)|"
    r"(travaill\w*|collabor\w*)([ -]t)?([ -](il|elle|ils|elles))? avec qui|"
    # organisations worked with: "which companies did X work with?", « avec quelles entreprises »
    rf"(which|what)( [\w-]+){{0,2}} {_ORGS}( [\w'-]+){{1,6}} (work|worked|working|collaborat\w*|"
    rf"partnered) with|"
    # in French, whoever one works « avec » is a partner (« avec quels ébénistes ou quelles
    # scieries a-t-elle travaillé ? »); one works « pour » or « chez » an employer
    rf"avec (quels?|quelles?) ({_ORGS}|{_PEOPLE_NOUNS}|{_AGENTS})( [\w'-]+){{0,12}} "
    r"(travaill\w*|collabor\w*))\b"
)
# Questions about the audience, not the programme: its records cannot answer them.
_AUDIENCE = r"\b(attend\w*|particip\w*|audience|inscri\w*|assist\w*|public|visit\w*|spectat\w*)\b"
# A question that attributes what it asks to someone ("according to X", « selon X », "in her
# talk"): folded words joined by one space.
ATTRIBUTED = r"\b(selon|according to|d apres|in (his|her|their) (talk|abstract|view))\b"
# Words that frame a question but say nothing about its subject (stemmed like `tokens`).
_FRAME = set(
    tokens(
        "intervention interventions présentation présentations conférence conférences talk exposé "
        "exposés communication communications "
        "talks session sessions speaker speakers intervenant intervenants intervenante "
        "aller voir voit see attend go recommend recommande conseille "
        "intéresse intéressé interested interest travaille work working je i me moi pour "
        "there y a-t-il is are which quel quelle should est-ce existe existent exister exist "
        "exists any une un "
        "mentionne mentions mention cite cites évoque refers parle speaks discuss "
        "sujet subject topic thème theme field domaine secteur "
        # what qualifies the thing asked, not the subject: « le titre précis », "the exact time"
        "précis précise précisément precise precisely exact exacte exactement exactly complet "
        "complète "
        # how well a talk suits the asker, not what it is about: "which talk is best for me?",
        # « laquelle me convient le mieux ? »
        "best mieux most convient conviendrait idéal idéale ideal "
        # a pronoun for the topic that follows: « y a-t-il quelque chose sur … ? »
        "anything something quelque chose"
    )
)


@dataclass
class Links:
    """The entities a question names."""

    speakers: list[str] = field(default_factory=list)  # by name
    from_affiliation: list[str] = field(default_factory=list)  # speakers an affiliation names
    holding_role: list[str] = field(default_factory=list)  # speakers a role clause names
    title_talks: list[str] = field(default_factory=list)  # talks sharing words with the question
    rooms: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Clause:
    stems: frozenset[str]
    owner: str  # speaker name
    head: str = ""  # its first content word
    text: str = ""


class EntityIndex:
    """Term → entity index over one catalog. Built once per ingest; lookups cost the question."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self.names: dict[str, set[str]] = defaultdict(set)  # folded phrase → speakers
        self.affiliations: dict[str, set[str]] = defaultdict(set)  # whole affiliation → speakers
        self.clauses: dict[str, dict[str, list[_Clause]]] = {"aff": {}, "role": {}}
        self.title_stems: dict[str, set[str]] = defaultdict(set)  # stem → talk ids
        self.rooms: dict[str, str] = {}  # folded room → room as written
        self.max_phrase = 1
        firsts: dict[str, set[str]] = defaultdict(set)
        for name, info in catalog.speakers.items():
            parts = _plain(name)
            if not parts:
                continue
            self._name(" ".join(parts), name)
            self._name(" ".join(parts[1:]) or parts[0], name)
            firsts[parts[0]].add(name)
            for kind, text in (("aff", info.affiliation), ("role", info.role)):
                for clause in _clauses(text or ""):
                    words = tokens(clause)
                    entry = _Clause(frozenset(words), name, words[0], clause)
                    for stem in entry.stems | _fields(clause, kind):
                        self.clauses[kind].setdefault(stem, []).append(entry)
        for first, owners in firsts.items():
            if len(owners) == 1:
                self._name(first, next(iter(owners)))
        self.towns: dict[str, set[str]] = defaultdict(set)  # a place word → its speakers
        for name, info in catalog.speakers.items():
            whole = " ".join(_plain(info.affiliation or ""))
            if whole:
                self._name(whole, name, affiliation=True)
            for word in _place_words(info.affiliation or ""):
                self.towns[word].add(name)
        self.titles: dict[str, _Title] = {}
        for talk in catalog.talks.values():
            title = _Title.of(talk.title)
            self.titles[talk.id] = title
            for stem in title.stems | title.short_stems:
                self.title_stems[stem].add(talk.id)
            meta = catalog.sources[f"talk:{talk.id}"].metadata
            room = str(meta.get("talk_room") or meta.get("room") or "").strip()
            if room:
                self.rooms[" ".join(_plain(room))] = room

    def _name(self, phrase: str, name: str, affiliation: bool = False) -> None:
        if " " not in phrase and (len(phrase) < 3 or phrase in STOP_FR or phrase in STOP_EN):
            return  # "the_no" is not named by "the"; "Li" is not named by "li"
        (self.affiliations if affiliation else self.names)[phrase].add(name)
        self.max_phrase = max(self.max_phrase, len(phrase.split()))

    def named(self, question: str, affiliations: bool = False) -> list[str]:
        """Speakers the question names (by full, last or unique first name; with
        `affiliations`, also by their whole affiliation), in the order the question names them."""
        words = _plain(question)
        found: dict[str, tuple[int, int]] = {}
        taken: set[int] = set()  # words already part of a longer name
        tables = (self.names, self.affiliations) if affiliations else (self.names,)
        for n in range(min(self.max_phrase, len(words)), 0, -1):
            for i in range(len(words) - n + 1):
                if taken.intersection(range(i, i + n)):
                    continue  # "Marie Dupont" names Marie, not every Dupont
                phrase = " ".join(words[i : i + n])
                owners = [name for table in tables for name in table.get(phrase, ())]
                for name in owners:
                    found.setdefault(name, (i, -n))
                if owners:
                    taken.update(range(i, i + n))
        return sorted(found, key=lambda name: (found[name], name))

    def talks_named(self, question: str) -> list[str]:
        """Talks a question names: a quoted title or its beginning, most of a title's content
        words (or all of a short title's, the part before ' : '), or an acronym of the title."""
        quoted = [" ".join(_plain(q)) for q in QUOTED.findall(question)]
        asked = set(tokens(question))
        raw = set(re.findall(r"\b[A-Z]{2,}\b", question))
        candidates = {t for stem in asked for t in self.title_stems.get(stem, ())}
        candidates |= {t for a in raw for t in self.acronyms.get(a, ())}
        found: list[tuple[float, str]] = []
        for talk_id in sorted(candidates):
            score = self.titles[talk_id].score(asked, raw, quoted)
            if score > 0:
                found.append((score, talk_id))
        return [talk_id for _, talk_id in sorted(found, key=lambda f: (-f[0], f[1]))]

    def link(self, question: str, vectors: Any = None) -> Links:
        """What the question names. With `vectors`, an affiliation's words written in another
        language count as its own ("the University of Lille" → « Université de Lille »)."""
        stems = set(tokens(question))
        # a plural names the role its singular does: "designers" → designer
        stems |= set(tokens(" ".join(w[:-1] for w in words(question) if w.endswith("s") and
                                     len(w) > 3)))  # fmt: skip
        stems |= _practitioners(question)
        links = Links(speakers=self.named(question))
        also = self._in_affiliations(question, stems, vectors) if vectors is not None else {}
        stems |= set(also.values())
        kinds = {also.get(stem, stem) for stem in _kinds(question)}
        links.from_affiliation = self._covered("aff", stems, kinds) or self._in_town(question)
        # "in charge of X", « chargée de X »: X decides, not the idiom's word, which heads
        # « chargée de mission … »
        idiom = " ".join(re.findall(_IN_CHARGE, frame_text(question)))
        links.holding_role = self._covered("role", stems, not_heads=set(tokens(idiom)))
        content = stems - _FRAME
        counts: dict[str, int] = defaultdict(int)
        for stem in content:
            for talk_id in self.title_stems.get(stem, ()):
                counts[talk_id] += 1
        links.title_talks = sorted(counts, key=lambda t: (-counts[t], t))
        folded = f" {' '.join(_plain(question))} "
        links.rooms = [room for key, room in self.rooms.items() if f" {key} " in folded]
        return links

    @property
    def name_stems(self) -> set[str]:
        return self._lazy("name_stems", lambda: {
            stem for name in self.catalog.speakers for stem in tokens(name)})  # fmt: skip

    def sources_with(self, phrase: str) -> list[str]:
        """Ids of abstracts, bios and session descriptions holding every word of a phrase."""
        table: dict[str, set[str]] = self._lazy("words", self._word_table)
        keys = _plain(phrase)
        if not keys:
            return []
        found = set.intersection(*(table.get(k, set()) for k in keys))
        return sorted(found)

    def said(self, question: str) -> tuple[str, str] | None:
        """(source id, sentence) of the one abstract, bio or session sentence that holds most of
        the question's rarer words ("which talk says that …"), when one clearly does."""
        postings: dict[str, list[int]] = self._lazy("sentence_stems", self._sentence_table)
        units: list[tuple[str, str]] = self.__dict__["sentence_units"]
        asked = content_stems(question) - self.name_stems
        weights = {s: math.log(1 + len(units) / len(postings[s])) for s in asked if s in postings}
        if len(weights) < 3:
            return None
        scores: dict[int, float] = defaultdict(float)
        for stem, weight in weights.items():
            for unit in postings[stem]:
                scores[unit] += weight
        ranked = sorted(scores.items(), key=lambda item: -item[1])
        best, score = ranked[0]
        second = ranked[1][1] if len(ranked) > 1 else 0.0
        total = sum(weights.values())
        if score >= SAID_SHARE * total and score - second >= SAID_LEAD * total:
            return units[best]
        return None

    def text_stems(self) -> set[str]:
        """The stems the abstracts, bios and session descriptions write."""
        postings: dict[str, list[int]] = self._lazy("sentence_stems", self._sentence_table)
        return set(postings)

    @property
    def written_stems(self) -> set[str]:
        """Every stem the programme writes: its texts, and its records' titles, speakers'
        names, roles and affiliations (all in its sources' texts)."""
        sources = self.catalog.sources.values()
        return self._lazy("written_stems", lambda: {
            t for source in sources for t in tokens(source.text)})  # fmt: skip

    def talks_with(self, stems: set[str]) -> set[str]:
        """Ids of the talks whose title or abstract writes one of the stems."""
        postings: dict[str, list[int]] = self._lazy("sentence_stems", self._sentence_table)
        units: list[tuple[str, str]] = self.__dict__["sentence_units"]
        found = {t for stem in stems for t in self.title_stems.get(stem, ())}
        for stem in stems:
            for unit in postings.get(stem, ()):
                source = self.catalog.sources[units[unit][0]]
                if source.kind == "abstract" and source.talk_id:
                    found.add(source.talk_id)
        return found

    def held_share(self, stems: set[str]) -> float:
        """The largest share of the stems' weight (rarity) that one abstract, bio or session
        sentence holds."""
        postings: dict[str, list[int]] = self._lazy("sentence_stems", self._sentence_table)
        weights = self.rarity(sorted(stems))
        scores: dict[int, float] = defaultdict(float)
        for stem, weight in weights.items():
            for unit in postings.get(stem, ()):
                scores[unit] += weight
        total = sum(weights.values())
        return max(scores.values(), default=0.0) / total if total else 0.0

    def written_only_by(self, stems: set[str], own: set[str]) -> set[str]:
        """The stems that a sentence of the `own` sources writes and no other source does (no
        other text, title, role or affiliation)."""
        postings: dict[str, list[int]] = self._lazy("sentence_stems", self._sentence_table)
        units: list[tuple[str, str]] = self.__dict__["sentence_units"]
        return {s for s in stems if {units[u][0] for u in postings.get(s, ())} & own
                and self.holders(s) <= own}  # fmt: skip

    def written_by_others(self, stems: set[str], own: set[str]) -> set[str]:
        """The stems of the programme's own entries (titles, roles, affiliations, sessions'
        texts) that none of the `own` sources writes, in any form (« industrie » is written
        by a text that says « industriel »): another talk's or the session's terms."""
        table: dict[str, set[str]] = self._lazy("entry_stems", self._entry_table)
        theirs = {t for i in own if i in self.catalog.sources
                  for t in tokens(self.catalog.sources[i].text)}  # fmt: skip
        return {s for s in stems if table.get(s) and not any(t[:6] == s[:6] for t in theirs)}

    def holders(self, stem: str) -> set[str]:
        """The ids of the sources whose text (records included) holds the stem."""
        table: dict[str, set[str]] = self._lazy("source_stems", self._source_table)
        return table.get(stem, set())

    def _entry_table(self) -> dict[str, set[str]]:
        table: dict[str, set[str]] = defaultdict(set)
        for talk in self.catalog.talks.values():
            for stem in tokens(talk.title):
                table[stem].add(f"talk:{talk.id}")
        for info in self.catalog.speakers.values():
            for stem in tokens(f"{info.role or ''} {info.affiliation or ''}"):
                table[stem].add(info.bio_id)
        for source in self.catalog.sessions.values():
            for stem in tokens(source.text):
                table[stem].add(source.id)
        return table

    def _source_table(self) -> dict[str, set[str]]:
        table: dict[str, set[str]] = defaultdict(set)
        for source in self.catalog.sources.values():
            for stem in set(tokens(source.text)):
                table[stem].add(source.id)
        return table

    def text_asked(self, question: str) -> bool:
        """Whether the question's own words (not names, titles or frames) meet in one sentence of
        an abstract, a bio or a description, two at least: « quand les filatures du Nord ont-elles
        fermé ? » asks when the text says something happened, not when a talk is."""
        postings: dict[str, list[int]] = self._lazy("sentence_stems", self._sentence_table)
        asked = content_stems(question) - self.name_stems - set(self.title_stems)
        asked -= self._lazy("session_stems", self._session_stems)
        met: dict[int, int] = defaultdict(int)
        for stem in asked:
            for unit in set(postings.get(stem, [])):
                met[unit] += 1
        return max(met.values(), default=0) >= 2

    def _session_stems(self) -> set[str]:
        """The words of the sessions' titles."""
        found = (str(s.metadata.get("session") or "") for s in self.catalog.sessions.values())
        return set(tokens(" ".join(found)))

    def rarity(self, stems: list[str]) -> dict[str, float]:
        """Each stem's weight: log(1 + sentences / sentences holding it); a stem no sentence of
        the programme holds weighs as much as the rarest."""
        postings: dict[str, list[int]] = self._lazy("sentence_stems", self._sentence_table)
        n = len(self.__dict__["sentence_units"])
        return {s: math.log(1 + n / len(postings.get(s) or [1])) for s in stems}

    @property
    def median_rarity(self) -> float:
        """The median weight (`rarity`) of the stems the programme's sentences hold: a stem
        above it is one of the programme's rarer words."""

        def median() -> float:
            stems = list(self._lazy("sentence_stems", self._sentence_table))
            weights = sorted(self.rarity(stems).values()) or [0.0]
            return weights[len(weights) // 2]

        return float(self._lazy("median_rarity", median))

    def _sentence_table(self) -> dict[str, list[int]]:
        from assistant.extractive import quotable  # the sentences an extractive answer quotes

        units: list[tuple[str, str]] = []
        table: dict[str, list[int]] = defaultdict(list)
        for source in self.catalog.sources.values():
            if source.kind in {"abstract", "bio", "session"}:
                for sentence in quotable(source):
                    for stem in set(tokens(sentence)):
                        table[stem].append(len(units))
                    units.append((source.id, sentence))
        self.__dict__["sentence_units"] = units
        return table

    def _word_table(self) -> dict[str, set[str]]:
        table: dict[str, set[str]] = defaultdict(set)
        for source in self.catalog.sources.values():
            if source.kind in {"abstract", "bio", "session"}:
                for word in set(_plain(source.text)):
                    table[word].add(source.id)
        return table

    def prepare(self) -> None:
        """Build the tables that are otherwise built by the first question needing them (seconds
        on a large programme): warm-up calls this so no attendee waits for it."""
        self._lazy("words", self._word_table)
        self._lazy("sentence_stems", self._sentence_table)
        self._lazy("source_stems", self._source_table)
        _ = self.name_stems, self.acronyms

    def _lazy(self, key: str, build: Any) -> Any:
        if key not in self.__dict__:
            self.__dict__[key] = build()
        return self.__dict__[key]

    @property
    def acronyms(self) -> dict[str, set[str]]:
        table = self.__dict__.get("_acronyms")
        if table is None:
            table = defaultdict(set)
            for talk_id, title in self.titles.items():
                for acronym in title.acronyms:
                    table[acronym].add(talk_id)
            self.__dict__["_acronyms"] = table
        return table

    def roles_meaning(self, text: str, vectors: Any, floor: float = ROLE_COSINE) -> list[str]:
        """The speakers whose role clause is closest in meaning to a short text ("engineer" →
        "ingénieure textile"), when one clause stands out; else none."""
        clauses = sorted({c for entries in self.clauses["role"].values() for c in entries},
                         key=lambda c: (c.text, c.owner))  # fmt: skip
        if not clauses or not text:
            return []
        found = unit_rows(vectors.get_text_embedding_batch([text] + [c.text for c in clauses]))
        cosines = found[1:] @ found[0]
        pairs = zip(cosines, clauses, strict=True)
        scores = sorted(((float(cosine), c.owner) for cosine, c in pairs), reverse=True)
        best, owner = scores[0]
        others = [score for score, name in scores if name != owner]
        second = others[0] if others else -1.0
        return [owner] if best >= floor and best - second >= ROLE_MARGIN else []

    def roles_holding(self, phrase: str) -> list[str]:
        """The one speaker whose role clause holds a phrase of two content words or more word
        for word ("the Territoire d'industrie speaker"); else none."""
        if len(tokens(phrase)) < 2:
            return []
        owners = {c.owner for entries in self.clauses["role"].values() for c in entries
                  if f" {phrase} " in f" {' '.join(_plain(c.text))} "}  # fmt: skip
        return sorted(owners) if len(owners) == 1 else []

    def _in_affiliations(self, question: str, stems: set[str], vectors: Any) -> dict[str, str]:
        """{stem of a question word: stem of its translation among the words of the affiliations
        written in another language than the question's} (« industrielle » is not a
        translation of « industrie »)."""
        asked = language(question)
        written = {w for entries in self.clauses["aff"].values() for c in entries
                   if language(c.text) != asked for w in surface(c.text)}  # fmt: skip
        held = stems & set(self.clauses["aff"])
        return translated_among(surface(question), held, sorted(written), vectors)

    def _in_town(self, question: str) -> list[str]:
        """The speakers whose affiliation's name holds the town the question places someone in
        ("is anyone based in Reims?" → « ESAD de Reims »; "from Bordeaux" → « Bordeaux Sciences
        Agro »): a capitalised word of the question, after from / in / à / de."""
        found = re.findall(IN_A_PLACE, question)
        return sorted({n for word in found for n in self.towns.get(fold(word).lower(), ())})

    def _covered(
        self,
        kind: str,
        stems: set[str],
        kinds: set[str] | None = None,
        not_heads: AbstractSet[str] = frozenset(),
    ) -> list[str]:
        """Speakers with a clause whose every content word the question holds (for a role, its
        head word is enough: "qui est ingénieure ?" finds "ingénieure textile"; for an
        affiliation, its head word asked as a kind of place: "from a university")."""
        found: list[str] = []
        for stem in sorted(stems):
            for clause in self.clauses[kind].get(stem, ()):
                # an idiom's word is a role's head only with another of its words: « chargée
                # de mission » is asked by « qui est chargée de mission ? », not « en charge de
                # l'ingénierie textile »
                idiom = stem in not_heads and len(clause.stems & stems) < 2
                head = (
                    kind == "role"
                    and not idiom
                    and (clause.head == stem or stem.startswith(_FIELD_MARK))
                )
                head = head or (clause.head == stem and stem in (kinds or set()))
                if (head or clause.stems <= stems) and clause.owner not in found:
                    found.append(clause.owner)
        return found


@dataclass(frozen=True)
class _Title:
    words: str  # folded words of the whole title, space-joined
    stems: frozenset[str]
    short_stems: frozenset[str]  # the part before " : " or " – ", when there is one
    acronyms: frozenset[str]

    @classmethod
    def of(cls, title: str) -> _Title:
        short = re.split(r"\s+[:–—-]\s+|\s*:\s+", title, maxsplit=1)[0]
        stems = frozenset(tokens(title))
        short_stems = frozenset(tokens(short)) if short != title else frozenset()
        acronyms = frozenset(re.findall(r"\b[A-Z]{2,}\b", title))
        return cls(" ".join(_plain(title)), stems, short_stems, acronyms)

    def score(self, asked: set[str], raw: set[str], quoted: list[str]) -> float:
        """How surely a question names this title; 0 when it does not."""
        if any(q and f" {self.words} ".startswith(f" {q} ") for q in quoted):
            return 3.0
        overlap = len(asked & self.stems) / max(1, min(len(self.stems), 4))
        if self.short_stems and self.short_stems <= asked:
            overlap = max(overlap, 1.0 if len(self.short_stems) > 1 else 0.8)
        if self.acronyms & raw:
            return overlap + 1
        return overlap if overlap >= 0.75 else 0.0


# Being in charge of something, which names a person by that thing: "in charge of X",
# « en charge de X », « chargé(e) de X », "responsible for X" (folded words).
_IN_CHARGE = (
    r"\b(?:in charge|en charge|charge|chargee|chargees|responsible|responsables?) "
    r"(?:of|for|de|du|des|d)\b"
)
# A kind of place asked, not one place: "from a university", « d'une université », "any bank";
# or the one place of that kind someone is with, by its head word after "from / at / with the",
# « à l'…, chez le …, au … », or « de l'… » after a word for people or coming (« quelqu'un de
# l'université », « qui vient de la région ? »; not « qui parle de la région ? », a topic).
_KIND = re.compile(  # a lookahead: « y a quelqu'un de l'… » holds two, overlapping
    r"\b(?=(?:an?|any|une?|d['’]une?|(?:from|at|with) the|(?:a|à|chez) (?:la|le|les|l['’])|au|"
    r"(?:quelqu['’ ]?une?|vien\w*|venant|personnes?|gens|ceux|celui|celles?|intervenant\w*|"
    r"speakers?) (?:de la|de l['’]|du|des))(?:\s+|(?<=['’]))([^\W\d_]+))",
    re.IGNORECASE,
)


def _kinds(question: str) -> set[str]:
    return {stem for word in _KIND.findall(unquoted(question)) for stem in tokens(word)}


def content_text(question: str) -> str:
    """The question's own words that are neither stop nor frame words ("engineer")."""
    kept = [w for w in words(question) if (t := tokens(w)) and t[0] not in _FRAME]
    return " ".join(kept)


def _plain(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", fold(text))


_FIELD_MARK = "~"  # a key of the role index that is a field's root, not a stem


def _fields(clause: str, kind: str) -> set[str]:
    """A role clause's field roots, as index keys: « docteure en sciences économiques » is
    found by "the economist" (lexicon.field_roots)."""
    if kind != "role":
        return set()
    return {_FIELD_MARK + root for word in words(clause) for root in field_roots(unelide(word))}


def _practitioners(question: str) -> set[str]:
    """The field roots of the practitioners a question names ("the economist"), as index keys."""
    roots = (practitioner_root(unelide(word)) for word in words(question))
    return {_FIELD_MARK + root for root in roots if root}


def _clauses(text: str) -> list[str]:
    """'Bordeaux Sciences Agro et INRAE' → ['Bordeaux Sciences Agro', 'INRAE']."""
    parts = re.split(r"\s*(?:[,;/&()]|\bet\b|\band\b)\s*", text)
    return [p.strip() for p in parts if tokens(p)]


@dataclass
class Plan:
    asks: set[str]
    links: Links

    def asked(self, *kinds: str) -> bool:
        return any(kind in self.asks for kind in kinds)


def index_of(catalog: Catalog) -> EntityIndex:
    """The catalog's entity index, built on first use and kept with the catalog."""
    index = catalog.derived.get("entities")
    if not isinstance(index, EntityIndex):
        index = catalog.derived["entities"] = EntityIndex(catalog)
    return index


# The title of a talk asked by its subject, in words the titles do not share.
_TITLE_BY_SUBJECT = (
    r"\b((title|name|titre|nom|intitule)( exact)? (of|de|du) (the |l |la |le |cette )?(\w+ ){0,2}"
    rf"{TALK_NOUNS}|{TALK_NOUNS}( \w+){{0,4}} (called|named|titled)|comment s appelle (l|la|le) "
    rf"{TALK_NOUNS})\b"
)


# A capitalised word after a word that places someone: "based in Reims", "from Bordeaux", « à
# Lille », « de Reims » (as written: the capital tells a name).
IN_A_PLACE = re.compile(
    r"\b(?:from|in|at|near|around|à|a|de|d’|d'|vers|près de|pres de)\s*([A-ZÀ-Þ][\w-]{3,})"
)
# Words of an organisation's name that are no town: « Université », "School", « Sciences ».
_NOT_TOWNS = set(
    "universite university ecole school institut institute sciences science agro banque bank "
    "fabrique centre center laboratoire laboratory lab labo national nationale territoires "
    "industrie".split()
)


def _place_words(affiliation: str) -> set[str]:
    """The capitalised words of an affiliation that may be its town (folded, lower case)."""
    written = [w for w in re.findall(r"\b[A-ZÀ-Þ][\w-]{3,}", affiliation) if not w.isupper()]
    return {fold(w).lower() for w in written} - _NOT_TOWNS  # (not an acronym: "INRAE")


def plan(question: str, index: EntityIndex, vectors: Any = None) -> Plan:
    # What is asked is read outside quoted text: a title's "avant" or "first" is not a frame.
    folded = frame_text(question)
    asks = {kind for kind, pattern in _ASKS.items() if re.search(pattern, folded)}
    if re.search(rf"\b{TALK_NOUNS}\b", folded):
        asks.add("talk-noun")
    if re.search(rf"\b{_PEOPLE_NOUNS}\b", folded):
        asks.add("people-noun")
    if re.search(r"\b(parmi|among|lequel|laquelle)\b", folded):
        asks.add("among")
    if re.search(_AUDIENCE, folded):
        asks.discard("count")
    if "no-abstract" in asks:
        asks.discard("with-abstract")
    if "content" in asks:
        asks.discard("topic")  # "what is the abstract of the talk on …" asks for its content
    if re.search(A_TEXT, folded) and "talk-noun" not in asks:
        # « le résumé de Filippi … ; quels territoires évoque-t-il juste après ? »: what comes
        # next in a text, not the next talk
        asks -= {"before", "after"}
    if (
        asks & {"first", "last"}
        and re.search(r"\b(a quelle heure|quelle heure|what time|when|quand)\b", folded)
        and not re.search(r"\b(premier\w*|first|dernier\w*|last)\b", folded)
    ):
        asks -= {"first", "last"}  # « à quelle heure ouvre la session ? »: its time
    if asks & {"before", "after"} and _askers_own_time(question):
        # "what is X's talk about? I want to read up before I go": the asker's time, not the
        # talk before
        asks -= {"before", "after"}
    if "says" in asks:
        # "which talk says that …" quotes the sentence, whatever words it holds
        asks -= {"topic", "mentions", "before", "after", "first", "last", "order"}
    if asks & {"first", "last"} and _ordinals_of_other_things(folded):
        # « la dernière filature du Nord a fermé quand ? », "last year", "the first time": the
        # place of something else than a talk or a speaker (opening and closing verbs stay)
        asks -= {k for k, verb in (("first", _OPENING), ("last", _CLOSING))
                 if not re.search(verb, folded)}  # fmt: skip
    if re.search(_ASKED_CONTENT, folded):
        asks -= {"mentions", "topic"}  # « il parle de quoi ? » asks for the content
        asks.add("content")
    if re.search(WORKED_WITH, folded):
        asks -= {"from", "partner"}  # partners asked, not an affiliation nor a co-speaker
    if asks_instance(question):
        # "which company does X give as an example?", "the example … making it a laboratory
        # of …": an organisation word names the example's kind, not X's employer
        asks.discard("organisation")
    if "from" in asks:
        asks.discard("where")  # "where does X work / come from?" asks for an affiliation
    if asks_personal_place(question):
        # "where did X study / was X born?" is not the talk's room, nor their affiliation
        asks -= {"where", "from", "organisation"}
    links = index.link(question, vectors)
    if asks & {"who", "speaker"} and names_a_thing(question, index.catalog):
        # « le nom de l'ébéniste dont parle le chercheur de l'IRI » asks for a name in a text
        asks -= {"who", "speaker"}
    if asks & {"who", "speaker"} and who_in_their_words(question, asks, links.speakers):
        # « d'après Filippi, la RSE est impulsée par qui ? », "according to Landau, who offered
        # an alternative?": someone in the named speaker's text, not who presents it
        asks -= {"who", "speaker"}
    if re.search(_TITLE_BY_SUBJECT, folded) and not (links.speakers or links.title_talks):
        # "what's the wood talk called?", "the title of the talk about wood?": the talk found
        # for its subject, named by its title, not a sentence about wood
        asks = (asks - {"content", "mentions"}) | {"topic"}
    return Plan(asks, links)


# Who presents, or with whom: a programme question however it is attributed (« selon Etévé,
# qui présente avec elle ? »)
_PRESENTING = r"\b(present\w*|intervien\w*|expos\w*|speaks?|speaking|gives?|giving|avec|with)\b"


def who_in_their_words(question: str, asks: set[str], speakers: list[str]) -> bool:
    """The question asks "who" of what a speaker it names says: the attribution's object is their
    name, or "his / her / their" talk, abstract or view; not who presents, with whom, or in which
    order (« selon Etévé, qui présente avec elle ? » asks the programme)."""
    said = plain(question)
    if not speakers or asks & {"partner", "before", "after", "first", "last", "order"}:
        return False
    if points_at_their_text(question, speakers) and not re.search(_WITH_WHOM, said):
        return True  # "the name of the craftsman Landau gives as an example?"
    if re.search(_PRESENTING, said):
        return False
    names = _name_words(speakers)
    after_it = rf"( \w+){{0,2}} ({names})\b"  # « d'après [Maryline] Filippi »
    return any(
        found.group(0).startswith("in ") or re.match(after_it, said[found.end() :])
        for found in re.finditer(ATTRIBUTED, said)
    )


# The name of a thing asked ("the name of the cabinetmaker", « comment s'appelle la révolution
# … ? », "what is the model called?"): its noun, when it is not one the programme's records
# name (a speaker, a talk, a session, an organisation): then a text holds it.
_THING_NAMED = re.compile(
    r"\b(?:names? of (?:the|a|an|this|that)|nom (?:du|des|de (?:la|l|cette|ce|cet)|d (?:un|une))|"
    r"comment s appell\w* (?:le|la|les|l|ce|cette|cet)|"
    r"(?:what|how) (?:is|s|are) (?:the|this|that)(?! names?\b)) (\w+)((?: \w+){0,2})"
)
_PROGRAMME_NAMED = set(
    tokens(
        "speaker speakers presenter intervenant intervenante orateur oratrice person personne "
        "people gens talk session seance title titre intervention expose presentation "
        "conference programme program organisation organization organisme institution "
        "etablissement institut school ecole universite university lab labo laboratoire "
        "structure employer employeur company entreprise societe room salle venue lieu event "
        "evenement seminar seminaire panel atelier workshop moderator moderateur chair one "
        "il elle he she they him her his their son sa ses leur "
        # someone described by what they are or do: "the IRI researcher", « la docteure en
        # sciences économiques », "the woman from INRAE", « la collègue de X »
        "researcher chercheur chercheuse woman man lady guy gentleman femme homme dame monsieur "
        "madame economist economiste doctor docteur docteure specialist specialiste expert "
        "experte engineer ingenieur ingenieure mechanic mecanicien mecanicienne geographer "
        "geographe charge chargee responsable manager head director directeur directrice "
        "colleague collegue professor professeur professeure teacher enseignant enseignante "
        "student etudiant etudiante designer designeuse architect architecte consultant "
        "consultante founder fondateur fondatrice member membre officer agent"
    )
)
# Where a thing's noun phrase ends: an article, a preposition, a relative
_PHRASE_ENDS = set(
    "the a an this that which who whom whose from of in at with by for on to la le les l un une "
    "que qui dont de du des d en a au aux avec par pour sur dans chez".split()
)


def names_a_thing(question: str, catalog: Catalog | None = None) -> bool:
    """The question asks the name of something that is not a record of the programme's ("what's
    the name of the cabinetmaker …?", « comment s'appelle la révolution … ? "): a text's; not
    of someone described by their role or organisation ("the IRI researcher", « la chargée de
    projet », "the ESAD designer": the words of the `catalog`'s roles and affiliations)."""
    said = plain(question)
    described = _PROGRAMME_NAMED | _record_words(catalog)
    for found in _THING_NAMED.finditer(said):
        noun = found.group(1)
        if found.group(0).startswith(("what", "how")) and not re.search(
            rf"\b{noun}( \w+)? (called|named)\b", said
        ):
            continue
        phrase = [noun]
        for word in found.group(2).split():
            if word in _PHRASE_ENDS:
                break
            phrase.append(word)
        if tokens(noun) and not set(tokens(" ".join(phrase))) & described:
            return True
    return False


def _record_words(catalog: Catalog | None) -> set[str]:
    if catalog is None:
        return set()
    return set(
        tokens(" ".join(f"{s.role or ''} {s.affiliation or ''}" for s in catalog.speakers.values()))
    )


def _name_words(speakers: list[str]) -> str:
    return "|".join(re.escape(w) for n in speakers for w in fold(n).lower().split() if len(w) > 2)


# A text of a speaker's pointed at otherwise than "according to X": by its noun and their name
# ("in X's abstract", « dans le résumé de X », « d'après le texte de X »), or by a relative
# clause whose subject they are (« l'ébéniste que X donne en exemple », "the region X writes
# about", "whose approach X says …"). Folded words.
_TEXT_NOUN = r"(abstract|resume|summary|texte?|description|blurb)"
_RELATIVE = r"(que|qu|dont|that|which|whom|whose)"
_TELLS = (
    r"((cite|mentionn|evoqu|pren|utilis|decri|parl|raconte|ecri|oppos|rappel|refer|mention|us|"
    r"describ|writ|say|said|discuss|rais|set|bring|contrast|compar|invok|quot)\w*|"
    # (giving or talking as such is their talk: "the organisation X talks for", "the speaker X
    # gives the talk with")
    r"(giv\w*|donn\w*) (as |en |comme )?(an |a |un |une )?(example|exemple|illustration)|"
    r"talk\w* (about|of)|speak\w* (about|of))"
)
# …but "who presents with X?" asks the programme
_WITH_WHOM = r"\b(present\w*|intervien\w*|avec qui|with whom|(speak\w*|talk\w*) with)\b"


def points_at_their_text(question: str, speakers: list[str]) -> bool:
    """The question points at a named speaker's own text (their abstract, or what they write or
    cite) other than by "according to X": "in Landau's abstract", « dans le résumé de Filippi »,
    « l'ébéniste que Landau donne en exemple », "the model Filippi contrasts with RTE"."""
    if not speakers:
        return False
    said, names = plain(question), _name_words(speakers)
    return any(
        re.search(pattern, said)
        for pattern in (
            rf"\b({names})( s)? {_TEXT_NOUN}\b",  # "landau s abstract", "filippi summary"
            rf"\b{_TEXT_NOUN} (de|d|du|of|by)( \w+)? ({names})\b",  # « le résumé de [M.] Filippi »
            rf"\b{_RELATIVE}( \w+){{0,4}}? ({names})( \w+){{0,2}}? {_TELLS}\b",
            rf"\b{_RELATIVE}( \w+){{0,2}}? {_TELLS}( \w+)? ({names})\b",  # « que cite Landau »
            # « la coopérative étudiée par Filippi », "the mill mentioned by Dupont"
            rf"\b({_TELLS}|(etudi|studi|analys|examin)\w*) (par|by)( \w+)? ({names})\b",
            # the English relative left out: "the company Filippi mentions" (not "the talk X
            # gives")
            rf"\b(the|a|an|which|what) (?!{TALK}\b)\w+( \w+)? ({names}) {_TELLS}\b",
        )
    )


# The words that may follow "first" / "last" when a place in the programme is asked: a talk or
# a speaker, "one", a place word, or a word that starts another clause or phrase ("who goes
# last and …", "the first of them", « le premier à parler », « qui passe en dernier ? »).
_PLACE_FOLLOWERS = set(
    "one ones slot slots creneau creneaux item up to a in on at of de du des d et and or ou en "
    "dans sur position place rang then puis is est s are sont who what which when where how why "
    "qui que quoi quel quelle quels quelles quand comment pourquoi please svp pour for with avec "
    "after apres before avant alors so the la le les l un une c it il elle she he they ils elles "
    "i je j we nous you vous tu partie part half day days jour journee morning matin afternoon "
    "evening soir speaks speak parle parlent passe passes goes go comes come this ce cette "
    "tonight today aujourd hui keynote keynotes paper papers lecture lectures contribution "
    "contributions passage passages thing two three four deux trois quatre".split()
)


def _ordinals_of_other_things(folded: str) -> bool:
    """Every "first" / "last" of the question qualifies something else than a talk, a speaker
    or a place in the programme: « la dernière filature », "last year", "the first time"."""
    found = list(re.finditer(r"\b(premier\w*|first|dernier\w*|last)\b(?: (\w+))?", folded))
    return bool(found) and all(
        m.group(2) is not None
        and m.group(2) not in _PLACE_FOLLOWERS
        and not m.group(2).isdigit()
        and not re.fullmatch(rf"{TALK_NOUNS}|{_PEOPLE_NOUNS}", m.group(2))
        for m in found
    )


# "Before" or "after" said of the asker's own time: before a first person or an infinitive
# ("before I go", « avant d'y aller », « après avoir lu »), or ending a clause a first person
# speaks ("I'll read the rest after", « je voudrais préparer son intervention avant : … »).
_MY_TIME = (
    r"\b(avant|before|apres|after)( (i|we|je|j|nous|on|going|reading|heading|attending|"
    r"d|de|que|qu|avoir|etre))\b"
)
_POINTING = r"(it|her|him|them|that|this|ca|cela|elle|lui|eux|son|sa|ses)\b"
_FIRST_PERSON = r"\b(i|i m|i ll|i d|we|je|j|nous|on)\b"  # a subject: not "tell me the talk after"


def _askers_own_time(question: str) -> bool:
    """Every "before" / "after" of the question is the asker's own time (_MY_TIME)."""
    clauses = [plain(c) for c in re.split(r"[.?!:;,—–]", unquoted(question))]
    said = 0
    for clause in clauses:
        for found in re.finditer(r"\b(avant|before|apres|after)\b", clause):
            said += 1
            own = re.match(_MY_TIME, clause[found.start() :])
            # "I'll grab her after it": a first person, and no question in the clause
            mine = re.search(_FIRST_PERSON, clause) and not re.search(
                r"\b(who|which|what|qui|quel\w*|lequel|laquelle)\b", clause
            )
            after = clause[found.end() :].strip()
            if not (own or (mine and (not after or re.match(_POINTING, after)))):
                return False
    return said > 0


# Words that read as a frame but are not one: « d'après X » and "selon" mean "according to", not
# "after"; l'après-midi is a part of the day; « qu'est-ce qui » / « ce qui » ask "what", not "who".
# "last" as a verb ("how long does each talk last?", "will the change last?") is a duration, not
# the last talk. "One after another", « les unes après les autres », "year after year", "after
# all" say how something happened, not which talk follows which. "What does she mean when …",
# « que veut-elle dire quand … » open a clause, not a time asked.
_ASKING = r"(what|which|who|how|why|que|qu|quoi|quel\w*|comment|pourquoi)"
_TIME_VERBS = (
    r"(is|are|was|were|will|does|do|did|s|a|ont|est|sont|aura|commence\w*|debut\w*|se|"
    r"termine\w*|finit|start\w*|begin\w*|end\w*)"
)
_AUXILIARIES = r"(will|would|can|could|does|do|did|should|might|may)"
# What lasts: a session, a talk, the whole thing, it (a session's number too: "session 7")
_LASTING = (
    r"(it|they|everything|\d+|(session|seance|talk|presentation|event|thing|seminar|"
    r"workshop|programme|program|afternoon|morning|evening|day)s?)"
)
_NOT_FRAMES = (
    (
        r"\b(mean|means|meant|refer|refers|referring|dire|entend\w*) (when|quand|lorsqu\w*)\b",
        r"\1 as",
    ),
    # "what does she say flax needs when it is relocated?", « que crée-t-on quand on
    # relocalise ? »: inside a question another word asks, "when" opens a clause (not "… and
    # when is it?", nor a last "when?")
    (
        rf"^(.*\b{_ASKING}\b.*?[a-z])(?<!\band)(?<!\bet)(?<!\bor)(?<!\bou) (when|quand|lorsqu\w*) "
        rf"(?!{_TIME_VERBS}\b)(?=\w)",
        r"\1 as ",
    ),
    (r"\b(d apres|apres midi)\b", " "),
    (r"\b(\w+) (after|apres) (another|the other|l autre|les autres|\1)\b", " "),
    (r"\b(after all|apres tout)\b", " "),
    # "how does X's talk differ from Y's?", "apart from the title": no affiliation asked
    (r"\b(differ\w*|different|distinct|apart) from\b", r"\1"),
    (r"\bqu est ce qui\b", " quoi "),
    # "which specific speaker …?", "what particular role …?": the thing asked, not which one
    # of its instances (`policy.asks_specifics` reads the question as written)
    (r"\b(which|what|quel|quelle|quels|quelles) (specific|particular|exact|precise) ", r"\1 "),
    (r"\b(how long\b.*\b)last$", r"\1endure"),
    # (not a place: "second to last", "next to last")
    (rf"\b(?<!second )(?<!next )(to|{_AUXILIARIES}) last\b", r"\1 endure"),
    (r"\blast(s|ed|ing)\b", "endure"),
    (rf"^({_AUXILIARIES}\b.*) last$", r"\1 endure"),
    # "how long does session 7 last for?", "how many hours will it last today?": the verb after
    # an auxiliary and the thing that lasts (not "does the last talk start?")
    (
        rf"\b((how long|how many (hours|minutes)|{_AUXILIARIES})\b( \w+){{0,4}}? {_LASTING}) "
        r"last\b",
        r"\1 endure",
    ),
)
# "When X happens, what does it lead to?", « Quand les entreprises s'engagent, que changent-
# elles ? »: a clause of the question, not a time asked (its "when" is dropped).
_WHEN_CLAUSE = re.compile(
    r"^\s*(?:when|quand|lorsqu\w*)\b([^?]{3,}?,\s*(?:what|who|how|which|where|why|does|do|is|"
    r"are|can|que|qu|qui|quel\w*|comment|pourquoi|est-ce|y a)\b)",
    re.IGNORECASE,
)
# "What" asked after a verb of saying: « il parle de quoi ? », "she talks about what?".
_ASKED_CONTENT = (
    r"\b(parl\w*|evoqu\w*|cit\w*|mentionn\w*|trait\w*|discut\w*|talks?|speaks?|"
    r"discuss\w*|covers?) (de |d |du |des |sur |about |of |on )?(quoi|what)\b"
)


# Both kinds of talk asked: those with an abstract, and (after "and", « et ») the others
# (folded): "which have a summary and which don't?", « lesquelles ont un résumé et lesquelles se
# limitent au titre ? ».
_BOTH_KINDS = (
    r"\b(ont|have|has|with|come with|avec|possede\w*|dispose\w*)( (un|une|an?|des|leur|their))?"
    r"( \w+)? (resume|abstract|summary|summaries|description)s?\b.*\b(et|and|but|mais|whereas|"
    r"alors que|tandis que)?( (the|les))? ((lesquel\w*|which|those|celles|ceux)( ones?| talks?| "
    r"of them| d entre elles)?( (have|has|ont|n ont))? (n|not|don t|doesn t|do not|does not|no|"
    r"pas|aucun\w*|only|just|seulement|juste|merely|se limit\w*)\b|(autres|others|rest|reste|"
    r"d autres)"
    r"( (non|not|pas|don t|do not|n en ont pas))?$)|"
    # one of two picked by whether it has one: "between X and Y, which has an abstract?",
    # « lequel des deux a un résumé ? » (both lists say it of each)
    r"\b(between|entre)\b[^?]*\b(which|lequel|laquelle|quel|quelle)( one| of them| des deux)?"
    r"( \w+)? (has|have|a|ont|comes? with)( \w+)? (an? |un |une )?(resume|abstract|summary)\b|"
    r"\b(which|lequel|laquelle)( one)? (of|d entre|des) (the two|these two|those two|deux)"
    r"( \w+)? (has|have|a|ont|comes? with)( \w+)? (an? |un |une )?(resume|abstract|summary)\b"
)


def asks_both_kinds(question: str) -> bool:
    """ "Which talks have an abstract, and which don't?": both lists, asked together or one in
    each clause ("which does the programme describe, and which only have a title?")."""
    if re.search(_BOTH_KINDS, frame_text(question)):
        return True
    clauses = [frame_text(c) for c in re.split(r",|;|\?\s|\bbut\b|\bmais\b", question)]
    return any(re.search(_ASKS["no-abstract"], c) for c in clauses) and any(
        re.search(_ASKS["with-abstract"], c) and not re.search(_ASKS["no-abstract"], c)
        for c in clauses
    )


def asks_count(question: str) -> bool:
    return bool(re.search(_ASKS["count"], frame_text(question)))


def asks_abstracts(question: str) -> bool:
    """Which talks have an abstract, or have none ("are there talks described in detail?")."""
    folded = frame_text(question)
    return any(re.search(_ASKS[kind], folded) for kind in ("no-abstract", "with-abstract"))


def frame_text(question: str) -> str:
    """The question's own words (not a quoted title's), folded, with words that only look like
    frames taken out."""
    folded = " ".join(_plain(re.sub(_WHEN_CLAUSE, r"\1", _without_chat(unquoted(question)))))
    for pattern, replacement in _NOT_FRAMES:
        folded = re.sub(pattern, replacement, folded)
    return " ".join(folded.split())


# The asker's chat about themself before the question: « Merci pour la réponse précédente. »,
# "Sorry I'm late.", « J'ai raté le début. », « Petite précision avant la pause. »: its
# « précédente », « début » or « avant » frame nothing of the question.
_CHAT = (
    r"\b(j ai|je|j|i|i m|i ve|me|my|mon|ma|mes|sorry|desolee?|pardon|merci|thanks|thank you|"
    r"bonjour|hello|hi|salut|precision|quick question|petite question)\b"
)


def _without_chat(question: str) -> str:
    """The question without the statements about the asker that come before it (not when they
    say what the asker works on: "I work on flax. Which talk is for me?")."""
    pieces = re.split(r"(?<=[.!])\s+", question.strip())
    if len(pieces) < 2 or "?" not in pieces[-1]:
        return question
    lead = [" ".join(_plain(p)) for p in pieces[:-1]]
    if all(re.search(_CHAT, p) and not _INTEREST.search(p) for p in lead):
        return pieces[-1]
    return question


# The asker asks which talk suits them, having said who they are ("I run a sawmill, which talk
# is for me?", « je travaille dans une coopérative, quelle conférence me concerne ? »): words
# that it suits them, and a question for one talk or speaker ("can you summarise the talks for
# me?" and "should I attend the session?" are not).
_FOR_ME = (
    r"\b(for me|pour moi|(me|m) (concern\w*|conseill\w*|interess\w*|correspond\w*|"
    r"serv\w*|etre utile|sugger\w*|recommand\w*)|suits? me|(suit|interest|fit)s? me|"
    r"relevant (to|for) me|should i( \w+){0,3}? (see|attend|go|pick|choose|watch|meet|talk to|"
    r"listen to|contact)|do you (recommend|suggest)|(would|could) (help|interest|suit) me|"
    r"(vous|tu) me (conseill\w*|recommand\w*|sugger\w*)|useful (to|for) me|"
    r"closest to (my|me)|plus proche de (mon|ma|mes)|"
    # "which talk is a must-see?", "what talk would you point me to?", « à ne pas manquer »
    r"point (me|us) to|must ?sees?|worth (my|our) time|incontournables?|a ne pas (manquer|rater))\b"
)
_TALK_OR_SPEAKER = (
    r"(talks?|presentations?|interventions?|conferences?|exposes?|speakers?|intervenant\w*|"
    r"orat\w*|presenters?)"
)
_WHICH_ONE = (
    rf"\b((which|what|quel\w*)( \w+){{0,3}}? ({_TALK_OR_SPEAKER}|one)|lequel|laquelle|"
    rf"lesquel\w*|(who|whom|qui) (should|devrais|dois|do you)|(is there|are there|y a t il|"
    rf"il y a|y a)( \w+){{0,3}}? {_TALK_OR_SPEAKER}|(a|an|any|une|un) {_TALK_OR_SPEAKER} "
    rf"(pour moi|for me))\b"
)


# Whether a speaker fits what the asker described before: "does anyone fit?", « quelqu'un
# correspond ? », « un intervenant de ce genre ? », "anyone like that?", "one of my colleagues"
# (plain text).
FITS = (
    r"\b(fits?|matche?s?|correspond\w*|de ce (genre|type|profil)|ce profil|like that|such an? "
    r"(person|speaker|one)|(one|any) of (my|our) colleagues|un\w* (de )?(mes|nos) collegues|"
    r"de chez (nous|moi)|(have|has|got) (one|any|such)|y en a(-t-il)? (un|une))\b"
)


def fitting(
    question: str, catalog: Catalog, asked: Plan | None = None, vectors: Any = None
) -> list[str]:
    """The speakers who fit what the asker described ("I hope to hear someone from my school in
    Reims. Does anyone fit?"): those whose card writes the organisation described by more than
    its kind (a university in Strasbourg is not the Université de Lille), else the role, when
    the question names no speaker. `asked`: the question's plan, made here (with `vectors`)
    only when the question asks whether anyone fits."""
    if not re.search(FITS, plain(question)) or asks_for_me(question):
        return []  # "which talk fits me best?" asks for a talk
    if unknown_organisation(question, catalog):
        return []  # "I'm at the University of Strasbourg": nobody's card
    asked = asked or plan(question, index_of(catalog), vectors)
    if asked.links.speakers:
        return []
    said = set(tokens(question))
    by_name = [
        n for n in asked.links.from_affiliation
        if (set(tokens(catalog.speakers[n].affiliation or "")) - _ORG_KINDS) & said
    ]  # fmt: skip
    return by_name or ([] if asked.links.from_affiliation else asked.links.holding_role)


# An organisation named by its kind and a capitalised name: "the University of Strasbourg",
# « l'École de Nantes », "Bordeaux Montaigne university", "a FabLab in Paris".
_ORG_BY_NAME = re.compile(
    r"(?i:\b(?:universit\w*|school|[ée]cole|fab ?lab|lab\w*|institut\w*|coll[eè]ge|facult\w*|"
    r"r[ée]gion|centre|center|bank|banque)[^\w.?!]+(?:(?:of|de|du|des|d|la|le|the|in|à|a)"
    r"[^\w.?!]+)*)([A-ZÀ-Ý][\w-]+)|([A-ZÀ-Ý][\w-]+)[^\w.?!]+(?i:universit\w*|school|fab ?lab|"
    r"lab|institute|college)\b"
)


def unknown_organisation(question: str, catalog: Catalog) -> bool:
    """The question names an organisation whose name the programme never writes."""
    written = index_of(catalog).written_stems
    for found in _ORG_BY_NAME.finditer(question):
        name = found.group(1) or found.group(2)
        if not set(tokens(name)) <= written:
            return True
    return False


# What kind of organisation it is, which many share (not which one it is).
_ORG_KINDS = set(
    tokens(
        "université university universities school école lab laboratoire laboratory institute "
        "institut centre center faculté faculty college collège région region organisation "
        "organization de of la le les the des du"
    )
)


def asks_for_me(question: str) -> bool:
    """Which talk or speaker suits the asker, told through their own situation."""
    folded = frame_text(question)
    return bool(re.search(_FOR_ME, folded) and re.search(_WHICH_ONE, folded))


# "I'm doing research on farmer co-ops, who should I meet?": the asker's field, after a verb of
# working or caring, up to the question's own frame.
_INTEREST = re.compile(
    r"\b(i m|i am|je suis|i work|je travaille|i do|doing|my (thesis|phd|research|work|field)|"
    r"ma these|mes recherches|ma recherche|i study|i research|j etudie|interested|interesse\w*|"
    r"care about|passionate|passionne\w*|specialise\w*|specialized)\b( \w+){0,3}? (on|in|about|"
    r"sur|dans|en|par|by|into|a|au|aux|pour|autour (de|des|du)) (?P<topic>[a-z0-9 ]{3,60}?)"
    r"( (is|are|y|who|which|qui|quel\w*|est|should|dois|do|any|anyone|quelqu|what|which|whom|"
    r"with whom|avec qui|a qui)\b|$)"
)
_MEET = (
    r"\b(meet|talk to|speak to|speak with|chat with|rencontrer|parler (a|avec)|discuter avec|"
    r"contacter|contact)\b"
)


def interest(question: str) -> str | None:
    """The asker's own field when the question says it and asks whom to meet or talk to."""
    folded = frame_text(question)
    found = _INTEREST.search(folded)
    if not found or not re.search(rf"{_MEET}|\b{_PEOPLE_NOUNS}\b|\b(who|qui)\b", folded):
        return None
    topic = re.sub(r"^((les|le|la|l|des|du|de|d|the|a|an) )+", "", found.group("topic").strip())
    return topic or None


# Speaking, as what a count of people counts: « combien à intervenir », "how many speaking".
_SPEAKING = (
    r"(intervenir|interviennent|parler|parlent|presenter|presentent|speaking|speak|"
    r"presenting|talking)"
)


_IN_ALL = set("tout total today tonight aujourd hui ce soir this evening at the session".split())


def counted(question: str) -> str | None:
    """What a count question counts: "talks", "people", a role's word ("ingénieures"), another
    noun ("temps"), or None when it asks no count."""
    found = _COUNTED.search(frame_text(question))
    nouns = [w for w in (found.group(1).split() if found else []) if w not in _COUNT_FILLERS]
    if not nouns:
        return None
    noun = nouns[0]
    if re.fullmatch(TALK_NOUNS, noun):
        return "talks"
    if re.fullmatch(_PEOPLE_NOUNS + r"|people|personnes|gens|femmes|hommes|women|men", noun):
        return "people"
    then = re.split(r"\b(?:et|and|mais|but)\b", " ".join(nouns[1:]))[0]  # up to a next part
    if re.fullmatch(_SPEAKING, noun) and set(then.split()) <= _IN_ALL:
        # « ils sont combien à intervenir (en tout) ? », "how many are speaking?" (not « combien
        # parlent de relocalisation ? »: who speaks of it)
        return "people"
    return noun


def described(question: str, index: EntityIndex, vectors: Any = None) -> list[str]:
    """The one speaker a question points to without naming: by role ("the designer's talk") or,
    with a word for a person, by affiliation (« l'intervenant de l'IRI »); with `vectors`, by a
    role said in other words or another language ("the cooperatives specialist's talk"); else
    nobody."""
    asked = plan(question, index)
    if asked.links.speakers:
        return []
    if vectors is not None and not asked.links.holding_role:
        in_words = _described_in_words(question, index, vectors)
        if not asked.links.from_affiliation:
            return in_words
        # "the textile engineer from Lille": the one of them the affiliation names too
        if both := [n for n in in_words if n in asked.links.from_affiliation]:
            return both
    by_role = asked.links.holding_role
    by_affiliation = asked.links.from_affiliation if asked.asked("people-noun") or by_role else []
    if by_role and by_affiliation:
        both = [name for name in by_role if name in by_affiliation]
        return both if len(both) == 1 else []
    found = by_role or by_affiliation
    return found if len(found) == 1 else []


def _described_in_words(question: str, index: EntityIndex, vectors: Any) -> list[str]:
    """The one speaker a role said in other words or another language describes ("the
    cooperatives specialist's talk", "which university is the textile engineer with?",
    « l'économiste, elle vient d'où ? »): by a described phrase, else the one speaker that some
    definite noun phrase of the question means; else nobody."""
    plain = " ".join(_plain(unquoted(question)))
    if words := _DESCRIPTION.search(plain):
        return index.roles_meaning(words.group(1), vectors, DESCRIBED_COSINE)
    meant = {n for phrase in _definite(plain)
             for n in (index.roles_holding(phrase)
                       or index.roles_meaning(phrase, vectors, DESCRIBED_COSINE))}  # fmt: skip
    return sorted(meant) if len(meant) == 1 else []


# A person described in a few words: "the <words>'s talk", "the <words> speaker".
_DESCRIPTION = re.compile(
    r"\bthe ((?:[a-z]+ ){0,3}[a-z]+?) ?(?:s|speaker|presenter) "
    r"(?:talk|presentation|abstract|session|called|about|title)\b"
)


# The words that name the programme's own things (a talk, its abstract, title, time or place),
# not a term nor a person: "the talk", « c'est quoi le sujet ».
PROGRAMME_WORDS = _FRAME | set(
    tokens("programme program abstract résumé title titre presenter séance horaire salle lieu")
)
# ("in charge of textile engineering" names her by what she is in charge of, as "the textile
# engineer" does)
_DEFINITE = re.compile(  # may overlap
    rf"\b(?:the|le|la|l|{_IN_CHARGE})\s+(?=((?:[a-z]+\s+){{0,4}}[a-z]+))"
)
_PERSON = re.compile(r"speakers?|intervenant\w*|orat\w*|presenters?|panelists?|panelistes?|person")
# Prepositions inside a noun phrase, before its complement: « l'experte en coopératives
# agricoles », « la responsable du programme », "the head of design".
_OF = {"en", "de", "des", "du", "d", "of", "in"}


def _definite(plain: str) -> list[str]:
    """The definite noun phrases of a question (folded, lower-case): « the textile engineer »,
    « l'experte en coops agricoles », cut at the first other function word; none that is only
    a frame word ("the talk")."""
    found = []
    for match in _DEFINITE.finditer(plain):
        kept: list[str] = []
        given = match.group(1).split()
        for n, word in enumerate(given):
            if kept and word in _OF and n + 1 < len(given) and tokens(given[n + 1]):
                kept.append(word)
                continue
            if word in STOP_EN or word in STOP_FR or not tokens(word) or _PERSON.fullmatch(word):
                break  # "the Territoire d'industrie speaker": the words before the person
            kept.append(word)
        while kept and kept[-1] in _OF:
            kept.pop()
        if kept and not set(tokens(" ".join(kept))) <= PROGRAMME_WORDS:
            found.append(" ".join(kept))
    return found


def content_stems(question: str) -> set[str]:
    """The question's stems other than frame words (who / which talk / says …)."""
    return set(tokens(question)) - _FRAME - _SAYS_FRAME


_SAYS_FRAME = set(tokens("dit disent says said lit written écrit affirme states explique explains "
                         "selon laquelle that où il est"))  # fmt: skip


def content_words(question: str, catalog: Catalog) -> set[str]:
    """The question's content stems other than frame words and speakers' names."""
    return set(tokens(question)) - _FRAME - index_of(catalog).name_stems


def title_match(question: str, links: Links, catalog: Catalog) -> list[TalkInfo]:
    """Talks whose title holds the most of the question's content words (ties kept)."""
    content = content_words(question, catalog)
    if not content or not links.title_talks:
        return []
    scores = {t: len(content & set(tokens(catalog.talks[t].title))) for t in links.title_talks}
    best = max(scores.values())
    return [catalog.talks[t] for t in links.title_talks if scores[t] == best]
