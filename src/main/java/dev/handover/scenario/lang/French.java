package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.Frame.contact;
import static dev.handover.scenario.lang.Frame.person;
import static dev.handover.scenario.lang.NamedPattern.of;

/**
 * French rules (fr-FR, fr-CA, fr-BE, fr-CH), over normalised text: elisions are split ("quelqu'un" reads
 * "quelqu un", "m'appeler" reads "m appeler") and accents dropped ("à" reads "a", "parlé" reads "parle").
 */
final class French {

    private French() {
    }

    /** "personne" is "a person" only after an article; alone it means "nobody" ("ne me passez personne"). */
    private static final String PERSONNE = "(?<=(?:une|la|cette|vraie|les|des|bonne|quelle|seule|vraies) )personnes?";
    /** "conseiller" is also the verb "to advise" ("pouvez-vous me conseiller", "me faire conseiller"). */
    private static final String CONSEILLER = "(?<!(?:me|te|se|nous|vous|faire|pour|bien|mieux|pouvez|pourriez|peux) )"
            + "conseill(?:er|ere|ers|eres)";
    /** Verbs a callback or a reply can take: "qu'un conseiller me rappelle", "quelqu'un peut m'envoyer un texto". */
    private static final String CALL_ME = "(?:me|m|nous) (?:rappeler|rappelle|rappellent|appeler|appelle|appellent|"
            + "contacter|contacte|contactent|recontacter|recontacte|telephoner|telephone|joindre|joigne|texter|"
            + "envoyer un (?:sms|texto|message|mail|courriel)|envoie un (?:sms|texto|message|mail|courriel)|"
            + "repondre|reponde|revenir|revienne|ecrire|ecrive|ecrivent|passer un (?:petit )?(?:coup de fil|coup de "
            + "telephone|appel|coup de tel)|passe un (?:petit )?(?:coup de fil|appel))\\b";
    /** "rappelez-moi le prix" asks to be reminded, not called back. */
    private static final String NOT_REMIND = "(?! (?:le|la|les|l|votre|vos|ton|ta|tes|ce|cet|cette|ces|combien|"
            + "comment|pourquoi|ou|quel|quelle|quels|quelles|si|de|d|a quoi|qui|ce qu|ce que)\\b"
            // a time is when to call, not what to remind of: "rappelez-moi ce soir", "la semaine prochaine"
            + "(?! (?:soir|matin|midi|apres midi|aprem|week end|semaine|lundi|mardi|mercredi|jeudi|vendredi"
            + "|samedi)\\b))";
    /** A clause-level request must not sit after a negation: "je ne veux pas qu'on me rappelle". */
    private static final String NOT_NEGATED = "^(?!.*\\b(?:pas|jamais|rien|inutile|sans|"
            + "(?<!le |au )plus(?! vite| tot| rapidement| de))\\b)(?:.* )?";

    static final LanguageRules RULES = LanguageRules.builder("fr")
            .stopWords("le", "la", "les", "des", "du", "et", "est", "une", "je", "vous", "pour", "pas", "qui", "ne",
                    "avec", "mon", "ce", "c", "j", "l", "il", "au", "svp", "merci", "bonjour", "parler", "veux",
                    "voudrais", "suis", "avez", "etes", "peux", "quelqu", "ca", "moi", "conseiller", "y", "aux",
                    "nous", "sur", "dans", "n", "qu", "quoi", "pourquoi", "quand", "combien", "aussi", "tres", "oui",
                    "rien", "toujours", "encore", "deja", "aimerais", "pouvez", "faut", "fait", "ai", "sont", "cette",
                    "cela", "salut", "stp", "alors", "donc", "ici", "peut", "etre", "avoir", "faire", "besoin",
                    "personne", "humain", "aider", "marche", "sais", "veut", "votre", "faites", "pourrait", "pourriez",
                    "pourrais", "rappeler", "journee", "soir", "matin", "demain", "apres")
            .spellings("jveux", "je veux", "avc", "avec", "conseile", "conseiller",
                    "jvoudrais", "je voudrais", "jpeux", "je peux", "jpx", "je peux",
                    "jpourrais",
                    "je pourrais", "chuis", "je suis", "chui", "je suis", "jsuis", "je suis", "chu", "je suis", "qqn",
                    "quelqu un", "qq1", "quelqu un", "qlq", "quelqu un", "qlqn", "quelqu un", "qlq1", "quelqu un", "jvoudrai", "je voudrais", "qqun", "quelqu un",
                    "quelquun", "quelqu un", "quelqun", "quelqu un", "kelkun", "quelqu un", "quelqu1", "quelqu un",
                    "mrc", "merci", "slt", "salut", "bjr", "bonjour", "dispo", "disponible", "dispos", "disponibles",
                    "presone", "personne", "persone", "personne", "perssone", "personne", "presonne", "personne",
                    "pesronne", "personne", "conseilelr", "conseiller", "conseiler", "conseiller", "pr", "pour", "pcq",
                    "parce que", "tt", "tout", "ya", "il y a", "jai", "j ai", "davoir", "d avoir", "jprefere", "je prefere", "jaimerais",
                    "j aimerais", "jveu", "je veux", "jvx", "je veux",
                    "jsouhaite", "je souhaite", "jdois", "je dois", "jcherche", "je cherche", "jme", "je me", "1",
                    "un", "stp", "svp", "svpl",
                    "svp", "plz", "svp", "pls", "svp", "jsp", "je sais pas", "chaispas", "je sais pas", "chepa",
                    "je sais pas", "chpa", "je sais pas", "jsais", "je sais", "jarrive", "j arrive", "jtrouve",
                    "je trouve", "tjr", "toujours", "tjrs", "toujours", "tjs", "toujours", "mtn", "maintenant", "mnt",
                    "maintenant", "vs", "vous", "ns", "nous", "pk", "pourquoi", "pq", "pourquoi", "ki", "qui", "koi",
                    "quoi", "ke", "que", "dsl", "desole", "bcp", "beaucoup", "rdv", "rendez vous", "tel", "telephone",
                    "jcomprends", "je comprends", "icitte", "ici", "slvp", "svp", "auj", "aujourd hui", "ajd",
                    "aujourd hui", "ct", "c etait", "cmt", "comment")
            .typoWords("humain", "personne", "conseiller", "conseillere", "agent", "operateur", "responsable",
                    "parler", "voudrais", "quelqu", "interlocuteur", "rappeler", "transferer", "transferez",
                    "discuter", "joindre", "contacter", "standardiste", "superviseur", "directeur", "aimerais",
                    "mettez",
                    "representant", "collegue")
            .typoExclusions("argent", "agents", "agence", "humains", "humaine", "conseille", "conseillers",
                    "conseilles",
                    "parlez", "parle", "parles", "parlent", "parlait", "voudrait", "voudras", "personnel", "personnes",
                    "responsables", "operateurs", "rappelez", "rappele", "rappelee", "rappel", "contactez", "contacte",
                    "discute", "discutez", "aimerai", "aimerait", "directeurs", "transfere", "rejoindre",
                    "recontacter", "recontactez", "recontacte", "recontactee", "humanite", "parlera", "parlerai",
                    "parlerez", "parlons", "parlant", "voudrai", "aient", "quelque", "quelques", "agens", "humour")
            .persons("humains?", PERSONNE, "agents?", CONSEILLER, "(?<=(?:un|le|au|du|votre|mon|ton|vrai) )conseillee?",
                    "operat(?:eur|rice)s?", "responsables?",
                    "gerante?s?", "directeur", "directrice", "interlocut(?:eur|rice)(?: humaine?| reelle?)?",
                    // "quelqu'un de vrai talent" praises a quality; "quelqu'un de vrai ici ?" asks for a real one
                    "quelqu un(?! de (?:vrai|grand) (?!(?:ici|la|avec|qui|a|en|pour|au|et|ou|svp|stp|s il|maintenant"
                            + "|vite|derriere)\\b)\\w)",
                    "membres? (?:de (?:l |votre |ton )?(?:equipe|staff|personnel)|du (?:personnel|staff))",
                    "collaborat(?:eur|rice)s?",
                    "employee?s?", "standardiste", "service client(?:ele)?", "support (?:technique|client|humain)",
                    "(?:une? )?etre humain", "superviseur", "manager", "(?:assistance|aide|contact|intervention|"
                            + "presence|support|reponse) humaine?", "teleconseill(?:er|ere)", "preposee?s?",
                    "representante?s?", "charge(?:e)? (?:de clientele|de compte|d affaires|de clients)",
                    "gestionnaire (?:de (?:compte|dossier|clientele))", "du vrai monde", "vrai monde",
                    "service apres vente", "sav", "hotline", "service clients", "collegues?",
                    "(?:service|departement) (?:a la clientele|aux clients|des ventes|des achats|des reclamations|"
                            + "des plaintes|des sinistres|des pieces(?: detachees)?|des locations|des abonnements|"
                            + "des livraisons|des retours|des comptes|de la facturation|de la comptabilite|du credit|"
                            + "du financement)",
                    "(?:vrai|vraie|reel|reelle) (?:support|assistance|aide|service client|conseil|contact)",
                    "(?:mon|ma|notre) (?:conseill(?:er|ere)|agent|interlocut(?:eur|rice)|gestionnaire|"
                            + "charge(?:e)? de clientele|commerciale?)",
                    "(?<=un |une |du )vraie?(?=$| svp| stp| pas| merci| s il| cette fois| maintenant)")
            .roles("docteure?", "dr", "maitre \\w+",
                    "medecin", "dentiste", "orthodontiste", "accueil", "secretaire", "secretariat",
                    "vendeu(?:r|se)", "commercial(?:e)?", "patron(?:ne)?", "proprietaire", "technicien(?:ne)?",
                    "coach", "mecanicien", "equipe", "agence", "standard", "support", "direction", "chef",
                    "chef (?:d atelier|de chantier|de service|d equipe|de rayon|de cuisine|d agence|de projet)",
                    "service (?:commercial|comptabilite|technique|apres vente|facturation|recouvrement|contentieux|"
                            + "sinistres?|reclamations?|livraisons?|expeditions?|retours?|garantie|location|"
                            + "pieces(?: detachees)?|rh|informatique|maintenance|administratif|juridique|paie|"
                            + "clientele|des ventes|financier|abonnements?)", "(?:la )?comptabilite", "facturation",
                    "(?:service|departement|pole) (?:des |du |de la |de l |d |a la |aux |de )?[a-z]+(?: detachees|"
                            + " d occasion)?",
                    "kine(?:sitherapeute)?", "osteo(?:pathe)?", "nutritionniste", "dieteticien(?:ne)?", "podologue",
                    "psychologue", "chiropracteur",
                    // whoever served the customer before: "la dame qui m'a recue"
                    "(?:personne|dame|monsieur|jeune homme|jeune femme|fille|gars|\\w+(?:ien|ienne|iste|eur|euse)) "
                            + "qui (?:m|nous) a "
                            + "(?:suivie?|recue?|aidee?|conseillee?|soignee?|traitee?|servie?"
                            + "|accompagnee?)", "veterinaire", "veto", "infirmiere?", "pharmacien(?:ne)?",
                    "opticien(?:ne)?", "avocate?", "notaire", "comptable", "expert comptable", "coiffeu(?:r|se)",
                    "estheticienne", "entraineu(?:r|se)", "moniteur", "monitrice", "professeure?", "prof",
                    "formateur", "formatrice", "garagiste", "carrossier", "concession(?:naire)?", "bureau",
                    "administration", "reception(?:niste)?", "magasin", "atelier", "cabinet", "bailleur",
                    "gestionnaire", "conducteur de travaux", "contremaitre", "chef de chantier", "negociat(?:eur|rice)",
                    "(?:le |la )?(?:personne|gars|dame|monsieur|madame) (?:qui (?:s occupe|gere|traite|suit) "
                            + "(?:de )?(?:\\w+ )?\\w+|en charge (?:de|du|des) \\w+|responsable (?:de|du|des) \\w+)",
                    "celle qui (?:s occupe|gere) (?:de |du |des )?\\w+(?: \\w+)?",
                    "celui qui (?:s occupe|gere) (?:de |du |des )?\\w+(?: \\w+)?",
                    "(?:directeur|directrice|responsable|gerant|gerante) (?:d agence|du magasin|de la boutique|"
                            + "du cabinet|du site|du restaurant|de l hotel|commercial|technique)")
            .complement("(?:de la|de l|du|des|de|d|chez|en charge de|en charge du) \\w+(?: \\w+)?")
            .frames(
                    contact("parler-a", "(?:parler|discuter|echanger|causer|communiquer|jaser|clavarder|"
                            + "que je (?:lui )?parle|parlez|(?:m|me|nous|s) entretenir|(?:m|me|nous|s) adresser|"
                            + "je m adresse|en parler|en discuter|avoir affaire|(?:veux|voudrais|voudrai|aimerais|"
                            + "souhaite|souhaiterais|peux|pourrais|puis je|pouvoir|faut|besoin de|dois) (?:parle|"
                            + "parlez|"
                            + "parles|parlais|parlait))(?: (?:directement|de vive voix|en direct|en personne|"
                            + "rapidement|maintenant|tout de suite|un peu|un instant|un moment|deux minutes))?"
                            + "(?: qu| que)? (?:a|au|aux|avec)|(?:parler|discuter|echanger|en parler) (?:de|du|des|d|"
                            + "sur)(?: \\w+){1,3}"
                            + " (?:a|au|aux|avec)|(?:veux|voudrais|voudrai|aimerais|souhaite|souhaiterais|peux|"
                            + "pourrais|"
                            + "puis je|besoin de|faut|dois) (?:parlera|parlerau|parleraux)", ""),
                    contact("voir-avec", "(?:voir|regler|traiter|faire le point|regarder|revoir|verifier)"
                            + "(?: (?:ca|cela|ceci|tout ca|le tout|le dossier|mon dossier|ce point))?"
                            + "(?: (?:directement|de vive voix|en direct|en personne))? avec", ""),
                    contact("passer", "(?:(?:me|m|nous|vous me|vous m) (?:passer|passez|passiez|passe|transferer|"
                            + "transferez|transferiez|transfere|rediriger|redirigez|orienter|orientez|basculer|"
                            + "connecter|renvoyer)|(?:passez|passe|transferez|transfere|redirigez|redirige|orientez|"
                            + "oriente|basculez|connectez|branchez|renvoyez|mettez|envoyez) (?:moi|nous))"
                            + "(?: (?:a|au|aux|vers|avec|en ligne avec|sur))?|(?:transferer|transferez|transfere|"
                            + "transferee|rediriger|redirigez|redirige|redirigee|orienter|orientez|oriente|orientee|"
                            + "basculer|basculez|bascule|connecter|connectez|connecte|connectee|brancher|branchez|"
                            + "renvoyer|renvoyez|renvoye|escalader|escaladez|remonter|transmettre|transmettez|"
                            + "transmis|transmise|transfert|transfer|redirection|mise en relation)(?: (?:moi|nous|"
                            + "mon dossier|ma demande|mon appel|la conversation|"
                            + "ma question|mon cas|le dossier|ca))? (?:a|au|aux|vers|avec)", ""),
                    contact("mettre-en-relation", "(?:en relation|en contact|en lien|en communication|en ligne) "
                            + "avec|joindre|rejoindre|contacter|atteindre|appeler|tomber sur|avoir au (?:telephone|"
                            + "tel|bout du fil)|avoir en ligne|(?:rappele|rappelee|recontacte|recontactee|contacte|"
                            + "contactee|appele|appelee) par|(?:veux|voudrais|aimerais|souhaite|souhaiterais|demande|"
                            + "besoin d|avoir|recevoir) (?:un |d un )?(?:appel|coup de fil|coup de telephone|rappel) "
                            + "(?:de|d|du|de la)", ""),
                    contact("rdv-telephonique", "(?:rendez vous|rdv|entretien|echange|appel|point) (?:telephonique|"
                            + "par telephone|en visio|en visioconference|par visio) (?:avec|de|d|du)", ""),
                    contact("comment-avoir", "(?:comment|moyen de|moyen d|ou|facon de|facon d) (?:je peux |on peut |"
                            + "puis je |pourrais je |faire pour |faut il faire pour |je fais pour |fait on pour |"
                            + "on fait pour )?avoir", ""),
                    contact("callback", "", "(?:(?:peut|peuvent|pourrait|pourraient|puisse|puissent|doit|va|vont|"
                            + "pourra|pourront|peut il|peut elle|pourrait il|pourrait elle|est il en mesure de) )?"
                            + CALL_ME + NOT_REMIND + "|de me (?:rappeler|recontacter)\\b"),
                    contact("take-over", "", "(?:(?:peut|pourrait|puisse|doit|va|pourra) )?(?:prendre|prenne|"
                            + "reprendre|reprenne) (?:le relais|le relai|la main|la suite|le dossier|ma demande|"
                            + "mon dossier|en charge|la conversation|la discussion)"),
                    contact("avec-qui", "", "(?:avec qui|a qui) (?:je )?(?:pourrais|peux|puisse|parler|discuter)|"
                            + "a qui parler"),
                    contact("disponible", "", "(?:est |sont |serait |seraient )?(?:il |elle |ils )?"
                            + "(?:disponibles?|libres?|en ligne|la)(?: (?:maintenant|aujourd hui|"
                            + "tout de suite|pour (?:parler|discuter|echanger|me repondre|m aider)(?: \\S+){0,4}))?$"
                            + "|(?:disponibles?|libres?) (?:\\S+ ){0,2}?pour (?:parler|discuter|echanger"
                            + "|en parler|en discuter|"
                            + "me repondre|m aider|un appel|un echange|un petit echange|un coup de fil|un point)\\b"),
                    // the person is the subject: "quelqu'un pourrait discuter avec moi du devis"
                    contact("parler-avec-moi", "", "(?:(?:peut|pourrait|puisse|pourra|voudrait) )?(?:m en "
                            + "|en )?(?:parler|"
                            + "discuter|echanger|voir ca|regarder ca|faire le point) avec (?:moi|nous)\\b|"
                            + "(?:peut|pourrait|puisse|pourra) (?:m en|en) parler\\b"),
                    contact("help-me", "", "(?:(?:peut|pourrait|puisse|pourra|saurait|va) )?(?:m|me|nous) "
                            + "(?:aider|aide|renseigner|renseigne|depanner|depanne|guider|expliquer|explique)\\b"),
                    person("vouloir", "(?:(?:veux|voudrais|voudrai|voulais|aimerais|aurais aime|aurais voulu|souhaite|"
                            + "souhaiterais|souhaitais|desire|desirerais|faut|faudrait|demande|prefere|prefererais|"
                            + "exige)(?: que| qu)?|besoin(?: d| de| qu)?|cherche|reclame|avoir|donnez moi|"
                            + "trouvez moi|envoyez moi|mettez moi)", ""),
                    person("y-a-t-il", "(?:y a t il|est ce qu il y a|y aurait il|il y aurait|auriez vous)"
                            + "(?: pas)?(?: un| une)?", ""))
            .clauseRequests(
                    of("personne-a-qui-parler", "\\b(?:il n y a|n y a t il|y a t il|il y a) (?:personne|"
                            + "pas quelqu un)(?: (?:a qui|avec qui|pour)|$)"),
                    of("personne-pour-aider", "^(?:(?:il )?(?:n )?y a )?personne (?:pour (?:m aider|me repondre|"
                            + "me renseigner)|(?:ne|n) (?:peut|pourrait|va) (?:m aider|me repondre|me renseigner))"),
                    of("lui-parler", NOT_NEGATED + "(?:lui|leur) parler\\b"),
                    of("a-qui-parler", "(?:^|\\b(?:et|mais|donc|alors|bonjour|svp|sinon) )(?:(?:a|avec|aupres de) qui "
                            + "(?:est ce que |est ce qu )?(?:dois je|puis je|je peux|je dois|pourrais je|je pourrais|"
                            + "faut il|peut on|on peut|doit on|on doit|il faut|devrais je|je devrais|j ai le droit de)"
                            + "(?: \\w+)? (?:m adresser|parler|discuter|voir|echanger|me renseigner|faire ma demande)|"
                            + "qui (?:dois je |puis je |je dois |faut il |je peux |pourrais je )?(?:contacter|joindre|"
                            + "appeler)(?: pour| au sujet| concernant| a propos)|(?:je m adresse|je parle|"
                            + "je dois parler|"
                            + "je peux parler|je dois m adresser|je peux m adresser|je pourrais parler) (?:a|"
                            + "avec) qui)\\b"),
                    of("qu-on-me-rappelle", NOT_NEGATED + "(?:veux|voudrais|aimerais|souhaite|souhaiterais|"
                            + "prefere|prefererais|faudrait|faut|demande|est ce qu|est ce que|peut|pourrait|"
                            + "pouvez vous|vous pouvez|pourriez vous|vous pourriez|pouvez|pourriez|merci de|"
                            + "priere de|~) (?:qu )?(?:on |vous )?(?:me|m|nous) (?:rappeler|rappelle|"
                            + "recontacter|recontacte|telephoner|telephone|appeler|appelle)\\b" + NOT_REMIND),
                    of("rappelez-moi", "^(?:(?:bonjour|svp|alors|donc|ok|merci|et|sinon) )*(?:rappelez|rappelle|"
                            + "recontactez|recontacte|appelez|appelle|telephonez|contactez) moi\\b" + NOT_REMIND),
                    of("etre-rappele", NOT_NEGATED + "(?:etre|soit|sois|me faire) (?:rappele|rappelee|rappeles|"
                            + "recontacte|recontactee|contacte|contactee|appele|appelee|mise? en relation)\\b"),
                    of("demande-de-rappel", NOT_NEGATED + "(?:veux|voudrais|aimerais|souhaite|souhaiterais|"
                            + "demande|besoin d|avoir|programmer|planifier|obtenir) (?:un |d un )?(?:rappel|"
                            + "appel) (?:telephonique|par telephone|d un conseiller|d une personne|d un humain)"))
            .gapBreakers("de", "d", "du", "des", "sur", "pour", "par", "en", "si", "et", "mais", "ou", "parce",
                    "quand", "avec", "mon", "ma", "mes", "son", "sa", "ses", "ton", "ta", "tes", "leur", "leurs",
                    "autre", "deuxieme", "seconde", "plus", "\\d+", "deux", "trois", "quatre", "cinq", "ne", "pas",
                    "jamais", "a", "au", "aux", "chez", "qui", "dont", "car", "comme", "puisque", "lorsque", "sinon",
                    "ni", "rien", "que", "qu", "contre", "sans", "entre", "vers")
            .fillers("svp", "maintenant", "tout de suite", "vite", "un", "une", "le", "la", "l", "vrai", "vraie",
                    "reel", "reelle", "disponible", "bonjour", "bonsoir", "salut", "allo", "coucou", "merci",
                    "merci d avance", "juste", "urgent", "urgence", "en urgence", "please", "a", "alors", "donc",
                    "parler a", "parler avec", "par pitie", "pitie", "immediatement", "rapidement", "seulement",
                    "ok", "bon", "bref", "euh", "ben", "bah", "hein", "oui", "encore", "serieusement",
                    "franchement", "enfin", "physique", "en ligne", "au telephone", "de grace", "je vous prie",
                    "de suite", "asap", "du", "votre", "un autre", "help", "hello", "vivant", "parler", "discuter",
                    "contacter", "joindre", "veux", "voudrais", "besoin")
            .fallbacks(FrenchReplies.FALLBACKS)
            .uncertainFallbacks(FrenchReplies.DOUBTS)
            .clauseRequests(ContactFamilies.requests("fr"))
            .clauseRequests(Callbacks.requests("fr"))
            .fallbacks(FallbackFamilies.certain("fr"))
            .fallbacks(ChannelRefusals.certain("fr"))
            .fallbacks(RecordFallbacks.certain("fr"))
            .uncertainFallbacks(FallbackFamilies.uncertain("fr"))
            .dissatisfied(FrenchReplies.DISSATISFIED)
            .resolved(FrenchReplies.RESOLVED)
            .dissatisfied(FeedbackFamilies.dissatisfied("fr"))
            .resolved(FeedbackFamilies.resolved("fr"))
            .dissatisfied(RetryFeedback.dissatisfied("fr"))
            .resolved(RetryFeedback.resolved("fr"))
            .thanks(FrenchReplies.THANKS)
            .questionStarts(FrenchReplies.QUESTION_STARTS)
            .faultQuestions(FrenchReplies.FAULT_QUESTIONS)
            .undecided(FrenchReplies.UNDECIDED)
            .negations(FrenchChecks.NEGATIONS)
            .negationEnds(FrenchChecks.NEGATION_ENDS)
            .comparatives(FrenchChecks.COMPARATIVES)
            .negationLifts(FrenchChecks.NEGATION_LIFTS)
            .infoQuestions(FrenchChecks.INFO_QUESTIONS)
            .servicePurposes(FrenchChecks.SERVICE_PURPOSES)
            .hypotheticals(FrenchChecks.HYPOTHETICALS)
            .politeConditions(FrenchChecks.POLITE_CONDITIONS)
            .imperatives(FrenchChecks.IMPERATIVES)
            .reporters("(?:a|ont) (?:dit|raconte)|(?:il|elle|on) dit|disait|pretend|affirme")
            .quotes(FrenchChecks.QUOTES)
            .botQuestions(FrenchChecks.BOT_QUESTIONS)
            .natureWords(FrenchChecks.NATURE_WORDS)
            .botWords(FrenchChecks.BOT_WORDS)
            .orWords(FrenchChecks.OR_WORDS)
            .otherSenses(FrenchChecks.OTHER_SENSES)
            .build();
}
