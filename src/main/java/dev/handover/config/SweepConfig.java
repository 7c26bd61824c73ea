package dev.handover.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The one-minute sweep of due work (a pause that ends in a silent conversation, a pause tag that could not be added
 * or removed): environment variables {@code HANDOVER_SWEEP_*}.
 */
@ConfigMapping(prefix = "handover.sweep")
public interface SweepConfig {

    /**
     * Shards of the due-work index's partition key, so that its writes spread over partitions; the sweep queries
     * each. Only raise it: a conversation keeps the shard it was written with until its due work is done.
     */
    @WithDefault("4")
    int shards();

    /**
     * How long a sweep holds a due conversation before another sweep may take it, and so how long a tag call that
     * failed waits for its retry.
     */
    @WithDefault("PT1M")
    Duration lease();
}
