package dev.handover.scenario.lang;

/**
 * How the last sentence turns to the business after anger at someone else, when it does not end in a question mark:
 * a request ("can we move it.", "potete mandare qualcuno"), a wish ("só queria a nota fiscal", "volevo solo la
 * fattura"), an apology for what the other caused ("llego tarde, perdón", "so sorry") or a word that closes the
 * aside ("comunque", "enfin", "sinon"). "Can you believe it" and "how can you" open a complaint, not a request, and
 * are left out. Over normalised text, at the start of a clause.
 */
final class ElsewhereRequests {

    private static final String EN = "(?:can|could|would|will|may|shall) (?:we|i|someone|somebody|the|my|it)\\b"
            + "|(?:can|could|would) you (?!believe|imagine|not|even)|please|pls|any (?:way|chance)|is (?:it|there) "
            + "(?:possible|any)|i (?:d|would) (?:like|love)|i (?:just )?(?:want|wanted|need|needed) to|i ll be late"
            + "|i m (?:going to|gonna) be late|(?:so )?sorry|apologies|let me know|hold off|anyway";
    private static final String ES = "(?:me |nos |le )?(?:pueden|puede|podeis|podrian|podria|podrias)\\b|se puede"
            + "|puedo|podemos|tienen|teneis|hay|(?:solo )?quer(?:ia|ria)|necesito|llego tarde|llegare tarde|perdon"
            + "|perdonad|disculp\\w+|lo siento|por favor|porfa|en fin|bueno|total";
    private static final String PT = "(?:ainda )?da (?:pra|para|tempo)|consegue\\w*|(?:voces )?(?:podem|pode|poderiam"
            + "|poderia)\\b|posso|podemos|(?:so )?queria|gostaria|preciso|vou (?:chegar|me atrasar)|desculp\\w+"
            + "|perdao|por favor|pfv|enfim|tem (?:como|vaga|horario)";
    private static final String FR = "est ce qu|pouvez|pourriez|peux|pourrais|peut on|on peut|je peux|puis je"
            + "|serait il possible|(?:je )?(?:voulais|voudrais|souhaite|souhaiterais)|du coup|sinon|bref|enfin"
            + "|desole\\w*|pardon|excusez|merci de|svp|s il vous plait|je serai en retard";
    private static final String DE = "(?:konnen|konnten|kann|konnt|konntet|durfte|darf|geht|passt|gibt s|gibt es"
            + "|ware)\\b|(?:ich )?(?:wollte|mochte|brauche)\\b|bitte|sorry|entschuldigung|tut mir leid"
            + "|ich komme (?:spater|zu spat)|egal|jedenfalls";
    private static final String IT = "potete|potreste|potrei|posso|possiamo|si puo|e possibile|mi dite|mi sapete"
            + "|avete|c e|volevo|vorrei|avrei bisogno|comunque|vabbe|scus\\w+|per favore|arrivo (?:in ritardo|tardi)";
    private static final String NL = "(?:kan|kunnen|kunt|kun|zou|zouden|mag|gaat)\\b|is het|(?:ik )?(?:wil|wilde"
            + "|zou graag|had graag)\\b|graag|alsjeblieft|alstublieft|sorry|excuses|ik (?:ben|kom) (?:te )?laat"
            + "|hoe dan ook|maar goed|wat moet ik";

    private ElsewhereRequests() {
    }

    static String of(String code) {
        return PerLanguage.pick(code, "requests after an aside", EN, ES, PT, FR, DE, IT, NL);
    }
}
