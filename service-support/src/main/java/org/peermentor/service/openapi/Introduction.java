package org.peermentor.service.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/** A service's title and introduction, read from its {@link ApiDocs#INTRODUCTION}; the name alone without one. */
record Introduction(String title, String text) {

    static Introduction read(ResourceLoader loader, String serviceName) {
        Resource resource = loader.getResource(ApiDocs.INTRODUCTION);
        if (!resource.exists()) {
            return new Introduction(serviceName, "");
        }
        try (InputStream in = resource.getInputStream()) {
            String markdown = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            String[] headingAndText = markdown.split("\n", 2);
            return new Introduction(
                    headingAndText[0].replaceFirst("^#\\s*", ""),
                    headingAndText.length > 1 ? headingAndText[1].strip() : "");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + ApiDocs.INTRODUCTION, e);
        }
    }
}
