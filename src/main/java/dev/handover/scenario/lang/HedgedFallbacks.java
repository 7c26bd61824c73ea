package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

import java.util.Map;

/**
 * A hedged guess the bot will not stand behind, in every language at once, over normalised text: a belief or a
 * "normally" first, then a "but" and a refusal to guarantee it or an admission of not being sure ("I think the shop
 * opens on Monday, but I can't guarantee it", "Ich glaube, ..., kann es aber nicht garantieren"). Both halves are
 * needed: "we can't guarantee delivery on Sundays" alone is a policy, an answer; "I think it suits you" alone is
 * advice. A doubt, so a question after it makes it a clarifying question.
 */
final class HedgedFallbacks {

    private static final Map<String, NamedPattern[]> UNCERTAIN = Map.of(
            "en", new NamedPattern[] {of("hedged-guess", "\\b(?:i think|i believe|i guess|as far as i know|normally"
                    + "|in principle|it should be)\\b(?: \\w+){1,16}? but i (?:can not|cannot|can t|could not"
                    + "|couldn t) (?:guarantee|promise|confirm) (?:it|that|this|you that)\\b"
                    + "|\\b(?:i think|i believe|as far as i know)\\b(?: \\w+){1,16}? but i (?:do not|don t) know"
                    + " (?:that )?for (?:sure|certain)\\b")},
            "es", new NamedPattern[] {of("hedged-guess", "\\b(?:creo que|me parece que|en principio|normalmente"
                    + "|segun tengo entendido|diria que)\\b(?: \\w+){1,16}? pero no (?:(?:te|se|le|os) )?(?:lo )?"
                    + "(?:puedo|podria) (?:garantizar|asegurar|prometer|confirmar)\\b"
                    + "|\\b(?:creo que|me parece que|diria que)\\b(?: \\w+){1,16}? pero no (?:lo )?(?:se|sabria"
                    + " decir) (?:con certeza|a ciencia cierta|seguro)\\b")},
            "pt", new NamedPattern[] {of("hedged-guess", "\\b(?:acho que|julgo que|creio que|penso que|em principio"
                    + "|a principio|normalmente|talvez|se calhar|provavelmente)\\b(?: \\w+){1,16}? mas (?:sinceramente "
                    + "|honestamente |realmente )?nao (?:tenho (?:a )?(?:certeza|certeza absoluta)"
                    + "|(?:(?:te|lhe|o) )?(?:posso|consigo) (?:garantir|prometer|confirmar)|sei (?:ao certo|com certeza))\\b")},
            "fr", new NamedPattern[] {of("hedged-guess", "\\b(?:a priori|je pense que|je crois que|normalement"
                    + "|en principe|il me semble que)\\b(?: \\w+){1,16}? mais je ne (?:(?:vous|te) )?(?:le )?"
                    + "(?:peux|pourrais) pas (?:(?:vous|te) )?(?:le )?(?:garantir|promettre|assurer|confirmer)\\b"
                    + "|\\b(?:a priori|je pense que|je crois que|normalement|en principe)\\b(?: \\w+){1,16}? mais"
                    + " je n en (?:suis pas (?:sure?|certaine?)|ai pas la certitude)\\b")},
            "de", new NamedPattern[] {of("hedged-guess", "\\b(?:ich glaube|ich denke|soweit ich weiss|normalerweise"
                    + "|eigentlich|vermutlich)\\b(?: \\w+){1,16}? (?:(?:ich )?kann (?:es|das|ich) (?:ihnen |dir )?"
                    + "aber (?:leider )?nicht (?:garantieren|versprechen|zusichern|bestatigen)|(?:ich )?bin mir aber"
                    + " nicht (?:ganz )?sicher|aber das kann ich nicht mit sicherheit sagen|aber sicher weiss ich"
                    + " es nicht)\\b")},
            "it", new NamedPattern[] {of("hedged-guess", "\\b(?:credo che|penso che|mi sembra che|mi pare che|in teoria"
                    + "|di solito|dovrebbe|forse|probabilmente)\\b(?: \\w+){1,16}? (?:ma|pero) non (?:(?:te|ve|glie) ?)?"
                    + "(?:lo )?(?:posso|potrei) (?:garantir|assicurar|prometter|confermar)(?:e|lo|la|telo|velo)\\b|\\b(?:credo che|penso che|mi pare che|in teoria"
                    + "|di solito|forse|probabilmente)\\b(?: \\w+){1,16}? (?:ma|pero) non ne (?:sono (?:del tutto "
                    + "|proprio )?(?:sicur[oa]|cert[oa])|ho la certezza)"
                    + "\\b")},
            "nl", new NamedPattern[] {of("hedged-guess", "\\b(?:ik denk|ik geloof|volgens mij|normaal gesproken"
                    + "|in principe)\\b(?: \\w+){1,16}? maar (?:ik kan (?:het|dat|dit) niet|dat kan ik niet)"
                    + " (?:garanderen|beloven|bevestigen)\\b|\\b(?:ik denk|ik geloof|volgens mij)\\b(?: \\w+){1,16}?"
                    + " maar (?:ik ben er niet (?:helemaal )?zeker van|zeker weten doe ik het niet|ik weet het niet"
                    + " zeker)\\b")});

    /**
     * A doubt given a degree ("not 100% sure", "no del todo seguro", "não tenho bem a certeza"): the plain "not sure"
     * is in each language's own table. Only the bot's own doubt, so "if you're not entirely sure, pick the larger
     * size" stays advice.
     */
    private static final Map<String, NamedPattern[]> GRADED = Map.of(
            "en", new NamedPattern[] {of("graded-doubt", "(?<!\\b(?:you|they|we) (?:are|re) )(?<!\\bif )\\bnot"
                    + " (?:\\d+|a hundred|one hundred|entirely|completely|totally|fully|quite|too) (?:percent "
                    + "|per cent )?(?:sure|certain)\\b")},
            "es", new NamedPattern[] {of("graded-doubt", "\\bno estoy (?:\\d+ (?:por ciento )?|completamente"
                    + " |totalmente |del todo |cien por cien )segur[oa]\\b")},
            "pt", new NamedPattern[] {of("graded-doubt", "\\bnao tenho (?:bem |muito bem |total |plena |toda a "
                    + "|muita )?a certeza\\b|\\bnao tenho (?:bem |total |plena |muita |\\d+ (?:por cento )?de )certeza"
                    + "\\b|\\bnao estou (?:bem |totalmente |completamente |\\d+ (?:por cento )?)?segur[oa]\\b")},
            "fr", new NamedPattern[] {of("graded-doubt", "\\bje ne suis pas (?:\\d+ |tout a fait |totalement "
                    + "|completement |entierement )(?:sure?|certaine?)\\b|\\bpas (?:sure?|certaine?) a \\d+\\b")},
            "de", new NamedPattern[] {of("graded-doubt", "(?<!\\b(?:sie|du|ihr) )\\bnicht (?:\\d+|hundert)(?: prozentig| prozent)? sicher"
                    + "\\b|(?<!\\b(?:sie|du|ihr) )\\bnicht hundertprozentig sicher\\b")},
            "it", new NamedPattern[] {of("graded-doubt", "\\bnon (?:ne )?sono (?:sicur[oa] )?al (?:\\d+|cento)"
                    + " (?:per cento )?(?:sicur[oa])?\\b")},
            "nl", new NamedPattern[] {of("graded-doubt", "(?<!\\b(?:je|u|jij|jullie) )\\bniet (?:\\d+|honderd) (?:procent )?zeker\\b")});

    private HedgedFallbacks() {
    }

    static NamedPattern[] uncertain(String language) {
        return NamedPattern.join(UNCERTAIN.get(language), GRADED.get(language));
    }
}
