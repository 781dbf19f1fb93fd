package fi.kohtaamo.outbox;

/**
 * A consumer's own record of another service's entity, kept current from that service's events
 * by {@link UpstreamCopies}. The record type stays the consumer's own; it only says which
 * upstream version it holds, so that an older event arriving late cannot overwrite a newer state.
 */
public interface LocalCopy {

    /** The version of the upstream entity this copy was last built from. */
    UpstreamVersion heldVersion();

    /** Records that this copy now holds {@code version}; called after the change is applied. */
    void holdVersion(UpstreamVersion version);
}
