package org.peermentor.auth.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A JSON list in a file that holds secrets, read whole at start: the users file or the clients file. */
public record SecretsFile(Path path, String name, String entries) {

    /**
     * Reads the list; the entries' own validation (their constructors) names what is wrong. Anything else wrong is
     * told by line and column only, because Jackson's message may quote the text it could not read, and the cause is
     * left out for the same reason.
     */
    public <T> List<T> readList(TypeReference<List<T>> type) {
        try {
            return JsonMapper.builder().build().readValue(Files.readString(path), type);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the " + name + " " + path.toAbsolutePath(), e);
        } catch (JacksonException e) {
            throw mistake("is not valid: " + withoutContent(e));
        }
    }

    /** A mistake found in the list once read ({@code "names ida twice"}), naming the file. */
    public IllegalArgumentException mistake(String saying) {
        return new IllegalArgumentException("The " + name + " " + path.toAbsolutePath() + " " + saying);
    }

    private String withoutContent(JacksonException e) {
        if (e.getCause() instanceof IllegalArgumentException own) {
            return own.getMessage();
        }
        return e.getLocation() == null
                ? "not a JSON list of " + entries
                : "not a JSON list of " + entries + " (line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr() + ")";
    }
}
