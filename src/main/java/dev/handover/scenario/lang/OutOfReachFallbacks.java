package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

import java.util.Map;

/**
 * A fallback family, in every language at once, over normalised text: the bot says a task or a topic is beyond it,
 * in the first person and without naming its role ("changing the name isn't something I can do", "impossible pour
 * moi de transférer", "não é possível para mim", "Consigli su diete esulano dalle mie competenze", "Questões de
 * escritura não são comigo"), or that it lost the thread ("Sorry, da komm ich grad nicht mit", "I'm not sure I
 * follow", "fiquei sem perceber"). The limit must be the bot's own: a policy ("we can't deliver on Sundays", "il est
 * impossible de modifier une commande expédiée"), an instruction ("you can't change it online, but you can call us")
 * and a product outside the warranty ("valt buiten de garantie") stay answers.
 */
final class OutOfReachFallbacks {

    private static final Map<String, NamedPattern[]> CERTAIN = Map.of(
            "en", new NamedPattern[] {
                    of("beyond-my-reach", "\\b(?:is not|isn t|s not|are not|aren t) something i (?:can|am able to"
                            + "|m able to) (?:do|help with|change|arrange|sort out|handle|manage|process)\\b"
                            + "|\\b(?:it is|it s) not possible for me to\\b|\\bi have no way (?:of|to)\\b"),
                    of("lost-the-thread", "\\bi (?:am|m) not (?:quite |really |entirely )?sure i (?:follow"
                            + "|understand|understood|get you|got that)\\b|\\bi (?:am|m) not (?:quite |really "
                            + "|entirely )?sure what you (?:mean|are referring to|re referring to)\\b")},
            "es", new NamedPattern[] {
                    of("beyond-my-reach", "\\bno (?:me )?es posible para mi\\b|\\bno tengo (?:forma|manera|modo"
                            + "|acceso|la posibilidad) de (?:ver|modificar|cambiar|comprobar|saber|consultar|acceder"
                            + "|gestionar|cancelar|anular|tramitar)\\b|\\b(?:esta|queda|quedan|estan) fuera de mis?"
                            + " (?:alcance|competencias?|funciones|ambito)\\b|\\bno (?:es|son) de mi competencia\\b")},
            "pt", new NamedPattern[] {
                    of("beyond-my-reach", "\\bnao (?:me )?e possivel para mim\\b|\\bnao me e possivel\\b|\\bnao (?:e|sao) (?:bem )?comigo\\b"
                            + "|\\bnao (?:e|sao) da minha (?:competencia|alcada|area|responsabilidade)\\b|\\bnao tenho"
                            + " (?:forma|maneira|como|possibilidade) de (?:alterar|mudar|ver|verificar|consultar"
                            + "|cancelar|aceder|acessar|modificar)\\b"),
                    of("lost-the-thread", "\\bfiquei sem (?:perceber|entender|compreender)\\b")},
            "fr", new NamedPattern[] {
                    of("beyond-my-reach", "\\bimpossible pour moi de\\b|\\bil m est (?:malheureusement )?impossible"
                            + " de\\b|\\b(?:n est|ce n est) pas (?:une chose|quelque chose) que je (?:peux|puis"
                            + "|suis en mesure de|sais) faire\\b|\\bje n ai pas (?:la possibilite|les moyens|le moyen"
                            + "|acces|l acces) (?:de|d|a|au|aux|pour)\\b"),
                    of("lost-the-thread", "\\bje ne suis pas (?:sur|sure|certain|certaine) de (?:bien )?(?:vous "
                            + "|te )?(?:comprendre|saisir|suivre)\\b")},
            "de", new NamedPattern[] {
                    of("beyond-my-reach", "\\b(?:fallt|fallen|liegt|liegen|gehort|gehoren) (?:\\w+ ){0,2}?nicht in"
                            + " meinen (?:zustandigkeitsbereich|aufgabenbereich|bereich)\\b|\\b(?:dafur|da|hierfur)"
                            + " bin ich (?:\\w+ )?nicht zustandig\\b|\\bich bin (?:\\w+ )?(?:dafur|hierfur) nicht"
                            + " zustandig\\b|\\b(?:ist|ware) mir (?:\\w+ )?nicht moglich\\b|\\bich habe (?:leider )?"
                            + "(?:keine moglichkeit|keinen zugriff|keine befugnis)\\b"),
                    // "nicht mit dem Login weiter" is about a thing; not keeping up names no object
                    of("lost-the-thread", "\\b(?:da (?:komm|komme) ich|ich (?:komm|komme) da) (?:\\w+ ){0,2}?nicht"
                            + " (?:ganz |so ganz )?mit\\b(?! (?:de[mnr]|eine[mr]?|ihre[mr]?|deine[mr]?"
                            + "|unsere[mr]?)\\b)")},
            "it", new NamedPattern[] {
                    of("beyond-my-reach", "\\b(?:esula|esulano|va oltre|vanno oltre|e fuori|sono fuori|escono|esce)"
                            + " (?:dall[ea]|dai|dagli|dal|da) (?:mi[aeo]|miei) (?:competenz[ae]|ambit[oi]|compiti"
                            + "|campo|funzioni)\\b|\\bnon (?:e|sono) di mia competenza\\b|\\bnon ho (?:modo|la"
                            + " possibilita|possibilita|gli strumenti|accesso|l accesso) (?:di|per|a) (?:modificar"
                            + "|cambiar|annullar|spostar|veder|acceder|gestir|rimborsar|cancellar|intervenir)\\w*"
                            // a narrow remit and the person who has the rest: "posso aiutarti solo con X, per Y
                            // rivolgiti a Z"
                            + "|\\bposso (?:aiutarti|aiutarla|aiutarvi) (?:solo|soltanto|solamente) (?:con|per|su)"
                            + " (?:\\w+ ){1,10}?(?:per|riguardo a|quanto a)(?: \\w+){0,6}? (?:rivolgiti|si rivolga"
                            + "|rivolgetevi|devi sentire|deve sentire|chiedi|contatta)\\b"),
                    of("lost-the-thread", "\\bmi sono pers[oa]\\b(?! (?:il|la|lo|l|i|gli|le|un|una|qualcosa)\\b)")},
            "nl", new NamedPattern[] {
                    of("beyond-my-reach", "\\b(?:valt|vallen) (?:\\w+ )?buiten (?:wat ik|mijn (?:mogelijkheden"
                            + "|bereik|takenpakket|terrein|taak|kennis|bevoegdheid))\\b"
                            // the customer's own channel limit is an instruction: "je kan via de chat geen ..."
                            + "|(?<!\\b(?:je|u|jij|jullie|men) )\\bkan (?:ik )?(?:je |u )?(?:helaas )?(?:via|in|over)"
                            + " (?:deze|de|dit) (?:chat|kanaal) geen\\b|\\b(?:via|in) (?:deze|de|dit) (?:chat|kanaal)"
                            + " kan ik (?:\\w+ ){0,4}?geen\\b|\\b(?:is|zijn) niet iets (?:wat|dat) ik (?:kan|mag)"
                            + " (?:doen|regelen|aanpassen|wijzigen)\\b|\\b(?:is|zijn) (?:het )?voor mij niet mogelijk"
                            + "\\b|\\bik heb geen (?:mogelijkheid|toegang) (?:om|tot)\\b")});

    private OutOfReachFallbacks() {
    }

    static NamedPattern[] certain(String language) {
        return CERTAIN.get(language);
    }
}
