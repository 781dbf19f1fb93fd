package fi.kohtaamo.outbox;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Work to do once a transaction has committed: once per transaction and key, however often it is
 * asked for in that transaction, and not at all when the transaction rolls back. Outside a
 * transaction there is nothing to wait for, and it is done at once. Used to wake the outbox relay
 * and to drop what a service keeps of data the transaction changed.
 */
public final class AfterCommit {

    private AfterCommit() {
    }

    /** Runs {@code action} after the current transaction commits (at once outside one); {@code key} tells one piece of work from another. */
    public static void once(TransactionSynchronizationRegistry transactions, Object key, Runnable action) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            action.run();
            return;
        }
        if (transactions.getResource(key) != null) {
            return;
        }
        transactions.putResource(key, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    action.run();
                }
            }
        });
    }
}
