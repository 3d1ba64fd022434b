package org.workgraph.spark;

import java.io.File;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.URI;

import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;

/**
 * Local files under the scheme {@code other:}, standing in for HDFS or S3 in tests: a filesystem the executors
 * must open through Hadoop (and the driver's Hadoop settings) and copy from, not read as local paths. File status is
 * built here because the local filesystem's own reads permissions through {@code file:} URIs only.
 */
public class OtherFileSystem extends RawLocalFileSystem {
    public static final String SCHEME = "other";

    @Override
    public String getScheme() { return SCHEME; }

    @Override
    public URI getUri() { return URI.create(SCHEME + ":///"); }

    @Override
    public FileStatus getFileStatus(Path p) throws IOException {
        File f = pathToFile(p);
        if (!f.exists()) throw new FileNotFoundException(p.toString());
        return new FileStatus(f.isDirectory() ? 0 : f.length(), f.isDirectory(), 1, 4096, f.lastModified(), makeQualified(p));
    }

    @Override
    public FileStatus[] listStatus(Path p) throws IOException {
        File f = pathToFile(p);
        if (!f.isDirectory()) return new FileStatus[] {getFileStatus(p)};
        String[] names = f.list();
        if (names == null) throw new IOException("cannot list " + p);
        FileStatus[] out = new FileStatus[names.length];
        for (int i = 0; i < names.length; i++) out[i] = getFileStatus(new Path(p, names[i]));
        return out;
    }
}
