package org.peermentor.embedded;

import de.bwaldvogel.mongo.backend.KeyValue;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The key type of the H2 maps behind the MongoDB server's unique indexes (the {@code _id} index among them), kept
 * exactly as H2's default one: the same order — by the bytes of each key's Java serialization — and the same bytes
 * on disk. What changes is the cost: H2 serializes a key again at every comparison of a lookup and every time its
 * page is written (at each commit that touches it); here each key's bytes are computed once and kept while the key
 * object lives. Only keys of immutable values (strings, numbers, booleans) are kept so; any other key takes H2's
 * own path. Without it, in the email benchmark's profile, unique-index lookups were a quarter of the local stack's
 * samples, and serializing index keys again more than half of H2's writing pages at commits.
 */
final class IndexKeyOrder extends ObjectDataType {

    /** {@code ObjectDataType.TYPE_SERIALIZED_OBJECT}: the tag H2 writes before a Java-serialized object. */
    static final byte SERIALIZED_OBJECT = 19;

    private static final SerializedForms FORMS = new SerializedForms();

    @Override
    public int compare(Object a, Object b) {
        if (a != b && kept(a) && kept(b)) {
            // what ObjectDataType does for two serialized objects that are not Comparable, with the bytes kept
            return ObjectDataType.compareNotNull(FORMS.of(a), FORMS.of(b));
        }
        return super.compare(a, b);
    }

    @Override
    public void write(WriteBuffer buffer, Object key) {
        if (!kept(key)) {
            super.write(buffer, key);
            return;
        }
        byte[] bytes = FORMS.of(key);
        buffer.put(SERIALIZED_OBJECT).putVarInt(bytes.length).put(bytes);
    }

    // H2 estimates a serialized key at twice its bytes (an average it keeps while writing; here exact)
    @Override
    public int getMemory(Object key) {
        return kept(key) ? 2 * FORMS.of(key).length : super.getMemory(key);
    }

    static boolean kept(Object key) {
        if (!(key instanceof KeyValue values)) {
            return false;
        }
        for (Object value : values) {
            if (!(value instanceof String
                    || value instanceof Long
                    || value instanceof Integer
                    || value instanceof Double
                    || value instanceof Boolean)) {
                return false;
            }
        }
        return true;
    }

    /** Serialized bytes by object identity, forgotten once the object is collected. */
    static final class SerializedForms {

        private final Map<Identity, byte[]> bytes = new ConcurrentHashMap<>();
        private final ReferenceQueue<Object> collected = new ReferenceQueue<>();

        byte[] of(Object key) {
            forgetCollected();
            byte[] known = bytes.get(new Identity(key, null));
            if (known != null) {
                return known;
            }
            byte[] serialized = ObjectDataType.serialize(key);
            bytes.put(new Identity(key, collected), serialized);
            return serialized;
        }

        int size() {
            forgetCollected();
            return bytes.size();
        }

        private void forgetCollected() {
            for (Object gone = collected.poll(); gone != null; gone = collected.poll()) {
                bytes.remove(gone);
            }
        }
    }

    /** A weak reference equal to another only when both hold the very same object. */
    private static final class Identity extends WeakReference<Object> {

        private final int hash;

        Identity(Object referent, ReferenceQueue<Object> queue) {
            super(referent, queue);
            this.hash = System.identityHashCode(referent);
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            Object referent = get();
            return referent != null && other instanceof Identity identity && identity.get() == referent;
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
