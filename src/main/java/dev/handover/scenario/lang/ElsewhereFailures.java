package dev.handover.scenario.lang;

import java.util.regex.Pattern;

/**
 * "My old instructor didn't really help me, can I ask for someone else?" reports a failure of another provider or of
 * something the customer used before, and asks what this business offers instead: a new question, not the bot's last
 * answer failing. The failure must have a former, other or earlier provider or thing as its subject, a few words
 * before it, with no second person, "but" or "as" between (so "the other card you told me to use didn't work" and
 * "I tried the other card but it didn't work" stay complaints), and nouns of the bot's own answer (link, step,
 * solution, tip) are left out. Read only when the message asks something; phrases of the seven languages over
 * normalised text.
 */
public final class ElsewhereFailures {

    /** Words that tie the failure back to the bot's own answer or to the customer's attempt at it. */
    private static final String GAP = "(?: (?!(?:but|as|like|you|your|pero|como|te|tu|mas|voce|vc|mais|comme|vous"
            + "|aber|wie|sie|du|ma|come|ti|maar|zoals|je|u|jij)\\b)\\w+){0,4}?";
    private static final String ANSWER_NOUNS = "(?!(?:answer|suggest|link|step|solu|tip|advi|code|method|option"
            + "|repl|respu|enlace|paso|consej|opci|respost|sugest|dica|passo|repons|lien|consei|etape|antwor|losung"
            + "|vorschl|schritt|rispost|soluz|consigl|passag|oploss|stap)\\w*\\b)\\w+";

    private static final Pattern FAILURE = Pattern.compile(String.join("|",
            "\\b(?:my|the|our|a) (?:previous|former|old|other|last) " + ANSWER_NOUNS + GAP
                    + " (?:did not|didn t|never|has not|have not|had not) (?:really |actually |much |ever )?"
                    + "(?:help|helped|work|worked)\\b",
            "\\b(?:that|which) (?:i|we) (?:used|had|did|tried|took|bought) (?:before|previously|last year|elsewhere)"
                    + GAP + " (?:did not|didn t|never) (?:really )?(?:help|work)\\b",
            "\\b(?:mi|mis|el|la|los|las) (?:antigu[oa]s? |anterior(?:es)? |otr[oa]s? )?" + ANSWER_NOUNS
                    + " (?:anterior(?:es)?|de antes|antigu[oa]s?)" + GAP + " no (?:me |nos )?(?:ha |han )?"
                    + "(?:ayud\\w*|funcion\\w*|sirvi\\w*|serv\\w*)\\b",
            "\\bque (?:usaba|use|tomaba|tome|hice|tenia|llevaba) (?:antes|el ano pasado|hace \\w+)" + GAP
                    + " no (?:me |nos )?(?:ayud\\w*|funcion\\w*|sirvi\\w*|serv\\w*)\\b",
            "\\b(?:meu|minha|meus|minhas|o|a|os|as) (?:antig[oa]s? |outr[oa]s? )?" + ANSWER_NOUNS
                    + " (?:anterior(?:es)?|antig[oa]s?|de antes)" + GAP + " nao (?:me |nos )?"
                    + "(?:ajud\\w*|funcion\\w*|result\\w*|serviu)\\b",
            "\\bque (?:fiz|usei|usava|tomei|tomava|tive|tinha|fazia) (?:antes|no ano passado|o ano passado"
                    + "|anteriormente|ha \\w+ \\w+)" + GAP + " nao (?:me |nos )?(?:ajud\\w*|funcion\\w*"
                    + "|result\\w*|serviu)\\b",
            "\\b(?:mon|ma|mes|le|la|l|les) (?:ancien(?:ne)?s? |precedent(?:e)?s? |autres? )" + ANSWER_NOUNS + GAP
                    + " (?:ne |n )(?:m |nous )?(?:a|ont|avait|avaient) (?:pas|jamais) (?:vraiment |beaucoup |trop )?"
                    + "(?:aide\\w*|marche|fonctionne|reussi)\\b",
            "\\bque j (?:utilisais|avais|ai pris|prenais|ai fait|faisais) (?:avant|l annee derniere|auparavant)"
                    + GAP + " (?:ne |n )(?:m |nous )?(?:a|avait|allait|marchait|convenait) (?:pas|jamais)\\b",
            "\\b(?:mein|meine|meinen|meiner|der|die|das|den) (?:vorherige|fruhere|alte|andere|bisherige)\\w* "
                    + ANSWER_NOUNS + GAP + " (?:hat|haben|hatte|hatten) (?:mir |uns )?(?:\\w+ ){0,3}?nicht "
                    + "(?:wirklich |so |viel |richtig )?(?:geholfen|funktioniert|gewirkt)\\b",
            "\\b(?:il|la|lo|l|mio|mia|miei|del|della|dell|dello) ?(?:altr[oa]|precedente|vecchi[oa]|ex) "
                    + ANSWER_NOUNS + GAP + " non (?:mi |ci )?(?:ha|hanno|aveva|avevano) (?:mai |davvero |proprio )?"
                    + "(?:funzionato|aiutat[oa]|servito)\\b",
            "\\bche (?:usavo|ho usato|facevo|ho fatto|prendevo) (?:prima|l anno scorso)" + GAP
                    + " non (?:mi |ci )?(?:ha|hanno|aveva) (?:mai )?(?:funzionato|aiutat[oa]|servito)\\b",
            "\\b(?:de|het|mijn|onze) (?:vorige|oude|andere|eerdere|vroegere) " + ANSWER_NOUNS + GAP
                    + " (?:(?:heeft|hebben|had|hadden)(?: \\w+){0,3}? niet (?:echt |goed |zo )?(?:geholpen|gewerkt)"
                    + "|(?:werkte|werkten|hielp|hielpen) (?:\\w+ ){0,2}?niet)\\b",
            "\\bdie ik (?:vroeger|eerder|vorig jaar) (?:gebruikte|had|nam|deed)" + GAP
                    + " (?:werkte|werkten|hielp|hielpen) (?:\\w+ ){0,2}?niet\\b"));

    private ElsewhereFailures() {
    }

    /** Whether normalised text reports another provider's or an earlier thing's failure; for asking messages only. */
    public static boolean in(String normalized) {
        return FAILURE.matcher(normalized).find();
    }
}
