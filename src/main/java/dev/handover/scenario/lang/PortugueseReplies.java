package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

/** Portuguese phrases of bot replies (fallbacks) and of customer replies to them (feedback), over normalised text. */
final class PortugueseReplies {

    /** Who the bot passes a question to. */
    private static final String TEAM = "(?:equipe|equipa|escritorio|clinica|pessoal|vendas|responsave(?:l|is)|loja|"
            + "oficina|gerente|alguem|time|setor|departamento|atendentes?|colegas?|recepcao|doutor[a]?|dentista|"
            + "medic[oa]|tecnicos?|especialistas?|financeiro|suporte|humanos?|pessoa|consultor(?:es)?|"
            + "supervisor[a]?|gestor[a]?|administracao|coordenacao|diretoria)";

    /** Phrases by which the bot itself admits it lacks the answer. */
    static final NamedPattern[] FALLBACKS = {
            of("no-info", "informac\\w* (?:eu )?nao (?:tenho|possuo|disponho|sei)|nao (?:tenho|possuo|disponho|"
                    + "conto) (?:(?:de|com) )?(?:\\w+ ){0,3}?(?:informac\\w*|info|dados|detalhes)|(?:receio|"
                    + "lamento|infelizmente|temo) nao (?:ter|saber|poder|conseguir)"),
            of("check-with-team", "(?:teria|terei|tenho|tem|precisaria|precisarei) (?:que|de) (?:verificar|"
                    + "confirmar|checar|perguntar|consultar|ver)(?: \\w+){0,4}? " + TEAM + "|(?:vou|irei|posso) "
                    + "(?:encaminhar|repassar|passar|transmitir|enviar) (?:a |o )?(?:sua|seu|tua|teu) (?:duvida|"
                    + "pergunta|mensagem|solicitacao|pedido|caso|questao)|quem (?:confirma|sabe|responde|decide|"
                    + "pode (?:confirmar|responder)) (?:isso )?e (?:a |o )?" + TEAM),
            of("not-found", "nao (?:me )?aparece (?:nada|nenhum\\w*|informac\\w*|dados)|nao (?:ha|tem|"
                    + "encontrei|vejo) nada (?:sobre|acerca|relacionado|referente)"),
            of("not-understood", "nao (?:te |lhe )?(?:percebi|percebo|peguei|captei)|nao (?:consegui|consigo) "
                    + "(?:compreender|entender|perceber)|(?:escrever|dizer|explicar|perguntar|falar)(?: isso)? "
                    + "de outr[oa] (?:jeito|forma|maneira)"),
            of("cannot-help", "nao (?:consigo|posso) (?:dar|passar)(?: lhe| te)? (?:uma |a )?(?:resposta|"
                    + "informacao)|nao (?:consigo|posso) responder(?: lhe| te)"),
            of("no-info", "nao (?:tenho|possuo|disponho de|conto com) (?:\\w+ ){0,3}?(?:informac\\w*|info|"
                    + "dados|acesso|resposta|previsao|detalhes|registros?|visibilidade|como saber|"
                    + "conhecimento)|nao (?:esta|estao) disponive(?:l|is) (?:pra|para) mim|(?:essa|esta) "
                    + "informacao nao (?:esta|consta|aparece)|nao (?:consta|aparece) (?:no|na|em) (?:meu|minha|"
                    + "nosso|nossa|sistema|base)"),
            of("cannot-help", "nao (?:consigo|posso|sou capaz de|tenho como|estou autorizad[oa] a) (?:te |lhe "
                    + ")?(?:ajudar|responder|fazer|confirmar|informar|dizer|acessar|ver|consultar|processar|"
                    + "garantir|afirmar|precisar|verificar|checar|saber|passar (?:essa|esta|uma) "
                    + "(?:informacao|resposta))|nao sei (?:te )?(?:informar|dizer|responder|precisar)|"
                    + "nao saberia (?:te )?(?:dizer|informar|responder)"),
            of("check-with-team", "(?:vou|preciso|deixa eu|deixe me|tenho que|prefiro|irei|vamos|melhor) "
                    + "(?:\\w+ ){0,2}?(?:perguntar|consultar|repassar|"
                    + "encaminhar|passar|levar)(?: \\w+){0,4}? " + TEAM + "|(?:vou|preciso|deixa eu|deixe me|tenho que|"
                    + "prefiro|irei|vamos|melhor) (?:\\w+ ){0,2}?(?:verificar|confirmar|checar|conferir)"
                    + "(?: \\w+){0,3}? (?:com|junto (?:a|ao|da|do)) (?:a |o |os |as |um |uma |nosso |nossa |"
                    + "meu |minha )?" + TEAM + "|(?:verifico|confirmo|pergunto|"
                    + "consulto|checo|confiro) (?:isso |isto )?(?:com|pra|para|junto) (?:a |o |ao )?" + TEAM
                    + "|(?:encaminhei|repassei|transferi|passei) (?:sua|a sua|o seu|seu|a) (?:duvida|pergunta|"
                    + "mensagem|solicitacao|pedido|caso)|(?:vou|posso) (?:te |lhe )?(?:passar|transferir|"
                    + "encaminhar|direcionar) (?:voce |vc )?(?:para|pra|a|ao|com) (?:um |uma |o |a |nosso |"
                    + "nossa |alguem d[aoe] )?" + TEAM),
            of("not-found", "nao (?:encontrei|achei|localizei|consegui (?:encontrar|achar|localizar)|encontro|"
                    + "acho) (?:nada|nenhum\\w*|informac\\w*|dados|registro|resultado)|nao aparece nada"),
            of("out-of-scope", "fora do (?:que (?:eu )?(?:consigo|posso|sei)|meu alcance|meu escopo|meu "
                    + "conhecimento)|so (?:consigo|posso) (?:ajudar|responder|tirar duvidas|informar)\\w*|"
                    + "(?:foge|vai alem) do (?:meu|que (?:eu )?(?:consigo|posso|sei))|nao e algo que eu "
                    + "(?:consiga|possa|saiba)"),
            of("not-understood", "nao (?:te )?(?:entendi|compreendi|consegui entender|ficou claro)|(?:pode|"
                    + "poderia|consegue) (?:reformular|explicar melhor|repetir|escrever de outra)"),
            of("handover-offer", "(?:um|uma) (?:colega|atendente|consultor(?:a)?|pessoa da equipe|membro da "
                    + "equipe) (?:pode|podera|vai|ira) (?:te |lhe )?(?:ajudar|responder|atender|resolver)")
    };

    /** Doubt: a fallback unless the bot goes on to ask the customer a question. */
    static final NamedPattern[] DOUBTS = {
            of("not-sure", "nao tenho (?:certeza|como ter certeza)|nao (?:sei|saberia)|(?:nao faco|sem) ideia|"
                    + "desconheco|nao posso afirmar|nao sei ao certo")
    };

    /** The customer says the bot's last answer failed. */
    static final NamedPattern[] DISSATISFIED = {
            of("did-not-help", "nao (?:diz|disse|fala|explica|acrescenta) nada|^(?:pessimo|horrivel|terrivel|"
                    + "lamentavel|ridiculo)\\b|nao e (?:o|a|os|as) (?:do|da|que (?:aparece|esta|diz|tem|eu (?:pedi|"
                    + "queria|perguntei|vi)))"),
            of("not-understood", "nao (?:esta|estas|ta) (?:a ler|lendo|a perceber|percebendo|a entender|"
                    + "entendendo|a ouvir|me ouvindo|me escutando)|nao (?:me )?(?:percebes|percebe|percebeu|"
                    + "percebeste)"),
            of("repeat", "(?:voltou|voltaste|volta|voltas|voltou) a (?:mandar|enviar|dizer|repetir|dar (?:a mesma"
                    + "|o mesmo"
                    + "|mesma|mesmo|esse|essa|este|esta|a resposta|o link|erro|problema))|(?:o )?"
                    + "mesmo (?:link|texto|enlace)|(?:falei|disse|expliquei|repeti|escrevi) (?:isso )?(?:\\w+ )?"
                    + "vezes|ja (?:te |lhe )?(?:disse|falei|expliquei) (?:isso|que)|(?:eu )?repito"),
            of("gave-up", "desisto|assim nao (?:da|tem como|rola)|nao da assim"),
            of("did-not-help", "nao (?:me )?(?:ajudou|ajuda|serve|serviu|funciona|funcionou|resolveu|"
                    + "resolve|responde|respondeu|abre|abriu|deu certo|adiantou|adianta|carrega|carregou|"
                    + "entra|entrou|esclareceu)|inutil|mais confus[oa]|nada a ver|(?:nao|sem) sentido|"
                    + "nao (?:consegui|consigo|deu)(?! (?:te|lhe)\\b)|nao entendi nada|continuo sem entender"),
            of("still-broken", "continua (?:sem|nao|dando|fechando|travando|cobrando|igual|o mesmo|"
                    + "aparecendo|com (?:o mesmo )?(?:problema|erro))|continuam (?:me )?(?:cobrando|dando)|"
                    + "continuo sem|ainda (?:nao (?:funciona|consegui|consigo|deu|recebi|aparece|"
                    + "abre|carrega|entra)|sem|igual|com (?:o mesmo )?(?:problema|erro)|da erro|dando erro)|"
                    + "(?:o )?mesmo (?:problema|erro|resultado)|nada mudou|nao mudou nada|(?:ta|esta|fica) tudo "
                    + "igual|(?:da|deu|aparece|apareceu) (?:o mesmo )?erro (?:de novo|denovo|outra vez)"),
            of("not-what-i-asked", "nao (?:foi|e|era) (?:isso|o que|bem isso|essa)|(?:esta|isso esta|ta|isso "
                    + "ta|tudo) errad[oa]|(?:resposta|informacao) errada|incorret[oa]|^(?:nao )?(?:errado|"
                    + "falso|mentira)\\b|(?:isso )?e mentira|nao respondeu (?:a )?minha"),
            of("wrong-answer", "perguntei (?:do|da|sobre|de)|(?:estou|tava|to) falando d[oa] outr[oa]s?|(?:era|"
                    + "perguntei|falei|pedi) (?:\\w+ ){1,5}nao (?:as|o|a|do|da|no|na|de|em) "),
            of("not-understood", "nao (?:esta|esta me|ta|ta me) entendendo|nao (?:me )?(?:entende|entendeu)|"
                    + "(?:leu|leia) (?:a )?minha (?:mensagem|pergunta)|nao (?:leu|le|presta atencao)"),
            of("repeat", "(?:repetindo|repete|falando|dizendo|mandando) (?:sempre )?a mesma coisa|mesma "
                    + "resposta|(?:rodando|andando|girando|dando voltas) em circulos?|em circulos|(?:em |num )?"
                    + "loop|voltamos (?:pro|ao|para o) (?:inicio|comeco)|de novo a mesma"),
            of("already-tried", "(?:ja )?(?:tentei|fiz|testei) (?:isso|isto|tudo|todos|esse|essa|de tudo|o que)"
                    + "(?! e (?:funcionou|deu certo|resolveu))|ja (?:tentei|fiz|testei|reiniciei|atualizei|"
                    + "apaguei|limpei|reinstalei)(?! e (?:funcionou|deu certo|resolveu))"
                    // "ja fiz o pedido" after a success is the next step done, not a failed attempt
                    + "(?! (?:o|a|meu|minha|os|as) (?:pedido|reserva|compra|pagamento|cadastro|encomenda|"
                    + "transferencia|agendamento|pix|inscricao)\\b)"),
            of("sarcasm", "(?:obrigad[oa]|valeu) por nada|so que nao|(?:grande|bela|otima) ajuda|(?:nossa|"
                    + "uau|nossa que) (?:super |muito )?util"),
            of("gave-up", "(?:obrigad[oa]|valeu) (?:mesmo assim|assim mesmo|de qualquer forma|de qualquer "
                    + "jeito)|^(?:deixa(?! (?:eu|me|ver|so)\\b)|esquece|deixa pra la|esquece isso|deixa quieto)\\b|"
                    + "(?:eu )?(?:resolvo|"
                    + "vejo|procuro) (?:sozinh[oa]|eu mesm[oa]|por conta)|(?:eu )?mesm[oa] (?:ligo|resolvo)"),
            // the fault goes on: "continua a pingar", "continua dando erro"
            of("persisting", "continua(?:m)? (?:a )?(?!(?:funcionar|funcionando|bem|perfeito|dar certo|ok)\\b)\\w+"
                    + "(?:ando|endo|indo|ar|er|ir)\\b|continua(?:m)? com (?:o |a |esse |essa )?(?:erro|problema|falha|"
                    + "defeito|aviso)"),
            // the customer had already given what the bot asks for again
            // (a file just sent is news, not a repeat: "acabei de mandar o comprovativo" needs "ja" or "de novo")
            of("gave-already", "(?:ja te|ja lhe|ja vos) (?:(?:tinha|havia) )?(?:passei|mandei|enviei|dei|disse"
                    + "|informei|"
                    + "dito|passado|mandado|enviado|dado|informado)|acabei de(?: te| lhe)? "
                    + "(?:passar|dar|dizer|informar)|acabei de(?: te| lhe)? (?:mandar|enviar) (?:\\w+ ){0,4}?de novo")
    };

    /** The customer says the problem is solved. */
    static final NamedPattern[] RESOLVED = {
            of("worked", "como (?:voce |vc |tu )?(?:disse|falou|explicou|indicou|sugeriu|disseste) e (?:ja|agora)|"
                    + "voltou a (?:acender|funcionar|ligar|carregar|abrir|dar)|^(?:ok |pronto |boa )?ja esta\\b"
                    + "(?! (?:abert|fechad|chei|ocupad|reservad))|ja (?:saiu|veio|caiu|recebi|apareceu)|agora "
                    + "(?:ja )?(?:(?:o|a|os|as|me) \\w+ )?(?:aparece|apareceu|funciona|abre|abriu|carrega|entra|"
                    + "entrou|saiu)"),
            of("that-is-all", "(?:era|e) tudo (?:o )?que eu (?:queria|precisava)|tudo (?:o )?que (?:eu )?queria "
                    + "saber"),
            of("worked", "funcionou|(?:isso |me )?ajudou(?: muito| bastante)?|(?:agora|ja) (?:funciona|foi|deu|"
                    + "entrou|apareceu|chegou|abriu|carregou)|consegui|resolvido|resolveu|resolvida|tudo (?:certo|"
                    + "claro|ok|resolvido|joia|beleza|em ordem)|faz sentido|(?<!nao )(?<!nao me )chegou|pagamento"
                    + " passou|responde "
                    + "(?:a )?minha (?:duvida|pergunta)|deu certo|ficou claro|me salvou|problema resolvido"),
            of("that-is-all", "era (?:exatamente |so |bem )?isso|(?:e|era) (?:tudo|so) (?:o )?que eu "
                    + "precisava"),
            of("understood-now", "(?:agora|ah agora|ja) (?:eu )?(?:entendi|entendo|percebi|percebo|saquei)|"
                    + "(?:entendi|percebi) agora|(?:agora )?ficou claro")
    };

    /** Thanks and praise: they close the matter when no question follows. */
    static final String[] THANKS = {
            "obrigad[oa]", "valeu", "perfeito", "otimo", "show", "top", "beleza", "massa", "legal",
            "excelente", "agendado", "entendi", "maravilha", "entendido", "combinado", "fechado",
            "muito obrigad[oa]", "brigad[oa]", "grato", "grata", "joia", "obrigadissim[oa]", "brigadao", "obrigadao",
            "percebido", "muito gentil"
    };

    /** A detail the customer does not know yet: an answer to the bot, not a failed attempt. */
    static final String[] UNDECIDED = {
            "ainda nao (?:sei|sabemos|decidi|decidimos|tenho certeza)", "nao (?:sei|sabemos|decidi|decidimos) ainda"
    };

    /** Openers of a question asking what is wrong with a thing: its fault words are news, not feedback. */
    static final String[] FAULT_QUESTIONS = {
            "(?:sabe|sabem|saberia|saberiam) o que (?:ha|tem|se passa|esta) (?:de errado )?(?:com|no|na|nos|nas) "
    };

    /** Openers of a question without a question mark. */
    static final String[] QUESTION_STARTS = {
            "que", "como", "quando", "onde", "qual", "quanto", "quantos", "quem", "por que",
            "posso", "pode", "tem", "cade", "e se", "da pra"
    };

    private PortugueseReplies() {
    }
}
