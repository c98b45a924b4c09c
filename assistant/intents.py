"""Questions whose answer is a programme field: answered from the records, never generated.

Who gives a talk, when the session (or a talk) takes place, who a speaker is and where they come
from, which talks the session holds, and what a talk is about when its abstract is missing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from assistant import prompts
from assistant.catalog import Catalog, Source, TalkInfo
from assistant.lexicon import ACRONYM, INTERROGATIVES, plain, tokens, unquoted
from assistant.planner import (
    TALK_NOUNS,
    TEACHES_AT,
    WORKED_WITH,
    content_words,
    frame_text,
    index_of,
    plan,
)
from assistant.policy import asks_specifics, asks_view, event_asked, organisations, unarticled
from assistant.translation import are_cognates
from assistant.types import Draft
from ingest import schema
from ingest.text import fold

# "the role of the state", « le rôle des territoires »: an article says a thing, not a person
_A_THING = r" (l|la|le|les|the|a|an|un|une|this|that|ce|cette|ces)\b"
_OF_A_THING = rf"( (of|de|d)(?={_A_THING})| des\b| du\b)"
# Nothing in the question points to a text or a talk (folded): what is asked is of a speaker.
_NOT_IN_A_TEXT = (
    r"^(?!.*\b(abstracts?|resumes?|summary|talks?|interventions?|exposes?|presentations?|chez|"
    r"selon|according|d apres)\b)"
)
# not what someone says or writes of a thing
_NOT_SAID = (
    r"(?!.*\b(dit|disent|says?|said|parl\w*|talks? about|mention\w*|evoqu\w*|pense\w*|"
    r"think\w*|ecri\w*|writes?|present\w*|propose\w*|discuss\w*|offr\w*|offers?|traite\w*|"
    r"aborde\w*|cover\w*)\b)"
)
# a field a speaker works in, asked of them: "in which area?", « de quelle branche ? »
_FIELD = r"(fields?|areas?|disciplines?|domains?|branch|branches?|specialty|domaines?|specialites?)"
# A yes/no question whether someone is a kind of person (a name of up to three words, then a
# noun of up to three), not whether a talk is something: the card says what they are.
_NOT_OF_A_TALK = (
    r"(?!.*\b(talk|presentation|intervention|expose|conference|session|abstract|resume)s?\b)"
)
# a name of up to three words, and one the yes/no frame begins with ("is there …" names nobody)
_NAMED = r"\w+( \w+){0,2}"
_NAMED_EN = rf"(?!there\b|it\b|this\b|that\b){_NAMED}"
# A tag asking to confirm what was just said: « …, non ? », « c'est bien ça ? », "right?"
_TAG_WORDS = (
    r"(non|hein|right|correct|no|yes|true|yeah|c est (bien )?ca|c est bien cela|n est ce pas|"
    r"vrai|pas vrai|(isn t|aren t|don t|doesn t) (he|she|it|that|they)|is (that|it) (right|"
    r"correct)|am i right)"
)
_TAG = rf" {_TAG_WORDS}"
_IS_A = (
    rf"^{_NOT_OF_A_TALK}("
    rf"(is|was) {_NAMED_EN} (a|an) \w+( \w+){{0,2}}|"
    # or is with an organisation: "is Paul Martin from / at / with the Région?"
    rf"(is|was) {_NAMED_EN} (from|at|with|based (at|in)|employed (by|at)|part of|a member of) .+|"
    rf"(does|did) {_NAMED} work (at|for|with|in) .+|"
    rf"{_NAMED} (est|etait) (il|elle) (a|au|aux|de|du|chez|rattache\w*|membre) .+|"
    rf"{_NAMED} (il|elle) (est|etait) (a|au|aux|chez|rattache\w*|membre) .+|"
    rf"{_NAMED} (vient|travaille|bosse)( t)? (il|elle)( aussi| egalement)? "
    r"(de|du|d|des|a|au|aux|chez|pour) .+|"
    rf"est ce qu?e? {_NAMED} (est|etait) (a|au|aux|chez|rattache\w*|membre) .+|"
    # (the organisation alone: not « … de l'IRI pour parler de Chippendale »)
    rf"est ce qu?e? {_NAMED} (vient|travaille|bosse) (de|du|d|des|a|au|aux|chez|pour)"
    r"( \w+){1,5}|"
    rf"est ce qu?e? {_NAMED} (est|etait) (un |une )?\w+( \w+){{0,2}}|"
    rf"{_NAMED} (est|etait) (il|elle) (un |une )?\w+( \w+){{0,2}})$"
)
# The same said as a statement, then checked by a tag: « Jeanne Dupont, elle est du CNRS,
# non ? », "Paul Martin is a geographer, right?" (`checked_by_tag` asks that it names a role or
# an organisation of the programme: « elle est d'accord avec lui, non ? » checks no card)
_TAGGED = (
    rf"^{_NOT_OF_A_TALK}("
    rf"{_NAMED_EN} (is|s|was) (a|an) \w+( \w+){{0,2}}|"
    rf"{_NAMED_EN} (is|s|was) (from|at|with|based (at|in)|employed (by|at)|part of|"
    rf"a member of) .+|{_NAMED_EN} works? (at|for|with|in) .+|"
    rf"{_NAMED}( il| elle)? (est|etait) (a|au|aux|de|du|des|d|chez|rattache\w*|membre) .+|"
    rf"{_NAMED}( il| elle)? (vient|travaille|bosse)( aussi| egalement)? "
    rf"(de|du|d|des|a|au|aux|chez) .+|"
    rf"{_NAMED}( il| elle)? (est|etait) (un |une )?\w+( \w+){{0,2}}){_TAG}$"
)
# An organisation (or job) checked of a speaker in everyday words: « X, c'est bien le CNRS ? »,
# « c'est un gars du CNRS ? », « X fait(-elle) partie de … ? », « X bosse bien à … ? », "is X
# attached to / affiliated with …?", "does X belong to …?", "X belongs to …, right?": a check
# only where the words name an organisation or a job of the programme's cards
# (`checked_colloquially`), not « Maire, c'est bien demain ? »
_CHECKED_COLLOQUIALLY = (
    rf"^{_NOT_OF_A_TALK}("
    rf"{_NAMED} c est (bien|un \w+ (de|du|d|des)|une \w+ (de|du|d|des))\b|"
    rf"{_NAMED}( il| elle)? (fait|faisait)( t)?( il| elle)? partie (de|du|d|des)\b|"
    rf"{_NAMED}( il| elle)? (vient|travaille|bosse) bien (de|du|d|des|a|au|aux|chez|pour)\b|"
    rf"(is|was) {_NAMED_EN} (attached to|affiliated (with|to|w)|working (at|for))\b|"
    rf"(does|did) {_NAMED} belong to\b|{_NAMED_EN} (is|s|was) (attached to|affiliated (with|to))\b|"
    rf"{_NAMED_EN} belongs? to\b)"
)


def _checks_a_card(folded: str) -> bool:
    """The question (folded frame text) checks a job or an organisation of a speaker's card:
    asked (`_IS_A`), said then tagged (`_TAGGED`) or in everyday words (`_CHECKED_COLLOQUIALLY`)."""
    return any(re.search(form, folded) for form in (_IS_A, _TAGGED, _CHECKED_COLLOQUIALLY))


# Each talk paired with its speakers: "match each title to its speaker", "who gives which
# talk?", « associe chaque intervention à son intervenant », « qui présente quoi ? »
PAIRING = (
    r"((match|pair|associe\w*|relie\w*) (up )?(each|every|the|all|chaque|les|tous les)( talk)? "
    r"(talks?|titles?|speakers?|presenters?|interventions?|titres?|intervenant\w*)|"
    r"(which|what) (speaker|presenter)s? (goes|go|is|belongs) (with|to) (which|what) talk|"
    r"who (gives|presents|does) (which|what) talk|qui (presente|fait|donne) (quoi|quelle "
    r"intervention)|each talk (and|with) (its|their) speaker|chaque intervention (et|avec) "
    r"(son|ses|leur|leurs) intervenant)"
    r"(?!s? (about|on|at|sur|a propos|autour|concernant)\b)"
)
# The title of a speaker's talk: "(the) name of X's talk", "X's talk title", « le titre complet
# de son intervention » (not "the name of the talk about …": its subject, not its speaker)
_TALK_TITLE = (
    r"(title|name|titre|nom|intitule)( (exact|complet|entier|precis|full|complete|whole) (of|de|"
    r"du|d)( (the|l|la|le|son|sa|his|her|their|leur|this|cette))? | of (\w+ ){1,3}s )(talk|"
    r"presentation|intervention|expose|conference)\b|\w+ s (talk|presentation) (title|name)\b"
)
# A length of time asked: "how long", « combien de temps », "how many hours"
_DURATION_WORDS = (
    r"(how long|combien de temps|duree|duration|length|longueur|how many (hours|minutes)|"
    r"combien d (heures|minutes))"
)
_DURATION = rf"\b{_DURATION_WORDS}\b"
# The titles of all the talks, not of some: "… of the talks by X", « … de Jeanne Dupont »
_ALL_OF_THEM = r"(?! (by|of|from|in|on|about|given|de|du|des|d|par|dans|sur|pour)\b)"
_PATTERNS = {
    "acronym": r"\b(que (signifie|veut dire)|signification|sens de|what does [a-z]+ (stand|mean)|"
    r"stands? for|meaning of|acronyme|acronym|sigle)\b",
    "session": r"\b(titre de la session|title of the session|session title|theme de la session|"
    r"intitule de la session|name of the session|nom de la session)\b",
    # « la liste des interventions », « liste les intervenants », « donne-moi la liste »; not
    # what a text lists (« les besoins listés dans le résumé », "listen", "the examples listed",
    # "list the actors her abstract names")
    "list": r"\b(quelles (sont les )?(interventions|presentations|conferences)|list(e|er|ez)?"
    r"( (moi|me|us|all|the|every|each|les|des|de|d|la|tous|toutes|of|complete|full|entiere))"
    r"{0,3} (interventions|intervenant\w*|presentations|conferences|talks|exposes|orat\w*|"
    r"speakers|presenters|titres|titles|sessions)\b|la liste$|combien d ?"
    r"(intervenant|orat|interventions|presentations)|how many (talks|speakers|presentations)|"
    r"which talks|what talks|what are the talks|who are the speakers|"
    # « quels sont les intitulés des interventions ? », "what are the titles of the talks?" (not
    # of some of them: "… of the talks by X", « … de Jeanne Dupont », "… in session 2")
    rf"((quels sont )?les (titres|intitules) (des|de toutes les|de chaque) (interventions|"
    rf"presentations|conferences|exposes)|(what are|give me) the (titles|names) of (the |all the |"
    rf"all )?(talks|presentations)){_ALL_OF_THEM}|"
    r"name (the|all the|all) (speakers|talks|presenters)|"
    rf"{PAIRING}|les intervenant)",
    # "who else speaks with X?", « qui d'autre intervient avec elle ? »: the talk's speakers
    "who": r"\b(qui( d autre| encore| aussi)? (presente|intervient|anime|donne|parle|porte)|"
    r"par qui|qui s occupe (de|du|des|d)|(c est|cest) (l|la|le) \w+ de qui|"
    r"who (is|s) (handling|running)|who( else| also)? (presents|gives|is giving|s giving|"
    r"speaks|is speaking|s speaking|talks|will talk|(is|s) doing (the|this|that)|"
    r"is presenting|s presenting|delivers|covers|is covering|s covering|tackles|handles|"
    r"addresses|deals with)|"
    # the part of a talk someone gives: "who handles the part about …?", « c'est qui qui fait
    # le passage sur … ? », "who's the one covering …?"
    r"(who|qui)( is| s| will)?( (the one|celui|celle))?( qui)? (handles?|handling|takes?|taking|"
    r"does|doing|covers?|covering|fait|fera|s occupe (de|du)|gere|prend|assure)( (of|de|du))?"
    r"( (the|la|le|l))? (part|bit|section|segment|passage|partie|volet|morceau|bout)\b|"
    r"(who|qui)( is| s) the one (covering|handling|doing|talking about|on)\b|"
    # the speaker asked by a noun: "which speaker talks about flax?", « quelle intervenante
    # parle du lin ? »
    r"(which|what) (speaker|presenter|person|panelist|one)s? (presents|gives|is giving|speaks|"
    r"is speaking|talks|will talk|covers|is covering|tackles|handles|addresses|deals with)|"
    r"quel(le)?s? (intervenant\w*|orat\w*|conferenci\w*|personnes?) (presente|intervient|parle|"
    r"traite|aborde)|"
    # "who is behind / runs the talk on …" (not "who is behind the relocation?")
    r"(who (is|s) (behind|running)|who runs|qui est derriere)( (the|this|that|l|la|le|cette|"
    r"cet))? (talk|presentation|one|session|intervention|expose|conference|workshop)|"
    # "presented by whom?", "who is «X» given by?" (not "the talk given by X and Y", which
    # names the talk)
    r"(presented|given|delivered) by (whom|who)\b|by whom|"
    r"^who\b.*\b(presented|given|delivered|run) by$|"
    r"avec qui|with whom|co ?present\w*|"
    # the name of whoever gives a talk: "the name of the speaker of the wood talk", « le nom de
    # l'intervenante sur le bois »
    r"(name|nom) (of|de|du|d)( the| l| la| le)? (speaker|presenter|person|intervenant\w*|"
    r"orat\w*|conferenci\w*)|name the (speaker|presenter|person))",
    # start / end / begin ask when only of the programme's things: "the talk starts at?", not
    # "what did Chippendale start?", "what does the talk end up calling for?" nor "its starting
    # point / example"
    "when": r"\b(quand|a quelle heure|quelle heure|horaire|quel jour|quelle date|when|what time|"
    r"which day|what day|schedule|heure de (debut|fin)|(start|end|finish)(ing)? time|"
    r"(session|seance|talk|presentation|intervention|conference|event|evenement|journee|day|it|"
    r"ca|elle|il|programme)s? (start|end|begin|finish|commence|se termine|termine|finit)"
    r"(s|ed|ing|e|ent)?\b(?! (up|with|by|par|avec|sur|points?|examples?|ideas?|cases?|"
    r"premises?)\b)|(start|end|begin|finish)s? at|"
    r"(what|which|quelle) date\b|"
    # the length of what the question points back to: "what is its duration?", « elle dure
    # combien de temps ? »
    r"\b(its|sa|son) (duration|duree|length|longueur)\b|"
    r"how long (is|does|will) it( going to)?( last| take| run| endure)?( for| in all| overall| "
    r"altogether| today)?$|"
    r"(elle|il) dure combien|(dure|durera)[- ]t[- ](elle|il)\b|"
    rf"{_DURATION_WORDS}( \w+){{0,6}} (session|seance|talk|presentation|intervention|"
    r"conference|expose|event|evenement|programme|morning|afternoon|matinee|seminar|seminaire|"
    r"whole thing)s?\b|"
    # « la matinée dure combien de temps ? », "will it last long?" (not "how long does a weaver
    # work each day?")
    r"(session|seance|matinee|seminaire|conference|evenement|it|ca|elle)"
    r"( \w+){0,3} (endure|dure|durera)( t (elle|il))?( \w+)? (combien|long|longtemps)\b|"
    r"(session|seance|it|elle)( \w+){0,2} (endure|dure|durera)\b.*\b(hours?|heures?|minutes?)\b|"
    r"\b(session|seance|morning|afternoon|matinee)( \w+){0,4}( how many (hours|minutes)| "
    r"combien d (heures|minutes))\b|"
    r"dates? (of|de|du|des) .{0,40}\b(session|seance|talk|intervention|presentation|expose|"
    r"conference|event|evenement)s?|(the|la) date$)\b",
    # "is Paul Martin a geographer?", « Sophie Renard est-elle chercheuse ? »: who they are
    "speaker": rf"({_IS_A}|\b(d ou (vient|viennent)|affiliation|institution|organisme|"
    r"etablissement|travaille|qui est|qui sont|who is|who are|"
    # spoken, the name all there is besides: « c'est qui, X ? », « X, qui c'est ? » (not « c'est
    # qui qui parle de … ? », « c'est qui l'ébéniste dont parle X ? »)
    r"^c est qui \w+( \w+){0,2}$|^\w+( \w+){0,2} (c est qui|qui c est)$|"
    r"where (does|do|is|are) .* (work|from)|"
    rf"{TEACHES_AT}|"
    # their role, not the role of a thing (« le rôle de l'État », "the role of the state",
    # « le rôle des territoires »: what a text says of it)
    rf"organi[sz]ation|(quel est|what is) (le|the) (role|metier|poste)(?!{_OF_A_THING})|"
    rf"role (de|of)\b(?!{_A_THING})|s role|"
    r"fonction de|background|expertise|specialite|title of .* talk|s talk called|"
    # their field in the words people use: "X's specialty?", « spécialiste de quoi (au juste) ? »,
    # « elle s'y connaît en quoi ? » (not a thing's in a text: "Chippendale's speciality in
    # Landau's abstract", « les agriculteurs sont spécialistes de quoi chez Dupont ? »)
    rf"{_NOT_IN_A_TEXT}(.* s (specialty|speciality|specialism)\b|.* est specialiste (de|en|d) "
    r"quoi|.* s y conn\w* (en|dans) quoi|.*(area|field|domain)s? of (specialty|speciality|"
    r"expertise))|"
    # their title, a job's or a talk's (the card says both): « le titre de Camille Etévé »,
    # "X's title" (not a text's, nor the session's)
    rf"{_NOT_IN_A_TEXT}.*(\b(titre|title) (de|d|of) \w+( \w+){{0,2}}$|\bs (job )?title$)|"
    # their background in other words: « le parcours de X », « quel diplôme ? », « son cursus »,
    # "X's education" (not what someone says of training: « que dit X sur la formation de … »)
    rf"{_NOT_IN_A_TEXT}{_NOT_SAID}.*(\b(parcours|formation|cursus|etudes|diplomes?)( \w+)? (de|d) "
    r"\w+( \w+)?$|\b(son|sa|ses|leur|leurs|quel\w*|comme) (parcours|formation|cursus|diplomes?)"
    r"\b|\b(ses|leurs) etudes\b|\bs (education|qualifications?|career|degrees?)\b|\bwhat "
    r"(degree|education|qualifications?)( \w+){0,3} (have|has|had|hold|holds|get|got)\b)|"
    # what they are in charge of, asked at the end: their role ("which programme is X in
    # charge of?", « quel programme pilote-t-elle ? », « de quel programme est-elle
    # responsable ? », "which programme does X lead?"; not "does relocation lead to …", « l'État
    # est-il responsable de … »)
    r"(is|are|was) (\w+ ){1,3}in charge of$|(est|sont)( t)? (il|elle|ils|elles) responsables?$|"
    r"(pilot|dirig|coordonn)(e|ent)[- ]t[- ](il|elle|ils|elles)\b|"
    r"^(which|what)\b.* (does|do|did) \w+( \w+)? (lead|run|head|manage|coordinate|direct)$|"
    # the field a speaker is presented in: "presented as an expert in which area?", « une
    # ingénieure de quelle branche ? », « un doctorat dans quelle discipline ? »
    # (asked of them alone: "in which field does X say …" asks the texts)
    r"(presented|introduced|billed|listed) as|(expert|specialist|speciali[sz]ed|"
    r"specialise\w*|docteur|docteure|doctorat|phd|doctorate) (in|en|dans) (what|which|quel\w*|"
    rf"quoi)|(doctorate|phd|degree|doctorat|diplome)( (is|est))? (in|en)( about| a propos de)?$|"
    rf"(in|en|dans|de|d) (what|which|quel\w*) {_FIELD}$|^(what|which) {_FIELD}( \w+){{0,4}}$|"
    rf"^(quel\w*|dans quel\w*|de quel\w*|en quel\w*) {_FIELD}( \w+){{0,5}}$|"
    r"(titre|intitule|nom) (de|du) (son|sa|l|la|le)|s intitule|comment s appelle|"
    r"(talk|presentation) (is )?called|"
    # a talk's title asked by a speaker's name, or with a word of precision: "the name of
    # Jeanne Dupont's talk", "Marc Olivier's talk title", « l'intitulé complet de son exposé »
    rf"{_TALK_TITLE}))",
    "about": r"\b(de quoi|sujet|theme|resume|porte sur|parle|about|abstract|summary|summar|"
    r"que dit|quoi|content|contenu|discuss|cover|que present\w*|present\w* quoi|"
    r"what (does|do|will|did) .* present)",
}

# A time of the programme proposed and checked (folded frame text): "Marc Olivier speaks at 3pm,
# right?", « elle intervient le matin, non ? », "is the session on 12 March?"; a clock time, a
# date or a part of the day, after a verb of speaking or taking place, in a yes/no question or
# before a tag (not "in the 20th century, right?": a time in a text).
_CLOCK = r"\d{1,2} ?(h|heures?|am|pm|o ?clock)( ?\d{2})?\b|\d{1,2} \d{2}( ?(am|pm))?\b"
_DAY = (
    r"\d{1,2}(st|nd|rd|th|er)? (of )?(janvier|fevrier|mars|avril|mai|juin|juillet|aout|"
    r"septembre|octobre|novembre|decembre|january|february|march|april|may|june|july|august|"
    r"september|october|november|december)\b|(january|february|march|april|may|june|july|"
    r"august|september|october|november|december) \d{1,2}(st|nd|rd|th)?\b"
)
_PART_OF_DAY = (
    r"(le|la|en|in the|this|dans l|l) ?(matin|matinee|apres midi|soir|soiree|morning|afternoon|"
    r"evening)\b"
)
_ON_AT = (
    r"\b(passe|passent|intervien\w*|parle|parlent|present\w*|speak\w*|talk\w*|is on|are on|on|"
    r"est|sont|is|are|commence\w*|start\w*|begin\w*|a lieu|ont lieu|takes? place|happen\w*|"
    r"scheduled|prevue?s?|programmee?s?)( \w+){0,2}? (a|at|vers|around|le|on|the|en|in|dans|"
    r"pour|for)? ?"
)
_CHECKED = (
    rf"( {_TAG_WORDS}$|^(is|are|was|does|do|will|est ce qu\w*|il|elle)\b|"
    r"\b\w+ t (il|elle|ils|elles)\b)"
)
# A question word: the question asks for something, it does not only check ("c'est le 18
# décembre de quelle année ?")
_ASKING_WORD = (
    r"\b(quel\w*|lequel|laquelle|what|which|quand|when|combien|how|comment|where|qui|who|"
    r"pourquoi|why|quoi)\b"
)


def asks_to_confirm(question: str) -> bool:
    """A yes/no question, or a statement with a tag, about the schedule alone: "is X the first
    speaker?", « X ouvre la séance, non ? »; not one that asks with a question word, nor one
    about anything else ("Filippi says RTE is the first step, right?", "is the bar open at
    7pm?"): every word but the names is the schedule's or the frame's."""
    folded = frame_text(question)
    if not re.search(_CHECKED, folded) or re.search(_ASKING_WORD, folded):
        return False
    named = {fold(w) for w in re.findall(r"\b[A-ZÀ-Ý][A-Za-zÀ-ÿ]*", question)}
    return all(
        w in _SCHEDULE_WORDS or w in named or re.fullmatch(_A_TIME_WORD, w) for w in folded.split()
    )


def time_checked(question: str) -> bool:
    """A clock time, date or part of the day proposed for a talk or the session and checked."""
    folded = frame_text(question)
    proposed = re.search(rf"{_ON_AT}({_CLOCK}|{_DAY}|{_PART_OF_DAY})", folded)
    return bool(proposed and asks_to_confirm(question))


# A number, a clock time or a day of the month as one word: "17", "10h", "16h30", "5pm", "18th"
_A_TIME_WORD = r"\d{1,2}(h\d{0,2}|am|pm|st|nd|rd|th|er|e)?|\d{4}"
# The words of a question that checks the schedule alone (folded): its frame and tags, the
# programme's things, speaking and taking place, times, dates, places in the order.
_SCHEDULE_WORDS = set(
    """non hein right correct no yes true yeah c est bien ca cela n ce pas vrai isn aren don
    doesn t he she it that they is are was does do will did il elle ils elles et and or ou the
    le la les l de du des d a an un une at on in vers around for pour dans en to s her his
    their son sa ses leur this session seance talk talks intervention interventions expose
    exposes presentation presentations conference conferences speaker speakers intervenant
    intervenante intervenants intervenantes orateur oratrice passe passent intervient
    interviennent parle parlent present presents presenting presente presentent speak speaks
    speaking start starts starting begin begins commence commencent lieu place takes take
    scheduled prevu prevue prevus prevues programme programmed programmee day jour date time
    heure heures h am pm o clock exactly exactement pile first premier premiere last dernier
    derniere final second deuxieme third troisieme fourth quatrieme fifth cinquieme ouvre
    opens clot cloture closes close conclut concludes termine ends matin matinee apres
    midi soir soiree morning afternoon evening th st nd rd er of janvier fevrier mars avril mai
    juin juillet aout septembre octobre novembre decembre january february march april may june
    july august september october november december one""".split()
)


def _duration_of_talks(question: str, talk: TalkInfo | None) -> bool:
    """ "How long is each talk / Landau's talk?" (not "how long is the session?", nor "how long
    is the session where Jeanne Dupont speaks?")."""
    folded = frame_text(question)
    talks = re.search(rf"\b{TALK_NOUNS}\b", folded.replace("session", ""))
    session = re.search(r"\b(session|seance)s?\b", folded)
    return bool(re.search(_DURATION, folded)) and bool(talks or (talk and not session))


MONTHS_EN = {
    "janvier": "January", "fevrier": "February", "mars": "March", "avril": "April", "mai": "May",
    "juin": "June", "juillet": "July", "aout": "August", "septembre": "September",
    "octobre": "October", "novembre": "November", "decembre": "December",
}  # fmt: skip


@dataclass
class Focus:
    """What the question is about, as far as names tell."""

    talks: list[str]
    speakers: list[str]


# What an acronym the question writes (in capitals) stands for, in other words: « CNRS, c'est
# l'abréviation de quoi ? », « ça désigne quoi ? », "what is X short for?"
_ACRONYM_ASKED = (
    r"\b(abreviation|abbreviat\w*|short for|(signifie|veut dire|designe|designent) quoi|"
    r"en toutes lettres|spelled out|spell (it |them )?out|written out|full form|"
    # the organisation's whole name, asked of its initials: "the complete name of that body",
    # « le nom complet de cet organisme » (not a person's full name)
    r"(full|complete|whole|entire|official|long) (name|form)s? of (the |that |this |its |their )?"
    r"(organi[sz]ation|body|institution|institute|entity|acronym|abbreviation|initials|agency)|"
    r"nom (complet|entier|officiel|developpe) (de |du |d )?(l |cet |cette |ce |son |sa )?"
    r"(organisme|organisation|institution|institut|structure|sigle|acronyme|entite)|"
    r"forme (longue|developpee|complete))\b"
)
# …or of the acronym itself, as written: "the full name of CNRS", "IRI's complete name"
# (the acronym ends the phrase: "the full name of the CNRS researcher" asks a person's)
_ACRONYM_NAME = (
    r"\b((full|complete|whole|entire|official) name of (the )?|nom (complet|entier|officiel) "
    r"(de |du |d['’])?(l['’])?)[A-Z][A-Z0-9]{1,9}(?=\s*([?!.,;:)]|$|please\b|svp\b|s['’]il\b))|"
    r"\b[A-Z][A-Z0-9]{1,9}['’]s (full|complete|whole|entire|official) name\b"
)


def intent(question: str) -> str | None:
    folded = frame_text(question)
    for name, pattern in _PATTERNS.items():
        if name in {"speaker", "who"} and re.search(WORKED_WITH, folded):
            continue  # "who has X worked with?" asks for partners: not who X is, nor co-speakers
        if re.search(pattern, folded) or (name == "when" and time_checked(question)):
            return name
        if (
            name == "acronym"
            and (re.search(_ACRONYM_ASKED, folded) or re.search(_ACRONYM_NAME, question))
            and re.search(ACRONYM, unquoted(question))
        ):
            return name
        if name == "list" and re.search(_LIST_BARE, folded) and not re.search(_A_TEXT, folded):
            return name
    return None


# "List the names of the speakers", "list all talk titles"; not what a named text lists ("from
# her abstract, list the actors …").
_LIST_BARE = r"\blist (the|all)\b"
_A_TEXT = r"\b(abstracts?|resumes?|summary|summaries|blurb|description|bio|texte?)\b"


def record_answer(question: str, focus: Focus, catalog: Catalog, lang: str) -> Draft | None:
    """A draft answer from the records, or None when the question needs the texts."""
    kind = intent(question)
    talk = focus_talk(focus, catalog)
    if kind == "acronym":
        return acronym_expanded(question, catalog, lang)
    if kind == "session":
        return when(None, catalog, lang)
    if kind == "list":
        return _list(catalog, lang, focus)
    if kind == "who" and talk:
        return who(talk, catalog, lang)
    if kind == "when" and (talk or len(catalog.sessions) == 1 or focus.speakers):
        if len(catalog.sessions) == 1 and not focus.speakers and _session_by_subject(question):
            talk = None  # « la session sur la fabrication partagée »: the session, whatever talk
        return talk_time(question, talk, focus, catalog, lang)
    framed = frame_text(question)
    checked = re.search(_DEGREE_CHECKED, framed) or re.search(_DOCTOR_CHECKED, framed)
    if len(focus.speakers) == 1 and (checked or re.search(_DEGREE_ASKED, framed)):
        field = _as_written(checked.group("field"), question) if checked else None
        return _degree(focus.speakers[0], catalog, lang, checked=bool(checked), field=field)
    if focus.speakers and (
        kind == "speaker"
        or (kind is None and (checked_by_tag(question, catalog)
                              or spoken_check(question, focus, catalog)
                              or checked_colloquially(question, catalog)))
    ):  # fmt: skip
        return checked_cards(question, focus, catalog, lang)
    if kind == "about" and talk and talk.abstract_missing:
        # what it is about: its title, said with its missing abstract; a view beyond its title,
        # or its results and partners, are the texts' to answer or refuse
        beyond = view_beyond(question, talk, catalog, focus.speakers)
        beyond = beyond or asks_specifics(question, talk.title)
        return None if beyond else missing_abstract(talk, catalog, lang)
    return None


def talk_time(
    question: str,
    talk: TalkInfo | None,
    focus: Focus,
    catalog: Catalog,
    lang: str,
    session: Source | None = None,
) -> Draft | None:
    """When the talk (or the session: `session`, else the talk's or the only one) is on, or
    how long it lasts, when that is what a "when" question asks: not a time in a text, nor when
    something happened."""
    if (
        intent(question) != "when"
        or index_of(catalog).text_asked(question)
        or when_in_text(question, focus, catalog)
        or event_asked(question)  # « quand est née la filière ? »: a text's date
    ):
        return None
    length = bool(re.search(_LENGTH, frame_text(question)))
    return when(talk, catalog, lang, _duration_of_talks(question, talk), session, length)


# The length asked ("how long does it last?", « ça dure combien d'heures ? »)
_LENGTH = rf"{_DURATION}|\b(endure|dure|durera)\b"


# The session picked out by its subject: "the session on …", « la séance consacrée à … », « la
# session où on parle de … » (folded frame text), with no talk named beside it.
_SESSION_ON = (
    r"\b(session|seance)s? (sur|on|about|consacree\w* (a|au|aux)|autour (de|du|des|d)|"
    r"(ou|where|qui|that|which) (on )?(parle\w*|trait\w*|deal\w*|talk\w*|discuss\w*))\b"
)


def _session_by_subject(question: str) -> bool:
    folded = frame_text(question)
    return bool(re.search(_SESSION_ON, folded)) and not re.search(
        r"\b(talks?|interventions?|exposes?|presentations?|conferences?)\b", folded
    )


def checked_colloquially(question: str, catalog: Catalog) -> bool:
    """A speaker's organisation or job checked in everyday words (`_CHECKED_COLLOQUIALLY`),
    where an organisation or a job of the programme's cards is named."""
    if not re.search(_CHECKED_COLLOQUIALLY, frame_text(question)):
        return False
    links = plan(question, index_of(catalog)).links
    return bool(links.holding_role or links.from_affiliation)


def checked_by_tag(question: str, catalog: Catalog) -> bool:
    """A speaker's organisation or job said, then checked by a tag (« Paul Martin il bosse à la
    Région Bretagne, non ? », "Jeanne Dupont is a designer, right?"): a role or an organisation
    of the programme's cards is named."""
    if not re.search(_TAGGED, frame_text(question)):
        return False
    links = plan(question, index_of(catalog)).links
    return bool(links.holding_role or links.from_affiliation)


# A speaker's job or place checked as one speaks, their name first: « Marc Olivier il est
# ingénieur ? », « Camille Etévé c'est une élue ? », « Marc Olivier il sort d'où ? », « Jeanne
# Dupont elle bosse où ? », « Paul Martin enseigne où ? » (folded frame text; the name and the
# job are checked by `spoken_check`)
# the speaker named first, by at most three words, and what may end the check
_SPOKEN_WHO = r"^(?P<who>\w+( \w+){0,2}?)"
_AS_WELL = r"( aussi| egalement| bien)?"
_SPOKEN_JOB = (
    rf"{_SPOKEN_WHO} ((il|elle) (est|etait)|c est|cest|c etait) (un |une )?"
    r"(?P<job>\w+)\b"
)
# … said and asked by the voice alone, the job the whole rest: « Dupont est ingénieure ? »,
# « Marc Olivier est designer aussi ? » (not « … est ingénieure chez Renault ? », « … est la
# meilleure ingénieure ? »: more than the job is asked)
_SAID_JOB = rf"{_SPOKEN_WHO} (est|etait) (un |une )?(?P<said>\w+( \w+)?){_AS_WELL}$"
# … or their organisation, the whole rest the beginning of a card's organisation (`_of_a_card`):
# « Marc Olivier est au FabLab de Rennes ? », « Renard travaille à la Région ? », « Landau est à
# l'IRI ? » (not « … est à Rennes demain ? », « … est d'accord avec le CNRS ? », « … vient de
# Bretagne ? »: a place, a time or another relation)
_SPOKEN_FROM = (
    rf"{_SPOKEN_WHO}( (il|elle))? (est|etait|vient|travaille|bosse)( t (il|elle))?{_AS_WELL} "
    rf"(a|au|aux|de|du|des|d|chez|pour) (?P<org>\w+( \w+)*?){_AS_WELL}$"
)
_SPOKEN_PLACE = (
    rf"{_SPOKEN_WHO}( (il|elle))? (vient|viennent|sort|sortent|bosse|bossent|"
    r"travaille|travaillent|enseigne|enseignent)( t (il|elle))? (d ou|ou|chez qui|dans quel\w*)\b"
)
# The jobs people ask of a speaker, besides those on the programme's cards (« élue », « prof »,
# « ingé »): not what they think or how they are (« elle est optimiste ? », « il est mort ? »).
_JOBS = set(
    tokens(
        "ingénieur ingénieure ingé ingénieurs prof profs professeur professeure enseignant "
        "enseignante chercheur chercheuse docteur docteure doctorant doctorante économiste "
        "designer designeuse architecte urbaniste sociologue géographe historien historienne "
        "philosophe juriste avocat avocate journaliste consultant consultante entrepreneur "
        "entrepreneuse artisan artisane élu élue députée député fonctionnaire étudiant "
        "étudiante salarié salariée directeur directrice responsable cheffe chef agriculteur "
        "agricultrice ébéniste menuisier menuisière industriel industrielle banquier banquière"
    )
)


def spoken_check(question: str, focus: Focus, catalog: Catalog) -> bool:
    """A named speaker's job, organisation or place checked as one speaks (`_SPOKEN_JOB`,
    `_SAID_JOB`, `_SPOKEN_FROM`, `_SPOKEN_PLACE`): the words before « il / elle / c'est / est »
    are their name, a job asked is one (on a card of the programme, or `_JOBS`), an organisation
    a card's; « Landau, Chippendale c'est un ébéniste ? » asks his text."""
    folded = frame_text(question)
    found = _spoken(folded)
    if not found or not _their_name(found["who"], focus.speakers):
        return False
    asked = found.groupdict()
    if asked.get("org") is not None:
        return _of_a_card(asked["org"], catalog)
    if asked.get("said") is not None:
        return set(tokens(asked["said"])) <= _JOBS | _role_stems(catalog)
    if asked.get("job") is None:
        return True
    links = plan(question, index_of(catalog)).links
    return bool(set(tokens(asked["job"])) & _JOBS) or bool(links.holding_role)


def _spoken(folded: str) -> re.Match[str] | None:
    """A speaker's place, organisation or job asked or checked as one speaks."""
    return (
        re.match(_SPOKEN_PLACE, folded)
        or re.match(_SPOKEN_FROM, folded)
        or re.match(_SPOKEN_JOB, folded)
        or re.match(_SAID_JOB, folded)
    )


def _of_a_card(words: str, catalog: Catalog) -> bool:
    """The words (folded) are a card's organisation, or its name's beginning (« la Région » of
    « Région Bretagne », « l'ESAD » of « ESAD de Reims »), not a town or region alone."""
    said = unarticled(words)
    names = organisations([i.affiliation for i in catalog.speakers.values() if i.affiliation])
    return any(name == said or name.startswith(f"{said} ") for name in names)


def _role_stems(catalog: Catalog) -> set[str]:
    return {t for info in catalog.speakers.values() for t in tokens(info.role or "")}


# Degree words a question and a card both use
_DEGREE_WORDS = r"phd|ph d|doctorat|diplome"
_DEGREE = rf"((a |an |une |un )?(doctorate|doctoral degree|degree|{_DEGREE_WORDS})|une these)"
# the field asked after the degree ("in geography"), not a time or a state (« en cours », « en
# poche », "in progress", "in 2010")
_IN_FIELD = (
    r"( (en poche|in hand)| (in|en) (?!(cours|poche|progress|hand)\b|\d)"
    r"(?P<field>\w+( \w+){0,2}))?"
)
# Whether a speaker holds a degree, asked of them alone ("does X have a PhD?", « X a-t-elle
# soutenu une thèse ? », « il a fait un doctorat ? »), at most with its field asked after ("and
# if so in what?"): not where, when or on what it was earned, which no card says.
_DEGREE_CHECKED = (
    rf"^((does|did|has) {_NAMED} (have|hold|earn|get|got|possess|complete|do)( got)?|"
    rf"(est ce qu?e? )?{_NAMED}( il| elle)? (a|avait)( t (il|elle))?( deja| bien)?"
    rf"( fait| soutenu| obtenu| passe| decroche)?) {_DEGREE}( degree)?"
    rf"{_IN_FIELD}"
    r"( (and )?if so( in what| in which field)?| et si oui( en quoi| dans quel domaine)?| or not"
    r"| ou pas)?$"
)
# A doctor checked of a speaker: a degree, which a card names or not (« Maire est docteure ? »,
# "is Landau a doctor?": not a no where a card gives another job)
_DOCTOR_CHECKED = (
    rf"^({_NAMED}( il| elle)? (est|etait)( t (il|elle))?( bien)?( un| une)?|(is|was) {_NAMED} a) "
    rf"(docteure?|doctor){_IN_FIELD}$"
)
# Which degree ("what degree did X earn?", « X, il a quel diplôme ? »): not where, when or on
# what
_DEGREE_ASKED = (
    r"^(?!.*\b(where|ou|when|quand|universit\w*|ecoles?|schools?|about|sur|sujet|subject)\b).*"
    r"(?<!\bto )\b(what|which|quel\w*) (kind of |sorte de |type de )?(degrees?|diplomes?|doctorate|"
    r"doctorat|qualifications?)\b(?! (of|de|d|programs?|programmes?|courses?)\b)"
)
# Who holds a degree, asked of all the speakers: "which speakers have a PhD?", "who here holds
# a doctorate in geography?", « qui a un doctorat ? », « quels intervenants ont une thèse ? »
_DEGREE_WHO = (
    r"^(?!.*\b(abstracts?|resumes?|texts?|textes?|talks?|bios?|descriptions?|titles?)\b)"
    r"((which|what)( of( the| them)?)? (speakers?|presenters?|panel+ists?|people|persons?|ones?|"
    r"them)( \w+){0,2} "
    r"(has|have|hold|holds|earned)( got)?|who( \w+){0,3} (has|have|holds?|earned)( got)?|"
    r"(qui|quel\w* (intervenant\w*|orat\w*|personnes?|conferenci\w*))( \w+){0,3} (a|ont|"
    rf"possede\w*|detient|detiennent)( fait| soutenu| obtenu)?) {_DEGREE}( degree)?{_IN_FIELD}"
    r"( (among|of|parmi|d entre) (them|us|the (speakers|presenters|panel\w*)|eux|elles|"
    r"les (intervenant\w*|orat\w*)))?$"
)
# What a card calls a degree
_DEGREE_HELD = (
    rf"\b(docteur\w*|doctor\w*|{_DEGREE_WORDS}|diplome\w*|master|licencie\w*|agrege\w*)\b"
)


def _degree(
    name: str, catalog: Catalog, lang: str, checked: bool, field: str | None = None
) -> Draft:
    """The speaker's card when it names a degree (« docteure en sciences économiques »), led by
    yes when one was `checked` (in the `field` asked, when the card writes it); else that the
    programme does not say, with the card (refused)."""
    cards = speaker_cards([name], catalog, lang)
    card = _card(name, catalog)
    if re.search(_DEGREE_HELD, fold(card)):
        in_field = field is None or _in_field(field, card)
        lead = f"{prompts.ROLE_CHECKED_YES[lang]} " if checked and in_field else ""
        return replace(cards, text=f"{lead}{cards.text}")
    text = f"{prompts.DEGREE_UNSAID[lang].format(name=name)} {cards.text}"
    return replace(cards, text=text, refused=True)


def _as_written(folded: str | None, question: str) -> str | None:
    """The folded words as the question writes them (« économie », not « economie »)."""
    if folded is None:
        return None
    written = {fold(w).lower(): w for w in re.findall(r"[\w’'-]+", question)}
    return " ".join(written.get(w, w) for w in folded.split())


def degree_holders(question: str, catalog: Catalog, lang: str) -> Draft | None:
    """ "Which speakers have a PhD?", « qui a un doctorat en géographie ? »: asked of every
    speaker (none named: a field may link a speaker or a talk by its words, "who has a PhD in
    design?" asks of all), the cards that name a degree; else None."""
    holder = re.search(_DEGREE_WHO, frame_text(question))
    if not holder or index_of(catalog).named(question):
        return None
    return _degree_holders(catalog, lang, _as_written(holder.group("field"), question))


def _degree_holders(catalog: Catalog, lang: str, field: str | None) -> Draft:
    """The cards that name a degree (in the `field` asked, when one is), and that the programme
    gives none for the others; refused when no card does."""
    holders = [n for n in catalog.speakers if re.search(_DEGREE_HELD, fold(_card(n, catalog)))]
    if not holders:
        return Draft(prompts.NO_DEGREE_GIVEN[lang], [], "record", refused=True)
    in_field = [n for n in holders if field is None or _in_field(field, _card(n, catalog))]
    if not in_field:
        # none in the field asked: the degrees the programme gives, and that it gives none there
        cards = speaker_cards(holders, catalog, lang)
        unsaid = prompts.DEGREE_IN_FIELD_UNSAID[lang].format(field=field)
        return replace(cards, text=f"{unsaid} {cards.text}", refused=True)
    cards = speaker_cards(in_field, catalog, lang)
    if len(in_field) == len(catalog.speakers):
        return cards
    return replace(cards, text=f"{cards.text} {prompts.DEGREES_OF_OTHERS_UNSAID[lang]}")


def _card(name: str, catalog: Catalog) -> str:
    info = catalog.speakers[name]
    return f"{info.role or ''} {info.affiliation or ''}"


def _in_field(field: str, card: str) -> bool:
    written = plain(card).split()
    return any(are_cognates(a, b) for a in plain(field).split() for b in written)


def checked_cards(question: str, focus: Focus, catalog: Catalog, lang: str) -> Draft:
    """The named speakers' cards, and those of whoever holds the job or organisation the
    question checks of them, led by yes or no when one speaker is checked."""
    cards = speaker_cards(focus.speakers + _also_checked(question, focus, catalog), catalog, lang)
    verdict = _role_verdict(question, focus, catalog)
    if verdict is None:
        return cards
    lead = (prompts.ROLE_CHECKED_YES if verdict else prompts.ROLE_CHECKED_NO)[lang]
    return replace(cards, text=f"{lead} {cards.text}")


def _role_verdict(question: str, focus: Focus, catalog: Catalog) -> bool | None:
    """Whether the one speaker named holds the job checked ("is X a designer?", « X, elle est
    économiste, non ? », « X il est ingénieur ? ») or is with the organisation checked ("does X
    work at INRAE?", « est-ce que X travaille pour la Région ? »), by the programme's cards:
    True when their card holds it, False when only others' do; None when nothing is checked,
    or no card holds it (the programme may call them otherwise), or both are checked."""
    folded = frame_text(question)
    spoken = spoken_check(question, focus, catalog)
    if (
        not focus.speakers
        or not (_checks_a_card(folded) or spoken)
        or re.search(_OPEN_QUESTION, folded)  # « une designer de quelle école ? » asks which
        or re.search(_NOT_A_CHECK, folded)
    ):
        return None
    links = plan(question, index_of(catalog)).links
    # the one named ("is X from the CNRS?" also finds the CNRS's own speaker)
    checked = [n for n in focus.speakers if n in links.speakers] or focus.speakers
    if len(checked) != 1 or bool(links.holding_role) == bool(links.from_affiliation):
        return None
    if links.holding_role and not catalog.speakers[checked[0]].role:
        return None  # a job checked of a speaker whose card gives none: not a no
    return checked[0] in (links.holding_role or links.from_affiliation)


# Not one thing checked: "from INRAE or from IRI?", "is X not from …?", "does X work with …?"
# (a partner, not an employer)
_NOT_A_CHECK = r"\b(or|ou|not|(?<!ce )pas|n t|isn t|work\w* with|travaill\w* avec|bosse\w* avec)\b"
_OPEN_QUESTION = (
    rf"\b(quel\w*|{'|'.join(sorted(INTERROGATIVES))}|where|comment|how|combien|pourquoi|why)\b"
)


def _their_name(words: str, speakers: list[str]) -> bool:
    """The words are a speaker's name: whole, or their first or last name alone."""
    for name in speakers:
        parts = fold(name).replace("-", " ").split()
        if words in {" ".join(parts), parts[0], parts[-1]}:
            return True
    return False


def _also_checked(question: str, focus: Focus, catalog: Catalog) -> list[str]:
    """ "Is Jeanne Dupont a designer?", « Paul Martin, il est à la Région, non ? »: the others
    whose card holds the role or organisation checked, so a wrong guess is put right."""
    folded = frame_text(question)
    if not _checks_a_card(folded):
        return []
    links = plan(question, index_of(catalog)).links
    return [n for n in links.holding_role + links.from_affiliation if n not in focus.speakers]


# "When did the northern mills close?": a past event, and neither a talk, a session nor a
# speaker in the question: what a text says happened, not when something is on. "When do
# territories matter, according to the abstract?": a time the question looks for in a text.
_PAST_WHEN = r"\bwhen (did|was|were)\b"
_PROGRAMME_THINGS = (
    rf"\b({TALK_NOUNS}|seances?|speak\w*|intervenant\w*|events?|evenements?|programme|"
    r"seminars?|seminaires?|workshops?|ateliers?|journees?|days?|panels?|keynotes?)\b"
)
_IN_TEXT = (
    r"\b(according to|selon|d apres|in|dans)( \w+){0,3}? (abstract|resume|summary|blurb|"
    r"description)s?\b"
)


def when_in_text(question: str, focus: Focus, catalog: Catalog) -> bool:
    """Whether a "when" question asks what a text says (a time found in an abstract), not
    when a talk or the session is on."""
    # on the words as written: frame_text drops « d'après »
    if re.search(_IN_TEXT, plain(question)):
        return True
    folded = frame_text(question)
    return (
        bool(re.search(_PAST_WHEN, folded))
        and not re.search(_PROGRAMME_THINGS, folded)
        # the speakers named or described; a talk by the question's words (focus.talks may be
        # retrieval's guess)
        and not (focus.speakers or catalog.find_talks(question))
    )


def view_beyond(
    question: str, talk: TalkInfo, catalog: Catalog, speakers: list[str] | None = None
) -> bool:
    """A view asked on a topic the title-only talk's title does not name ("what does X think of
    self-driving cars?"), or the view of a named speaker who does not give it (« Dupont voit-elle
    les aides régionales comme … ? »): not the title's to answer (the texts' path answers or
    refuses it)."""
    if not asks_view(question):
        return False
    others = any(name not in talk.speakers for name in speakers or [])
    return others or not content_words(question, catalog) & set(tokens(talk.title))


def focus_talk(focus: Focus, catalog: Catalog) -> TalkInfo | None:
    if focus.talks:
        return catalog.talks[focus.talks[0]]
    for name in focus.speakers:
        speaker = catalog.speakers.get(name)
        if speaker and len(speaker.talk_ids) == 1 and speaker.talk_ids[0] in catalog.talks:
            return catalog.talks[speaker.talk_ids[0]]
    return None


def people(names: list[str], catalog: Catalog, lang: str) -> str:
    described = []
    for name in names:
        info = catalog.speakers.get(name)
        parts = [name]
        if info and info.role:
            parts.append(f", {info.role}")
        if info and info.affiliation:
            parts.append(f" ({info.affiliation})")
        described.append("".join(parts))
    return prompts.AND[lang].join(described)


def who(talk: TalkInfo, catalog: Catalog, lang: str) -> Draft:
    source = catalog.sources[schema.talk_id(talk.id)]
    text = prompts.WHO[lang].format(
        title=talk.title, people=people(talk.speakers, catalog, lang), cite="[1]"
    )
    return Draft(text, [source], "record")


def _session_of(talk: TalkInfo | None, catalog: Catalog) -> Source:
    if talk and talk.session_id in catalog.sessions:
        return catalog.sessions[talk.session_id]
    return next(iter(catalog.sessions.values()))


def english_date(date: str) -> str:
    words = french_date(date).split()
    return " ".join(MONTHS_EN.get(fold(w), w) for w in words)


def french_date(date: str) -> str:
    """'2014-12-29' → '29 décembre 2014'; any other wording is kept as the programme has it."""
    match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", date.strip())
    if not match or not 1 <= int(match.group(2)) <= 12:
        return date
    month = list(MONTHS_EN)[int(match.group(2)) - 1].replace("fevrier", "février")
    month = {"decembre": "décembre", "aout": "août"}.get(month, month)
    return f"{int(match.group(3))} {month} {match.group(1)}"


def asks_when(question: str) -> bool:
    """A programme time is asked ("when …?", « c'est quand ? »), whatever else is."""
    return bool(re.search(_PATTERNS["when"], frame_text(question)))


def when(
    talk: TalkInfo | None,
    catalog: Catalog,
    lang: str,
    asks_duration: bool = False,
    session: Source | None = None,
    length: bool = False,
) -> Draft:
    """The talk's own time when the records have it, else its session's (`session`, when the
    question names one); only what is known. `asks_duration`: "how long is each talk?" is not
    answered by the session's slot; `length`: the session's length is said with its slot."""
    session = session or _session_of(talk, catalog)
    meta = session.metadata
    if talk:
        own = catalog.sources[schema.talk_id(talk.id)]
        if own.metadata.get("talk_start"):
            day, begins = split_datetime(str(own.metadata["talk_start"]))
            _, ends = split_datetime(str(own.metadata.get("talk_end") or ""))
            when = _when_words(day or meta.get("date"), begins, ends, lang)
            text = prompts.WHEN_TALK_OWN[lang].format(title=talk.title, when=when, cite="[1]")
            return Draft(text, [own], "record")
    date, start, end = meta.get("date"), meta.get("start"), meta.get("end")
    if asks_duration and date and start and end:  # the talks have no times of their own
        values = {"session": meta.get("session", ""), "start": start, "end": end, "cite": "[1]",
                  "date": english_date(str(date)) if lang == "en" else date}  # fmt: skip
        return Draft(prompts.DURATION_UNKNOWN[lang].format(**values), [session], "record",
                     refused=True)  # fmt: skip
    if not (date or start):
        subject = talk.title if talk else meta.get("session", "")
        text = prompts.WHEN_UNKNOWN[lang].format(subject=subject, cite="[1]")
        return Draft(text, [session], "record", refused=True)
    if not (date and start and end):
        when = _when_words(date, start, end, lang)
        title = talk.title if talk else meta.get("session", "")
        text = prompts.WHEN_TALK_OWN[lang].format(title=title, when=when, cite="[1]")
        return Draft(text, [session], "record", hedged=talk is not None)
    values = {"session": meta.get("session", ""), "start": start, "end": end, "cite": "[1]",
              "date": english_date(str(date)) if lang == "en" else date}  # fmt: skip
    if talk:
        text = prompts.WHEN_TALK[lang].format(title=talk.title, **values)
        return Draft(text, [session], "record", hedged=True)
    text = prompts.WHEN_SESSION[lang].format(**values)
    if length and (minutes := _minutes(str(start), str(end))):
        text = text[:-1] + prompts.SESSION_LENGTH[lang].format(length=_length_words(minutes, lang))
    return Draft(text, [session], "record")


def _minutes(start: str, end: str) -> int | None:
    """The minutes from one clock time to a later one ('16:30', '19:00' → 150)."""
    times = [re.fullmatch(r"(\d{1,2})[:h](\d{2})", t.strip().lower()) for t in (start, end)]
    if not (times[0] and times[1]):
        return None
    begins, ends = (int(t.group(1)) * 60 + int(t.group(2)) for t in times if t)
    return ends - begins if ends > begins else None


def _length_words(minutes: int, lang: str) -> str:
    """150 → '2 h 30 (2.5 hours)' in English, '2 h 30' in French; 45 → '45 min'."""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest} min"
    short = f"{hours} h {rest:02d}" if rest else f"{hours} h"
    if lang == "fr" or rest % 15:
        return short
    decimal = f"{minutes / 60:g}"
    return f"{short} ({decimal} hour{'s' if minutes != 60 else ''})"


def split_datetime(value: str) -> tuple[str | None, str]:
    """'2026-06-24T10:00:00' → ('2026-06-24', '10:00'); '10:00' → (None, '10:00')."""
    match = re.match(r"^(\d{4}-\d{2}-\d{2})[T ](\d{1,2}:\d{2})", value.strip())
    if match:
        return match.group(1), match.group(2)
    return None, value.strip()


def _when_words(date: Any, start: Any, end: Any, lang: str) -> str:
    parts = prompts.WHEN_PARTS[lang]
    words = []
    if date:
        day = english_date(str(date)) if lang == "en" else french_date(str(date))
        words.append(parts["date"].format(date=day))
    if start and end:
        words.append(parts["span"].format(start=start, end=end))
    elif start:
        words.append(parts["at"].format(start=start))
    return ", ".join(words)


def speaker_cards(names: list[str], catalog: Catalog, lang: str) -> Draft:
    """Each named speaker's card, then their talk's title; speakers named together who give
    one talk together are one sentence. A card cites the speaker's record, a title its talk's."""
    sources: list[Source] = []

    def cite(source: Source) -> str:
        if source not in sources:
            sources.append(source)
        return f"[{sources.index(source) + 1}]"

    def card(name: str) -> str:
        info = catalog.speakers[name]
        return prompts.SPEAKER_CARD.format(
            name=name,
            role=f", {info.role}" if info.role else "",
            affiliation=f" ({info.affiliation})" if info.affiliation else "",
            cite=cite(catalog.sources[info.bio_id]),
        )

    def talk(talk_id: str, named: list[str]) -> str:
        info = catalog.talks[talk_id]
        others = [n for n in info.speakers if n not in named]
        with_ = prompts.SPEAKER_WITH[lang].format(people=prompts.AND[lang].join(others))
        return prompts.SPEAKER_TALK[lang].format(
            title=info.title, with_=with_ if others else "",
            cite=cite(catalog.sources[schema.talk_id(talk_id)]),
        )  # fmt: skip

    lines = []
    done: set[str] = set()
    for name in names:
        if name in done:
            continue
        talk_ids = [t for t in catalog.speakers[name].talk_ids if t in catalog.talks]
        if not talk_ids:
            done.add(name)
            lines.append(card(name) + ".")
            continue
        joint = [n for n in names if n not in done and catalog.speakers[n].talk_ids == talk_ids]
        if len(joint) > 1 and len(talk_ids) == 1:
            done.update(joint)
            cards = prompts.AND[lang].join(card(n) for n in joint)
            talks = talk(talk_ids[0], joint)
            lines.append(prompts.SPEAKERS_JOINT[lang].format(cards=cards, talks=talks))
        else:
            done.add(name)
            first = card(name)
            talks = ", ".join(talk(t, [name]) for t in talk_ids)
            word = "talks" if len(talk_ids) > 1 else "talk"
            lines.append(prompts.SPEAKER[lang].format(card=first, talks=talks, talk_word=word))
    return Draft(" ".join(lines), sources, "record")


def missing_abstract(talk: TalkInfo, catalog: Catalog, lang: str) -> Draft:
    source = catalog.sources[schema.talk_id(talk.id)]
    text = prompts.MISSING_ABSTRACT[lang].format(
        title=talk.title, people=", ".join(talk.speakers), cite="[1]"
    )
    return Draft(text, [source], "record")


def _list(catalog: Catalog, lang: str, focus: Focus) -> Draft:
    talks = list(catalog.talks.values())
    sources = [catalog.sources[schema.talk_id(t.id)] for t in talks]
    speakers = {name for t in talks for name in t.speakers}
    lines = [prompts.LIST_TALKS[lang].format(n_talks=len(talks), n_speakers=len(speakers))]
    for n, talk in enumerate(talks, 1):
        lines.append(
            prompts.LIST_ITEM.format(
                title=talk.title, people=", ".join(talk.speakers), cite=f"[{n}]"
            )
        )
    return Draft("\n".join(lines), sources, "record")


# An acronym's words written before it, "Responsabilité Territoriale des Entreprises (RTE)", or
# after it, "RTE (Réseau de transport d'électricité)" (a format string: {acronym})
_SPELLED = r"((?:[A-ZÀ-Þa-zà-ÿ’'-]+\s+){{1,7}}?[A-ZÀ-Þa-zà-ÿ’'-]+)"
_EXPANSION = rf"{_SPELLED}\s*\(\s*{{acronym}}\s*\)"
_EXPANSION_AFTER = rf"\b{{acronym}}\s*\(\s*{_SPELLED}\s*\)"


# What a speaker's organisation's initials stand for, asked without writing them: "the
# organisation abbreviated next to Paul Martin: spell it out", "his institute's initials, what
# are they short for?" (not the acronym itself, « quel est le sigle de son organisme ? », nor one
# of a title or a name: "spell out Filippi's title")
_INITIALS_ASKED = (
    r"\b(short for|stands? for|spell (it |them )?out|spelled out|written out|en toutes lettres|"
    r"signifi\w*|veut dire|veulent dire|abbreviat(es|ed))\b"
)
_ORGANISATION_NAMED = (
    r"\b(organi[sz]ation|organisme|institution|institut\w*|body|affiliation|employer|employeur|"
    r"structure|etablissement|lab|labo|laboratoire|laboratory|university|universite|company|"
    r"entreprise)s?\b"
)
_NOT_AN_ORGANISATION = r"\b(title|titre|abstract|resume|summary|name|nom|talk|intervention)s?\b"


def affiliation_acronym(question: str, focus: Focus, catalog: Catalog) -> str | None:
    """The acronym a named speaker's card gives as their organisation, when the question asks
    what it stands for without writing it."""
    if re.search(ACRONYM, unquoted(question)) or not focus.speakers:
        return None
    framed = frame_text(question)
    if not (re.search(_INITIALS_ASKED, framed) and re.search(_ORGANISATION_NAMED, framed)):
        return None
    if re.search(_NOT_AN_ORGANISATION, framed):
        return None
    for name in focus.speakers:
        if found := re.findall(ACRONYM, catalog.speakers[name].affiliation or ""):
            return found[0]
    return None


def acronym_expanded(question: str, catalog: Catalog, lang: str) -> Draft | None:
    """'RTE' → the words the programme itself expands it to, e.g. a title's '… (RTE)' or a
    card's 'RTE (Réseau de transport d'électricité)'."""
    for acronym in re.findall(ACRONYM, question):
        patterns = [re.compile(p.format(acronym=re.escape(acronym)))
                    for p in (_EXPANSION, _EXPANSION_AFTER)]  # fmt: skip
        for source in sorted(catalog.sources.values(), key=lambda s: (s.kind != "talk", s.id)):
            text = f"{source.metadata.get('talk', '')}\n{source.text}"
            for match in filter(None, (p.search(text) for p in patterns)):
                expansion = initials_match(match.group(1), acronym)
                if expansion:
                    body = prompts.ACRONYM[lang].format(acronym=acronym, expansion=expansion)
                    return Draft(body, [source], "record")
    return None


def initials_match(words: str, acronym: str) -> str | None:
    """The shortest tail of `words` whose significant words' initials spell the acronym."""
    parts = words.split()
    small = {"de", "des", "du", "la", "le", "les", "d", "l", "of", "the", "and", "et", "en"}
    for start in range(len(parts) - 1, -1, -1):
        tail = parts[start:]
        # (an elided article is no word: « d’électricité » is E)
        significant = [
            re.sub(r"^[dl]['’]", "", w, flags=re.I) for w in tail if fold(w) not in small
        ]
        initials = "".join(w[0] for w in significant if w).upper()
        if fold(initials) == fold(acronym):
            return " ".join(tail)
    return None
