package org.workgraph.loader.digest;

import java.util.ArrayList;
import java.util.List;

/**
 * Blocks of a short name line followed by its description paragraph, repeated: a list of signals written
 * as headed paragraphs, or a table flattened to text with one field per line and no column header. Short
 * lines after a description that no paragraph follows are the row's other fields (a year, a source) and
 * are passed over. When the page numbers its blocks ("01" on a line of its own), only numbered blocks are
 * rows: the unnumbered ones are the page's own sections ("About this list").
 */
final class NameBlocks extends PageLayout {
    /** Fewer blocks than this are a page with a few subheadings, not a list. */
    private static final int MIN_ROWS = 3;

    private record Block(int name, int end, boolean numbered, String description) {}

    @Override
    List<Item> items(Page page) {
        List<Block> blocks = new ArrayList<>();
        for (int i = page.next(page.titleIndex() + 1); i < page.size(); i = page.next(i + 1)) {
            int first = page.next(i + 1);
            if (!page.isHeading(i) || first >= page.size() || !page.isProse(first)) continue;
            // The description: running text up to the next line that is not (a blank line or a heading).
            List<String> text = new ArrayList<>();
            int end = first;
            for (int j = first; j < page.size(); j++) {
                if (page.isBlank(j)) continue;
                if (!page.isProse(j)) break;
                text.add(page.text(j));
                end = j + 1;
            }
            int before = page.previous(i);
            blocks.add(new Block(i, end, before >= 0 && page.isOrdinal(before), String.join(" ", text)));
            i = end - 1;
        }
        if (blocks.stream().anyMatch(Block::numbered)) blocks.removeIf(b -> !b.numbered());
        if (blocks.size() < MIN_ROWS) return List.of();
        String heading = page.headingAbove(blocks.get(0).name());
        List<Item> items = new ArrayList<>();
        for (Block b : blocks) items.add(new Item(heading, Page.name(page.text(b.name())), b.description(), b.name(), b.end()));
        return items;
    }
}
