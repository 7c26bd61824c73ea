package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.Frame.contact;
import static dev.handover.scenario.lang.Frame.person;
import static dev.handover.scenario.lang.NamedPattern.of;

/**
 * Portuguese rules (Brazil and Portugal), over normalised text: "não" reads "nao", "você" reads "voce", "ligar-me"
 * reads "ligar me".
 */
final class Portuguese {

    private Portuguese() {
    }

    static final LanguageRules RULES = LanguageRules.builder("pt")
            .stopWords("os", "do", "da", "dos", "das", "ao", "aos", "um", "uma", "com", "pra", "pro", "nao", "voce",
                    "vc", "voces", "vcs", "eu", "meu", "minha", "meus", "minhas", "isso", "isto", "tem", "obrigado",
                    "obrigada", "ola", "oi", "muito", "sao", "ja", "ta", "alguem", "preciso", "quero", "falar",
                    "pessoa", "atendente", "pode", "posso", "queria", "gostaria", "consigo", "consegue", "tambem",
                    "aqui", "agora", "quando", "onde", "ainda", "entao", "bom", "boa", "tudo", "ele", "ela", "estou",
                    "esse", "essa", "este", "foi", "fazer", "faz", "pelo", "pela", "num", "numa", "sim", "vou", "vai",
                    "cade", "mesmo", "qual", "quem", "ninguem", "nenhum", "nenhuma", "depois", "ajuda", "ajudar",
                    "atendimento", "dia", "tarde", "favor", "por", "para", "que", "de", "em", "no", "na", "me", "se",
                    "como", "mas", "mais", "esta", "nada", "algum", "alguma", "obg", "valeu", "tou", "fico")
            .spellings("vc", "voce", "vcs", "voces", "c", "com", "cm", "com", "q", "que", "d", "de", "vdd",
                    "verdade", "qro", "quero", "kero", "quero", "qero", "quero", "flar", "falar", "falr", "falar", "flr", "falar", "comuma", "com uma", "pf", "por favor", "pfv", "por favor", "pfvr",
                    "por favor", "pls", "por favor", "plis", "por favor", "tb", "tambem", "tbm", "tambem", "n", "nao",
                    "naum", "nao", "to", "estou", "tou", "estou", "ta", "esta", "blz", "beleza", "obg", "obrigado",
                    "obgd", "obrigado", "obgda", "obrigada", "brigado", "obrigado", "vlw", "valeu", "msm", "mesmo",
                    "hj", "hoje", "pd", "pode", "agr", "agora", "kd", "cade", "mto", "muito", "mt", "muito", "p", "para", "pq",
                    "porque", "porq", "porque", "qdo", "quando", "qnd", "quando", "cmg", "comigo", "ctg", "contigo",
                    "dps", "depois", "td", "tudo", "tds", "todos", "nd", "nada", "ngm", "ninguem", "alg", "alguem",
                    "algm", "alguem", "aki", "aqui", "aq", "aqui", "qm", "quem", "eh", "e", "vo", "vou", "tava",
                    "estava", "pessoaa", "pessoa", "presiso", "preciso", "precizo", "preciso", "atendende",
                    "atendente", "tendente", "atendente", "umano", "humano")
            .typoWords("humano", "pessoa", "atendente", "agente", "consultor", "operador", "gerente", "alguem",
                    "falar", "quero", "preciso", "atendimento", "responsavel", "supervisor", "funcionario",
                    "conversar", "comigo", "favor", "gostaria", "representante", "transfere", "transferir")
            // real words one edit from a typo word: "algum" is not "alguem", "transferiu" is not "transferir"
            .typoExclusions("transferi", "transferiu", "transferem", "transferes", "transfiro", "transferida",
                    "transferido", "algum", "alguma", "algumas", "consultores", "consultoras", "operadores", "gente",
                    "pessoal", "pessoas", "humanos", "humana", "atendentes", "atender", "atendeu", "atende", "falei",
                    "falou", "falam", "fala", "falo", "fale", "falta", "falha", "quer", "queria", "quem", "precisa",
                    "precisam", "precise", "agenda", "agentes", "consultora", "operadora", "gerentes", "atendimentos",
                    "alguns", "funcionaria", "funcionarios", "supervisora", "conversa", "converso", "converse",
                    "conversou", "consigo", "contigo", "comido", "fervor", "sabor", "valor", "responsaveis", "gostava",
                    "gostaram", "ferro", "puro", "duro", "falas", "falhar", "calar", "falado", "precioso",
                    "entendimento", "atendeste", "atendesse", "conversei", "conversamos", "conversando", "conversaram",
                    "conversem", "conversas", "consultar", "consulta", "consultas", "consultei", "consulto",
                    "consertar", "conserto", "consertam", "concertar", "conservar", "conversao", "supervisar",
                    "representando", "representada", "representado", "atendendo")
            .persons("pessoas?", "humanos?", "ser humano", "atendentes?(?: humanos?)?", "agentes?(?: humanos?)?",
                    "consultor(?:a|es)?", "operador(?:a|es)?", "representantes?", "gerentes?", "responsave(?:l|is)",
                    "supervisor(?:a|es)?", "funcionari[oa]s?", "colaborador(?:a|es)?", "alguem",
                    "atendimento (?:humano|pessoal|personalizado|ao cliente|telefonico)",
                    "(?:suporte|ajuda|assistencia|apoio) (?:humano|humana|real|pessoal|personalizad[oa]|ao cliente)",
                    "suporte(?: tecnico)?", "servico de apoio ao cliente", "sac", "membro da equipe",
                    "membro da equipa", "gente (?:de verdade|real|da equipe|da equipa|do suporte)",
                    "algum de voces", "pessoal (?:da|do|de) \\w+",
                    "(?:departamento|area|setor|seccao) (?:de |do |da )?(?:vendas|faturamento|faturacao|cobranca|"
                            + "pecas|oficina|manutencao|reclamacoes|devolucoes|garantia|atendimento|suporte|"
                            + "administracao|contabilidade|financeiro|rh|logistica|entregas|compras|reservas|"
                            + "sinistros|tecnico|qualidade|credito|seguros|matriculas|pos venda)")
            .roles("doutor(?:a)?", "dr", "dra", "medic[oa]", "dentista", "ortodontista", "higienista", "recepcao",
                    "recepcionista", "tecnic[oa]", "vendedor(?:a|es)?", "don[oa]", "chefe", "corretor(?:a)?",
                    "professor(?:a)?", "mecanico", "equipe", "equipa", "setor \\w+", "financeiro", "vendas", "loja",
                    "clinica", "concessionaria", "faturamento", "faturacao", "cobranca", "contabilidade", "pos venda",
                    "oficina", "advogad[oa]", "veterinari[oa]", "fisio(?:terapeuta)?", "cabeleireir[oa]",
                    "contador(?:a)?", "gestor(?:a)?", "diretor(?:a)?", "coordenador(?:a)?", "secretari[oa]",
                    "enfermeir[oa]", "proprietari[oa]", "instrutor(?:a)?", "personal", "especialista", "sindico",
                    "mestre de obras?", "encarregad[oa]", "empreiteir[oa]", "esteticista", "mediador(?:a)?", "perito",
                    "avaliador(?:a)?", "despachante", "nutricionista", "nutrologo", "osteopata", "quiropraxista",
                    "podologo", "psicolog[oa]", "optometrista", "coordenacao(?: de \\w+)?",
                    // whoever served the customer before: "a moca que me atendeu"
                    "(?:pessoa|moca|rapaz|senhora|senhor|menina|menino|doutora?|\\w+ista) que (?:me|nos) (?:atendeu|"
                            + "ajudou|acompanhou|consultou|tratou|orientou)",
                    "(?:departamento|area|setor|seccao) (?:de |do |da )?\\w+(?: ao cliente)?",
                    "(?:quem|o que|a que|a pessoa que) (?:cuida|cuide|trata|trate|resolve|resolva|mexe|mexa|esta "
                            + "responsavel|for responsavel|e responsavel|lida|lide)(?: de| do| da| com| pelo| pela)?"
                            + "(?: \\w+)?",
                    "(?:chefe|gerente|responsavel|encarregad[oa]|diretor(?:a)?) (?:de|da|do) (?:loja|oficina|vendas|"
                            + "obra|filial|turno|setor|area|servico|clinica)")
            .complement("(?:da|do|das|dos|de|na|no) \\w+(?: \\w+)?")
            .frames(
                    contact("falar-com", "(?<!ja |ontem |antes |tinha )(?:falar|fala|falo|fale|conversar|converso|"
                            + "converse|comunicar|me comunicar|contato|contatar|contactar|contacto|papo|tratar|"
                            + "resolver|resolver isso|ver isso|tratar isso|discutir|bater um papo|"
                            + "(?:entrar|entre|ficar|por|colocar|me colocar|me por|estar) em contato|"
                            + "(?:entrar|entre) em contacto|falar diretamente|falar direto|falar por telefone) (?:com|"
                            + "c)", ""),
                    contact("tratar-com", "(?:tratar|falar|conversar|resolver|ver|discutir|combinar|esclarecer|"
                            + "acertar)(?: (?:disto|disso|isto|isso|do assunto|deste assunto|desse assunto|sobre isso|"
                            + "(?:do|da|dos|das|o|a|os|as|sobre o|sobre a|sobre os|sobre as|deste|desta|desse|dessa) "
                            + "\\w+))(?: (?:diretamente|pessoalmente|por telefone|direto))? com", ""),
                    contact("falar", "(?<!ja |ontem |antes )(?:falar|conversar|me comunicar)", ""),
                    person("chegar-a", "(?:chegar|contatar|contactar|localizar|achar|encontrar) (?:a|ao|numa|num|em|"
                            + "ate|com)", ""),
                    contact("passar", "(?<!que |o que )(?:me )?(?:passa|passar|passe|passem|transfere|transferir|"
                            + "transfira|transfiram|encaminha|encaminhar|encaminhe|coloca|colocar|coloque|bota|botar|"
                            + "direciona|direcionar|direcione|redireciona|conecta|conectar|conecte|manda|mandar|"
                            + "manda me|passa me|passe me|transfira me|encaminhe me|coloque me)(?: me)?"
                            + " (?:pra|para|pro|com|a|ao|em contato com|em contacto com)", ""),
                    contact("ser-passado", "ser (?:transferid|passad|encaminhad|redirecionad|ligad)[oa]s?"
                            + "(?: (?:diretamente|ja|agora))? (?:para|pra|com|a|ao|a uma|ao um)", ""),
                    contact("atendido", "(?:atendido|atendida|atendimento) (?:por|de|com)|(?:que )?me atenda|"
                            + "me atender|ser atendido por|ser atendida por|me atendam|(?:ajuda|assistencia|apoio|"
                            + "resposta|orientacao) (?:de|do|da|por parte de)", ""),
                    contact("ligacao-de", "(?<!recebi uma |recebi |tive uma |tive )(?:ligacao|retorno|contato|"
                            + "contacto|chamada|telefonema) (?:de|do|da|com)", ""),
                    contact("callback", "", "(?<!\\bte |\\blhe |\\bvoce |\\bvc |\\bvos )(?:me )?(?:(?:pode|podem|"
                            + "poderia|poderiam|consegue|conseguem|pede "
                            + "para|pedir para|pede pra|pedir pra) )?(?:me )?(?:ligar|ligue|liga|liguem|ligasse|"
                            + "retornar|retorne|retornasse|retornem|contatar|contactar|contate|contacte|chamar|"
                            + "telefonar|telefonem|telefonasse|ligassem|contatasse|contactasse)\\b|(?:(?:pode"
                            + "|podem|poderia|poderiam) )?me (?:mandar|enviar) (?:uma )?(?:mensagem|msg)\\b"),
                    contact("que-atenda", "", "(?:que|quem) (?:me |nos )(?:possa |possam |poderia |consiga )?(?:atenda|"
                            + "atendam|atender|ajude|ajudem|ajudar|fale|falem|falar|responda|responder|ligue|ligar)\\b|"
                            + "(?:que|quem) (?:possa |possam |poderia |consiga )?(?:me atender|me ajudar|falar comigo|"
                            + "fale comigo|falem comigo|me ligar)\\b"),
                    person("me-atenda", "", "(?:me |nos )(?:atenda|atendam|atender|ajude|ajudem|ajudar|(?:pode|podem|"
                            + "poderia|"
                            + "poderiam|consegue) (?:me )?(?:atender|ajudar|falar|ligar|contatar))\\b"),
                    contact("disponivel", "", "(?:esta |ta )?disponive(?:l|is)(?: (?:agora|hoje|(?:pra|para) (?:falar|"
                            + "conversar|atender|ajudar)"
                            + "(?: \\S+){0,4}))?$|(?:disponive(?:l|is)|livres?) (?:\\S+ ){0,2}?(?:pra"
                            + "|para) (?:falar|conversar|"
                            + "me atender|me ajudar|tratar|ver|resolver|uma ligacao|uma conversa|um papo)\\b"),
                    // the person is the subject: "alguem poderia conversar comigo sobre a fatura"
                    contact("falar-comigo", "", "(?:(?:pode|podem|poderia|poderiam|podia|consegue|quer) )?(?:falar|"
                            + "conversar|tratar(?: disso| isso)?|ver(?: isso)?|resolver(?: isso)?"
                            + "|discutir(?: isso)?) comigo\\b"),
                    contact("com-quem", "", "com quem (?:eu )?(?:possa|posso|falar|conversar)"),
                    person("para-atender", "",
                            "(?:ai |aqui |online |disponivel )?(?:para|pra) (?:me )?(?:atender|ajudar|falar comigo)"),
                    person("quero", "(?:quero|queria|preciso(?: de)?|precisava(?: de)?|gostaria(?: de)?|prefiro|"
                            + "preferia|peco|exijo|solicito|procuro|desejo|necessito)(?: que)?(?: (?:me atenda|"
                            + "falar com|fale com))?", ""),
                    person("me-da", "(?:me da|me de|me arruma|me arranja|chama|chame|chamem|chamar)", ""),
                    person("tem", "(?:tem|ha|existe|teria|haveria)(?: (?:algum|alguma|um|uma))", ""))
            .clauseRequests(
                    of("ninguem-pra-atender", "\\bnao (?:tem|ha|existe) (?:ninguem|nenhuma pessoa|nenhum humano|"
                            + "nenhum atendente)(?: (?:pra|para|que|com quem)|$)"),
                    of("nao-tem-quem-atenda", "\\bnao (?:tem|ha|existe) (?:um |uma |nenhum |nenhuma |algum |alguma )?"
                            + "{T} (?:que (?:me|nos) (?:atenda|ajude|responda|possa (?:atender|ajudar))|(?:pra|para) "
                            + "me (?:atender|ajudar)|com quem (?:eu )?(?:possa|posso) falar|disponivel)"),
                    of("falar-com-ela", "\\b(?:falar|conversar) com (?:ele|ela|eles|elas)"
                            + "(?: (?:de novo|novamente|por favor|agora))*$"),
                    of("pessoa-certa", "\\bquem (?:e|seria|sera) (?:a pessoa|o|a)(?: (?:mais )?(?:cert[oa]|indicad[oa]|"
                            + "adequad[oa]|corret[oa]|responsavel))? (?:para|pra|com quem) (?:falar|tratar"
                            + "|conversar|ver)"),
                    of("falar-com-gente", "\\b(?:falar|conversar) com gente\\b"),
                    of("com-quem-falo", "\\b(?:com|pra|para|a) quem (?:eu )?(?:me )?(?:posso |poderia |devo |deveria |"
                            + "tenho que |preciso )?(?:falar|me comunicar|comunicar|contatar|contactar|me dirigir|"
                            + "dirigir|"
                            + "recorrer|ligar|"
                            + "falo (?:sobre|para|pra|a respeito)|ligo (?:para|pra|sobre))\\b"),
                    of("nao-consigo-falar", "\\bnao (?:consigo|consegui|to conseguindo|estou conseguindo|tem como|"
                            + "ha como) (?:falar|conversar|contato|me comunicar) com ninguem\\b"),
                    of("ninguem-atende", "\\b(?:ninguem me atende|ninguem (?:pra|para) me atender|nao me atende "
                            + "ninguem)\\b"),
                    of("nao-robo", "\\b(?<!se )nao quero (?:falar|conversar|continuar falando|continuar) com (?:um |o |"
                            + "uma |a |esse |essa |este |nenhum )?(?:bot|robo|maquina|assistente virtual|chatbot)"),
                    of("me-liga", "^(?!.*\\b(?:nao|nunca|nem|sem)\\b).*?\\b(?:me (?:pode|podem|poderia|poderiam|"
                            + "consegue|conseguem) "
                            + "(?:ligar|retornar|telefonar)|(?:pode|podem|poderia|poderiam) (?:ligar|telefonar) me|"
                            + "me liga|me liguem|me ligue|liguem me|ligue me|me retorna|me retornem|quero que me "
                            + "(?:liguem|ligue|retornem|contatem|contactem)|(?:solicitar|pedir|agendar|marcar) uma "
                            + "(?:ligacao|chamada))\\b"),
                    of("transfere", "^(?:(?:por favor|ja|entao|pfv) )*(?:me transfere|me transfira|me encaminha|"
                            + "me encaminhe|transfere me|transfira me|escala isso|encaminha isso)(?: (?:por favor|"
                            + "agora|logo|ja))*$"))
            .gapBreakers("de", "da", "do", "sobre", "pra", "para", "por", "em", "no", "na", "se", "e", "mas", "ou",
                    "porque", "quando", "com", "meu", "minha", "meus", "minhas", "outra", "outro", "segunda",
                    "segundo", "mais", "\\d+", "duas", "dois", "tres", "nao", "ja", "que", "nem", "sem", "pro", "pros",
                    // an infinitive between a desire and a person is another action: "preciso contratar alguem"
                    "[a-z]+(?:ar|er|ir)")
            .fillers("por favor", "agora", "ja", "um", "uma", "o", "a", "real", "de verdade", "oi", "ola", "so",
                    "urgente", "rapido", "obrigado", "obrigada", "falar com", "com", "logo", "please", "bom dia",
                    "boa tarde", "boa noite", "ok", "sim", "ajuda", "pfv", "imediatamente", "ja ja", "kkk",
                    "de carne e osso", "humano", "humana", "diretamente", "desculpa", "desculpe", "se faz favor")
            .negations("nao", "nunca", "ninguem", "nem", "sem", "jamais", "nenhum", "nenhuma")
            .negationEnds("mas", "e sim", "quero", "preciso", "prefiro", "me passa", "queria", "gostaria",
                    "me transfere", "me coloca", "entao", "por favor", "so quero", "(?:pode|podem) me passar")
            .comparatives("em vez de", "ao inves de", "(?:prefiro|melhor|mais facil|mais rapido) (?:\\w+ ){1,4}"
                    + "(?:do que|que)")
            // "não sei como falar com um atendente": the customer lacks the way, not the wish.
            .negationLifts("(?:nao|nunca) (?:sei|to sabendo|estou sabendo|entendo|descobri|vejo|encontro|acho|achei|"
                            + "encontrei) (?:\\w+ ){0,2}?(?:como|onde|com quem|pra quem|para quem|qual|o jeito|a forma|"
                            + "um jeito|uma forma|a maneira|o botao|a opcao|o numero|maneira|forma|jeito|modo)",
                    "(?:nao faco|sem|nao tenho) (?:a menor |nenhuma )?ideia (?:de )?(?:\\w+ ){0,2}?(?:como|onde|"
                            + "com quem|pra quem)",
                    "nao (?:consigo|consegui|to conseguindo|estou conseguindo|tem como|da pra|da para|ha como|"
                            + "tenho como|me deixa|me deixam) (?:\\w+ ){0,2}?(?:falar|contato|contatar|contactar|"
                            + "achar|encontrar|chegar|atendimento|ser atendid[oa]|me comunicar|comunicar|que me "
                            + "atendam|que me atenda|passar)",
                    "nao (?:tem|existe|ha) (?:um |uma |nenhum |nenhuma )?(?:jeito|forma|maneira|opcao|botao) (?:de |"
                            + "pra |para )?(?:falar|contatar|contactar|ser atendid[oa]|chegar)")
            .infoQuestions("(?:a |ate |de )?que horas",
                    // going in to talk to someone: "tenho de ir a loja falar com alguem?"
                    "(?:tenho|temos|preciso|precisamos|devo|devemos) (?:de |que )?(?:ir|passar|vir"
                            + "|comparecer)\\b", "qual (?:o |e o |e a |a )?(?:horario|numero|telefone|email|"
                            + "e mail|whatsapp|endereco|contato|ramal)",
                    "(?:numero|telefone|tel|email|e mail|whatsapp|endereco|ramal|horario|horarios) (?:de|do|da|dos|das|"
                            + "pra|para)", "(?:que|quais) dias",
                    "quando (?:abre|abrem|fecha|fecham|atende|atendem|funciona|funcionam|esta|estao|tem)",
                    "(?<!o que )(?:e|seria) (?:necessario|obrigatorio|preciso|imprescindivel)",
                    "(?<!o que )(?:precisa|e preciso|tem que|tenho que) (?:\\w+ ){0,3}?ou (?:posso|da pra|consigo)",
                    "(?<!o que |como )(?:eu )?(?:preciso|tenho que|tenho de|devo) (?:mesmo |realmente )?(?:\\w+ )?"
                            + "(?:ou (?:nao|posso))")
            .servicePurposes("que (?:me |nos )?(?:possa |possam |poderia |saiba |venha |va )?(?!(?:me|nos|te|lhe|o|a|"
                    + "fale|falem|falar|atenda|atendam|atender|ajude|ajudem|ajudar|responda|explique|ligue|liguem|"
                    + "contate|diga|veja|leia|resolva|oriente|informe|esclareca|escute|entenda|esteja|cancele|"
                    + "processe|mude|altere|confirme|verifique|solucione)\\b)[a-z]+",
                    "(?:pra|para) (?!(?:falar|conversar|atender|ajudar|explicar|responder|esclarecer|ligar|contatar|"
                    + "resolver|ver|tratar|analisar|verificar|confirmar|orientar|saber|perguntar|tirar|me|nos|mim)\\b)"
                    + "[a-z]+(?:ar|er|ir)\\b",
                    "(?:pra|para) (?:limpar|consertar|arrumar|reparar|pintar|cuidar|instalar|montar|mudar|cortar|levar|"
                    + "buscar|trazer|cozinhar|trabalhar|cobrir|substituir|dirigir|ensinar|dar aula|acompanhar|vigiar|"
                    + "passear|fazer (?:a|o|uma|um) (?:limpeza|mudanca|reforma|obra)|a (?:limpeza|mudanca|obra|"
                    + "reforma|festa|casa)|o (?:jardim|turno)|minha (?:casa|festa|empresa)|meu (?:jardim|negocio))\\b",
                    "(?:aos |no |nos |de |neste |nesse |em )?(?:sabados?|domingos?|fins? de semana|feriados?|a noite|"
                    + "24 ?h|24 horas)")
            .hypotheticals("^se \\w+", "se (?:eu|voce|vc|o|a|depois|tiver|precisar|nao|quiser|acontecer|um dia|"
                            + "algum dia|mais tarde|por acaso|fosse|pudesse|precisasse)", "(?<!(?:meu|seu|teu|nosso|o|"
                            + "do|no|um|este|esse|neste|nesse|deste|desse|cada|qualquer) )caso",
                    "por curiosidade", "mais pra frente", "mais para frente", "talvez", "no futuro", "pra proxima",
                    "para a proxima", "proxima vez", "algum dia", "quando eu (?:precisar|tiver|quiser)",
                    "vou querer", "so (?:perguntando|pra saber|para saber)", "hipoteticamente", "futuramente",
                    "por via das duvidas",
                    // whether a person is needed: "tenho que falar com alguem ou da pra fazer aqui"
                    "ou (?:da|dava|daria|posso|consigo|pode|podia) (?:pra |para )?(?:fazer|resolver|tratar|ser"
                            + " feit[oa])"
                            + "(?: (?:isso|isto|tudo))?(?: (?:aqui|por aqui|online|pelo app|pelo site|neste chat|"
                            + "por este chat))?", "(?:tenho|tem|preciso) (?:obrigatoriamente )?(?:que|de) (?:\\w+"
                            + " ){1,6}?ou",
                    "ou (?:tenho|preciso|e preciso|e obrigatorio) (?:obrigatoriamente )?(?:de |que )?(?:falar|ligar|"
                            + "ir)",
                    "obrigatoriamente", "quando (?:tiver|tivermos|precisar|estiver|estiverem|ficar|ficarem|chegar|"
                            + "chegarem|sair|sairem|receber)")
            .politeConditions("nao sei (?:bem )?se", "se (?:possivel|puder|poder|puderem|der|faz favor|fizer favor|nao"
                    + " for incomodo|"
                            + "nao se importar|for possivel|nao for pedir muito|nao for muito incomodo)",
                    "quando (?:puder|puderem|der|tiver um (?:tempinho|minuto|momento)|tiverem um (?:tempinho|"
                            + "minuto|momento)|estiver livre|estiverem livres|estiver disponivel|for possivel)")
            .imperatives("^(?:(?:entao|so|por favor|ok|e|agora) )*(?:me passa|me passe|me transfere|me transfira|"
                    + "me coloca|me liga|passa|transfere|chama|me encaminha|passa me|passe me|transfira me)")
            .reporters("(?:disse|diz|disseram|dizem|me contou|me contaram|comentou|comentaram|falou|falaram|garante)")
            .quotes("diz", "dizia", "disse", "disseram", "digitou", "digitei", "escrito", "escreveu", "opcao", "botao",
                    "menu", "sem querer", "ignora", "ignorar", "trocou", "no site", "falaram", "falou", "segundo", "mandou",
                    "significa", "a palavra", "aparece",
                    "(?:meu|minha) (?:marido|esposa|mulher|mae|pai|filh[oa]|amig[oa]|chefe|namorad[oa]|irma[o]?|"
                            + "vizinh[oa]|sogr[oa]|avo) (?:quer|precisa|prefere|pediu)")
            .botQuestions("(?:voce|tu) (?:e|eh|es)", "(?:isso|isto|aqui) e",
                    "(?<!quero |preciso |procuro |peco )e (?:um|uma)",
                    "(?:estou|esta|to|tou) (?:falando|conversando|a falar|teclando|a conversar) com",
                    "quem (?:esta|e que esta) (?:me )?(?:respondendo|falando|escrevendo|atendendo)",
                    "tem alguem (?:de verdade |real )?(?:digitando|ai|escrevendo|do outro lado)",
                    "(?:as respostas )?sao")
            .natureWords("humanos?", "humana", "pessoa", "bot", "robo", "maquina", "real", "de verdade",
                    "automatic[oa]s?", "inteligencia artificial", "ia", "chatbot", "assistente", "atendente",
                    "alguem", "programa", "chatgpt", "virtual")
            .botWords("bot", "robo", "maquina", "automatic[oa]s?", "chatbot", "inteligencia artificial", "ia",
                    "assistente virtual", "programa", "chatgpt")
            .orWords("ou")
            .otherSenses("recursos humanos", "(?:meu|minha|nosso|nossa) (?:chefe|patrao|patroa"
                    + "|empregador(?:a)?)", "agentes? de (?:viagens?|seguros?|transito|policia|saude)",
                    "corretor(?:a)? (?:de imoveis|de seguros|automatico|ortografico)", "personal trainer",
                    "(?:cabelo|mega hair) humano", "pessoalmente", "em pessoa", "direitos humanos",
                    "(?:outra|segunda|uma so|terceira|cada|por) pessoa", "(?:duas|tres|quatro|cinco|seis|\\d+) pessoas",
                    "funcionario publico", "contratando (?:atendentes?|vendedor\\w*|funcionari\\w*)",
                    "pessoas? (?:fisica|juridica|idosas?|com deficiencia)", "erro humano", "corpo humano", "suportes? (?:de|da|do|pra|para) (?:a |o )?(?:tv|televisao|parede|"
                            + "celular|telemovel|bicicleta|bike|monitor|teto|prateleira|chuveiro|cortina|vaso|antena)",
                    "(?:pessoa|alguem|gente|moca|rapaz|diarista|senhora) (?:de|da|do|pra|para) (?:a |o )?(?:limpeza|"
                            + "limpar|manutencao|cuidar|companhia|seguranca|cozinha|jardinagem|mudanca|obra|entrega|"
                            + "passar roupa)",
                    "consultor(?:a)? (?:financeiro|de imagem|juridico)", "operador(?:a)? (?:de (?:telefonia|maquinas|"
                            + "caixa|celular)|logistic[oa])",
                    "(?:alguem|uma pessoa|pessoas) (?:que (?:more|mora|tenha|tem|seja|e)|com (?:alergia|diabetes))")
            .fallbacks(PortugueseReplies.FALLBACKS)
            .uncertainFallbacks(PortugueseReplies.DOUBTS)
            .clauseRequests(ContactFamilies.requests("pt"))
            .clauseRequests(Callbacks.requests("pt"))
            .fallbacks(FallbackFamilies.certain("pt"))
            .fallbacks(ChannelRefusals.certain("pt"))
            .fallbacks(RecordFallbacks.certain("pt"))
            .uncertainFallbacks(FallbackFamilies.uncertain("pt"))
            .dissatisfied(PortugueseReplies.DISSATISFIED)
            .resolved(PortugueseReplies.RESOLVED)
            .dissatisfied(FeedbackFamilies.dissatisfied("pt"))
            .resolved(FeedbackFamilies.resolved("pt"))
            .dissatisfied(RetryFeedback.dissatisfied("pt"))
            .resolved(RetryFeedback.resolved("pt"))
            .thanks(PortugueseReplies.THANKS)
            .questionStarts(PortugueseReplies.QUESTION_STARTS)
            .faultQuestions(PortugueseReplies.FAULT_QUESTIONS)
            .undecided(PortugueseReplies.UNDECIDED)
            .build();
}
