package org.lstmrisk.portfolio.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class LimitMetricTest {

    @Test
    void test_parse_acceptsEveryNameOfDesignMd() {
        assertEquals(LimitMetric.PORTFOLIO_VOLATILITY, LimitMetric.parse("portfolio.volatility"));
        assertEquals(LimitMetric.PORTFOLIO_VOLATILITY_ANNUALIZED, LimitMetric.parse("portfolio.volatilityAnnualized"));
        assertEquals(LimitMetric.PORTFOLIO_VAR99, LimitMetric.parse("portfolio.var99"));
        assertEquals(LimitMetric.PORTFOLIO_ES975, LimitMetric.parse("portfolio.es975"));
        assertEquals(LimitMetric.POSITION_VOLATILITY, LimitMetric.parse("position.volatility"));
        assertEquals(LimitMetric.POSITION_SHARE, LimitMetric.parse("position.share"));
        assertEquals(LimitMetric.POSITION_WEIGHT, LimitMetric.parse("position.weight"));
        assertEquals(LimitMetric.GROSS_WEIGHT, LimitMetric.parse("gross.weight"));
    }

    @Test
    void test_parse_roundTripsConfigName() {
        for (LimitMetric metric : LimitMetric.values()) {
            assertEquals(metric, LimitMetric.parse(metric.configName()));
            assertEquals(metric.configName(), metric.toString());
        }
    }

    @Test
    void test_parse_rejectsUnknownNameAndListsValidOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LimitMetric.parse("portfolio.var95"));
        assertTrue(e.getMessage().contains("'portfolio.var95'"), e.getMessage());
        for (String name : LimitMetric.configNames()) {
            assertTrue(e.getMessage().contains(name), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> LimitMetric.parse("PORTFOLIO.VAR99"));
        assertThrows(IllegalArgumentException.class, () -> LimitMetric.parse(null));
    }

    @Test
    void test_isPositionMetric_onlyForPositionMetrics() {
        List<LimitMetric> position = List.of(LimitMetric.POSITION_VOLATILITY, LimitMetric.POSITION_SHARE,
                LimitMetric.POSITION_WEIGHT);
        for (LimitMetric metric : LimitMetric.values()) {
            assertEquals(position.contains(metric), metric.isPositionMetric(), metric.configName());
        }
        assertFalse(LimitMetric.GROSS_WEIGHT.isPositionMetric());
    }
}
