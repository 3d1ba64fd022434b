package org.workgraph.server.api;

/** A request the API cannot answer, with the HTTP status that says why; rendered as a JSON error. */
final class ApiException extends RuntimeException {
    private final int status;

    ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() { return status; }

    static ApiException notFound(String what) { return new ApiException(404, what); }

    static ApiException badRequest(String why) { return new ApiException(400, why); }
}
