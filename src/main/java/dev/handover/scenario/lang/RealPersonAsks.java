package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

import java.util.Map;

/**
 * Asking whether a real person is there, or for one of flesh and blood, as the whole clause: "il y a quelqu'un de
 * réel là-bas", "gibt es da jemand Echten", "preciso de gente de carne e osso". After the bot has failed this is a
 * call for a person, not a question about the bot's nature, which names the bot ("are you real", "is this a human")
 * and is turned down before these are read. Anchored to the clause, so that "there is someone real nice at your
 * shop" or a longer sentence around the words stays out.
 * <p>
 * A human around who could read or take up the message asks the same ("is there anyone human around tonight who
 * can pick this up?", "il y a un être humain quelque part qui peut me lire ?", "serve una persona che legga
 * davvero", "há aí algum funcionário?", "ist da irgendwer von euch online?"): the person must be human or staff and
 * what they would do is read, understand or take up the message, so "is there anyone who has tried this treatment?"
 * (someone's experience) and "¿hay alguien que pueda recoger el paquete?" (an errand) stay out.
 */
final class RealPersonAsks {

    private static final Map<String, NamedPattern[]> REQUESTS = Map.of(
            "en", new NamedPattern[] {
                    of("real-one-there", "^(?:(?:hello|hi|hey) )*(?:is there|is|are there) (?:anyone|someone|somebody"
                            + "|anybody) (?:real|human|actual) (?:there|here|out there|on the other end)$"),
                    of("human-who-can", "^(?:(?:hello|hi|hey) )*(?:is there|are there) (?:(?:anyone|anybody|someone"
                            + "|somebody) (?:human|real|actual)(?: (?:around|about|there|here|on))?|(?:a|an actual|a"
                            + " real) (?:human|person))(?: \\w+){0,2}? (?:who|that) (?:can|could) (?:actually |rea"
                            + "lly )?"
                            + "(?:pick (?:this|it) up|read (?:this|my \\w+|it)|understand|answer (?:me|this)|deal with"
                            + " (?:this|it|me)|help (?:me|with this))\\b"),
                    of("flesh-and-blood", "\\b(?:need|want) (?:people|someone|somebody|a person|a human) of flesh and"
                            + " (?:blood|bone)\\b")},
            "es", new NamedPattern[] {
                    of("real-one-there", "^(?:(?:hola|oiga) )*(?:hay|habra) alguien (?:de verdad|real|de carne y"
                            + " hueso)(?: ahi| ahi dentro| al otro lado)?$"),
                    of("human-who-can", "^(?:(?:hola|oiga|oye) )*(?:hay|habra|habria) (?:alguien|algun humano|alguna"
                            + " persona|un humano|una persona)(?: de carne y hueso| de verdad| real)?(?: por (?:ahi"
                            + "|aqui)| ahi)? que (?:me )?(?:lea|entienda|atienda|responda|conteste|si (?:me )?entienda"
                            + "|pueda (?:leerme|entenderme|atenderme|responderme))$"
                            + "|^(?:(?:hola|oiga|oye) )*(?:hay|habra) (?:algun|un) humano(?: por (?:ahi|aqui)| ahi)?$"),
                    of("flesh-and-blood", "\\b(?:necesito|quiero|queria) (?:a )?(?:gente|alguien|una persona) de"
                            + " carne y hueso\\b")},
            "pt", new NamedPattern[] {
                    of("real-one-there", "^(?:(?:ola|oi) )*(?:tem|ha|existe) alguem (?:de verdade|real|de carne e"
                            + " osso)(?: ai| do outro lado)?$"),
                    of("staff-there", "^(?:(?:ola|oi) )*(?:ha|tem|existe) (?:ai |aqui )?(?:algum|alguma|um|uma)"
                            + " (?:funcionario|funcionaria|atendente|humano|colaborador|colaboradora|operador"
                            + "|operadora)(?: de verdade| real)?(?: ai| aqui| do outro lado)?$"),
                    of("flesh-and-blood", "\\b(?:preciso|quero|queria) (?:de )?(?:gente|alguem|uma pessoa) de carne"
                            + " e osso\\b")},
            "fr", new NamedPattern[] {
                    of("real-one-there", "^(?:(?:allo|bonjour|salut|slt) )*(?:il y a|y a t il|y a|est ce qu il y a)"
                            + " quelqu un de (?:reel|vrai|humain|vivant)(?: la| la bas| ici| en face)?$"),
                    of("human-who-can", "^(?:(?:allo|bonjour|salut|slt) )*(?:il y a|y a t il|y a|ya|est ce qu il y a)"
                            + " (?:un etre humain|un humain|une vraie personne|quelqu un de (?:vivant|reel|vrai|humain"
                            + "|dispo|disponible)|qqn de (?:dispo|vivant))(?: quelque part| la| la bas| en face)?"
                            + " (?:qui (?:peut|pourrait|puisse|sait) (?:me lire|me repondre|comprendre|me comprendre"
                            + "|lire)|pour me (?:parler|repondre|lire))$"),
                    of("flesh-and-blood", "\\b(?:besoin d|je veux|je voudrais) (?:un etre humain|quelqu un|une"
                            + " personne|des gens) en chair et en os\\b")},
            "de", new NamedPattern[] {
                    of("real-one-there", "^(?:(?:hallo|hi|hey) )*(?:gibt es|gibt s|gibts|ist) (?:da |hier |dort |b"
                            + "ei euch )?(?:auch"
                            + " |noch |uberhaupt )?(?:(?:jemand|jemanden|wen) (?:echten|echtes|menschliches|lebendiges"
                            + "|reales)|(?:einen |nen )?(?:echten|richtigen|lebendigen) (?:menschen|mitarbeiter)|("
                            + "?:jemanden|jemand"
                            + "|wen|einen menschen) aus fleisch und blut)(?: zum"
                            + " (?:schreiben|reden|sprechen))?(?: (?:bitte|pls|please))*$"),
                    // the comma German sets before "der" splits the ask from whom it wants
                    of("someone-who-understands", "^(?:(?:hallo|hi|hey) )*(?:(?:gibt es|gibt s|gibts|ist) (?:da |hier"
                            + " )?(?:auch |noch )?(?:jemanden|jemand|einen menschen)(?: aus fleisch und blut)?|ich"
                            + " (?:brauche|brauch) (?:jemanden|einen menschen)) \\| der (?:das |meine frage |mich )?"
                            + "(?:wirklich |auch |tatsachlich )?(?:versteht|liest|begreift|mitdenkt)$"),
                    of("staff-online", "^(?:(?:hallo|hi|hey) )*(?:ist|sitzt) (?:da|hier|bei euch|gerade) (?:irgendwer"
                            + "|jemand|wer|einer) (?:von euch|von ihnen|aus dem team|vom team|vom support)(?: gerade"
                            + "| noch| jetzt)? (?:online|erreichbar|am platz)$"),
                    of("flesh-and-blood", "\\b(?:brauche|brauch|will|mochte) (?:einen menschen|jemanden|wen) aus"
                            + " fleisch und blut\\b"),
                    // chat German: "wen" for "jemanden", "brauch" for "brauche"
                    of("someone-to-talk-to", "\\bbrauch[e]? (?:(?:dringend|mal|jetzt|sofort) )*(?:wen|jemand"
                            + "|jemanden) (?:vom|von der|aus dem|aus der) \\w+ zum (?:reden|sprechen|quatschen)\\b")},
            "it", new NamedPattern[] {
                    of("real-one-there", "^(?:(?:pronto|ciao) )*c e qualcuno (?:di vero|di reale|in carne e ossa)"
                            + "(?: li| la| dall altra parte)?$"),
                    of("human-who-reads", "^(?:(?:pronto|ciao) )*(?:serve|mi serve|ci vuole|voglio|vorrei|c e)"
                            + " (?:una persona|qualcuno|un essere umano|un umano)(?: vera| reale)? che (?:mi )?"
                            + "(?:legga|leggi|capisca|capisce|ascolti|risponda)(?: davvero| veramente| sul serio"
                            + "| per davvero)?$"),
                    of("flesh-and-blood", "\\b(?:voglio|ho bisogno di|vorrei) (?:qualcuno|una persona|gente) in"
                            + " carne e ossa\\b")},
            "nl", new NamedPattern[] {
                    of("real-one-there", "^(?:(?:hallo|hoi) )*is er (?:daar |hier )?iemand (?:echts|echt|van vlees en"
                            + " bloed)(?: aanwezig)?$"),
                    of("human-who-reads", "^(?:(?:hallo|hoi) )*is er (?:hier |daar |ergens )?(?:een (?:echt )?mens"
                            + "|een echte medewerker|iemand van vlees en bloed|iemand echts) die (?:dit |mijn vraag"
                            + " |mijn bericht )?(?:kan lezen|leest|begrijpt|snapt|wil lezen|kan beantwoorden)$"),
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
