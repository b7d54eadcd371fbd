package org.peermentor.intake.imports;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.peermentor.service.web.ProblemException;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import reactor.core.publisher.Flux;

/**
 * Splits a CSV body (RFC 4180) into records as its buffers arrive, holding at most one record at a time: cells
 * separated by commas, records by line ends (CRLF or LF), a quoted cell may hold commas, line ends and doubled
 * quotes. It works on bytes — the separators are ASCII, which never occur inside a UTF-8 sequence — and decodes
 * each cell strictly, so a file in another encoding is found out row by row. A UTF-8 byte order mark is skipped.
 * Past {@code maxBytes} in all, or {@code maxRecordBytes} in one record, it fails with 413 or 400.
 */
final class CsvReader {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final long maxBytes;
    private final int maxRecordBytes;
    private final ByteArrayOutputStream cell = new ByteArrayOutputStream();
    private final List<String> cells = new ArrayList<>();
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private long bytesRead;
    private final byte[] head = new byte[BOM.length];
    private int headLength;
    private boolean started;
    private int record = 1;
    private int recordBytes;
    private boolean recordValidUtf8 = true;
    private boolean quoted;
    private boolean quoteSeenInQuoted;
    private boolean cellQuotedOnce;

    private CsvReader(long maxBytes, int maxRecordBytes) {
        this.maxBytes = maxBytes;
        this.maxRecordBytes = maxRecordBytes;
    }

    /** The records of this body, read as it arrives; each buffer is released once read. */
    static Flux<CsvRecord> records(Flux<DataBuffer> body, long maxBytes, int maxRecordBytes) {
        return Flux.defer(() -> {
            CsvReader reader = new CsvReader(maxBytes, maxRecordBytes);
            return body.concatMapIterable(reader::read, 2)
                    .concatWith(Flux.defer(() -> Flux.fromIterable(reader.finish())));
        });
    }

    private List<CsvRecord> read(DataBuffer buffer) {
        try {
            bytesRead += buffer.readableByteCount();
            if (bytesRead > maxBytes) {
                throw new ProblemException(
                        413,
                        "File too large",
                        "The file is larger than the limit of " + maxBytes + " bytes; split it into smaller files.");
            }
            byte[] bytes = new byte[buffer.readableByteCount()];
            buffer.read(bytes);
            List<CsvRecord> complete = new ArrayList<>();
            for (byte b : bytes) {
                accept(b, complete);
            }
            return complete;
        } finally {
            DataBufferUtils.release(buffer);
        }
    }

    /** Holds the file's first bytes while they may be a byte order mark, which is dropped. */
    private void accept(byte b, List<CsvRecord> complete) {
        if (started) {
            character(b, complete);
            return;
        }
        head[headLength++] = b;
        if (b == BOM[headLength - 1]) {
            if (headLength == BOM.length) {
                started = true;
                headLength = 0;
            }
            return;
        }
        flushHead(complete);
    }

    private void flushHead(List<CsvRecord> complete) {
        started = true;
        for (int i = 0; i < headLength; i++) {
            character(head[i], complete);
        }
        headLength = 0;
    }

    private void character(byte b, List<CsvRecord> complete) {
        if (++recordBytes > maxRecordBytes) {
            throw new ProblemException(
                    400,
                    "Row too long",
                    "Row " + record + " is longer than " + maxRecordBytes + " bytes; is a quote (\") left open?");
        }
        if (quoted) {
            if (quoteSeenInQuoted) {
                quoteSeenInQuoted = false;
                if (b == '"') {
                    cell.write(b);
                    return;
                }
                quoted = false; // that quote closed the cell: this byte is read as outside quotes
            } else if (b == '"') {
                quoteSeenInQuoted = true;
                return;
            } else {
                cell.write(b);
                return;
            }
        }
        switch (b) {
            case ',' -> endCell();
            case '\n' -> {
                endCell();
                complete.add(endRecord());
            }
            case '\r' -> {} // the CR of CRLF; a CR inside quotes is kept as text above
            case '"' -> {
                if (cell.size() == 0 && !cellQuotedOnce) {
                    quoted = true;
                    cellQuotedOnce = true;
                } else {
                    cell.write(b);
                }
            }
            default -> cell.write(b);
        }
    }

    private List<CsvRecord> finish() {
        List<CsvRecord> complete = new ArrayList<>();
        flushHead(complete);
        if (quoted && !quoteSeenInQuoted) {
            throw new ProblemException(
                    400,
                    "Quote never closed",
                    "Row " + record + " opens a quoted cell (\") that the file never closes.");
        }
        quoted = false;
        if (cell.size() > 0 || !cells.isEmpty() || cellQuotedOnce) {
            endCell();
            complete.add(endRecord());
        }
        return complete;
    }

    private void endCell() {
        byte[] bytes = cell.toByteArray();
        cell.reset();
        cellQuotedOnce = false;
        try {
            cells.add(utf8.decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException notUtf8) {
            recordValidUtf8 = false;
            cells.add(new String(bytes, StandardCharsets.UTF_8));
        }
    }

    private CsvRecord endRecord() {
        CsvRecord done = new CsvRecord(record++, cells, recordValidUtf8);
        cells.clear();
        recordBytes = 0;
        recordValidUtf8 = true;
        return done;
    }
}
