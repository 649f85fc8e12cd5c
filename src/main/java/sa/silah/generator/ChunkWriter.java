package sa.silah.generator;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes chunks on two background threads, each chunk in a transaction of its own, while the caller generates the
 * next: PostgreSQL, not the generating, is what limits a single writer, and two connections insert in parallel. The
 * chunks of a phase do not refer to each other; {@link #flush} ends a phase before the next refers to it. At most
 * four chunks wait, which bounds the memory held.
 */
final class ChunkWriter implements AutoCloseable {

    private static final int WRITERS = 2;
    private static final int MAX_WAITING = 4;

    private record Pending(Future<Long> written, Progress progress, int items) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ExecutorService threads = Executors.newFixedThreadPool(WRITERS, task -> new Thread(task, "generator"));
    private final Deque<Pending> pending = new ArrayDeque<>();

    ChunkWriter(JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** Queues a chunk of {@code items} (beneficiaries or requests); the progress advances once it is written. */
    void write(TableRows rows, Progress progress, int items) {
        while (pending.size() >= MAX_WAITING) {
            awaitOldest();
        }
        pending.add(new Pending(threads.submit(() -> transaction.execute(status -> rows.writeTo(jdbc))), progress,
                items));
    }

    /** Waits until every queued chunk is written; rethrows the first failure (in queue order). */
    void flush() {
        while (!pending.isEmpty()) {
            awaitOldest();
        }
    }

    private void awaitOldest() {
        Pending oldest = pending.poll();
        try {
            oldest.progress().advance(oldest.items(), oldest.written().get());
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while writing generated data", e);
        }
        catch (ExecutionException e) {
            pending.forEach(next -> next.written().cancel(false));
            pending.clear();
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
