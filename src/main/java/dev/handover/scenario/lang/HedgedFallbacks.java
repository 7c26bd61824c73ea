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
                    + "|a principio|normalmente)\\b(?: \\w+){1,16}? mas nao (?:tenho (?:a )?(?:certeza|certeza absoluta)"
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
                    + "|di solito|dovrebbe)\\b(?: \\w+){1,16}? ma non (?:(?:te|ve|glie) ?)?(?:lo )?(?:posso|potrei)"
                    + " (?:garantire|assicurare|promettere|confermare)\\b|\\b(?:credo che|penso che|mi pare che|in teoria"
                    + "|di solito)\\b(?: \\w+){1,16}? ma non ne (?:sono (?:sicur[oa]|cert[oa])|ho la certezza)"
                    + "\\b")},
            "nl", new NamedPattern[] {of("hedged-guess", "\\b(?:ik denk|ik geloof|volgens mij|normaal gesproken"
                    + "|in principe)\\b(?: \\w+){1,16}? maar (?:ik kan (?:het|dat|dit) niet|dat kan ik niet)"
                    + " (?:garanderen|beloven|bevestigen)\\b|\\b(?:ik denk|ik geloof|volgens mij)\\b(?: \\w+){1,16}?"
                    + " maar (?:ik ben er niet (?:helemaal )?zeker van|zeker weten doe ik het niet|ik weet het niet"
                    + " zeker)\\b")});

    private HedgedFallbacks() {
    }

    static NamedPattern[] uncertain(String language) {
        return UNCERTAIN.get(language);
    }
}
