package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

/** Portuguese (Brazil and Portugal) phrases of strong frustration, over normalised text (no accents). */
final class PortugueseFrustration {

    private static final String WILL = "(?:vou|vamos|irei|iremos|eu vou|vou ter que|vou acabar por|vou ja)";
    private static final String INTENSE = "(?:muito |tao |super |totalmente |completamente |absolutamente |"
            + "realmente |uns |umas |um |uma |mesmo |bem |demais |mais que |extremamente )*";
    private static final String BAD = "(?:inuteis|inutil|incompetentes?|idiotas?|estupidos?|estupidas?|imbecis|"
            + "imbecil|burros?|burras?|ladroes|ladrao|golpistas?|mentirosos?|picaretas?|sem vergonhas?|uma vergonha|"
            + "um lixo|lixo|uma merda|uma porcaria|porcaria|pessimos?|pessimas?|o pior|palhacos?|uma piada|"
            + "ineptos?|patetic[oa]s?|horriveis|horrivel|uma desgraca|vigaristas?|aldraboes|aldrabao|"
            + "trapaceiros?|otarios?|uma fraude|parvos?|parvas?|tapados?|tapadas?|jumentos?|anta|antas|"
            + "mongois|retardados?|lerdos?|lerdas?|toscos?)";
    private static final String THING = "(?:bot|robo|maquina|servico|empresa|companhia|atendimento|app|aplicativo|"
            + "aplicacao|site|sistema|loja|assistente|gente|equipa|equipe|suporte|programa)";

    static final NamedPattern[] THREATS = {
            of("ultimatum", "(?:se (?:\\w+ ){0,8}?(?:nao|ninguem|nunca|de novo|continuar)|senao|caso contrario|"
                    + "ou) (?:\\w+ ){0,6}?(?:" + WILL + " |eu )(?:\\w+ )?(?:(?:cancelar|cancelo) (?:a |o |minha |meu "
                    + ")?(?:assinatura|"
                    + "conta|plano|contrato|servico|tudo)|processar|processo|"
                    + "denunciar|denuncio|reclamar|reclamo|abrir (?:uma )?(?:reclamacao|queixa|denuncia)|fazer "
                    + "(?:uma )?(?:reclamacao|queixa|denuncia)|apresentar (?:uma )?(?:queixa|reclamacao)|procon|"
                    + "reclame aqui|advogado|embora|trocar de|mudar de|deixar (?:uma )?(?:avaliacao|review)|"
                    + "expor|publicar)"),
            of("announced", WILL + " (?:\\w+ ){0,2}?(?:processar|denunciar|denuncia-los|processa-los|(?:abrir|fazer|"
                    + "registrar|apresentar|por) (?:uma )?(?:reclamacao|queixa|denuncia) (?:no|na|em|contra|formal)|"
                    + "(?:ao|no|pro|para o) procon|(?:no|ao|pro) reclame aqui|(?:ao|no) livro de reclamacoes|(?:a|na) "
                    + "justica|(?:dar|deixar) (?:uma )?(?:avaliacao|nota) (?:negativa|pessima|ruim|1|zero)|expor "
                    + "(?:voces|vcs|isso|a empresa)|falar com (?:o )?meu advogado|ligar (?:pro|para o) (?:meu )?"
                    + "(?:advogado|banco)|cancelar tudo|(?:pra|para) a concorrencia)"),
            of("legal", "meu advogad[oa](?! (?:me |nos )?(?:pediu|pede|precisa|quer|solicitou))|(?:ligar|falar|"
                    + "chamar|consultar|acionar) (?:pro|para o|o|com o)? ?meu advogad[oa]|meu advogad[oa] (?:vai|ira|"
                    + "vai entrar)|\\bprocon\\b(?! (?:recomenda|diz|explica|aconselha|exige|informa|orienta|obriga|determina))|reclame ?aqui|livro de reclamacoes|acao judicial|"
                    + "(?:medidas|acoes) (?:legais|judiciais)|(?:nos vemos|a gente se ve|vemo nos) (?:na justica|"
                    + "no tribunal|no "
                    + "juizado)|processar voces|processa-los|juizado|na justica|"
                    + "direitos do consumidor|defesa do consumidor|chargeback|contestar (?:a|essa) (?:compra|"
                    + "cobranca)"),
            of("leaving", "perderam (?:um|uma|o|a) (?:cliente|cliente fiel)|(?:voces|vcs|vc|voce) (?:acabou|acabaram) "
                    + "de perder (?:um|uma) cliente|nunca mais (?:compro|volto|uso|peco|contrato|recomendo|vou)|"
                    + "nunca mais$|(?:nao )?(?:volto|voltarei) (?:a|nunca mais a) (?:comprar|usar|pedir)|(?:vou|vou "
                    + "me) (?:mudar|trocar) (?:pra|para) (?:a )?concorrencia|ultima vez que (?:compro|peco|uso)|"
                    + "(?:uma|1|zero|0) estrelas? (?:no|na|de)"),
            of("institution", "(?:vou|vamos|vai|irei)(?: direto| agora)? (?:\\w+ ){0,2}?(?:na|no|pro|pra|para o|para "
                    + "a|ao|a|nos) (?:ans|anatel|procon|jornal|imprensa|tv|justica|policia|defensoria|anvisa|reclame "
                    + "aqui|delegacia|conselho|ordem|midia|televisao)|(?:mandar|enviar|levar)(?: \\w+){0,2}? (?:pro|"
                    + "para o|ao|pra) (?:jornal|imprensa|tv|reclame aqui)"),
            of("one-star", "(?:uma|1|zero|0) estrelas?\\b|(?:avaliacao|avaliacoes|comentarios?|review|reviews) "
                    + "(?:negativas?|pessimas?|horriveis|horrivel|negativos?)|nota (?:zero|0)\\b"),
            of("review-coming", "(?:podem esperar|pode esperar|aguardem|aguardam|esperem|preparem se|preparem|"
                    + "se preparem|vao ver) (?:\\w+ ){0,6}?(?:avaliacoes|reviews|comentarios|reclamacoes|posts)|"
                    + "(?:encher|encho|vou encher)(?: \\w+){0,3}? de (?:avaliacoes|reclamacoes|comentarios)|"
                    + "(?:estao|ficam|fica|ta|esta) (?:avisad[oa]s?|advertid[oa]s?)"),
            of("press-interest", "(?:quero ver se|vamos ver se|sera que|aposto que) (?:\\w+ ){0,4}?(?:imprensa|jornal|"
                    + "jornais|tv|televisao|globo|midia|reporter|jornalistas?) (?:\\w+ ){0,3}?(?:se )?interess\\w*|"
                    + "interess\\w* (?:\\w+ ){0,6}?como (?:\\w+ )?(?:tratam|trata) (?:os |as |seus |suas )?(?:clientes|"
                    + "inquilinos|pacientes|consumidores|moradores)|(?:como|assim) (?:voces|vcs|a empresa) (?:tratam|"
                    + "trata) (?:os|seus|as) (?:clientes|inquilinos|pacientes)"),
            of("never-again", "nunca mais (?:\\w+ )?(?:ponho|piso|volto|compro|uso|peco|contrato|venho|boto)|nao "
                    + "(?:ponho|piso|boto) mais (?:os pes|o pe)|(?:foi|e) a ultima vez que"),
            of("chargeback", "(?:contestar|contesto|estornar|estorno|cancelar) (?:a|essa|esta) (?:compra|cobranca) "
                    + "(?:no|com o) (?:banco|cartao)|pedir (?:o )?estorno|(?:pedir|pedi|vou pedir|peco) (?:ao|pro|"
                    + "para o) "
                    + "(?:banco|cartao) (?:\\w+ ){0,2}?(?:bloquear|cancelar|estornar|devolver)"),
            of("cancel-all", "(?:cancela|cancelem|cancele) (?:tudo|ja|agora|isso ja)|(?:vou|vou me) (?:pra|para) "
                    + "(?:a )?concorrencia|(?:(?:vou|vamos) (?:mudar|trocar)|mudo|troco) de (?:operadora|banco|empresa|"
                    + "academia|"
                    + "seguradora|corretora|imobiliaria|clinica|oficina|dentista|fornecedor|escola|salao|agencia)|"
                    + "(?:cancela|cancelem|cancele|cancelo) (?:\\w+ ){0,4}?(?:hoje mesmo|ja ja|agora mesmo|"
                    + "imediatamente|com efeito imediato)")
    };

    /** Telling others or posting about the business: a threat, unless the message is happy ("I'll tell everyone!"). */
    static final NamedPattern[] PUBLICITY = {
            of("tell-everyone", "falar mal de (?:voces|vcs|vc|voce|vos)|(?:espalhar|contar|falar|dizer)(?: \\w+){0,2}? "
                    + "(?:pra|para|a) (?:todo mundo|todos|toda a gente)|como (?:voces|vcs|a empresa) (?:trabalham|"
                    + "trabalha|atendem|atende) mal|(?:contar|falar) (?:pra|para|a) (?:todo mundo|todos|"
                    + "toda a gente)|(?:expor|espalhar)(?: \\w+){0,2}? (?:nas redes|no facebook|no instagram|em todo "
                    + "lado)")
    };

    /**
     * "De quinta" (second-rate), but not Thursday: only after the business or what it sells ("empresa de quinta",
     * "atendimento de quinta") or with "categoria"; after anything else ("a sessão de depilação de quinta", "o
     * feriado de quinta") it is a day, and a list of the days' nouns never ended. Spanish shares the insult and sees
     * Portuguese text too.
     */
    static final String SECOND_RATE = "(?:empresa|atendimento|servico|servicio|atencion|oficina|taller|loja|tienda|"
            + "operadora|firma|qualidade|calidad|produto|producto|profissionais|profissional|gente|trabalho|trabajo|"
            + "restaurante|hotel|clinica|escola|escuela|curso|app|aplicativo|site|sitio|marca|plano|internet) de quinta"
            + "(?! feira)|de quinta categoria";

    static final NamedPattern[] INSULTS = {
            // Called amateurs to their face or as the staff they hired; an amateur of wine or football is a fan.
            of("amateurs", "(?:voces sao|vcs sao|sois|sois uns|bando de|cambada de|contrataram) (?:uns )?"
                    + "amadores(?! de| do| da)"),
            of("you-are", "(?:voce e|voces sao|vc e|vcs sao|sao|es|e um|e uma|sois|tu es|isso e|seus|suas|seu|sua|"
                    + "que) " + INTENSE + BAD),
            of("bad-thing", "(?:\\w+ )?(?:de merda|de bosta|" + SECOND_RATE + "|de meia tigela|"
                    + "do caralho que nao)|(?:maldito|"
                    + "maldita|porcaria de|merda de|bosta de|lixo de|droga de|estupido|estupida|inutil) " + THING),
            of("thing-is-bad", "(?:o|a|esse|essa|este|esta|seu|sua|vosso|vossa) " + THING + " (?:e|sao|esta|ta) "
                    + INTENSE + BAD),
            of("scam", "(?:isso|isto) e (?:um |uma )?(?:golpe|roubo|fraude|assalto|vigarice|burla|extorsao|agiotagem)|(?:sao|voces sao) "
                    + "uns (?:ladroes|golpistas|picaretas|inuteis|incompetentes|palhacos|vigaristas|aldraboes)|que "
                    + "(?:golpe|roubo|vergonha|palhacada|piada|falta de respeito)|incompetencia|"
                    + "picaretagem|palhacada"),
            of("dismissal", "tomar no cu|vai (?:se foder|se fuder|a merda|pro inferno|pro caralho)|vao (?:se foder|"
                    + "a merda|pro inferno|tomar no cu)|\\bvsf\\b|\\bvtnc\\b|cala a boca|cala-te|vai te catar"),
            of("noun-adj", "(?:bot|robo|servico|empresa|atendimento|assistente|maquina|sistema) (?:de )?(?:burro|"
                    + "inutil|pessimo|estupido|idiota|lixo|ridiculo|porco|mau|ruim|vergonhoso)|que (?:servico|"
                    + "empresa|atendimento) (?:mais |tao )?(?:mau|ruim|pessimo|horrivel|vergonhoso)"),
            of("the-worst", "(?:e|sao|essa e|esse e|voces sao) (?:a|o|os|as) pior(?:es)?"),
            of("superlative", "que " + THING + " (?:mais|tao) (?:burr[oa]|inutil|estupid[oa]|ruim|pessim[oa]|"
                    + "idiota|lent[oa]|incompetente|ridicul[oa]|tapad[oa])|(?:o|a) " + THING + " mais (?:burr[oa]|"
                    + "inutil|estupid[oa]|incompetente) (?:\\w+ ){0,4}?(?:do mundo|da historia|que ja)|"
                    + "(?:robo|bot|maquina|sistema|atendimento) (?:lixo|inutil|de merda|burro)"),
            of("bunch-of", "(?:bando|cambada|corja|quadrilha|monte|cambulhada|manada) de (?:incompetentes|ladroes|"
                    + "amadores|principiantes|"
                    + "golpistas|picaretas|vigaristas|aldraboes|inuteis|mentirosos|palhacos|idiotas|burros|"
                    + "trapaceiros|safados|sem vergonhas|parvos|otarios|malandros)"),
            of("lied-to-face", "(?:mentiu|mentiram|mentiste|mentem|mente)(?: me)? (?:\\w+ ){0,2}?(?:na (?:minha )?cara|"
                    + "descaradamente|na cara dura)"),
            of("gone-mad", "(?:estao|tao|ta|esta|voces sao|vcs sao|ficaram) (?:\\w+ )?(?:loucos?|malucos?|"
                    + "doidos?|pirados?)|(?:estao|tao) a gozar comigo|(?:estao|tao) (?:me )?(?:roubando|zoando "
                    + "comigo|de gozacao)")
    };

    static final NamedPattern[] SWEARING = {
            of("swear", "\\b(?:porra|caralho|caralhos|puta que pariu|pqp|merda|foda se|foda-se|fodase|que se foda|"
                    + "foder|fodido|fodida|puta merda|cacete|bosta|droga de|raios (?:me|te|os) partam|"
                    + "(?:que|mas que) (?:diabos|inferno|merda|porra)|fdp|fds|vsf|tnc|filhos? da puta|krl|crl|poha|mds do ceu)\\b")
    };

    static final NamedPattern[] ANGER = {
            of("i-am-angry", "(?:estou|eu estou|eu to|to|tou|fiquei|ja estou|ja to|me sinto|sinto me|ando|estamos|"
                    + "(?:meu|minha) \\w+ (?:esta|ta|ficou)) "
                    + INTENSE + "(?:chateadissim[oa]|irritadissim[oa]|furiosissim[oa]|farto|farta|fartos|de saco "
                    + "cheio|puto|puta|putissimo|furioso|furiosa|furibundo|furibunda|irritado|"
                    + "irritada|revoltado|revoltada|indignado|indignada|chateado|chateada|frustrado|frustrada|"
                    + "nervoso|nervosa|bravo|brava|pistola|possesso|possessa|cansado de|cansada de|"
                    + "desesperado|desesperada|no limite|fulo|fula|injuriado|injuriada|de cabeca quente|"
                    + "enojado|enojada|zangado|zangada|uma fera|possess[oa]|bufando|soltando fogo pelas ventas|subindo "
                    + "pelas paredes|put[oa] da vida|uma arara|putasso|putaco|putac[oa])"),
            of("outrage", "(?:e|isso e|isto e|que|acho isso|esta|ta|e mesmo) " + INTENSE + "(?:inaceitavel|"
                    + "absurdo|ridiculo|uma vergonha|vergonhoso|inadmissivel|intoleravel|revoltante|escandaloso|"
                    + "um escandalo|um absurdo|uma palhacada|um desrespeito|uma falta de respeito|lamentavel|"
                    + "uma piada|uma pouca vergonha|um abuso)"),
            of("outrage-word", "\\b(?:inaceitavel|inadmissivel|intoleravel|revoltante|que absurdo|um absurdo|"
                    + "que vergonha|pouca vergonha|falta de respeito|desrespeito)\\b"),
            of("explode", "(?:a ponto de|prestes a|quase a) (?:explodir|surtar|estourar|rebentar|perder a cabeca)|"
                    + "(?:to|estou|tou) (?:surtando|a surtar|explodindo|a explodir|fervendo)|vou (?:surtar|explodir)"),
            of("had-enough", "ja chega|^chega$|chega de (?:\\w+ )?(?:enrolacao|desculpas|mentiras|espera|palhacada)|"
                    + "(?:to|estou|tou) de saco cheio|(?:perdi|perdendo|estou a "
                    + "perder|to perdendo) a paciencia|acabou a (?:minha )?paciencia|nao (?:aguento|suporto) mais|"
                    + "me deixando louc[oa]|(?:a|o) pior (?:\\w+ ){0,2}?(?:do mundo|que ja|da historia)|pior "
                    + "(?:servico|atendimento|empresa)|odeio (?:voces|vcs|isso|esse|essa|este|esta)|(?:voces|vcs) "
                    + "(?:estao|tao) (?:de brincadeira|brincando com a minha cara|de palhacada|de sacanagem)|"
                    + "(?:so )?pode ser brincadeira|sacanagem|me tirar do serio|tirando com a minha cara"),
            of("treated-like", "(?:me|nos) (?:tratam|trataram|tratar|trata|tratou) (?:como|feito|igual) (?:a )?"
                    + "(?:lixo|um lixo|cachorro|um cachorro|cao|um cao|idiota|uma idiota|um idiota|otario|um numero|"
                    + "bicho|merda)|(?:pra|para) (?:ser|sermos) tratad[oa]s? (?:assim|desse jeito|dessa forma|como)|"
                    + "(?:e assim|e desse jeito) que (?:voces|vcs|vos) tratam"),
            of("give-up", "desisto|esquece (?:isso|entao)|deixa pra la|nao servem? (?:pra|para) nada"),
            of("rage", "(?:de|que|com|da) raiva|que odio|ai que odio|(?:tremendo|chorando) de (?:raiva|odio)|"
                    + "inacreditavel|simplesmente inacreditavel|(?:ainda )?(?:tem|tiveram) a cara de pau|cara de pau|"
                    + "como (?:voces|vcs) se atrevem|nao acredito que")
    };

    static final NamedPattern[] REPEATING = {
            of("told-you", "(?:eu )?(?:ja )?(?:te |lhe |lhes )?(?:falei|disse|expliquei|escrevi|repeti|perguntei|"
                    + "mandei)(?: \\w+){0,3}? (?:(?:duas|tres|quatro|cinco|mil|cem|varias|muitas|\\d+) vezes|antes|"
                    + "ja)|ja (?:falei|disse|expliquei|escrevi|mandei) (?:isso|isto|que|tudo)|ja te (?:falei|disse)"),
            of("how-many-times", "quantas vezes (?:mais )?(?:eu )?(?:\\w+ )?(?:tenho|preciso|vou|devo|terei|ja|"
                    + "tenho de|falo|digo|mando|repito|explico|ligo|peco)"),
            of("count-now", "(?:ja )?(?:sao|vao|foram) (?:\\d+|duas|tres|quatro|cinco|seis|dez|mil|varias) vezes "
                    + "(?:que )?(?:eu )?(?:te |lhe |vos )?(?:mando|falo|peco|ligo|escrevo|explico|repito|envio|reclamo|"
                    + "digo|pergunto)|"
                    + "(?:\\d+|duas|tres|quarenta|cinquenta|noventa) (?:minutos|horas) (?:com|neste|nesse|nessa|"
                    + "nesta|falando com|a falar com) (?:este|esse|essa|esta|o|a|um)? ?(?:chat|bot|robo|maquina|"
                    + "assistente|coisa)"),
            of("nth-time", "pela (?:terceira|quarta|quinta|enesima|decima|\\d+a?) vez|e a (?:"
                    + "terceira|quarta|quinta|enesima|\\d+a?) vez"),
            // The ordinal said bare, as a heading ("Quarta vez que escrevo"): only on the customer's own contacting.
            of("bare-nth-time", "(?:terceira|quarta|quinta|sexta|enesima|decima|\\d+a?) vez que (?:eu )?(?:vos |te |"
                    + "lhe |lhes )?(?:escrevo|ligo|reclamo|peco|contacto|mando|pergunto)"),
            // "How many more times?" left hanging at the end is the whole complaint; before a verb it may be a count.
            of("how-many-more", "quantas vezes mais$"),
            of("repeat-myself", "(?:esta|estao|ta|voce esta|vc ta|vcs tao) (?:me )?(?:ouvindo|lendo|escutando)|"
                    + "(?:leu|leram|le|lendo) (?:o que|a minha|minha|as minhas) (?:eu )?(?:escrevi|mensagem|pergunta)|"
                    + "repetir (?:a mesma coisa|de novo|tudo)|de novo a mesma|sempre a mesma (?:coisa|resposta)|"
                    + "mesma coisa de novo|responde (?:a )?(?:minha )?pergunta|me responde"),
            of("i-repeat", "vou repetir (?:pela|mais uma vez)|(?:digo|falo|repito) pela ultima vez|nem "
                    + "(?:um|uma) (?:unic[oa] )?(?:telefonema|ligacao|resposta|mensagem|email|e mail|satisfacao|"
                    + "retorno|aviso)"),
            of("waiting", "(?:estou|to|tou|ando) (?:\\w+ )?(?:esperando|aguardando|a esperar|tentando|a tentar) "
                    + "(?:ha|faz|desde|por|a) (?:\\w+ )?(?:semanas|meses|dias|horas|seculos)|(?:ha|faz) (?:\\w+ )?"
                    + "(?:semanas|meses|dias) (?:que )?(?:espero|estou esperando|to esperando|aguardo|sem resposta)|"
                    + "ninguem (?:me )?(?:responde|atende|resolve|ajuda|liga|faz nada)|continuo (?:sem|esperando) "
                    + "(?:resposta|solucao|reembolso)|(?:semanas|meses) (?:e|sem) (?:nada|resposta)"),
            of("what-part", "que parte de (?:\\w+ ){0,10}?(?:voce|vc|voces|vcs)? ?nao (?:entendeu|entende|entenderam|"
                    + "entendem)"),
            of("n-times", "(?:pedi|disse|falei|expliquei|escrevi|mandei|liguei|enviei|perguntei|reclamei|avisei|"
                    + "submeti|tentei|solicitei|preenchi|registrei|reportei)(?: \\w+){0,6}? "
                    // "obrigada mil vezes" thanks, whatever was asked before it
                    + "(?<!obrigad[oa] )(?:\\d+|duas|"
                    + "dois|tres|quatro|cinco|varias|varios|muitas|mil) (?:vezes|emails|e mails|mensagens|ligacoes)"),
            of("understand-nothing", "nao (?:entendem|entende|entendeu|entenderam) (?:nada|coisa nenhuma)|parem de "
                    + "(?:me )?dizer")
    };

    static final String[] SOFTENERS = {
            "um pouco", "meio", "um pouquinho", "ligeiramente", "levemente", "nao tao", "nao muito"
    };

    static final String[] POSITIVE = {
            "obrigad[oa]", "valeu", "que (?:felicidade|alegria)",
            "incrivel", "amei", "adorei", "perfeit[oa]s?", "excelente", "parabens", "feliz",
            "maravilhos[oa]", "(?:ha|ka|k)(?:ha|ka|k)+", "k", "rs+", "que bom", "show", "top", "massa", "otimo",
            "lind[oa]s?", "amo", "funcionou", "funciona", "finalmente", "uhu+", "eba+", "oba+", "aniversario",
            "fantastico", "sensacional", "nao vejo a hora", "delicia", "gostoso", "apaixonad[oa]s?", "maravilha",
            "(?:voces|vcs|vc|voce|tu) (?:sao|e|es) (?:demais|o maximo|os melhores|incriveis)", "rapidissim[oa]",
            "que (?:lind|bonit|perfeit|maravilh|gostos|rapid|bom|boa)\\w*", "ficou (?:lind[oa]|otim[oa]|top|"
                    + "perfeit[oa]|show|incrivel)"
    };

    static final String[] JOY = {
            "de (?:alegria|felicidade|emocao|tanto rir|rir)", "k", "(?:ha|ka|k)(?:ha|ka|k)+", "rs+", "kkk\\w*"
    };

    static final String[] EXCLAIMED = {
            "cade", "alguem (?:ai|me (?:ouve|le|responde))", "tem alguem", "onde (?:esta|estao|ta)", "desde (?:as|"
                    + "ontem|ha|de manha)", "(?:semanas|meses|dias|horas) (?:esperando|sem|a espera)", "quase (?:\\w+ "
                    + ")?(?:mes|semanas|meses|dias)", "agora mesmo", "agora", "pelo amor de deus", "nenhum(?:a)?",
            "de novo", "outra vez", "outro", "outra", "odio", "dificil", "nao "
                    + "acredito", "serio", "ainda", "ninguem", "nunca", "vezes", "sem", "nada", "vergonha",
                    "inacreditavel", "por que", "porque"
    };

    static final String[] TYPOS = {
            "inaceitavel", "inadmissivel", "intoleravel", "revoltante", "vergonhoso", "vergonha", "incompetentes",
            "incompetente", "incompetencia", "ridiculo", "palhacada", "lamentavel", "irritado", "irritada",
            "revoltado", "revoltada", "indignado", "indignada", "frustrado", "frustrada", "chateado", "chateada",
            "ridicula", "ridiculos", "ridiculas", "vergonhosa", "vergonhosos", "lamentaveis"
    };

    static final FrustrationRules RULES = FrustrationRules.of("pt", THREATS, PUBLICITY, INSULTS, SWEARING, ANGER,
            REPEATING, SOFTENERS, POSITIVE, EXCLAIMED, JOY, TYPOS);

    private PortugueseFrustration() {
    }
}
