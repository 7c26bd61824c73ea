package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

import java.util.Map;

/**
 * Requests for a person wrapped in courtesy, fixed in every language at once. Two parts:
 * <ul>
 * <li>conditions that are only courtesy, so that they do not make the request hypothetical: gratitude ("I'd be
 * grateful if", "le sarei grata se"), not wanting to be a bother ("if it's not too much bother", "se não for muito
 * trabalho"), feasibility ("si c'est faisable"), an embedded question ("pour savoir si", "queríamos saber si"),
 * wondering ("me preguntaba si", "je me demandais si", "mi chiedevo se", German "ob mich vielleicht") and a hedged
 * availability ("might be free to"): none of them says the customer may not want the person after all;</li>
 * <li>whole-clause requests: one of the business's staff named by a plural role ("one of the engineers", "uno degli
 * istruttori"), asked for, to go through the matter with the customer, to receive or to contact them ("te woord
 * staan", "se pusiera en contacto conmigo"), and a callback asked for by a noun or a causative ("request a
 * callback", "me faire rappeler", "que me devolvieran la llamada"). A negation before the wish turns them down:
 * they are anchored at the wish or look behind it for "no", "não", "non", "niet dat".</li>
 * </ul>
 * The plural role is kept to a plural noun after "one of the/your", so that "one of the options" stays out by the
 * verb it needs: talk, discuss or go through with the customer. The customer's own people ("um dos meus advogados",
 * "uno dei miei colleghi") are not the business's staff, so they stay out.
 */
final class CourteousAsks {

    private static final Map<String, String[]> CONDITIONS = Map.of(
            "en", new String[] {"if (?:it is|it s|that is|that s) (?:not (?:too much|a)|no) (?:bother|hassle|trouble)",
                    "if (?:it is|it s|that is|that s) (?:feasible|doable|convenient)",
                    // "if someone might be free to talk me through": the hedge of an ask, not a supposition
                    "might be (?:free|able|available) to"},
            "es", new String[] {"si no es (?:mucho pedir|molestia|mucha molestia)",
                    "si (?:es|fuera|resulta) (?:factible|viable)", "agradeceria (?:mucho |muchisimo )?si",
                    "para (?:saber|ver|comprobar|confirmar) si",
                    "(?:queria|queriamos|quisiera|quisieramos|me gustaria|nos gustaria) saber si",
                    "me (?:preguntaba|pregunto) si"},
            "pt", new String[] {"se nao for (?:muito )?(?:trabalho|incomodo|chato|pedir muito|abuso)",
                    "se (?:for )?(?:viavel|exequivel)", "(?:agradecia|agradeceria|ficaria grat[oa])"
                            + " (?:imenso |muito |imensamente )?se", "para (?:saber|ver|confirmar) se",
                    "(?:queria|queriamos|gostaria|gostariamos|gostava|gostavamos)(?: de)? saber se"},
            "fr", new String[] {"si ce n est pas trop (?:demander|vous demander)",
                    "si (?:c est|cela est|ca est) (?:faisable|jouable|envisageable)",
                    "(?:serais|serai|serions) (?:tres |vraiment )?reconnaissante?s? si",
                    "pour (?:savoir|voir|verifier|confirmer) si",
                    "(?:voudrais|voudrait|voulais|voulait|voudrions|voulions|aimerais|aimerait|souhaiterais"
                            + "|souhaiterait) savoir si", "je me (?:demandais|demande) si",
                    "je me (?:demandais|demande) s il (?:serait|etait|est) (?:possible|envisageable)"},
            "de", new String[] {"(?:wenn|falls) (?:es|das) (?:ihnen )?(?:nicht zu viel muhe|keine muhe|kein aufwand)"
                    + " (?:ist|macht)", "(?:wenn|falls) (?:es|das) (?:machbar|moglich) ist",
                    // "ob mich vielleicht jemand ...": the hedge of an indirect ask, not a supposition
                    "(?<=\\bob (?:mich|mir|uns) )(?:vielleicht|eventuell)"},
            "it", new String[] {"se non (?:e|fosse) (?:un problema|troppo disturbo|di disturbo|un disturbo"
                    + "|chiedere troppo)",
                    "(?:sarei|saremmo) (?:molto )?grat[oaie] se", "se (?:e|fosse) fattibile",
                    "(?:per|volevo|vorrei|volevamo|vorremmo) (?:sapere|capire|vedere|verificare) se",
                    "mi (?:chiedevo|domandavo|chiedo) se"},
            "nl", new String[] {"als (?:het|dat) niet te veel (?:moeite|gevraagd) is",
                    "als (?:het|dat) (?:haalbaar|te doen) is"});

    private static final Map<String, NamedPattern[]> REQUESTS = Map.of(
            "en", new NamedPattern[] {
                    of("one-of-the-roles", "\\b(?:can|could|may) (?:i|we) (?:talk|speak|chat) (?:to|with) one of"
                            + " the \\w+s\\b|\\bcould one of the \\w+s (?:hop|jump|get) on\\b"),
                    of("staff-with-me", "\\b(?:a member of (?:your |the )?(?:team|staff)|one of your \\w+s|someone"
                            + " from your \\w+) (?:could|can|would) (?:go|run|talk|walk) (?:me )?(?:through|over)"
                            + "(?: \\w+){0,6}? with (?:me|us)\\b"),
                    of("request-callback", "\\b(?<!not |never )(?:request|arrange|book|schedule) a (?:call ?back"
                            + "|call) from\\b")},
            "es", new NamedPattern[] {
                    of("one-of-the-roles", "\\b(?<!no )(?<!no me )(?<!no nos )(?:gustaria|quisiera|quiero|prefiero"
                            + "|preferiria|preferimos|prefeririamos|puedo|podria|vendria mejor) (?:comentarlo|hablarlo"
                            + "|tratarlo|comentar esto|hablar esto|tratar esto|tratar este (?:tema|asunto))"
                            + " (?:directamente |en persona )?con (?:alguno|alguna|uno|una) de (?:los|las|sus"
                            + "|vuestros|vuestras|tus) \\w+s\\b"),
                    of("get-in-touch-with-me", "\\b(?:agradeceria|agradeceriamos|me gustaria|quisiera)(?: \\w+)? que"
                            + " (?:una persona|alguien|alguno|alguna|uno|una)(?: \\w+){0,4}? (?:se pusiera|se pusiese"
                            + "|se ponga) en contacto conmigo\\b"),
                    // anchored at the start, so that no negation stands before the wish
                    of("return-the-call", "^(?:(?:hola|buenas|buenos dias|buenas tardes|por favor) )*(?:quisiera"
                            + "|quiero|me gustaria|agradeceria|pido|necesito|rogaria) que me (?:devolvieran|devuelvan"
                            + "|devolviesen|regresen|regresaran) la llamada\\b")},
            "pt", new NamedPattern[] {
                    of("one-of-the-roles", "\\b(?<!nao )(?:gostaria de|queria|quero|prefiro|preferia|posso)"
                            + " (?:tratar|falar|ver|resolver)(?: (?:isto|isso|disto|disso"
                            + "|d[oa]s? \\w+(?: d[oa]s? \\w+)?))?(?: diretamente| pessoalmente)? com (?:uma pessoa"
                            + "|alguem|um|uma|algum|alguma) d[aeo]s? (?!(?:meus|minhas|nossos|nossas)\\b)\\w+\\b"),
                    of("staff-attend-me", "\\b(?:um|uma|algum|alguma) d(?:os|as) (?:vossos|vossas|seus|suas) \\w+s"
                            + " (?:me|nos) (?:pudesse|pudessem|possa|possam|poderia) (?:atender|ligar|contactar"
                            + "|ajudar)\\b")},
            "fr", new NamedPattern[] {
                    of("have-me-called", "\\b(?:merci de|pourriez vous|pouvez vous|je souhaite|j aimerais) me faire"
                            + " (?:rappeler|contacter|appeler)\\b"),
                    of("be-recontacted", "\\b(?:j aimerais|je voudrais|je souhaiterais|je souhaite) etre"
                            + " (?:recontactee?|rappelee?)\\b")},
            // German courtesy is a condition only ("ich wäre dankbar, wenn ..."): see the conditions
            "de", new NamedPattern[] {},
            "it", new NamedPattern[] {
                    of("one-of-the-roles", "\\b(?<!non )(?:preferirei|vorrei|posso|potrei|voglio) (?:parlarne"
                            + "|parlare|discuterne|vederla) (?:direttamente )?con (?:uno|una) (?:degli|delle|dei"
                            + "|dei vostri|dei suoi) (?!(?:miei|mie|nostri|nostre)\\b)\\w+\\b"),
                    of("staff-follow-me", "\\buna persona (?:dell|della|del|dello) \\w+ (?:potesse|possa|potrebbe)"
                            + " (?:seguirmi|richiamarmi|chiamarmi|contattarmi)\\b")},
            "nl", new NamedPattern[] {
                    of("contact-with-me", "\\b(?<!niet dat )(?<!geen )(?:een van (?:uw|jullie) \\w+(?: s)?|iemand"
                            + "|een medewerker) contact met (?:mij|me|ons) (?:opneemt|opnemen|zou opnemen|kan opnemen"
                            + "|wil opnemen)\\b"),
                    of("one-of-the-roles", "\\b(?:bespreek|bespreken|regel|overleg) ik (?:dit|dat|het) (?:liever"
                            + " |graag )?met een van (?:de|uw|jullie) \\w+s\\b"),
                    // "als" is read as courtesy before this ("ik zou het fijn vinden als"), so it is not required
                    of("staff-receive-me", "\\b(?:een van (?:uw|jullie) \\w+|een medewerker|iemand) (?:mij|me)"
                            + " (?:persoonlijk )?te woord (?:kan|kunnen|wil|zou|zouden) staan\\b|\\b(?:kan|kunt"
                            + "|wil|zou) (?:een van (?:uw|jullie) \\w+|een medewerker|iemand) (?:mij|me)"
                            + " (?:persoonlijk )?te woord staan\\b")});

    private CourteousAsks() {
    }

    static String[] conditions(String language) {
        return CONDITIONS.get(language);
    }

    static NamedPattern[] requests(String language) {
        return REQUESTS.get(language);
    }
}
