package org.lstmrisk.core.volatility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RealisedVolatilityEstimatorsTest {

    @Test
    void byName_findsEachEstimator() {
        assertInstanceOf(CloseToCloseEstimator.class, RealisedVolatilityEstimators.byName("close-to-close"));
        assertInstanceOf(ParkinsonEstimator.class, RealisedVolatilityEstimators.byName("parkinson"));
        assertInstanceOf(GarmanKlassEstimator.class, RealisedVolatilityEstimators.byName("garman-klass"));
    }

    @Test
    void byName_rejectsUnknownNameListingValidOnes() {
        var e = assertThrows(IllegalArgumentException.class, () -> RealisedVolatilityEstimators.byName("yang-zhang"));
        for (String valid : List.of("close-to-close", "parkinson", "garman-klass", "garman-klass-yz")) {
            assertTrue(e.getMessage().contains(valid), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> RealisedVolatilityEstimators.byName(null));
    }

    @Test
    void names_roundTripThroughByName() {
        assertEquals(List.of("close-to-close", "parkinson", "garman-klass", "garman-klass-yz"), RealisedVolatilityEstimators.names());
        for (String n : RealisedVolatilityEstimators.names()) {
            assertEquals(n, RealisedVolatilityEstimators.byName(n).name());
        }
    }
}
