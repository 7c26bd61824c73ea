package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

/** French phrases of strong frustration, over normalised text ("j'en ai marre" reads "j en ai marre"). */
final class FrenchFrustration {

    private static final String WILL = "(?:je vais|j vais|on va|nous allons|je compte|je vais devoir|je finirai par)";
    private static final String INTENSE = "(?:vraiment |tellement |trop |completement |totalement |absolument |"
            + "carrement |super |tres |des |une |un |bande d |bande de |grave |franchement |juste |si )*";
    private static final String BAD = "(?:nuls?|nulles?|incompetents?|incapables?|idiots?|stupides?|debiles?|"
            + "cretins?|imbeciles?|voleurs?|escrocs?|arnaqueurs?|menteurs?|charlatans?|bouffons?|clowns?|"
            + "amateurs?|bons a rien|inutiles?|une honte|une blague|une arnaque|de la merde|une merde|pourris?|"
            + "lamentables?|pitoyables?|minables?|pathetiques|abrutis?|branquignols|guignols|tocards?|"
            + "catastrophiques?|pires|le pire|la pire|naze|nazes|merdiques?)";
    private static final String THING = "(?:bot|robot|machine|service|entreprise|societe|boite|appli|application|"
            + "site|systeme|magasin|boutique|assistant|equipe|support|sav|service client|programme)";

    static final NamedPattern[] THREATS = {
            of("ultimatum", "(?:si (?:\\w+ ){0,8}?(?:pas|personne|jamais|rien|encore|toujours)|sinon|faute de quoi|"
                    + "ou) (?:\\w+ ){0,6}?(?:" + WILL + " |je )(?:\\w+ )?(?:resilier|resilie|(?:annuler|annule) "
                    + "(?:mon |ma |l |le |la )?"
                    + "(?:abonnement|compte|contrat|forfait|tout)|"
                    + "porter plainte|porte plainte|poursuivre|saisir|partir|pars|changer|aller voir ailleurs|"
                    + "laisser (?:un )?(?:mauvais|avis)|mettre (?:un )?(?:mauvais|avis)|signaler|denoncer|avocat|"
                    + "publier|faire (?:une )?reclamation|deposer (?:une )?(?:plainte|reclamation))"),
            of("announced", WILL + " (?:\\w+ ){0,2}?(?:porter plainte|vous poursuivre|poursuivre|saisir (?:la |le |"
                    + "l |les )?(?:justice|tribunal|mediateur|dgccrf|ufc|conciliateur)|(?:laisser|mettre|ecrire|"
                    + "publier) (?:un |des )?(?:mauvais|tres mauvais|pire|avis negatif|avis tres|commentaire "
                    + "negatif|1|une etoile|zero)|vous signaler|vous denoncer|(?:contacter|appeler|prevenir) mon "
                    + "(?:avocat|banque|banquier)|(?:aller|passer) "
                    + "(?:chez|a) la concurrence|(?:tout )?resilier (?:tout|immediatement)|faire opposition)"),
            of("legal", "mon avocat(?! (?:m a |me |nous a )?(?:demande|a demande|veut|a besoin|souhaite))|(?:appeler|"
                    + "contacter|voir|consulter|prevenir|saisir) (?:un |mon )?avocat|mon avocat (?:va|vous)|porter "
                    + "plainte|portes? plainte|poursuites? (?:judiciaires?)?|action en justice|"
                    + "\\bdgccrf\\b|ufc que choisir|que choisir|60 millions|repression des fraudes|mediateur|"
                    + "au tribunal|aux prud hommes|(?:on se verra|rendez vous) au tribunal|association de "
                    + "consommateurs|faire opposition"),
            of("leaving", "(?:vous avez|vous venez de) perdu? (?:un|une) (?:client|cliente)|perdu un client|plus "
                    + "jamais (?:je|de|chez|avec|ca)|plus jamais$|je ne (?:reviendrai|commanderai|recommanderai|"
                    + "acheterai) plus|(?:je )?(?:passe|vais) (?:chez|a) la concurrence|derniere fois que (?:je|"
                    + "j)|(?:une|1|zero|0) etoiles? (?:sur|sur google|dans)"),
            of("institution", "(?:j envoie|j envoi|je transmets|j ecris|je vais ecrire|je passe|je file|je "
                    + "balance)(?: \\w+){0,3}? (?:au|a la|aux) (?:journal|presse|tele|medias|journaux|radio)|(?:je "
                    + "vous signale|je signale|je vais vous signaler|signaler) (?:a|au|aux) (?:l |la |le )?(?:ordre|"
                    + "opc|dgccrf|conseil|chambre|prefecture|police|mediateur)|c est le tribunal|au tribunal|j "
                    + "appelle (?:l |la |le )?(?:opc|dgccrf|police|avocat|ordre)|(?:je )?fais (?:un )?post|je porte "
                    + "plainte"),
            of("one-star", "(?:une|un|1|zero|0) etoiles?\\b|(?:avis|commentaires?|critiques?) (?:negatifs?|negatives?|"
                    + "desastreux|terribles?|assassins?|salees?|incendiaires?)|(?:note|zero) sur (?:5|10|20)|"
                    + "note (?:zero|0)\\b"),
            of("review-coming", "(?:attendez vous|preparez vous|vous pouvez vous attendre|attends toi|prepare toi|"
                    + "vous allez voir|guettez) (?:\\w+ ){0,5}?(?:mes|des|nos|les|plein d|plein de) (?:\\w+ )?(?:avis|"
                    + "commentaires|critiques|publications|posts)|"
                    + "(?:vous etes|t es|vous voila|tenez vous pour) (?:prevenus?|prevenues?|avertis?|averties?)"),
            of("press-interest", "(?:presse|journal|journaux|journalistes?|tele|medias|television|radio|reportage)(?: "
                    + "\\w+){0,4}? (?:s )?interess\\w*(?: \\w+){0,6}? (?:comment|la facon dont|la maniere dont)|"
                    + "interess\\w* "
                    + "(?:\\w+ ){0,4}?(?:la |les )?(?:presse|journal|journaux|journalistes|tele|medias|television|"
                    + "radio)|"
                    + "(?:comment|la facon dont) (?:vous traitez|l \\w+ traite|ils traitent) (?:ses|vos|leurs|les) "
                    + "(?:clients|locataires|patients)"),
            of("never-again", "(?:je ne|j) (?:mettrai|remettrai|mets|remets) plus (?:les pieds|un pied)|plus jamais "
                    + "(?:\\w+ )?(?:je|chez|vous)|(?:c est|c etait) la derniere fois que"),
            // "je conteste le prélèvement, merci de rembourser" asks the business itself; contesting it with the bank,
            // or announcing it, is the threat.
            of("chargeback", "(?:je fais|faire) opposition|(?<!souhaite |voudrais |veux |souhaiterais )"
                    + "(?:contester|contesterai) (?:le|la|ce|cette|les|ces) (?:paiement|prelevement|achat|"
                    + "transaction)s?|conteste (?:\\w+ ){1,8}?(?:aupres de|avec|par) (?:ma|la) (?:banque|carte)|"
                    + "(?:demande|demander|demanderai) a (?:ma|la) (?:banque|carte) (?:\\w+ )?(?:de|d) (?:bloquer|"
                    + "annuler|rejeter|rembourser)|(?:faire|fais|ferai) (?:bloquer|"
                    + "annuler|"
                    + "rejeter) (?:le|la|ce|cette) (?:paiement|prelevement|debit|transaction)"),
            of("switching-now", "(?<!comment |est ce que |si |quand |pourquoi |ou )je (?:change|quitte) (?:d|de|ma|mon|"
                    + "votre) "
                    + "(?:assureur|operateur|banque|agence|fournisseur|mutuelle|garage|prestataire|assurance|coiffeur|"
                    + "dentiste|concessionnaire)|je (?:resilie|resilies|annule) (?:\\w+ ){0,5}?(?:des aujourd hui|"
                    + "immediatement|sur le champ|tout de suite|avec effet immediat|des maintenant|des ce soir)"),
            of("cancel-all", "(?:resiliez|annulez|fermez) (?:tout|mon (?:\\w+ )?(?:contrat|abonnement|compte))|(?:je "
                    + "pars|je passe|je vais) (?:chez|a) la concurrence|chez la concurrence")
    };

    /** Telling others or posting about the business: a threat, unless the message is happy ("I'll tell everyone!"). */
    static final NamedPattern[] PUBLICITY = {
            of("tell-everyone", "en parler (?:a|sur) (?:tout le monde|les reseaux)|(?:raconter|raconterai|raconte|dire|"
                    + "dirai|expliquer|faire savoir|le dire|en parler)(?: "
                    + "\\w+){0,3}? (?:a tout le (?:monde|quartier|village)|a tous|partout)|comment vous (?:travaillez|"
                    + "traitez) (?:mal|vos clients)|(?:mal|n importe comment) vous travaillez")
    };

    static final NamedPattern[] INSULTS = {
            // Called amateurs to their face or as the staff they hired; an amateur of wine or football is a fan.
            of("amateurs", "(?:vous etes|vous etes vraiment|vous n etes que|bande d|vous avez embauche) (?:des )?"
                    + "amateurs(?! de| d| du)"),
            of("you-are", "(?:vous etes|t es|tu es|vous n etes que|t es qu|tu n es qu|c est|ce sont|vous faites|quel|"
                    + "quelle|espece d|espece de|bande d|bande de) "
                    + INTENSE + BAD),
            of("bad-thing", "(?:\\w+ )?(?:de merde|a la con|a chier|pourri|pourrie)|(?:putain de|saloperie de|"
                    + "foutu|foutue|satane|satanee|maudit|maudite|stupide|nul|nulle|espece de) " + THING),
            of("thing-is-bad", "(?:le|la|l|ce|cette|votre|ton|ta|vos) " + THING + " (?:est|sont|c "
                    + "est) " + INTENSE + BAD),
            of("scam", "(?:c est|c etait) (?:une |de l |du |un )?(?:arnaque|escroquerie|vol|racket|braquage|foutage de gueule|foutage de "
                    + "tronche)|bande d (?:incapables|incompetents|escrocs|arnaqueurs|idiots|abrutis|voleurs|"
                    + "guignols)|bande de (?:nuls|voleurs|escrocs|bons a rien|guignols|branquignols|clowns|charlots)|"
                    + "quelle (?:arnaque|honte|blague|escroquerie)|incompetence|foutage de gueule"),
            of("dismissal", "(?:allez|va) (?:vous faire|te faire) (?:foutre|voir)|ta gueule|fermez la|(?:vous )?"
                    + "(?:vous )?foutez de (?:ma|notre) (?:gueule|tronche)|(?:se|vous) fout(?:ent|ez)? de moi|"
                    + "vous me prenez pour (?:un|une) (?:con|conne|idiot|idiote|imbecile|pigeon)"),
            of("noun-adj", "(?:bot|robot|service|entreprise|appli|application|assistant|machine|systeme|sav) (?:de "
                    + ")?(?:minable|nul|pourri|lamentable|pitoyable|merdique|debile|inutile|honteux|de merde)"),
            of("the-worst", "(?:vous etes|c est|ce sont) (?:le|la|les) pires?"),
            of("superlative", "(?:le|la|les) (?:\\w+ )?" + THING + " (?:le|la|les) plus (?:nuls?|nulles?|bete|betes|"
                    + "stupides?|inutiles?|incompetents?|pourris?|lents?|debiles?|cons?)|(?:quel|quelle) " + THING
                    + " (?:de merde|pourri|pourrie|nul|nulle|debile|a la con)"),
            of("bunch-of", "(?:gang|bande|troupeau|ramassis|tas|clique|equipe) (?:d|de) (?:arnaqueurs|branleurs|"
                    + "glandeurs|rigolos|comiques|"
                    + "zozos|pieds nickeles|blaireaux|boulets|escrocs|voleurs|"
                    + "menteurs|incapables|incompetents|guignols|bouffons|clowns|amateurs|bons a rien|fraudeurs|"
                    + "crosseurs|abrutis|idiots|cons|nuls|branquignols|charlots|truands|pourris|manches|tocards)"),
            of("lied-to-face", "(?:menti|mentir|ment|mentez|mentent)(?: \\w+){0,2}? (?:en (?:pleine )?face|a la "
                    + "figure|dans la face|effrontement|droit dans les yeux)|(?:vous|tu) (?:m avez|nous avez|m as) "
                    + "menti"),
            of("gone-mad", "(?:vous etes|t es|tu es|etes vous|z etes) (?:\\w+ )?(?:fous|folles|malades|dingues|"
                    + "cingles|tares|timbres|pas bien)|(?:ca va pas|ca va pas bien) la tete"),
            of("incapable", "(?:vous etes|t es|tu es) (?:meme )?pas (?:capables?|foutus?) de|ferme la|ta gueule le|"
                    + "honte (?:pour|a) vous|j ai honte pour vous")
    };

    static final NamedPattern[] SWEARING = {
            of("swear", "\\b(?:putain|ptn|merde|bordel|fait chier|fais chier|font chier|faire chier|ca me fait chier|"
                    + "chier|nom de dieu|bon sang de|tabarnak|tabarnac|calisse|criss|crisse|ostie|fdp|"
                    + "fils de pute|enfoires?|connards?|connasses?|salauds?|saloperie|pu?tain de merde|wtf|bordel "
                    + "de)\\b")
    };

    static final NamedPattern[] ANGER = {
            of("i-am-angry", "(?:je suis|j suis|chui|je me sens|nous sommes|on est|je commence a etre|(?:mon|ma) "
                    + "\\w+ est) " + INTENSE
                    + "(?:furieux|furieuse|furibond|furibonde|en colere|enerve|enervee|excede|excedee|outre|outree|indigne|indignee|"
                    + "hors de moi|a bout|degoute|degoutee|fache|fachee|exaspere|exasperee|remonte|remontee|"
                    + "agace|agacee|frustre|frustree|ecoeure|ecoeuree|fou de rage|folle de rage|vener|venere|"
                    + "a cran|a bout de nerfs|scandalise|scandalisee|sur les nerfs|hors de lui|hors d elle|fou furieux|"
                    + "folle furieuse|vert de rage|verte de rage|rouge de colere|remonte contre vous|"
                    + "remontee contre vous)"),
            of("fed-up", "j en ai (?:vraiment |completement |trop |grave )?(?:marre|assez|ras le bol|plein le dos|"
                    + "ras la casquette|ma claque)|ras le bol|(?:ca|cela|vous) (?:me|m) (?:saoule|soule|gonfle|"
                    + "enerve|exaspere|rend fou|rend folle|rend dingue|casse les pieds|gave|tape sur les nerfs)|"
                    + "(?:j ai|je perds|je suis en train de perdre) (?:perdu )?patience|ma patience a des limites|"
                    + "je n en peux plus|j en peux plus|y en a marre|il y en a marre|c est bon j en ai"),
            of("outrage", "(?:c est|c etait|ceci est|cela est|ca devient|vraiment) " + INTENSE + "(?:inadmissible|"
                    + "inacceptable|scandaleux|honteux|une honte|n importe quoi|ridicule|absurde|intolerable|"
                    + "revoltant|lamentable|pitoyable|insupportable|un scandale|une plaisanterie|du grand n importe "
                    + "quoi|du vol|abuse|ahurissant|hallucinant|affligeant|une catastrophe|inoui|deplorable|"
                    + "une blague|se foutre du monde|du foutage)"),
            of("outrage-word", "\\b(?:inadmissible|inacceptable|scandaleux|honteux|quelle honte|c est honteux|"
                    + "intolerable|revoltant|du grand n importe quoi)\\b"),
            of("explode", "(?:a deux doigts|sur le point|pret|prete) (?:d|de) (?:exploser|peter un cable|peter les "
                    + "plombs|craquer|peter un plomb)|je vais (?:peter un cable|peter les plombs|exploser|craquer)|je "
                    + "pete (?:un cable|les plombs|un plomb)"),
            of("had-enough", "(?:le|la) pire (?:\\w+ ){0,2}?(?:du monde|de ma vie|que j ai)|pire service|"
                    + "(?:je )?(?:vous )?deteste|je hais|vous (?:vous )?moquez de moi|vous rigolez|c est une blague|"
                    + "vous plaisantez|on se moque de qui|on se fout de qui|trop c est trop|ca suffit|c est la "
                    + "goutte d eau"),
            of("treated-like", "(?:traite|traitee|traites|traitees|traitez|traiter|traitent|traitez) comme (?:un|une|"
                    + "des|de la|du) (?:chiens?|merde|moins que rien|idiots?|imbeciles?|numeros?|dechets?|pigeons?|"
                    + "vache a lait|cons?|poubelle|crottes?)|(?:c est comme ca|c est ainsi|voila comment) que vous "
                    + "(?:traitez|remerciez)"),
            of("give-up", "laissez tomber|laisse tomber|j abandonne|vous servez a rien|tu sers a rien|"
                    + "(?:ne )?sert a rien"),
            of("rage", "(?:en|de|fou de|folle de|la) rage|vous vous moquez du monde|(?:se|vous) moque(?:z|r)? du "
                    + "monde|non mais allo|(?:et )?vous osez|comment osez vous|je n arrive pas a croire")
    };

    static final NamedPattern[] REPEATING = {
            of("told-you", "(?:je )?(?:vous |te )?l ai (?:deja )?(?:dit|explique|ecrit|repete|demande|envoye)"
                    + "(?:\\w+ ){0,2}? ?(?:(?:deux|trois|quatre|cinq|dix|mille|cent|plusieurs|\\d+) fois|deja)|"
                    + "je (?:vous |te )?(?:l )?ai deja (?:dit|explique|ecrit|repete|donne|envoye)|"
                    + "(?:deja )?dit et repete"),
            of("how-many-times", "combien de fois (?:encore )?(?:je|faut|dois|vais|devrai|il faut|va|vous|on)"),
            of("count-now", "(?:ca fait|cela fait|voila) (?:\\d+|deux|trois|quatre|cinq|six|dix) fois (?:que )?"
                    + "(?:je|j) (?:vous |te |l |le |la |les )*(?:demande|dis|envoie|ecris|explique|appelle|relance|"
                    + "repete|"
                    + "signale|donne|redonne|renvoie)"
                    + "|(?:\\d+|deux|trois|quarante|cinquante) (?:minutes|heures|min|h) (?:a|de|sur|avec) (?:\\w+ )"
                    + "{0,4}?(?:ce|cette|votre|un|une) (?:chat|bot|robot|machine|assistant|truc)"),
            of("nth-time", "pour la (?:troisieme|quatrieme|cinquieme|dixieme|enieme|\\d+e|\\d+eme) fois|"
                    + "c est la (?:troisieme|quatrieme|cinquieme|enieme|\\d+e|\\d+eme) fois"),
            // The ordinal said bare, as a heading ("Quatrième fois que j'écris"): only on the customer's own
            // contacting.
            of("bare-nth-time", "(?:troisieme|quatrieme|cinquieme|sixieme|dixieme|enieme|\\d+e|\\d+eme) fois que "
                    + "(?:je |j )?(?:vous |te )?(?:ecris|appelle|relance|reclame|demande|contacte|signale)"),
            // "How many more times?" left hanging at the end is the whole complaint; before a verb it may be a count.
            of("how-many-more", "combien de fois encore$"),
            of("repeat-myself", "(?:vous )?(?:lisez|lis|avez lu|as lu) (?:mes messages|mon message|ce que)|"
                    + "(?:vous m ecoutez|tu m ecoutes|vous ecoutez)|me repeter|(?:toujours|encore) la meme (?:chose|"
                    + "reponse)|repondez a (?:ma|la) question|repondez moi"),
            of("i-repeat", "je (?:vous |te )?le redis|je (?:vous |te )?le (?:dis|repete) pour la derniere fois|"
                    + "pas (?:un|une) "
                    + "(?:seul |seule )?(?:appel|coup de fil|reponse|nouvelle|message|mail|mot|rappel)|aucune "
                    + "(?:nouvelle|reponse)|aucun (?:appel|rappel|retour)"),
            of("waiting", "j attends (?:\\w+ )?depuis (?:\\w+ )?(?:des )?(?:semaines|mois|jours|heures|une eternite|"
                    + "\\d+ \\w+)|(?:ca fait|cela fait|voila) (?:\\w+ )?(?:semaines|mois|jours) (?:que )?(?:j attends|"
                    + "j essaie)|personne ne (?:repond|me repond|rappelle|m aide|fait rien)|(?:des semaines|"
                    + "des mois) (?:et|sans) (?:rien|aucune)|toujours (?:pas de|aucune) (?:reponse|nouvelles|"
                    + "remboursement|solution)" + CivilTerms.notFollowed("fr")),
            of("what-part", "quelle partie de (?:\\w+ ){0,10}?(?:vous )?(?:ne )?comprenez (?:vous )?pas"),
            of("n-times", "(?:demande|dit|explique|ecrit|envoye|appele|relance|soumis|renvoye|depose|signale|rempli|"
                    + "reclame|essaye|transmis)(?: \\w+){0,6}? "
                    // "merci mille fois" thanks, whatever was asked before it
                    + "(?<!merci )(?:\\d+|deux|trois|"
                    + "quatre|cinq|plusieurs|mille) (?:fois|mails|e mails|messages|appels)"),
            of("understand-nothing", "(?:vous )?(?:ne )?comprenez (?:rien|que dalle)|vous comprenez rien|arretez de "
                    + "(?:me )?dire")
    };

    static final String[] SOFTENERS = {
            "un peu", "un petit peu", "legerement", "assez peu", "pas tres", "pas trop", "un brin"
    };

    static final String[] POSITIVE = {
            "merci", "quel bonheur", "quelle joie",
            "geniaux", "geniale?s?", "super", "top", "parfaite?s?", "excellent", "bravo", "felicitations",
            "heureux",
            "heureuse", "trop bien", "trop cool", "trop forte?s?", "magnifiques?", "j adore", "adore", "incroyable", "formidable",
            "(?:ha|ah)(?:ha|ah)+", "mdr", "ptdr", "lol", "youpi", "enfin", "ca marche", "ca fonctionne", "cool",
            "trop contente?", "contente?", "anniversaire", "fantastique", "extra", "wow", "gg", "tuerie",
            "delicieux", "trop bon", "hate de", "ouf", "belle", "beau", "genia\\w*", "merveille", "(?:trop|super|"
                    + "vraiment|tellement) (?:beau|belle|bon|bonne|rapide|bien)", "c etait rapide",
            // "vous êtes des chefs": the praise of a found suitcase, which makes the oath before it relief
            "(?:vous etes|quels|de vrais) (?:des )?chefs"
    };

    static final String[] JOY = {
            "de (?:joie|bonheur|rire)", "mdr", "ptdr", "lol", "(?:ha|ah)(?:ha|ah)+"
    };

    static final String[] EXCLAIMED = {
            "(?:y a|il y a|y a t il) quelqu un", "quelqu un (?:la|ici|me lit|pour)", "ou (?:est|sont|en est)",
            "depuis (?:\\w+ )?(?:\\d+|ce matin|hier|des heures|des jours|des semaines|des mois|trois|deux)",
            "(?:semaines|mois|jours|heures) (?:d attente|sans|apres)", "apres (?:\\d+|trois|deux) \\w+",
            "tout de suite", "maintenant", "c est une blague",
            "encore", "rien", "jamais", "toujours", "pas", "personne", "incroyable", "serieux", "fois",
            // "c'est pourquoi je vous écris" explains: only a "pourquoi" of its own is exasperation.
            "(?<!\\w{1,3} est |voila )pourquoi",
            "pour rien", "osez", "encore une fois"
    };

    static final String[] TYPOS = {
            "inadmissible", "inacceptable", "scandaleux", "intolerable", "revoltant", "lamentable", "pitoyable",
            "incompetents", "incompetent", "incompetence", "incapables", "ridicule", "insupportable", "exaspere",
            "arnaqueurs", "escroquerie",
            "ridicules", "incompetente", "incompetentes", "lamentables", "pitoyables", "scandaleuse", "revoltante"
    };

    static final FrustrationRules RULES = FrustrationRules.of("fr", THREATS, PUBLICITY, INSULTS, SWEARING, ANGER,
            REPEATING, SOFTENERS, POSITIVE, EXCLAIMED, JOY, TYPOS);

    private FrenchFrustration() {
    }
}
