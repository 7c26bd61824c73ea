package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

/**
 * Calling out into the void after waiting: a greeting said twice then "anyone?" ("hola? hola?? alguien??"), or a
 * greeting and "anyone?" or "is anybody there?" beside the time already waited ("Oi? Alguém? Já mandei mensagem
 * ontem", "Hallo?? Ich schreibe hier seit heute Morgen. Ist da überhaupt jemand?"). It must not catch a greeting
 * before a plain question ("hello? is this the right chat for bookings?"), nor "is anyone there" with no wait told.
 * Appended to each language's repeating phrases; not negatable.
 */
final class VoidCalls {

    /**
     * One language's sets, as regex alternations over normalised text.
     *
     * @param greeting the hello a customer calls out with
     * @param anyone "anyone?" said alone
     * @param anybodyThere "is anybody there?", which asks whether anyone reads rather than who can help
     * @param waited how long the writer has been writing or waiting
     */
    private record Words(String greeting, String anyone, String anybodyThere, String waited) {
    }

    private static final Words EN = new Words("hello|hi|hey|helloo", "anyone|anybody",
            "is (?:there )?(?:anyone|anybody) (?:there|here|reading|home|out there)",
            "(?:i have |i ve )?been (?:waiting|writing|asking|messaging)|(?:i )?(?:already )?(?:wrote|asked|messaged) "
                    + "(?:\\w+ )?(?:yesterday|this morning|twice)");
    private static final Words ES = new Words("hola|holaa|buenas", "alguien",
            "hay alguien(?: ahi| al otro lado)?",
            "llevo (?:\\w+ ){0,3}?(?:preguntando|escribiendo|esperando)|ya (?:escribi|pregunte|mande) (?:\\w+ )?ayer");
    private static final Words PT = new Words("oi|ola|alo|alou", "alguem",
            "tem alguem(?: ai| aqui| lendo)?",
            "ja (?:mandei|escrevi|perguntei) (?:\\w+ ){0,2}?(?:ontem|anteontem|de manha|tres vezes|varias vezes)|"
                    + "(?:estou|to) (?:\\w+ ){0,2}?(?:esperando|escrevendo) (?:desde|ha)");
    private static final Words FR = new Words("allo|ohe|coucou", "quelqu un",
            "(?:il )?y a quelqu un(?: la| ici)?",
            "j (?:ecris|attends) depuis|(?:j ai )?deja (?:ecrit|demande) (?:\\w+ )?(?:hier|ce matin|deux fois)");
    private static final Words DE = new Words("hallo|halloo|huhu", "jemand",
            "(?:ist )?(?:da|hier) (?:uberhaupt |uberhaupt noch |noch |eigentlich )?jemand",
            "(?:schreibe|warte) (?:hier |ihnen |euch )?(?:schon )?seit|(?:habe|hab) (?:schon )?(?:gestern|heute morgen|"
                    + "zweimal) (?:geschrieben|gefragt)");
    private static final Words IT = new Words("ciao|pronto|ehi", "qualcuno",
            "c e qualcuno(?: li| la| in ascolto)?",
            "(?:scrivo|aspetto) da|ho gia (?:scritto|chiesto) (?:\\w+ )?(?:ieri|stamattina|due volte)");
    private static final Words NL = new Words("hallo|halloo|hoi|hee", "iemand",
            "is (?:daar|hier|er) (?:nog |wel |uberhaupt )?iemand",
            "(?:wacht|schrijf) (?:hier )?(?:al|sinds)|(?:heb )?al (?:gisteren|vanochtend|twee keer) (?:gemaild|"
                    + "gevraagd|geappt|geschreven)");

    private VoidCalls() {
    }

    /** The calls into the void of a language. */
    static NamedPattern[] repeating(String code) {
        Words words = PerLanguage.pick(code, "void calls", EN, ES, PT, FR, DE, IT, NL);
        String hello = "(?:" + words.greeting + ")";
        return new NamedPattern[] {
                of("hello-hello-anyone", "^" + hello + " " + hello + "(?: " + hello + ")* (?:" + words.anyone + "|"
                        + words.anybodyThere + ")\\b"),
                of("anyone-after-waiting", "^" + hello + "(?: " + hello + ")* (?:" + words.anyone + "|"
                        + "" + words.anybodyThere
                        + ")\\b(?: \\w+){0,20}?"
                        + " (?:" + words.waited + ")\\b"),
                of("waited-then-anyone", "^" + hello + "\\b(?: \\w+){0,20}? (?:" + words.waited + ")\\b(?: \\w+){0,10}?"
                        + " (?:" + words.anybodyThere + ")\\b")
        };
    }
}
