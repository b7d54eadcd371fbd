package org.peermentor.service.openapi;

/**
 * Where a service's API description is: the document and Swagger UI's page and files, each open to GET without a
 * token as health is ({@code SecurityChains} opens them for every service), and the Markdown it is introduced by.
 */
public final class ApiDocs {

    public static final String[] PATHS = {
        "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/webjars/**"
    };

    /** A service's own: {@code # Title}, then paragraphs of CommonMark that Swagger UI shows under it. */
    public static final String INTRODUCTION = "classpath:openapi/introduction.md";

    private ApiDocs() {}
}
