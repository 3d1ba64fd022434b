package org.workgraph.server.http;

import java.nio.file.Path;

import org.eclipse.jetty.server.CustomRequestLog;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.RequestLogWriter;
import org.eclipse.jetty.server.Slf4jRequestLogWriter;

/**
 * The access log: one line per HTTP request, whatever served it (Fuseki's own request log covers only SPARQL
 * and Graph Store actions, not the linked-data pages or the API). Jetty writes it, in the NCSA extended
 * format that log tools read.
 */
public final class AccessLogs {
    /** The logger access lines go to when no file is given. */
    public static final String LOGGER = "org.workgraph.server.access";

    private AccessLogs() {}

    /** Lines to a file (appended), or to the {@value #LOGGER} logger when {@code file} is null. */
    public static RequestLog create(Path file) {
        RequestLog.Writer writer;
        if (file != null) {
            RequestLogWriter w = new RequestLogWriter(file.toAbsolutePath().toString());
            w.setAppend(true);
            writer = w;
        } else {
            Slf4jRequestLogWriter w = new Slf4jRequestLogWriter();
            w.setLoggerName(LOGGER);
            writer = w;
        }
        return new CustomRequestLog(writer, CustomRequestLog.EXTENDED_NCSA_FORMAT);
    }
}
