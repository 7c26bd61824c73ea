package dev.handover.scenario.lang;

/**
 * The English words that qualify the phrases of {@link EnglishFrustration}: softeners, happy words, stressed words, joy
 * words and the key words a typo is corrected towards (see {@link FrustrationRules}). Kept apart so that each file
 * stays short.
 */
final class EnglishFrustrationWords {

    static final String[] SOFTENERS = {
            "a bit", "a little", "a tiny bit", "slightly", "kind of", "kinda", "sort of", "somewhat", "a tad",
            "little bit", "mildly", "not too", "not very", "not that"
    };

    static final String[] POSITIVE = {
            "thanks?", "thank (?:you|u)", "love", "loved", "loving", "amazing", "awesome", "great", "best", "yay",
            "perfectly", "woo+", "wo+hoo+", "yes+", "congrat\\w*", "excited", "exciting", "happy", "can not wait",
            "perfect", "wonderful", "fantastic", "brilliant", "beautiful", "omg", "wow", "ha(?:ha)+", "lol", "lmao",
            "cool", "sweet", "good news", "works", "worked", "incredible", "yippee", "hooray", "hurray",
            "birthday", "merry", "welcome", "stoked", "thrilled", "delighted", "glad", "nice", "epic", "win",
            "winner", "won", "(?:that|this) was (?:so |really )?(?:quick|fast)", "so (?:quick|fast)", "gorgeous",
            "stunning", "delicious", "tasty", "looks? (?:brand new|like new|great|amazing|incredible)"
    };

    static final String[] JOY = {
            "(?:with|for|of) (?:joy|happiness|excitement)", "lol", "haha", "jk"
    };

    static final String[] EXCLAIMED = {
            "where (?:is|are|s|the hell)", "any ?(?:one|body) (?:there|home|here|out there|alive)",
            "(?:it s|its|it has|has|have) been (?:\\w+ )?(?:minutes|hours|days|weeks|months)",
            "(?:since|for) (?:\\w+ )?(?:hours|days|weeks|months)",
            "(?:hours|days|weeks|months) (?:later|now|of waiting)",
            "immediately", "done", "enough", "(?<!the same )again", "another", "not", "stop", "unbelievable", "seriously", "are you serious",
            "still", "nobody", "no one", "never", "times", "nothing",
            // "which is why we came to you" explains: only a "why" of its own is exasperation.
            "(?<!(?:which|that|this) \\w{1,3} |thats )why", "can not believe", "ridiculous",
            "really", "for nothing", "twice", "what", "how"
    };

    static final String[] TYPOS = {
            "ridiculous", "unacceptable", "incompetent", "incompetence", "outrageous", "disgusting", "disgraceful",
            "infuriating", "appalling", "scandalous", "ludicrous", "frustrated", "frustrating", "exasperated",
            "unbelievable", "pathetic", "worthless", "brainless", "shameful", "bullshit"
    };

    private EnglishFrustrationWords() {
    }
}
