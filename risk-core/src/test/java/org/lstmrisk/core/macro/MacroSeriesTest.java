package org.lstmrisk.core.macro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MacroSeriesTest {

    private static final LocalDate Q1 = LocalDate.of(2023, 1, 1);
    private static final LocalDate Q2 = LocalDate.of(2023, 4, 1);
    private static final LocalDate Q3 = LocalDate.of(2023, 7, 1);

    private static MacroSeries threeQuarters() {
        return new MacroSeries("GDP", List.of(Q1, Q2, Q3),
                List.of(LocalDate.of(2023, 4, 30), LocalDate.of(2023, 7, 30), LocalDate.of(2023, 10, 30)),
                new double[] {100.0, 102.0, 101.0});
    }

    @Test
    void valueAsOf_isEmptyBeforeFirstPublication() {
        assertTrue(threeQuarters().valueAsOf(LocalDate.of(2023, 4, 29)).isEmpty());
    }

    @Test
    void valueAsOf_becomesVisibleOnItsPublicationDay() {
        MacroSeries s = threeQuarters();
        assertEquals(100.0, s.valueAsOf(LocalDate.of(2023, 4, 30)).getAsDouble());
        assertEquals(100.0, s.valueAsOf(LocalDate.of(2023, 7, 29)).getAsDouble());
        assertEquals(102.0, s.valueAsOf(LocalDate.of(2023, 7, 30)).getAsDouble());
        assertEquals(101.0, s.valueAsOf(LocalDate.of(2030, 1, 1)).getAsDouble());
    }

    @Test
    void growthAsOf_isLogRatioOfTheLastTwoPublishedValues() {
        MacroSeries s = threeQuarters();
        assertTrue(s.growthAsOf(LocalDate.of(2023, 7, 29)).isEmpty());
        assertEquals(Math.log(102.0 / 100.0), s.growthAsOf(LocalDate.of(2023, 7, 30)).getAsDouble(), 1e-15);
        assertEquals(Math.log(101.0 / 102.0), s.growthAsOf(LocalDate.of(2023, 10, 30)).getAsDouble(), 1e-15);
    }

    @Test
    void growthAsOf_isEmptyWhenAValueIsNotPositive() {
        MacroSeries s = new MacroSeries("X", List.of(Q1, Q2), List.of(Q2, Q3), new double[] {-1.0, 2.0});
        assertTrue(s.growthAsOf(Q3).isEmpty());
        assertEquals(2.0, s.valueAsOf(Q3).getAsDouble());
    }

    @Test
    void constructor_copiesItsInputs() {
        List<LocalDate> starts = new ArrayList<>(List.of(Q1, Q2));
        double[] values = {1.0, 2.0};
        MacroSeries s = new MacroSeries("X", starts, List.of(Q2, Q3), values);
        starts.set(0, LocalDate.of(1999, 1, 1));
        values[0] = 99.0;
        assertEquals(Q1, s.periodStarts().get(0));
        assertEquals(1.0, s.values()[0]);
        s.values()[1] = 99.0;
        assertEquals(2.0, s.values()[1]);
    }

    @Test
    void equals_comparesValuesNotArrayIdentity() {
        assertEquals(threeQuarters(), threeQuarters());
        assertEquals(threeQuarters().hashCode(), threeQuarters().hashCode());
        MacroSeries other = new MacroSeries("GDP", List.of(Q1, Q2, Q3),
                List.of(LocalDate.of(2023, 4, 30), LocalDate.of(2023, 7, 30), LocalDate.of(2023, 10, 30)),
                new double[] {100.0, 102.0, 101.5});
        assertNotEquals(threeQuarters(), other);
        assertFalse(threeQuarters().equals(null));
    }

    @Test
    void constructor_rejectsUnequalLengths() {
        assertThrows(IllegalArgumentException.class,
                () -> new MacroSeries("X", List.of(Q1, Q2), List.of(Q2), new double[] {1, 2}));
        assertThrows(IllegalArgumentException.class,
                () -> new MacroSeries("X", List.of(Q1), List.of(Q2), new double[] {1, 2}));
    }

    @Test
    void constructor_rejectsUnorderedOrDuplicatePeriods() {
        assertThrows(IllegalArgumentException.class,
                () -> new MacroSeries("X", List.of(Q2, Q1), List.of(Q3, Q3), new double[] {1, 2}));
        assertThrows(IllegalArgumentException.class,
                () -> new MacroSeries("X", List.of(Q1, Q1), List.of(Q2, Q3), new double[] {1, 2}));
    }

    @Test
    void constructor_rejectsDescendingPublicationDates() {
        assertThrows(IllegalArgumentException.class,
                () -> new MacroSeries("X", List.of(Q1, Q2), List.of(Q3, Q2), new double[] {1, 2}));
    }

    @Test
    void constructor_rejectsPublicationBeforePeriodStart() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new MacroSeries("X", List.of(Q2), List.of(Q1), new double[] {1}));
        assertTrue(e.getMessage().contains(Q1.toString()), e.getMessage());
    }

    @Test
    void constructor_rejectsNonFiniteValuesAndBlankNameAndEmptySeries() {
        assertThrows(IllegalArgumentException.class,
                () -> new MacroSeries("X", List.of(Q1), List.of(Q2), new double[] {Double.NaN}));
        assertThrows(IllegalArgumentException.class,
                () -> new MacroSeries("X", List.of(Q1), List.of(Q2), new double[] {Double.POSITIVE_INFINITY}));
        assertThrows(IllegalArgumentException.class,
                () -> new MacroSeries(" ", List.of(Q1), List.of(Q2), new double[] {1}));
        assertThrows(IllegalArgumentException.class,
                () -> new MacroSeries("X", List.of(), List.of(), new double[0]));
    }
}
