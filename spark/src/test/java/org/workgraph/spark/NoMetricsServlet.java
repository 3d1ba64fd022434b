package org.workgraph.spark;

import java.util.Properties;

import com.codahale.metrics.MetricRegistry;
import org.apache.spark.SparkConf;
import org.apache.spark.metrics.sink.MetricsServlet;
import org.sparkproject.jetty.servlet.ServletContextHandler;

/**
 * Spark's metrics servlet without its handler, for the tests, whose JVM also runs Fuseki on the servlet API 6.1:
 * Spark builds the handler even with its web UI off (only to drop it), and its Jetty's servlet holder loads an
 * interface (SingleThreadModel) that API no longer has. The job itself never shares a JVM with a servlet API 6.
 */
public final class NoMetricsServlet extends MetricsServlet {
    public NoMetricsServlet(Properties property, MetricRegistry registry) {
        super(property, registry);
    }

    @Override
    public ServletContextHandler[] getHandlers(SparkConf conf) {
        return new ServletContextHandler[0];
    }
}
