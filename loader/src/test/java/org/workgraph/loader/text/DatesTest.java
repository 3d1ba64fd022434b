package org.workgraph.loader.text;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates as pages write them, and which way a numeric date is read when it could be read two ways. */
class DatesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Mar 22, 2014 | 2014-03-22", "22nd March 2014 | 2014-03-22", "2014-03-22 | 2014-03-22",
            "12/20/2005 | 2005-12-20", "20/12/2005 | 2005-12-20", "04/05/2006 | 2006-04-05",
            "Posted 02-25-2023 10:05 | 2023-02-25", "25-02-2023 | 2023-02-25",
            "25.02.2023 | 2023-02-25", "04.05.2006 | 2006-05-04"})
    void readsTheDateAsWritten(String written, String date) {
        assertEquals(LocalDate.parse(date), Dates.find(written).orElseThrow());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Posted 02-28-2023 15:05 | true", "March 3, 2013 at 10:14 am | true", "5 days ago | true", "Anonymous9:56 PM | false"})
    void stampLines(String line, String expected) {
        assertEquals(Boolean.parseBoolean(expected), Dates.isStamp(line), line);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2024-03-10 10:37:18 UTC | true", "Nov 7, 2011, 6:50 PM EST | true", "Thursday, March 4, 2010; B03 | true",
            "Sunday, March 4, 2001; Page A01 | true", "March 4, 2010; we met | false", "March 4, 2010 Utopia | false"})
    void aHeadsDateLineWithItsZoneOrPrintPage(String line, String expected) {
        assertEquals(Boolean.parseBoolean(expected), Dates.isStamp(Dates.withoutZoneOrPage(line)), line);
        // A stamp with its zone is no stamp line by itself: in a thread it is a byline's piece, not a header's.
        if (line.endsWith("UTC")) assertFalse(Dates.isStamp(line));
    }

    @org.junit.jupiter.api.Test
    void readsAYearOfTwoDigitsAfterAnApostrophe() {
        assertEquals(LocalDate.parse("2024-08-01"), Dates.find("u/fernhollow Aug 01 '24").orElseThrow());
        assertEquals(LocalDate.parse("2019-01-05"), Dates.find("answered Jan 5 \u201919 at 10:00").orElseThrow());
        assertEquals(LocalDate.parse("1998-03-03"), Dates.find("Mar 3 '98").orElseThrow());
        assertTrue(Dates.isStamp("Aug 01 '24"));
        // Not a year: a quoted number after a month and day is no date unless it is two digits closing the date.
        assertTrue(Dates.find("Aug 01 '245").isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"version 1.2.3", "13/13/2020", "31-31-2020"})
    void noDate(String text) {
        assertTrue(Dates.find(text).isEmpty(), text);
    }
}
