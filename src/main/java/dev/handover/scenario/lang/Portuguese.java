package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.Frame.contact;
import static dev.handover.scenario.lang.Frame.person;
import static dev.handover.scenario.lang.NamedPattern.of;

/** Portuguese rules (Brazil and Portugal), over normalised text: "não" reads "nao", "você" reads "voce". */
final class Portuguese {

    private Portuguese() {
    }

    static final LanguageRules RULES = LanguageRules.builder("pt")
            .stopWords("o", "os", "as", "do", "da", "que", "e", "em", "um", "uma", "com", "para", "pra", "nao",
                    "voce", "vc", "meu", "minha", "quero", "falar", "eu", "isso", "tem", "obrigado", "obrigada",
                    "ola", "oi", "esta", "muito", "no", "na", "ao", "dos", "das", "sao", "ja", "ta", "alguem",
                    "preciso", "passa", "pessoa", "atendente", "voces", "pode", "posso", "queria", "por", "favor",
                    "de", "me", "se", "no")
            .spellings("vc", "voce", "vcs", "voces", "c", "com", "cm", "com", "q", "que", "d", "de", "vdd",
                    "verdade", "qro", "quero", "kero", "quero", "pf", "por favor", "pfv", "por favor", "pfvr",
                    "por favor", "pls", "por favor", "tb", "tambem", "tbm", "tambem", "n", "nao", "naum", "nao",
                    "to", "estou", "tou", "estou", "ta", "esta", "blz", "beleza", "obg", "obrigado", "vlw", "valeu",
                    "msm", "mesmo", "hj", "hoje", "agr", "agora", "kd", "cade", "mto", "muito", "p", "para")
            .typoWords("humano", "pessoa", "atendente", "agente", "consultor", "operador", "gerente", "alguem",
                    "falar", "quero", "preciso", "atendimento")
            .typoExclusions("gente", "pessoal", "pessoas", "humanos", "humana", "atendentes", "atender", "atendeu",
                    "atende", "falei", "falou", "falam", "fala", "falo", "fale", "quer", "queria", "quem", "precisa",
                    "precisam", "precise", "agenda", "agentes", "consultora", "operadora", "gerentes", "atendimentos",
                    "alguns")
            .persons("pessoas?", "humanos?", "ser humano", "atendentes?", "agentes?", "consultor(?:a|es)?",
                    "operador(?:a|es)?", "representantes?", "gerentes?", "responsave(?:l|is)",
                    "supervisor(?:a|es)?", "funcionari[oa]s?", "colaborador(?:a|es)?", "alguem",
                    "atendimento (?:humano|pessoal|ao cliente)", "suporte", "membro da equipe")
            .roles("doutor(?:a)?", "dr", "dra", "medic[oa]", "dentista", "recepcao", "recepcionista", "tecnic[oa]",
                    "vendedor(?:a|es)?", "don[oa]", "chefe", "corretor(?:a)?", "professor(?:a)?", "mecanico",
                    "equipe", "setor \\w+", "financeiro", "vendas", "loja", "clinica", "concessionaria")
            .complement("(?:da|do|das|dos|de|na|no) \\w+(?: \\w+)?")
            .frames(
                    contact("falar-com", "(?<!ja )(?:falar|fala|falo|fale|conversar|converso|converse|comunicar|"
                            + "me comunicar|contato|contatar|papo) (?:com|c)", ""),
                    contact("passar", "(?:me )?(?:passa|passar|passe|passem|transfere|transferir|transfira|"
                            + "encaminha|encaminhar|encaminhe|coloca|colocar|coloque|bota|botar)(?: me)?"
                            + " (?:pra|para|pro|com|a|ao|em contato com)", ""),
                    contact("atendido", "(?:atendido|atendida|atendimento) (?:por|de|com)|(?:que )?me atenda|"
                            + "me atender|ser atendido por", ""),
                    contact("ligacao-de", "(?:ligacao|retorno|contato) (?:de|do|da)", ""),
                    contact("callback", "", "(?:me )?(?:(?:pode|podem|poderia|consegue) )?(?:me )?(?:ligar|ligue|"
                            + "liga|liguem|ligasse|retornar|retorne|retornasse|retornem|contatar|chamar)\\b"),
                    contact("disponivel", "", "(?:esta |ta )?disponive(?:l|is)(?: (?:agora|hoje|pra falar(?: \\S+){0,4}))?$"),
                    contact("com-quem", "", "com quem (?:eu )?(?:possa|posso|falar|conversar)"),
                    person("para-atender", "",
                            "(?:ai |aqui |online )?(?:para|pra) (?:me )?(?:atender|ajudar|falar comigo)"),
                    person("quero", "(?:quero|queria|preciso(?: de)?|gostaria(?: de)?|prefiro|peco|exijo|"
                            + "solicito|procuro)(?: que)?", ""),
                    person("me-da", "(?:me da|me de|me arruma|me arranja|chama|chame)", ""))
            .clauseRequests(
                    of("ninguem-pra-atender", "\\bnao (?:tem|ha|existe) (?:ninguem|nenhuma pessoa|nenhum humano|"
                            + "nenhum atendente)(?: (?:pra|para|que|com quem)|$)"),
                    of("falar-com-ela", "\\b(?:falar|conversar) com (?:ele|ela|eles|elas)"
                            + "(?: (?:de novo|novamente|por favor|agora))*$"))
            .gapBreakers("de", "da", "do", "sobre", "pra", "para", "por", "em", "no", "na", "se", "e", "mas", "ou",
                    "porque", "quando", "com", "meu", "minha", "meus", "minhas", "outra", "outro", "segunda",
                    "segundo", "mais", "\\d+", "duas", "dois", "tres", "nao", "ja")
            .fillers("por favor", "agora", "ja", "um", "uma", "o", "a", "real", "de verdade", "oi", "ola", "so",
                    "urgente", "rapido", "obrigado", "obrigada", "falar com", "com", "logo", "please")
            .negations("nao", "nunca", "ninguem", "nem", "sem", "jamais", "nenhum", "nenhuma")
            .negationEnds("mas", "e sim", "quero", "preciso", "prefiro", "me passa")
            .comparatives("em vez de", "ao inves de", "(?:prefiro|melhor|mais facil) (?:\\w+ ){1,4}(?:do que|que)")
            .hypotheticals("^se \\w+", "se (?:eu|voce|vc|o|a|depois|tiver|precisar|nao|quiser|acontecer)", "caso",
                    "por curiosidade", "mais pra frente", "mais para frente", "talvez", "no futuro", "pra proxima",
                    "para a proxima", "proxima vez", "algum dia", "quando eu (?:precisar|tiver|quiser)",
                    "vou querer")
            .politeConditions("se (?:possivel|puder|poder|der|faz favor|nao for incomodo|nao se importar)")
            .imperatives("^(?:(?:entao|so|por favor|ok|e|agora) )*(?:me passa|me passe|me transfere|me transfira|"
                    + "me coloca|me liga|passa|transfere|chama|me encaminha)")
            .quotes("diz", "dizia", "disse", "digitou", "digitei", "escrito", "escreveu", "opcao", "botao", "menu",
                    "sem querer", "ignora", "ignorar", "trocou", "no site",
                    "(?:meu|minha) (?:marido|esposa|mulher|mae|pai|filh[oa]|amig[oa]|chefe|namorad[oa]) "
                            + "(?:quer|precisa|prefere)")
            .botQuestions("(?:voce|tu) (?:e|eh|es)", "(?:isso|isto|aqui) e", "e (?:um|uma)",
                    "(?:estou|esta) (?:falando|conversando|a falar|teclando) com",
                    "quem (?:esta|e que esta) (?:me )?(?:respondendo|falando|escrevendo)",
                    "tem alguem (?:de verdade |real )?(?:digitando|ai|escrevendo|do outro lado)",
                    "(?:as respostas )?sao")
            .natureWords("humanos?", "humana", "pessoa", "bot", "robo", "maquina", "real", "de verdade",
                    "automatic[oa]s?", "inteligencia artificial", "ia", "chatbot", "assistente", "atendente",
                    "alguem", "programa", "chatgpt", "virtual")
            .botWords("bot", "robo", "maquina", "automatic[oa]s?", "chatbot", "inteligencia artificial", "ia",
                    "assistente virtual", "programa", "chatgpt")
            .orWords("ou")
            .otherSenses("recursos humanos", "agentes? de (?:viagens?|seguros?)", "corretor(?:a)? (?:de imoveis|"
                    + "de seguros|automatico)", "personal trainer", "(?:cabelo|mega hair) humano", "pessoalmente",
                    "em pessoa", "direitos humanos", "(?:outra|segunda|uma so) pessoa",
                    "(?:duas|tres|quatro|cinco|\\d+) pessoas", "funcionario publico",
                    "contratando (?:atendentes?|vendedor\\w*)")
            .fallbacks(
                    of("no-info", "nao (?:tenho|disponho de) (?:\\w+ ){0,3}?(?:informacao|informacoes|info|dados|"
                            + "acesso|resposta|previsao|detalhes)|nao (?:esta|estao) disponive(?:l|is) (?:pra|para) mim"),
                    of("cannot-help", "nao (?:consigo|posso|sou capaz de) (?:te |lhe )?(?:ajudar|responder|fazer|"
                            + "confirmar|informar|dizer|acessar|ver|consultar|processar)|nao sei informar"),
                    of("check-with-team", "(?:vou|preciso|deixa eu|tenho que|prefiro) (?:\\w+ ){0,2}?(?:verificar|"
                            + "confirmar|perguntar|consultar|checar)(?: \\w+){0,4}? (?:equipe|escritorio|clinica|"
                            + "pessoal|vendas|responsavel|loja|oficina|gerente|alguem|time)|encaminhei (?:sua|a sua|o "
                            + "seu|seu) (?:duvida|pergunta|mensagem)"),
                    of("not-found", "nao (?:encontrei|achei|localizei) (?:nada|informac\\w*)"),
                    of("out-of-scope", "fora do que (?:eu )?(?:consigo|posso)|so (?:consigo|posso) (?:ajudar|"
                            + "responder)\\w*"),
                    of("not-understood", "nao (?:entendi|compreendi|consegui entender)|pode reformular"))
            .uncertainFallbacks(
                    of("not-sure", "nao tenho certeza|nao (?:sei|saberia)|(?:nao faco|sem) ideia"))
            .dissatisfied(
                    of("did-not-help", "nao (?:me )?(?:ajudou|ajuda|serve|serviu|funciona|funcionou|resolveu|"
                            + "resolve|responde|abre|abriu|deu certo)|inutil|mais confus[oa]|nada a ver"),
                    of("still-broken", "continua (?:sem|nao|dando|fechando|travando|cobrando|igual)|continuam "
                            + "(?:me )?(?:cobrando|dando)|continuo sem|ainda (?:nao (?:funciona|consegui|deu)|sem)"),
                    of("not-what-i-asked", "nao (?:foi|e|era) (?:isso|o que)|(?:esta|isso esta) errado"),
                    of("wrong-answer", "perguntei (?:do|da|sobre|de)|(?:estou|tava) falando d[oa] outr[oa]s?|(?:era|"
                            + "perguntei|falei|pedi) (?:\\w+ ){1,5}nao (?:as|o|a|do|da|no|na|de|em) "),
                    of("not-understood", "nao (?:esta|esta me) entendendo|nao (?:me )?entende|leu (?:a )?minha "
                            + "mensagem"),
                    of("repeat", "(?:repetindo|repete|falando) a mesma coisa|mesma resposta"),
                    of("sarcasm", "obrigad[oa] por nada"),
                    of("gave-up", "(?:obrigad[oa]|valeu) mesmo assim"))
            .resolved(
                    of("worked", "funcionou|(?:isso |me )?ajudou(?: muito| bastante)?|(?:agora|ja) funciona|consegui|resolvido|resolveu|resolvida|tudo (?:certo|"
                            + "claro|ok|resolvido)|faz sentido|chegou|pagamento passou|responde (?:a )?minha "
                            + "(?:duvida|pergunta)|deu certo"),
                    of("that-is-all", "era (?:exatamente |so )?isso"))
            .thanks("obrigad[oa]", "valeu", "perfeito", "otimo", "show", "top", "beleza", "massa", "legal",
                    "excelente", "agendado", "entendi", "maravilha")
            .questionStarts("que", "como", "quando", "onde", "qual", "quanto", "quantos", "quem", "por que",
                    "posso", "pode", "tem", "cade")
            .build();
}
