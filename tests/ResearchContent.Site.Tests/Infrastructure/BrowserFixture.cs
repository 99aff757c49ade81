using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ResearchContent.Site.Tests.Infrastructure
{
    /// <summary>
    /// The real site on Kestrel (a loopback port chosen by the OS) — once with the compiled catalog, once with hostile
    /// content — and the system Chromium driven by Playwright. Started on first use and shared by the browser tests.
    /// </summary>
    public sealed class BrowserFixture : IAsyncLifetime
    {
        private readonly SemaphoreSlim _gate = new(1, 1);
        private SiteFactory? _referenceRoot;
        private SiteFactory? _hostileRoot;
        private WebApplicationFactory<Program>? _hostile;
        private IPlaywright? _playwright;
        private IBrowser? _browser;

        /// <summary>The reference site's address, such as <c>http://127.0.0.1:41234</c>.</summary>
        public string ReferenceUrl { get; private set; } = string.Empty;

        /// <summary>The hostile site's address.</summary>
        public string HostileUrl { get; private set; } = string.Empty;

        /// <summary>Where screenshots are saved: <c>screenshots/</c> in the test output directory.</summary>
        public static string ScreenshotFolder => Path.Combine(AppContext.BaseDirectory, "screenshots");

        /// <summary>Starts the sites and the browser unless they run already.</summary>
        /// <returns>The browser.</returns>
        public async Task<IBrowser> StartAsync()
        {
            if (!BrowserSupport.IsAvailable)
            {
                throw new InvalidOperationException(BrowserSupport.MissingMessage);
            }

            await _gate.WaitAsync();
            try
            {
                if (_browser is not null)
                {
                    return _browser;
                }

                _referenceRoot = new SiteFactory();
                ReferenceUrl = Start(_referenceRoot);

                _hostileRoot = new SiteFactory();
                _hostile = _hostileRoot.WithPages(TestContent.HostilePages());
                HostileUrl = Start(_hostile);

                // Generous waits: CI machines may have two cores and a cold JIT.
                Assertions.SetDefaultExpectTimeout(30_000);

                // Browsers are never downloaded here: the system Chromium is used.
                Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
                _playwright = await Playwright.CreateAsync();
                _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
                {
                    ExecutablePath = BrowserSupport.ChromiumPath,
                    Headless = true,
                    Args = BrowserSupport.Arguments,
                    Timeout = 120_000,
                });
                return _browser;
            }
            finally
            {
                _gate.Release();
            }
        }

        /// <summary>A new page in a fresh context, with generous timeouts and downloads accepted.</summary>
        /// <returns>The page and its context.</returns>
        public async Task<(IBrowserContext Context, IPage Page)> NewPageAsync()
        {
            var browser = await StartAsync();
            var context = await browser.NewContextAsync(new BrowserNewContextOptions
            {
                AcceptDownloads = true,
                ViewportSize = new ViewportSize { Width = 1200, Height = 900 },
                Locale = "en-US",
                ColorScheme = ColorScheme.Light,
            });
            context.SetDefaultTimeout(60_000);
            context.SetDefaultNavigationTimeout(90_000);
            var page = await context.NewPageAsync();
            return (context, page);
        }

        /// <inheritdoc />
        public Task InitializeAsync() => Task.CompletedTask;

        /// <inheritdoc />
        public async Task DisposeAsync()
        {
            if (_browser is not null)
            {
                await _browser.CloseAsync();
            }

            _playwright?.Dispose();
            _hostile?.Dispose();
            _hostileRoot?.Dispose();
            _referenceRoot?.Dispose();
            _gate.Dispose();
        }

        private static string Start(WebApplicationFactory<Program> factory)
        {
            factory.UseKestrel(0);
            factory.StartServer();
            var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
            var address = addresses.First(a => a.StartsWith("http://", StringComparison.Ordinal)).TrimEnd('/');
            var uri = new Uri(address);
            if (!System.Net.IPAddress.TryParse(uri.Host, out var ip) || !System.Net.IPAddress.IsLoopback(ip))
            {
                throw new InvalidOperationException("The test site must listen on loopback only, not " + address);
            }

            return address;
        }
    }

    /// <summary>The browser tests share one browser and run one at a time.</summary>
    [CollectionDefinition(Name)]
    public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
    {
        /// <summary>The collection's name.</summary>
        public const string Name = "Browser";
    }
}
