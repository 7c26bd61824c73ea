package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

import java.util.Map;

/**
 * Dissatisfied families of a customer sent round in a loop, in every language at once, over normalised text: sent
 * back, again and again, to the same menu or options ("you keep sending me back to the same menu", "ich lande immer
 * wieder im selben Menü"), which needs a place of the bot's own (a menu, options, a screen, the start) so "I always
 * end up at the same café" stays neutral; and pointed to the website or the FAQ once more ("mi hai rimandato di nuovo
 * al sito", "on me redit de consulter l'espace client"), which needs "again" so "you sent me to the right page"
 * stays out. Dissatisfaction is checked before thanks, so "Merci, j'y avais pas pensé" after it is sarcasm.
 */
final class LoopFeedback {

    private static final String EN_PLACE = "(?:menu|menus|options|screen|page|loop|start|beginning|step|answers?"
            + "|questions?)";
    private static final String ES_PLACE = "(?:menu|menus|opciones|pantalla|pagina|bucle|inicio|principio|paso"
            + "|respuestas?|preguntas?)";
    private static final String PT_PLACE = "(?:menu|menus|opcoes|ecra|tela|pagina|loop|inicio|passo|respostas?"
            + "|perguntas?)";
    private static final String FR_PLACE = "(?:menu|menus|options|ecran|page|boucle|debut|depart|etape|reponses?"
            + "|questions?)";
    private static final String DE_PLACE = "(?:menu|menus|optionen|auswahl|bildschirm|seite|schleife|anfang|start"
            + "|schritt|antworten?|fragen?)";
    private static final String IT_PLACE = "(?:menu|opzioni|schermata|pagina|loop|inizio|punto|passaggio|rispost[ae]"
            + "|domand[ae])";
    private static final String NL_PLACE = "(?:menu|menu s|opties|scherm|pagina|lus|begin|start|stap|antwoorden?"
            + "|vragen)";

    private static final Map<String, NamedPattern[]> DISSATISFIED = Map.of(
            "en", new NamedPattern[] {
                    of("same-menu", "\\b(?:keep|keeps|kept|always) (?:sending|taking|bringing|putting|throwing"
                            + "|looping) me (?:right )?(?:back )?(?:to|into|in) the same (?:\\w+ ){0,2}?" + EN_PLACE
                            + "\\b|\\bi (?:keep|always) (?:ending|end|landing|land|getting|get) (?:up )?(?:back )?"
                            + "(?:in|at|on|to) the same (?:\\w+ ){0,2}?" + EN_PLACE + "\\b"),
                    of("sent-to-site-again", "\\b(?:sent|sending|pointed|pointing|referred|referring|directed) me"
                            + " (?:back )?to (?:the|your) (?:website|site|faq|faqs|app|help page|help centre"
                            + "|help center|account page) (?:again|once more|yet again)\\b")},
            "es", new NamedPattern[] {
                    of("same-menu", "\\b(?:siempre|otra vez|de nuevo|una y otra vez) me (?:devuelves|devuelve"
                            + "|mandas|manda|llevas|lleva|envias|envia|remites|remite) (?:otra vez |de nuevo )?(?:a"
                            + " las|a los|al|a la) mism[oa]s? (?:\\w+ ){0,2}?" + ES_PLACE + "\\b|\\b(?:vuelvo|acabo"
                            + "|termino) (?:siempre|otra vez|una y otra vez) (?:a las|a los|al|a la|en las|en los|en el|en la) mism[oa]s?"
                            + " (?:\\w+ ){0,2}?" + ES_PLACE + "\\b"),
                    of("sent-to-site-again", "\\bme (?:vuelves|vuelve|volveis) a (?:mandar|enviar|remitir|derivar"
                            + "|redirigir) a (?:la web|la pagina|las faq|la app|el area)\\b|\\bme (?:has|ha|habeis)"
                            + " (?:mandado|enviado|remitido|redirigido) (?:otra vez|de nuevo) a (?:la web|la pagina"
                            + "|las faq|la app|el area)\\b")},
            "pt", new NamedPattern[] {
                    of("same-menu", "\\b(?:sempre|de novo|outra vez) me (?:manda|mandas|leva|levas|devolve|devolves"
                            + "|joga|envia) (?:de volta )?(?:para|pro|pra|ao|a) (?:o |a |os |as )?mesm[oa]s?"
                            + " (?:\\w+ ){0,2}?" + PT_PLACE + "\\b|\\b(?:volto|caio|acabo) sempre (?:no|na|ao|nos"
                            + "|nas) mesm[oa]s? (?:\\w+ ){0,2}?" + PT_PLACE + "\\b"),
                    of("sent-to-site-again", "\\bme (?:mandou|mandaste|mandaram|enviou|encaminhou|remeteu)"
                            + " (?:de novo|outra vez|novamente) (?:para|pro|pra|ao|a) (?:o )?(?:site|app|faq"
                            + "|area)\\b")},
            "fr", new NamedPattern[] {
                    of("same-menu", "\\b(?:tu me|vous me|on me) (?:renvoie|renvoies|renvoyez|ramene|ramenes"
                            + "|ramenez) (?:toujours |encore |sans cesse )?(?:au|a la|aux|vers le|vers la|vers les)"
                            + " memes? (?:\\w+ ){0,2}?" + FR_PLACE + "\\b|\\bje (?:reviens|retombe|tombe)"
                            + " (?:toujours|encore|sans cesse) (?:sur|dans|au|a) (?:le |la |les )?memes?"
                            + " (?:\\w+ ){0,2}?" + FR_PLACE + "\\b"),
                    of("sent-to-site-again", "\\bon me (?:redit|repete) de (?:consulter|regarder|aller sur|voir)\\b"
                            + "|\\b(?:vous me|tu me|on me) (?:renvoie|renvoies|renvoyez|redirige|rediriges"
                            + "|redirigez) (?:encore|de nouveau|a nouveau) (?:vers|sur|a) (?:le site|la faq"
                            + "|l espace client|l appli|la page)\\b")},
            "de", new NamedPattern[] {
                    of("same-menu", "\\b(?:lande|komme|bin) (?:immer wieder|jedes mal|schon wieder|standig)"
                            + " (?:im|in dem|in der|in den|beim|bei dem|bei der) (?:selben|gleichen) (?:\\w+ ){0,2}?"
                            + DE_PLACE + "\\b|\\b(?:schickst|schicken|leitest|leiten|bringst|bringen) mich (?:immer"
                            + " wieder|standig|jedes mal) (?:zuruck )?(?:ins|in das|in die|zum|zur|zu dem|zu der)"
                            + " (?:selbe|gleiche|selben|gleichen) (?:\\w+ ){0,2}?" + DE_PLACE + "\\b"),
                    of("sent-to-site-again", "\\b(?:schon wieder|wieder|erneut) (?:auf|an) (?:die|das|eure|ihre"
                            + "|deine) (?:webseite|website|homepage|seite|faq|app|kundenbereich)"
                            + " (?:verwiesen|geschickt|verwiesen worden)\\b")},
            "it", new NamedPattern[] {
                    of("same-menu", "\\bmi (?:rimandi|rimanda|riporti|riporta|mandi|manda|rispedisci|rispedisce)"
                            + " (?:sempre|di nuovo|ancora|ogni volta) (?:allo|al|alla|alle|agli|ai|nello|nel|nella)"
                            + " stess[oaie] (?:\\w+ ){0,2}?" + IT_PLACE + "\\b|\\b(?:finisco|torno|ritorno) (?:sempre"
                            + "|ogni volta|di nuovo) (?:allo|al|alla|alle|nello|nel|nella) stess[oaie] (?:\\w+ ){0,2}?"
                            + IT_PLACE + "\\b"),
                    of("sent-to-site-again", "\\bmi (?:hai|ha|avete) (?:rimandato|mandato|indirizzato|rispedito"
                            + "|reindirizzato) (?:di nuovo|ancora|un altra volta) (?:al|alla|alle|sul|sulla|alle)"
                            + " (?:sito|faq|app|pagina|area)\\b")},
            "nl", new NamedPattern[] {
                    of("same-menu", "\\b(?:kom|beland|eindig) (?:ik )?(?:steeds|telkens|elke keer|iedere keer)"
                            + " (?:weer )?(?:in|bij|op) (?:hetzelfde|dezelfde) (?:\\w+ ){0,2}?" + NL_PLACE + "\\b"
                            + "|\\b(?:stuur|stuurt|breng|brengt) (?:je|jij|u) me (?:steeds|telkens|elke keer)"
                            + " (?:weer )?(?:terug )?naar (?:hetzelfde|dezelfde) (?:\\w+ ){0,2}?" + NL_PLACE + "\\b"),
                    of("sent-to-site-again", "\\b(?:weer|opnieuw|alweer) (?:door)?(?:verwezen|gestuurd) naar (?:de"
                            + "|jullie|uw|je) (?:website|site|faq|app)\\b|\\b(?:verwijs|verwijst|stuur|stuurt)"
                            + " (?:je|jij|u) me (?:weer|opnieuw|alweer) (?:door )?naar (?:de|jullie|uw|je)"
                            + " (?:website|site|faq|app)\\b")});

    private LoopFeedback() {
    }

    static NamedPattern[] dissatisfied(String language) {
        return DISSATISFIED.get(language);
    }
}
