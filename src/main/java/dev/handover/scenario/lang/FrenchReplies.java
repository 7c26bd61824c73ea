package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

/** French phrases of bot replies (fallbacks) and of customer replies to them (feedback), over normalised text. */
final class FrenchReplies {

    /** Phrases by which the bot itself admits it lacks the answer. */
    static final NamedPattern[] FALLBACKS = {
            of("no-info", "(?:je )?n ai (?:malheureusement |helas )?(?:pas|aucune?) (?:\\w+ ){0,2}?"
                    + "(?:information|informations|info|infos|donnees|acces|reponse|details|elements|"
                    + "visibilite|precisions?|connaissance|renseignements?)|n est pas disponible pour moi|"
                    + "(?:information|informations) (?:ne )?(?:me )?(?:est|sont) pas disponibles?|"
                    + "je ne dispose pas (?:de|d|des)|nous n avons pas (?:cette|ces|d|de|l|les) "
                    + "(?:information|info|donnee|detail|reponse)|ne figure pas dans (?:mes|ma|les|nos)|"
                    + "je ne (?:connais|possede) pas (?:la reponse|cette information|ces informations|"
                    + "ce detail|(?:le|la|les|l|ce|cette|ces|vos|votre) (?:\\w+ )?(?:reponse|information|"
                    + "tarifs?|"
                    + "prix|details?|delais?|montants?|conditions|horaires|dates?|disponibilites|modalites|"
                    + "chiffres?|couts?))|je ne suis pas au courant|n ai rien (?:dans|sur|concernant|"
                    + "a ce sujet|au sujet|"
                    + "la dessus)|(?:^|\\n|desole |pardon )aucune? (?:information|info|donnee|detail|mention|"
                    + "trace) "
                    + "(?:sur|concernant|a ce sujet|au sujet|dans ma|dans mes|dans nos|dans notre)|"
                    + "(?:ne fait pas "
                    + "partie|ne figure pas|n est pas) (?:de ce que|dans ce que) je (?:peux|sais|connais|ai)|"
                    + "n ai pas (?:la possibilite|le droit|les moyens|la capacite) (?:de|d)"),
            of("cannot-help", "je ne (?:peux|pourrai|pourrais|suis pas en mesure de|suis pas en capacite de|"
                    + "suis pas habilitee? a|suis pas autorisee? a|saurais|suis pas capable de|"
                    + "suis pas capable d|"
                    + "suis malheureusement pas en mesure de) (?:malheureusement |helas )?(?:pas )?"
                    + "(?:vous |t |te |y |me )?(?:aider|repondre|traiter|dire|confirmer|le confirmer|le dire|"
                    + "acceder|consulter|renseigner|le savoir|en dire plus|garantir|verifier|voir|prononcer|"
                    + "donner (?:la|l|cette|cet|plus d|d|de|des|une) (?:information|info|date|prix|tarif|"
                    + "reponse|precision|detail|estimation|montant|delai|chiffre|valeur|confirmation))|"
                    + "il m est impossible de (?:vous )?(?:repondre|dire|confirmer|aider|renseigner)|"
                    + "(?:ce n est|c est) pas (?:quelque chose|une question|un sujet|un point) (?:sur lequel|"
                    + "sur laquelle|"
                    + "auquel|a laquelle|que|dont) je (?:peux|puisse|sais|suis)|(?:je ne suis|ne suis) "
                    + "(?:malheureusement )?pas (?:la bonne (?:ressource|personne|interlocutrice)|le bon "
                    + "interlocuteur|le mieux place|la mieux placee|la personne la mieux placee|competente?)"),
            of("check-with-team", "(?:je vais|je dois|laissez moi|je prefere|je|je vais devoir) (?:\\w+ ){0,2}?"
                    + "(?:verifier|confirmer|demander|voir|verifie|demande|poser la question|me renseigner|"
                    + "renseigne|confirme|valider|valide|la poser|le poser|poser|transmettre|soumettre|"
                    + "faire suivre|remonter|la transmettre|le transmettre)(?: \\w+){0,2}? (?:avec|aupres de|"
                    + "aupres du|aupres des|"
                    + "a|au|aux)(?: \\w+){0,2}? (?:equipe|cabinet|agence|service|bureau|collegues?|"
                    + "responsable|conseiller|quelqu un|magasin|atelier|direction|gerant|technicien|"
                    + "specialiste|dentiste|medecin|docteur)|j ai transmis (?:votre|ta) (?:question|demande|"
                    + "message)|je (?:vais )?(?:transmets|transmettre|fais remonter|faire remonter|fais suivre|"
                    + "faire suivre) (?:votre|ta) (?:question|demande|message)|je (?:vais me|me) renseigne"
                    + "(?:r)? (?:et|aupres)|(?:un membre de l equipe|un conseiller|un collegue|une collegue|"
                    + "quelqu un de l equipe|l equipe|notre equipe|un agent|une personne|un humain|quelqu un)"
                    + "(?: \\w+){0,2}? (?:vous )?(?:repondra|"
                    + "reviendra vers vous|pourra (?:mieux )?vous (?:repondre|renseigner|aider|en dire plus|"
                    + "eclairer))"),
            of("not-found", "(?:je )?n ai (?:rien|pas|aucune?) (?:\\w+ )?trouve|n ai trouve (?:aucune?|rien)|"
                    + "je ne (?:trouve|retrouve|vois) (?:malheureusement )?(?:rien (?:concernant|sur|"
                    + "a propos|au "
                    + "sujet|dans|qui)|aucune? (?:mention|trace|information|info|reponse|resultat|donnee|"
                    + "detail|"
                    + "element|indication|reference))|(?:je )?n ai pas (?:pu|reussi a) (?:trouver|retrouver|"
                    + "localiser|identifier)|je ne (?:trouve|retrouve) (?:malheureusement )?(?:pas|"
                    + "aucune?) (?:votre|"
                    + "ta|cette|ce|cet|trace|d information|de reponse|de resultat|d infos?|de details?|"
                    + "de mention|"
                    + "d element)|je ne trouve (?:rien|pas d information|"
                    + "aucune information|pas cette information)|aucun resultat"),
            of("out-of-scope", "ne fait pas partie de ce que je (?:peux|sais|suis)|depasse ce (?:a quoi|"
                    + "que) je (?:peux|sais)|je (?:ne )?peux (?:seulement|"
                    + "que) vous aider|(?:au dela|en dehors|hors) de (?:ce que je peux|mon (?:domaine|champ|"
                    + "perimetre)|mes competences)|sort de mon (?:domaine|champ|perimetre|role)|"
                    + "depasse mes competences|je ne (?:gere|traite|reponds) qu (?:aux|a|les)"),
            of("not-understood", "(?:je )?n ai pas (?:bien )?(?:compris|saisi)|(?:n arrive|"
                    + "arrive) pas a (?:bien )?"
                    + "(?:saisir|comprendre|interpreter|suivre)|n est pas (?:tres |"
                    + "tout a fait )?claire? pour moi|je ne (?:comprends|suis pas "
                    + "certaine? de comprendre)|pas (?:sure?|certaine?) de (?:bien )?comprendre|"
                    + "pouvez vous (?:la |le )?reformuler|pourriez vous (?:la |le )?reformuler"),
            of("handover-offer", "je (?:laisse|vais laisser) (?:un|une|l|notre|nos|mon|ma|"
                    + "mes) (?:\\w+ )?(?:collegues?|"
                    + "equipe|conseillere?|responsable|technicien|specialiste) (?:vous )?(?:repondre|revenir|"
                    + "prendre)|(?:il vaut mieux|mieux vaut|il faudrait|il faudra|je vous invite a|je vous "
                    + "conseille de) (?:voir|verifier|demander|confirmer|vous adresser|vous renseigner)"
                    + "(?: directement| ca| cela)? (?:avec|a|au|aupres)|(?:je vous mets|je vais vous mettre|"
                    + "je peux vous mettre|je vous transfere|"
                    + "je vais vous transferer|je vous passe|je vous redirige|je vais vous rediriger) "
                    + "(?:en relation |en contact )?(?:avec|a|au|vers) (?:un conseiller|une conseillere|"
                    + "un agent|un collegue|une collegue|un membre|quelqu un|l equipe|notre equipe|un "
                    + "responsable|un humain|une personne|un specialiste|un technicien)"),
            of("no-guess", "je (?:prefere|prefererais) ne pas (?:m avancer|vous induire|vous dire de betise"
                    + "|vous donner (?:une )?(?:mauvaise|fausse))|pour ne pas vous (?:dire de betise|induire "
                    + "en erreur)|je ne voudrais pas vous (?:induire|dire de betise)")
    };

    /** Doubt: a fallback unless the bot goes on to ask the customer a question. */
    static final NamedPattern[] DOUBTS = {
            of("not-sure", "je ne suis (?:vraiment |pas )?(?:pas )?(?:sure?|certaine?)|je n en suis pas "
                    + "(?:sure?|certaine?)|je ne (?:sais|saurais) (?:pas|trop)|aucune idee|"
                    + "difficile (?:pour moi )?de (?:vous )?(?:dire|repondre|savoir|confirmer)|"
                    + "je ne pourrais pas vous (?:dire|le dire)")
    };

    /** The customer says the bot's last answer failed. */
    static final NamedPattern[] DISSATISFIED = {
            of("did-not-help", "(?:vous|tu) (?:ne )?(?:m )?(?:repondez|reponds|aidez|aides) (?:toujours |"
                    + "vraiment |"
                    + "jamais )?(?:pas|rien|jamais)|(?:ca|cela|ce|votre reponse|cette reponse|"
                    + "ta reponse) (?:ne )?(?:m |me |nous )?"
                    + "(?:marche|fonctionne|aide|avance|repond|sert|convient|va) (?:toujours |encore |"
                    + "vraiment |"
                    + "absolument )?(?:a )?(?:pas|rien|plus)|(?:ne|n) (?:m |me |nous )?(?:marche|marchent|"
                    + "fonctionne|"
                    + "fonctionnent|repond|repondez|reponds|sert|servent|servez|aide|aidez|aident|regle|resout|"
                    + "change|avance|convient|correspond) (?:toujours |plus |a |vraiment |absolument )?(?:pas|"
                    + "rien|plus)|aucune? (?:\\w+ ){0,4}?(?:ne |n )(?:marche|fonctionne|a marche|a fonctionne|"
                    + "m a aide|aide)|(?:ne|n) (?:m |me )?(?:a |as |ont )?(?:pas|rien|toujours pas|"
                    + "plus) (?:\\w+ )?"
                    + "(?:aide|marche|fonctionne|repond|regle|resolu|sert|change|avance)|(?:ne|n) (?:m |me )?"
                    + "(?:marche|fonctionne|repond|sert|aide|regle|resout|change|avance) (?:toujours |plus |"
                    + "a )?"
                    + "(?:pas|rien)|inutile|encore plus (?:perdue?|confuse?)|rien a voir|"
                    + "(?:ca|cela|ce) (?:marche|fonctionne|aide|avance|repond) (?:toujours |encore |vraiment )?"
                    + "pas|(?:ca|ce|vous|tu|cela) (?:ne )?(?:sert|servez|sers) a rien|belle jambe|"
                    + "(?:c est |vraiment )?(?:nul|nulle|n importe quoi)|a cote de la plaque|hors sujet|"
                    + "(?:reponse|repondez|repondre|reponds|repond|tapez|tape) (?:encore )?a cote|"
                    + "(?:^|\\n)(?:bof|mouais|bah non|ben non)\\b|pas (?:clair|terrible|top|convaincu)|"
                    + "aucun sens|ne sert a rien|ne (?:m )?aide pas"),
            of("still-broken", "toujours pas|(?:toujours|encore) (?:deux fois|en panne|bloquee?|le meme|"
                    + "la meme|pareil|rien|une erreur|en erreur|en attente|impossible)|plante (?:encore|"
                    + "toujours)|(?:probleme|souci|bug|erreur) (?:persiste|est toujours|reste)|"
                    + "(?:meme|le meme) (?:probleme|souci|bug|erreur)|(?:^|\\n)(?:toujours |c est |"
                    + "c est toujours |"
                    + "encore )?pareil(?=\\n|$)|rien n a change|rien ne (?:change|marche|fonctionne|se passe)|"
                    + "(?:affiche|met|donne) (?:encore |toujours )?(?:une |un message d )?erreur|"
                    + "(?:lien|code|bouton|page|appli|site)(?: que vous m avez envoye)? (?:est |ne )?"
                    + "(?:mort|casse|ne marche pas|marche pas|fonctionne pas|invalide)|ne marche plus|"
                    + "ne fonctionne plus|ne passe (?:toujours )?pas|(?:bloque|bloquee|coince|coincee|fuit|"
                    + "coule|clignote|"
                    + "sonne|chauffe|saute|refuse|s eteint|redemarre|marche mal) (?:encore|toujours)|malgre "
                    + "(?:le|la|l|votre|vos|ca|cela|tout|mes|les) (?:\\w+ )?(?:reset|redemarrage|"
                    + "reinitialisation|"
                    + "manip|manipulation|conseils?|procedure|solution|mise a jour|essai|etapes|"
                    + "instructions)|(?:bug|bugue|beug|beugue|plante|rame|crash|crashe|"
                    + "freeze) (?:encore|toujours)|(?:ca|ce|cela|l appli|l application|le site|la page) (?:bug|"
                    + "bugue|beug|beugue|plante|rame|crash|crashe)(?=\\n|$)"),
            of("tried-already", "(?:je vous l ai|je vous ai|je t ai|je l ai|j ai|je te l ai) (?:deja|pourtant) "
                    + "(?:dit|ecrit|explique|precise|repete|mentionne|indique|donne)|(?:fait|essaye|teste|"
                    + "tente) (?:tout ca|tout cela|ca|cela|tout) (?:et|mais) "
                    + "(?:rien|toujours|ca ne|ca marche pas|pareil|sans)|(?:vous (?:m )?avez|tu (?:m )?as|"
                    + "vous l avez)"
                    + " deja dit|deja (?:essaye|teste|tente|redemarre|reinitialise|vide le cache)|deja "
                    + "(?:fait|verifie)(?: ca| cela| tout ca| tout| ce que vous| plusieurs fois| deux fois|"
                    + " trois fois)|deja (?:fait|verifie)(?=\\n|$)|c est (?:deja fait|"
                    + "exactement ce que j ai fait|ce que j ai "
                    + "(?:deja )?fait)|(?:vous me l avez|tu me l as) deja dit"),
            of("not-what-i-asked", "(?:repondez|reponds|repondre) (?:donc |juste |simplement )?a (?:ma|la|"
                    + "mes) question|"
                    + "(?:ce n est|c est) pas (?:ce que|ca|la bonne|le bon|correct|vrai|exact|juste|"
                    + "ma question|"
                    + "la question|du tout)|c est faux|(?:^|\\n)(?:non )?(?:faux|incorrect|errone|"
                    + "mauvaise reponse)\\b|(?:est|c est) (?:incorrect|errone)|(?:^|\\n)(?:non |mais |ah non |"
                    + "non non )?pas du tout|"
                    + "(?:vous n avez|tu n as) pas repondu|pas repondu a ma question|ne correspond pas"),
            of("wrong-answer", "(?:parle|parlais) (?:de l |du |de la )autre|(?:parlais|demandais|voulais "
                    + "dire|etait) (?:\\w+ ){1,5}pas (?:du|de|a|le|la|au) |(?:^|\\n)(?:non |mais non |"
                    + "non non )?(?:je voulais dire|je (?:parlais|demandais|parle) (?:de|du|des|d)|ma question "
                    + "(?:etait|portait))"),
            of("not-understood", "(?:vous|tu) ne (?:me )?compren(?:ez|ds) (?:pas|rien)|(?:vous|"
                    + "tu) (?:ne )?(?:m )?"
                    + "(?:ecoutez|ecoutes|lisez|lis) (?:pas|rien|jamais)|(?:vous avez|avez "
                    + "vous|as tu|t as) lu (?:mon|le|ma) (?:message|question)|(?:vous n avez|tu n as|"
                    + "vous avez|t as) (?:rien|pas) compris|je (?:ne )?comprends (?:rien|pas) (?:a )?"
                    + "(?:votre|ta|cette) reponse|relisez (?:mon|ma)|lisez (?:mon|ma)"),
            of("repeat", "(?:repetez|repete|dites|redites|redis) (?:toujours |encore )?(?:la meme chose|"
                    + "pareil)|meme reponse|(?:tourne|tournez|tournons|tourner) en rond|on n avance "
                    + "(?:pas|a rien)|on avance pas|encore la meme|(?:^|\\n)(?:je (?:le )?repete|je me repete|"
                    + "encore une fois)\\b|c est (?:exactement |deja )?ce que vous (?:m avez|avez|me) "
                    + "(?:deja )?(?:dit|ecrit|envoye|repondu|propose)|vous (?:m )?avez deja (?:ecrit|envoye|"
                    + "repondu|propose) (?:ca|cela|la meme)"),
            of("sarcasm", "merci pour rien|merci du peu|(?:^|\\n)(?:genial|super|bravo|parfait|top|formidable|"
                    + "merveilleux|trop bien|ouah|wow|ah bah|ah ben)(?: \\w+)? encore (?:un|une|le|la|"
                    + "les)\\b|(?:^|\\n)(?:ah|ouah|waouh|wow|bah|ben|oh)(?: bah| ben)? "
                    + "(?:super|tres|trop|vachement|hyper) (?:utile|pratique|aidant|efficace|clair)(?=\\n|$)|"
                    + "(?:vous|tu) (?:vous moquez|te moques|"
                    + "vous fichez|te fiches) de moi|c est une blague"),
            of("gave-up", "merci quand meme|laissez tomber|laisse tomber|laisse faire|laissez faire|"
                    + "j abandonne|oubliez ca|oublie ca|je lache l affaire|tant pis|je vais me debrouiller|"
                    + "je vais voir ailleurs"),
            // the customer had already given what the bot asks for again
            of("gave-already", "je (?:viens|venais) (?:juste )?de (?:vous|te) (?:le |la |les )?(?:donner|dire|"
                    + "communiquer|indiquer)|je (?:vous|te) (?:l ai|les ai|ai) (?:deja|juste) "
                    + "(?:donne|envoye|dit|transmis|communique|ecrit|indique)"),
            // ironic openers: "ben voyons, merci du coup de main"
            of("ironic", "(?:^|\\n)(?:ben|bah|eh ben|mais) voyons\\b|c est ca oui|(?:^|\\n)mais oui bien sur\\b|"
                    + "merci du coup de main (?:hein|vraiment)"),
            // the fault goes on: "ça clignote toujours", "ça continue de fuir"
            of("persisting", "(?:ca|il|elle|le \\w+|la \\w+|l \\w+) (?:continue|continuent) (?:de|d|a) (?!(?:marcher|"
                    + "fonctionner|aller bien)\\b)\\w+")
    };

    /** The customer says the problem is solved. */
    static final NamedPattern[] RESOLVED = {
            of("worked", "(?:ca|cela) (?:a )?(?:marche|fonctionne|remarche|refonctionne)|(?:ca |cela )?"
                    + "m a (?:bien |beaucoup |vraiment )?aidee?|j ai pu|resolu|regle le probleme|tout est "
                    + "(?:bon|clair|ok|regle|en ordre)|plus clair|bien recu|paiement est passe|"
                    + "repond a ma question|c est bon|(?:^|\\n)c (?:bon|ok|regle|parfait)\\b|c est (?:regle|"
                    + "ok|fait|clair|parfait)|ca y est|"
                    + "j ai (?:reussi|trouve)(?: merci| c est bon| ca marche| tout seule?| par moi meme| le "
                    + "bouton| l option| le lien| la page| le code)?(?=\\n|$)|j y suis arrivee?|je (?:suis|"
                    + "me suis) (?:bien )?connectee?|"
                    + "je comprends mieux|c est reparti|vous m avez (?:bien |beaucoup )?aidee?|"
                    + "merci pour (?:votre|ton|l) aide|(?:ca|cela) m aide"),
            of("that-is-all", "c est (?:exactement )?ce que je (?:cherchais|voulais)|c est tout ce qu il me "
                    + "fallait|exactement ce qu il me fallait"),
            of("went-through", "(?:code|code promo|coupon|paiement|virement|commande|reservation|bon) (?:est|a) "
                    + "(?:bien |enfin )?(?:passee?|validee?|acceptee?|confirmee?)|commande (?:validee|passee|"
                    + "confirmee)|j arrive (?:enfin |maintenant )?a (?:me connecter|entrer|acceder|me loguer)"),
            of("understood-now", "je (?:comprends|vois) (?:maintenant|mieux)|(?:maintenant|la) je (?:comprends|vois)|"
                    + "(?:^|\\n)(?:ok |ah |d accord |bon )?(?:c est |j ai )?compris(?: merci)?$")
    };

    /** Thanks and praise: they close the matter when no question follows. */
    static final String[] THANKS = {
            "merci", "parfait", "super", "genial", "top", "nickel", "impeccable", "excellent",
            "(?:^|ok |bien |c est |tout |d accord |ah |oui |parfait |merci |\\n)compris", "reserve", "cool",
            "au top", "trop bien", "ca roule", "formidable", "chouette", "extra", "c est gentil",
            "bien vu", "c est note", "tres bien", "ca marche"
    };

    /** A detail the customer does not know yet: an answer to the bot, not a failed attempt. */
    static final String[] UNDECIDED = {
            "(?:sais|savons|sait) pas encore", "pas encore (?:decide|decidee|decides|sur|sure|surs|fixe)"
    };

    /** Openers of a question asking what is wrong with a thing: its fault words are news, not feedback. */
    static final String[] FAULT_QUESTIONS = {
            "(?:savez vous|vous savez|tu sais|sais tu|est ce que vous savez|sauriez vous) ce qui (?:ne va pas|cloche|"
                    + "coince) (?:avec|dans|sur) "
    };

    /** Openers of a question without a question mark. */
    static final String[] QUESTION_STARTS = {
            "qu est ce", "que", "quel", "quelle", "quels", "quelles", "comment", "quand", "ou",
            "combien", "pourquoi", "est ce", "et si", "est il", "sont ils", "avez vous", "pouvez vous",
            "puis je", "peut on"
    };

    private FrenchReplies() {
    }
}
