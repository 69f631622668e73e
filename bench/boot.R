# R's boot on a cohort the benchmark writes (one row per patient: responder 0/1, and for
# responders the duration of response and whether it ended): per replicate the ORR and the
# Kaplan-Meier median duration of response, as Cohortscope's bootstrap computes them among its
# six statistics. Usage: Rscript bench/boot.R FILE B; prints the seconds B replicates took.
suppressPackageStartupMessages({
  library(boot)
  library(survival)
})
args <- commandArgs(trailingOnly = TRUE)
d <- read.csv(args[1])
B <- as.integer(args[2])
statistic <- function(data, i) {
  x <- data[i, ]
  r <- x[x$responder == 1, ]
  fit <- survfit(Surv(dor, ended) ~ 1, data = r)
  c(mean(x$responder), unname(quantile(fit, 0.5, conf.int = FALSE)))
}
set.seed(1)
elapsed <- system.time(b <- boot(d, statistic, R = B))[["elapsed"]]
cat(sprintf("%.3f\n", elapsed))
