using System;
using System.IO;

namespace ResearchContent.Site.Tests.Infrastructure
{
    /// <summary>Where the system Chromium is, and whether browser tests may be skipped without it.</summary>
    public static class BrowserSupport
    {
        /// <summary>The Chromium executable: <c>RESEARCHCONTENT_CHROMIUM</c> when set, else <c>/usr/bin/chromium</c>.</summary>
        public static string ChromiumPath =>
            Environment.GetEnvironmentVariable("RESEARCHCONTENT_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

        /// <summary>Whether the Chromium executable exists.</summary>
        public static bool IsAvailable => File.Exists(ChromiumPath);

        /// <summary>Whether the tests run in CI (<c>CI=true</c>), where a missing browser is a failure, not a skip.</summary>
        public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

        /// <summary>The arguments Chromium is started with: headless, no sandbox (containers), nothing fetched in the background.</summary>
        public static readonly string[] Arguments =
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage",
        };

        /// <summary>The message of a browser test that cannot run.</summary>
        public static string MissingMessage =>
            $"Chromium was not found at {ChromiumPath}. Install it with 'apt-get install -y chromium chromium-driver' "
            + "(.ci/run does so) or set RESEARCHCONTENT_CHROMIUM.";
    }

    /// <summary>
    /// A browser test: skipped when Chromium is missing on a developer machine, but run (and failing) when
    /// <c>CI=true</c>, so that CI never passes without having driven a browser.
    /// </summary>
    public sealed class BrowserFactAttribute : FactAttribute
    {
        /// <summary>Creates the attribute.</summary>
        public BrowserFactAttribute()
        {
            if (!BrowserSupport.IsAvailable && !BrowserSupport.IsCi)
            {
                Skip = BrowserSupport.MissingMessage;
            }

            Timeout = 0;
        }
    }
}
