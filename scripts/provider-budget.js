// The size budget of the providers every page with a dot loads (issue 23): spUserPresence and
// spPresenceDot, gzipped together as one portal page's widget data carries them, may weigh at
// most 22 KB; the build fails above it. The other providers (only some pages load them) are
// reported beside it. No Node module here, so the specs run it in the browser with a fake gzip.

/** Providers every page with a dot loads: the dot requires the service. */
const EVERY_PAGE = ['spUserPresence', 'spPresenceDot'];
const EVERY_PAGE_LIMIT_GZIP = 22 * 1024;

/**
 * Prints each provider's gzip size and the two's together; throws (failing the build) when the
 * two together exceed `limit`. `providers`: [{ name, script }]; `gzip(text)`: its gzipped size.
 */
function checkProviderBudget(providers, gzip, print, limit = EVERY_PAGE_LIMIT_GZIP) {
  const scripts = EVERY_PAGE.map(function (name) {
    const found = providers.filter(function (p) {
      return p.name === name;
    })[0];
    if (!found) {
      throw new Error('provider budget: no ' + name + ' provider was built');
    }
    return found.script;
  });
  print(
    'the providers, gzip: ' +
      providers
        .map(function (p) {
          return p.name + ' ' + gzip(p.script);
        })
        .join(', ')
  );
  const together = gzip(scripts.join('\n'));
  const line =
    EVERY_PAGE.join(' + ') +
    ' (every page with a dot loads both), gzip together: ' +
    together +
    ' bytes, limit ' +
    limit;
  if (together > limit) {
    throw new Error(
      line +
        ': ' +
        (together - limit) +
        ' bytes over (issue 23); make them smaller, or move what only some pages need into a provider of its own'
    );
  }
  print(line + ' (' + (limit - together) + ' bytes to spare)');
  return together;
}

module.exports = { checkProviderBudget, EVERY_PAGE, EVERY_PAGE_LIMIT_GZIP };
