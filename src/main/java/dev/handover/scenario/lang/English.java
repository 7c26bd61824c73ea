package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.Frame.contact;
import static dev.handover.scenario.lang.Frame.person;
import static dev.handover.scenario.lang.NamedPattern.of;

/** English rules. Text is normalised: "don't" reads "do not", "I'd" reads "i d", "someone's" reads "someone s". */
final class English {

    private English() {
    }

    static final LanguageRules RULES = LanguageRules.builder("en")
            .stopWords("the", "and", "you", "your", "is", "are", "to", "i", "my", "can", "what", "do", "with", "it",
                    "this", "please", "want", "need", "have", "how", "of", "for", "me", "a", "an", "that", "talk")
            .spellings("im", "i am", "ya", "you", "u", "you", "ur", "your", "r", "are", "w", "with", "2", "to",
                    "pls", "please", "plz", "please", "plse", "please", "plox", "please", "ppl", "people",
                    "hooman", "human", "hoomans", "humans", "sum1", "someone", "some1", "someone", "any1", "anyone",
                    "smb", "somebody", "sb", "somebody", "rn", "right now", "asap", "now", "thx", "thanks",
                    "ty", "thanks", "cn", "can", "cld", "could", "spk", "speak", "thru", "through", "wanna", "want to",
                    "gimme", "give me", "lemme", "let me", "gonna", "going to", "rly", "really", "ppls", "people",
                    "agnt", "agent", "hmn", "human", "r8", "right", "b4", "before", "yall", "you all")
            .typoWords("human", "humans", "person", "people", "agent", "agents", "representative", "operator",
                    "someone", "somebody", "anyone", "manager", "supervisor", "employee", "advisor", "colleague",
                    "talk", "speak", "connect", "transfer", "want", "need", "can", "real", "actual", "live",
                    "please", "customer", "service", "support")
            .typoExclusions("humane", "manage", "managed", "manages", "managing", "prison", "parson", "peeple",
                    "agency", "argent", "angel", "agenda", "cant", "car", "cab", "wan", "nee", "read", "deal",
                    "life", "like", "lie", "love", "lives", "pleased", "please", "supports", "services", "servic",
                    "connects", "spear", "steak", "sneak", "speck", "want", "went", "wait", "talks", "tall", "walk",
                    "tale", "hanover", "humor", "oppressor", "personal", "personnel", "persona", "persons", "wants",
                    "needs", "employer", "employed", "cans", "reals", "lived")
            .persons("humans?(?: beings?)?", "persons?", "people", "agents?", "representatives?", "reps?",
                    "operators?", "managers?", "supervisors?", "employees?", "staff(?: members?)?",
                    "team members?", "members? of (?:your |the |our )?(?:staff|team)", "advis[eo]rs?",
                    "associates?", "colleagues?", "someone", "somebody", "anyone", "anybody", "whoever",
                    "customer (?:service|support|care)(?: team| department)?", "live (?:chat|support)",
                    "support (?:team|staff|person|people)", "real one")
            .roles("owner", "boss", "dentists?", "doctors?", "dr", "hygienists?", "nurses?", "trainers?", "coach",
                    "instructors?", "mechanics?", "technicians?", "tech", "sales ?(?:man|men|woman|person|people)",
                    "sales (?:reps?|team|department|office)", "realtors?", "brokers?", "receptionists?",
                    "front desk", "reception", "office", "team", "department", "consultants?", "specialists?",
                    "secretary", "assistant", "guy", "lady", "billing", "accounts")
            .complement("(?:from|at|in|of|on) (?:the |your |ur |our |this )?\\w+(?: \\w+)?")
            .frames(
                    contact("talk-to", "(?<!was |were )(?:talk|speak|chat|converse|talking|speaking|chatting)"
                            + "(?: (?:this|it|things) (?:through|over))? (?:to|with|w)", ""),
                    contact("word-with", "(?:a |quick )?word with", ""),
                    contact("connect", "(?<!was |were |got |been )(?:connect|connected|connecting|transfer|"
                            + "transferring|switch|forward|pass|hand|send|put|escalate|redirect|route|direct|refer)"
                            + "(?: (?:me|us|this|it|my (?:call|chat|case|query|question)))?"
                            + "(?: (?:over|back|on|through))? (?:to|with|through)", ""),
                    contact("reach", "(?:reach|contact|call|ring|phone|get hold of|get through to|"
                            + "(?:get|be|been|being|put|me) in touch with)", ""),
                    contact("callback-from", "call(?: ?back)? from", ""),
                    contact("callback", "", "(?:(?:can|could|please|to|just|pls|now|today) )*(?:call|ring|phone|"
                            + "text|contact|email|message|get back to|reach out to) (?:me|us)\\b|give me a (?:call|ring)"),
                    contact("take-over", "", "(?:(?:can|could|please|to|just) )?take over"),
                    contact("available", "", "(?:be |is |are )?available\\b"),
                    contact("i-can-talk", "", "(?:i|we) (?:can|could|may|might) (?:talk|speak|chat)"),
                    person("want", "(?<!do i |do we |does it |do you )(?:want|need|require|request|requesting|"
                            + "demand|demanding|prefer|(?:d|would|really) (?:like|love|prefer)|ask for|"
                            + "asking for|looking for)", ""),
                    person("get", "(?:get|give|bring|fetch|find|grab|send)(?: me| us)?", ""),
                    person("have", "(?:can|could|may) (?:i|we) (?:have|see)", ""),
                    person("put-on", "put", "on (?:the line|the phone|this chat|here|the chat)"),
                    person("help-me", "", "(?:(?:can|could|please|to|just) )?(?:help|assist) (?:me|us)\\b"))
            .clauseRequests(
                    of("no-one-to-talk-to", "\\b(?:is|are) there (?:really )?(?:no one|noone|nobody|not anyone|"
                            + "not a (?:single )?(?:person|human))(?: (?:i|we) can (?:talk|speak|chat)| to (?:talk|"
                            + "speak)|$)"),
                    of("talk-to-them-again", "\\b(?:talk|speak|chat) (?:to|with) (?:him|her|them)"
                            + "(?: (?:again|please|now|directly|today))*$"))
            .gapBreakers("to", "for", "about", "on", "at", "in", "into", "if", "and", "but", "or", "than", "because",
                    "so", "when", "with", "from", "by", "my", "his", "her", "their", "it", "i", "he", "she", "they",
                    "we", "is", "are", "was", "were", "be", "been", "not", "no", "another", "other", "second",
                    "extra", "more", "\\d+", "two", "three", "four", "five", "call", "back", "what", "which")
            .fillers("please", "now", "right", "a", "an", "the", "some", "real", "actual", "live", "proper", "just",
                    "hey", "hi", "hello", "ok", "okay", "yes", "yeah", "sorry", "immediately", "urgent", "urgently",
                    "already", "again", "thanks", "thank you", "i mean", "only", "quick", "quickly", "oh", "omg",
                    "ugh", "hm+", "well", "yo", "seriously", "lol", "then", "one", "talk", "speak", "to", "with", "chat")
            .negations("not", "no", "never", "without", "nobody", "none", "neither", "nor")
            .negationEnds("but", "however", "i (?:just )?(?:want|need)", "i d (?:like|rather|prefer|love)",
                    "i would (?:like|rather|prefer)", "(?:just )?(?:get|give) me", "then", "instead")
            .comparatives("than", "instead of", "rather than")
            .hypotheticals("if", "in case", "should (?:i|we)", "once (?:i|we)", "when (?:i|we)", "unless",
                    "whenever", "in the future", "future reference", "next time", "hypothetically", "later on",
                    "at some point", "might", "maybe", "perhaps", "probably", "may (?:want|need)",
                    "(?:will|ll|would) (?:want|need)", "just curious", "just wondering")
            .politeConditions("if (?:so|possible|you can|you could|you would|you do not mind|that is (?:ok|okay|"
                    + "alright)|that s (?:ok|okay|alright)|it is not too much trouble|it s not too much trouble|"
                    + "not too much trouble|at all possible)", "(?:appreciate|grateful|glad|happy) (?:it )?if")
            .imperatives("^(?:(?:then|so|ok|okay|just|please|now|and) )*(?:connect|transfer|put|pass|get|give|"
                    + "send|let|escalate|switch) (?:me|us|this)")
            .quotes("says?", "said", "saying", "typed", "type(?! to)", "wrote", "write", "reply", "replied",
                    "button", "option", "menu", "autocorrect\\w*", "by mistake", "ignore", "what does",
                    "difference between", "the word", "called",
                    "(?:my|our) (?:wife|husband|partner|mom|mother|dad|father|son|daughter|kids?|friend|boss|sister|"
                            + "brother|family|neighbou?r) (?:wants|needs|would like|asked)")
            .botQuestions("(?:are|r) (?:you|u|these|those|the (?:replies|answers|responses|messages))",
                    "(?:you|u) (?:are|re|r)", "is (?:this|it|that)", "am i (?:talking|chatting|speaking|texting|"
                            + "writing)", "is (?:anyone|someone|somebody) (?:actually |really )?(?:typing|reading|"
                            + "there|writing)", "who (?:is|s) (?:this|typing|answering|replying|writing)")
            .natureWords("humans?", "person", "people", "bot", "robot", "ai", "machine", "automated", "automatic",
                    "chatbot", "computer", "program", "real", "live", "actual", "assistant", "agent", "someone",
                    "chatgpt", "siri", "alexa", "typing", "artificial")
            .botWords("bot", "robot", "ai", "machine", "automated", "automatic", "chatbot", "computer", "program",
                    "virtual assistant", "artificial intelligence", "chatgpt")
            .orWords("or")
            .otherSenses("human (?:resources|rights|error|nature|body|race|hair|grade|touch|trafficking|"
                    + "interest)", "user agents?", "(?:travel|real estate|estate|insurance|secret|free|double|"
                    + "sports|talent|literary|press|booking|shipping|cleaning|my|his|her|their) agents?",
                    "(?:delivery|cable|pizza|mail|uber|taxi|tech) (?:person|guy|man|people|driver|lady)",
                    "in person", "people person", "representative (?:sample|example)", "voice assistants?",
                    "agents? (?:code|fee|fees|commission|not found|number|id)",
                    "(?:property|building|branch|account|project|my|his|her|their) managers?",
                    "(?:licensed|machine|crane) operators?", "personal (?:assistant|trainer)",
                    "(?:two|three|four|five|six|\\d+) (?:people|persons)")
            .build();
}
