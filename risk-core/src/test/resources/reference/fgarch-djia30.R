# Reference fits for GarchReferenceTest (risk-core): R's fGarch on the daily log returns of a djia30 stock.
# A development-time reference only: the tests hold the printed figures and never call R.
#
#   apt-get install -y r-base-core r-cran-fgarch
#   Rscript risk-core/src/test/resources/reference/fgarch-djia30.R /work/shared/data/djia30/KO.csv 2023-01-03
#
# Data: the Adj Close column up to and including the as-of date (the close the product reads), returns
# r_t = log(close_t / close_{t-1}) over every row, the window GarchForecaster fits at that date.
# Model: zero mean (include.mean = FALSE, as our model), Gaussian ("norm") or standardised Student-t ("std"),
# GARCH(1,1) and GJR-GARCH(1,1) (leverage = TRUE: fGarch's APARCH form with delta = 2), every other argument at
# fGarch's default (init.rec = "mci", algorithm = "nlminb", cond.dist as given). The last block repeats the
# Gaussian GARCH with fGarch's default include.mean = TRUE, to show what the mean adds.
suppressPackageStartupMessages(library(fGarch))
args <- commandArgs(trailingOnly = TRUE)
file <- if (length(args) >= 1) args[1] else "/work/shared/data/djia30/KO.csv"
asOf <- as.Date(if (length(args) >= 2) args[2] else "2023-01-03")
d <- read.csv(file, stringsAsFactors = FALSE)
d <- d[as.Date(d$Date) <= asOf, ]
r <- diff(log(d$Adj.Close))
cat(sprintf("%s  fGarch %s  file %s  as of %s  returns %d  first %s  last %s  mean r^2 %.10e\n",
            R.version.string, as.character(packageVersion("fGarch")), basename(file), asOf, length(r),
            d$Date[2], d$Date[nrow(d)], mean(r^2)))
report <- function(label, fit) {
  co <- coef(fit)
  cat(sprintf("%s\n  call: %s\n", label, paste(deparse(fit@call, width.cutoff = 500L), collapse = " ")))
  cat(sprintf("  %s = %.10e\n", names(co), co), sep = "")
  cat(sprintf("  logLik = %.6f  (fit@fit$llh = %.6f)\n", -fit@fit$llh, fit@fit$llh))
  # the one-day forecast from the variance equation; fGarch's predict() drops gamma1 for a ~garch formula with
  # leverage = TRUE (it takes the plain GARCH branch), so it is printed only for comparison
  n <- length(fit@sigma.t)
  z <- fit@residuals[n]
  g <- if ("gamma1" %in% names(co)) co[["gamma1"]] else 0
  h1 <- co[["omega"]] + co[["alpha1"]] * (abs(z) - g * z)^2 + co[["beta1"]] * fit@sigma.t[n]^2
  cat(sprintf("  sigma.t[n] = %.10e  one-day forecast sd = %.10e  (predict(): %.10e)\n",
              fit@sigma.t[n], sqrt(h1), predict(fit, n.ahead = 1)$standardDeviation[1]))
}
for (dist in c("norm", "std")) {
  report(sprintf("GARCH(1,1) %s, zero mean", dist),
         garchFit(~garch(1, 1), data = r, cond.dist = dist, include.mean = FALSE, trace = FALSE))
}
for (dist in c("norm", "std")) {
  report(sprintf("GJR-GARCH(1,1) %s, zero mean", dist),
         garchFit(~garch(1, 1), data = r, cond.dist = dist, include.mean = FALSE, leverage = TRUE, trace = FALSE))
}
report("GARCH(1,1) norm, with mean (fGarch's default)",
       garchFit(~garch(1, 1), data = r, cond.dist = "norm", trace = FALSE))
