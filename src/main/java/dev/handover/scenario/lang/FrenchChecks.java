package dev.handover.scenario.lang;

/**
 * French contact-request checks: what turns a target down (negation, conditions, quotes, questions about the bot or
 * about contact details, other senses), over normalised text.
 */
final class FrenchChecks {

    /** Words that negate a following request. */
    static final String[] NEGATIONS = {
            "ne", "n", "pas", "jamais", "rien", "sans", "aucun", "aucune", "inutile", "pantoute",
            "nullement"
    };

    /** Words that end a negation's scope. */
    static final String[] NEGATION_ENDS = {
            "mais", "plutot", "je veux", "je voudrais", "j aimerais", "je souhaite", "je prefere",
            "il me faut", "j ai besoin", "passez", "transferez", "mettez moi", "donnez moi", "alors",
            "donc", "par contre", "en revanche", "maintenant"
    };

    /** A preference for something else over the target. */
    static final String[] COMPARATIVES = {
            "plutot que", "au lieu de", "au lieu d", "(?:prefere|preferes|prefererais|mieux|"
                    + "plus simple|plus facile|plus rapide) (?:\\w+ ){1,4}(?:que|qu)"
    };

    /** Negations that only say the customer cannot find the way to a person. */
    static final String[] NEGATION_LIFTS = {
            "(?:sais|savais|saurais|sait|savons) (?:vraiment |toujours |meme |plus )?(?:pas|plus) "
                    + "(?:\\w+ ){0,2}?(?:comment|ou|a qui|qui|quoi|quel|quelle|par ou|si|joindre|contacter|"
                    + "avoir|parler|atteindre)",
            "(?:aucune|pas d|pas la moindre) idee(?: \\w+){0,2}? (?:comment|ou|qui|a qui|pour|de)",
            "(?:arrive|arrivons|arrivais|reussis|reussi|parviens|parvient|arrive|arrivez|arriverai) "
                    + "(?:toujours |vraiment |meme |jamais |plus |pas )?(?:pas|jamais|plus) (?:a|d) ",
            "(?:trouve|trouvons|vois|voit|comprends|trouvais) (?:toujours |vraiment )?(?:pas|jamais|plus) "
                    + "(?:\\w+ ){0,3}?(?:comment|ou|moyen|facon|le numero|le bouton|l option|le lien|a qui|"
                    + "qui|de contact)",
            "(?:suis|est|sommes|etes) (?:toujours )?(?:pas|plus|jamais) (?:capable|capables|en mesure) "
                    + "(?:de|d)",
            "(?:pas|aucun) moyen (?:de|d)", "(?:ne |n )?(?:est|etait) (?:vraiment )?pas possible (?:de|d)",
            "(?:ne |n )?(?:pouvez|peux|pourriez|pourrais|peut|pourrait) (?:vraiment )?pas (?:me|m|nous) "
                    + "(?:passer|mettre|transferer|rediriger|donner|trouver)",
            "pourquoi (?:je |on |vous )?(?:ne |n )?(?:peux|peut|puis|pouvez|arrive|arrivez) (?:jamais |"
                    + "toujours )?pas",
            "(?:ne|n) (?:\\w+ ){0,3}?(?:que|qu) (?:a |avec |au |aux )?(?:un|une|le|la|l|des|les|quelqu|"
                    + "votre|vos|parler|avoir|discuter)",
            "(?:ne |n )?(?:arrive|reussis) (?:pas|jamais|plus) (?:\\w+ ){0,2}?(?:joindre|avoir|tomber)"
    };

    /** Questions about contact details, hours or whether a person is needed. */
    static final String[] INFO_QUESTIONS = {
            "a quelle heure", "combien de temps", "combien (?:coute|ca coute|cela coute)",
            "(?:a partir de|jusqu a|vers) quelle heure", "jusqu a quand",
            "(?:quel|quels|quelle|quelles) (?:est|sont) (?:le |la |les |l |votre |vos )?(?:\\w+ )?"
                    + "(?:numero|telephone|tel|mail|e mail|email|courriel|adresse|horaires?|heures?|jours?|"
                    + "ligne|coordonnees)",
            "(?:quel|quelle|quels|quelles) (?:numero|telephone|mail|e mail|email|courriel|adresse|horaires?|"
                    + "heures?|jours?|ligne|coordonnees)",
            "quand (?:est ce (?:que|qu)|ouvre|ferme|ouvrent|ferment|est|sont|etes|ouvrez|fermez|"
                    + "pourrai|peut on|puis je)", "(?:horaires|heures) (?:d ouverture|du|de|des)",
            "(?:un |le |votre |vos )?(?:numero|telephone|mail|e mail|email|courriel|adresse|coordonnees) "
                    + "(?:du|de|de la|de l|pour|des|d)",
            "(?:faut il|faut tu|faut ti|dois je|doit on|devons nous|est il (?:necessaire|obligatoire|"
                    + "indispensable|utile)|"
                    + "est ce (?:necessaire|obligatoire|utile)|est ce qu il faut|est ce que je dois|"
                    + "est ce qu on doit|ai je besoin|est ce que j ai besoin|faudra t il|faudrait il|"
                    + "il faut (?:obligatoirement|forcement|absolument)|(?:je dois|on doit|il faut) "
                    + "(?:forcement|obligatoirement))",
            "(?:necessaire|obligatoire|indispensable) (?:de|d)",
            "(?:dois|doit|faut) (?:\\w+ ){0,4}?ou (?:je peux|on peut|je pourrais|c est possible)",
            "(?:ouvert|ouverte|ouverts|fermes?) (?:quand|a quelle heure|le)"
    };

    /** What shows a person is wanted for a service, not a conversation. */
    static final String[] SERVICE_PURPOSES = {
            "pour (?!(?:parler|discuter|echanger|m aider|me repondre|repondre|m expliquer|expliquer|"
                    + "me renseigner|renseigner|me conseiller|conseiller|me guider|traiter|gerer|regler|voir|"
                    + "regarder|examiner|verifier|valider|confirmer|me rappeler|rappeler|m appeler|appeler|"
                    + "contacter|me contacter|ecouter|m ecouter|comprendre|debloquer|s occuper|prendre|faire le point|"
                    + "clarifier|decider|approuver|aider|m orienter|orienter|votre|notre|leur|le|la|les|l|un|une|"
                    + "ce|cette|ca|cela|autre|entre|prendre le relais|prendre en charge|reprendre|contre|offre|ordre|"
                    + "genre|centre|lettre|titre|facture|"
                    + "faire (?:une|ma|un|le) (?:reclamation|demande|plainte|point))\\b)[a-z]+(?:er|ir|re|oir)\\b",
            "pour (?:le|la|les|l|du|des|un|une|mon|ma|mes|notre|nos) (?:menage|jardin|jardinage|"
                    + "demenagement|nettoyage|travaux|chantier|plomberie|electricite|peinture|installation|"
                    + "reparation|livraison|garde|baby sitting|cours|coupe|massage|soins?|transport|montage|"
                    + "entretien|repassage|pelouse|gazon|piscine|toiture|chaudiere|fuite|enfants?|chien|chat|"
                    + "maison|appartement|mariage|soiree|fete|evenement)\\b",
            "qui (?:peut|pourrait|puisse|sache|saurait|sait|va|vienne|viendrait) (?!(?:(?:m|me|nous|lui) )?"
                    + "(?:aider|aide|repondre|parler|discuter|expliquer|regarder|traiter|s occuper|voir|conseiller|"
                    + "rappeler|appeler|contacter|renseigner|comprendre|ecouter|gerer|regler|debloquer|orienter|"
                    + "guider)\\b)(?:(?:m|me|nous) )?[a-z]+"
    };

    /** Markers of a condition or an uncertain future. */
    static final String[] HYPOTHETICALS = {
            "si (?!possible)\\w+", "s il (?!vous plait|te plait)\\w+", "au cas ou", "dans le cas (?:ou"
                    + "|d)", "il y aura", "y aura t il", "plus tard",
            "peut etre", "juste pour savoir", "la prochaine fois", "a l avenir", "un jour", "eventuellement",
            "par curiosite", "si jamais", "advenant", "au besoin", "en cas de", "le cas echeant",
            "dans le futur", "ulterieurement", "lorsque", "des que (?:je|j|on)", "quand (?:je|j) (?:serai|"
                    + "aurai|recevrai|reviendrai|viendrai)", "il se peut", "j aurai besoin", "aurai je besoin",
            "est ce que j aurai", "je pourrai", "il faudra", "faudra t il", "(?:appellerai|parlerai|"
                    + "contacterai|demanderai)"
    };

    /** Conditions that are only politeness. */
    static final String[] POLITE_CONDITIONS = {
            // an indirect question, not a condition: "je ne sais pas trop si je dois répondre"
            "(?:ne sais|sais) pas (?:trop |bien |vraiment )?si",
            "si (?:possible|vous pouvez|vous le pouvez|c est possible|ca ne vous derange pas|"
                    + "cela ne vous derange pas|vous voulez bien|vous le voulez bien|vous pouviez|c etait possible|"
                    + "ca vous va|vous avez un moment|c possible|(?:quelqu un|un conseiller|une personne|un humain|"
                    + "un agent) "
                    + "(?:est|etait) (?:disponible|libre|la))", "s il vous plait", "s il te plait",
            "(?:ce serait|ca serait) (?:gentil|sympa|super|top|bien)",
            "je (?:me demandais|voulais savoir|souhaiterais savoir|voudrais savoir) si (?:je|j|on|vous|c etait)"
                    + "(?: (?:pouvais|pourrais|pouvez|pourriez|peux|pouvait|pourrait|possible))?"
    };

    /** Openers of a request now, even after a condition. */
    static final String[] IMPERATIVES = {
            "^(?:(?:alors|donc|svp|ok|bon|et|sinon|maintenant) )*(?:passez|passe|transferez|transfere|"
                    + "mettez|rappelez|appelez|redirigez|contactez|donnez moi|trouvez moi)"
    };

    /** Words that show the target is quoted or reported. */
    static final String[] QUOTES = {
            "(?<!\\bai |\\bai deja |\\bavais |\\bl ai |\\bl avais )(?:dit|ecrit)", "disait", "tape",
            "tapez", "option", "bouton", "menu", "par erreur", "ignorez", "ignore", "correcteur", "a change",
            "affiche", "indique", "marque", "mentionne",
            "(?:m|nous) (?:a|ont|avait|avaient) (?:dit|demande|conseille|propose|recommande) (?:de|d)",
            "(?:mon|ma|notre) (?:mari|femme|mere|pere|fils|fille|ami|amie|patron|patronne|copain|copine|"
                    + "conjoint|conjointe|voisin|voisine|soeur|frere|chef|collegue|epoux|epouse|blonde|chum) "
                    + "(?:veut|voudrait|a besoin|prefere|aimerait|souhaite|demande)"
    };

    /** Openers of a question about the bot's nature. */
    static final String[] BOT_QUESTIONS = {
            "(?:vous|tu) etes", "etes vous", "tu es", "es tu", "t es", "c est (?:un|une)",
            "est ce (?:un|une)", "(?<!que )je (?:parle|discute|chatte|ecris|converse) (?:a|avec)",
            "est ce que je (?:parle|discute|chatte|ecris|converse) (?:a|avec)",
            "qui (?:me )?(?:repond|ecrit)", "(?:suis je|je suis|sommes nous) en train de (?:parler|"
                    + "discuter|ecrire|chatter)", "(?:ai je|j ai) affaire a",
            "il y a (?:quelqu un|une personne|un humain) derriere", "(?:les reponses )?sont",
            "c est (?:automatique|automatise|un humain|une personne|une vraie)", "est ce que c est",
            "qui est (?:derriere|au bout)"
    };

    /** What such a question asks about. */
    static final String[] NATURE_WORDS = {
            "humaine?", "personne", "bot", "robot", "machine", "reelle?", "vraie?", "automatiques?",
            "automatisee?s?", "intelligence artificielle", "ia", "chatbot", "assistant", "conseiller",
            "programme", "chatgpt", "virtuel", "ordinateur", "humains", "vivant", "agent", "derriere"
    };

    /** Words for the bot itself. */
    static final String[] BOT_WORDS = {
            "bot", "robot", "machine", "automatiques?", "chatbot", "intelligence artificielle", "ia",
            "assistant virtuel", "programme", "chatgpt", "ordinateur"
    };

    /** "or": "a human or a bot?" asks about the bot. */
    static final String[] OR_WORDS = {
            "ou"
    };

    /** Compounds where a person word means something else. */
    static final String[] OTHER_SENSES = {
            "ressources humaines", "(?:mon|ma|notre) (?:patron|patronne|chef|cheffe|boss|superieure?|employeur)",
            "(?:quelqu un|une? \\w+)(?= (?:\\w+ ){0,6}?ou (?:ca|cela|c est|je peux|on peut|"
                    + "est ce que) (?:se fait|"
                    + "possible|le faire|faisable|peut se faire|ici|en ligne|directement|par))",
            "agents? (?:de voyages?|immobiliers?|d assurances?|secrets?|"
                    + "de securite|d entretien|de nettoyage|de police|de change|de maitrise|du fisc|municipal)",
            "coach personnel", "(?:cheveux|poils|corps|erreur|nature|droits?) humaine?s?", "en personne",
            "droits de l homme", "autre personne", "(?:deux|trois|quatre|cinq|six|\\d+) personnes",
            "personnel (?:soignant|medical)", "(?:par|pour une|pour la|par une) personnes?",
            "personnes? (?:agees?|handicapees?|a mobilite reduite|a charge|morales?|physiques? morales?)",
            "conseill(?:er|ere)s? (?:municipale?s?|fiscale?s?|d orientation|en image|conjugal)",
            "support (?:mural|muraux|tv|tele|velo|de cours|papier|numerique|usb|telephone)",
            "supports", "standard (?:de vie|de qualite)", "(?:livraison|chambre|taille|format|modele|"
                    + "version|tarif|forfait|prix|option|offre|formule) standard",
            "(?:humains?|personnes?|quelqu un|agents?) (?:maximum|max|minimum|min)",
            "(?:service client(?:ele)?|sav|support|standard|accueil|hotline|secretariat|conseillers?|agence) "
                    + "(?:est |sont )?(?:ouverts?|fermes?|horaires|numero|telephone|mail|email|adresse)"
    };

    private FrenchChecks() {
    }
}
