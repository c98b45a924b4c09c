"""Every label of the chat window, in French and English."""

from __future__ import annotations

LABELS: dict[str, dict[str, str]] = {
    "title": {"fr": "Assistant de séance", "en": "Session assistant"},
    "chat": {"fr": "Conversation", "en": "Chat"},
    "question": {"fr": "Votre question", "en": "Your question"},
    "placeholder": {
        "fr": "Posez une question sur la session, en français ou en anglais…",
        "en": "Ask about the session, in French or English…",
    },
    "send": {"fr": "Envoyer", "en": "Send"},
    "clear": {"fr": "Effacer", "en": "Clear"},
    "sources": {"fr": "Sources citées", "en": "Cited sources"},
    "no_sources": {
        "fr": "Les sources citées apparaîtront ici.",
        "en": "Cited sources appear here.",
    },
    "talk_filter": {"fr": "Limiter à une intervention", "en": "Limit to a talk"},
    "speaker_filter": {"fr": "Limiter à un·e intervenant·e", "en": "Limit to a speaker"},
    "all": {"fr": "(toutes)", "en": "(all)"},
    "programme": {"fr": "Programme", "en": "Programme"},
    "ask_about": {"fr": "Poser une question sur cette intervention", "en": "Ask about this talk"},
    "limit_to": {"fr": "Limiter le chat à cette intervention", "en": "Limit the chat to it"},
    "about_question": {"fr": "De quoi parle « {title} » ?", "en": "What is «{title}» about?"},
    "export": {"fr": "Exporter en Markdown", "en": "Export as Markdown"},
    "language": {"fr": "Langue", "en": "Language"},
    "missing": {
        "fr": "Résumé non fourni dans le programme.",
        "en": "Abstract not provided in the programme.",
    },
    "refused": {"fr": "Pourquoi pas de réponse :", "en": "Why there is no answer:"},
    "too_long": {
        "fr": "Votre question fait {n} caractères ; la limite est {limit}. Raccourcissez-la.",
        "en": "Your question is {n} characters long; the limit is {limit}. Please shorten it.",
    },
    "status": {
        "fr": "Réponses : {backend} · plongements : {embed} · programme ingéré le {ingested} · {talks} interventions",
        "en": "Answers: {backend} · embeddings: {embed} · programme ingested {ingested} · {talks} talks",
    },
    "backend_local": {"fr": "modèle local (Qwen2.5 1.5B)", "en": "local model (Qwen2.5 1.5B)"},
    "backend_openai": {"fr": "serveur compatible OpenAI", "en": "OpenAI-compatible server"},
    "backend_extractive": {
        "fr": "extraits du programme (sans LLM)",
        "en": "programme excerpts (no LLM)",
    },
    "kind_session": {"fr": "description de la session", "en": "session description"},
    "kind_talk": {"fr": "intervention", "en": "talk"},
    "kind_abstract": {"fr": "résumé", "en": "abstract"},
    "kind_bio": {"fr": "intervenant·e", "en": "speaker"},
    "kind_document": {"fr": "document", "en": "document"},
    "modes": {"fr": "Organiser · réviser", "en": "Moderate · review"},
    "mode": {"fr": "Mode", "en": "Mode"},
    "mode_moderate": {"fr": "Questions de modération", "en": "Moderation questions"},
    "mode_review": {
        "fr": "Révision : synthèse, glossaire, quiz",
        "en": "Review: synthesis, glossary, quiz",
    },
    "count": {"fr": "Nombre de questions", "en": "Number of questions"},
    "generate": {"fr": "Générer", "en": "Generate"},
    "feedback_thanks": {"fr": "Merci pour votre avis.", "en": "Thanks for the feedback."},
    "session_pick": {"fr": "Session", "en": "Session"},
    "numbered_session": {"fr": "Session {number} – {title}", "en": "Session {number} – {title}"},
    "room": {"fr": "salle {room}", "en": "room {room}"},
    "now_talk": {"fr": "En ce moment : « {title} » ({span})", "en": "Now: «{title}» ({span})"},
    "now_session": {"fr": "Session en cours, jusqu’à {end}", "en": "On now, until {end}"},
    "next_talk": {"fr": "Ensuite : « {title} », {when}", "en": "Next: «{title}», {when}"},
    "next_session": {"fr": "Prochaine session : {when}", "en": "Next session: {when}"},
    "session_over": {"fr": "La session est terminée.", "en": "This session is over."},
    "today_at": {"fr": "aujourd’hui à {time}", "en": "today at {time}"},
    "day_at": {"fr": "{day} à {time}", "en": "{day} at {time}"},
    "examples": {"fr": "Exemples :", "en": "Try:"},
}


def label(key: str, lang: str, **values: object) -> str:
    text = LABELS[key]["en" if lang == "en" else "fr"]
    return text.format(**values) if values else text
