package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.Frame.contact;
import static dev.handover.scenario.lang.Frame.person;
import static dev.handover.scenario.lang.NamedPattern.of;

/**
 * French rules, over normalised text: elisions are split ("quelqu'un" reads "quelqu un", "m'appeler" reads
 * "m appeler") and accents dropped ("à" reads "a").
 */
final class French {

    private French() {
    }

    /** "personne" is "a person" only after an article; alone it means "nobody" ("ne me passez personne"). */
    private static final String PERSONNE = "(?<=(?:une|la|cette|vraie|les|des) )personnes?";

    static final LanguageRules RULES = LanguageRules.builder("fr")
            .stopWords("le", "la", "les", "des", "du", "et", "est", "une", "je", "vous", "pour", "pas", "qui",
                    "ne", "avec", "mon", "ce", "c", "j", "l", "il", "au", "svp", "merci", "bonjour", "parler",
                    "veux", "voudrais", "suis", "avez", "etes", "peux", "quelqu", "ca", "moi", "conseiller", "y")
            .spellings("jveux", "je veux", "jvoudrais", "je voudrais", "jpeux", "je peux", "jpourrais",
                    "je pourrais", "chuis", "je suis", "chui", "je suis", "jsuis", "je suis", "qqn", "quelqu un",
                    "qq1", "quelqu un", "qlq", "quelqu un", "mrc", "merci", "slt", "salut", "bjr", "bonjour",
                    "dispo", "disponible", "pr", "pour", "pcq", "parce que", "tt", "tout", "ya", "il y a",
                    "jai", "j ai", "c", "c est", "stp", "svp", "svpl", "svp", "plz", "svp", "pls", "svp")
            .typoWords("humain", "personne", "conseiller", "agent", "operateur", "responsable", "parler", "voudrais")
            .typoExclusions("argent", "agents", "agence", "humains", "humaine", "conseille", "conseillers",
                    "conseilles", "parlez", "parle", "parles", "parlent", "parlait", "voudrait", "voudras",
                    "personnel", "personnes", "responsables", "operateurs")
            .persons("humains?", PERSONNE, "agents?", "conseill(?:er|ere|ers|eres)", "operat(?:eur|rice)s?",
                    "responsables?", "gerant(?:e)?", "directeur", "directrice", "interlocut(?:eur|rice)(?: humain)?",
                    "quelqu un", "membres? de (?:l |votre )?equipe", "collaborat(?:eur|rice)s?", "employes?",
                    "standard(?:iste)?", "service client(?:ele)?", "support", "etre humain", "superviseur",
                    "manager")
            .roles("docteur", "dr", "medecin", "dentiste", "accueil", "secretaire", "secretariat", "vendeu(?:r|se)",
                    "commercial(?:e)?", "patron(?:ne)?", "proprietaire", "technicien(?:ne)?", "coach",
                    "mecanicien", "equipe", "agence", "service (?:commercial|comptabilite|technique|apres vente)")
            .complement("(?:de la|de l|du|des|de|d|chez) \\w+(?: \\w+)?")
            .frames(
                    contact("parler-a", "(?:parler|discuter|echanger|causer|communiquer|que je (?:lui )?parle|"
                            + "parlez) (?:a|au|aux|avec)", ""),
                    contact("passer", "(?:passez|passe|passer|me passer|m passer|transferez|transferer|transfere|"
                            + "redirigez|rediriger|orientez|orienter)(?: moi)?(?: (?:a|au|aux|vers|avec))?", ""),
                    contact("mettre-en-relation", "(?:en relation|en contact|en lien) avec|joindre|contacter|"
                            + "rappele par|rappelee par|appel de|rappel de", ""),
                    contact("callback", "", "(?:(?:peut|peuvent|pourrait|pourraient|doit) )?(?:me|m) (?:rappeler|"
                            + "appeler|contacter|telephoner|recontacter)\\b|de me rappeler"),
                    contact("avec-qui", "", "avec qui (?:je )?(?:pourrais|peux|puisse|parler)|a qui parler"),
                    contact("disponible", "", "(?:est |sont )?disponibles?(?: (?:maintenant|aujourd hui|pour parler"
                            + "(?: \\S+){0,4}))?$"),
                    person("vouloir", "(?:veux|voudrais|aimerais|souhaite|souhaiterais|desire|besoin(?: d| de| qu)?|"
                            + "faut|demande|prefere|prefererais|exige|cherche|avoir)", ""))
            .clauseRequests(
                    of("personne-a-qui-parler", "\\b(?:il n y a|n y a t il|y a t il|il y a) (?:personne|"
                            + "pas quelqu un)(?: (?:a qui|avec qui|pour)|$)"),
                    of("lui-parler", "\\b(?:lui|leur) parler\\b"))
            .gapBreakers("de", "d", "du", "des", "sur", "pour", "par", "en", "si", "et", "mais", "ou", "parce",
                    "quand", "avec", "mon", "ma", "mes", "son", "sa", "ses", "autre", "deuxieme", "seconde", "plus",
                    "\\d+", "deux", "trois", "ne", "pas", "jamais")
            .fillers("svp", "maintenant", "tout de suite", "vite", "un", "une", "le", "la", "l", "vrai", "vraie",
                    "reel", "reelle", "disponible", "bonjour", "salut", "merci", "juste", "urgent", "please", "a",
                    "alors", "parler a", "par pitie")
            .negations("ne", "n", "pas", "jamais", "rien", "sans", "aucun", "aucune", "inutile")
            .negationEnds("mais", "plutot", "je veux", "je voudrais", "j aimerais", "il me faut", "passez moi")
            .comparatives("plutot que", "au lieu de", "(?:prefere|preferes|prefererais|mieux|plus simple|"
                    + "plus facile) (?:\\w+ ){1,4}(?:que|qu)")
            .hypotheticals("si (?!possible)\\w+", "s il (?!vous plait|te plait)\\w+", "au cas ou", "plus tard",
                    "peut etre", "juste pour savoir", "la prochaine fois", "a l avenir", "un jour", "eventuellement",
                    "par curiosite", "je voudrai")
            .politeConditions("si (?:possible|vous pouvez|vous le pouvez|c est possible|ca ne vous derange pas|"
                    + "vous voulez bien)", "s il vous plait", "s il te plait")
            .imperatives("^(?:(?:alors|donc|svp|ok|bon|et) )*(?:passez|passe|transferez|transfere|mettez|"
                    + "rappelez|appelez)")
            .quotes("ecrit", "dit", "disait", "tape", "option", "bouton", "menu", "par erreur", "ignorez", "ignore",
                    "correcteur", "a change", "affiche",
                    "(?:mon|ma) (?:mari|femme|mere|pere|fils|fille|ami|amie|patron|copain|copine) "
                            + "(?:veut|voudrait|a besoin|prefere)")
            .botQuestions("(?:vous|tu) etes", "t es", "c est (?:un|une)", "est ce (?:un|une)",
                    "(?<!que )je (?:parle|discute|chatte|ecris) (?:a|avec)", "qui (?:me )?(?:repond|ecrit)",
                    "il y a (?:quelqu un|une personne|un humain) derriere", "(?:les reponses )?sont")
            .natureWords("humaine?", "personne", "bot", "robot", "machine", "reelle?", "vraie?",
                    "automatiques?", "intelligence artificielle", "ia", "chatbot", "assistant", "conseiller",
                    "programme", "chatgpt", "virtuel")
            .botWords("bot", "robot", "machine", "automatiques?", "chatbot", "intelligence artificielle", "ia",
                    "assistant virtuel", "programme", "chatgpt")
            .orWords("ou")
            .otherSenses("ressources humaines", "agents? (?:de voyages?|immobiliers?|d assurances?|secrets?|"
                    + "de securite)", "coach personnel", "(?:cheveux|poils) humains", "en personne",
                    "droits de l homme", "autre personne", "(?:deux|trois|quatre|cinq|\\d+) personnes",
                    "personnel (?:soignant|medical)")
            .fallbacks(
                    of("no-info", "(?:je )?n ai (?:pas|aucune?) (?:\\w+ ){0,2}?(?:information|informations|info|infos|"
                            + "donnees|acces|reponse|details)|n est pas disponible pour moi|(?:information|"
                            + "informations) (?:ne )?(?:me )?(?:est|sont) pas disponibles?"),
                    of("cannot-help", "je ne (?:peux|pourrai|suis pas en mesure de) pas (?:vous |t )?(?:aider|"
                            + "repondre|traiter|donner|dire|confirmer|le confirmer|acceder|voir)"),
                    of("check-with-team", "(?:je vais|je dois|laissez moi|je prefere|je) (?:\\w+ ){0,2}?(?:verifier|"
                            + "confirmer|demander|voir|verifie|demande)(?: \\w+){0,4}? (?:equipe|cabinet|agence|"
                            + "service|bureau|collegues?|responsable|conseiller|quelqu un|magasin|atelier)|j ai "
                            + "transmis (?:votre|ta) (?:question|demande|message)"),
                    of("not-found", "(?:je )?n ai (?:rien|pas) trouve"),
                    of("out-of-scope", "depasse ce (?:a quoi|que) je (?:peux|sais)|je (?:ne )?peux (?:seulement|"
                            + "que) vous aider"),
                    of("not-understood", "(?:je )?n ai pas compris|je ne (?:comprends|suis pas certaine? de "
                            + "comprendre)|pas (?:sure?|certaine?) de comprendre|pouvez vous (?:la |le )?reformuler"))
            .uncertainFallbacks(
                    of("not-sure", "je ne suis pas (?:sure?|certaine?)|je ne (?:sais|saurais) pas|aucune idee"))
            .dissatisfied(
                    of("did-not-help", "(?:ne|n) (?:m |me )?(?:a |as |ont )?(?:pas|rien|toujours pas|plus) (?:\\w+ )?"
                            + "(?:aide|marche|fonctionne|repond|regle|resolu|sert|change)|(?:ne|n) (?:m |me )?"
                            + "(?:marche|fonctionne|repond|sert|aide|regle|resout|change) (?:toujours |plus |a )?"
                            + "(?:pas|rien)|inutile|encore plus (?:perdue?|confuse?)|rien a voir"),
                    of("still-broken", "toujours pas|(?:toujours|encore) (?:deux fois|en panne|bloquee?)|plante "
                            + "(?:encore|toujours)"),
                    of("not-what-i-asked", "(?:ce n est|c est) pas (?:ce que|ca|la bonne|correct)|c est faux|"
                            + "(?:est|c est) (?:incorrect|errone)"),
                    of("wrong-answer", "(?:parle|parlais) (?:de l |du |de la )autre|(?:parlais|demandais|voulais "
                            + "dire|etait) (?:\\w+ ){1,5}pas (?:du|de|a|le|la|au) "),
                    of("not-understood", "(?:vous|tu) ne (?:me )?compren(?:ez|ds) (?:pas|rien)|(?:vous avez|avez "
                            + "vous|as tu|t as) lu (?:mon|le) message"),
                    of("repeat", "(?:repetez|repete|dites) (?:toujours )?la meme chose|meme reponse"),
                    of("sarcasm", "merci pour rien"),
                    of("gave-up", "merci quand meme"))
            .resolved(
                    of("worked", "(?:ca|cela) (?:a )?(?:marche|fonctionne)|(?:ca |cela )?m a (?:bien |beaucoup )?aide|j ai pu|resolu|regle le probleme|tout est "
                            + "(?:bon|clair|ok|regle)|plus clair|bien recu|paiement est passe|repond a ma question|"
                            + "c est bon"),
                    of("that-is-all", "c est (?:exactement )?ce que je cherchais|c est tout ce qu il me fallait"))
            .thanks("merci", "parfait", "super", "genial", "top", "nickel", "impeccable", "excellent", "compris",
                    "reserve", "cool")
            .questionStarts("qu est ce", "que", "quel", "quelle", "quels", "quelles", "comment", "quand", "ou",
                    "combien", "pourquoi", "est ce")
            .build();
}
