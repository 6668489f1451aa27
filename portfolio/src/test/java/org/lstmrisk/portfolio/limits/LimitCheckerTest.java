package org.lstmrisk.portfolio.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.lstmrisk.portfolio.CorrelationMatrix;
import org.lstmrisk.portfolio.PortfolioRisk;
import org.lstmrisk.portfolio.PortfolioRiskCalculator;
import org.lstmrisk.portfolio.RiskContribution;
import org.lstmrisk.portfolio.RiskInputs;

class LimitCheckerTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 3, 8);
    private static final LimitChecker CHECKER = LimitChecker.DEFAULT;

    /**
     * Five positions, deliberately not in risk order. SH is an inverse fund: long, but negatively correlated, so its
     * share is negative. numpy (Σ = diag(σ)ρdiag(σ), c = w∘Σw/σp) gives σp = 0.009194019795497506 and shares
     * XOM 0.10221223, SH −0.30018928, JNJ 0.00189282, MSFT 0.40299302, AAPL 0.79309121; gross weight 1.3.
     */
    private static final PortfolioRisk RISK = PortfolioRiskCalculator.DEFAULT.compute(RiskInputs.of(
            List.of("XOM", "SH", "JNJ", "MSFT", "AAPL"),
            new double[] {0.2, 0.35, 0.05, 0.3, 0.4},
            new double[] {0.012, 0.01, 0.008, 0.015, 0.02},
            CorrelationMatrix.of(new double[][] {
                {1.0, -0.5, 0.0, 0.3, 0.2},
                {-0.5, 1.0, 0.0, -0.7, -0.8},
                {0.0, 0.0, 1.0, 0.0, 0.0},
                {0.3, -0.7, 0.0, 1.0, 0.6},
                {0.2, -0.8, 0.0, 0.6, 1.0}}),
            1));

    /** A one-position risk with σp = {@code volatility}, for exact boundary values. */
    private static PortfolioRisk riskWithVolatility(double volatility) {
        TreeMap<Double, Double> none = new TreeMap<>();
        return new PortfolioRisk(volatility, volatility * Math.sqrt(252), 1, none, none,
                List.of(new RiskContribution("A", 1.0, volatility, volatility, volatility, 1.0)), 1.0, 1.0);
    }

    private static LimitResult only(List<LimitResult> results) {
        assertEquals(1, results.size(), results.toString());
        return results.get(0);
    }

    private static LimitResult checkOne(Limit limit) {
        return only(CHECKER.check(List.of(limit), RISK, AS_OF));
    }

    private static LimitStatus statusAt(double volatility) {
        Limit limit = Limit.of("vol", LimitMetric.PORTFOLIO_VOLATILITY, 0.10);
        return only(CHECKER.check(List.of(limit), riskWithVolatility(volatility), AS_OF)).status();
    }

    @Test
    void test_fixture_matchesNumpy() {
        assertEquals(0.009194019795497506, RISK.volatility(), 1e-17);
        double[] shares = {0.10221223, -0.30018928, 0.00189282, 0.40299302, 0.79309121};
        for (int i = 0; i < shares.length; i++) {
            assertEquals(shares[i], RISK.contributions().get(i).share(), 1e-8);
        }
        assertEquals(1.3, RISK.grossWeight(), 1e-15);
    }

    // --- status boundaries, limit 0.10 with warn 0.8 (threshold exactly the double 0.08) ---

    @Test
    void test_check_justBelowWarnIsOk() {
        assertEquals(LimitStatus.OK, statusAt(Math.nextDown(0.08)));
    }

    @Test
    void test_check_exactlyAtWarnIsWarn() {
        assertEquals(LimitStatus.WARN, statusAt(0.08));
    }

    @Test
    void test_check_betweenWarnAndLimitIsWarn() {
        assertEquals(LimitStatus.WARN, statusAt(0.09));
    }

    @Test
    void test_check_exactlyAtLimitIsWarn() {
        assertEquals(LimitStatus.WARN, statusAt(0.10));
    }

    @Test
    void test_check_justAboveLimitIsBreach() {
        assertEquals(LimitStatus.BREACH, statusAt(Math.nextUp(0.10)));
    }

    @Test
    void test_check_recordsValueLimitThresholdUtilisationAndHard() {
        Limit limit = Limit.of("vol", LimitMetric.PORTFOLIO_VOLATILITY, 0.10).withHard(false);
        LimitResult result = only(CHECKER.check(List.of(limit), riskWithVolatility(0.09), AS_OF));
        assertEquals(new LimitResult("vol", LimitMetric.PORTFOLIO_VOLATILITY, 0.09, 0.10, 0.08, 0.09 / 0.10,
                LimitStatus.WARN, false, List.of()), result);
    }

    // --- each metric's value ---

    @Test
    void test_check_portfolioVolatilityIsDailySigmaP() {
        LimitResult result = checkOne(Limit.of("v", LimitMetric.PORTFOLIO_VOLATILITY, 0.02));
        assertEquals(RISK.volatility(), result.value());
        assertEquals(RISK.volatility() / 0.02, result.utilisation());
        assertEquals(LimitStatus.OK, result.status());
    }

    @Test
    void test_check_portfolioVolatilityAnnualizedIsSigmaPTimesSqrt252() {
        LimitResult result = checkOne(Limit.of("v", LimitMetric.PORTFOLIO_VOLATILITY_ANNUALIZED, 0.20));
        assertEquals(RISK.volatilityAnnualized(), result.value());
        assertEquals(0.009194019795497506 * Math.sqrt(252), result.value(), 1e-15);
        assertEquals(LimitStatus.OK, result.status());
    }

    @Test
    void test_check_var99ReadsThe099Entry() {
        LimitResult result = checkOne(Limit.of("var", LimitMetric.PORTFOLIO_VAR99, 0.03));
        assertEquals(RISK.valueAtRisk().get(0.99), result.value());
        assertEquals(2.3263478740408408 * RISK.volatility(), result.value(), 1e-15);
    }

    @Test
    void test_check_es975ReadsThe0975Entry() {
        LimitResult result = checkOne(Limit.of("es", LimitMetric.PORTFOLIO_ES975, 0.03));
        assertEquals(RISK.expectedShortfall().get(0.975), result.value());
        assertEquals(2.3378027922014144 * RISK.volatility(), result.value(), 1e-15);
    }

    @Test
    void test_check_varAndEsUseTheHorizonFigures() {
        PortfolioRisk tenDays = PortfolioRiskCalculator.DEFAULT.compute(RiskInputs.of(List.of("A"),
                new double[] {1.0}, new double[] {0.01}, CorrelationMatrix.identity(1), 10));
        LimitResult var = only(CHECKER.check(List.of(Limit.of("var", LimitMetric.PORTFOLIO_VAR99, 1.0)), tenDays,
                AS_OF));
        assertEquals(2.3263478740408408 * 0.01 * Math.sqrt(10), var.value(), 1e-15);
    }

    @Test
    void test_check_missingVarLevelIsRejectedNamingTheLimit() {
        PortfolioRisk onlyVar95 = new PortfolioRiskCalculator(List.of(0.95), List.of()).compute(RiskInputs.of(
                List.of("A"), new double[] {1.0}, new double[] {0.01}, CorrelationMatrix.identity(1), 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CHECKER.check(
                List.of(Limit.of("var", LimitMetric.PORTFOLIO_VAR99, 0.03)), onlyVar95, AS_OF));
        assertTrue(e.getMessage().contains("'var'") && e.getMessage().contains("0.99"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CHECKER.check(
                List.of(Limit.of("es", LimitMetric.PORTFOLIO_ES975, 0.03)), onlyVar95, AS_OF));
    }

    @Test
    void test_check_grossWeightIsSumOfAbsoluteWeights() {
        LimitResult result = checkOne(Limit.of("gross", LimitMetric.GROSS_WEIGHT, 1.5));
        assertEquals(RISK.grossWeight(), result.value());
        assertEquals(LimitStatus.WARN, result.status());
    }

    @Test
    void test_check_positionVolatilityIsEachForecastDailyVolatility() {
        List<LimitResult> results = CHECKER.check(
                List.of(Limit.of("vol", LimitMetric.POSITION_VOLATILITY, 0.016)), RISK, AS_OF);
        assertEquals(5, results.size());
        for (int i = 0; i < 5; i++) {
            assertEquals(RISK.contributions().get(i).volatility(), results.get(i).value());
        }
        assertEquals(List.of(LimitStatus.OK, LimitStatus.OK, LimitStatus.OK, LimitStatus.WARN, LimitStatus.BREACH),
                results.stream().map(LimitResult::status).toList());
    }

    @Test
    void test_check_positionWeightIsAbsoluteWeight() {
        PortfolioRisk withShort = PortfolioRiskCalculator.DEFAULT.compute(RiskInputs.of(List.of("LONG", "SHORT"),
                new double[] {0.6, -0.3}, new double[] {0.01, 0.02}, CorrelationMatrix.identity(2), 1));
        List<LimitResult> results = CHECKER.check(List.of(Limit.of("w", LimitMetric.POSITION_WEIGHT, 0.25)),
                withShort, AS_OF);
        assertEquals(0.6, results.get(0).value());
        assertEquals(0.3, results.get(1).value());
        assertEquals(LimitStatus.BREACH, results.get(1).status());
    }

    // --- position scope and naming ---

    @Test
    void test_check_positionLimitYieldsOneResultPerTickerNamedWithTickerInPortfolioOrder() {
        List<LimitResult> results = CHECKER.check(List.of(Limit.of("w", LimitMetric.POSITION_WEIGHT, 0.5)),
                RISK, AS_OF);
        assertEquals(List.of("w:XOM", "w:SH", "w:JNJ", "w:MSFT", "w:AAPL"),
                results.stream().map(LimitResult::name).toList());
    }

    @Test
    void test_check_scopeRestrictsTickersAndKeepsPortfolioOrder() {
        Limit limit = Limit.of("w", LimitMetric.POSITION_WEIGHT, 0.5).withScope(List.of("AAPL", "XOM"));
        List<LimitResult> results = CHECKER.check(List.of(limit), RISK, AS_OF);
        assertEquals(List.of("w:XOM", "w:AAPL"), results.stream().map(LimitResult::name).toList());
        assertEquals(0.2, results.get(0).value());
        assertEquals(0.4, results.get(1).value());
    }

    @Test
    void test_check_unknownScopeTickerIsRejectedNamingLimitAndTicker() {
        Limit limit = Limit.of("single-name", LimitMetric.POSITION_SHARE, 0.5).withScope(List.of("AAPL", "TSLA"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CHECKER.check(List.of(limit), RISK, AS_OF));
        assertTrue(e.getMessage().contains("'single-name'") && e.getMessage().contains("TSLA"), e.getMessage());
    }

    @Test
    void test_check_resultsFollowLimitOrder() {
        List<Limit> limits = List.of(Limit.of("gross", LimitMetric.GROSS_WEIGHT, 2.0),
                Limit.of("w", LimitMetric.POSITION_WEIGHT, 0.5).withScope(List.of("SH", "JNJ")),
                Limit.of("var", LimitMetric.PORTFOLIO_VAR99, 0.05));
        assertEquals(List.of("gross", "w:SH", "w:JNJ", "var"),
                CHECKER.check(limits, RISK, AS_OF).stream().map(LimitResult::name).toList());
    }

    // --- negative shares ---

    @Test
    void test_check_hedgeNegativeShareIsOkAndKeepsItsSign() {
        List<LimitResult> results = CHECKER.check(List.of(Limit.of("share", LimitMetric.POSITION_SHARE, 0.25)),
                RISK, AS_OF);
        LimitResult hedge = results.get(1);
        assertEquals("share:SH", hedge.name());
        assertEquals(RISK.contributions().get(1).share(), hedge.value());
        assertTrue(hedge.value() < -0.3, "|share| 0.300 would breach 0.25");
        assertTrue(hedge.utilisation() < 0.0);
        assertEquals(LimitStatus.OK, hedge.status());
        assertEquals(List.of(LimitStatus.OK, LimitStatus.OK, LimitStatus.OK, LimitStatus.BREACH, LimitStatus.BREACH),
                results.stream().map(LimitResult::status).toList());
    }

    // --- drivers ---

    @Test
    void test_check_portfolioBreachNamesTopThreeRiskContributorsLargestFirst() {
        LimitResult result = checkOne(Limit.of("vol", LimitMetric.PORTFOLIO_VOLATILITY, 0.005));
        assertEquals(LimitStatus.BREACH, result.status());
        List<RiskContribution> c = RISK.contributions();
        assertEquals(List.of(new LimitDriver("AAPL", 0.4, c.get(4).share()),
                new LimitDriver("MSFT", 0.3, c.get(3).share()),
                new LimitDriver("XOM", 0.2, c.get(0).share())), result.drivers());
    }

    @Test
    void test_check_varAndEsBreachesNameTheSameRiskDrivers() {
        LimitResult var = checkOne(Limit.of("var", LimitMetric.PORTFOLIO_VAR99, 0.01));
        LimitResult es = checkOne(Limit.of("es", LimitMetric.PORTFOLIO_ES975, 0.01));
        assertEquals(List.of("AAPL", "MSFT", "XOM"), var.drivers().stream().map(LimitDriver::ticker).toList());
        assertEquals(var.drivers(), es.drivers());
    }

    @Test
    void test_check_riskBreachNeverNamesAHedge() {
        PortfolioRisk hedged = PortfolioRiskCalculator.DEFAULT.compute(RiskInputs.of(List.of("LONG", "HEDGE"),
                new double[] {1.0, 0.5}, new double[] {0.02, 0.01},
                CorrelationMatrix.of(new double[][] {{1.0, -0.9}, {-0.9, 1.0}}), 1));
        LimitResult result = only(CHECKER.check(List.of(Limit.of("vol", LimitMetric.PORTFOLIO_VOLATILITY, 0.001)),
                hedged, AS_OF));
        assertEquals(List.of("LONG"), result.drivers().stream().map(LimitDriver::ticker).toList());
    }

    @Test
    void test_check_grossWeightBreachNamesLargestAbsoluteWeights() {
        LimitResult result = checkOne(Limit.of("gross", LimitMetric.GROSS_WEIGHT, 1.2));
        assertEquals(LimitStatus.BREACH, result.status());
        assertEquals(List.of("AAPL", "SH", "MSFT"), result.drivers().stream().map(LimitDriver::ticker).toList());
    }

    @Test
    void test_check_positionBreachNamesTheTickerItself() {
        LimitResult result = checkOne(Limit.of("w", LimitMetric.POSITION_WEIGHT, 0.3).withScope(List.of("AAPL")));
        assertEquals(LimitStatus.BREACH, result.status());
        assertEquals(List.of(new LimitDriver("AAPL", 0.4, RISK.contributions().get(4).share())), result.drivers());
    }

    @Test
    void test_check_warnAndOkHaveNoDrivers() {
        assertEquals(List.of(), checkOne(Limit.of("gross", LimitMetric.GROSS_WEIGHT, 1.5)).drivers());
        assertEquals(List.of(), checkOne(Limit.of("gross", LimitMetric.GROSS_WEIGHT, 5.0)).drivers());
    }

    // --- temporary limits ---

    @Test
    void test_check_skipsLimitsOutsideTheirDates() {
        Limit temporary = Limit.of("tmp", LimitMetric.GROSS_WEIGHT, 1.0)
                .withDates(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 8));
        Limit always = Limit.of("always", LimitMetric.GROSS_WEIGHT, 2.0);
        List<Limit> limits = List.of(temporary, always);
        assertEquals(List.of("tmp", "always"), names(CHECKER.check(limits, RISK, AS_OF)));
        assertEquals(List.of("tmp", "always"), names(CHECKER.check(limits, RISK, LocalDate.of(2024, 1, 1))));
        assertEquals(List.of("always"), names(CHECKER.check(limits, RISK, LocalDate.of(2024, 3, 9))));
        assertEquals(List.of("always"), names(CHECKER.check(limits, RISK, LocalDate.of(2023, 12, 31))));
    }

    @Test
    void test_check_inactiveLimitsScopeIsNotChecked() {
        Limit future = Limit.of("ipo", LimitMetric.POSITION_WEIGHT, 0.05).withScope(List.of("NEWCO"))
                .withDates(LocalDate.of(2025, 1, 1), null);
        assertEquals(List.of(), CHECKER.check(List.of(future), RISK, AS_OF));
    }

    // --- hard breaches and argument checks ---

    @Test
    void test_anyHardBreach_onlyForBreachOfHardLimit() {
        Limit hardWarn = Limit.of("hard-warn", LimitMetric.GROSS_WEIGHT, 1.5);
        Limit softBreach = Limit.of("soft-breach", LimitMetric.GROSS_WEIGHT, 1.0).withHard(false);
        Limit hardBreach = Limit.of("hard-breach", LimitMetric.GROSS_WEIGHT, 1.0);
        assertFalse(CHECKER.anyHardBreach(CHECKER.check(List.of(hardWarn, softBreach), RISK, AS_OF)));
        assertTrue(CHECKER.anyHardBreach(CHECKER.check(List.of(hardWarn, softBreach, hardBreach), RISK, AS_OF)));
        assertFalse(CHECKER.anyHardBreach(List.of()));
        assertThrows(IllegalArgumentException.class, () -> CHECKER.anyHardBreach(null));
    }

    @Test
    void test_check_rejectsDuplicateNamesAndNulls() {
        Limit a = Limit.of("a", LimitMetric.GROSS_WEIGHT, 2.0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CHECKER.check(List.of(a, Limit.of("a", LimitMetric.PORTFOLIO_VAR99, 0.03)), RISK, AS_OF));
        assertTrue(e.getMessage().contains("'a'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CHECKER.check(null, RISK, AS_OF));
        assertThrows(IllegalArgumentException.class, () -> CHECKER.check(List.of(a), null, AS_OF));
        assertThrows(IllegalArgumentException.class, () -> CHECKER.check(List.of(a), RISK, null));
    }

    @Test
    void test_check_rejectsRiskWithDuplicateTicker() {
        RiskContribution a = new RiskContribution("A", 0.5, 0.01, 0.01, 0.005, 0.5);
        PortfolioRisk twice = new PortfolioRisk(0.01, 0.01 * Math.sqrt(252), 1, new TreeMap<>(), new TreeMap<>(),
                List.of(a, a), 1.0, 1.0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CHECKER.check(List.of(), twice, AS_OF));
        assertTrue(e.getMessage().contains("A twice"), e.getMessage());
    }

    @Test
    void test_check_noLimitsGiveNoResults() {
        assertEquals(List.of(), CHECKER.check(List.of(), RISK, AS_OF));
    }

    private static List<String> names(List<LimitResult> results) {
        return results.stream().map(LimitResult::name).toList();
    }
}
