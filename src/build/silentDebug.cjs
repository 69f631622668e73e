/**
 * Stands in for the `debug` logger in the built site: stdlib's inverse incomplete gamma
 * (`gammaincinv`, under the beta quantile of every exact interval) requires it only to log
 * overflow warnings, which the `debug` package keeps silent unless a developer turns them on.
 * Every logger this gives is off and does nothing, so the site ships none of the package.
 * Example: `require('debug')('gammaincinv:compute')('…')` does nothing.
 */
module.exports = function logger() {
  const log = () => {};
  log.enabled = false;
  return log;
};
