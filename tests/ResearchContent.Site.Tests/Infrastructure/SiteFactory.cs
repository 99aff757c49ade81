using System.Collections.Generic;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ResearchContent.Site.Services;

namespace ResearchContent.Site.Tests.Infrastructure
{
    /// <summary>The site in process, serving the compiled catalog.</summary>
    public sealed class SiteFactory : WebApplicationFactory<Program>
    {
        /// <inheritdoc />
        protected override void ConfigureWebHost(IWebHostBuilder builder) =>
            builder.UseEnvironment("Development")
                // When a test starts Kestrel, any free loopback port: never the site's default 5080, which a developer's
                // running site (or HostingTests) may hold.
                .UseSetting("urls", "http://127.0.0.1:0");
    }

    /// <summary>Ways to change what a factory's site serves.</summary>
    public static class SiteFactoryExtensions
    {
        /// <summary>A factory whose site serves the given pages instead of the catalog's, through <see cref="IPublicationSource"/>.</summary>
        /// <param name="factory">The factory.</param>
        /// <param name="pages">The pages.</param>
        /// <returns>The new factory.</returns>
        public static WebApplicationFactory<Program> WithPages(this WebApplicationFactory<Program> factory, IReadOnlyList<Page> pages) =>
            factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
                services.Replace(ServiceDescriptor.Singleton<IPublicationSource>(new FixedPublicationSource(pages)))));

        /// <summary>A factory whose site has a configuration value set.</summary>
        /// <param name="factory">The factory.</param>
        /// <param name="key">The key.</param>
        /// <param name="value">The value.</param>
        /// <returns>The new factory.</returns>
        public static WebApplicationFactory<Program> WithSetting(this WebApplicationFactory<Program> factory, string key, string value) =>
            factory.WithWebHostBuilder(builder => builder.UseSetting(key, value));
    }
}
