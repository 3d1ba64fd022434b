package org.workgraph.loader.blog;

import java.time.LocalDate;
import java.util.List;

/**
 * What a page prints above its body: the title, a byline, a date line of its own, and the line where the body starts.
 * Any of the three may be missing (null).
 *
 * @param categories what a category label in the head files the post under ("Categories" over "Remote work"), else empty
 * @param next the first line after the head (0-based): where the body, or a thread that opens the page, starts
 */
record PageHead(String title, Byline byline, LocalDate dated, List<String> categories, int next) {}
