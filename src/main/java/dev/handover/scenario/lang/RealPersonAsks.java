package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

import java.util.Map;

/**
 * Asking whether a real person is there, or for one of flesh and blood, as the whole clause: "il y a quelqu'un de
 * réel là-bas", "gibt es da jemand Echten", "preciso de gente de carne e osso". After the bot has failed this is a
 * call for a person, not a question about the bot's nature, which names the bot ("are you real", "is this a human")
 * and is turned down before these are read. Anchored to the clause, so that "there is someone real nice at your
 * shop" or a longer sentence around the words stays out.
 */
final class RealPersonAsks {

    private static final Map<String, NamedPattern[]> REQUESTS = Map.of(
            "en", new NamedPattern[] {
                    of("real-one-there", "^(?:(?:hello|hi|hey) )*(?:is there|is|are there) (?:anyone|someone|somebody"
                            + "|anybody) (?:real|human|actual) (?:there|here|out there|on the other end)$"),
                    of("flesh-and-blood", "\\b(?:need|want) (?:people|someone|somebody|a person|a human) of flesh and"
                            + " (?:blood|bone)\\b")},
            "es", new NamedPattern[] {
                    of("real-one-there", "^(?:(?:hola|oiga) )*(?:hay|habra) alguien (?:de verdad|real|de carne y"
                            + " hueso)(?: ahi| ahi dentro| al otro lado)?$"),
                    of("flesh-and-blood", "\\b(?:necesito|quiero|queria) (?:a )?(?:gente|alguien|una persona) de"
                            + " carne y hueso\\b")},
            "pt", new NamedPattern[] {
                    of("real-one-there", "^(?:(?:ola|oi) )*(?:tem|ha|existe) alguem (?:de verdade|real|de carne e"
                            + " osso)(?: ai| do outro lado)?$"),
                    of("flesh-and-blood", "\\b(?:preciso|quero|queria) (?:de )?(?:gente|alguem|uma pessoa) de carne"
                            + " e osso\\b")},
            "fr", new NamedPattern[] {
                    of("real-one-there", "^(?:(?:allo|bonjour|salut|slt) )*(?:il y a|y a t il|y a|est ce qu il y a)"
                            + " quelqu un de (?:reel|vrai|humain|vivant)(?: la| la bas| ici| en face)?$"),
                    of("flesh-and-blood", "\\b(?:besoin d|je veux|je voudrais) (?:un etre humain|quelqu un|une"
                            + " personne|des gens) en chair et en os\\b")},
            "de", new NamedPattern[] {
                    of("real-one-there", "^(?:(?:hallo|hi|hey) )*(?:gibt es|ist) (?:da |hier |dort |bei euch )?(?:auch"
                            + " |noch |uberhaupt )?(?:(?:jemand|jemanden|wen) (?:echten|echtes|menschliches|lebendiges"
                            + "|reales)|(?:einen |nen )?(?:echten|richtigen|lebendigen) (?:menschen|mitarbeiter))(?: zum"
                            + " (?:schreiben|reden|sprechen))?(?: (?:bitte|pls|please))*$"),
                    of("flesh-and-blood", "\\b(?:brauche|brauch|will|mochte) (?:einen menschen|jemanden|wen) aus"
                            + " fleisch und blut\\b"),
                    // chat German: "wen" for "jemanden", "brauch" for "brauche"
                    of("someone-to-talk-to", "\\bbrauch[e]? (?:(?:dringend|mal|jetzt|sofort) )*(?:wen|jemand"
                            + "|jemanden) (?:vom|von der|aus dem|aus der) \\w+ zum (?:reden|sprechen|quatschen)\\b")},
            "it", new NamedPattern[] {
                    of("real-one-there", "^(?:(?:pronto|ciao) )*c e qualcuno (?:di vero|di reale|in carne e ossa)"
                            + "(?: li| la| dall altra parte)?$"),
                    of("flesh-and-blood", "\\b(?:voglio|ho bisogno di|vorrei) (?:qualcuno|una persona|gente) in"
                            + " carne e ossa\\b")},
            "nl", new NamedPattern[] {
                    of("real-one-there", "^(?:(?:hallo|hoi) )*is er (?:daar |hier )?iemand (?:echts|echt|van vlees en"
                            + " bloed)(?: aanwezig)?$"),
                    of("real-one-to-have", "^(?:heb je|hebben jullie|hebt u) (?:ook |nog )?(?:een |n )?(?:echt|echte)"
                            + " (?:persoon|mens|medewerker)$"),
                    of("flesh-and-blood", "\\b(?:wil|heb|moet) (?:\\w+ )?(?:iemand|een mens|mensen) van vlees en"
                            + " bloed\\b")});

    private RealPersonAsks() {
    }

    static NamedPattern[] requests(String language) {
        return REQUESTS.get(language);
    }
}
