package org.workgraph.spark;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

import org.apache.hadoop.conf.Configuration;

/**
 * What every task needs to know, shipped with it: the IRI base, the size limit, and the driver's Hadoop settings
 * (a Hadoop {@link Configuration} is not serialisable, and a fresh one on an executor would miss the
 * {@code spark.hadoop.*} settings a cluster passes, such as an object store's endpoint and credentials).
 */
record JobSettings(String base, long maxBytes, Map<String, String> hadoop) implements Serializable {
    static JobSettings of(String base, long maxBytes, Configuration conf) {
        Map<String, String> hadoop = new HashMap<>();
        conf.forEach(e -> hadoop.put(e.getKey(), e.getValue()));
        return new JobSettings(base, maxBytes, hadoop);
    }

    Configuration configuration() {
        Configuration conf = new Configuration(false);
        hadoop.forEach(conf::set);
        return conf;
    }
}
