package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

import java.util.Map;

/**
 * Resolved families of understanding, of getting back in and of managing with the bot's tip, in every language at
 * once, over normalised text: the customer who gets it now ("ah ya caché", "agora fez sentido", "jetzt check
 * ich's", "nu snap ik waarom"), or says the answer cleared the doubt ("tirou minha dúvida", "mi hai tolto il
 * dubbio"), where a negation, "less" or a "but" in the next words ("now I understand even less", "nu snap ik er
 * niks meer van", "ya entiendo, pero ...") keeps it out; the customer back into an account or portal ("bin wieder
 * im Kundenportal drin"), which needs "again" and a way in, with no negation before it; a task managed with the
 * bot's link or steps ("managed to move my appointment using that link", "met die link is het gelukt"), with no
 * negation before the success; and formal thanks for the help as a whole sentence ("Je vous remercie pour votre
 * aide.", "Agradeço a disponibilidade."), kept out of the thanks words, which also tell the frustration detector a
 * customer is happy, though a complaint often opens with them ("agradeço a atenção. Só queria entender ...").
 */
final class UnderstoodFeedback {

    /** Words that turn "now I get it" into its opposite or into a complaint when they follow closely. */
    private static final String NOT_AFTER = "(?!(?: \\w+){0,3}? (?:not|no|nothing|less|but|nada|menos|pero|nao|mas"
            + "|rien|moins|pas|mais|nicht|nichts|weniger|aber|non|niente|meno|ma|niet|niets|niks|minder|maar)\\b)";

    private static final Map<String, NamedPattern[]> RESOLVED = Map.of(
            "en", new NamedPattern[] {
                    of("managed-with-tip", "\\b(?:managed|was able|were able) to \\w+(?: \\w+){0,8}? (?:using|with|via"
                            + "|through|following) (?:that|the|your) (?:link|steps|instructions|tip|guide|form)\\b"),
                    of("formal-thanks", "^(?:i )?(?:really |truly )?appreciate (?:your|the) (?:\\w+ )?(?:help|time"
                            + "|patience|assistance|explanation)(?: \\w+){0,2}?$"),
                    of("understood-now", "(?:\\bnow i (?:get it|understand|see why|see)|\\bthat makes sense now"
                            + "|\\bthat (?:clears|cleared) (?:it|that) up|(?<!not |n t )\\b(?:that"
                            + "|you) answered my question)\\b"
                            + NOT_AFTER),
                    of("back-in", "(?<!not |n t |never )\\b(?:i m|i am) back (?:in|into) (?:my|the) (?:account|portal"
                            + "|app|profile)\\b")},
            "es", new NamedPattern[] {
                    of("managed-with-tip", "(?<!no )\\b(?:he podido|pude|consegui|logre|he conseguido|he logrado)"
                            + " \\w+(?: \\w+){0,8}? (?:con|desde|usando|siguiendo) (?:ese|el|tu|su|este|los|las)"
                            + " (?:enlace|link|pasos|instrucciones|consejo|guia|formulario)\\b"),
                    of("formal-thanks", "^(?:le|te|les|os) agradezco (?:mucho )?(?:la|su|tu|el|vuestra) (?:\\w+ )?"
                            + "(?:atencion|ayuda|explicacion|disponibilidad|amabilidad|respuesta|informacion)"
                            + "(?: \\w+){0,2}?$"),
                    of("understood-now", "(?:\\bya (?:cache|entendi|entiendo|lo entiendo|lo pillo|lo pille)|\\bahora"
                            + " (?:lo )?(?:entiendo|entendi|tiene sentido)|(?<!no )\\bme (?:has|ha) (?:aclarado"
                            + "|resuelto) la"
                            + " duda)\\b" + NOT_AFTER),
                    of("back-in", "(?<!no )\\b(?:ya )?(?:he podido|pude) (?:volver a )?entrar (?:de nuevo |otra vez )?"
                            + "(?:en|a) (?:mi|la) (?:cuenta|app|aplicacion|portal|area)\\b")},
            "pt", new NamedPattern[] {
                    of("managed-with-tip", "(?<!nao )\\b(?:consegui|pude) \\w+(?: \\w+){0,8}? (?:com|pelo|pela|usando"
                            + "|seguindo) (?:esse |essa |o |a |seu |sua |teu |este |os |as )?(?:link|passos|instrucoes"
                            + "|dica|guia|formulario)\\b"),
                    of("formal-thanks", "^agradeco (?:muito )?(?:a|o|pela|pelo) (?:\\w+ )?(?:atencao|ajuda|explicacao"
                            + "|disponibilidade|simpatia|resposta|informacao)(?: \\w+){0,2}?$"),
                    of("understood-now", "(?:(?<!nao )\\b(?:tirou|tiraste|esclareceu) (?:a )?minha duvida|\\bagora "
                            + "(?:fez|faz)"
                            + " sentido|\\bagora (?:entendi|percebi|ficou claro))\\b" + NOT_AFTER),
                    of("back-in", "(?<!nao )\\b(?:ja )?consegui (?:entrar|voltar a entrar) (?:de novo |novamente )?na"
                            + " (?:minha )?(?:conta|app|area|aplicacao)\\b")},
            "fr", new NamedPattern[] {
                    of("managed-with-tip", "\\bj ai (?:pu|reussi a) \\w+(?: \\w+){0,8}? (?:avec|grace a|via|en suivant)"
                            + " (?:ce|le|votre|ton|les|vos|tes|la) (?:lien|etapes|instructions|conseil|guide"
                            + "|formulaire)\\b"),
                    of("formal-thanks", "^je (?:vous|te) remercie (?:beaucoup )?(?:pour|de) (?:votre|ta|ton|vos|tes"
                            + "|ces|cette|la|l|les) (?:\\w+ )?(?:aide|explications?|reponse|disponibilite|precisions"
                            + "|informations|patience)(?: \\w+){0,2}?$"),
                    of("understood-now", "(?:\\bmaintenant (?:je comprends|j ai compris|c est clair)|\\bc est (?:plus"
                            + " clair|clair maintenant)|(?<!ne )\\b(?:ca|cela) repond a ma question)\\b" + NOT_AFTER),
                    of("back-in", "(?<!pas )\\bj ai pu (?:me )?(?:reconnecter|acceder de nouveau|revenir) (?:a|sur"
                            + "|dans)"
                            + " (?:mon|l|la) (?:compte|espace|appli|application)\\b")},
            "de", new NamedPattern[] {
                    of("managed-with-tip", "\\b(?:mit|uber|dank) (?:dem|deinem|ihrem|diesem|den|der) (?:link"
                            + "|schritten|anleitung|tipp|formular)\\w* (?:(?!nicht\\b|nie\\b)\\w+ ){0,4}?(?:geklappt"
                            + "|geschafft|hinbekommen)\\b"),
                    of("formal-thanks", "^ich bedanke mich (?:\\w+ ){0,2}?fur (?:die|ihre|deine|eure) (?:\\w+ )?"
                            + "(?:hilfe|antwort|auskunft|erklarung|geduld|informationen|muhe)$"),
                    of("understood-now", "\\bjetzt (?:check|checke|versteh|verstehe|kapier|kapiere|raff|raffe) ich"
                            + "(?: s| es| das)?\\b" + NOT_AFTER + "|\\bjetzt ist (?:es|alles) klar\\b" + NOT_AFTER),
                    of("back-in", "(?<!nicht )\\b(?:ich )?bin wieder (?:\\w+ ){0,2}?(?:drin|drinnen|eingeloggt"
                            + "|angemeldet)\\b")},
            "it", new NamedPattern[] {
                    of("managed-with-tip", "(?<!non )\\b(?:sono riuscit[oa] a|ho potuto) \\w+(?: \\w+){0,8}? (?:con"
                            + "|tramite|grazie a|seguendo) (?:il|quel|questo|tuo|suo|i|le|la) (?:link|passaggi"
                            + "|istruzioni|consiglio|guida|modulo)\\b"),
                    of("formal-thanks", "^(?:la|ti|vi) ringrazio (?:molto |tanto )?(?:per|della|dell) (?:la |l )?"
                            + "(?:\\w+ )?(?:aiuto|spiegazione|disponibilita|risposta|pazienza|informazioni)$"),
                    of("understood-now", "(?:(?<!non )\\b(?:mi hai|mi ha|mi avete) tolto (?:il|ogni) dubbio|\\b"
                            + "(?:ora|adesso)"
                            + " (?:ho capito|capisco|e chiaro|mi e chiaro))\\b" + NOT_AFTER),
                    of("back-in", "(?<!non )\\bsono (?:riuscit[oa] a )?(?:rientrare|rientrato|rientrata) (?:nel|nell"
                            + "|sul) (?:mio )?(?:account|profilo|portale|app)\\b")},
            "nl", new NamedPattern[] {
                    of("managed-with-tip", "\\b(?:met|via) (?:die|de|jouw|uw|deze) (?:link|stappen|instructies|tip"
                            + "|handleiding) (?:(?!niet\\b|nooit\\b)\\w+ ){0,4}?gelukt\\b"),
                    of("formal-thanks", "^(?:ik )?(?:dank|bedank) (?:u|je|jullie) (?:hartelijk |vriendelijk )?voor"
                            + " (?:de|uw|je|jullie) (?:\\w+ )?(?:hulp|uitleg|antwoord|moeite|informatie|geduld)$"),
                    of("understood-now", "(?:^(?:oke |ok |ah |o )?(?:ik )?(?:snap|begrijp) het nu$|\\bnu (?:snap|begrijp|snapte) ik|\\bnu is het (?:me )?duidelijk)\\b"
                            + NOT_AFTER),
                    of("back-in", "(?<!niet )\\bik (?:ben|kan) (?:weer|opnieuw) (?:\\w+ )?(?:in (?:mijn|het|de)"
                            + " (?:account|portaal|app)|inloggen|ingelogd)\\b")});

    private UnderstoodFeedback() {
    }

    static NamedPattern[] resolved(String language) {
        return RESOLVED.get(language);
    }
}
