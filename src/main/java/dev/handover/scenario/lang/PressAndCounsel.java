package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

/**
 * The case taken to a named newspaper or channel, and a lawyer announced without the word "sue": "vou levar isto à
 * TVI", "estoy pensando en escribir al Heraldo", "expect to hear from our attorney", "ich lasse das rechtlich
 * prüfen". The outlet must follow a verb of taking, sending or writing the story to it, since reading it is calm
 * ("I read about you in the Heraldo", "vi o anúncio na TVI"); the lawyer must be the writer's and about to act
 * ("my lawyer handles the purchase of the flat" is calm). Appended to each language's threats.
 */
final class PressAndCounsel {

    /** Taking the story somewhere, the outlets, and the writer's lawyer acting. */
    private record Words(String take, String outlet, String counsel) {
    }

    private static final Words EN = new Words(
            "(?:take|taking|send|sending|write|writing|tell|telling) (?:this|it|the story|my story|"
                    + "everything)? ?(?:\\w+ ){0,3}?to",
            "the (?:bbc|guardian|daily mail|telegraph|watchdog|local paper|papers|press|evening standard)",
            "(?:expect|you ll|you will) (?:to )?hear from (?:our|my) (?:attorney|lawyer|solicitor|lawyers|"
                    + "solicitors)");
    private static final Words ES = new Words(
            "(?:escribir|escribo|escribire|ir|ire|acudir|acudire|contar(?:lo)?|contare|mandar(?:lo)?|mandare|"
                    + "enviar(?:lo)?|enviare|llevar(?:lo)?|llevare) (?:\\w+ ){0,3}?(?:a|al|a la)",
            "(?:heraldo|el pais|la vanguardia|el periodico|antena 3|telecinco|la sexta|tve|el comercio|clarin|"
                    + "la nacion)",
            "(?:tendran|recibiran|tendreis|recibireis) noticias de mi abogad[oa]");
    private static final Words PT = new Words(
            "(?:levar|levo|levarei|vou levar|mandar|mando|enviar|envio|contar|conto|escrever|escrevo) (?:isto|isso|"
                    + "o caso|a historia|tudo)? ?(?:\\w+ ){0,2}?(?:a|ao|pra|para a|para o|pro)",
            "(?:tvi|sic|rtp|cmtv|correio da manha|jornal de noticias|expresso|record ?tv|globo|folha|sbt)",
            "(?:vao|vai) ter noticias do meu advogad[oa]");
    private static final Words FR = new Words(
            "(?:envoyer|envoie|enverrai|transmettre|transmets|raconter|raconterai|ecrire|ecrirai) "
                    + "(?:tout |ca |cela |l histoire |mon histoire |le dossier )?(?:\\w+ ){0,2}?(?:a|au|aux)",
            "(?:parisien|figaro|ouest france|dauphine|bfm|tf1|m6|france 3|france 2|journal de montreal|la "
                    + "presse|tva|dh)",
            "vous (?:aurez|recevrez) (?:des nouvelles|un courrier) de mon avocat");
    private static final Words DE = new Words(
            "(?:gehe|gehen|gehts|geht|schicke|schick|sende|schreibe|wende mich) (?:\\w+ ){0,3}?(?:an die|zur|zu der|"
                    + "zum|an den)",
            "(?:bild|presse|zeitung|lokalzeitung|krone|spiegel|wdr|ndr|swr|rtl|marktcheck|kassensturz|"
                    + "verbraucherzentrale)",
            "(?:lasse|lass) (?:ich )?(?:das|dies|es|den fall) (?:jetzt |nun )?(?:rechtlich|anwaltlich|juristisch) "
                    + "(?:prufen|klaren)|(?:sie horen|ihr hort) von meinem anwalt");
    private static final Words IT = new Words(
            "(?:scrivo|scrivero|mando|mandero|porto|portero|racconto|raccontero) (?:tutto |la storia |il caso )?"
                    + "(?:\\w+ ){0,2}?(?:al|alla|a|sul|sulla)",
            "(?:corriere|repubblica|messaggero|striscia|le iene|tg1|tg3|resto del carlino|gazzettino)",
            "(?:avrete|riceverete) notizie dal mio avvocato|(?:sentirete|vi chiamera) il mio avvocato");
    private static final Words NL = new Words(
            "(?:stuur|stuuren|ga|gaat|schrijf|mail) (?:\\w+ ){0,3}?(?:naar|aan)",
            "(?:radar|de telegraaf|het laatste nieuws|hln|het ad|de volkskrant|nrc|omroep \\w+|rtl nieuws|"
                    + "de pers|de krant)",
            "(?:u hoort|jullie horen) (?:nog )?van (?:mijn|onze) advocaat");

    private PressAndCounsel() {
    }

    /** The named outlets and the announced lawyers of a language. */
    static NamedPattern[] threats(String code) {
        Words words = PerLanguage.pick(code, "press and counsel", EN, ES, PT, FR, DE, IT, NL);
        return new NamedPattern[] {
                of("named-outlet", "(?:" + words.take + ") (?:" + words.outlet + ")\\b"),
                of("counsel", words.counsel)
        };
    }
}
