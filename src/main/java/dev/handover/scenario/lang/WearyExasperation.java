package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

/**
 * Weary exasperation said without an angry word, built from sets so that any wording of the same state is covered:
 * patience that has run out, with the noun and the verb in either order ("se me acabó la paciencia", "acabou minha
 * paciência", "im done being patient"); nobody caring at the business, said with where ("nobody there actually
 * cares", "bei Ihnen interessiert es niemanden"), since "nobody minds the colour" is calm; and the worst experience
 * of one's life, or never having been so humiliated ("pire expérience de ma vie", "nog nooit zo vernederd"); and a
 * new excuse every week ("cada semana una excusa distinta"). Appended
 * to each language's own anger phrases; negatable like them ("not the worst experience of my life").
 */
final class WearyExasperation {

    /** One language's sets, as regex alternations over normalised text. */
    private record Words(String patience, String nobodyCares, String worstEver, String excuses) {
    }

    private static final Words EN = new Words(
            "(?:done|finished|through) being patient|(?:my|our|all my) patience (?:is|has|s) (?:\\w+ )?(?:gone|over|"
                    + "run out|ran out|exhausted|worn out|at an end|up|finished)|(?:ran|run|running|have run|ve run) "
                    + "out of patience|no patience left|(?:i|we) (?:have|ve) (?:lost|no more) (?:all )?(?:my |our )?"
                    + "patience",
            "(?:nobody|no one|noone) (?:there|over there|at your end|on your end|in your (?:company|office|team|"
                    + "shop|firm)|in that (?:office|place|company)) (?:\\w+ )?(?:cares|gives a damn|bothers)",
            "worst (?:\\w+ ){0,5}?(?:of my life|in my life|of my entire life)|never (?:been|felt) (?:so|this|that) "
                    + "(?:\\w+ )?(?:humiliated|embarrassed|insulted|disrespected|mistreated|let down|badly treated|"
                    + "belittled)|never been treated (?:so|this) (?:badly|rudely|poorly)",
            "(?:every|each) (?:single )?(?:week|day|time|month|call) (?:it s |it is |there s |there is |theres |is "
                    + "|brings )?(?:a |another )?(?:new|different|fresh) excuse|(?:a )?(?:new"
                    + "|different) excuse (?:every|each) (?:single )?(?:week|day|time|month)");

    private static final Words ES = new Words(
            "(?:se me|se nos|me|nos|ya se me|ya se nos) (?:acabo|agoto|termino|ha acabado|ha agotado|esta acabando|"
                    + "esta agotando|acaba|agota) la paciencia|(?:mi|la|nuestra) paciencia (?:se (?:acabo|agoto|"
                    + "termino)|tiene (?:un )?limite|llego a su limite|esta agotada)|ya no (?:tengo|me queda|nos "
                    + "queda) (?:mas )?paciencia",
            "(?:ahi|alli|ahi dentro|alli dentro|en (?:esa|su|vuestra) (?:empresa|oficina|tienda|compania)|a ustedes|"
                    + "a vosotros)(?: \\w+){0,2}? (?:no )?(?:le |les |os )?importa (?:a )?nadie|(?:a )?nadie (?:ahi|"
                    + "alli|de ustedes|de vosotros) (?:le |se )?(?:importa|preocupa)",
            "(?:la |el )?peor (?:\\w+ ){0,5}?de (?:toda )?mi vida|nunca (?:me )?(?:he|habia|habian|han) "
                    + "(?:sentido|tratado|humillado)(?: \\w+){0,2}? (?:tan|asi de) (?:mal|humillad\\w+|avergonzad\\w+|"
                    + "ninguneado\\w*)",
            "(?:cada|todas las) (?:semana|dia|vez|mes|llamada)s? (?:es |hay |me dan |me ponen )?(?:una "
                    + "|otra )?(?:excusa|pretexto) (?:distint[oa]|nuev[oa]|diferente)|(?:una )?(?:excusa"
                    + "|pretexto) (?:distint[oa]|nuev[oa]|diferente) cada (?:semana|dia|vez|mes)");

    private static final Words PT = new Words(
            "(?:acabou|esgotou|se esgotou|se acabou|ja acabou|chegou ao fim|ta acabando|esta acabando) (?:a )?"
                    + "(?:minha |nossa )?paciencia|(?:minha|a|nossa) paciencia (?:acabou|esgotou|se esgotou|tem "
                    + "limite|chegou ao limite|ta no limite|esta no limite)|(?:nao tenho|sem|nao temos) mais paciencia",
            "(?:ai|la|ai dentro|nessa empresa) ninguem (?:\\w+ )?(?:se importa|liga|quer saber)|ninguem (?:ai|la|de "
                    + "voces|de vcs) (?:\\w+ )?(?:se importa|liga|quer saber)",
            "(?:a |o )?pior (?:\\w+ ){0,5}?da (?:minha )?vida|nunca (?:fui|me senti|tinha sido) (?:tao )?"
                    + "(?:humilhad|maltratad|mal tratad|desrespeitad)\\w*",
            "(?:toda|cada) (?:semana|dia|vez|mes|ligacao) (?:e |tem |vem )?(?:uma |outra )?(?:desculpa"
                    + "|justificativa) (?:nova|diferente)|(?:uma )?(?:desculpa|justificativa) (?:nova"
                    + "|diferente) (?:toda|cada) (?:semana|vez|dia|mes)");

    private static final Words FR = new Words(
            "(?:ma|notre) patience (?:est a bout|a atteint ses limites|est epuisee|est finie)|(?:j ai|on a|nous "
                    + "avons) perdu (?:toute )?(?:ma |notre )?patience|(?:je suis|on est) a bout de patience|(?:je n ai"
                    + "|on n a) plus (?:aucune |de )?patience|(?:fini|termine) d etre patient\\w*",
            "(?:tout le monde|personne) (?:ne )?s en (?:fiche|fout|moque|soucie|preoccupe)\\w* (?:chez vous|de "
                    + "votre cote|dans votre \\w+)|(?:chez vous|de votre cote) (?:tout le monde s en (?:fiche|fout|"
                    + "moque)|personne ne s en (?:soucie|preoccupe|occupe)|ca n interesse personne)",
            "(?:la |le )?pire (?:\\w+ ){0,6}?de (?:toute )?ma vie|(?:jamais|de ma vie je n ai) (?:\\w+ ){0,2}?"
                    + "(?:aussi|si) (?:humilie|mal traite|maltraite|meprise|mal recu)\\w*",
            "(?:chaque|toutes les) (?:semaine|jour|fois|mois|appel)s? (?:c est |on me sort "
                    + "|j ai droit a )?(?:une )?(?:nouvelle|autre) excuse|(?:une )?(?:nouvelle"
                    + "|autre) excuse (?:chaque|a chaque) (?:semaine|jour|fois|mois)");

    private static final Words DE = new Words(
            "(?:meine|unsere|die) geduld ist (?:\\w+ ){0,2}?(?:am ende|erschopft|erschoepft|aufgebraucht|weg|vorbei|"
                    + "zu ende)|(?:habe|hab) (?:keine|null) geduld mehr|mit (?:meiner|unserer) geduld am ende|"
                    + "(?:habe|hab) (?:die|meine) geduld verloren",
            "(?:bei (?:ihnen|euch)|dort|da drin)(?: \\w+){0,3}? (?:niemanden|keinen|keiner|niemand)(?: \\w+)? "
                    + "(?:interessiert|kummert|kuemmert|juckt|schert)|(?:bei (?:ihnen|euch)|dort) (?:interessiert"
                    + "|kummert|"
                    + "kuemmert|juckt|schert)(?: \\w+){0,3}? (?:niemanden|keinen)",
            "(?:die |das |der )?schlimmste\\w* (?:\\w+ ){0,5}?(?:meines lebens|in meinem leben)|noch nie (?:\\w+ )"
                    + "{0,3}?so (?:gedemutigt|gedemuetigt|blamiert|schlecht behandelt|respektlos behandelt|"
                    + "vorgefuhrt|vorgefuehrt)",
            "(?:jede|jeden|jedes) (?:woche|tag|mal|monat|anruf) (?:gibt es |gibts |kommt )?(?:eine )?(?:neue?"
                    + "|andere?) ausrede|(?:eine )?(?:neue?|andere?) ausrede (?:jede|jeden|jedes) (?:woche|tag|mal"
                    + "|monat)");

    private static final Words IT = new Words(
            "(?:la mia|la nostra|mia) pazienza (?:e|e gia|si e|ormai e) (?:\\w+ )?(?:finita|esaurita|terminata|agli "
                    + "sgoccioli|al limite)|(?:ho|abbiamo) (?:perso|esaurito|finito) (?:la|tutta la) (?:mia |nostra )?"
                    + "pazienza|(?:non ho|senza) piu pazienza|(?:e|si e) (?:esaurita|finita) la (?:mia )?pazienza",
            "(?:da voi|li dentro|la dentro|in quell \\w+)(?: \\w+){0,3}? (?:non )?(?:import|interess|freg)\\w* (?:a )?"
                    + "nessuno|a nessuno (?:da voi |di voi )?(?:import|interess|freg)\\w* (?:\\w+ ){0,2}?da voi",
            "(?:la |il )?peggior\\w* (?:\\w+ ){0,6}?della (?:mia )?vita|(?:mai|non sono mai stat\\w) (?:\\w+ ){0,2}?"
                    + "cosi (?:umiliat|maltrattat|mal trattat)\\w*",
            "(?:ogni) (?:settimana|giorno|volta|mese|chiamata) (?:c e |una |arriva )?(?:una )?(?:scusa"
                    + "|giustificazione) (?:diversa|nuova)|(?:una )?(?:scusa|giustificazione) (?:diversa"
                    + "|nuova) (?:ogni) (?:settimana|volta|giorno|mese)");

    private static final Words NL = new Words(
            "(?:mijn|ons|het) geduld is (?:\\w+ ){0,2}?(?:op|opgebruikt|ten einde|weg|voorbij)\\b|(?:heb|hebben) "
                    + "(?:geen|totaal geen) geduld meer|(?:ben|zijn) (?:mijn|ons) geduld kwijt",
            "(?:bij jullie|daar|bij u)(?: \\w+){0,3}? (?:niemand|geen mens)(?: \\w+){0,2}? (?:kan schelen|"
                    + "schelen|interesseert|boeit|maalt)",
            "(?:de |het )?slechtste (?:\\w+ ){0,5}?(?:van mijn (?:hele )?leven)|nog nooit (?:\\w+ ){0,3}?zo "
                    + "(?:vernederd|slecht behandeld|beledigd|voor schut gezet|respectloos behandeld)",
            "(?:elke|iedere|elk|ieder) (?:week|dag|keer|maand|telefoontje) (?:is het |weer )?(?:een )?(?:nieuw"
                    + "|ander) (?:excuus|smoesje)|(?:een )?(?:nieuw|ander) (?:excuus|smoesje) (?:elke|iedere) (?:week"
                    + "|dag|keer|maand)");

    private WearyExasperation() {
    }

    /** The weary-exasperation families of a language. */
    static NamedPattern[] anger(String code) {
        Words words = PerLanguage.pick(code, "weary exasperation", EN, ES, PT, FR, DE, IT, NL);
        return new NamedPattern[] {
                of("patience-gone", words.patience),
                of("nobody-cares-there", words.nobodyCares),
                of("worst-ever", words.worstEver),
                of("excuses", words.excuses)
        };
    }
}
