package dev.handover.config;

import java.util.List;

/** The bots configuration breaks a rule; start-up fails with every problem listed, each naming bot, field and rule. */
public class BotConfigException extends IllegalStateException {

    private final List<String> problems;

    public BotConfigException(List<String> problems) {
        super("invalid bots configuration:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
