package org.workgraph.spark;

import java.io.Serializable;

/**
 * One file of the corpus, as the driver listed it.
 *
 * @param uri   where it is, on any Hadoop filesystem
 * @param index its place in the listing (inputs in the order given, each folder's files in name order): which of
 *              two documents with one graph wins, as in {@code kg load}, where the later file replaces the earlier
 * @param named named directly rather than found in a folder: a file no reader accepts is then read as plain text,
 *              where a folder's is passed over (an .xml file that is neither export nor feed)
 */
record InputFile(String uri, int index, boolean named) implements Serializable {}
