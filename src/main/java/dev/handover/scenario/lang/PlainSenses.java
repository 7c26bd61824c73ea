package dev.handover.scenario.lang;

import java.util.List;

/**
 * Words that are oaths in some countries and plain words in others, used in their plain sense: Spanish "una pata
 * coja" (a wobbly leg), "un cojín", "un cono de tráfico" and "el pinche de cocina", Portuguese "pão cacete", Dutch
 * "kanker" or "tering" as the illness someone has, English "a bloody nose", German "Dreck" as the dirt left behind,
 * Italian "palle di Natale", French "le calice". The detector leaves them out before it looks for swearing. Not
 * here: the oath itself ("¡coño!", "krijg de tering", "bloody useless"), which names no thing beside it. Over
 * normalised text.
 */
public final class PlainSenses {

    private static final String EN = "(?:a|his|her|my|the) bloody (?:nose|lip)|bloody marys?";
    private static final String ES = "(?:pata|patas|pierna|silla|mesa|taburete|perr[oa]|perrit[oa]|gat[oa]) "
            + "(?:\\w+ ){0,3}?coj[oa]s?\\b|(?:esta|anda|va|se ha quedado|se quedo|quedo|un poco|algo) coj[oa]\\b"
            + "|cojea\\w*|cojin(?:es)?\\b|(?:el|un|la|una) pinche de cocina|conos? de (?:helado|trafico|senalizacion)"
            + "|(?:un|unos|los|dos|tres) conos\\b";
    private static final String PT = "pao cacete|paes cacetes";
    private static final String FR = "(?:le|un|du) calice|(?:l|une) hostie";
    private static final String DE = "(?:viel|keinen|etwas|den ganzen) dreck (?:\\w+ )?(?:gemacht|hinterlassen"
            + "|machen|weg)";
    private static final String IT = "palle (?:di natale|da tennis|di neve)";
    private static final String NL = "(?:heeft|had|kreeg|krijgt|met|tegen) (?:\\w+ )?(?:kanker|tering|tyfus)\\b";

    private PlainSenses() {
    }

    /** The plain senses of a language, as spans the detector leaves out. */
    public static List<NamedPattern> of(String code) {
        return List.of(NamedPattern.of("plain", PerLanguage.pick(code, "plain senses", EN, ES, PT, FR, DE, IT, NL)));
    }
}
