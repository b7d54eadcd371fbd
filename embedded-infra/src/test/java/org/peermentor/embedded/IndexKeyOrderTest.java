package org.peermentor.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.backend.KeyValue;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;

/**
 * The unique indexes' key type is H2's own, key for key — the same order, the same bytes — so files written before,
 * or by stock H2 storage, stay valid, and files written now stay readable by it.
 */
class IndexKeyOrderTest {

    @Test
    void everyPairOfKeysComparesAsH2ComparesThem() {
        List<KeyValue> keys = keys(new Random(42));
        ObjectDataType h2 = new ObjectDataType();
        IndexKeyOrder order = new IndexKeyOrder();

        for (KeyValue a : keys) {
            for (KeyValue b : keys) {
                assertThat(Integer.signum(order.compare(a, b)))
                        .as("%s vs %s", a, b)
                        .isEqualTo(Integer.signum(h2.compare(a, b)));
            }
        }
    }

    @Test
    void everyKeyIsWrittenAsH2WritesIt() {
        ObjectDataType h2 = new ObjectDataType();
        IndexKeyOrder order = new IndexKeyOrder();

        for (KeyValue key : keys(new Random(7))) {
            byte[] ours = written(order, key);
            assertThat(ours).as("%s", key).isEqualTo(written(h2, key));
            assertThat(h2.read(ByteBuffer.wrap(ours))).isEqualTo(key);
        }
    }

    @Test
    void equalKeysInDifferentObjectsCompareEqual() {
        assertThat(new IndexKeyOrder().compare(new KeyValue("e-1.mentor", 3L), new KeyValue("e-1.mentor", 3L)))
                .isZero();
    }

    private static byte[] written(ObjectDataType type, KeyValue key) {
        WriteBuffer buffer = new WriteBuffer();
        type.write(buffer, key);
        ByteBuffer written = buffer.getBuffer();
        written.flip();
        byte[] bytes = new byte[written.remaining()];
        written.get(bytes);
        return bytes;
    }

    private static List<KeyValue> keys(Random random) {
        List<KeyValue> keys = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String id = Long.toString(random.nextLong(), 36);
            keys.add(new KeyValue(id));
            keys.add(new KeyValue(id + ".mentor", (long) random.nextInt(5)));
            keys.add(new KeyValue(id, random.nextInt(5)));
        }
        keys.add(new KeyValue(""));
        keys.add(new KeyValue(-1L));
        keys.add(new KeyValue(Long.MAX_VALUE));
        keys.add(new KeyValue(2.5));
        keys.add(new KeyValue(new Date(0)));
        keys.add(new KeyValue("a", "b", "c"));
        return keys;
    }
}
