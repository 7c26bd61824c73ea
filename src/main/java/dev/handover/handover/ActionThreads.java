package dev.handover.handover;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/** The threads the independent actions of a handover run on, so that they overlap their CRM round trips. */
@ApplicationScoped
public class ActionThreads {

    private final AtomicInteger count = new AtomicInteger();
    private final ExecutorService executor = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "handover-action-" + count.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    public ExecutorService executor() {
        return executor;
    }

    @PreDestroy
    void shutdown() {
        executor.shutdown();
    }
}
